"""What a merge reads: each copy's dossier as values ("leaves"), its history rows exactly as stored.

``merge`` compares two copies value by value and history row by history row.  This module gives it the
inputs in that form: ``read_copy`` (dossier, history rows, finalised versions; read-only, never migrates),
``leaves`` (a dossier as {history-style path: value}), ``effects`` (the leaves one history row changed — a
whole-record row touches the record's existence and every cell), ``norm`` (one form for "nothing"), and
``copies_of_one_dossier`` (which workspace files are copies of one dossier, for the home's notice).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, NamedTuple

from app.models.dossier import Dossier
from app.models.exchange import dossier_to_json
from app.models.values import is_blank

MERGED_META = ("title", "applicant", "contact", "signing_identity")
_EMPTY_FIELD = {"value": None, "provisional": False, "note": ""}
_EMPTY_ATTESTATION = {"affirmed": None, "person": "", "role": "", "date": ""}


class HistoryRow(NamedTuple):
    """One stored history row; ``old``/``new`` are the JSON texts exactly as stored (a tuple: cheap to read
    by the ten thousand)."""

    seq: int
    at: str
    author: str
    path: str
    old: str | None
    new: str | None
    how: str
    revision: int
    description: str

    @property
    def key(self) -> tuple[Any, ...]:
        """Everything but ``seq``: the same event in two copies has the same key."""
        return self[1:]

    def values(self) -> tuple[Any, Any]:
        return (json.loads(self.old) if self.old is not None else None,
                json.loads(self.new) if self.new is not None else None)


@dataclass
class Copy:
    """One input of a merge, read without writing anything."""

    path: Path
    dossier: Dossier
    rows: list[HistoryRow]
    versions: list[tuple[Any, ...]]
    revision: int

    @property
    def label(self) -> str:
        return self.path.name


def read_copy(path: Path | str) -> Copy:
    """The dossier, history and finalised versions of a ``.pzd`` (read-only connection; never migrates)."""
    from app.models.storage.build import VERSION_COLUMNS
    from app.models.storage.rows import load_dossier
    from app.models.storage.summary import reading

    path = Path(path)
    with reading(path) as (conn, _version):
        dossier, _ = load_dossier(conn)
        has_how = any(r[1] == "how" for r in conn.execute("PRAGMA table_info(history)"))
        how = "how" if has_how else "'do'"
        rows = [HistoryRow._make(r) for r in conn.execute(
            f"SELECT seq, at, author, path, old, new, {how}, revision, COALESCE(description, '') "
            "FROM history ORDER BY seq")]
        versions = [tuple(r) for r in conn.execute(f"SELECT {VERSION_COLUMNS} FROM versions ORDER BY revision")]
    return Copy(path, dossier, rows, versions, int(dossier.revision))


def norm(value: Any) -> Any:
    """One form for "nothing": None, "", [], {}, an empty field or attestation, a quantity without a number."""
    if value is None or value == "" or value == [] or value == {}:
        return None
    if isinstance(value, dict) and (value == _EMPTY_FIELD or value == _EMPTY_ATTESTATION
                                    or (set(value) == {"value", "unit"} and is_blank(value.get("value")))):
        return None
    return value


def leaves(dossier: Dossier) -> dict[str, Any]:
    """The dossier as {history-style path: value}; a record also has a leaf for its existence (True)."""
    data = dossier_to_json(dossier)
    out: dict[str, Any] = {}

    def put(path: str, value: Any) -> None:
        if (value := norm(value)) is not None:
            out[path] = value

    for key in MERGED_META:
        put(f"meta/{key}", data.get(key))
    for reg, rows in data["registers"].items():
        for row in rows:
            out[f"registers/{reg}/{row['id']}"] = True
            for col, value in row.items():
                if col != "id":
                    put(f"registers/{reg}/{row['id']}/{col}", value)
    for ind, body in data["indicators"].items():
        for fid, fv in body["fields"].items():
            put(f"indicators/{ind}/fields/{fid}", fv)
        put(f"indicators/{ind}/narrative", body["narrative"])
        for tid, values in body["targets"].items():
            for year, value in enumerate(values, start=1):
                put(f"indicators/{ind}/targets/{tid}/{year}", value)
    for item in data["evidence"]:
        put(f"evidence/{item['id']}", item)
    for key, body in data["attestations"].items():
        put(f"attestations/{key}", body)
    for key, text in data["plan_texts"].items():
        put(f"plan_texts/{key}", text)
    return out


def effects(path: str, old: Any, new: Any) -> Iterator[tuple[str, Any, Any]]:
    """The leaves a history row changed, each as (leaf, old, new); a whole record row touches every cell."""
    parts = path.split("/")
    head = parts[0]
    if head == "registers" and len(parts) == 3:
        o, n = old or {}, new or {}
        yield path, (True if old is not None else None), (True if new is not None else None)
        for col in sorted((set(o) | set(n)) - {"id"}):
            yield f"{path}/{col}", norm(o.get(col)), norm(n.get(col))
    elif head == "meta":
        if len(parts) == 2 and parts[1] in MERGED_META:
            yield path, norm(old), norm(new)
    elif head in ("registers", "indicators", "evidence", "attestations", "plan_texts"):
        yield path, norm(old), norm(new)


def copies_of_one_dossier(summaries: list[Any]) -> list[list[Any]]:
    """Workspace entries (``DossierSummary``) that are copies of one dossier (same id), newest edit first."""
    groups: dict[str, list[Any]] = {}
    for entry in summaries:
        if getattr(entry, "dossier_id", "") and not getattr(entry, "problem", ""):
            groups.setdefault(entry.dossier_id, []).append(entry)
    found = [sorted(group, key=lambda e: e.updated_at, reverse=True) for group in groups.values() if len(group) > 1]
    return sorted(found, key=lambda group: group[0].updated_at, reverse=True)
