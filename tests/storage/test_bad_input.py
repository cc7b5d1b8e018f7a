"""Bad files: each gets a clear Chinese message, nothing else is affected, and what can be recovered is offered."""

from __future__ import annotations

import sqlite3

import pytest

from app.models import lifecycle
from app.models.storage import dossier_file as storage
from app.models.operations import SetNarrative
from app.models.storage import (
    CorruptDossierFile, DossierFile, DossierFileError, NewerSchemaError, NotADossierFile, ReadOnlyMedium,
    read_dossier, read_summary,
)
from app.models.storage.salvage import salvage
from tests.storage.damage import overwrite_root_page


def _bytes(path):
    return path.read_bytes()


def test_truncated_file(pzd, tmp_path):
    data = _bytes(pzd)
    cut = tmp_path / "截断.pzd"
    cut.write_bytes(data[: len(data) // 2])
    for attempt in (lambda: DossierFile.open(cut), lambda: read_dossier(cut), lambda: read_summary(cut)):
        with pytest.raises(CorruptDossierFile) as info:
            attempt()
        assert "不完整" in str(info.value) and info.value.can_salvage
    assert _bytes(cut) == data[: len(data) // 2]                    # untouched
    assert not cut.with_name(cut.name + ".lock").exists()
    report = salvage(cut, tmp_path / "抢救.pzd")
    assert report.rows["meta"] > 0 and "已恢复出" in report.describe()
    with DossierFile.open(tmp_path / "抢救.pzd") as f:               # the salvaged file is a normal dossier
        assert f.dossier.id


def test_tiny_and_empty_files(tmp_path):
    empty = tmp_path / "empty.pzd"
    empty.write_bytes(b"")
    with pytest.raises(NotADossierFile, match="空文件"):
        DossierFile.open(empty)
    tiny = tmp_path / "tiny.pzd"
    tiny.write_bytes(b"SQLite format 3\x00" + b"\x00" * 10)
    with pytest.raises(CorruptDossierFile, match="截断"):
        DossierFile.open(tiny)


def test_not_sqlite(tmp_path):
    fake = tmp_path / "报告.pzd"
    fake.write_bytes(b"%PDF-1.7\n" + b"x" * 5000)
    with pytest.raises(NotADossierFile, match="不是申报文件"):
        DossierFile.open(fake)
    assert _bytes(fake) == b"%PDF-1.7\n" + b"x" * 5000


def test_foreign_sqlite_is_refused_untouched(tmp_path):
    other = tmp_path / "other.pzd"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = _bytes(other)
    with pytest.raises(NotADossierFile, match="其他程序"):
        DossierFile.open(other)
    with pytest.raises(NotADossierFile):
        read_summary(other)
    assert _bytes(other) == before


def test_newer_schema_is_refused_untouched(pzd):
    conn = sqlite3.connect(pzd)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _bytes(pzd)
    with pytest.raises(NewerSchemaError, match="更新版本") as info:
        DossierFile.open(pzd)
    assert info.value.version == 99
    with pytest.raises(NewerSchemaError):
        read_dossier(pzd)
    assert _bytes(pzd) == before
    assert sorted(p.name for p in pzd.parent.iterdir()) == [pzd.name]


def test_corrupt_page(pzd, tmp_path):
    overwrite_root_page(pzd, "records", 0, 200, b"\xff")
    with pytest.raises(CorruptDossierFile, match="损坏") as info:
        DossierFile.open(pzd)
    assert info.value.can_salvage
    with pytest.raises(CorruptDossierFile):
        read_dossier(pzd)
    assert not pzd.with_name(pzd.name + ".lock").exists()
    report = salvage(pzd, tmp_path / "rescued.pzd")
    assert report.attachments == 6 and report.rows["indicators"] > 0
    rescued = read_dossier(tmp_path / "rescued.pzd")
    assert rescued.indicators and len(rescued.evidence) == 6


@pytest.mark.parametrize("table", ["history", "versions"])
def test_a_damaged_log_table_is_found_at_open_too(pzd, table):
    """History and versions get the quicker check at open; a damaged page of theirs is still refused."""
    with DossierFile.open(pzd, author="王工") as f:          # a history row and a finalised version to damage
        f.session.do(SetNarrative("1.1.1", f.dossier.answer("1.1.1").narrative, "第一稿"))
        f.flush()
        lifecycle.finalise(f.session, note="第一版")
    overwrite_root_page(pzd, table, 8, 400, b"\xa5")
    with pytest.raises(CorruptDossierFile, match="损坏") as info:
        DossierFile.open(pzd)
    assert info.value.can_salvage
    assert not pzd.with_name(pzd.name + ".lock").exists()

    # The app opens without the logs' check and runs it in the background: the same damage, found there.
    with DossierFile.open(pzd, check_logs=False) as opened:
        assert opened.dossier.answer("1.1.1").narrative == "第一稿"
        with pytest.raises(CorruptDossierFile, match="损坏") as info:
            opened.check_logs()
        assert info.value.can_salvage


def test_the_logs_check_passes_on_a_healthy_file_while_it_is_being_edited(pzd):
    with DossierFile.open(pzd, author="王工", check_logs=False) as f:
        for i in range(50):
            f.session.do(SetNarrative("1.1.1", f.dossier.answer("1.1.1").narrative, f"第{i}稿"), merge=False)
        f.check_logs()                      # its own connection; the autosave lane may be writing meanwhile
        f.flush()
        f.check_logs()


def test_read_only_medium_offers_read_only(pzd, monkeypatch):
    monkeypatch.setattr(storage, "medium_writable", lambda path: False)
    with pytest.raises(ReadOnlyMedium, match="只读") as info:
        DossierFile.open(pzd)
    assert info.value.can_open_read_only
    before = _bytes(pzd)
    with DossierFile.open(pzd, read_only=True) as f:
        assert f.dossier.evidence
        with pytest.raises(ReadOnlyMedium):
            f.attach_to(__import__("app.models.operations", fromlist=["DossierSession"]).DossierSession(f.dossier))
        with f.open_blob(f.dossier.evidence[0].sha256) as r:
            assert r.read()
    assert _bytes(pzd) == before and sorted(p.name for p in pzd.parent.iterdir()) == [pzd.name]


def test_missing_file(tmp_path):
    with pytest.raises(DossierFileError, match="找不到文件"):
        DossierFile.open(tmp_path / "nope.pzd")


def test_bad_file_does_not_affect_an_open_one(opened, tmp_path):
    junk = tmp_path / "junk.pzd"
    junk.write_bytes(b"junk" * 100)
    with pytest.raises(NotADossierFile):
        DossierFile.open(junk)
    opened.session.do(SetNarrative("1.1.1", "", "还能保存"))
    opened.flush()
    assert opened.history_for("indicators/1.1.1")[0].new == "还能保存"


def test_salvage_keeps_only_rows_the_dossier_can_load(pzd, tmp_path):
    conn = sqlite3.connect(pzd)
    first, second = [r[0] for r in conn.execute("SELECT id FROM evidence ORDER BY position LIMIT 2")]
    conn.execute("UPDATE evidence SET indicators = NULL WHERE id = ?", (first,))   # readable, not loadable
    conn.execute("UPDATE records SET data = '[1, 2' WHERE rowid = (SELECT MIN(rowid) FROM records)")
    conn.commit()
    conn.close()
    report = salvage(pzd, tmp_path / "抢救.pzd")
    assert report.lost_rows["evidence"] == 1 and report.lost_rows["records"] == 1
    with DossierFile.open(tmp_path / "抢救.pzd") as f:
        ids = [e.id for e in f.dossier.evidence]
        assert first not in ids and second in ids


def test_salvage_of_a_file_cut_before_its_structure_says_so_in_chinese(pzd, tmp_path):
    """A copy cut after 20 KB: nothing to recover, said without SQLite's 「malformed database schema (?)」;
    nothing is left beside it."""
    cut = tmp_path / "截断.pzd"
    cut.write_bytes(_bytes(pzd)[:20000])
    with pytest.raises(DossierFileError) as info:
        salvage(cut, tmp_path / "截断（恢复）.pzd")
    message = str(info.value)
    assert "截断.pzd" in message and "没有可以恢复的内容" in message
    assert not any("a" <= c.lower() <= "z" for c in message.replace("截断.pzd", ""))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("截断")) == ["截断.pzd"]
