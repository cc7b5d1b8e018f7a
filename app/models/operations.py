"""Every edit to a dossier goes through one door: an Operation.

An operation knows how to apply itself, its inverse (for undo), a Chinese
description (for the Edit menu and history) and the ``Change`` it causes
(so views refresh only what is affected and the dossier file rewrites only
that entity).  ``DossierSession`` holds the undo/redo stacks, merges
keystroke-sized edits of the same field into one undo step, and tells its
listeners (the storage layer, the UI) what changed.
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Protocol

from app.errors import UserFacingError
from app.models.dossier import AttestationAnswer, Dossier, EvidenceItem, FieldValue, Record


@dataclass(frozen=True)
class Change:
    """What an operation touched. kind: meta|field|narrative|target|plan|record|attestation|evidence|pilot."""

    kind: str
    indicator_id: str = ""
    key: str = ""
    record_id: str = ""

    @property
    def path(self) -> str:
        """A stable address used in history: e.g. ``registers/cities/<id>``, ``indicators/<id>/fields/<f>``."""
        if self.kind == "record":
            return f"registers/{self.key}/{self.record_id}"
        if self.kind in ("field", "narrative", "target"):
            part = {"field": "fields", "narrative": "narrative", "target": "targets"}[self.kind]
            return f"indicators/{self.indicator_id}/{part}" + (f"/{self.key}" if self.key else "")
        if self.kind == "evidence":
            return f"evidence/{self.record_id}"
        prefix = {"meta": "meta", "plan": "plan_texts", "attestation": "attestations", "pilot": "pilot"}[self.kind]
        return f"{prefix}/{self.key}"


class Operation(Protocol):
    description: str

    def apply(self, dossier: Dossier) -> list[Change]: ...
    def inverse(self) -> "Operation": ...
    def history(self) -> list[tuple[str, Any, Any]]: ...   # (path, old, new) as JSON-able values


def _json(value: Any) -> Any:
    if isinstance(value, (FieldValue, AttestationAnswer, EvidenceItem)):
        return copy.deepcopy(value.__dict__)
    if isinstance(value, Record):
        return {"id": value.id, **copy.deepcopy(value.values)}
    return copy.deepcopy(value)


@dataclass
class SetMeta:
    key: str            # title | applicant | contact | stage
    old: str
    new: str
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        setattr(dossier, self.key, self.new)
        return [Change("meta", key=self.key)]

    def inverse(self) -> "SetMeta":
        return SetMeta(self.key, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"meta/{self.key}", self.old, self.new)]


@dataclass
class SetField:
    indicator_id: str
    field_id: str
    old: FieldValue | None
    new: FieldValue | None
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        fields = dossier.answer(self.indicator_id).fields
        if self.new is None:
            fields.pop(self.field_id, None)
        else:
            fields[self.field_id] = copy.copy(self.new)
        return [Change("field", self.indicator_id, self.field_id)]

    def inverse(self) -> "SetField":
        return SetField(self.indicator_id, self.field_id, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"indicators/{self.indicator_id}/fields/{self.field_id}", _json(self.old), _json(self.new))]


@dataclass
class SetNarrative:
    indicator_id: str
    old: str
    new: str
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        dossier.answer(self.indicator_id).narrative = self.new
        return [Change("narrative", self.indicator_id)]

    def inverse(self) -> "SetNarrative":
        return SetNarrative(self.indicator_id, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"indicators/{self.indicator_id}/narrative", self.old, self.new)]


@dataclass
class SetTarget:
    indicator_id: str
    target_id: str
    year: int           # 1-based pilot year
    old: str | None
    new: str | None
    pilot_years: int = 3
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        values = dossier.answer(self.indicator_id).targets.setdefault(self.target_id, [])
        while len(values) < self.pilot_years:
            values.append(None)
        values[self.year - 1] = self.new
        return [Change("target", self.indicator_id, self.target_id)]

    def inverse(self) -> "SetTarget":
        return SetTarget(self.indicator_id, self.target_id, self.year, self.new, self.old, self.pilot_years,
                         self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"indicators/{self.indicator_id}/targets/{self.target_id}/{self.year}", self.old, self.new)]


@dataclass
class SetPlanText:
    key: str
    old: str
    new: str
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        dossier.plan_texts[self.key] = self.new
        return [Change("plan", key=self.key)]

    def inverse(self) -> "SetPlanText":
        return SetPlanText(self.key, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"plan_texts/{self.key}", self.old, self.new)]


@dataclass
class InsertRecord:
    register_id: str
    index: int
    record: Record
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        records = dossier.register(self.register_id)
        records.insert(min(self.index, len(records)), copy.deepcopy(self.record))
        return [Change("record", key=self.register_id, record_id=self.record.id)]

    def inverse(self) -> "RemoveRecord":
        return RemoveRecord(self.register_id, self.index, self.record, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"registers/{self.register_id}/{self.record.id}", None, _json(self.record))]


@dataclass
class RemoveRecord:
    register_id: str
    index: int
    record: Record
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        records = dossier.register(self.register_id)
        for i, rec in enumerate(records):
            if rec.id == self.record.id:
                del records[i]
                break
        return [Change("record", key=self.register_id, record_id=self.record.id)]

    def inverse(self) -> InsertRecord:
        return InsertRecord(self.register_id, self.index, self.record, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"registers/{self.register_id}/{self.record.id}", _json(self.record), None)]


@dataclass
class SetCell:
    register_id: str
    record_id: str
    column: str
    old: Any
    new: Any
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        rec = dossier.record(self.register_id, self.record_id)
        if rec is None:
            raise KeyError(f"{self.register_id}/{self.record_id}")
        if self.new is None:
            rec.values.pop(self.column, None)
        else:
            rec.values[self.column] = copy.deepcopy(self.new)
        return [Change("record", key=self.register_id, record_id=self.record_id)]

    def inverse(self) -> "SetCell":
        return SetCell(self.register_id, self.record_id, self.column, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"registers/{self.register_id}/{self.record_id}/{self.column}", _json(self.old), _json(self.new))]


@dataclass
class SetAttestation:
    attestation_id: str
    old: AttestationAnswer | None
    new: AttestationAnswer | None
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        if self.new is None:
            dossier.attestations.pop(self.attestation_id, None)
        else:
            dossier.attestations[self.attestation_id] = copy.copy(self.new)
        return [Change("attestation", key=self.attestation_id)]

    def inverse(self) -> "SetAttestation":
        return SetAttestation(self.attestation_id, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"attestations/{self.attestation_id}", _json(self.old), _json(self.new))]


@dataclass
class SetPilot:
    """One entity of the pilot years (``Dossier.pilot``, see ``app.models.pilot``); ``None`` = absent."""

    key: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        if self.new is None:
            dossier.pilot.pop(self.key, None)
        else:
            dossier.pilot[self.key] = copy.deepcopy(self.new)
        return [Change("pilot", key=self.key)]

    def inverse(self) -> "SetPilot":
        return SetPilot(self.key, self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"pilot/{self.key}", _json(self.old), _json(self.new))]


@dataclass
class AddEvidence:
    index: int
    item: EvidenceItem
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        dossier.evidence.insert(min(self.index, len(dossier.evidence)), copy.deepcopy(self.item))
        return [Change("evidence", record_id=self.item.id)]

    def inverse(self) -> "RemoveEvidence":
        return RemoveEvidence(self.index, self.item, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"evidence/{self.item.id}", None, _json(self.item))]


@dataclass
class RemoveEvidence:
    index: int
    item: EvidenceItem
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        dossier.evidence[:] = [e for e in dossier.evidence if e.id != self.item.id]
        return [Change("evidence", record_id=self.item.id)]

    def inverse(self) -> AddEvidence:
        return AddEvidence(self.index, self.item, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"evidence/{self.item.id}", _json(self.item), None)]


@dataclass
class UpdateEvidence:
    old: EvidenceItem
    new: EvidenceItem
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        for i, item in enumerate(dossier.evidence):
            if item.id == self.new.id:
                dossier.evidence[i] = copy.deepcopy(self.new)
        return [Change("evidence", record_id=self.new.id)]

    def inverse(self) -> "UpdateEvidence":
        return UpdateEvidence(self.new, self.old, self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [(f"evidence/{self.new.id}", _json(self.old), _json(self.new))]


@dataclass
class Compound:
    """Several operations as one undo step (e.g. pasting rows from Excel)."""

    operations: list[Any]
    description: str = ""

    def apply(self, dossier: Dossier) -> list[Change]:
        changes: list[Change] = []
        for op in self.operations:
            changes.extend(op.apply(dossier))
        return changes

    def inverse(self) -> "Compound":
        return Compound([op.inverse() for op in reversed(self.operations)], self.description)

    def history(self) -> list[tuple[str, Any, Any]]:
        return [entry for op in self.operations for entry in op.history()]


# Typing in a field produces one operation per keystroke; these merge into one undo step.
MERGE_WINDOW_SECONDS = 2.0
_MERGEABLE = (SetField, SetNarrative, SetTarget, SetPlanText, SetMeta, SetCell, SetPilot)


def _same_target(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    keys = {SetField: ("indicator_id", "field_id"), SetNarrative: ("indicator_id",),
            SetTarget: ("indicator_id", "target_id", "year"), SetPlanText: ("key",), SetMeta: ("key",),
            SetCell: ("register_id", "record_id", "column"), SetPilot: ("key",)}[type(a)]
    return all(getattr(a, k) == getattr(b, k) for k in keys)


Listener = Callable[[Any, list[Change], str], None]   # (operation, changes, how: do | undo | redo | a stage change's kind)


class ReadOnlyDossier(UserFacingError):
    """An edit was attempted on a dossier opened read-only; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("此申报材料以只读方式打开，不能修改。如需修改，请关闭其他正在编辑它的程序后重新打开，或另存一份副本。")


