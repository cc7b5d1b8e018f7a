"""Schema versions of the dossier file and the forward migrations between them.

A ``.pzd`` file says what it is in its header: ``PRAGMA application_id`` is
always ``APPLICATION_ID`` (so another program's SQLite file is refused) and
``PRAGMA user_version`` is the schema version.  New files are created by
building schema version 1 and running every migration, so a fresh file and
a migrated old file are the same by construction.  Before an older file is
migrated it is copied to ``<name>.v<old>.bak.pzd`` beside it.

Shipped versions (fixtures in ``tests/fixtures/pzd/``):

* 1 — first release: dossier tables, attachments, history without ``how``.
* 2 — history gains ``how`` (do/undo/redo/…); a ``summary`` row for fast
  workspace listing.
* 3 — the pilot years after approval (``app.models.pilot``): a ``pilot``
  table (one row per entity: approval, frozen plan, amendments, annual
  reports, ratings, incidents, 复核, decisions) and the summary's ``pilot``
  facts (approval date, report states, ratings) for the workspace list.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # sqlite_utils pulls in numpy (~0.2 s): imported only when a file is created or migrated
    import sqlite_utils

from app.errors import os_reason
from app.files import check_regular_file
from app.models.storage.errors import NewerSchemaError, NotADossierFile, translate

APPLICATION_ID = 0x505A4453      # "PZDS"
SCHEMA_VERSION = 3
# New files use SQLite's largest page: attachments are most of a file's bytes, and each megabyte chunk then
# takes 16 overflow pages instead of 256, so importing and exporting make 16× fewer system calls (2 GiB of
# evidence imported in ~14 s instead of ~19 s on the benchmark machine).  An autosave commit writes a few
# 64 KiB pages to the write-ahead log, well within the autosave budget.  Files made with the old 4 KiB
# page keep it and stay fully usable.
PAGE_SIZE = 65536
SQLITE_MAGIC = b"SQLite format 3\x00"

# Tables holding the dossier itself (small); blob_chunks holds attachment bytes (large).
DATA_TABLES = ("meta", "registers", "records", "indicators", "attestations", "plan_texts", "evidence",
               "blobs", "history", "versions", "pilot")


def _create_v1(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("registers").create({"id": str, "position": int}, pk="id")
    db.table("records").create({"register": str, "id": str, "position": int, "data": str}, pk=("register", "id"))
    db.table("indicators").create({"id": str, "position": int, "data": str}, pk="id")
    db.table("attestations").create({"id": str, "position": int, "data": str}, pk="id")
    db.table("plan_texts").create({"key": str, "position": int, "text": str}, pk="key")
    db.table("evidence").create({"id": str, "position": int, "sha256": str, "filename": str, "size": int,
                                 "title": str, "number": str, "media_type": str, "indicators": str,
                                 "added_at": str}, pk="id")
    # Chunks are keyed by an integer blob id, not the hash: the hash is known only after streaming,
    # and re-keying megabyte rows would write them twice.
    db.table("blobs").create({"sha256": str, "blob_id": int, "size": int, "chunk_size": int, "chunks": int,
                              "added_at": str}, pk="sha256")
    db.table("blob_chunks").create({"blob_id": int, "seq": int, "data": bytes}, pk=("blob_id", "seq"))
    db.table("history").create({"seq": int, "at": str, "author": str, "path": str, "old": str, "new": str,
                                "revision": int, "description": str}, pk="seq")
    db.table("versions").create({"revision": int, "finalised_at": str, "author": str, "note": str,
                                 "content_hash": str, "snapshot": str, "submitted_at": str}, pk="revision")
    db.table("history").create_index(["path"], index_name="history_path")
    db.table("evidence").create_index(["sha256"], index_name="evidence_sha256")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _migrate_1_to_2(db: sqlite_utils.Database) -> None:
    db.table("history").add_column("how", str, not_null_default="do")
    db.table("summary").create({"id": int, "dossier_id": str, "name": str, "cities": str, "stage": str,
                                "revision": int, "passed": int, "conditions": int, "completeness": float,
                                "updated_at": str, "history_seq": int, "program": str}, pk="id")


def _migrate_2_to_3(db: sqlite_utils.Database) -> None:
    db.table("pilot").create({"key": str, "position": int, "data": str}, pk="key")
    db.table("summary").add_column("pilot", str, not_null_default="{}")


# MIGRATIONS[n] turns schema version n into n + 1.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3}


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Build an empty dossier file of the given schema version in one transaction."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")   # only takes effect on a new, empty file
    conn.execute("BEGIN")
    _create_v1(db)
    for v in range(1, version):
        MIGRATIONS[v](db)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("COMMIT")


def connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit). Read-only never writes the file."""
    if read_only:
        query = "immutable=1" if immutable else "mode=ro"
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{query}", uri=True, isolation_level=None,
                               check_same_thread=False, timeout=10)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA synchronous = FULL")
    return conn


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def log_path(path: Path) -> Path:
    """The write-ahead log SQLite keeps beside a file open in WAL mode (``NAME-wal``)."""
    return path.with_name(path.name + "-wal")


