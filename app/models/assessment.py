"""The whole judgement of a dossier: starred conditions, findings, completeness.

``evaluate()`` is what the gap panel, the exporter and ``pilotzone check``
call.  Findings have three severities: 阻断 (a starred condition fails: the
application would be stopped at the completeness check), 错误 (a required
input is missing or invalid) and 提示 (a recommended input is missing, or a
value is marked provisional).  Completeness is the share of required inputs
filled, per indicator, per section and overall (weighted by the first-level
points); it is labelled 完成度 and is never a score — experts score.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction
from typing import Any, Iterable, Iterator

from app.models.catalogue import Catalogue, Indicator
from app.models.dossier import PLAN_TEXT_KEYS, Dossier
from app.models.cross_checks import CrossChecks
from app.models.dates import attestation_holds
from app.models.hygiene import text_problem
from app.models.identity import clusters, identity_columns_label, one_pass
from app.models.numbers import NumberError, format_rounded, in_range, parse_decimal
from app.models.rules import ConditionResult, Jump, count_records, evaluate_condition
from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, Translate, phrase, render, untranslated, words_text
from app.models.value_words import words
from app.models.values import is_blank, record_problems

PLAN_TEXT_LABELS = {
    "overview": QT_TRANSLATE_NOOP("findings", "一、基本情况"),
    "tasks.policy": QT_TRANSLATE_NOOP("findings", "五、重点任务（发展政策先导）"),
    "tasks.infrastructure": QT_TRANSLATE_NOOP("findings", "五、重点任务（基础设施先导）"),
    "tasks.application": QT_TRANSLATE_NOOP("findings", "五、重点任务（行业应用先导）"),
    "tasks.ecosystem": QT_TRANSLATE_NOOP("findings", "五、重点任务（产业生态先导）"),
    "tasks.public_service": QT_TRANSLATE_NOOP("findings", "五、重点任务（公共服务先导）"),
    "safeguards": QT_TRANSLATE_NOOP("findings", "六、保障措施"),
}


CONTEXT = "findings"     # the translation context of severity labels and finding sentences
SEVERITY_LABELS = (QT_TRANSLATE_NOOP("findings", "阻断"), QT_TRANSLATE_NOOP("findings", "错误"),
                   QT_TRANSLATE_NOOP("findings", "提示"))


# Every finding sentence, translatable (context "findings"); placeholders are filled by ``finding``.
FINDINGS = {
    "condition_fails": QT_TRANSLATE_NOOP("findings", "不可偏离条件未满足：{name}——{gap}"),
    "narrative_missing": QT_TRANSLATE_NOOP("findings", "{code} {name}：未填写情况说明"),
    "narrative_recommended": QT_TRANSLATE_NOOP("findings", "{code} {name}：建议填写情况说明"),
    "field_missing": QT_TRANSLATE_NOOP("findings", "{code} {name}：未填写“{label}”"),
    "field_recommended": QT_TRANSLATE_NOOP("findings", "{code} {name}：建议填写“{label}”"),
    "field_invalid": QT_TRANSLATE_NOOP("findings", "{code} {name}：“{label}”{problem}"),
    "field_provisional": QT_TRANSLATE_NOOP(
        "findings", "{code} {name}：“{label}”为暂定值，提交前请核实"),
    "target_missing": QT_TRANSLATE_NOOP("findings", "{code} {name}：未填写“{label}”第{year}年目标"),
    "target_invalid": QT_TRANSLATE_NOOP("findings", "{code} {name}：“{label}”第{year}年目标{problem}"),
    "condition_evidence_missing": QT_TRANSLATE_NOOP("findings", "{code} {name}：不可偏离条件尚无证明材料"),
    "evidence_missing": QT_TRANSLATE_NOOP("findings", "{code} {name}：该指标尚无证明材料"),
    "evidence_recommended": QT_TRANSLATE_NOOP("findings", "{code} {name}：建议附证明材料"),
    "record_incomplete": QT_TRANSLATE_NOOP("findings", "{register}第{position}条（{record}）：{problems}"),
    "city_source_recommended": QT_TRANSLATE_NOOP("findings", "{register}“{record}”：建议注明{label}"),
    "scenario_twice": QT_TRANSLATE_NOOP(
        "findings", "{register}第{position}条（{record}）：场景“{scenario}”重复登记，只计一次"),
    "scenario_unlisted": QT_TRANSLATE_NOOP(
        "findings", "{register}第{position}条（{record}）：“{value}”不在工业和信息化部已发布的典型应用场景目录中，不计入"),
    "plan_text_missing": QT_TRANSLATE_NOOP("findings", "试点工作方案“{part}”尚未填写"),
    "record_not_counted": QT_TRANSLATE_NOOP("findings", "{register}第{position}条（{record}）：{reason}"),
    "narrative_invalid": QT_TRANSLATE_NOOP("findings", "{code} {name}：情况说明{problem}"),
    "indicator_sentence": QT_TRANSLATE_NOOP("findings", "{code} {name}：{sentence}"),
    "plan_text_invalid": QT_TRANSLATE_NOOP("findings", "试点工作方案“{part}”{problem}"),
    "meta_invalid": QT_TRANSLATE_NOOP("findings", "“{label}”{problem}"),
    "attestation_invalid": QT_TRANSLATE_NOOP("findings", "“{attestation}”的{label}{problem}"),
    "evidence_invalid": QT_TRANSLATE_NOOP("findings", "证明材料“{item}”的{label}{problem}"),
    "duplicate": QT_TRANSLATE_NOOP(
        "findings", "{register}第{position}条（{record}）与第{first_position}条（{first}）重复（{columns}相同）：同一{record_name}只计一次，请删除或改正其中一条"),  # noqa: E501
}


# Words of the findings that are not the catalogue's (the catalogue's names are phrases in its own context).
WORDS = {
    "unnamed": QT_TRANSLATE_NOOP("findings", "未命名"),
    "problems_separator": QT_TRANSLATE_NOOP("findings", "；"),
    "title": QT_TRANSLATE_NOOP("findings", "方案标题"), "applicant": QT_TRANSLATE_NOOP("findings", "申报单位"),
    "contact": QT_TRANSLATE_NOOP("findings", "联系人"), "person": QT_TRANSLATE_NOOP("findings", "承诺人"),
    "role": QT_TRANSLATE_NOOP("findings", "职务"), "name": QT_TRANSLATE_NOOP("findings", "名称"),
    "filename": QT_TRANSLATE_NOOP("findings", "文件名"), "number": QT_TRANSLATE_NOOP("findings", "编号"),
}


def _catalogue(name: str) -> Phrase:
    """A name of the catalogue's (a register, a column, a field) in a finding: translated in its context."""
    return phrase("catalogue", name)


