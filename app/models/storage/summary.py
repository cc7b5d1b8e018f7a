"""Reading a dossier file without opening it for editing: the whole dossier, or just its summary.

``read_dossier`` serves ``pilotzone check`` and previews.  ``read_summary``
serves the workspace list and must stay fast whatever the attachments
weigh: it reads the ``summary`` row (refreshed by the autosave lane when
editing pauses) and, when that row is missing or stale (after a crash, or in
a version-1 file), recomputes it from the small dossier tables — never
touching ``blob_chunks``.  Both open the file ``mode=ro``: they never write,
never migrate and never take the lock.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from app import __version__
from app.models.dossier import Dossier
from app.models.storage.locking import LockInfo, read_lock
from app.models.storage.migrations import check_header, connect, identify
from app.models.storage.errors import DossierFileError, translate
from app.models.storage.rows import load_dossier


@dataclass
class DossierSummary:
    path: Path
    dossier_id: str = ""
    name: str = ""
    cities: list[str] = field(default_factory=list)
    stage: str = "draft"            # a stage of app.models.lifecycle (draft … approved … revoked)
    revision: int = 1
    passed: int = 0                 # starred conditions passed …
    conditions: int = 6             # … out of
    completeness: float = 0.0       # 0..1, 完成度 (not a score)
    updated_at: str = ""
    schema_version: int = 0
    locked_by: LockInfo | None = None
    problem: str = ""               # Chinese; set when the file cannot be read
    pilot: dict[str, Any] = field(default_factory=dict)   # the pilot years' facts (app.models.pilot_status.Facts)

    @property
    def passed_text(self) -> str:
        return f"{self.passed}/{self.conditions}"

    @property
    def facts(self) -> Any:
        """Where the dossier stands after 报送 (``pilot_status.Facts``): stage words, next due item, ratings."""
        from app.models.pilot_status import Facts

        return Facts.from_json(self.stage, self.pilot)


def open_read_only(path: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection and the schema version; falls back to immutable mode on read-only media."""
    path = Path(path)
    if not path.exists():
        raise DossierFileError(f"找不到文件：{path}", path=path)
    try:
        check_header(path)
    except OSError as exc:
        raise translate(exc, path) from None
    conn = None
    try:
        try:
            conn = connect(path, read_only=True)
            version = identify(conn, path)
        except sqlite3.OperationalError:
            # A WAL file without its -shm on a medium we cannot write: read the main file as it is.
            if conn is not None:
                conn.close()
            conn = connect(path, read_only=True, immutable=True)
            version = identify(conn, path)
        return conn, version
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise translate(exc, path) from None
    except BaseException:
        if conn is not None:
            conn.close()
        raise


@contextmanager
def reading(path: Path | str) -> Iterator[tuple[sqlite3.Connection, int]]:
    """A read-only connection and schema version; damaged content surfaces as the file's Chinese errors."""
    conn, version = open_read_only(Path(path))
    try:
        yield conn, version
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise translate(sqlite3.DatabaseError(f"malformed content: {exc}"), path) from None
    finally:
        conn.close()


def read_dossier(path: Path | str) -> Dossier:
    """The dossier in a ``.pzd`` file, read-only (the file is not changed, even if it is an older version)."""
    with reading(path) as (conn, _version):
        return load_dossier(conn)[0]


def compute_summary(conn: sqlite3.Connection) -> dict[str, Any]:
    """The summary of the dossier as stored (reads the small tables only)."""
    from app.models.assessment import evaluate
    from app.models.catalogue import CatalogueError, load_catalogue

    dossier, extra = load_dossier(conn)
    try:
        result = evaluate(dossier, load_catalogue(dossier.catalogue_edition))
        passed, conditions, completeness = result.passed_count, len(result.conditions), float(result.overall_completeness)
    except CatalogueError:
        passed, conditions, completeness = 0, 6, 0.0
    from app.models.pilot_status import facts

    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM history").fetchone()[0]
    return {"id": 1, "dossier_id": dossier.id, "name": dossier.display_name(),
            "cities": json.dumps(dossier.city_names(), ensure_ascii=False), "stage": dossier.stage,
            "revision": int(dossier.revision), "passed": passed, "conditions": conditions,
            "completeness": completeness, "updated_at": dossier.updated_at, "history_seq": seq, "program": __version__,
            "pilot": json.dumps(facts(dossier).to_json(), ensure_ascii=False)}


def write_summary(conn: sqlite3.Connection) -> None:
    """Refresh the summary row (writer lane, when editing pauses, and on create)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = compute_summary(conn)
        cols = ", ".join(row)
        conn.execute(f"INSERT OR REPLACE INTO summary({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _stored_summary(conn: sqlite3.Connection, version: int) -> dict[str, Any] | None:
    if version < 2:
        return None     # no summary row (version 2's has no pilot facts: it has no pilot years either)
    cur = conn.execute("SELECT * FROM summary WHERE id = 1")
    row = cur.fetchone()
    if row is None:
        return None
    data = dict(zip([c[0] for c in cur.description], row))
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM history").fetchone()[0]
    if data["history_seq"] != seq or data["program"] != __version__:
        return None     # edited since (or by another program version): recompute
    return data


def read_summary(path: Path | str) -> DossierSummary:
    """What the workspace list shows for one file; fast, read-only, never reads attachment bytes."""
    path = Path(path)
    with reading(path) as (conn, version):
        data = _stored_summary(conn, version) or compute_summary(conn)
    return DossierSummary(path=path, dossier_id=data["dossier_id"], name=data["name"], cities=json.loads(data["cities"]),
                          stage=data["stage"], revision=data["revision"], passed=data["passed"],
                          conditions=data["conditions"], completeness=data["completeness"],
                          updated_at=data["updated_at"], schema_version=version, locked_by=read_lock(path),
                          pilot=json.loads(data.get("pilot") or "{}"))
