"""How far each annual target was reached: exact, direction-aware, honest about zero.

The annual report sets each indicator's value reached against the year's
target (the approved one, or its recorded amendment); the 复核 (第十七条) sets
the whole period against the plan.  All arithmetic is ``fractions.Fraction``:
150 reached of a target of 180 is exactly 5/6, shown 83.3%.

* **More is better** (most targets): met when reached ≥ target; completion
  rate = reached ÷ target.
* **Less is better** (``direction: "less"`` in the catalogue, e.g. an energy
  intensity): met when reached ≤ target; rate = target ÷ reached.
* **Zero**: a more-is-better target of 0 is met by any value, and a less-is-
  better value of 0 meets any target — the rate is then undefined (shown
  「目标为0」 / 「已降至0」), never a division by zero.  A less-is-better target
  of 0 that is not reached has rate 0.

Totals (per first-level indicator and overall) are labelled completion, not
a score: the share of targets met, and the mean of the per-target rates each
capped at 100% (an over-achieved target cannot hide a missed one); a target
without a reported value counts as 0.  A target is a *level* (the value
reached by that year) or a *flow* (that year's own amount, ``kind: "flow"``):
over the whole period a level is judged by its last year, a flow by the sums.

The words (已达成, 目标为0, 「（达成 22/26 项）」) are Chinese in the documents;
the report pages pass ``tr`` for the UI's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Iterable

from app.models import pilot
from app.models.catalogue import Catalogue, Indicator, TargetSpec
from app.models.dossier import Dossier
from app.models.numbers import decimal_or_none, format_rounded
from app.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "completion"   # the translation context of the words the report pages show (documents stay Chinese)
MET, BEHIND, MISSING, NO_TARGET = "met", "behind", "missing", "no_target"
STATUS_LABELS = {MET: QT_TRANSLATE_NOOP("completion", "已达成"), BEHIND: QT_TRANSLATE_NOOP("completion", "未达成"),
                 MISSING: QT_TRANSLATE_NOOP("completion", "未填报"), NO_TARGET: QT_TRANSLATE_NOOP("completion", "无目标")}
TEXTS = {
    "zero_target": QT_TRANSLATE_NOOP("completion", "目标为0"),
    "reduced_to_zero": QT_TRANSLATE_NOOP("completion", "已降至0"),
    "total": QT_TRANSLATE_NOOP("completion", "{rate}（达成 {met}/{counted} 项）"),
}


def number(text: Any) -> Fraction | None:
    """A stored decimal string as an exact number; None when blank or not a number."""
    return decimal_or_none(text)


@dataclass(frozen=True)
class Completion:
    target: Fraction | None
    actual: Fraction | None
    direction: str = "more"

    @property
    def status(self) -> str:
        if self.target is None:
            return NO_TARGET
        if self.actual is None:
            return MISSING
        met = self.actual >= self.target if self.direction != "less" else self.actual <= self.target
        return MET if met else BEHIND

    @property
    def rate(self) -> Fraction | None:
        """reached ÷ target (more is better) or target ÷ reached (less is better); None where undefined."""
        if self.target is None or self.actual is None:
            return None
        if self.direction == "less":
            return None if self.actual == 0 else self.target / self.actual
        return None if self.target == 0 else self.actual / self.target

    @property
    def share(self) -> Fraction | None:
        """This target's part of a total: its rate capped at 1 (1 when met with no rate, 0 when not reported)."""
        status = self.status
        if status == NO_TARGET:
            return None
        if status == MISSING:
            return Fraction(0)
        rate = self.rate
        if rate is None:
            return Fraction(1) if status == MET else Fraction(0)
        return max(Fraction(0), min(Fraction(1), rate))

    @property
    def gap(self) -> Fraction | None:
        """How much is still missing (more is better) or still too much (less is better); None when met."""
        if self.status != BEHIND:
            return None
        assert self.target is not None and self.actual is not None
        return self.target - self.actual if self.direction != "less" else self.actual - self.target

    def rate_text(self, tr: Translate = untranslated) -> str:
        rate = self.rate
        if rate is not None:
            return format_rounded(rate * 100, 1) + "%"
        if self.status == MET:
            return tr(CONTEXT, TEXTS["zero_target"] if self.direction != "less" else TEXTS["reduced_to_zero"])
        if self.status == BEHIND:
            return "0.0%"
        return "—"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def status_text(self, tr: Translate = untranslated) -> str:
        """已达成 / 未达成 / 未填报 / 无目标 in the UI's language."""
        return tr(CONTEXT, self.status_label)


