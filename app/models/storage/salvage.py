"""Salvage: copy what can still be read from a damaged dossier file into a new one.

Offered when opening fails with ``CorruptDossierFile`` (a truncated copy, a
damaged page).  A write-ahead log left beside the file by a crash is read too
(applied to a private copy).  Every table is read row by row by rowid, so one bad page
costs only the rows on it; each attachment is copied only if every chunk
reads back and the SHA-256 matches.  The damaged file is never modified;
the report says what was recovered and what was lost, in Chinese.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.models.storage.migrations import SCHEMA_VERSION, connect, create_schema, has_log, log_path
from app.models.storage.errors import DossierFileError
from app.models.storage.rows import row_loads

_log = logging.getLogger(__name__)

# Tables copied row by row (blob tables are handled per attachment).
_TABLES = ("meta", "registers", "records", "indicators", "attestations", "plan_texts", "evidence", "history",
           "versions", "pilot")


@dataclass
class SalvageReport:
    dest: Path
    rows: dict[str, int] = field(default_factory=dict)       # table → rows recovered
    lost_rows: dict[str, int] = field(default_factory=dict)  # table → rows unreadable (best estimate)
    attachments: int = 0
    lost_attachments: list[str] = field(default_factory=list)

    def describe(self) -> str:
        lost = sum(self.lost_rows.values())
        text = (f"已恢复出 {sum(self.rows.values())} 条记录、{self.attachments} 个附件，保存为“{self.dest.name}”。")
        if lost or self.lost_attachments:
            text += f"无法读取 {lost} 条记录、{len(self.lost_attachments)} 个附件，请核对后补录。"
        return text


def _rowids(src: sqlite3.Connection, table: str) -> list[int]:
    try:
        return [r[0] for r in src.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
    except sqlite3.DatabaseError:
        # The table b-tree itself is damaged: probe a generous range one row at a time.
        return list(range(1, 100_000))


def salvage(src_path: Path | str, dest_path: Path | str) -> SalvageReport:
    src_path, dest_path = Path(src_path), Path(dest_path)
    if dest_path.exists():
        raise DossierFileError(f"文件“{dest_path.name}”已存在。", path=dest_path)
    with tempfile.TemporaryDirectory(dir=dest_path.parent, prefix=".salvage-") as scratch:
        readable = _readable_copy(src_path, Path(scratch))
        try:
            src = sqlite3.connect(f"{readable.resolve().as_uri()}?mode=ro", uri=True)
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            _log.info("salvage %s: %s", src_path, exc)        # SQLite's English reason: for the log, not the user
            raise DossierFileError(f"“{src_path.name}”损坏严重，连文件的结构也无法读取，没有可以恢复的内容。"
                                   "请找回原来的文件（例如重新复制或下载）。", path=src_path) from None
        try:
            return _salvage(src, dest_path)
        finally:
            src.close()


def _readable_copy(src_path: Path, scratch: Path) -> Path:
    """What salvage reads: the file itself, or — when a write-ahead log beside it holds committed pages, or the
    file was cut short — a private copy with the log applied and zero-filled to its recorded length, so every
    page that did arrive is readable.  The damaged file and its log are never modified."""
    if not has_log(src_path) and _expected_size(src_path) <= src_path.stat().st_size:
        return src_path
    copy = scratch / src_path.name
    shutil.copyfile(src_path, copy)
    if has_log(src_path):
        shutil.copyfile(log_path(src_path), log_path(copy))
        try:
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")     # the log's committed pages into the copy
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass                                     # a damaged log: read what the main file has
    expected = _expected_size(copy)
    if expected > copy.stat().st_size:
        with open(copy, "r+b") as fh:
            fh.truncate(expected)
    return copy


def _expected_size(path: Path) -> int:
    with open(path, "rb") as fh:
        header = fh.read(100)
    if len(header) < 100:
        return 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    return int.from_bytes(header[28:32], "big") * page_size


def _salvage(src: sqlite3.Connection, dest_path: Path) -> SalvageReport:
    report = SalvageReport(dest=dest_path)
    dest = connect(dest_path)
    try:
        dest.execute("PRAGMA journal_mode = DELETE")
        create_schema(dest, SCHEMA_VERSION)
        dest.execute("BEGIN")
        for table in _TABLES:
            cols = [r[1] for r in dest.execute(f"PRAGMA table_info({table})")]
            try:
                src_cols = {r[1] for r in src.execute(f"PRAGMA table_info({table})")}
            except sqlite3.DatabaseError:
                src_cols = set()
            use = [c for c in cols if c in src_cols]
            ok = bad = 0
            if use:
                ids = _rowids(src, table)
                probing = len(ids) == 99_999
                misses = 0
                for rowid in ids:
                    try:
                        row = src.execute(f"SELECT {', '.join(use)} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
                    except sqlite3.DatabaseError:
                        row, bad, misses = None, bad + 1, misses + 1
                    else:
                        misses = misses + 1 if row is None else 0
                    if probing and misses > 500:
                        bad = max(0, bad - misses)      # trailing failures were past the end of the table
                        break
                    if row is None:
                        continue
                    if not row_loads(table, dict(zip(use, row))):
                        bad += 1                        # readable bytes, but not a row the dossier can use
                        continue
                    dest.execute(f"INSERT OR IGNORE INTO {table}({', '.join(use)}) VALUES ({', '.join('?' * len(use))})",
                                 row)
                    ok += 1
            report.rows[table], report.lost_rows[table] = ok, bad
        dest.execute("COMMIT")
        _salvage_blobs(src, dest, report)
        from app.models.storage.summary import write_summary
        try:
            write_summary(dest)
        except Exception:   # incomplete meta: the summary is recomputed when the user fixes it
            pass
    finally:
        dest.close()
    return report


def _salvage_blobs(src: sqlite3.Connection, dest: sqlite3.Connection, report: SalvageReport) -> None:
    import hashlib

    try:
        blobs = src.execute("SELECT sha256, blob_id, size, chunk_size, chunks, added_at FROM blobs").fetchall()
    except sqlite3.DatabaseError:
        blobs = []
    wanted = {r[0] for r in dest.execute("SELECT sha256 FROM evidence")}
    for sha, blob_id, size, chunk_size, chunks, added_at in blobs:
        digest, total = hashlib.sha256(), 0
        dest.execute("BEGIN")
        try:
            for seq in range(chunks):
                row = src.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?", (blob_id, seq)).fetchone()
                if row is None:
                    raise sqlite3.DatabaseError("missing chunk")
                digest.update(row[0])
                total += len(row[0])
                dest.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)", (blob_id, seq, row[0]))
            if digest.hexdigest() != sha or total != size:
                raise sqlite3.DatabaseError("hash mismatch")
            dest.execute("INSERT INTO blobs VALUES (?, ?, ?, ?, ?, ?)", (sha, blob_id, size, chunk_size, chunks, added_at))
            dest.execute("COMMIT")
            report.attachments += 1
        except sqlite3.DatabaseError:
            dest.execute("ROLLBACK")
            if sha in wanted:
                report.lost_attachments.append(sha)
    for (sha,) in dest.execute("SELECT DISTINCT sha256 FROM evidence WHERE sha256 NOT IN (SELECT sha256 FROM blobs)"):
        if sha not in report.lost_attachments:
            report.lost_attachments.append(sha)
