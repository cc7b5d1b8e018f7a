"""Dates that make sense: none in the future, none after the attestations, all shown as 2024年3月10日.

A policy dated next month does not exist yet and cannot support a starred
condition, so a future date is an error (and the record does not count).
The 现场考察 attestations declare the materials true as of the day they are
made: a policy, title or 5G工厂 project dated after them was not covered, so
that is a warning.  Which columns are calendar years and which are events the
attestations should postdate is catalogue data (``year``,
``before_attestations``).  ``today()`` is the one clock (tests replace it).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Iterator

from app.models.catalogue import Catalogue, ColumnSpec
from app.models.dossier import AttestationAnswer, Dossier
from app.models.check_words import check
from app.models.value_words import words
from app.translatable import catalogue_name, date_phrase


def today() -> date:
    return date.today()


def as_date(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value: Any) -> str:
    """2024-03-10 → 2024年3月10日, a phrase the English UI shows as 2024-03-10 (anything else as it is)."""
    when = as_date(value) if isinstance(value, str) and len(value) >= 10 else None
    if when is None:
        return "" if value is None else str(value)
    return date_phrase(when)


def future_problem(column: ColumnSpec, value: Any) -> str | None:
    """A date or year after today, as a phrase for the record's problems."""
    if column.type != "date" and not column.year:
        return None
    now = today()
    if column.type == "date":
        when = as_date(value)
        if when is not None and when > now:
            return words("future_date", label=catalogue_name(column.label), day=format_date(value),
                         today=format_date(now.isoformat()))
    elif column.year and isinstance(value, int) and not isinstance(value, bool) and value > now.year:
        return words("future_year", label=catalogue_name(column.label), year=value, this_year=now.year)
    return None


def attestation_date(dossier: Dossier) -> date | None:
    """The day the materials were attested (the earliest attestation that has a date)."""
    dates = [d for d in (as_date(a.date) for a in dossier.attestations.values()) if d is not None]
    return min(dates) if dates else None


def after_attestations(dossier: Dossier, catalogue: Catalogue, *,
                       register_ids: Iterable[str] | None = None) -> Iterator[tuple[str, str, str]]:
    """(register id, record id, sentence) for each event dated after the attestations."""
    attested = attestation_date(dossier)
    if attested is None:
        return
    shown, attested_iso = format_date(attested.isoformat()), attested.isoformat()
    wanted = None if register_ids is None else set(register_ids)
    for spec in catalogue.registers.values():
        columns = [c for c in spec.columns if c.before_attestations]
        if not columns or (wanted is not None and spec.id not in wanted):
            continue
        for position, rec in enumerate(dossier.registers.get(spec.id, []), start=1):
            for column in columns:
                value = rec.get(column.id)
                if column.year and isinstance(value, int) and not isinstance(value, bool):
                    late, when_text = value > attested.year, check("a_year", year=value)
                elif column.type == "date" and isinstance(value, str) and value[:10] > attested_iso:
                    when = as_date(value)            # ISO text compares as dates do; parse only the late ones
                    late, when_text = when is not None and when > attested, format_date(value)
                else:
                    late = False
                if late:
                    yield spec.id, rec.id, check(
                        "after_attestations", register=catalogue_name(spec.name), position=position,
                        record=rec.label() or check("unnamed"), label=catalogue_name(column.label), when=when_text,
                        attested=shown)


def attested_in_future(answer: AttestationAnswer | None) -> bool:
    """An attestation dated after today: not made yet."""
    when = as_date(answer.date) if answer is not None else None
    return when is not None and when > today()


def attestation_holds(answer: AttestationAnswer | None) -> bool:
    """Made: 是, by a named person, on a day that is not in the future (the one test the rule, the plan and the
    editor share — an attestation dated next month counts no more than a policy dated next month)."""
    return answer is not None and answer.is_complete_and_positive() and not attested_in_future(answer)


def future_attestations(dossier: Dossier, catalogue: Catalogue) -> Iterator[tuple[str, str]]:
    """(attestation id, sentence) for an attestation dated after today."""
    now = today()
    texts = {a.id: a.text for a in catalogue.attestations}
    for att_id, answer in dossier.attestations.items():
        if attested_in_future(answer):
            attestation = catalogue_name(texts[att_id]) if att_id in texts else att_id
            yield att_id, check("attested_in_future", attestation=attestation, day=format_date(answer.date),
                                today=format_date(now.isoformat()))
