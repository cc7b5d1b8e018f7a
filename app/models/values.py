"""Typed values of register columns and indicator fields: check, parse, format.

One place knows what a valid value of each column type looks like, so the
JSON importer, the rules, the table editors (typing and pasting from Excel)
and the exporter agree.  Messages are Chinese and meant for users: phrases
(``app.models.value_words``) that the UI shows in its language.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from typing import Any

from app.models.catalogue import Catalogue, ColumnSpec, FieldSpec, RegisterSpec, normalise_name
from app.models.dates import format_date, future_problem
from app.models.dossier import Record
from app.models.hygiene import text_problem
from app.models.numbers import NumberError, canonical, format_exact, in_range, parse_decimal
from app.models.value_words import words
from app.translatable import Joined, Phrase, catalogue_name

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TRUE = {"是", "true", "yes", "y", "1", "√", "✓", "专项"}
_FALSE = {"否", "false", "no", "n", "0", "×", "", "非专项"}


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, (list, dict)):
        if isinstance(value, dict) and "value" in value:
            return is_blank(value.get("value"))
        return len(value) == 0
    return False


def check_value(column: ColumnSpec, value: Any, catalogue: Catalogue) -> str | None:
    """None when `value` is a valid stored value for `column` (blank counts as valid)."""
    if value is None:
        return None
    kind = column.type
    if kind == "text":
        return text_problem(value) if isinstance(value, str) else words("not_text")
    if kind == "boolean":
        return None if isinstance(value, bool) else words("not_boolean")
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            return words("not_integer")
        return in_range(Fraction(value), minimum=column.min, maximum=column.max, exclusive_min=column.exclusive_min)
    if kind == "decimal":
        return _check_decimal_string(value, column.min, column.max, column.exclusive_min)
    if kind == "quantity":
        if not isinstance(value, dict) or set(value) - {"value", "unit"}:
            return words("not_quantity")
        unit = value.get("unit")
        if unit not in column.units:
            return words("unit_not_allowed", unit=unit, units=Joined(catalogue_name(u) for u in column.units))
        if is_blank(value.get("value")):
            return None
        bad = _check_decimal_string(value.get("value"), column.min, None, column.exclusive_min)
        if bad or column.max is None:
            return bad
        # ``max`` of a quantity is in its base unit (factor 1): it catches a number typed in the wrong unit,
        # e.g. 8000000 (people) pasted into a 万人 column.
        if parse_decimal(value["value"]) * Fraction(column.units[unit]) > parse_decimal(column.max):
            shown = column.default_unit or unit
            limit = format_number(parse_decimal(column.max) / Fraction(column.units[shown]))
            return words("above_limit", limit=limit, unit=catalogue_name(shown))
        return None
    if kind == "date":
        return None if isinstance(value, str) and (value == "" or valid_date(value)) else words("not_date")
    if kind == "choice":
        return None if value in catalogue.choice_ids(column.list or "") or value == "" else words("not_choice",
                                                                                                     value=value)
    if kind == "scenario_set":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return words("not_scenario_list")
        return None
    return words("unknown_type", kind=kind)


def _check_decimal_string(value: Any, minimum: str | None, maximum: str | None, exclusive_min: bool) -> str | None:
    if not isinstance(value, str):
        return words("decimal_as_text")
    try:
        number = parse_decimal(value)
    except NumberError as exc:
        return exc.args[0]
    return in_range(number, minimum=minimum, maximum=maximum, exclusive_min=exclusive_min)


def valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def parse_date(text: str) -> str:
    """Accept 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, also followed by a time of day as spreadsheets and
    CSV exports write a date cell (2024-03-01 00:00:00, 2024/3/1 0:00); return ISO."""
    cleaned = text.strip()
    match = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                     r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$", cleaned)
    if not match:
        raise ValueError(words("date_format", text=text))
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        raise ValueError(words("no_such_date", text=text)) from None


def parse_cell(column: ColumnSpec, text: str, catalogue: Catalogue, *, unit: str | None = None) -> Any:
    """Turn what a person typed or pasted into a stored value; ValueError with a message otherwise."""
    problem = text_problem(text)
    if problem:
        raise ValueError(problem)
    text = text.strip()
    kind = column.type
    if kind == "text":
        return text
    if text == "":
        return None if kind != "scenario_set" else []
    if kind == "integer":
        try:
            number = parse_decimal(text)
        except NumberError as exc:
            raise ValueError(exc.args[0]) from None
        if number.denominator != 1:
            raise ValueError(words("not_whole", text=text))
        problem = in_range(number, minimum=column.min, maximum=column.max, exclusive_min=column.exclusive_min)
        if problem:
            raise ValueError(words("labelled", label=catalogue_name(column.label), problem=problem))
        return int(number)
    if kind in ("decimal", "quantity"):
        number_text, parsed_unit = text, unit
        if kind == "quantity":
            for candidate in sorted(column.units, key=len, reverse=True):
                if text.endswith(candidate):
                    number_text, parsed_unit = text[: -len(candidate)].strip(), candidate
                    break
            parsed_unit = parsed_unit or column.default_unit or next(iter(column.units))
        try:
            stored = canonical(number_text)
        except NumberError as exc:
            raise ValueError(exc.args[0]) from None
        problem = in_range(parse_decimal(stored), minimum=column.min, maximum=column.max,
                           exclusive_min=column.exclusive_min)
        if problem:
            raise ValueError(words("labelled", label=catalogue_name(column.label), problem=problem))
        return {"value": stored, "unit": parsed_unit} if kind == "quantity" else stored
    if kind == "date":
        return parse_date(text)
    if kind == "boolean":
        key = text.lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise ValueError(words("yes_or_no", text=text))
    if kind == "choice":
        wanted = normalise_name(text)
        for choice in catalogue.choice_lists[column.list or ""]:
            if wanted in (normalise_name(choice.name), choice.id):
                return choice.id
        names = Joined(catalogue_name(c.name) for c in catalogue.choice_lists[column.list or ""])
        raise ValueError(words("not_one_of", text=text, names=names))
    if kind == "scenario_set":
        ids: list[str] = []
        for part in re.split(r"[、,，;；\n]+", text):
            if not part.strip():
                continue
            sid = catalogue.resolve_scenario(column.list or "", part)
            if sid is None:
                raise ValueError(unknown_scenario_message(catalogue, column.list or "", part.strip()))
            ids.append(sid)
        return ids
    raise ValueError(words("unknown_type", kind=kind))


def unknown_scenario_message(catalogue: Catalogue, list_id: str, entry: str) -> Phrase:
    """Why an entry is refused as a scenario, with the nearest listed names (official: they stay as published)."""
    return words("unknown_scenario", entry=entry, nearest=Joined(catalogue.nearest_scenarios(list_id, entry)))


def parse_field(spec: FieldSpec, text: str) -> str | None:
    """Parse a numeric indicator field; returns the canonical string or raises ValueError."""
    text = text.strip()
    if text == "":
        return None
    try:
        stored = canonical(text)
    except NumberError as exc:
        raise ValueError(exc.args[0]) from None
    number = parse_decimal(stored)
    if spec.type == "integer" and number.denominator != 1:
        raise ValueError(words("field_not_integer", label=catalogue_name(spec.label)))
    problem = in_range(number, minimum=spec.min, maximum=spec.max)
    if problem:
        raise ValueError(words("labelled", label=catalogue_name(spec.label), problem=problem))
    return stored


def format_cell(column: ColumnSpec, value: Any, catalogue: Catalogue) -> str:
    """A stored value as the register shows it: a phrase where words, units, choices or dates translate."""
    if value is None:
        return ""
    kind = column.type
    if kind == "boolean":
        return words("yes") if value else words("no")
    if kind == "quantity" and isinstance(value, dict):
        if is_blank(value):
            return ""
        unit = value.get("unit") or ""
        return words("quantity", value=value.get("value") or "", unit=catalogue_name(unit) if unit else "")
    if kind == "choice":
        return catalogue_name(catalogue.choice_name(column.list or "", value)) if value else ""
    if kind == "date":
        return format_date(value)
    if kind == "scenario_set" and isinstance(value, list):
        names = {s.id: s.name for s in catalogue.scenario_lists[column.list or ""]}
        shown = []
        for v in value:
            sid = catalogue.resolve_scenario(column.list or "", v)
            shown.append(names[sid] if sid else words("unlisted_scenario", name=v))
        return Joined(shown)
    return str(value)


def quantity_in_base_units(column: ColumnSpec, value: Any) -> Fraction | None:
    """A quantity (or plain number) converted exactly to its base unit; None if blank/invalid."""
    if value is None or is_blank(value):
        return None
    try:
        if column.type == "quantity":
            factor = parse_decimal(column.units[value["unit"]])
            return parse_decimal(value["value"]) * factor
        if column.type == "integer" and isinstance(value, int) and not isinstance(value, bool):
            return Fraction(value)
        if column.type == "decimal":
            return parse_decimal(value)
    except (NumberError, KeyError, TypeError):
        return None
    return None


def column_required(column: ColumnSpec, record: Record) -> bool:
    if column.required:
        return True
    cond = column.required_when
    return bool(cond) and record.values.get(cond["column"]) == cond["equals"]


def record_problems(register: RegisterSpec, record: Record, catalogue: Catalogue) -> list[str]:
    """Missing required values and invalid values of one record, as Chinese phrases."""
    problems: list[str] = []
    for column in register.columns:
        value = record.values.get(column.id)
        if is_blank(value) and column.type != "boolean":
            if column_required(column, record):
                problems.append(words("missing", label=catalogue_name(column.label)))
            continue
        if value is None and column.type == "boolean" and column_required(column, record):
            problems.append(words("unselected", label=catalogue_name(column.label)))
            continue
        bad = check_value(column, value, catalogue)
        if bad:
            problems.append(words("quoted", label=catalogue_name(column.label), problem=bad))
            continue
        doubt = plausible_problem(column, value) or future_problem(column, value)
        if doubt:
            problems.append(doubt)
    return problems


def plausible_problem(column: ColumnSpec, value: Any) -> str | None:
    """A value outside its column's plausible range, as a phrase with the likely fix."""
    rule = column.plausible
    if not rule:
        return None
    number = quantity_in_base_units(column, value)
    if number is None:
        return None
    try:
        low, high = parse_decimal(rule["min"]), parse_decimal(rule["max"])
    except NumberError:
        return None
    if low <= number <= high:
        return None
    unit = column.default_unit or next(iter(column.units), "")
    factor = Fraction(column.units.get(unit, "1")) if column.units else Fraction(1)
    shown = words("quantity", value=value.get("value"), unit=catalogue_name(str(value.get("unit")))) \
        if isinstance(value, dict) else str(value)
    span = words("span", low=format_number(low / factor), high=format_number(high / factor), unit=catalogue_name(unit))
    hint = rule["below"] if number < low else rule["above"]
    return words("implausible", label=catalogue_name(column.label), shown=shown, what=catalogue_name(rule["what"]),
                 span=span, hint=catalogue_name(hint))


def format_number(value: Fraction) -> str:
    try:
        return format_exact(value)
    except NumberError:
        return str(float(value))


def human_size(size: int) -> str:
    """A byte count for people: 512 B, 3.4 KB, 12.0 MB, 2.1 GB."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"
