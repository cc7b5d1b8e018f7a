"""Ready-made operations for the common edits, with the current value filled in.

The UI and scripts say *what* they want ("set this cell to that"); these
functions read the old value from the dossier, build the Operation with a
Chinese description (a phrase of ``edit_words``, which the Edit menu shows in
the UI's language), and hand it to the session.  Nothing is applied when
the value does not change, so no empty undo steps appear.
"""

from __future__ import annotations

import copy
from typing import Any, Iterable

from app.models.catalogue import Catalogue
from app.models.edit_words import description, name as edit_name
from app.models.hygiene import check_text
from app.models.dossier import AttestationAnswer, EvidenceItem, FieldValue, Record, new_id
from app.models.operations import (
    AddEvidence, Change, Compound, DossierSession, InsertRecord, RemoveEvidence, RemoveRecord, SetAttestation,
    SetCell, SetField, SetMeta, SetNarrative, SetPlanText, SetTarget, UpdateEvidence,
)
from app.translatable import catalogue_name

def _meta_label(key: str) -> str:
    return edit_name(key) if key in ("title", "applicant", "contact", "stage", "signing_identity") else key


def set_meta(session: DossierSession, key: str, value: str) -> list[Change]:
    check_text(_meta_label(key), value)
    old = getattr(session.dossier, key)
    if old == value:
        return []
    return session.do(SetMeta(key, old, value, description("change", what=_meta_label(key))))


def set_field(session: DossierSession, catalogue: Catalogue, indicator_id: str, field_id: str, *,
              value: str | None = ..., provisional: bool | None = None) -> list[Change]:  # type: ignore[assignment]
    spec = catalogue.indicator(indicator_id).field(field_id)
    answer = session.dossier.peek_answer(indicator_id)
    old = answer.fields.get(field_id) if answer else None
    new = copy.copy(old) if old else FieldValue()
    if value is not ...:
        new.value = value
    if provisional is not None:
        new.provisional = provisional
    if old == new or (old is None and new == FieldValue()):
        return []
    return session.do(SetField(indicator_id, field_id, copy.copy(old) if old else None, new,
                               description("change", what=catalogue_name(spec.label))))


def set_narrative(session: DossierSession, catalogue: Catalogue, indicator_id: str, text: str) -> list[Change]:
    name = catalogue.indicator(indicator_id).name
    check_text(f"{name}·情况说明", text)
    answer = session.dossier.peek_answer(indicator_id)
    old = answer.narrative if answer else ""
    if old == text:
        return []
    return session.do(SetNarrative(indicator_id, old, text, description("narrative", name=name)))


def set_target(session: DossierSession, catalogue: Catalogue, indicator_id: str, target_id: str, year: int,
               value: str | None) -> list[Change]:
    answer = session.dossier.peek_answer(indicator_id)
    values = (answer.targets.get(target_id) if answer else None) or []
    old = values[year - 1] if len(values) >= year else None
    if old == value:
        return []
    label = catalogue.indicator(indicator_id).target(target_id).label
    return session.do(SetTarget(indicator_id, target_id, year, old, value, catalogue.pilot_years,
                                description("target", label=catalogue_name(label), year=year)))


def set_plan_text(session: DossierSession, key: str, text: str) -> list[Change]:
    check_text("方案正文", text)
    old = session.dossier.plan_texts.get(key, "")
    if old == text:
        return []
    return session.do(SetPlanText(key, old, text, description("plan_text")))


def add_record(session: DossierSession, catalogue: Catalogue, register_id: str, values: dict[str, Any] | None = None,
               *, index: int | None = None) -> Record:
    _check_values(catalogue, register_id, values or {})
    records = session.dossier.register(register_id)
    record = Record(id=new_id(), values=dict(values or {}))
    position = len(records) if index is None else index
    name = catalogue.register(register_id).record_name
    session.do(InsertRecord(register_id, position, record, description("add_record", name=catalogue_name(name))))
    return record


