"""The dossier file (``.pzd``): one portable SQLite file per dossier, saved as you type.

``DossierFile`` is what the app and the CLI hold while a dossier is open.  It
loads the dossier, takes the one-writer lock, migrates an older file (after
a backup), and — once attached to a ``DossierSession`` — persists every
change on the autosave lane (``storage_writer``) together with its history
row.  Attachments stream in and out in chunks (``blobs``).  Finalising
freezes a version (``revisions``).  The file layout, guarantees and error
messages are documented in ``docs/dossier-file.md``.

Threading: the session listener runs on the editing (UI) thread and only
snapshots rows; all database writes of edits happen on the autosave thread;
attachment imports run on the caller's (worker) thread with their own
connection; reads use short-lived read-only connections.
"""

from __future__ import annotations

import copy
import json
import mimetypes
import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Mapping

from app.models.storage import blobs, history, revisions  # submodules
from app.models.dossier import Dossier, EvidenceItem, new_id, now_iso
from app.models.edit_words import description
from app.models.storage.locking import HEARTBEAT_SECONDS, FileLock
from app.models.storage.migrations import DATA_TABLES, check_header, connect, identify, upgrade
from app.progress import Progress
from app.models.lifecycle import STAGE_HOWS, canonical_json
from app.models.operations import AddEvidence, Change, DossierSession
from app.models.storage.errors import DossierFileError, ReadOnlyMedium, StorageWriteError, translate
from app.models.storage.rows import RowSnapshotter, Write, load_dossier, meta_write
from app.models.storage.build import build_file
from app.models.storage.summary import write_summary
from app.models.storage.autosave import AutosaveWriter, ErrorCallback, StatusCallback

SUFFIX = ".pzd"
EDIT_HOWS = ("do", "undo", "redo")
_SUMMARY_DIRTY = Write(("summary-dirty",), [("UPDATE summary SET history_seq = -1", ())])
# Reads only the (blob_id, seq) index; blobs.drop_orphan_chunks' DELETE reads every chunk row's page, which
# for gigabytes of evidence is most of the opening time, so it runs only when there is something to drop.
ORPHAN_CHUNKS_PROBE = "SELECT 1 FROM blob_chunks WHERE blob_id NOT IN (SELECT blob_id FROM blobs) LIMIT 1"


def medium_writable(path: Path) -> bool:
    """Can we write the file and create files beside it (journal, lock)? A real probe, not permission bits."""
    if not os.access(path, os.W_OK):
        return False
    try:
        fd, probe = tempfile.mkstemp(prefix=".pzd-probe-", dir=path.parent)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def default_author() -> str:
    from app.models.storage.locking import _os_user
    return _os_user()


# Every table is checked when a file is opened for editing.  History and finalised versions are logs that only
# grow (a dossier edited for months holds tens of thousands of history rows; integrity_check of 50,000 takes
# ~32 ms at every open): their pages and b-trees get quick_check (~3× faster), which skips only the
# cross-check of each index entry against its row.  The dossier's own tables get the full check.  Even so the
# logs' check reads every page of them (48 MiB after 40,000 edits: 24 ms warm, 120 ms from a cold cache here,
# far more from a laptop's hard disk), so the app opens with ``check_logs=False`` and runs ``check_logs()``
# in the background once the window is up; everything else opens with the check.
LOG_TABLES = ("history", "versions")