def _word(key: str) -> Phrase:
    return phrase(CONTEXT, WORDS[key])


class Severity(IntEnum):
    BLOCKING = 0
    ERROR = 1
    WARNING = 2

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[int(self)]

    def text(self, tr: Translate = untranslated) -> str:
        """The label in the UI's language (``tr`` is ``QCoreApplication.translate`` in the app)."""
        return tr(CONTEXT, self.label)

    @property
    def key(self) -> str:
        return {0: "blocking", 1: "error", 2: "warning"}[int(self)]


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str                                 # Chinese, as exports and the command line print it
    indicator_id: str | None = None
    jump: Jump | None = None
    template: str = ""                           # the message's translatable source (context "findings") …
    params: tuple[tuple[str, Any], ...] = ()     # … and the values of its placeholders (text, or Phrase/Joined)

    def text(self, tr: Translate = untranslated) -> str:
        """The message in the UI's language: the template translated, then filled in (phrases translated too)."""
        if not self.template:
            return words_text(self.message, tr)
        return tr(CONTEXT, self.template).format(**{k: render(v, tr) for k, v in self.params})


def finding(severity: Severity, template: str, indicator_id: str | None, jump: Jump | None,
            **params: Any) -> Finding:
    """A Finding whose message is ``template`` (marked with QT_TRANSLATE_NOOP) filled with ``params``; a value
    that is a ``Phrase`` or ``Joined`` (a date, a catalogue label, a list) is translated with the template."""
    values = {k: v if isinstance(v, (Phrase, Joined)) else str(v) for k, v in params.items()}
    return Finding(severity, template.format(**values), indicator_id, jump, template, tuple(values.items()))



