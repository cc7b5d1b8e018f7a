"""The storage design's own floor: ``python -m benchmarks.floors sqlite DB SRC SOURCES [wal|delete]``.

Writes the same evidence files into a bare SQLite table the way the app's ``BlobWriter`` lays them
out (the app's page size, write-ahead log, ``synchronous = NORMAL``, 1 MiB chunk rows, a commit every
``CHUNKS_PER_COMMIT`` chunks and per file, then a checkpoint and fsync), but with nothing else: no
reading (each file is read into memory before the clock runs; the largest is ~150 MiB), no hashing, no
evidence rows, no autosave, no history.  No implementation that keeps the attachments in
one SQLite file with a write-ahead log can import faster than this; ``cp`` is the floor of the disk.

``delete`` measures the alternative design: the same rows with a rollback journal
(``journal_mode = DELETE``, ``synchronous = FULL``, as crash-safe as the app's WAL).  Pages appended
to the file are not journaled, so each byte is written once instead of twice (log, then checkpoint),
but each commit waits for its own fsync.  (On 776 MiB it took half the WAL floor's time; on the 2 GiB
benchmark set, where the disk's write-back sets the pace, 1.03–1.16× it.)  A rollback-journal writer also
locks readers out while it commits, which is why the app uses WAL.
Prints ``RESULT {"s": seconds}``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path


def sqlite_floor(db: Path, src: Path, sources_json: Path, journal: str = "wal") -> float:
    from app.models.storage.blobs import CHUNK_SIZE, CHUNKS_PER_COMMIT
    from app.models.storage.migrations import PAGE_SIZE

    files = [src / item["path"] for item in json.loads(sources_json.read_text(encoding="utf-8"))]
    for side in ("", "-wal", "-shm"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    wal = journal == "wal"
    conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    conn.execute("CREATE TABLE blob_chunks(blob_id INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (blob_id, seq))")
    conn.execute(f"PRAGMA synchronous = {'NORMAL' if wal else 'FULL'}")
    seconds = 0.0
    for blob_id, path in enumerate(files):
        with open(path, "rb") as fh:     # read before the clock starts: only SQLite's part is timed
            chunks = list(iter(lambda: fh.read(CHUNK_SIZE), b""))
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for seq, buf in enumerate(chunks):
            conn.execute("INSERT INTO blob_chunks VALUES (?, ?, ?)", (blob_id, seq, buf))
            if (seq + 1) % CHUNKS_PER_COMMIT == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
        seconds += time.perf_counter() - start
        del chunks
    start = time.perf_counter()
    if wal:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    fd = os.open(db, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    seconds += time.perf_counter() - start
    conn.close()
    for side in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{side}").unlink(missing_ok=True)
    return seconds


def main(argv: list[str]) -> int:
    if len(argv) not in (4, 5) or argv[0] != "sqlite" or argv[4:] not in ([], ["wal"], ["delete"]):
        print(__doc__, file=sys.stderr)
        return 2
    seconds = sqlite_floor(Path(argv[1]), Path(argv[2]), Path(argv[3]), *argv[4:])
    print("RESULT " + json.dumps({"s": seconds}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
