"""Attachments in the file: streamed, deduplicated, undoable, verified on the way out."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from app.models import lifecycle
from app.progress import Progress
from app.models.storage import DossierFile, ImportCancelled, MissingAttachment


def _blob_count(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM blobs").fetchone()[0], \
            conn.execute("SELECT count(DISTINCT blob_id) FROM blob_chunks").fetchone()[0]
    finally:
        conn.close()


def test_add_evidence_streams_with_progress_and_is_undoable(opened, tmp_path):
    src = tmp_path / "扫描件.pdf"
    data = os.urandom(3 * 1024 * 1024 + 123)
    src.write_bytes(data)
    seen = []
    item = opened.add_evidence_file(src, title="政策文件扫描件", indicators=["1.1.1"], number="1-9",
                                    progress=Progress(lambda done, total, what: seen.append((done, total))))
    assert seen[-1] == (len(data), len(data)) and len(seen) == 4
    assert item.sha256 == hashlib.sha256(data).hexdigest() and item.media_type == "application/pdf"
    assert opened.dossier.evidence[-1].number == "1-9"
    out = opened.extract_blob(item.sha256, tmp_path / "out.pdf")
    assert out.read_bytes() == data
    with opened.open_blob(item.sha256) as reader:
        assert reader.read(10) == data[:10]
        assert reader.read() == data[10:]
    opened.session.undo()
    assert opened.dossier.evidence_item(item.id) is None
    assert opened.has_blob(item.sha256)              # kept: redo may need it
    opened.session.redo()
    assert opened.dossier.evidence_item(item.id) is not None


def test_same_content_is_stored_once(opened, tmp_path):
    data = os.urandom(200_000)
    (tmp_path / "a.jpg").write_bytes(data)
    (tmp_path / "b.jpg").write_bytes(data)
    blobs_before, _ = _blob_count(opened.path)
    a = opened.add_evidence_file(tmp_path / "a.jpg", title="照片", indicators=["1.1.1"])
    b = opened.add_evidence_file(tmp_path / "b.jpg", title="同一张照片", indicators=["1.1.2"])
    assert a.sha256 == b.sha256 and a.id != b.id
    blobs, chunk_groups = _blob_count(opened.path)
    assert blobs == blobs_before + 1 and chunk_groups == blobs


def test_cancel_adds_nothing(opened, tmp_path):
    src = tmp_path / "video.mp4"
    src.write_bytes(os.urandom(5 * 1024 * 1024))
    count = len(opened.dossier.evidence)
    calls = []
    with pytest.raises(ImportCancelled):
        opened.add_evidence_file(src, title="视频", indicators=[],
                                  progress=Progress(cancel_after=lambda: calls.append(1) or len(calls) > 2))
    assert len(opened.dossier.evidence) == count
    blobs, chunk_groups = _blob_count(opened.path)
    assert chunk_groups == blobs                      # no half-imported chunks left behind


def test_missing_chunk_names_the_attachment_and_others_still_read(opened, tmp_path):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(2 * 1024 * 1024 + 5))
    item = opened.add_evidence_file(src, title="厂区视频", indicators=["1.1.1"], number="3-2")
    opened.flush()
    conn = sqlite3.connect(opened.path)
    conn.execute("DELETE FROM blob_chunks WHERE seq = 1 AND blob_id = "
                 "(SELECT blob_id FROM blobs WHERE sha256 = ?)", (item.sha256,))
    conn.commit()
    conn.close()
    with pytest.raises(MissingAttachment) as info:
        opened.extract_blob(item.sha256, tmp_path / "out.bin")
    assert "厂区视频" in str(info.value) and "其他附件不受影响" in str(info.value)
    assert not (tmp_path / "out.bin").exists() and not (tmp_path / "out.bin.part").exists()
    other = opened.dossier.evidence[0]
    assert opened.extract_blob(other.sha256, tmp_path / "ok.bin").stat().st_size == other.size


def test_damaged_chunk_bytes_fail_verification(opened, tmp_path):
    item = opened.dossier.evidence[0]
    conn = sqlite3.connect(opened.path)
    conn.execute("UPDATE blob_chunks SET data = ? WHERE blob_id = (SELECT blob_id FROM blobs WHERE sha256 = ?)",
                 (b"garbage", item.sha256))
    conn.commit()
    conn.close()
    with pytest.raises(MissingAttachment):
        opened.extract_blob(item.sha256, tmp_path / "x")


def test_vacuum_keeps_attachments_of_finalised_versions(opened, tmp_path):
    src = tmp_path / "a.bin"
    src.write_bytes(b"version one evidence")
    item = opened.add_evidence_file(src, title="v1", indicators=[])
    lifecycle.finalise(opened.session, note="第一版")
    opened.session.undo()                           # the item leaves the draft …
    assert opened.vacuum_unreferenced() == 0         # … but revision 1 still needs its bytes
    assert opened.has_blob(item.sha256)
    src.write_bytes(b"never finalised")
    other = opened.add_evidence_file(src, title="临时", indicators=[])
    opened.session.undo()
    assert opened.vacuum_unreferenced() == 1
    assert not opened.has_blob(other.sha256)


class _FailingStream:
    """A source that breaks after ``good`` bytes (a pulled USB stick)."""

    def __init__(self, data: bytes, good: int) -> None:
        self.data, self.good, self.pos = data, good, 0

    def read(self, n: int) -> bytes:
        if self.pos >= self.good:
            raise OSError(5, "Input/output error")
        buf = self.data[self.pos:min(self.pos + n, self.good)]
        self.pos += len(buf)
        return buf


def _read_ahead_threads():
    import threading

    return [t for t in threading.enumerate() if t.name == "blob-read-ahead"]


def test_large_files_are_read_ahead_and_one_writer_serves_many_imports(opened, tmp_path, monkeypatch):
    from app.models.storage import blobs

    monkeypatch.setattr(blobs, "PIPELINE_MIN_BYTES", 2 * blobs.CHUNK_SIZE)
    monkeypatch.setattr(blobs, "CHUNKS_PER_COMMIT", 2)
    datas = [os.urandom(5 * blobs.CHUNK_SIZE + 17), os.urandom(1000), os.urandom(3 * blobs.CHUNK_SIZE)]
    items = []
    for i, data in enumerate(datas):
        (tmp_path / f"f{i}.bin").write_bytes(data)
        items.append(opened.add_evidence_file(tmp_path / f"f{i}.bin", title=f"文件{i}", indicators=[]))
    assert opened._blob_writer is not None and not _read_ahead_threads()
    for item, data in zip(items, datas):
        assert item.sha256 == hashlib.sha256(data).hexdigest() and item.size == len(data)
        assert opened.extract_blob(item.sha256, tmp_path / "out.bin").read_bytes() == data
    blobs_n, chunk_groups = _blob_count(opened.path)
    assert chunk_groups == blobs_n


def test_cancel_and_read_errors_mid_file_leave_nothing_and_the_next_import_works(opened, tmp_path, monkeypatch):
    from app.models.storage import blobs

    monkeypatch.setattr(blobs, "PIPELINE_MIN_BYTES", 2 * blobs.CHUNK_SIZE)
    monkeypatch.setattr(blobs, "CHUNKS_PER_COMMIT", 2)      # chunks already committed when it stops
    writer = blobs.BlobWriter(opened.path)
    data = os.urandom(9 * blobs.CHUNK_SIZE)
    calls = []
    src = tmp_path / "video.mp4"
    src.write_bytes(data)
    with pytest.raises(ImportCancelled):
        writer.store_file(src, progress=Progress(cancel_after=lambda: calls.append(1) or len(calls) > 6))
    with pytest.raises(MissingAttachment, match="读取要添加的文件“U盘.mp4”时出错"):
        writer.store_stream(_FailingStream(data, 5 * blobs.CHUNK_SIZE + 3), total=len(data), name="U盘.mp4")
    with pytest.raises(MissingAttachment, match="小.txt"):
        writer.store_stream(_FailingStream(b"abc", 2), total=3, name="小.txt")        # read inline
    assert not _read_ahead_threads()
    blobs_n, chunk_groups = _blob_count(opened.path)
    assert chunk_groups == blobs_n                     # no half-imported chunks left behind
    sha, size = writer.store_file(src)
    writer.close()
    assert (sha, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert opened.extract_blob(sha, tmp_path / "again.mp4").read_bytes() == data


def test_new_files_use_large_pages_and_old_small_page_files_still_import(tmp_path, binjiang):
    from app.models.storage import blobs
    from app.models.storage.migrations import PAGE_SIZE

    path = tmp_path / "新.pzd"
    DossierFile.create(path, binjiang, author="测试").close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 65536
    conn.execute("PRAGMA page_size = 4096")
    conn.execute("VACUUM")                             # as a file made by an earlier version
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    conn.close()
    data = os.urandom(2 * blobs.CHUNK_SIZE + 5)
    (tmp_path / "a.bin").write_bytes(data)
    with DossierFile.open(path, author="测试") as f:
        item = f.add_evidence_file(tmp_path / "a.bin", title="a", indicators=[])
        assert f.extract_blob(item.sha256, tmp_path / "b.bin").read_bytes() == data