@dataclass(frozen=True)
class Evaluation:
    conditions: tuple[ConditionResult, ...]
    findings: tuple[Finding, ...]
    indicator_completeness: dict[str, Fraction]
    section_completeness: dict[str, Fraction]
    overall_completeness: Fraction

    @property
    def passed_count(self) -> int:
        return sum(1 for c in self.conditions if c.passed)

    @property
    def all_passed(self) -> bool:
        return all(c.passed for c in self.conditions)

    def findings_for(self, indicator_id: str) -> list[Finding]:
        return [f for f in self.findings if f.indicator_id == indicator_id]

    def blocking_indicators(self) -> set[str]:
        return {f.indicator_id for f in self.findings if f.severity == Severity.BLOCKING and f.indicator_id}

    def to_json(self) -> dict[str, Any]:
        return {
            "starred_conditions": [
                {"indicator_id": c.indicator_id, "name": c.name, "condition": c.condition, "passed": c.passed,
                 "measured": c.measured, "threshold": c.threshold, "gap": c.gap, "details": list(c.details)}
                for c in self.conditions
            ],
            "passed": self.passed_count,
            "total": len(self.conditions),
            "findings": [
                {"severity": f.severity.key, "severity_label": f.severity.label, "indicator_id": f.indicator_id,
                 "message": f.message}
                for f in self.findings
            ],
            "completeness": {
                "overall": format_rounded(self.overall_completeness * 100, 1),
                "sections": {k: format_rounded(v * 100, 1) for k, v in self.section_completeness.items()},
            },
        }


def evaluate(dossier: Dossier, catalogue: Catalogue) -> Evaluation:
    """Judge the whole dossier from scratch."""
    return Evaluator(dossier, catalogue).evaluate()


Check = tuple[bool | None, Finding | None]


