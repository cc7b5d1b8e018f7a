"""Figures that cannot be right: a finding with the number and the likely fix.

The commonest slip in an application is a unit: 常住人口 800 with unit 人
(the 万 forgotten) gives 375,000 stations per 10,000 residents and used to
pass.  Three kinds of check, all catalogue data:

- a column's plausible range (``plausible`` on the column, e.g. a
  prefecture-level city's population within 10万–5000万人) — an error that
  keeps the record from counting (``values.plausible_problem``, one of the
  record's problems);
- a per-capita ratio above what any city has (more than 150 stations per
  10,000 residents) — a warning per city;
- a part larger than its whole (单项冠军 more than 规上企业, qualifying
  factories more than the factories with 5G coverage) — a warning.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from app.models.catalogue import Catalogue
from app.models.check_words import check as sentence
from app.models.dossier import Dossier
from app.models.identity import clusters
from app.models.numbers import format_rounded, parse_decimal
from app.models.rules import ConditionResult, Jump, ProblemsFn
from app.models.targets import operand_label, operand_value, show
from app.models.values import quantity_in_base_units, record_problems
from app.translatable import CATALOGUE_CONTEXT, phrase


def plausibility_findings(dossier: Dossier, catalogue: Catalogue, conditions: dict[str, ConditionResult],
                          problems: ProblemsFn = record_problems, *,
                          checks: Iterable[dict[str, Any]] | None = None) -> Iterator[tuple[str, str, Jump]]:
    """(indicator id, sentence, jump) for each warning of the catalogue's plausibility checks (or of ``checks``)."""
    for check in catalogue.plausibility if checks is None else checks:
        indicator = catalogue.indicator(check["indicator"])
        if check["kind"] == "ratio_at_most":
            yield from _ratio_at_most(check, dossier, catalogue)
        elif check["kind"] == "not_above":
            child = operand_value(check["child"], dossier, catalogue, indicator, conditions, problems)
            parent = operand_value(check["parent"], dossier, catalogue, indicator, conditions, problems)
            if child is None or parent is None or child <= parent:
                continue
            child_label = operand_label(check["child"], catalogue, indicator)
            parent_label = operand_label(check["parent"], catalogue, indicator)
            jump = _jump_for(check["parent"], indicator.id) or _jump_for(check["child"], indicator.id) \
                or Jump(indicator.id, "field")
            yield indicator.id, sentence("nested", code=indicator.code, name=indicator.name, child=child_label,
                                      child_value=show(child), parent=parent_label, parent_value=show(parent)), jump


def _ratio_at_most(check: dict[str, Any], dossier: Dossier, catalogue: Catalogue) -> Iterator[tuple[str, str, Jump]]:
    spec = catalogue.register(check["register"])
    numerator, denominator = spec.column(check["numerator"]), spec.column(check["denominator"])
    limit = parse_decimal(check["max"])
    for cluster in clusters(spec, dossier.registers.get(spec.id, [])):
        rec = cluster[0][1]
        num = quantity_in_base_units(numerator, rec.get(numerator.id))
        den = quantity_in_base_units(denominator, rec.get(denominator.id))
        if num is None or not den:
            continue
        ratio = num * check["per"] / den
        if ratio > limit:
            text = phrase(CATALOGUE_CONTEXT, check["message"], name=rec.label() or "", value=format_rounded(ratio, 2),
                          max=check["max"])
            yield check["indicator"], text, Jump(check["indicator"], "register", spec.id, rec.id)


def _jump_for(operand: dict[str, Any], indicator_id: str) -> Jump | None:
    if "field" in operand:
        return Jump(operand["field"][0], "field", operand["field"][1])
    if "fields" in operand:
        return Jump(indicator_id, "field", operand["fields"][0])
    for key in ("register_sum", "count", "distinct"):
        if key in operand:
            return Jump(indicator_id, "register", operand[key]["register"])
    return None
