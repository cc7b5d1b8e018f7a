"""Draft, finalised, submitted: frozen versions of a dossier and what changed since.

Finalising records, in the ``versions`` table, the canonical exchange JSON of
the dossier (a frozen snapshot) and its SHA-256 — the *content hash* printed
on the submission.  The canonical form is ``dossier_to_json`` without the
volatile ``stage`` and ``updated_at``, keys sorted, no whitespace; evidence
appears by SHA-256, so the hash covers attachment contents too.  The next
edit after finalising starts revision n + 1 (stage back to draft);
``diff`` lists what changed between the frozen snapshot and now.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.models.dossier import Dossier
from app.models.exchange import dossier_to_json

VOLATILE_KEYS = ("stage", "updated_at")


@dataclass(frozen=True)
class Version:
    revision: int
    finalised_at: str
    author: str
    note: str
    content_hash: str
    submitted_at: str


def canonical_json(dossier: Dossier) -> str:
    data = dossier_to_json(dossier)
    for key in VOLATILE_KEYS:
        data.pop(key, None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(dossier: Dossier) -> str:
    return hashlib.sha256(canonical_json(dossier).encode("utf-8")).hexdigest()


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
