"""The six starred conditions (不可偏离条件), judged exactly.

Each starred indicator in the catalogue carries a machine-readable rule; this
module knows the rule *kinds* (count records, per-capita ratio, records with
enough distinct scenarios, any-of, attestations) and evaluates them against a
dossier.  A result says what was measured, against which threshold, whether
it passes, and — when it fails — the smallest change that closes the gap, in
Chinese.  Counting follows Chinese legal usage: 「以上」「不少于」 include the
number, 「超过」 does not (民法典第一千二百五十九条).  All arithmetic is exact.

The words are kept as translatable phrases (``app.translatable``): the
rule's own words (units, measured labels, gap sentences) are the catalogue's
and translate in its context, the words below in context "rules"; the
result's ``measured``/``threshold``/``gap``/``details`` are the Chinese text
that documents and the command line print, ``*_text(tr)`` the UI's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable, Iterable, Iterator

from app.models.catalogue import Catalogue, Indicator, RegisterSpec
from app.models.dates import attestation_holds, attested_in_future, format_date
from app.models.dossier import Dossier, Record
from app.models.identity import clusters
from app.models.numbers import format_for_comparison, parse_decimal
from app.translatable import QT_TRANSLATE_NOOP, Joined, Translate, phrase, untranslated, words_text
from app.models.values import quantity_in_base_units, record_problems

CONTEXT = "rules"
WORDS = {
    "amount": QT_TRANSLATE_NOOP("rules", "{n} {unit}"),
    "at_least": QT_TRANSLATE_NOOP("rules", "不少于 {n} {unit}"),
    "above": QT_TRANSLATE_NOOP("rules", "超过 {n} {unit}"),
    "all": QT_TRANSLATE_NOOP("rules", "全部 {n} {unit}"),
    "of": QT_TRANSLATE_NOOP("rules", "{done}/{total} {unit}"),
    "incomplete_data": QT_TRANSLATE_NOOP("rules", "数据不全"),
    "fix_first": QT_TRANSLATE_NOOP("rules", "请先填写或改正：{reasons}"),
    "no_cities": QT_TRANSLATE_NOOP("rules", "尚未登记申报城市"),
    "labelled_measured": QT_TRANSLATE_NOOP("rules", "{label} {measured}"),
    "labelled_threshold": QT_TRANSLATE_NOOP("rules", "{label}{threshold}"),
    "negative": QT_TRANSLATE_NOOP("rules", "存在否定答复，不满足不可偏离条件；{gap}"),
    "quoted": QT_TRANSLATE_NOOP("rules", "“{name}”"),
    "unnamed": QT_TRANSLATE_NOOP("rules", "未命名"),
    "unnamed_city": QT_TRANSLATE_NOOP("rules", "（未命名城市）"),
    "unnamed_factory": QT_TRANSLATE_NOOP("rules", "（未命名工厂）"),
    "repeated": QT_TRANSLATE_NOOP("rules", "{names}重复登记 {n} 条，同一事项只计一次"),
    "excluded": QT_TRANSLATE_NOOP("rules", "“{name}”{reason}"),
    "incomplete": QT_TRANSLATE_NOOP("rules", "另有 {n} 条登记信息不完整，未计入"),
    "repeated_cities": QT_TRANSLATE_NOOP("rules", "有 {n} 条重复登记的城市，只计一次"),
    "lacks": QT_TRANSLATE_NOOP("rules", "{name}缺少{label}"),
    "problems": QT_TRANSLATE_NOOP("rules", "{name}：{problems}"),
    "met": QT_TRANSLATE_NOOP("rules", "达标"),
    "not_met": QT_TRANSLATE_NOOP("rules", "未达标"),
    "city_ratio": QT_TRANSLATE_NOOP("rules", "{name}：{ratio} {unit}（{verdict}）"),
    "total_ratio": QT_TRANSLATE_NOOP("rules", "合计：{ratio} {unit}"),
    "repeated_records": QT_TRANSLATE_NOOP("rules", "有 {n} 条重复登记的{record}，同一{record}只计一次"),
    "scenarios_short": QT_TRANSLATE_NOOP("rules", "{name}：还差 {n} 个目录内典型应用场景"),
    "record_incomplete": QT_TRANSLATE_NOOP("rules", "{name}：登记信息不完整，未计入"),
    "answered_no": QT_TRANSLATE_NOOP("rules", "“{attestation}”被答复为“否”：不符合不可偏离条件"),
    "attested_later": QT_TRANSLATE_NOOP("rules", "“{attestation}”的承诺日期{day}晚于今天，尚未作出，未计入"),
}
SEPARATORS = {"measured": QT_TRANSLATE_NOOP("rules", "；"), "reasons": QT_TRANSLATE_NOOP("rules", "；"),
              "or": QT_TRANSLATE_NOOP("rules", "，或")}


def _catalogue(text: str) -> Any:
    """A name or sentence of the catalogue's (a unit, a rule's gap sentence), translated in its context."""
    return phrase("catalogue", text) if text else ""


def _words(key: str, **params: Any) -> Any:
    return phrase(CONTEXT, WORDS[key], **params)


@dataclass(frozen=True)
class Jump:
    """Where in the dossier the user goes to change the outcome."""

    indicator_id: str
    part: str                  # "register" | "field" | "narrative" | "targets" | "evidence" | "attestation"
    key: str = ""              # register id, field id, target id, attestation id
    record_id: str = ""


@dataclass(frozen=True)
class ConditionResult:
    indicator_id: str
    name: str
    condition: str
    passed: bool
    measured: str              # human-readable measured value, e.g. "30.00" or "3"
    threshold: str             # e.g. "超过 30 个" or "不少于 5 家"
    gap: str = ""              # empty when passed
    details: tuple[str, ...] = ()
    jump: Jump | None = None
    measured_value: Fraction | None = field(default=None, compare=False)
    words: "RuleOutcome | None" = field(default=None, compare=False, repr=False)   # the same, translatable

    def measured_text(self, tr: Translate = untranslated) -> str:
        return words_text(self.words.measured, tr) if self.words else self.measured

    def threshold_text(self, tr: Translate = untranslated) -> str:
        return words_text(self.words.threshold, tr) if self.words else self.threshold

    def gap_text(self, tr: Translate = untranslated) -> str:
        return words_text(self.words.gap, tr) if self.words and self.gap else self.gap

    def details_text(self, tr: Translate = untranslated) -> list[str]:
        return [words_text(d, tr) for d in self.words.details] if self.words else list(self.details)

    @property
    def gap_words(self) -> Any:
        """The gap as a phrase, for a sentence that names it (a finding)."""
        return self.words.gap if self.words and self.gap else self.gap


@dataclass(frozen=True)
class RuleOutcome:
    """A rule's judgement; ``measured``, ``threshold``, ``gap`` and ``details`` are text or phrases."""

    passed: bool
    measured: Any
    threshold: Any
    gap: Any
    details: tuple[Any, ...] = ()
    missing: int = 0
    measured_value: Fraction | None = None
    jump_key: str = ""
    jump_record: str = ""