def remove_records(session: DossierSession, catalogue: Catalogue, register_id: str, record_ids: Iterable[str]) -> list[Change]:
    records = session.dossier.register(register_id)
    wanted = set(record_ids)
    ops = [RemoveRecord(register_id, i, copy.deepcopy(rec)) for i, rec in enumerate(records) if rec.id in wanted]
    if not ops:
        return []
    name = catalogue.register(register_id).record_name
    # remove from the end so recorded indexes stay valid for the inverse (re-insert in ascending order)
    return session.do(Compound(list(reversed(ops)), description("delete_records", count=len(ops),
                                                                name=catalogue_name(name))))


def set_cell(session: DossierSession, catalogue: Catalogue, register_id: str, record_id: str, column: str,
             value: Any) -> list[Change]:
    record = session.dossier.record(register_id, record_id)
    if record is None:
        raise KeyError(record_id)
    _check_values(catalogue, register_id, {column: value})
    old = copy.deepcopy(record.values.get(column))
    if old == value:
        return []
    label = catalogue.register(register_id).column(column).label
    return session.do(SetCell(register_id, record_id, column, old, copy.deepcopy(value),
                              description("change", what=catalogue_name(label))))


def paste_records(session: DossierSession, catalogue: Catalogue, register_id: str,
                  rows: list[dict[str, Any]], *, index: int | None = None) -> list[Record]:
    """Insert several records as ONE undo step (paste from Excel)."""
    for values in rows:
        _check_values(catalogue, register_id, values)
    records = session.dossier.register(register_id)
    start = len(records) if index is None else index
    new = [Record(id=new_id(), values=dict(values)) for values in rows]
    if not new:
        return []
    ops = [InsertRecord(register_id, start + i, rec) for i, rec in enumerate(new)]
    name = catalogue.register(register_id).record_name
    session.do(Compound(ops, description("paste_records", count=len(new), name=catalogue_name(name))))
    return new


def set_attestation(session: DossierSession, attestation_id: str, *, affirmed: bool | None = ...,  # type: ignore[assignment]
                    person: str | None = None, role: str | None = None, date: str | None = None) -> list[Change]:
    check_text("承诺人", person)
    check_text("职务", role)
    old = session.dossier.attestations.get(attestation_id)
    new = copy.copy(old) if old else AttestationAnswer()
    if affirmed is not ...:
        new.affirmed = affirmed
    for attr, value in (("person", person), ("role", role), ("date", date)):
        if value is not None:
            setattr(new, attr, value)
    if old == new:
        return []
    return session.do(SetAttestation(attestation_id, copy.copy(old) if old else None, new, description("attestation")))


def add_evidence(session: DossierSession, item: EvidenceItem) -> list[Change]:
    check_text("证明材料名称", item.title)
    check_text("文件名", item.filename)
    return session.do(AddEvidence(len(session.dossier.evidence), copy.deepcopy(item),
                                  description("add_evidence", title=item.title)))


def remove_evidence(session: DossierSession, evidence_id: str) -> list[Change]:
    for index, item in enumerate(session.dossier.evidence):
        if item.id == evidence_id:
            return session.do(RemoveEvidence(index, copy.deepcopy(item), description("remove_evidence", title=item.title)))
    return []


def update_evidence(session: DossierSession, evidence_id: str, **changes: Any) -> list[Change]:
    item = session.dossier.evidence_item(evidence_id)
    if item is None:
        raise KeyError(evidence_id)
    new = copy.deepcopy(item)
    for key, value in changes.items():
        check_text({"title": "证明材料名称", "number": "证明材料编号"}.get(key, key), value)
        setattr(new, key, value)
    if new == item:
        return []
    return session.do(UpdateEvidence(copy.deepcopy(item), new, description("change_evidence", title=new.title)))


def _check_values(catalogue: Catalogue, register_id: str, values: dict[str, Any]) -> None:
    """The last net under every entrance: text no document can hold is refused, naming the column."""
    spec = catalogue.register(register_id)
    for column, value in values.items():
        if isinstance(value, str):
            try:
                label = spec.column(column).label
            except KeyError:
                label = column
            check_text(label, value)