class Evaluator:
    """Keeps the judgement of a dossier and re-does only what an edit can change.

    The gap panel re-evaluates after every edit; on a large dossier (hundreds of
    factories and policies) re-checking every register record each time costs
    more than a frame.  Results are cached per part — each indicator's own
    inputs, each indicator's registers, each starred condition — and
    ``invalidate(changes)`` drops exactly the parts a list of ``Change`` can
    affect (``None`` drops everything, e.g. after the dossier was replaced).
    """

    def __init__(self, dossier: Dossier, catalogue: Catalogue) -> None:
        self.dossier, self.catalogue = dossier, catalogue
        self._own: dict[str, list[Check]] = {}
        self._registers: dict[str, list[Check]] = {}
        self._conditions: dict[str, ConditionResult] = {}
        self._linked_evidence: set[str] | None = None
        self._evidence_text: list[Finding] | None = None
        self._cross = CrossChecks(catalogue)        # targets vs today, plausibility, dates: read across parts
        self._problems: dict[tuple[str, str], list[str]] = {}                     # (register, record) -> problems
        self._record_checks: dict[tuple[str, str, str], tuple[int, bool, list[Check]]] = {}  # + indicator
        self._register_users: dict[str, set[str]] = {}
        self._condition_registers: dict[str, set[str]] = {}
        self._attestation_users = {i.id for i in catalogue.indicators() if i.attestations}
        self._attestation_conditions: set[str] = set()
        for ind in catalogue.indicators():
            for register_id in ind.registers:
                self._register_users.setdefault(register_id, set()).add(ind.id)
            if ind.rule:
                registers = set(_rule_registers(ind.rule))
                self._condition_registers[ind.id] = registers
                if _rule_kinds(ind.rule) & {"attestations"}:
                    self._attestation_conditions.add(ind.id)

    def invalidate(self, changes: Iterable[Any] | None = None) -> None:
        if changes is None:
            self._own.clear()
            self._registers.clear()
            self._conditions.clear()
            self._problems.clear()
            self._record_checks.clear()
            self._linked_evidence = None
            self._evidence_text = None
            self._cross.invalidate(None)
            return
        changes = list(changes)
        self._cross.invalidate(changes)
        for change in changes:
            kind = change.kind
            if kind in ("field", "narrative", "target"):
                self._own.pop(change.indicator_id, None)
            elif kind == "record":
                self._problems.pop((change.key, change.record_id), None)
                for ind_id in self._register_users.get(change.key, ()):
                    self._registers.pop(ind_id, None)
                    self._record_checks.pop((ind_id, change.key, change.record_id), None)
                for ind_id, registers in self._condition_registers.items():
                    if change.key in registers:
                        self._conditions.pop(ind_id, None)
            elif kind == "evidence":
                self._linked_evidence = None
                self._evidence_text = None
                self._own.clear()
            elif kind == "attestation":
                for ind_id in self._attestation_users:
                    self._own.pop(ind_id, None)
                for ind_id in self._attestation_conditions:
                    self._conditions.pop(ind_id, None)

    def evaluate(self) -> Evaluation:
        with one_pass():      # a register's clusters of same things, worked out once for all rules and checks
            return self._evaluate()

    def _evaluate(self) -> Evaluation:
        dossier, catalogue = self.dossier, self.catalogue
        if self._linked_evidence is None:
            self._linked_evidence = {ind_id for e in dossier.evidence for ind_id in e.indicators}
        conditions = []
        for ind in catalogue.starred():
            if ind.id not in self._conditions:
                self._conditions[ind.id] = evaluate_condition(ind, dossier, catalogue, problems=self.problems)
            conditions.append(self._conditions[ind.id])
        findings: list[Finding] = [
            finding(Severity.BLOCKING, FINDINGS["condition_fails"], c.indicator_id, c.jump,
                    name=c.name, gap=c.gap_words)
            for c in conditions if not c.passed
        ]
        indicator_completeness: dict[str, Fraction] = {}
        for ind in catalogue.indicators():
            own = self._own.get(ind.id)
            if own is None:
                own = self._own[ind.id] = list(_indicator_checks(ind, dossier, catalogue, self._linked_evidence))
            registers = self._registers.get(ind.id)
            if registers is None:
                registers = self._registers[ind.id] = [
                    check for register_id in ind.registers for check in self._register_checks(ind, register_id)]
            done = total = 0
            for ok, found in own + registers:
                if ok is not None:
                    total += 1
                    done += 1 if ok else 0
                if found is not None:
                    findings.append(found)
            indicator_completeness[ind.id] = Fraction(done, total) if total else Fraction(1)
        for severity, message, indicator_id, jump in self._cross.findings(
                dossier, {c.indicator_id: c for c in conditions}, self.problems):
            findings.append(Finding(Severity(severity), message, indicator_id, jump))
        findings.extend(_plan_text_findings(dossier))
        if self._evidence_text is None:
            self._evidence_text = list(_evidence_text_findings(dossier))
        findings.extend(self._evidence_text)
        findings.extend(_dossier_text_findings(dossier, catalogue))
        findings.extend(_lifecycle_findings(dossier, catalogue))
        section_completeness = {
            s.id: sum((indicator_completeness[i.id] for i in s.indicators), Fraction(0)) / len(s.indicators)
            for s in catalogue.sections
        }
        total_points = sum(s.points for s in catalogue.sections) or 1
        overall = sum((section_completeness[s.id] * s.points for s in catalogue.sections), Fraction(0)) / total_points
        findings.sort(key=lambda f: f.severity)
        return Evaluation(tuple(conditions), tuple(findings), indicator_completeness, section_completeness, overall)


    def problems(self, spec: Any, record: Any, catalogue: Catalogue) -> list[str]:
        """``record_problems``, remembered per record until that record changes."""
        key = (spec.id, record.id)
        found = self._problems.get(key)
        if found is None:
            found = self._problems[key] = record_problems(spec, record, catalogue)
        return found

    def _register_checks(self, ind: Indicator, register_id: str) -> list[Check]:
        """Per-record checks are reused while the record and its position are unchanged."""
        spec = self.catalogue.register(register_id)
        checks: list[Check] = []
        complete = 0
        for position, rec in enumerate(self.dossier.registers.get(register_id, []), start=1):
            key = (ind.id, register_id, rec.id)
            cached = self._record_checks.get(key)
            if cached is None or cached[0] != position:
                ok = not self.problems(spec, rec, self.catalogue)
                cached = self._record_checks[key] = (position, ok, list(
                    _record_checks(ind, spec, position, rec, self.catalogue, self.problems)))
            complete += cached[1]
            checks += cached[2]
        checks.append((complete > 0, None))
        records = self.dossier.registers.get(register_id, [])
        checks += [(None, finding) for finding in duplicate_findings(ind, spec, records)]
        checks += [(None, finding) for finding in self._not_counted_findings(ind, spec, records)]
        return checks

    def _not_counted_findings(self, ind: Indicator, spec: Any, records: list[Any]) -> Iterator[Finding]:
        """A complete record its indicator's rule leaves out for a named reason (a provincial title)."""
        if not ind.rule or ind.rule.get("register") != spec.id or "not_counted" not in ind.rule:
            return
        position = {rec.id: i for i, rec in enumerate(records, start=1)}
        for rec, reason in count_records(ind.rule, self.dossier, self.catalogue, self.problems).excluded:
            yield finding(Severity.WARNING, FINDINGS["record_not_counted"], ind.id,
                          Jump(ind.id, "register", spec.id, rec.id), register=_catalogue(spec.name),
                          position=position[rec.id],
                          record=_record_label(rec), reason=reason)


