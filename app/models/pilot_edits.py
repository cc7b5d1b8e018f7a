"""Ready-made edits of the pilot years, like ``app.models.edits`` for the application.

Each reads the current entity, builds one ``SetPilot`` (or a ``Compound`` for
an import) with a Chinese description (a phrase of ``edit_words``) and hands it to the session, so it is
recorded in the history and can be undone; nothing happens when nothing
changes.  Values are checked first and refused with a ``PilotEditError``
whose message names the problem (a number that is not a number, 6 stars, a
date in the future, an amendment without a reason).

A target is never overwritten: ``amend_target`` records the old and the new
value with the date, the reason and the document, and the annual report and
the 复核 show both (``pilot.effective_target``).
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any, Iterable

from app.errors import UserFacingError
from app.models import pilot
from app.models.catalogue import Catalogue
from app.models.dossier import new_id
from app.models.edit_words import description as words, name
from app.models.hygiene import first_bad_string
from app.models.numbers import NumberError, canonical, parse_decimal
from app.models.operations import Change, Compound, DossierSession, SetPilot
from app.models.refusal_words import CLOSED_STAGES, in_future, refusal, stage_words
from app.models.value_words import words as value_words
from app.translatable import catalogue_name, phrase

AFTER_APPROVAL = ("approved", "review")


class PilotEditError(UserFacingError):
    """A value of the pilot years that cannot be recorded; nothing was changed."""


def _set(session: DossierSession, key: str, new: dict[str, Any] | None, description: str) -> list[Change]:
    if new is not None and (bad := first_bad_string(new)) is not None:      # text no document can hold
        raise PilotEditError(refusal("with_problem", what=description, problem=bad[1]))
    old = copy.deepcopy(session.dossier.pilot.get(key))
    if old == new:
        return []
    return session.do(SetPilot(key, old, copy.deepcopy(new), description))


def _require_approved(session: DossierSession, what: str) -> None:
    """``what``: the key of what is refused before the approval and after the pilot (``refusal_words``)."""
    _require_open(session, what)
    if session.dossier.stage not in AFTER_APPROVAL or pilot.approval(session.dossier) is None:
        raise PilotEditError(refusal("not_approved", what=refusal(what)))


def _require_open(session: DossierSession, what: str) -> None:
    """A completed or revoked pilot is a record: it says so rather than 「获批复后才能…」."""
    stage = session.dossier.stage
    if stage in CLOSED_STAGES:
        raise PilotEditError(refusal("closed", stage=stage_words(stage), what=refusal(what)))


def _value(text: str | None, what: str, kind: str) -> str | None:
    """A value reached or an amended target as stored (canonical), for a target of type ``kind``."""
    if text is None or not str(text).strip():
        return None
    try:
        value = canonical(str(text))
    except NumberError as exc:
        raise PilotEditError(refusal("with_problem", what=what, problem=exc.args[0])) from None
    if value.startswith("-"):
        raise PilotEditError(refusal("negative", what=what))
    if kind == "integer" and parse_decimal(value).denominator != 1:    # 5G基站数 as the plan's targets are
        raise PilotEditError(refusal("with_problem", what=what, problem=value_words("not_integer")))
    return value


def _date(text: str, what: str, *, today: date | None = None) -> str:
    """``what``: the key of which date it is (``refusal_words``: 评定日期, 发生日期 …)."""
    day = pilot.parse_day((text or "").strip())
    if day is None:
        raise PilotEditError(refusal("not_a_date", what=refusal(what)))
    if day > (today or date.today()):
        raise PilotEditError(in_future(refusal(what), day))
    return day.isoformat()


def _year(year: int) -> int:
    if not 1 <= year <= pilot.PILOT_YEARS:
        raise PilotEditError(refusal("years", n=pilot.PILOT_YEARS))
    return year


def _evidence(session: DossierSession, ids: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(ids))
    if any(session.dossier.evidence_item(i) is None for i in wanted):
        raise PilotEditError(refusal("evidence_gone"))
    return wanted


# -- the annual report ---------------------------------------------------------------------------
def set_actual(session: DossierSession, catalogue: Catalogue, year: int, indicator_id: str, target_id: str, *,
               value: str | None = ..., note: str | None = None, evidence: Iterable[str] | None = None,  # type: ignore[assignment]
               source: str = "typed") -> list[Change]:
    """The value reached for one target in ``year`` (typed or imported), its note and its evidence."""
    _require_approved(session, "enter_actuals")
    spec = catalogue.indicator(indicator_id).target(target_id)
    if spec.derived:
        raise PilotEditError(refusal("derived", label=catalogue_name(spec.label)))
    key = pilot.actual_key(_year(year), indicator_id, target_id)
    old = session.dossier.pilot.get(key) or {"value": None, "evidence": [], "note": "", "source": "typed"}
    new = dict(old)
    if value is not ...:
        new["value"] = _value(value, refusal("actual_value", label=catalogue_name(spec.label), year=year), spec.type)
        new["source"] = source
    if note is not None:
        new["note"] = note
    if evidence is not None:
        new["evidence"] = _evidence(session, evidence)
    if new == {"value": None, "evidence": [], "note": "", "source": "typed"}:
        return _set(session, key, None, words("clear_actual", label=catalogue_name(spec.label), year=year))
    return _set(session, key, new, words("enter_actual", label=catalogue_name(spec.label), year=year))


def import_actuals(session: DossierSession, catalogue: Catalogue, year: int,
                   values: Iterable[tuple[str, str, str]], *, notes: Iterable[tuple[str, str, str]] = ()) -> int:
    """Several values reached (indicator id, target id, text), and the notes written beside them (indicator id,
    target id, note), as ONE undo step; returns how many targets changed."""
    _require_approved(session, "import_actuals")
    empty = {"value": None, "evidence": [], "note": "", "source": "typed"}
    wanted: dict[str, dict[str, Any]] = {}

    def entry(indicator_id: str, target_id: str) -> dict[str, Any] | None:
        if catalogue.indicator(indicator_id).target(target_id).derived:
            return None
        key = pilot.actual_key(_year(year), indicator_id, target_id)
        if key not in wanted:
            wanted[key] = copy.deepcopy(session.dossier.pilot.get(key) or empty)
        return wanted[key]

    for indicator_id, target_id, text in values:
        if (new := entry(indicator_id, target_id)) is not None:
            spec = catalogue.indicator(indicator_id).target(target_id)
            new.update(value=_value(text, refusal("actual_value", label=catalogue_name(spec.label), year=year),
                                    spec.type), source="imported")
    for indicator_id, target_id, note in notes:
        if (new := entry(indicator_id, target_id)) is not None:
            new["note"] = note
    ops = []
    for key, new in wanted.items():
        if (bad := first_bad_string(new)) is not None:      # text no document can hold (a note from Excel)
            raise PilotEditError(refusal("with_problem", what=words("import_actuals", year=year, count=len(wanted)),
                                         problem=bad[1]))
        old = session.dossier.pilot.get(key)
        if new != (old or empty):
            ops.append(SetPilot(key, copy.deepcopy(old), new if new != empty else None))
    if ops:
        session.do(Compound(ops, words("import_actuals", year=year, count=len(ops))))
    return len(ops)


def set_area_text(session: DossierSession, catalogue: Catalogue, scope: str, area_id: str, part: str,
                  text: str) -> list[Change]:
    """One text of a 重点任务 area in a report (``scope`` "report/<year>") or the 复核 (``review``)."""
    if part not in pilot.TEXT_PARTS:
        raise KeyError(part)
    area = next(a for a in catalogue.guide_areas if a.id == area_id)
    _require_approved(session, "write_report")
    key = f"{scope}/text/{area_id}"
    old = session.dossier.pilot.get(key) or {}
    new = {p: (text if p == part else str(old.get(p, ""))) for p in pilot.TEXT_PARTS}
    labels = pilot.REVIEW_PART_LABELS if scope == "review" else pilot.TEXT_PART_LABELS
    return _set(session, key, None if not any(new.values()) else new,
                words("area_text", area=area.name.split("、", 1)[-1], part=phrase(pilot.CONTEXT, labels[part])))


# -- ratings, incidents, amendments ------------------------------------------------------------
def add_rating(session: DossierSession, *, year: int, stars: int, on: str, document: str = "",
               evidence: Iterable[str] = (), today: date | None = None) -> str:
    """第十六条: the ministry's star rating of one pilot year (1–5 stars)."""
    _require_approved(session, "record_rating")
    if not isinstance(stars, int) or not 1 <= stars <= 5:
        raise PilotEditError(refusal("stars"))
    if any(r.year == year for r in pilot.ratings(session.dossier)):
        raise PilotEditError(refusal("rated", year=year))
    body = {"year": _year(year), "stars": stars, "date": _date(on, "rated_on", today=today),
            "document": document.strip(), "evidence": _evidence(session, evidence)}
    rating_id = new_id()
    _set(session, f"rating/{rating_id}", body, words("rating", year=year, stars=stars))
    return rating_id