# How the rules learn whether a record is complete; the Evaluator passes a cached version.
ProblemsFn = Callable[[RegisterSpec, Record, Catalogue], list[str]]
RuleFn = Callable[..., RuleOutcome]   # (rule, dossier, catalogue, problems) -> RuleOutcome
_RULES: dict[str, RuleFn] = {}


def rule_kind(name: str) -> Callable[[RuleFn], RuleFn]:
    def register(fn: RuleFn) -> RuleFn:
        _RULES[name] = fn
        return fn
    return register


def evaluate_conditions(dossier: Dossier, catalogue: Catalogue) -> list[ConditionResult]:
    return [evaluate_condition(ind, dossier, catalogue) for ind in catalogue.starred()]


def evaluate_condition(indicator: Indicator, dossier: Dossier, catalogue: Catalogue, *,
                       problems: ProblemsFn = record_problems) -> ConditionResult:
    assert indicator.rule is not None
    outcome = _RULES[indicator.rule["kind"]](indicator.rule, dossier, catalogue, problems)
    part = "attestation" if indicator.rule["kind"] == "attestations" else "register"
    key = outcome.jump_key or (indicator.registers[0] if indicator.registers else "")
    return ConditionResult(
        indicator_id=indicator.id, name=indicator.name, condition=indicator.condition,
        passed=outcome.passed, measured=str(outcome.measured), threshold=str(outcome.threshold),
        gap="" if outcome.passed else str(outcome.gap), details=tuple(str(d) for d in outcome.details),
        jump=Jump(indicator.id, part, key, outcome.jump_record), measured_value=outcome.measured_value,
        words=outcome,
    )


@dataclass
class Counted:
    """How the records of a counting rule were counted: each distinct thing once."""

    counted: list[Record] = field(default_factory=list)        # one complete record per distinct thing
    incomplete: list[Record] = field(default_factory=list)     # distinct things with no complete record
    duplicates: list[tuple[Record, Record]] = field(default_factory=list)   # (repeated entry, first entry)
    excluded: list[tuple[Record, Any]] = field(default_factory=list)        # complete but not counted: why (a phrase)


