"""How a Dossier maps onto the tables of a ``.pzd`` file, entity by entity.

One row per entity (meta key, register record, indicator answer,
attestation, plan text, evidence item), its content as JSON in the exchange
form, so a change rewrites only the rows it touched.  Order is kept exactly:
lists (records, evidence) carry an explicit position rewritten when their
order changes; dicts (registers, indicators, attestations, plan texts) keep
insertion order through a position assigned on first insert.

``snapshot_writes`` runs on the thread that edits the dossier and turns a
``Change`` into self-contained SQL (no reference to live objects), which the
writer thread executes later.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from typing import Any, Callable

from app.models.dossier import AttestationAnswer, Dossier, EvidenceItem, FieldValue, IndicatorAnswer, Record
from app.models.operations import Change

# Every scalar field of Dossier is one meta row, so a field added to the model is stored without a schema change.
_COLLECTIONS = ("registers", "indicators", "evidence", "attestations", "plan_texts", "pilot")
META_KEYS = tuple(f.name for f in dataclass_fields(Dossier) if f.name not in _COLLECTIONS)
Statement = tuple[str, tuple[Any, ...] | list[tuple[Any, ...]]]


@dataclass
class Write:
    """The SQL that brings one entity (``key``) up to date; a later Write with the same key supersedes it."""

    key: tuple[str, ...]
    statements: list[Statement] = field(default_factory=list)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _append_sql(table: str, key_col: str, value_col: str) -> str:
    return (f"INSERT INTO {table}({key_col}, position, {value_col}) VALUES (?, "
            f"(SELECT COALESCE(MAX(position), -1) + 1 FROM {table}), ?) "
            f"ON CONFLICT({key_col}) DO UPDATE SET {value_col} = excluded.{value_col}")


def meta_write(key: str, value: Any) -> Write:
    sql = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    return Write(("meta", key), [(sql, (key, dumps(value)))])


def _answer_json(ans: IndicatorAnswer) -> dict[str, Any]:
    return {"fields": {k: {"value": v.value, "provisional": v.provisional, "note": v.note} for k, v in ans.fields.items()},
            "narrative": ans.narrative, "targets": {k: list(v) for k, v in ans.targets.items()}}


def _evidence_row(e: EvidenceItem) -> tuple[Any, ...]:
    return (e.id, e.sha256, e.filename, e.size, e.title, e.number, e.media_type, dumps(list(e.indicators)), e.added_at)


EVIDENCE_UPSERT = ("INSERT INTO evidence(id, sha256, filename, size, title, number, media_type, indicators, added_at, "
                   "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT(id) DO UPDATE SET "
                   "sha256 = excluded.sha256, filename = excluded.filename, size = excluded.size, "
                   "title = excluded.title, number = excluded.number, media_type = excluded.media_type, "
                   "indicators = excluded.indicators, added_at = excluded.added_at")
REGISTER_INSERT = ("INSERT INTO registers(id, position) VALUES (?, (SELECT COALESCE(MAX(position), -1) + 1 "
                   "FROM registers)) ON CONFLICT(id) DO NOTHING")
RECORD_AT = ("INSERT INTO records(register, id, position, data) VALUES (?, ?, ?, ?) "
             "ON CONFLICT(register, id) DO UPDATE SET data = excluded.data, position = excluded.position")
RECORD_UPSERT = ("INSERT INTO records(register, id, position, data) VALUES (?, ?, 0, ?) "
                 "ON CONFLICT(register, id) DO UPDATE SET data = excluded.data")


def _position_writes(key: tuple[Any, ...], old: tuple[str, ...], new: tuple[str, ...], sql: str,
                     params: Callable[[int, str], tuple[Any, ...]]) -> list[Write]:
    """Writes that store the list order ``new`` given the stored order ``old``.

    Appending (the old order is a prefix of the new) writes only the new rows' positions, each under its
    own key, so adding the 2,000th evidence file costs one row, not 2,000.  Any other change rewrites every
    position under ``key``.  The writer runs coalesced writes in the order they were last submitted, so a
    later full rewrite always overrides earlier per-row positions and vice versa.
    """
    if len(new) > len(old) and new[:len(old)] == old:
        return [Write(key + (row_id,), [(sql, [params(i, row_id)])]) for i, row_id in enumerate(new[len(old):], len(old))]
    return [Write(key, [(sql, [params(i, row_id) for i, row_id in enumerate(new)])])]


class RowSnapshotter:
    """Turns Changes into Writes; remembers list orders so positions are rewritten only when they change."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self._record_order = {reg: tuple(r.id for r in recs) for reg, recs in dossier.registers.items()}
        self._evidence_order = tuple(e.id for e in dossier.evidence)

    def writes_for(self, change: Change) -> list[Write]:
        d = self.dossier
        kind = change.kind
        if kind == "meta":
            return [meta_write(change.key, getattr(d, change.key))]
        if kind in ("field", "narrative", "target"):
            ans = d.indicators.get(change.indicator_id)
            key = ("indicator", change.indicator_id)
            if ans is None:
                return [Write(key, [("DELETE FROM indicators WHERE id = ?", (change.indicator_id,))])]
            return [Write(key, [(_append_sql("indicators", "id", "data"), (change.indicator_id, dumps(_answer_json(ans))))])]
        if kind == "plan":
            if change.key not in d.plan_texts:
                return [Write(("plan", change.key), [("DELETE FROM plan_texts WHERE key = ?", (change.key,))])]
            return [Write(("plan", change.key), [(_append_sql("plan_texts", "key", "text"),
                                                  (change.key, d.plan_texts[change.key]))])]
        if kind == "attestation":
            a = d.attestations.get(change.key)
            if a is None:
                return [Write(("attestation", change.key), [("DELETE FROM attestations WHERE id = ?", (change.key,))])]
            return [Write(("attestation", change.key), [(_append_sql("attestations", "id", "data"),
                                                         (change.key, dumps(dict(a.__dict__))))])]
        if kind == "pilot":
            return [pilot_write(d, change.key)]
        if kind == "record":
            return self._record_writes(change.key, change.record_id)
        if kind == "evidence":
            return self._evidence_writes(change.record_id)
        raise ValueError(f"unknown change kind {kind!r}")

    def _record_writes(self, register_id: str, record_id: str) -> list[Write]:
        writes = [Write(("register", register_id), [(REGISTER_INSERT, (register_id,))])]
        rec = self.dossier.record(register_id, record_id)
        key = ("record", register_id, record_id)
        if rec is None:
            writes.append(Write(key, [("DELETE FROM records WHERE register = ? AND id = ?", (register_id, record_id))]))
        else:
            writes.append(Write(key, [(RECORD_UPSERT, (register_id, record_id, dumps(rec.values)))]))
        order = tuple(r.id for r in self.dossier.registers.get(register_id, ()))
        old = self._record_order.get(register_id, ())
        if order != old:
            self._record_order[register_id] = order
            sql = "UPDATE records SET position = ? WHERE register = ? AND id = ?"
            writes += _position_writes(("record-order", register_id), old, order, sql,
                                       lambda i, rid: (i, register_id, rid))
        return writes

    def _evidence_writes(self, evidence_id: str) -> list[Write]:
        item = self.dossier.evidence_item(evidence_id)
        key = ("evidence", evidence_id)
        writes = [Write(key, [("DELETE FROM evidence WHERE id = ?", (evidence_id,))] if item is None
                        else [(EVIDENCE_UPSERT, _evidence_row(item))])]
        order = tuple(e.id for e in self.dossier.evidence)
        old = self._evidence_order
        if order != old:
            self._evidence_order = order
            writes += _position_writes(("evidence-order",), old, order, "UPDATE evidence SET position = ? WHERE id = ?",
                                       lambda i, eid: (i, eid))
        return writes

    def all_writes(self) -> list[Write]:
        """Every row of the dossier (used to create a file and for save-as): each list in one statement with its
        positions, so a register of 20,000 records is written in time proportional to its size."""
        d = self.dossier
        writes = [meta_write(k, getattr(d, k)) for k in META_KEYS]
        for reg_id, records in d.registers.items():
            writes.append(Write(("register", reg_id), [(REGISTER_INSERT, (reg_id,))]))
            if records:
                writes.append(Write(("records", reg_id), [(RECORD_AT, [(reg_id, r.id, i, dumps(r.values))
                                                                       for i, r in enumerate(records)])]))
        self._record_order = {reg: tuple(r.id for r in recs) for reg, recs in d.registers.items()}
        for ind_id in d.indicators:
            writes.extend(self.writes_for(Change("field", ind_id)))
        for key in d.attestations:
            writes.extend(self.writes_for(Change("attestation", key=key)))
        for key in d.plan_texts:
            writes.extend(self.writes_for(Change("plan", key=key)))
        if d.evidence:
            writes.append(Write(("evidence-all",), [(EVIDENCE_UPSERT, [_evidence_row(e) for e in d.evidence]),
                                                    ("UPDATE evidence SET position = ? WHERE id = ?",
                                                     [(i, e.id) for i, e in enumerate(d.evidence)])]))
        self._evidence_order = tuple(e.id for e in d.evidence)
        for key in d.pilot:
            writes.append(pilot_write(d, key))
        return writes


