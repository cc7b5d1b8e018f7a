"""Building a complete dossier file in one go: for ``create``, ``save_copy_as``, templates and merges.

The file is written under a temporary name beside the target — schema, every
row, the history and finalised versions (copied from a file, or given as
``Logs``), the attachments (verified against their recorded SHA-256), the
summary — and only then renamed into place, so a failure (a bad evidence
file, a full disk) leaves nothing half-made behind.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

from app.models.storage import blobs
from app.models.dossier import Dossier
from app.models.storage.migrations import connect, create_schema
from app.models.storage.errors import DossierFileError, MissingAttachment, translate
from app.models.storage.rows import RowSnapshotter, execute_writes
from app.models.storage.summary import write_summary


HISTORY_COLUMNS = "at, author, path, old, new, how, revision, description"
VERSION_COLUMNS = "revision, finalised_at, author, note, content_hash, snapshot, submitted_at"


@dataclass
class Logs:
    """History rows and finalised versions for a new file, as stored (JSON texts), and its revision number.

    ``history``: tuples in ``HISTORY_COLUMNS`` order (numbered 1, 2, … in this order);
    ``versions``: tuples in ``VERSION_COLUMNS`` order.
    """

    history: Sequence[tuple[Any, ...]]
    versions: Sequence[tuple[Any, ...]]
    revision: int

    def version_hashes(self) -> set[str]:
        """The attachments the finalised versions refer to (kept like current evidence)."""
        import json

        return {e["sha256"] for v in self.versions for e in json.loads(v[5]).get("evidence", [])}


def build_file(path: Path, dossier: Dossier, *, attachments: Mapping[str, Path] | None = None,
               copy_from: Path | None = None, logs: Logs | None = None,
               blob_sources: Sequence[Path] = ()) -> set[str]:
    """Create a complete file under a temporary name, then move it into place (atomic on one volume).

    Attachments are read from ``attachments`` (sha256 → file) or copied from ``copy_from`` and then
    ``blob_sources``, the first file that holds each; returns the hashes none of them held.
    """
    missing: set[str] = set()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    tmp.unlink(missing_ok=True)
    try:
        conn = connect(tmp)
        try:
            create_schema(conn)
            conn.execute("BEGIN")
            execute_writes(conn, RowSnapshotter(dossier).all_writes())
            if copy_from is not None:
                _copy_history(conn, copy_from)
            if logs is not None:
                conn.executemany(f"INSERT INTO history({HISTORY_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)", logs.history)
                conn.executemany(f"INSERT INTO versions({VERSION_COLUMNS}) VALUES (?,?,?,?,?,?,?)", logs.versions)
                conn.execute("UPDATE meta SET value = ? WHERE key = 'revision'", (str(logs.revision),))
            conn.execute("COMMIT")
        finally:
            conn.close()
        with blobs.BlobWriter(tmp) as writer:
            for sha, src in (attachments or {}).items():
                got, _size = writer.store_file(src)
                if got != sha:
                    raise DossierFileError(f"证明材料文件“{Path(src).name}”的内容与记录的 SHA-256 不符"
                                           f"（应为 {sha[:12]}…，实际 {got[:12]}…）。", path=src)
            sources = ([copy_from] if copy_from is not None else []) + list(blob_sources)
            wanted = {e.sha256 for e in dossier.evidence} | (logs.version_hashes() if logs else set())
            for sha in sorted(wanted - set(attachments or ()) if sources else ()):
                missing.add(sha)
                for source in sources:
                    try:
                        with blobs.BlobReader(source, sha) as reader:
                            writer.store_stream(reader, total=reader.size, name=sha)  # type: ignore[arg-type]
                    except MissingAttachment:
                        continue   # not stored (or damaged) here: the next source may have it
                    missing.discard(sha)
                    break
        conn = connect(tmp)
        try:
            write_summary(conn)
        finally:
            conn.close()
        os.replace(tmp, path)
        return missing
    except sqlite3.Error as exc:
        raise translate(exc, path, writing=True) from None
    except OSError as exc:
        raise translate(exc, path, writing=True) from None
    finally:
        tmp.unlink(missing_ok=True)
        for side in ("-journal", "-wal", "-shm"):
            Path(str(tmp) + side).unlink(missing_ok=True)


def _copy_history(conn: sqlite3.Connection, src: Path) -> None:
    """Committed history, versions and revision number of ``src`` (best effort: a damaged source gives less)."""
    cols = "seq, at, author, path, old, new, how, revision, description"
    try:
        source = connect(src, read_only=True)
    except sqlite3.Error:
        return
    try:
        conn.executemany(f"INSERT INTO history({cols}) VALUES (?,?,?,?,?,?,?,?,?)",
                         source.execute(f"SELECT {cols} FROM history ORDER BY seq").fetchall())
        conn.executemany("INSERT INTO versions(revision, finalised_at, author, note, content_hash, snapshot, "
                         "submitted_at) VALUES (?,?,?,?,?,?,?)",
                         source.execute("SELECT revision, finalised_at, author, note, content_hash, snapshot, "
                                        "submitted_at FROM versions").fetchall())
        row = source.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        if row is not None:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'revision'", row)
    except sqlite3.Error:
        pass
    finally:
        source.close()
