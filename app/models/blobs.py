"""Attachment bytes inside the dossier file, streamed in chunks so memory stays flat.

A file of any size (a 5 GB video included) is read 1 MiB at a time, hashed
as it goes and written as rows of ``blob_chunks`` under a fresh integer blob
id, committing every few chunks so the autosave lane can interleave its
small transactions.  When the hash is known the blob is published in
``blobs`` (sha256 → blob id); if that content was already stored, the new
chunks are dropped instead (deduplication).  A crash mid-import leaves only
unpublished chunks, which the next writable open deletes.

Reading goes chunk by chunk too; the size and SHA-256 are verified, so a
missing or damaged chunk is reported naming the attachment, while every
other attachment stays readable.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
from pathlib import Path
from typing import BinaryIO, Callable

from app.models.dossier import now_iso
from app.models.migrations import connect
from app.models.storage_errors import ImportCancelled, MissingAttachment, translate

CHUNK_SIZE = 1 << 20
# Chunks are committed every 64 MiB without fsync (synchronous=NORMAL): they are unreachable until the
# blob row is committed, and the evidence row that references the blob is committed by the autosave lane
# with synchronous=FULL, whose fsync of the write-ahead log covers every frame written before it.  A crash
# in between leaves only orphan chunks, which are dropped the next time the file is opened.
CHUNKS_PER_COMMIT = 64

Progress = Callable[[int, int], None]      # (bytes done, bytes total)
Cancel = Callable[[], bool]


def store_file(db_path: Path, src: Path | str, *, progress: Progress | None = None,
               cancel: Cancel | None = None) -> tuple[str, int]:
    """Stream the file ``src`` into the dossier file; returns (sha256, size). Safe on any worker thread."""
    src = Path(src)
    try:
        fh = open(src, "rb")
    except OSError as exc:
        raise MissingAttachment(f"无法读取要添加的文件“{src.name}”：{exc.strerror or exc}", path=src) from None
    with fh:
        return store_stream(db_path, fh, total=os.fstat(fh.fileno()).st_size, name=src.name,
                            progress=progress, cancel=cancel)


def store_stream(db_path: Path, fh: BinaryIO, *, total: int, name: str, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> tuple[str, int]:
    """Stream any readable binary object into the dossier file in chunks; returns (sha256, size)."""
    conn = connect(db_path)
    conn.execute("PRAGMA synchronous = NORMAL")   # see CHUNKS_PER_COMMIT
    blob_id = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        blob_id = conn.execute("SELECT COALESCE(MAX(blob_id), 0) + 1 FROM "
                               "(SELECT blob_id FROM blob_chunks UNION ALL SELECT blob_id FROM blobs)").fetchone()[0]
        # Claim the id at once with an empty first row so a concurrent import picks another.
        conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, 0, ?)", (blob_id, b""))
        conn.execute("COMMIT")
        digest, size, seq = hashlib.sha256(), 0, 0
        conn.execute("BEGIN IMMEDIATE")
        while True:
            if cancel is not None and cancel():
                conn.execute("ROLLBACK")
                raise ImportCancelled(f"已取消添加“{name}”。")
            buf = fh.read(CHUNK_SIZE)
            if not buf:
                break
            digest.update(buf)
            conn.execute("INSERT OR REPLACE INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)",
                         (blob_id, seq, buf))
            size += len(buf)
            seq += 1
            if seq % CHUNKS_PER_COMMIT == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
            if progress is not None:
                progress(size, total)
            del buf
        sha = digest.hexdigest()
        if conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone():
            conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (blob_id,))
        else:
            conn.execute("INSERT INTO blobs(sha256, blob_id, size, chunk_size, chunks, added_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (sha, blob_id, size, CHUNK_SIZE, seq, now_iso()))
        conn.execute("COMMIT")
        return sha, size
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if blob_id is not None:
            _drop_unpublished(conn, blob_id)
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, db_path, writing=True) from None
        if isinstance(exc, OSError):
            raise MissingAttachment(f"读取要添加的文件“{name}”时出错：{exc.strerror or exc}") from None
        raise
    finally:
        conn.close()


def _drop_unpublished(conn: sqlite3.Connection, blob_id: int) -> None:
    try:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ? AND NOT EXISTS "
                     "(SELECT 1 FROM blobs WHERE blobs.blob_id = ?)", (blob_id, blob_id))
    except sqlite3.Error:
        pass   # left for the next open's clean-up


def drop_orphan_chunks(conn: sqlite3.Connection) -> None:
    """Delete chunks of imports that never finished (a crash mid-import). Writable open only."""
    conn.execute("DELETE FROM blob_chunks WHERE blob_id NOT IN (SELECT blob_id FROM blobs)")


def has_blob(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None


class BlobReader(io.RawIOBase):
    """A read-only stream over one attachment; verifies size and SHA-256 when it reaches the end."""

    def __init__(self, db_path: Path, sha256: str, *, label: str = "", read_only: bool = True) -> None:
        super().__init__()
        self._path, self.sha256 = db_path, sha256
        self.label = label or sha256[:12]
        self._conn = connect(db_path, read_only=read_only)
        try:
            row = self._conn.execute("SELECT blob_id, size, chunks FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._damaged(exc) from None
        if row is None:
            self._conn.close()
            raise MissingAttachment(f"附件“{self.label}”的内容不在申报文件中（可能导入时中断或文件来自不完整的导出）。",
                                    path=db_path, sha256=sha256)
        self._blob_id, self.size, self._chunks = row
        self._seq, self._buf, self._pos, self._done = 0, b"", 0, 0
        self._digest = hashlib.sha256()

    def _damaged(self, exc: BaseException | None = None) -> MissingAttachment:
        why = f"（{exc}）" if exc else ""
        return MissingAttachment(f"附件“{self.label}”已损坏或缺少部分内容{why}，无法完整读取；其他附件不受影响。",
                                 path=self._path, sha256=self.sha256)

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= len(self._buf):
            if self._seq >= self._chunks:
                self._finish()
                return 0
            try:
                row = self._conn.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?",
                                         (self._blob_id, self._seq)).fetchone()
            except sqlite3.Error as exc:
                raise self._damaged(exc) from None
            if row is None or not row[0]:
                raise self._damaged()
            self._buf, self._pos = row[0], 0
            self._seq += 1
            self._digest.update(self._buf)
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos:self._pos + n]
        self._pos += n
        self._done += n
        return n

    def _finish(self) -> None:
        if self._done != self.size or self._digest.hexdigest() != self.sha256:
            raise self._damaged()

    def close(self) -> None:
        if not self.closed:
            self._conn.close()
        super().close()


def copy_stream(reader: BinaryIO, dest: BinaryIO) -> None:
    while True:
        buf = reader.read(CHUNK_SIZE)
        if not buf:
            return
        dest.write(buf)


def extract(db_path: Path, sha256: str, dest: Path | str, *, label: str = "", read_only: bool = True) -> None:
    """Write one attachment to ``dest`` byte-identical (verified), or leave no file at all."""
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        with BlobReader(db_path, sha256, label=label, read_only=read_only) as reader, open(tmp, "wb") as out:
            copy_stream(reader, out)   # type: ignore[arg-type]
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise translate(exc, dest, writing=True) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def referenced_hashes(conn: sqlite3.Connection) -> set[str]:
    """Hashes the dossier still needs: current evidence and every finalised version's snapshot."""
    import json

    refs = {sha for (sha,) in conn.execute("SELECT sha256 FROM evidence")}
    for (snapshot,) in conn.execute("SELECT snapshot FROM versions"):
        refs.update(e["sha256"] for e in json.loads(snapshot).get("evidence", []))
    return refs


def vacuum_unreferenced(conn: sqlite3.Connection) -> int:
    """Delete attachments no evidence item or finalised version refers to; returns how many."""
    keep = referenced_hashes(conn)
    gone = [(sha, bid) for sha, bid in conn.execute("SELECT sha256, blob_id FROM blobs") if sha not in keep]
    conn.execute("BEGIN IMMEDIATE")
    for sha, bid in gone:
        conn.execute("DELETE FROM blob_chunks WHERE blob_id = ?", (bid,))
        conn.execute("DELETE FROM blobs WHERE sha256 = ?", (sha,))
    conn.execute("COMMIT")
    return len(gone)