def _rule_registers(rule: dict[str, Any]) -> Iterator[str]:
    if "register" in rule:
        yield rule["register"]
    for sub in rule.get("rules", ()):
        yield from _rule_registers(sub)


def _rule_kinds(rule: dict[str, Any]) -> set[str]:
    return {rule["kind"]}.union(*(_rule_kinds(sub) for sub in rule.get("rules", ())))




def _indicator_checks(ind: Indicator, dossier: Dossier, catalogue: Catalogue,
                      linked_evidence: set[str]) -> Iterator[Check]:
    """An indicator's own inputs: narrative, fields, targets, evidence, attestations (registers: see below)."""
    answer = dossier.peek_answer(ind.id)
    narrative = (answer.narrative if answer else "").strip()
    problem = text_problem(narrative)
    if problem:
        yield None, finding(Severity.ERROR, FINDINGS["narrative_invalid"], ind.id, Jump(ind.id, "narrative"),
                            code=ind.code, name=ind.name, problem=problem)
    has_required = bool(ind.narrative_required or any(f.required for f in ind.fields) or ind.targets
                        or ind.evidence_required or ind.registers or ind.attestations)
    if ind.narrative_required:
        yield bool(narrative), None if narrative else finding(
            Severity.ERROR, FINDINGS["narrative_missing"], ind.id, Jump(ind.id, "narrative"),
            code=ind.code, name=ind.name)
    else:
        yield (bool(narrative) if not has_required else None), None if narrative else finding(
            Severity.WARNING, FINDINGS["narrative_recommended"], ind.id, Jump(ind.id, "narrative"),
            code=ind.code, name=ind.name)
    for spec in ind.fields:
        fv = answer.fields.get(spec.id) if answer else None
        empty = fv is None or fv.is_empty()
        jump = Jump(ind.id, "field", spec.id)
        if empty:
            yield (False if spec.required else None), finding(
                Severity.ERROR if spec.required else Severity.WARNING,
                FINDINGS["field_missing"] if spec.required
                else FINDINGS["field_recommended"], ind.id, jump,
                code=ind.code, name=ind.name, label=_catalogue(spec.label))
            continue
        problem = _field_problem(spec.type, spec.min, spec.max, fv.value or "")
        if problem:
            yield (False if spec.required else None), finding(
                Severity.ERROR, FINDINGS["field_invalid"], ind.id, jump,
                code=ind.code, name=ind.name, label=_catalogue(spec.label), problem=problem)
            continue
        if spec.required:
            yield True, None
        if fv.provisional:
            yield None, finding(Severity.WARNING, FINDINGS["field_provisional"],
                                ind.id, jump, code=ind.code, name=ind.name, label=_catalogue(spec.label))
    for target in ind.targets:
        if target.derived:               # computed from its parts (app.models.targets), never typed
            continue
        values = (answer.targets.get(target.id) if answer else None) or []
        for year in range(1, catalogue.pilot_years + 1):
            value = values[year - 1] if len(values) >= year else None
            jump = Jump(ind.id, "targets", target.id)
            if is_blank(value):
                yield False, finding(Severity.ERROR, FINDINGS["target_missing"],
                                     ind.id, jump, code=ind.code, name=ind.name, label=_catalogue(target.label),
                                     year=year)
                continue
            problem = _field_problem(target.type, "0", None, value)
            yield problem is None, None if problem is None else finding(
                Severity.ERROR, FINDINGS["target_invalid"], ind.id, jump,
                code=ind.code, name=ind.name, label=_catalogue(target.label), year=year, problem=problem)
    has_evidence = ind.id in linked_evidence
    if ind.evidence_required:
        yield has_evidence, None if has_evidence else finding(
            Severity.ERROR,
            FINDINGS["condition_evidence_missing"] if ind.starred
            else FINDINGS["evidence_missing"], ind.id, Jump(ind.id, "evidence"),
            code=ind.code, name=ind.name)
    elif ind.evidence_recommended and not has_evidence:
        yield None, finding(Severity.WARNING, FINDINGS["evidence_recommended"], ind.id,
                            Jump(ind.id, "evidence"), code=ind.code, name=ind.name)
    if ind.attestations:
        for att in catalogue.attestations:
            answer_att = dossier.attestations.get(att.id)
            ok = attestation_holds(answer_att)
            yield ok, None  # a failing attestation is already a blocking finding