def remove_entity(session: DossierSession, key: str) -> list[Change]:
    """Remove a rating, an incident or an amendment recorded by mistake (undoable, kept in the history)."""
    kind = key.split("/")[0]
    return _set(session, key, None, words("remove", what=name(kind if kind in ("rating", "incident", "amendment")
                                                               else "record")))


def add_incident(session: DossierSession, *, kind: str, on: str, description: str, document: str = "",
                 evidence: Iterable[str] = (), today: date | None = None) -> str:
    """A 第十八条 matter: 重大网络安全事件, 重大安全生产事故, 虚假材料, 不配合评价复核, other."""
    _require_open(session, "record_incident")
    if session.dossier.stage not in ("submitted", *AFTER_APPROVAL):
        raise PilotEditError(refusal("not_submitted"))
    if kind not in pilot.INCIDENT_KINDS:
        raise PilotEditError(refusal("unknown_kind", kind=kind))
    if not description.strip():
        raise PilotEditError(refusal("no_account"))
    body = {"kind": kind, "date": _date(on, "happened_on", today=today), "description": description.strip(),
            "document": document.strip(), "evidence": _evidence(session, evidence)}
    incident_id = new_id()
    kind_words = phrase(pilot.CONTEXT, pilot.INCIDENT_KINDS[kind][0])
    _set(session, f"incident/{incident_id}", body, words("incident", kind=kind_words))
    return incident_id


