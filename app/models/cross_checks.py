"""The findings that read across parts of a dossier, each re-done only when a part it reads changes.

Targets are compared with today's values (which may come from a register or a
starred condition), plausibility checks compare a field with a register count,
dates are compared with the attestations.  The gap panel re-judges after every
keystroke, and on a large dossier (hundreds of factories and policies) redoing
all of these each time costs more than a frame.  So each check is one *item*
with the parts it reads (``("field", indicator)``, ``("target", indicator)``,
``("register", register)``, ``("attestation",)``), worked out once from the
catalogue; ``invalidate(changes)`` drops exactly the items a change can affect.

Items yield ``(severity, message, indicator id, jump)``; ``app.models.assessment``
turns them into findings (severity 1 = 错误, 2 = 提示).
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from app.models.catalogue import Catalogue, Indicator
from app.models.check_words import check as sentence_of
from app.models.dates import after_attestations, future_attestations
from app.models.dossier import Dossier
from app.models.plausibility import plausibility_findings
from app.models.rules import ConditionResult, Jump, ProblemsFn
from app.models.targets import target_warnings

ERROR, WARNING = 1, 2
Item = tuple[int, str, "str | None", Jump]
Key = tuple[str, ...]


def _rule_parts(rule: dict[str, Any] | None) -> set[Key]:
    if not rule:
        return set()
    parts: set[Key] = {("register", rule["register"])} if "register" in rule else set()
    if rule.get("kind") == "attestations":
        parts.add(("attestation",))
    for sub in rule.get("rules", ()):
        parts |= _rule_parts(sub)
    return parts


def operand_parts(operand: dict[str, Any], indicator: Indicator | None, catalogue: Catalogue) -> set[Key]:
    """The parts of the dossier an operand reads (see ``app.models.targets.operand_value``)."""
    parts: set[Key] = set()
    if "fields" in operand and indicator is not None:
        parts.add(("field", indicator.id))
    if "field" in operand:
        parts.add(("field", operand["field"][0]))
    for key in ("register_sum", "count", "distinct"):
        if key in operand:
            parts.add(("register", operand[key]["register"]))
    if "condition" in operand:
        parts |= _rule_parts(catalogue.indicator(operand["condition"]).rule)
    return parts


class CrossChecks:
    """Cached cross-part findings of one dossier; see the module docstring."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._items: list[tuple[Key, set[Key], Callable[..., Iterable[Item]]]] = []
        self._cache: dict[Key, list[Item]] = {}
        for ind in catalogue.indicators():
            if any(t.baseline or t.kind == "level" for t in ind.targets if not t.derived):
                parts = {("field", ind.id), ("target", ind.id)}
                for target in ind.targets:
                    if target.baseline:
                        parts |= operand_parts(target.baseline, ind, catalogue)
                self._items.append((("targets", ind.id), parts, self._targets_of(ind)))
        for index, check in enumerate(catalogue.plausibility):
            indicator = catalogue.indicator(check["indicator"])
            parts = {("register", check["register"])} if "register" in check else set()
            for side in ("child", "parent"):
                if side in check:
                    parts |= operand_parts(check[side], indicator, catalogue)
            self._items.append((("plausibility", str(index)), parts, self._plausibility(index)))
        for spec in catalogue.registers.values():
            if any(c.before_attestations for c in spec.columns):
                self._items.append((("dates", spec.id), {("register", spec.id), ("attestation",)},
                                    self._dates_of(spec.id)))
        self._items.append((("attestations",), {("attestation",)}, self._future_attestations))

    def invalidate(self, changes: Iterable[Any] | None) -> None:
        if changes is None:
            self._cache.clear()
            return
        touched: set[Key] = set()
        for change in changes:
            if change.kind in ("field", "target"):
                touched.add((change.kind, change.indicator_id))
            elif change.kind == "record":
                touched.add(("register", change.key))
            elif change.kind == "attestation":
                touched.add(("attestation",))
        if touched:
            for key, parts, _ in self._items:
                if parts & touched:
                    self._cache.pop(key, None)

    def findings(self, dossier: Dossier, conditions: dict[str, ConditionResult], problems: ProblemsFn) -> list[Item]:
        found: list[Item] = []
        for key, _, compute in self._items:
            cached = self._cache.get(key)
            if cached is None:
                cached = self._cache[key] = list(compute(dossier, conditions, problems))
            found += cached
        return found

    # -- the items -----------------------------------------------------------------------------------
    def _targets_of(self, ind: Indicator) -> Callable[..., Iterator[Item]]:
        def compute(dossier: Dossier, conditions: dict[str, ConditionResult], problems: ProblemsFn) -> Iterator[Item]:
            for target, _year, sentence in target_warnings(ind, dossier, self.catalogue, conditions, problems):
                yield WARNING, sentence_of("of_indicator", code=ind.code, name=ind.name, sentence=sentence), ind.id, \
                    Jump(ind.id, "targets", target.id)
        return compute

    def _plausibility(self, index: int) -> Callable[..., Iterator[Item]]:
        def compute(dossier: Dossier, conditions: dict[str, ConditionResult], problems: ProblemsFn) -> Iterator[Item]:
            for indicator_id, sentence, jump in plausibility_findings(
                    dossier, self.catalogue, conditions, problems, checks=[self.catalogue.plausibility[index]]):
                yield WARNING, sentence, indicator_id, jump
        return compute

    def _dates_of(self, register_id: str) -> Callable[..., Iterator[Item]]:
        where = next((i.id for i in self.catalogue.indicators() if register_id in i.registers), "")

        def compute(dossier: Dossier, conditions: dict[str, ConditionResult], problems: ProblemsFn) -> Iterator[Item]:
            for _, record_id, sentence in after_attestations(dossier, self.catalogue, register_ids=(register_id,)):
                yield WARNING, sentence, where or None, Jump(where, "register", register_id, record_id)
        return compute

    def _future_attestations(self, dossier: Dossier, conditions: dict[str, ConditionResult],
                             problems: ProblemsFn) -> Iterator[Item]:
        site = next((i.id for i in self.catalogue.indicators() if i.attestations), "")
        for att_id, sentence in future_attestations(dossier, self.catalogue):
            yield ERROR, sentence, site or None, Jump(site, "attestation", att_id)