def _field_problem(kind: str, minimum: str | None, maximum: str | None, text: str) -> str | None:
    try:
        number = parse_decimal(text)
    except NumberError as exc:
        return exc.args[0]
    if kind == "integer" and number.denominator != 1:
        return words("not_integer")
    return in_range(number, minimum=minimum, maximum=maximum)


def _record_checks(ind: Indicator, spec: Any, position: int, rec: Any, catalogue: Catalogue,
                   problems_of: Any = record_problems) -> Iterator[Check]:
    """Findings about one register record (the register's completeness is counted by the caller)."""
    problems = problems_of(spec, rec, catalogue)
    jump = Jump(ind.id, "register", spec.id, rec.id)
    if problems:
        yield None, finding(Severity.ERROR, FINDINGS["record_incomplete"],
                            ind.id, jump, register=_catalogue(spec.name), position=position,
                            record=_record_label(rec),
                            problems=Joined(tuple(problems), WORDS["problems_separator"], CONTEXT))
    for column in spec.columns:
        if column.type == "scenario_set":
            yield from _scenario_checks(ind, _catalogue(spec.name), column.list or "", column.id, position, rec,
                                        catalogue)
    if spec.id == "cities":
        for col in ("population_source", "population_date", "base_stations_source", "base_stations_date"):
            if is_blank(rec.get(col)):
                label = spec.column(col).label
                yield None, finding(Severity.WARNING, FINDINGS["city_source_recommended"],
                                    ind.id, jump, register=_catalogue(spec.name), record=_record_label(rec),
                                    label=_catalogue(label))


def duplicate_findings(ind: Indicator, spec: Any, records: list[Any]) -> Iterator[Finding]:
    """One error per repeated entry, naming both rows: a starred count counts the same thing once."""
    if not spec.identity:
        return
    position = {rec.id: i for i, rec in enumerate(records, start=1)}
    for cluster in clusters(spec, records):
        first_id, first = cluster[0]
        for rec_id, rec in cluster[1:]:
            columns = identity_columns_label(spec, first.values, rec.values)
            yield finding(Severity.ERROR, FINDINGS["duplicate"], ind.id, Jump(ind.id, "register", spec.id, rec_id),
                          register=_catalogue(spec.name), position=position[rec_id], record=_record_label(rec),
                          first_position=position[first_id], first=_record_label(first), columns=columns,
                          record_name=_catalogue(spec.record_name))


