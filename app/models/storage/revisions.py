"""Draft, finalised, submitted: frozen versions of a dossier and what changed since.

Finalising (``app.models.lifecycle``) records, in the ``versions`` table, the
canonical exchange JSON of the dossier (a frozen snapshot) and its SHA-256 —
the *content hash* printed on the submission.  This module reads them back;
``diff`` lists what changed between the frozen snapshot and now.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any



@dataclass(frozen=True)
class Version:
    revision: int
    finalised_at: str
    author: str
    note: str
    content_hash: str
    submitted_at: str


def versions(conn: sqlite3.Connection) -> list[Version]:
    return [Version(*row) for row in conn.execute(
        "SELECT revision, finalised_at, author, note, content_hash, COALESCE(submitted_at, '') "
        "FROM versions ORDER BY revision")]


def last_snapshot(conn: sqlite3.Connection) -> tuple[Version, dict[str, Any]] | None:
    row = conn.execute("SELECT revision, finalised_at, author, note, content_hash, COALESCE(submitted_at, ''), "
                       "snapshot FROM versions ORDER BY revision DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return Version(*row[:6]), json.loads(row[6])


def flatten(data: dict[str, Any]) -> dict[str, Any]:
    """Exchange JSON as {history-style path: leaf value}, so two versions compare field by field."""
    out: dict[str, Any] = {}
    for key in ("title", "applicant", "contact", "catalogue_edition"):
        out[f"meta/{key}"] = data.get(key)
    for reg, rows in data.get("registers", {}).items():
        for row in rows:
            for col, value in row.items():
                if col != "id":
                    out[f"registers/{reg}/{row['id']}/{col}"] = value
    for ind, body in data.get("indicators", {}).items():
        for fid, fv in body.get("fields", {}).items():
            out[f"indicators/{ind}/fields/{fid}"] = fv
        if body.get("narrative"):
            out[f"indicators/{ind}/narrative"] = body["narrative"]
        for tid, values in body.get("targets", {}).items():
            for year, value in enumerate(values, start=1):
                if value not in (None, ""):
                    out[f"indicators/{ind}/targets/{tid}/{year}"] = value
    for item in data.get("evidence", []):
        out[f"evidence/{item['id']}"] = {k: v for k, v in item.items() if k != "added_at"}
    for key, body in data.get("attestations", {}).items():
        out[f"attestations/{key}"] = body
    for key, text in data.get("plan_texts", {}).items():
        if text:
            out[f"plan_texts/{key}"] = text
    return out


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """(path, old, new) for every leaf that differs (order of records is not compared)."""
    a, b = flatten(old), flatten(new)
    return [(path, a.get(path), b.get(path)) for path in sorted(set(a) | set(b)) if a.get(path) != b.get(path)]