def matches(rule: dict[str, Any], record: Record) -> bool:
    """The rule's ``where``: each column equals the value, or is one of the listed values."""
    for column, wanted in rule.get("where", {}).items():
        value = record.values.get(column)
        if isinstance(wanted, list):
            if value not in wanted:
                return False
        elif value != wanted:
            return False
    return True


def count_records(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                  problems: ProblemsFn = record_problems) -> Counted:
    """The records a counting rule counts: matching its filter, complete, and each distinct thing once.

    Only complete records count: an entry missing its year or issuing body
    cannot be evidenced, so counting it would overstate.  Records that are the
    same thing (``app.models.identity``) count once.  A record the filter
    leaves out for a reason the rule names (``not_counted``, e.g. a title
    granted by a provincial department) is reported with that reason.
    """
    spec = catalogue.register(rule["register"])
    explain = rule.get("not_counted")
    result = Counted()
    candidates: list[Record] = []
    for rec in dossier.registers.get(rule["register"], ()):
        if matches(rule, rec):
            candidates.append(rec)
        elif explain and not problems(spec, rec, catalogue):
            value = rec.values.get(explain["column"])
            column = spec.column(explain["column"])
            shown = _catalogue(catalogue.choice_name(column.list or "", value)) \
                if column.list and isinstance(value, str) else str(value)
            result.excluded.append((rec, phrase("catalogue", explain["reason"], value=shown)))
        elif explain:
            result.incomplete.append(rec)
    for cluster in clusters(spec, candidates):
        members = [rec for _, rec in cluster]
        complete = [rec for rec in members if not problems(spec, rec, catalogue)]
        if complete:
            result.counted.append(complete[0])
        else:
            result.incomplete.append(members[0])
        result.duplicates += [(rec, members[0]) for rec in members[1:]]
    return result


def counted_records(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                    problems: ProblemsFn = record_problems) -> tuple[list[Record], list[Record]]:
    """(counted, incomplete) of ``count_records``: one complete record per distinct thing, and the rest."""
    counted = count_records(rule, dossier, catalogue, problems)
    return counted.counted, counted.incomplete


def _name(rec: Record) -> Any:
    return rec.label() or _words("unnamed")


def _count_details(counted: Counted) -> list[Any]:
    details = []
    if counted.duplicates:
        names = Joined(tuple(dict.fromkeys(_words("quoted", name=_name(rec)) for rec, _ in counted.duplicates)))
        details.append(_words("repeated", names=names, n=len(counted.duplicates)))
    for rec, reason in counted.excluded:
        details.append(_words("excluded", name=_name(rec), reason=reason))
    if counted.incomplete:
        details.append(_words("incomplete", n=len(counted.incomplete)))
    return details


@rule_kind("count_at_least")
def _count_at_least(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                    problems: ProblemsFn = record_problems) -> RuleOutcome:
    counted = count_records(rule, dossier, catalogue, problems)
    count, minimum, unit = len(counted.counted), rule["min"], rule["unit"]
    missing = max(0, minimum - count)
    pointer = [rec for rec in counted.incomplete] + [rec for rec, _ in counted.excluded]
    return RuleOutcome(
        passed=count >= minimum, measured=_words("amount", n=count, unit=_catalogue(unit)),
        threshold=_words("at_least", n=minimum, unit=_catalogue(unit)),
        gap=phrase("catalogue", rule["gap"], missing=missing), details=tuple(_count_details(counted)), missing=missing,
        measured_value=Fraction(count), jump_key=rule["register"],
        jump_record=pointer[0].id if pointer and missing else "",
    )


