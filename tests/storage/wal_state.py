"""Build, deterministically, the state a kill inside a WAL checkpoint leaves: the main file's first page (its
header, with the new page count) already written back from the log, the pages after the old end not yet."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

WAL_HEADER, FRAME_HEADER = 32, 24


def last_frame_of_page(wal: bytes, page_size: int, page: int) -> bytes | None:
    found, offset = None, WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(wal):
        number = struct.unpack(">I", wal[offset:offset + 4])[0]
        if number == page:
            found = wal[offset + FRAME_HEADER:offset + FRAME_HEADER + page_size]
        offset += FRAME_HEADER + page_size
    return found


def killed_mid_checkpoint(pzd: Path, dest: Path, grow: bytes) -> Path:
    """``dest``: a copy of ``pzd`` after ``grow`` bytes were committed to a new attachment row in the log and
    the checkpoint was cut short after its first page. ``dest-wal`` holds the committed log."""
    work = dest.with_name(dest.name + ".work")
    shutil.copy(pzd, work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (9999, 0, ?)", (grow,))
    conn.execute("COMMIT")
    # copy while the connection is open: the log is complete and committed, not yet checkpointed
    shutil.copy(work, dest)
    wal = Path(str(work) + "-wal").read_bytes()
    Path(str(dest) + "-wal").write_bytes(wal)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    for scrap in (work, Path(str(work) + "-wal"), Path(str(work) + "-shm")):
        scrap.unlink(missing_ok=True)
    first = last_frame_of_page(wal, page_size, 1)
    assert first is not None, "the log holds no new first page"
    with open(dest, "r+b") as fh:          # the checkpoint wrote page 1 back, then the process died
        fh.write(first)
    pages = struct.unpack(">I", first[28:32])[0]
    assert dest.stat().st_size < pages * page_size, "the state needs a main file shorter than its header says"
    return dest