def _scenario_checks(ind: Indicator, register_name: Phrase, list_id: str, column: str, position: int, rec: Any,
                     catalogue: Catalogue) -> Iterator[Check]:
    values = [v for v in rec.get(column) or [] if isinstance(v, str)]
    resolved = [catalogue.resolve_scenario(list_id, v) for v in values]
    jump = Jump(ind.id, "register", "factories", rec.id)
    for value, count in Counter(r for r in resolved if r is not None).items():
        if count > 1:
            yield None, finding(Severity.WARNING, FINDINGS["scenario_twice"], ind.id, jump, register=register_name,
                                position=position, record=_record_label(rec),
                                scenario=_scenario_name(catalogue, list_id, value))
    for value in dict.fromkeys(v for v, r in zip(values, resolved) if r is None):
        yield None, finding(Severity.WARNING, FINDINGS["scenario_unlisted"], ind.id, jump, register=register_name,
                            position=position, record=_record_label(rec), value=value)


def _scenario_name(catalogue: Catalogue, list_id: str, scenario_id: str) -> str:
    for sc in catalogue.scenario_lists[list_id]:
        if sc.id == scenario_id:
            return sc.name
    return scenario_id


def _record_label(rec: Any) -> str | Phrase:
    return rec.label() or _word("unnamed")


def _lifecycle_findings(dossier: Dossier, catalogue: Catalogue) -> list[Finding]:
    """After 报送: the warnings of 第十八条 and overdue annual reports (``app.models.pilot_findings``)."""
    if not dossier.pilot:
        return []
    from app.models.pilot_findings import lifecycle_findings

    return lifecycle_findings(dossier, catalogue)


def _plan_text_findings(dossier: Dossier) -> Iterator[Finding]:
    for key in PLAN_TEXT_KEYS:
        text = dossier.plan_texts.get(key, "")
        if not text.strip():
            yield finding(Severity.WARNING, FINDINGS["plan_text_missing"], None, Jump("", "plan", key),
                          part=phrase(CONTEXT, PLAN_TEXT_LABELS[key]))
        elif problem := text_problem(text):
            yield finding(Severity.ERROR, FINDINGS["plan_text_invalid"], None, Jump("", "plan", key),
                          part=phrase(CONTEXT, PLAN_TEXT_LABELS[key]), problem=problem)


def _dossier_text_findings(dossier: Dossier, catalogue: Catalogue) -> Iterator[Finding]:
    """Text no document can hold, in a file written before every entrance refused it (every entrance does now)."""
    for key in ("title", "applicant", "contact"):
        if problem := text_problem(getattr(dossier, key)):
            yield finding(Severity.ERROR, FINDINGS["meta_invalid"], None, Jump("", "meta", key), label=_word(key),
                          problem=problem)
    texts = {a.id: a.text for a in catalogue.attestations}
    where = next((i.id for i in catalogue.indicators() if i.attestations), "")
    for att_id, answer in dossier.attestations.items():
        for value, label in ((answer.person, _word("person")), (answer.role, _word("role"))):
            if problem := text_problem(value):
                attestation = _catalogue(texts[att_id]) if att_id in texts else att_id
                yield finding(Severity.ERROR, FINDINGS["attestation_invalid"], where or None,
                              Jump(where, "attestation", att_id), attestation=attestation, label=label,
                              problem=problem)


def _evidence_text_findings(dossier: Dossier) -> Iterator[Finding]:
    for item in dossier.evidence:
        for value, label in ((item.title, _word("name")), (item.filename, _word("filename")),
                             (item.number, _word("number"))):
            if problem := text_problem(value):
                yield finding(Severity.ERROR, FINDINGS["evidence_invalid"], None,
                              Jump(item.indicators[0] if item.indicators else "", "evidence"),
                              item=item.title or item.filename, label=label, problem=problem)