class DossierFile:
    """An open ``.pzd`` file. Use ``create`` / ``open``; always ``close`` (or use ``with``)."""

    def __init__(self, path: Path, dossier: Dossier, extra: dict[str, Any], *, read_only: bool, author: str,
                 lock: FileLock | None, schema_version: int, backup_path: Path | None,
                 on_status: StatusCallback | None, on_error: ErrorCallback | None) -> None:
        self.path, self.dossier, self.read_only, self.author = path, dossier, read_only, author or default_author()
        self.schema_version, self.backup_path = schema_version, backup_path
        self._lock = lock
        self._session: DossierSession | None = None
        self._snap = RowSnapshotter(dossier)
        self._closed = False
        self._blob_writer: blobs.BlobWriter | None = None   # opened by the first import, kept until close
        self._writer: AutosaveWriter | None = None
        if not read_only:
            self._writer = AutosaveWriter(path, on_status=on_status, on_error=on_error, on_idle=write_summary,
                                          on_heartbeat=lock.heartbeat if lock else None,
                                          heartbeat_seconds=HEARTBEAT_SECONDS)
            self._writer.start()

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, dossier: Dossier, *, author: str = "", overwrite: bool = False,
               attachments: Mapping[str, Path] | None = None, on_status: StatusCallback | None = None,
               on_error: ErrorCallback | None = None) -> "DossierFile":
        """Write a new file holding ``dossier`` (and the given sha256 → file attachments), then open it.

        The file is built under a temporary name and renamed into place, so a failure leaves nothing behind.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise DossierFileError(f"文件“{path.name}”已存在。", path=path)
        build_file(path, dossier, attachments=attachments)
        return cls.open(path, author=author, on_status=on_status, on_error=on_error)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, author: str = "", take_over: bool = False,
             on_status: StatusCallback | None = None, on_error: ErrorCallback | None = None,
             check_logs: bool = True) -> "DossierFile":
        """Open for editing (the default) or read-only. Raises a DossierFileError subclass with a Chinese message.

        With ``check_logs=False`` the history and versions tables are not checked here: call ``check_logs()``
        (any thread) soon after.
        """
        path = Path(path)
        if not path.exists():
            raise DossierFileError(f"找不到文件：{path}", path=path)
        if read_only:
            from app.models.storage.summary import reading
            with reading(path) as (conn, version):
                dossier, extra = load_dossier(conn)
            return cls(path, dossier, extra, read_only=True, author=author, lock=None, schema_version=version,
                       backup_path=None, on_status=None, on_error=None)
        check_header(path)
        if not medium_writable(path):
            raise ReadOnlyMedium(f"“{path.name}”位于只读位置（光盘、写保护的U盘或没有写入权限的文件夹），"
                                 "只能以只读方式打开；如需修改，请先复制到本机。", path=path)
        lock = FileLock.acquire(path, author=author, take_over=take_over)
        conn = None
        try:
            conn = connect(path)
            version = identify(conn, path)
            conn.execute("PRAGMA journal_mode = WAL")
            backup = upgrade(conn, path, version)
            for table in DATA_TABLES:
                if table in LOG_TABLES and not check_logs:
                    continue
                _check_table(conn, table)
            dossier, extra = load_dossier(conn)
            if conn.execute(ORPHAN_CHUNKS_PROBE).fetchone() is not None:   # an import cut short by a crash
                conn.execute("BEGIN IMMEDIATE")
                blobs.drop_orphan_chunks(conn)
                conn.execute("COMMIT")
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, (ValueError, TypeError, KeyError)):
                raise translate(sqlite3.DatabaseError(f"malformed content: {exc}"), path) from None
            if isinstance(exc, sqlite3.Error):
                raise translate(exc, path) from None
            raise
        conn.close()
        return cls(path, dossier, extra, read_only=False, author=author, lock=lock, schema_version=version,
                   backup_path=backup, on_status=on_status, on_error=on_error)

    def __enter__(self) -> "DossierFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- editing ---------------------------------------------------------------------------
    @property
    def session(self) -> DossierSession:
        """The attached session; one is created and attached on first use if the caller has none."""
        if self._session is None:
            self.attach_to(DossierSession(self.dossier))
        assert self._session is not None
        return self._session

    def attach_to(self, session: DossierSession) -> None:
        """Persist every change made through ``session`` (whose dossier must be ``self.dossier``)."""
        if self.read_only:
            raise ReadOnlyMedium(f"“{self.path.name}”以只读方式打开，修改不会被保存。", path=self.path)
        if session.dossier is not self.dossier:
            raise ValueError("session edits a different Dossier object")
        self.detach()
        session.listeners.append(self._on_change)
        self._session = session

    def detach(self) -> None:
        if self._session is not None and self._on_change in self._session.listeners:
            self._session.listeners.remove(self._on_change)
        self._session = None

    def _on_change(self, op: Any, changes: list[Change], how: str) -> None:
        """Persist one operation of the session: the rows it touched, its history entries, and — for a stage
        change (``app.models.lifecycle``) — the frozen version or the submission it records."""
        if self._closed or self._writer is None:
            return
        d, mono = self.dossier, time.monotonic()
        at = getattr(op, "at", "") or now_iso()
        writes: list[Write] = []
        if how in EDIT_HOWS:
            d.updated_at = at
        elif how == "finalise":
            v = op.version
            writes.append(Write(("version", str(v.revision)), [(
                "INSERT OR REPLACE INTO versions(revision, finalised_at, author, note, content_hash, snapshot, "
                "submitted_at) VALUES (?, ?, ?, ?, ?, ?, '')",
                (v.revision, v.finalised_at, self.author, v.note, v.content_hash, v.snapshot))]))
        elif how == "submit":
            writes.append(Write(("version-submitted", str(d.revision)), [(
                "UPDATE versions SET submitted_at = ? WHERE revision = ?", (at, d.revision))]))
        for change in changes:
            writes += self._snap.writes_for(change)
        writes += [meta_write("updated_at", d.updated_at), _SUMMARY_DIRTY]
        entries = [history.PendingEntry(at, mono, self.author, path, old, new, how, d.revision,
                                        str(getattr(op, "description", "") or ""))   # a phrase: its Chinese
                   for path, old, new in op.history()]
        self._writer.submit(writes, entries)
        if how in STAGE_HOWS:
            self._writer.flush()     # a stage change is durable before anyone acts on it (e.g. reports it)

    @property
    def revision(self) -> int:
        return self.dossier.revision

    @property
    def pending(self) -> int:
        """Entities and history rows not yet committed (0 when everything is on disk)."""
        return self._writer.pending if self._writer else 0

    @property
    def write_error(self) -> StorageWriteError | None:
        return self._writer.error if self._writer else None

    def set_callbacks(self, *, on_status: StatusCallback | None = None, on_error: ErrorCallback | None = None) -> None:
        """Status (saving/saved/error) and error callbacks; they run on the autosave thread."""
        if self._writer is not None:
            self._writer.on_status, self._writer.on_error = on_status, on_error

    def flush(self, timeout: float | None = 30.0) -> None:
        """Block until every edit so far is durable; StorageWriteError if it cannot be written."""
        if self._writer is not None:
            self._writer.flush(timeout)

    def close(self) -> None:
        """Write what is pending, leave a single self-contained file, release the lock."""
        if self._closed:
            return
        self._closed = True
        self.detach()
        if self._blob_writer is not None:
            self._blob_writer.close()   # waits for an import still running on a worker
        error = None
        if self._writer is not None:
            self._writer.stop()
            error = self._writer.error
            if error is None:
                try:
                    conn = connect(self.path)
                    try:
                        conn.execute("PRAGMA journal_mode = DELETE")   # no -wal/-shm beside the file at rest
                    finally:
                        conn.close()
                except sqlite3.Error:
                    pass   # a reader still has it open; SQLite checkpoints when the last one closes
        if self._lock is not None:
            self._lock.release()
        if error is not None:
            raise error

    # -- attachments ---------------------------------------------------------------------
    def import_attachment(self, src: Path | str, *, progress: Progress | None = None) -> tuple[str, int]:
        """Stream a file into this dossier file (any thread); (sha256, size). Deduplicated; not yet evidence."""
        self._require_writable()
        if self._blob_writer is None:
            self._blob_writer = blobs.BlobWriter(self.path)
        return self._blob_writer.store_file(src, progress=progress)

    def add_evidence_file(self, src: Path | str, *, title: str, indicators: Iterable[str], number: str = "",
                          media_type: str = "", progress: Progress | None = None) -> EvidenceItem:
        """Import a file and add it as evidence through the session (undoable). Call the two halves,
        ``import_attachment`` on a worker and ``AddEvidence`` on the UI thread, to keep the UI responsive."""
        src = Path(src)
        sha, size = self.import_attachment(src, progress=progress)
        item = EvidenceItem(id=new_id(), sha256=sha, filename=src.name, size=size, title=title or src.stem,
                            number=number, media_type=media_type or mimetypes.guess_type(src.name)[0]
                            or "application/octet-stream", indicators=list(indicators), added_at=now_iso())
        self.session.do(AddEvidence(len(self.dossier.evidence), item, description("add_evidence", title=item.title)))
        return item

    def _label(self, sha256: str) -> str:
        for e in self.dossier.evidence:
            if e.sha256 == sha256:
                return f"{e.number} {e.title}（{e.filename}）".strip() if e.number else f"{e.title}（{e.filename}）"
        return sha256[:12]

    def has_blob(self, sha256: str) -> bool:
        with self._reader() as conn:
            return blobs.has_blob(conn, sha256)

    def open_blob(self, sha256: str) -> blobs.BlobReader:
        """A file-like reader of one attachment, streamed in chunks and verified at the end."""
        return blobs.BlobReader(self.path, sha256, label=self._label(sha256))

    def extract_blob(self, sha256: str, dest: Path | str) -> Path:
        blobs.extract(self.path, sha256, dest, label=self._label(sha256))
        return Path(dest)

    def vacuum_unreferenced(self) -> int:
        """Drop attachments no longer used by any evidence item or finalised version (undo cannot bring them back)."""
        self._require_writable()
        self.flush()
        conn = connect(self.path)
        try:
            return blobs.vacuum_unreferenced(conn)
        except sqlite3.Error as exc:
            raise translate(exc, self.path, writing=True) from None
        finally:
            conn.close()

    # -- history and versions -----------------------------------------------------------
    def _reader(self) -> "_ReadConnection":
        if self._writer is not None and not self._closed:
            self.flush()
        return _ReadConnection(self.path)

    def history_for(self, path_prefix: str = "", *, limit: int | None = None,
                    before_seq: int | None = None) -> list[history.HistoryEntry]:
        with self._reader() as conn:
            return history.history_for(conn, path_prefix, limit=limit, before_seq=before_seq)

    def history_count(self, path_prefix: str = "") -> int:
        with self._reader() as conn:
            return history.history_count(conn, path_prefix)

    def export_history_csv(self, dest: Path | str) -> int:
        """The whole history as CSV, in the words of the history dialog; returns the row count."""
        from app.models.catalogue import load_catalogue

        catalogue = load_catalogue(self.dossier.catalogue_edition)
        with self._reader() as conn:
            return history.export_csv(conn, dest, catalogue, self.dossier)

    def check_logs(self) -> None:
        """The open-time check of the history and versions tables, on a connection of its own (any thread).

        Raises ``CorruptDossierFile`` (Chinese message, ``can_salvage``) when a page of theirs is damaged.
        """
        try:
            conn = connect(self.path, read_only=True)
            try:
                for table in LOG_TABLES:
                    _check_table(conn, table)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None

    def versions(self) -> list[revisions.Version]:
        with self._reader() as conn:
            return revisions.versions(conn)

    def changes_since_final(self) -> list[tuple[str, Any, Any]]:
        """(path, old, new) for everything that differs from the last finalised version ([] if none)."""
        with self._reader() as conn:
            last = revisions.last_snapshot(conn)
        if last is None:
            return []
        return revisions.diff(last[1], json.loads(canonical_json(self.dossier)))

    # -- maintenance ------------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Full ``PRAGMA integrity_check`` (reads every page: slow for big files); [] when healthy."""
        with self._reader() as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def save_copy_as(self, dest: Path | str) -> Path:
        """Write the in-memory dossier, its attachments and committed history to a new file (e.g. after disk full)."""
        dest = Path(dest)
        build_file(dest, copy.deepcopy(self.dossier), copy_from=self.path)
        return dest

    def _require_writable(self) -> None:
        if self.read_only or self._closed:
            raise ReadOnlyMedium(f"“{self.path.name}”以只读方式打开或已关闭，不能修改。", path=self.path)


def _check_table(conn: sqlite3.Connection, table: str) -> None:
    check = "quick_check" if table in LOG_TABLES else "integrity_check"
    problems = [r[0] for r in conn.execute(f"PRAGMA {check}({table})")]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError(f"database disk image is malformed: {problems[0]}")


class _ReadConnection:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.conn = connect(path, read_only=True)
        except sqlite3.Error as exc:
            raise translate(exc, path) from None

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.close()
