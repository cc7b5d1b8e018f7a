"""Annual targets measured against today: direction, baseline and derived values, all catalogue data.

The plan sets a target for each pilot year (第十条), and at the end MIIT
checks whether they were met (第十七条).  A target below today's value, or
below the previous year's, is almost always a slip (24 base stations typed for
24,000), so it is a warning.  Each target in the catalogue says which way is
better (``direction``), whether it is a level reached by that year or a flow
of that year (``kind``), and where today's value comes from (``baseline``, an
*operand*).  A derived target (每万人拥有5G基站数) is computed for each year
from its parts and shown, never typed: a typed copy could disagree with them.

Operands — numbers read from the dossier — are shared with the plausibility
checks (``app.models.plausibility``): the sum of the indicator's own fields,
another indicator's field, a register column's sum, a starred condition's
measured value, a count of distinct records, or of distinct values.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any, Iterator

from app.models.catalogue import Catalogue, Indicator, TargetSpec
from app.models.check_words import check, listed
from app.models.dossier import Dossier
from app.models.identity import clusters, normalise_text
from app.models.numbers import NumberError, decimal_or_none, format_exact, format_rounded
from app.models.rules import ConditionResult, ProblemsFn, count_records
from app.models.values import quantity_in_base_units, record_problems
from app.translatable import catalogue_name


def _number(text: Any) -> Fraction | None:
    return decimal_or_none(text)


def field_number(dossier: Dossier, indicator_id: str, field_id: str) -> Fraction | None:
    answer = dossier.peek_answer(indicator_id)
    value = answer.fields.get(field_id) if answer else None
    return _number(value.value) if value else None


def register_sum(dossier: Dossier, catalogue: Catalogue, register_id: str, column_id: str) -> Fraction | None:
    """The sum of a column over distinct records (the same city twice counts once); None when nothing is filled."""
    spec = catalogue.register(register_id)
    column = spec.column(column_id)
    values = [quantity_in_base_units(column, cluster[0][1].get(column_id))
              for cluster in clusters(spec, dossier.registers.get(register_id, []))]
    present = [v for v in values if v is not None]
    return sum(present, Fraction(0)) if present else None


def operand_value(operand: dict[str, Any], dossier: Dossier, catalogue: Catalogue, indicator: Indicator | None,
                  conditions: dict[str, ConditionResult], problems: ProblemsFn = record_problems) -> Fraction | None:
    """The number an operand names; None when the dossier does not hold it yet."""
    if "fields" in operand and indicator is not None:
        present = [v for v in (field_number(dossier, indicator.id, f) for f in operand["fields"]) if v is not None]
        return sum(present, Fraction(0)) if present else None
    if "field" in operand:
        return field_number(dossier, operand["field"][0], operand["field"][1])
    if "register_sum" in operand:
        body = operand["register_sum"]
        return register_sum(dossier, catalogue, body["register"], body["column"])
    if "condition" in operand:
        result = conditions.get(operand["condition"])
        return result.measured_value if result is not None else None
    if "count" in operand:
        body = operand["count"]
        rule = {"register": body["register"], "where": body.get("where", {})}
        return Fraction(len(count_records(rule, dossier, catalogue, problems).counted))
    if "distinct" in operand:
        body = operand["distinct"]
        keys = set()
        for rec in dossier.registers.get(body["register"], []):
            parts = tuple(normalise_text(str(rec.get(c) or "")) for c in body["columns"])
            if all(parts):
                keys.add(parts)
        return Fraction(len(keys))
    return None


def operand_label(operand: dict[str, Any], catalogue: Catalogue, indicator: Indicator | None) -> str:
    """What an operand is called in a message."""
    if "label" in operand:
        return catalogue_name(operand["label"])
    if "fields" in operand and indicator is not None:
        return listed(catalogue_name(indicator.field(f).label) for f in operand["fields"])
    if "field" in operand:
        return catalogue_name(catalogue.indicator(operand["field"][0]).field(operand["field"][1]).label)
    if "register_sum" in operand:
        body = operand["register_sum"]
        return catalogue_name(catalogue.register(body["register"]).column(body["column"]).label)
    if "condition" in operand:
        rule = catalogue.indicator(operand["condition"]).rule or {}
        return catalogue_name(rule["measured_label"]) if rule.get("measured_label") else ""
    if "count" in operand:
        return catalogue_name(catalogue.register(operand["count"]["register"]).name)
    return ""


def show(value: Fraction) -> str:
    try:
        return format_exact(value)
    except NumberError:
        return format_rounded(value, 2)


def derived_values(dossier: Dossier, catalogue: Catalogue, indicator: Indicator, target: TargetSpec) -> list[str | None]:
    """Each year's value of a derived target, from that year's part and the register (e.g. stations ÷ population)."""
    spec = target.derived or {}
    parts = stored_values(dossier, catalogue, indicator, indicator.target(spec["target"]))
    denominator = register_sum(dossier, catalogue, spec["register"], spec["denominator"])
    values: list[str | None] = []
    for part in parts:
        number = _number(part)
        if number is None or not denominator:
            values.append(None)
        else:
            values.append(format_rounded(number * spec["per"] / denominator, spec.get("places", 2)))
    return values


def stored_values(dossier: Dossier, catalogue: Catalogue, indicator: Indicator, target: TargetSpec) -> list[str | None]:
    answer = dossier.peek_answer(indicator.id)
    values = list((answer.targets.get(target.id) if answer else None) or [])[:catalogue.pilot_years]
    return values + [None] * (catalogue.pilot_years - len(values))


def target_values(dossier: Dossier, catalogue: Catalogue, indicator: Indicator, target: TargetSpec) -> list[str | None]:
    """What each pilot year's target is: typed, or computed for a derived target (the exporter shows these)."""
    if target.derived:
        return derived_values(dossier, catalogue, indicator, target)
    return stored_values(dossier, catalogue, indicator, target)