def has_log(path: Path) -> bool:
    """Is a non-empty write-ahead log beside the file (left by a crash, or the file is open elsewhere)?"""
    try:
        return log_path(path).stat().st_size > 0
    except OSError:
        return False


def check_header(path: Path) -> None:
    """Refuse non-SQLite and truncated files before SQLite sees them (cheap, reads 100 bytes)."""
    from app.models.storage.errors import CorruptDossierFile

    name = path.name
    try:
        size = check_regular_file(path).st_size
    except FileNotFoundError:
        raise
    except OSError as exc:      # a folder, a pipe or a device (opening or reading it may never return)
        raise NotADossierFile(f"“{name}”不是申报文件：{os_reason(exc)}。", path=path) from None
    if size == 0:
        raise NotADossierFile(f"“{name}”是空文件，不是申报文件。", path=path)
    header = read_header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise NotADossierFile(f"“{name}”不是申报文件（.pzd）：文件内容不是本程序保存的格式。", path=path)
    if len(header) < 100:
        raise CorruptDossierFile(f"“{name}”不完整（文件被截断），无法打开。", path=path)
    page_size = int.from_bytes(header[16:18], "big") or 0
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if pages and change_counter == valid_for and size < pages * page_size and not has_log(path):
        # A write-ahead log beside the file may complete it (a kill inside a checkpoint writes the header first);
        # SQLite reads the log, and the integrity check after opening judges the whole.
        raise CorruptDossierFile(
            f"“{name}”不完整（应有 {pages * page_size} 字节，实际只有 {size} 字节，可能复制或下载中断）。"
            "可以“恢复到新文件”：把能读取的内容另存为一个新文件，原文件不变。", path=path)


def identify(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of an open file; NotADossierFile / NewerSchemaError if it is not ours to read."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from None
    if app_id != APPLICATION_ID:
        raise NotADossierFile(f"“{path.name}”是其他程序的数据库文件，不是先导区申报文件。", path=path)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(f"“{path.name}”由更新版本的先导区申报助手保存（文件格式版本 {version}，"
                               f"本程序支持到 {SCHEMA_VERSION}），请升级程序后再打开。文件未被改动。",
                               path=path, version=version)
    if version < 1:
        raise NotADossierFile(f"“{path.name}”的格式版本无效，不是先导区申报文件。", path=path)
    return version


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def upgrade(conn: sqlite3.Connection, path: Path, version: int) -> Path | None:
    """Back the file up, then migrate it to SCHEMA_VERSION in one transaction. Returns the backup path."""
    if version == SCHEMA_VERSION:
        return None
    backup = backup_path(path, version)
    try:
        dest = sqlite3.connect(backup)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        import sqlite_utils

        db = sqlite_utils.Database(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for v in range(version, SCHEMA_VERSION):
                MIGRATIONS[v](db)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except (sqlite3.Error, OSError) as exc:
        raise translate(exc, path, writing=True) from None
    return backup