@rule_kind("per_capita_above")
def _per_capita_above(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                     problems: ProblemsFn = record_problems) -> RuleOutcome:
    spec = catalogue.register(rule["register"])
    num_col, den_col = spec.column(rule["numerator"]), spec.column(rule["denominator"])
    per, threshold, strict, unit = rule["per"], parse_decimal(rule["threshold"]), rule["strict"], rule["unit"]
    comparison = _words("above" if strict else "at_least", n=rule["threshold"], unit=_catalogue(unit))
    groups = clusters(spec, dossier.registers.get(rule["register"], []))
    records = [cluster[0][1] for cluster in groups]          # the same city entered twice counts once
    duplicates = sum(len(cluster) - 1 for cluster in groups)
    total_num, total_den = Fraction(0), Fraction(0)
    details: list[Any] = []
    if duplicates:
        details.append(_words("repeated_cities", n=duplicates))
    incomplete: list[tuple[Record, Any]] = []
    for rec in records:
        name = rec.get("name") or _words("unnamed_city")
        num = quantity_in_base_units(num_col, rec.get(num_col.id))
        den = quantity_in_base_units(den_col, rec.get(den_col.id))
        if num is None or den is None or den <= 0:
            missing_label = num_col.label if num is None else den_col.label
            incomplete.append((rec, _words("lacks", name=name, label=_catalogue(missing_label))))
            continue
        issues = problems(spec, rec, catalogue)
        if issues:                               # e.g. a population in the wrong unit: not counted until checked
            incomplete.append((rec, _words("problems", name=name,
                                           problems=Joined(tuple(issues), SEPARATORS["reasons"], CONTEXT))))
            continue
        total_num += num
        total_den += den
        if len(records) > 1:
            ratio = num * per / den
            verdict = _words("met" if _passes(ratio, threshold, strict) else "not_met")
            details.append(_words("city_ratio", name=name, ratio=format_for_comparison(ratio, threshold),
                                  unit=_catalogue(unit), verdict=verdict))
    if incomplete or total_den == 0:
        reasons = [reason for _, reason in incomplete] or [_words("no_cities")]
        return RuleOutcome(
            passed=False, measured=_words("incomplete_data"), threshold=comparison,
            gap=_words("fix_first", reasons=Joined(tuple(reasons), SEPARATORS["reasons"], CONTEXT)),
            details=tuple(details),
            jump_key=rule["register"], jump_record=incomplete[0][0].id if incomplete else "",
        )
    ratio = total_num * per / total_den
    passed = _passes(ratio, threshold, strict)
    # smallest whole number k of additional stations with (N + k) * per / D passing
    shortfall = threshold * total_den / per - total_num
    if strict:
        missing = math.floor(shortfall) + 1 if shortfall >= 0 else 0
    else:
        missing = max(0, math.ceil(shortfall))
    if len(records) > 1:
        details.insert(0, _words("total_ratio", ratio=format_for_comparison(ratio, threshold), unit=_catalogue(unit)))
    return RuleOutcome(
        passed=passed, measured=_words("amount", n=format_for_comparison(ratio, threshold), unit=_catalogue(unit)),
        threshold=comparison, gap=phrase("catalogue", rule["gap"], missing=missing), details=tuple(details),
        missing=missing,
        measured_value=ratio, jump_key=rule["register"],
    )


def _passes(value: Fraction, threshold: Fraction, strict: bool) -> bool:
    return value > threshold if strict else value >= threshold


def listed_scenarios(values: Iterable[str] | None, catalogue: Catalogue, list_id: str) -> set[str]:
    """The distinct listed scenarios among stored values (ids, names or aliases, however spelled)."""
    found = set()
    for value in values or ():
        if isinstance(value, str):
            scenario_id = catalogue.resolve_scenario(list_id, value)
            if scenario_id is not None:
                found.add(scenario_id)
    return found