@dataclass
class DossierSession:
    """An open dossier with its undo history; the UI and the CLI edit through this."""

    dossier: Dossier
    listeners: list[Listener] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic
    read_only: bool = False
    _undo: list[tuple[Any, float]] = field(default_factory=list)
    _redo: list[Any] = field(default_factory=list)

    def do(self, op: Any, *, merge: bool = True) -> list[Change]:
        if self.read_only:
            raise ReadOnlyDossier()
        if not getattr(op, "undoable", True):        # a stage change (app.models.lifecycle): history, no undo
            changes = op.apply(self.dossier)
            self._notify(op, changes, op.kind)
            return changes
        self._reopen_if_frozen(op)
        changes = op.apply(self.dossier)
        now = self.clock()
        if (merge and self._undo and isinstance(op, _MERGEABLE) and _same_target(self._undo[-1][0], op)
                and now - self._undo[-1][1] <= MERGE_WINDOW_SECONDS):
            first = self._undo[-1][0]
            self._undo[-1] = (replace(op, old=first.old), now)
        else:
            self._undo.append((op, now))
        self._redo.clear()
        self._notify(op, changes, "do")
        return changes

    def undo(self) -> list[Change]:
        if not self._undo or self.read_only:
            return []
        self._reopen_if_frozen(self._undo[-1][0].inverse())
        op, _ = self._undo.pop()
        inverse = op.inverse()
        changes = inverse.apply(self.dossier)
        self._redo.append(op)
        self._notify(inverse, changes, "undo")
        return changes

    def redo(self) -> list[Change]:
        if not self._redo or self.read_only:
            return []
        self._reopen_if_frozen(self._redo[-1])
        op = self._redo.pop()
        changes = op.apply(self.dossier)
        self._undo.append((op, float("-inf")))   # never merge into a redone step
        self._notify(op, changes, "redo")
        return changes

    def break_merge(self) -> None:
        """The next edit starts a new undo step (e.g. when focus leaves a field)."""
        if self._undo:
            op, _ = self._undo[-1]
            self._undo[-1] = (op, float("-inf"))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        return self._undo[-1][0].description if self._undo else ""

    @property
    def redo_text(self) -> str:
        return self._redo[-1].description if self._redo else ""

    def _reopen_if_frozen(self, op: Any) -> None:
        """An edit of a finalised or submitted dossier (or annual report) first starts a new revision, recorded
        before the edit; an edit of the approved plan is refused (``lifecycle.before_edit``)."""
        from app.models.lifecycle import before_edit

        for stage_op in before_edit(self.dossier, op):
            self._notify(stage_op, stage_op.apply(self.dossier), stage_op.kind)

    def _notify(self, op: Any, changes: list[Change], how: str) -> None:
        for listener in list(self.listeners):
            listener(op, changes, how)
