"""Damage one page of a dossier file on purpose, as a bad sector would (shared by storage and UI tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def overwrite_root_page(path: Path, table: str, start: int, stop: int, fill: bytes) -> None:
    """Overwrite bytes ``start:stop`` of ``table``'s root page with ``fill`` repeated."""
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    offset = (page - 1) * size
    data[offset + start:offset + stop] = fill * (stop - start)
    path.write_bytes(bytes(data))
