"""Attachment bytes inside the dossier file, streamed in chunks so memory stays flat.

A file of any size (a 5 GB video included) is read 1 MiB at a time, hashed
as it goes (on a read-ahead thread for large files) and written as rows of
``blob_chunks`` under a fresh integer blob id, committing every few chunks so
the autosave lane can interleave its small transactions.  ``BlobWriter`` keeps
one connection for a run of imports.  When the hash is known the blob is published in
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
import queue
import sqlite3
import threading
from pathlib import Path
from typing import BinaryIO

from app.errors import os_reason
from app.files import atomic_write
from app.models.dossier import now_iso
from app.progress import Progress
from app.models.storage.migrations import connect
from app.models.storage.errors import ImportCancelled, MissingAttachment, translate

CHUNK_SIZE = 1 << 20
# Chunks are committed every 64 MiB without fsync (synchronous=NORMAL): they are unreachable until the
# blob row is committed, and the evidence row that references the blob is committed by the autosave lane
# with synchronous=FULL, whose fsync of the write-ahead log covers every frame written before it.  A crash
# in between leaves only orphan chunks, which are dropped the next time the file is opened.
CHUNKS_PER_COMMIT = 64
# Inputs at least this large are read and hashed on a second thread while the chunks are written.
PIPELINE_MIN_BYTES = 8 * CHUNK_SIZE



def store_file(db_path: Path, src: Path | str, *, progress: Progress | None = None) -> tuple[str, int]:
    """Stream the file ``src`` into the dossier file; returns (sha256, size). Safe on any worker thread."""
    with BlobWriter(db_path) as writer:
        return writer.store_file(src, progress=progress)


def store_stream(db_path: Path, fh: BinaryIO, *, total: int, name: str, progress: Progress | None = None) -> tuple[str, int]:
    """Stream any readable binary object into the dossier file in chunks; returns (sha256, size)."""
    with BlobWriter(db_path) as writer:
        return writer.store_stream(fh, total=total, name=name, progress=progress)


class _HashedChunks:
    """The chunks of ``fh`` with their running SHA-256.

    Large inputs are read and hashed on a second thread (``hashlib`` and file reads release the GIL), a few
    chunks ahead of the thread that writes them into SQLite, so hashing costs no wall time on a machine with
    two cores.  Small inputs are read inline: a thread would cost more than it saves.
    """

    AHEAD = 4

    def __init__(self, fh: BinaryIO, total: int) -> None:
        self.digest = hashlib.sha256()
        self._fh = fh
        self._stop = threading.Event()
        self._queue: queue.Queue[bytes | BaseException | None] | None = None
        if total >= PIPELINE_MIN_BYTES:
            self._queue = queue.Queue(self.AHEAD)
            self._thread = threading.Thread(target=self._read_ahead, name="blob-read-ahead", daemon=True)
            self._thread.start()

    def _read_ahead(self) -> None:
        assert self._queue is not None
        try:
            while not self._stop.is_set():
                buf = self._fh.read(CHUNK_SIZE)
                if not buf:
                    break
                self.digest.update(buf)
                self._put(buf)
            self._put(None)
        except BaseException as exc:   # handed to the writing thread, which raises it there
            self._put(exc)

    def _put(self, item: bytes | BaseException | None) -> None:
        assert self._queue is not None
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def next(self) -> bytes:
        """The next chunk; b"" at the end."""
        if self._queue is None:
            buf = self._fh.read(CHUNK_SIZE)
            self.digest.update(buf)
            return buf
        item = self._queue.get()
        if isinstance(item, BaseException):
            raise item
        return item or b""

    def close(self) -> None:
        if self._queue is not None:
            self._stop.set()
            self._thread.join()


class BlobWriter:
    """Streams attachments into one dossier file over one connection, one at a time (any worker thread).

    A dossier file keeps one open while it is open for editing, so a batch of imports pays for the
    connection once.  The blob id is claimed in the transaction that writes the first chunks: a
    concurrent import (another connection) waits for that transaction and then picks the next id.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path)
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def __enter__(self) -> "BlobWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = connect(self.path)
            self._conn.execute("PRAGMA synchronous = NORMAL")   # see CHUNKS_PER_COMMIT
        return self._conn

    def store_file(self, src: Path | str, *, progress: Progress | None = None) -> tuple[str, int]:
        """Stream the file ``src`` into the dossier file; returns (sha256, size)."""
        src = Path(src)
        try:
            fh = open(src, "rb")
        except OSError as exc:
            raise MissingAttachment(f"无法读取要添加的文件“{src.name}”：{os_reason(exc)}", path=src) from None
        with fh:
            return self.store_stream(fh, total=os.fstat(fh.fileno()).st_size, name=src.name,
                                     progress=progress)

    def store_stream(self, fh: BinaryIO, *, total: int, name: str, progress: Progress | None = None) -> tuple[str, int]:
        """Stream any readable binary object into the dossier file in chunks; returns (sha256, size)."""
        with self._lock:
            try:
                conn = self._connection()
            except sqlite3.Error as exc:
                raise translate(exc, self.path, writing=True) from None
            chunks = _HashedChunks(fh, total)
            try:
                return self._store(conn, chunks, total=total, name=name, progress=progress)
            finally:
                chunks.close()

    def _store(self, conn: sqlite3.Connection, chunks: _HashedChunks, *, total: int, name: str,
               progress: Progress | None) -> tuple[str, int]:
        blob_id = None
        try:
            conn.execute("BEGIN IMMEDIATE")
            blob_id = conn.execute("SELECT COALESCE(MAX(m), 0) + 1 FROM (SELECT MAX(blob_id) AS m FROM blob_chunks "
                                   "UNION ALL SELECT MAX(blob_id) FROM blobs)").fetchone()[0]
            # An empty first row holds the id even for an empty file; the first chunk replaces it.
            conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (?, 0, ?)", (blob_id, b""))
            size = seq = 0
            while True:
                if progress is not None and progress.cancelled:
                    raise ImportCancelled(f"已取消添加“{name}”。")
                buf = chunks.next()
                if not buf:
                    break
                conn.execute("INSERT OR REPLACE INTO blob_chunks(blob_id, seq, data) VALUES (?, ?, ?)",
                             (blob_id, seq, buf))
                size += len(buf)
                seq += 1
                if seq % CHUNKS_PER_COMMIT == 0:
                    conn.execute("COMMIT")
                    conn.execute("BEGIN IMMEDIATE")
                if progress is not None:
                    progress.report(size, total, name)
                del buf
            sha = chunks.digest.hexdigest()
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
                raise translate(exc, self.path, writing=True) from None
            if isinstance(exc, OSError):
                raise MissingAttachment(f"读取要添加的文件“{name}”时出错：{os_reason(exc)}") from None
            raise


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
    try:
        with BlobReader(db_path, sha256, label=label, read_only=read_only) as reader, atomic_write(dest) as out:
            copy_stream(reader, out)   # type: ignore[arg-type]
    except OSError as exc:
        raise translate(exc, dest, writing=True) from None


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
