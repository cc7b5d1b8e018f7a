"""Opening a dossier file for editing: the cheap checks that guard it still catch what they should."""

from __future__ import annotations

import sqlite3

from app.models.storage import dossier_file as storage
from app.models.storage.migrations import connect
from app.models.storage import DossierFile
from app.models.storage.workspace import new_dossier


def test_opening_drops_the_chunks_of_an_import_cut_short(tmp_path):
    path = tmp_path / "甲市.pzd"
    DossierFile.create(path, new_dossier("甲市")).close()
    conn = connect(path)
    conn.execute("INSERT INTO blob_chunks(blob_id, seq, data) VALUES (77, 0, ?)", (b"x" * 1000,))
    conn.close()

    with DossierFile.open(path):
        pass
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM blob_chunks WHERE blob_id = 77").fetchone() == (0,)
    finally:
        conn.close()


def test_the_orphan_probe_reads_the_chunk_index_not_the_chunks(tmp_path):
    path = tmp_path / "乙市.pzd"
    DossierFile.create(path, new_dossier("乙市")).close()
    conn = sqlite3.connect(path)
    try:
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + storage.ORPHAN_CHUNKS_PROBE))
    finally:
        conn.close()
    assert "blob_chunks USING COVERING INDEX" in plan