@dataclass(frozen=True)
class TargetRow:
    """One target of one year: what the plan asked, what was reached, with the amendments that changed it."""

    indicator: Indicator
    target: TargetSpec
    year: int
    planned: str | None                       # the target that counts (approved, or amended)
    approved: str | None                      # as approved
    actual: pilot.Actual | None
    completion: Completion
    amendments: tuple[pilot.Amendment, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return self.indicator.id, self.target.id


def _targets(catalogue: Catalogue) -> Iterable[tuple[Indicator, TargetSpec]]:
    for ind in catalogue.indicators():
        for spec in ind.targets:
            yield ind, spec


def year_rows(dossier: Dossier, catalogue: Catalogue, year: int) -> list[TargetRow]:
    """Every target the plan sets for ``year`` (catalogue order), against the value reported for that year."""
    rows = []
    for ind, spec in _targets(catalogue):
        planned = pilot.effective_target(dossier, ind.id, spec.id, year)
        if planned in (None, ""):
            continue
        found = derived_actual(dossier, catalogue, spec, year, ind.id) if spec.derived else \
            pilot.actual(dossier, year, ind.id, spec.id)
        rows.append(TargetRow(ind, spec, year, planned, pilot.frozen_target(dossier, ind.id, spec.id, year), found,
                              Completion(number(planned), number(found.value) if found else None, spec.direction),
                              tuple(pilot.target_history(dossier, ind.id, spec.id, year))))
    return rows


def derived_actual(dossier: Dossier, catalogue: Catalogue, spec: TargetSpec, year: int,
                   indicator_id: str) -> pilot.Actual | None:
    """The value reached of a derived target (每万人拥有5G基站数): computed from its part's value reached and the
    register (frozen with the plan), exactly as the plan computed its targets; never typed."""
    from app.models.targets import register_sum

    body = spec.derived or {}
    part = pilot.actual(dossier, year, indicator_id, body.get("target", ""))
    reached = number(part.value) if part else None
    denominator = register_sum(dossier, catalogue, body.get("register", ""), body.get("denominator", ""))
    if part is None or reached is None or not denominator:
        return None
    value = format_rounded(reached * body.get("per", 1) / denominator, body.get("places", 2))
    return pilot.Actual(value, part.evidence, "", "derived")


@dataclass(frozen=True)
class PeriodRow:
    """One target over the whole pilot: each year's row, and the judgement of the period (复核)."""

    indicator: Indicator
    target: TargetSpec
    years: tuple[TargetRow | None, ...]        # index 0 = year 1; None where the plan sets no target that year
    completion: Completion


def period_rows(dossier: Dossier, catalogue: Catalogue) -> list[PeriodRow]:
    out = []
    by_year = {y: {r.key: r for r in year_rows(dossier, catalogue, y)} for y in range(1, pilot.PILOT_YEARS + 1)}
    for ind, spec in _targets(catalogue):
        years = tuple(by_year[y].get((ind.id, spec.id)) for y in range(1, pilot.PILOT_YEARS + 1))
        present = [r for r in years if r is not None]
        if not present:
            continue
        if spec.kind == "flow":
            targets = [r.completion.target for r in present]
            actuals = [r.completion.actual for r in present]
            target = sum(targets, Fraction(0)) if None not in targets else None
            actual = sum(actuals, Fraction(0)) if None not in actuals else None     # type: ignore[arg-type]
            completion = Completion(target, actual, spec.direction)
        else:
            completion = present[-1].completion
        out.append(PeriodRow(ind, spec, years, completion))
    return out


@dataclass
class Total:
    """Completion of a group of targets (labelled 完成度, never a score)."""

    met: int = 0
    counted: int = 0
    shares: list[Fraction] = field(default_factory=list)

    def add(self, completion: Completion) -> None:
        share = completion.share
        if share is None:
            return
        self.counted += 1
        self.met += completion.status == MET
        self.shares.append(share)

    @property
    def mean(self) -> Fraction | None:
        return sum(self.shares, Fraction(0)) / len(self.shares) if self.shares else None

    def text(self, tr: Translate = untranslated) -> str:
        if not self.counted:
            return "—"
        rate = format_rounded(self.mean * 100, 1) + "%"   # type: ignore[operator]
        return tr(CONTEXT, TEXTS["total"]).format(rate=rate, met=self.met, counted=self.counted)


def totals(catalogue: Catalogue, completions: Iterable[tuple[Indicator, Completion]]) -> tuple[dict[str, Total], Total]:
    """Per first-level indicator (section id) and overall."""
    sections = {s.id: Total() for s in catalogue.sections}
    overall = Total()
    for ind, completion in completions:
        sections[ind.section_id].add(completion)
        overall.add(completion)
    return sections, overall


def behind(rows: Iterable[TargetRow]) -> list[TargetRow]:
    """The targets not reached, furthest behind first, then those without a reported value."""
    found = [r for r in rows if r.completion.status in (BEHIND, MISSING)]
    return sorted(found, key=lambda r: (r.completion.status == MISSING, r.completion.share or 0))