def amend_target(session: DossierSession, catalogue: Catalogue, indicator_id: str, target_id: str, year: int, *,
                 new: str, on: str, reason: str, document: str = "", today: date | None = None) -> str:
    """Record a changed target (the approved value stays, with this amendment on top of it)."""
    _require_approved(session, "amend_target")
    spec = catalogue.indicator(indicator_id).target(target_id)
    if not reason.strip():
        raise PilotEditError(refusal("no_reason"))
    value = _value(new, refusal("amended_value", label=catalogue_name(spec.label), year=year), spec.type)
    if value is None:
        raise PilotEditError(refusal("no_target", label=catalogue_name(spec.label), year=year))
    old = pilot.effective_target(session.dossier, indicator_id, target_id, _year(year))
    if old is not None and canonical(old) == value:
        raise PilotEditError(refusal("same_target", old=old))
    body = {"indicator": indicator_id, "target": target_id, "year": year, "old": old, "new": value,
            "date": _date(on, "amended_on", today=today), "reason": reason.strip(), "document": document.strip()}
    amendment_id = new_id()
    _set(session, f"amendment/{amendment_id}", body,
         words("amendment", label=catalogue_name(spec.label), year=year, old=old or name("none"), new=value))
    return amendment_id


def update_approval(session: DossierSession, *, on: str | None = None, number: str | None = None,
                    evidence: Iterable[str] | None = None, note: str | None = None,
                    today: date | None = None) -> list[Change]:
    """Correct the recorded approval (a mistyped date or 文号); the approval itself stays."""
    old = session.dossier.pilot.get("approval")
    if old is None:
        raise PilotEditError(refusal("no_approval"))
    new = dict(old)
    if on is not None:
        new["date"] = _date(on, "approved_on", today=today)
    if number is not None:
        if not number.strip():
            raise PilotEditError(refusal("no_number"))
        new["number"] = number.strip()
    if evidence is not None:
        new["evidence"] = _evidence(session, evidence)
    if note is not None:
        new["note"] = note
    return _set(session, "approval", new, "更正批复信息")