def scenario_rule(catalogue: Catalogue, register_id: str) -> dict[str, Any] | None:
    """The catalogue's ``records_with_min_distinct`` rule over a register, if any."""
    def walk(rule: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
        if not rule:
            return
        for sub in rule.get("rules", ()):
            yield from walk(sub)
        if rule.get("kind") == "records_with_min_distinct" and rule.get("register") == register_id:
            yield rule
    for indicator in catalogue.indicators():
        for rule in walk(indicator.rule):
            return rule
    return None


def qualifying_records(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                       problems: ProblemsFn = record_problems) -> tuple[list[Record], list[tuple[int, Record]]]:
    """(records that qualify, one per distinct thing; the others with how many scenarios each lacks).

    A record qualifies when it is complete and has at least ``min_distinct``
    distinct listed scenarios.  The same factory entered twice counts once.
    The scenario matrix shows this count; it is not computed a second time.
    """
    spec = catalogue.register(rule["register"])
    min_distinct = rule["min_distinct"]
    qualified: list[Record] = []
    near: list[tuple[int, Record]] = []
    for cluster in clusters(spec, dossier.registers.get(rule["register"], ())):
        best: Record | None = None
        lacks: list[tuple[int, Record]] = []
        for _, rec in cluster:
            distinct = len(listed_scenarios(rec.get(rule["column"]), catalogue, rule["list"]))
            if distinct >= min_distinct and not problems(spec, rec, catalogue):
                best = best or rec
            else:
                lacks.append((min_distinct - distinct, rec))
        if best is not None:
            qualified.append(best)
        else:
            near.append(min(lacks, key=lambda item: item[0]))
    return qualified, near


def qualifying_count(dossier: Dossier, catalogue: Catalogue, register_id: str,
                     problems: ProblemsFn = record_problems) -> int | None:
    """How many distinct records of a register count toward its scenario condition (None: no such rule)."""
    rule = scenario_rule(catalogue, register_id)
    if rule is None:
        return None
    return len(qualifying_records(rule, dossier, catalogue, problems)[0])


@rule_kind("records_with_min_distinct")
def _records_with_min_distinct(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                               problems: ProblemsFn = record_problems) -> RuleOutcome:
    min_records, unit = rule["min_records"], rule["unit"]
    qualified_records, near = qualifying_records(rule, dossier, catalogue, problems)
    qualified = len(qualified_records)
    missing = max(0, min_records - qualified)
    details = []
    spec = catalogue.register(rule["register"])
    duplicates = sum(len(c) - 1 for c in clusters(spec, dossier.registers.get(rule["register"], ())))
    if duplicates:
        details.append(_words("repeated_records", n=duplicates, record=_catalogue(spec.record_name)))
    near.sort(key=lambda item: item[0])
    for lack, rec in near[:missing]:
        label = rec.label() or _words("unnamed_factory")
        if lack > 0:
            details.append(_words("scenarios_short", name=label, n=lack))
        else:
            details.append(_words("record_incomplete", name=label))
    return RuleOutcome(
        passed=qualified >= min_records, measured=_words("amount", n=qualified, unit=_catalogue(unit)),
        threshold=_words("at_least", n=min_records, unit=_catalogue(unit)),
        gap=phrase("catalogue", rule["gap"], missing=missing), details=tuple(details), missing=missing,
        measured_value=Fraction(qualified), jump_key=rule["register"],
        jump_record=near[0][1].id if near and missing else "",
    )


@rule_kind("any_of")
def _any_of(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
            problems: ProblemsFn = record_problems) -> RuleOutcome:
    outcomes = [_RULES[sub["kind"]](sub, dossier, catalogue, problems) for sub in rule["rules"]]
    passed = any(o.passed for o in outcomes)
    pairs = list(zip(rule["rules"], outcomes))
    measured = Joined(tuple(_words("labelled_measured", label=_catalogue(sub["measured_label"]), measured=o.measured)
                            for sub, o in pairs), SEPARATORS["measured"], CONTEXT)
    threshold = Joined(tuple(_words("labelled_threshold", label=_catalogue(sub["measured_label"]),
                                    threshold=o.threshold) for sub, o in pairs), SEPARATORS["or"], CONTEXT)
    gap = Joined(tuple(o.gap for o in outcomes), rule.get("gap_join", "，或"), "catalogue")
    details = tuple(d for o in outcomes for d in o.details)
    return RuleOutcome(passed=passed, measured=measured, threshold=threshold, gap=gap, details=details,
                       missing=min(o.missing for o in outcomes), jump_key=outcomes[0].jump_key)


@rule_kind("attestations")
def _attestations(rule: dict[str, Any], dossier: Dossier, catalogue: Catalogue,
                  problems: ProblemsFn = record_problems) -> RuleOutcome:
    texts = {a.id: a.text for a in catalogue.attestations}
    wanted = rule["attestations"]
    missing_items, details, first_missing = [], [], ""
    for att_id in wanted:
        answer = dossier.attestations.get(att_id)
        if answer is not None and answer.affirmed is False:
            details.append(_words("answered_no", attestation=_catalogue(texts[att_id])))
        elif attested_in_future(answer):
            details.append(_words("attested_later", attestation=_catalogue(texts[att_id]),
                                  day=format_date(answer.date)))
        if not attestation_holds(answer):
            missing_items.append(_words("quoted", name=_catalogue(texts[att_id])))
            first_missing = first_missing or att_id
    done = len(wanted) - len(missing_items)
    negative = any(dossier.attestations.get(a) and dossier.attestations[a].affirmed is False for a in wanted)
    gap: Any = phrase("catalogue", rule["gap"], missing=len(missing_items), missing_items=Joined(tuple(missing_items)))
    if negative:
        gap = _words("negative", gap=gap)
    unit = _catalogue(rule["unit"])
    return RuleOutcome(
        passed=not missing_items, measured=_words("of", done=done, total=len(wanted), unit=unit),
        threshold=_words("all", n=len(wanted), unit=unit), gap=gap, details=tuple(details),
        missing=len(missing_items), measured_value=Fraction(done), jump_key=first_missing,
    )
