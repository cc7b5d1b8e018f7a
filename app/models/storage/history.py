"""The change history kept inside the dossier file: who changed what, when, old → new.

Every operation's ``history()`` entries become rows (seq, at, author, path,
old JSON, new JSON, how, revision).  Typing produces one operation per
keystroke; like the session's undo merging, consecutive ``do`` entries on the
same path by the same author within ``MERGE_WINDOW_SECONDS`` are folded into
one row (first old, last new), so the history reads as edits, not keystrokes.
Adding or deleting a whole record, evidence item or attestation is never
folded: a record added and deleted a moment later leaves both rows.

``history_for`` (a page at a time) and ``history_count`` serve the history dialog; ``export_csv`` the
"export history" command, in the dialog's words (``app.models.history_words``); ``restore_operation`` turns an entry back into an
Operation so the app can undo a change made in an earlier session.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.models.edit_words import description
from app.models.history_words import describe_entry, is_whole_item
from app.models.dossier import AttestationAnswer, EvidenceItem, FieldValue, Record
from app.models.operations import (
    AddEvidence, InsertRecord, MERGE_WINDOW_SECONDS, RemoveEvidence, RemoveRecord, SetAttestation, SetCell,
    SetField, SetMeta, SetNarrative, SetPlanText, SetTarget, UpdateEvidence,
)
from app.models.storage.rows import dumps

@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str            # ISO time with offset
    author: str
    path: str          # e.g. indicators/<id>/fields/<f>, registers/cities/<rec>/name
    old: Any
    new: Any
    how: str           # do | undo | redo | finalise | submit | revise | import | merge
    revision: int
    description: str = ""


@dataclass
class PendingEntry:
    """A history row waiting for the writer; ``mono`` is time.monotonic() when it happened."""

    at: str
    mono: float
    author: str
    path: str
    old: Any
    new: Any
    how: str
    revision: int
    description: str = ""


class HistoryWriter:
    """Appends pending entries on the writer connection, folding keystroke runs into one row."""

    def __init__(self) -> None:
        self._last: tuple[int, str, str, float] | None = None   # (seq, path, author, mono) of the last "do" row

    def write(self, conn: sqlite3.Connection, entries: list[PendingEntry]) -> None:
        for e in entries:
            last = self._last
            if (e.how == "do" and last is not None and last[1] == e.path and last[2] == e.author
                    and e.mono - last[3] <= MERGE_WINDOW_SECONDS and not _adds_or_deletes(e)):
                conn.execute("UPDATE history SET new = ?, at = ? WHERE seq = ?", (dumps(e.new), e.at, last[0]))
                self._last = (last[0], e.path, e.author, e.mono)
                continue
            cur = conn.execute(
                "INSERT INTO history(at, author, path, old, new, how, revision, description) VALUES (?,?,?,?,?,?,?,?)",
                (e.at, e.author, e.path, dumps(e.old), dumps(e.new), e.how, e.revision, e.description))
            self._last = (cur.lastrowid, e.path, e.author, e.mono) if e.how == "do" and not _adds_or_deletes(e) \
                else None

    def forget(self) -> None:
        """After a failed transaction the remembered row may not exist; start a fresh row next time."""
        self._last = None


def _adds_or_deletes(entry: PendingEntry) -> bool:
    """An entry that creates or removes a whole item: a row of its own, never folded into another."""
    return (entry.old is None or entry.new is None) and is_whole_item(entry.path)


def _has_how(conn: sqlite3.Connection) -> bool:
    return any(row[1] == "how" for row in conn.execute("PRAGMA table_info(history)"))


def _where(path_prefix: str, before_seq: int | None) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: tuple[Any, ...] = ()
    if path_prefix:
        prefix = path_prefix.rstrip("/")
        clauses.append("(path = ? OR substr(path, 1, ?) = ?)")
        params += (prefix, len(prefix) + 1, prefix + "/")
    if before_seq is not None:
        clauses.append("seq < ?")
        params += (int(before_seq),)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def history_for(conn: sqlite3.Connection, path_prefix: str = "", *, limit: int | None = None,
                before_seq: int | None = None) -> list[HistoryEntry]:
    """Entries whose path is ``path_prefix`` or below it, newest first.

    ``limit`` with ``before_seq`` (the ``seq`` of the last entry already shown) reads a long history a
    page at a time: each page starts where the previous one ended, however many rows were added since.
    """
    how = "how" if _has_how(conn) else "'do'"
    where, params = _where(path_prefix, before_seq)
    sql = f"SELECT seq, at, author, path, old, new, {how}, revision, description FROM history{where} ORDER BY seq DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [HistoryEntry(r[0], r[1], r[2], r[3], json.loads(r[4]) if r[4] is not None else None,
                         json.loads(r[5]) if r[5] is not None else None, r[6], r[7], r[8] or "")
            for r in conn.execute(sql, params)]


def history_count(conn: sqlite3.Connection, path_prefix: str = "") -> int:
    """How many entries ``history_for(conn, path_prefix)`` would return."""
    where, params = _where(path_prefix, None)
    return conn.execute(f"SELECT COUNT(*) FROM history{where}", params).fetchone()[0]


def export_csv(conn: sqlite3.Connection, dest: Path | str, catalogue: Any, dossier: Any = None) -> int:
    """Write the whole history as CSV in words (UTF-8 with BOM so Excel reads the Chinese); returns the row count.

    The columns are the history dialog's (``history_words.describe_entry``): no paths, ids or JSON.
    """
    import csv

    entries = list(reversed(history_for(conn)))
    with open(dest, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["序号", "时间", "修改人", "操作", "内容", "原值", "新值", "修订版本", "说明"])
        for e in entries:
            words = describe_entry(e, catalogue, dossier)
            out.writerow([e.seq, words.time, words.author, words.kind, words.what, words.old, words.new,
                          e.revision, e.description])
    return len(entries)


def restore_operation(entry: HistoryEntry, *, to: str = "old", pilot_years: int = 3) -> Any:
    """An Operation that sets ``entry.path`` back to its old (or new) value; None if the path is not restorable."""
    want, have = (entry.old, entry.new) if to == "old" else (entry.new, entry.old)
    parts = entry.path.split("/")
    desc = description("restore", path=entry.path)
    head = parts[0]
    if head == "meta" and len(parts) == 2 and parts[1] in ("title", "applicant", "contact"):
        return SetMeta(parts[1], have or "", want or "", desc)
    if head == "plan_texts" and len(parts) == 2:
        return SetPlanText(parts[1], have or "", want or "", desc)
    if head == "attestations" and len(parts) == 2:
        return SetAttestation(parts[1], AttestationAnswer(**have) if have else None,
                              AttestationAnswer(**want) if want else None, desc)
    if head == "indicators" and len(parts) >= 3:
        ind = parts[1]
        if parts[2] == "narrative":
            return SetNarrative(ind, have or "", want or "", desc)
        if parts[2] == "fields" and len(parts) == 4:
            return SetField(ind, parts[3], FieldValue(**have) if have else None, FieldValue(**want) if want else None, desc)
        if parts[2] == "targets" and len(parts) == 5:
            return SetTarget(ind, parts[3], int(parts[4]), have, want, pilot_years, desc)
    if head == "registers" and len(parts) == 4:
        return SetCell(parts[1], parts[2], parts[3], have, want, desc)
    if head == "registers" and len(parts) == 3:
        if want is None and have is not None:
            return RemoveRecord(parts[1], 0, Record(id=have["id"], values={k: v for k, v in have.items() if k != "id"}), desc)
        if want is not None and have is None:
            return InsertRecord(parts[1], 10**9, Record(id=want["id"], values={k: v for k, v in want.items() if k != "id"}), desc)
    if head == "evidence" and len(parts) == 2:
        if want is None and have is not None:
            return RemoveEvidence(0, EvidenceItem(**have), desc)
        if want is not None and have is None:
            return AddEvidence(10**9, EvidenceItem(**want), desc)
        if want is not None and have is not None:
            return UpdateEvidence(EvidenceItem(**have), EvidenceItem(**want), desc)
    return None
