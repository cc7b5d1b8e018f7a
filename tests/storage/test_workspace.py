"""The workspace folder: fast listing, create, duplicate as template, rename, archive, trash."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from app.models.operations import SetNarrative
from app.models.storage import DossierFile, DossierLocked, read_dossier
from app.models.storage.workspace import ARCHIVE_DIR, Workspace


@pytest.fixture
def ws(tmp_path, pilotzone_home):
    return Workspace(tmp_path / "申报文件")


def test_create_and_list(ws):
    a = ws.create("青岭市", "山东省")
    b = ws.create("临港市", "上海市", partners=[("云川市", "四川省")])
    rows = {s.path: s for s in ws.list()}
    assert rows[a].cities == ["青岭市"] and rows[a].stage == "draft" and rows[a].passed_text == "0/6"
    assert rows[b].cities == ["临港市", "云川市"] and 0 <= rows[b].completeness < 1


def test_list_is_fast_and_never_reads_attachments(ws, tmp_path):
    path = ws.create("滨江市")
    big = tmp_path / "video.bin"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    with DossierFile.open(path) as f:
        f.add_evidence_file(big, title="视频", indicators=[])
    # Wreck every attachment page: a listing that touched them would fail.
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = len(data) // 4
    data[start:start + 4 * 1024 * 1024] = b"\x00" * (4 * 1024 * 1024)
    path.write_bytes(bytes(data))
    t0 = time.perf_counter()
    (summary,) = ws.list()
    assert time.perf_counter() - t0 < 0.5
    assert summary.problem == "" and summary.cities == ["滨江市"] and page_size


def test_list_shows_broken_files_without_failing(ws):
    ws.create("青岭市")
    (ws.folder / "坏文件.pzd").write_bytes(b"not a database")
    rows = ws.list()
    broken = [r for r in rows if r.problem]
    assert len(rows) == 2 and len(broken) == 1 and "不是申报文件" in broken[0].problem


def test_summary_follows_edits(ws):
    path = ws.create("青岭市")
    with DossierFile.open(path) as f:
        f.session.do(SetNarrative("1.1.1", "", "说明"))
        f.flush()
        assert ws.list()[0].updated_at == f.dossier.updated_at   # stale row is recomputed while editing


def test_duplicate_as_template(ws, pzd):
    src = read_dossier(pzd)
    new = ws.duplicate_as_template(pzd, "青岭市", "山东省")
    d = read_dossier(new)
    assert d.id != src.id and d.city_names() == ["青岭市"]
    assert [r.values for r in d.registers["policies"]] == [r.values for r in src.registers["policies"]]
    assert {r.id for r in d.registers["policies"]}.isdisjoint({r.id for r in src.registers["policies"]})
    narrated = {k for k, a in src.indicators.items() if a.narrative}
    assert {k for k, a in d.indicators.items() if a.narrative} == narrated
    assert all(not a.fields and not a.targets for a in d.indicators.values())
    assert d.evidence == [] and d.attestations == {} and d.plan_texts == src.plan_texts
    with DossierFile.open(new) as f:
        assert f.history_for() == []


def test_rename_archive_trash(ws, monkeypatch):
    path = ws.create("青岭市")
    renamed = ws.rename(path, "青岭市-第二轮")
    assert renamed.name == "青岭市-第二轮.pzd" and not path.exists()
    archived = ws.archive(renamed)
    assert archived.parent.name == ARCHIVE_DIR and ws.list() == []
    assert [s.path for s in ws.list(archived=True)] == [archived]
    trashed = []
    import send2trash
    monkeypatch.setattr(send2trash, "send2trash", lambda p: trashed.append(p) or os.remove(p))
    ws.trash(archived)
    assert trashed == [str(archived)] and not archived.exists()


def test_open_file_cannot_be_moved(ws):
    path = ws.create("青岭市")
    with DossierFile.open(path):
        with pytest.raises(DossierLocked):
            ws.rename(path, "别的名字")
        with pytest.raises(DossierLocked):
            ws.archive(path)


def test_a_very_long_name_makes_a_file_that_works(ws):
    """The file name is cut to leave room for what the system puts beside it (the writer's
    ``.<name>.<pid>.part``, SQLite's ``-journal``, ``.lock``, ``（2）``); the dossier keeps the whole name.
    A 78-character city failed to be created with 「文件名太长」 about a ``.part`` file the user never made."""
    city = "长" * 78 + "市"
    path = ws.create(city)
    again = ws.create(city)
    assert path.exists() and again.exists() and path != again
    assert len(path.name.encode()) <= 160 and path.stem.startswith("长" * 40)
    with DossierFile.open(again) as f:
        f.session.do(SetNarrative("1.1.1", "", "说明"))
        f.flush()
    assert read_dossier(path).city_names() == [city]
    renamed = ws.rename(path, "新" * 120)
    assert renamed.exists() and renamed.stem.startswith("新" * 40) and len(renamed.name.encode()) <= 160
    copy = ws.duplicate_as_template(again, city)
    assert copy.exists() and read_dossier(copy).city_names() == [city]


def test_backups_of_older_versions_go_with_their_dossier(ws, monkeypatch):
    """The copy kept before a file was upgraded (``青岭市.v2.bak.pzd``, never listed) is renamed, archived and
    trashed with its dossier, as ``trash`` says; it was left behind, invisible, in the workspace."""
    path = ws.create("青岭市")
    backup = path.with_name("青岭市.v2.bak.pzd")
    backup.write_bytes(path.read_bytes())
    other = ws.create("青岭")                                  # a name that merely starts the same
    other.with_name("青岭.v2.bak.pzd").write_bytes(b"x")
    path = ws.rename(path, "青岭市-第二轮")
    backup = path.with_name("青岭市-第二轮.v2.bak.pzd")
    assert backup.exists() and not path.with_name("青岭市.v2.bak.pzd").exists()
    archived = ws.archive(path)
    assert not backup.exists() and (archived.parent / backup.name).exists()
    assert other.with_name("青岭.v2.bak.pzd").exists()
    trashed = []
    import send2trash
    monkeypatch.setattr(send2trash, "send2trash", lambda p: trashed.append(p) or os.remove(p))
    ws.trash(archived)
    assert sorted(Path(p).name for p in trashed) == ["青岭市-第二轮.pzd", "青岭市-第二轮.v2.bak.pzd"]
    assert sorted(p.name for p in archived.parent.iterdir()) == []


def test_an_archived_dossier_comes_back(ws):
    path = ws.create("青岭市")
    archived = ws.archive(path)
    ws.create("青岭市")                                   # meanwhile a new one took the name
    back = ws.unarchive(archived)
    assert back.parent == ws.folder and back.name == "青岭市（2）.pzd" and not archived.exists()
    assert ws.list(archived=True) == [] and len(ws.list()) == 2
    with DossierFile.open(back):
        pass


def test_a_name_no_document_can_hold_makes_no_file(ws, pzd):
    """A control character pasted into the city (or a partner's province) would reach the title and the plan's
    documents: refused naming the field, and nothing is made."""
    from app.models.hygiene import InvalidText

    with pytest.raises(InvalidText, match="城市名称"):
        ws.create("滨江\u0007市", "浙江省")
    with pytest.raises(InvalidText, match="所属省份"):
        ws.create("滨江市", "浙江省", partners=[("临港市", "山东\u0000省")])
    with pytest.raises(InvalidText, match="城市名称"):
        ws.duplicate_as_template(pzd, "新\u001b城市")
    assert ws.list() == []