def pilot_write(dossier: Dossier, key: str) -> Write:
    """One entity of the pilot years (schema version 3's ``pilot`` table; see ``app.models.pilot``)."""
    if key not in dossier.pilot:
        return Write(("pilot", key), [("DELETE FROM pilot WHERE key = ?", (key,))])
    return Write(("pilot", key), [(_append_sql("pilot", "key", "data"), (key, dumps(dossier.pilot[key])))])


def execute_writes(conn: sqlite3.Connection, writes: list[Write]) -> None:
    for w in writes:
        for sql, params in w.statements:
            if isinstance(params, list):
                conn.executemany(sql, params)
            else:
                conn.execute(sql, params)


def _indicator(data: str) -> IndicatorAnswer:
    body = json.loads(data)
    return IndicatorAnswer(fields={k: FieldValue(**v) for k, v in body.get("fields", {}).items()},
                           narrative=body.get("narrative", ""),
                           targets={k: list(v) for k, v in body.get("targets", {}).items()})


def _evidence(row: tuple[Any, ...] | list[Any]) -> EvidenceItem:
    item = EvidenceItem(id=row[0], sha256=row[1], filename=row[2], size=row[3], title=row[4], number=row[5],
                        media_type=row[6], indicators=json.loads(row[7]), added_at=row[8])
    if not (isinstance(item.id, str) and isinstance(item.sha256, str) and isinstance(item.indicators, list)):
        raise ValueError("incomplete evidence row")
    return item