def target_warnings(indicator: Indicator, dossier: Dossier, catalogue: Catalogue,
                    conditions: dict[str, ConditionResult],
                    problems: ProblemsFn = record_problems) -> Iterator[tuple[TargetSpec, int, str]]:
    """(target, year, sentence) for each year whose target falls below today's value or the previous year's.

    A derived target follows its parts, which are checked themselves; a flow
    (each year's own amount) has no trend to keep.
    """
    for target in indicator.targets:
        if target.derived or target.kind != "level":
            continue
        worse = (lambda a, b: a < b) if target.direction == "more" else (lambda a, b: a > b)
        word = check("lower" if target.direction == "more" else "higher")
        baseline = operand_value(target.baseline, dossier, catalogue, indicator, conditions, problems) \
            if target.baseline else None
        below: list[tuple[int, Fraction]] = []
        previous: Fraction | None = None
        unit = catalogue_name(target.unit) if target.unit else ""
        for year, text in enumerate(stored_values(dossier, catalogue, indicator, target), start=1):
            value = _number(text)
            if value is None:
                previous = None
                continue
            if baseline is not None and worse(value, baseline):
                below.append((year, value))
            elif previous is not None and worse(value, previous):
                yield target, year, check("falls_back", label=catalogue_name(target.label), year=year, value=show(value),
                                          unit=unit, word=word, previous_year=year - 1, previous=show(previous))
            previous = value
        if below and baseline is not None:
            years = listed(check("year", year=year) for year, _ in below)
            values = listed(show(value) for _, value in below)
            yield target, below[0][0], check(
                "below_today", label=catalogue_name(target.label), years=years, values=values, unit=unit, word=word,
                baseline=show(baseline), what=operand_label(target.baseline or {}, catalogue, indicator),
                should=check("not_lower" if target.direction == "more" else "not_higher"))