_EVIDENCE_COLUMNS = ("id", "sha256", "filename", "size", "title", "number", "media_type", "indicators", "added_at")
# How load_dossier turns one row of each table into the dossier; salvage keeps only rows these accept.
_ROW_CHECKS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "meta": lambda r: json.loads(r["value"]),
    "records": lambda r: Record(id=r["id"], values=dict(json.loads(r["data"]))),
    "indicators": lambda r: _indicator(r["data"]),
    "attestations": lambda r: AttestationAnswer(**json.loads(r["data"])),
    "evidence": lambda r: _evidence([r.get(c) for c in _EVIDENCE_COLUMNS]),
    "pilot": lambda r: dict(json.loads(r["data"])),
}


def row_loads(table: str, row: dict[str, Any]) -> bool:
    """Whether ``load_dossier`` can read this row (by column name) of ``table``."""
    check = _ROW_CHECKS.get(table)
    if check is None:
        return True
    try:
        check(row)
    except (ValueError, TypeError, KeyError, AttributeError):
        return False
    return True


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def load_dossier(conn: sqlite3.Connection) -> tuple[Dossier, dict[str, Any]]:
    """The dossier held in the file, and the file-level meta that is not part of it."""
    meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    d = Dossier(**{k: meta[k] for k in META_KEYS if k in meta})
    for (reg_id,) in conn.execute("SELECT id FROM registers ORDER BY position, rowid"):
        d.registers[reg_id] = []
    for reg_id, rec_id, data in conn.execute("SELECT register, id, data FROM records ORDER BY register, position, rowid"):
        d.registers.setdefault(reg_id, []).append(Record(id=rec_id, values=json.loads(data)))
    for ind_id, data in conn.execute("SELECT id, data FROM indicators ORDER BY position, rowid"):
        d.indicators[ind_id] = _indicator(data)
    for key, data in conn.execute("SELECT id, data FROM attestations ORDER BY position, rowid"):
        d.attestations[key] = AttestationAnswer(**json.loads(data))
    for key, text in conn.execute("SELECT key, text FROM plan_texts ORDER BY position, rowid"):
        d.plan_texts[key] = text
    for row in conn.execute(f"SELECT {', '.join(_EVIDENCE_COLUMNS)} FROM evidence ORDER BY position, rowid"):
        d.evidence.append(_evidence(row))
    if _has_table(conn, "pilot"):            # schema version 3 (an older file read without migrating has none)
        for key, data in conn.execute("SELECT key, data FROM pilot ORDER BY position, rowid"):
            d.pilot[key] = json.loads(data)
    extra = {k: v for k, v in meta.items() if k not in META_KEYS}
    return d, extra
