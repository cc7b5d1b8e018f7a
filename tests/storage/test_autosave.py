"""Autosave: every edit committed within the promise, off the editing thread; failures keep the data."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from app.models.dossier import FieldValue, Record
from app.models.operations import InsertRecord, SetCell, SetField, SetMeta, SetNarrative
from app.models.storage import DossierFile, StorageWriteError, read_dossier


def _committed_value(path, rec_id):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT data FROM records WHERE id = ?", (rec_id,)).fetchone()
        return None if row is None else row[0]
    finally:
        conn.close()


def test_edit_is_committed_well_within_two_seconds_without_blocking(opened):
    rec = opened.dossier.registers["cities"][0]
    latencies = []
    for i in range(5):
        t0 = time.monotonic()
        opened.session.do(SetCell("cities", rec.id, "name", rec.get("name"), f"滨江{i}"), merge=False)
        issued = time.monotonic() - t0
        assert issued < 0.05            # the listener only snapshots; it never waits for the disk
        while f"滨江{i}" not in (_committed_value(opened.path, rec.id) or ""):
            assert time.monotonic() - t0 < 1.0
            time.sleep(0.01)
        latencies.append(time.monotonic() - t0)
    assert max(latencies) < 1.0
    print("autosave latency (s):", [round(x, 3) for x in latencies])


def test_status_callback_reports_saving_then_saved(opened):
    states = []
    opened.set_callbacks(on_status=lambda s: states.append(s.state))
    opened.session.do(SetNarrative("1.1.1", "", "文字"))
    opened.flush()
    assert states[:2] == ["saving", "saved"]
    assert opened.pending == 0


def test_keystrokes_coalesce_and_history_records_who_when_what(opened):
    for text in ("一", "一二", "一二三"):
        opened.session.do(SetNarrative("1.1.1", opened.dossier.answer("1.1.1").narrative, text))
    opened.session.undo()
    opened.session.redo()
    entries = opened.history_for("indicators/1.1.1/narrative")
    hows = [e.how for e in entries]
    assert hows == ["redo", "undo", "do"]
    typed = entries[-1]
    assert typed.author == "王工" and typed.new == "一二三" and typed.at
    assert entries[1].old == "一二三" and entries[1].new == ""


def test_history_export_csv_is_in_words(opened, tmp_path):
    import csv

    projects = "infrastructure.private_network.platform_projects"
    opened.session.do(SetField(projects, "built_projects", None, FieldValue(value="3", provisional=True)))
    dest = tmp_path / "history.csv"
    n = opened.export_history_csv(dest)
    rows = list(csv.reader(dest.read_text(encoding="utf-8-sig").splitlines()))
    assert n >= 1 and rows[0][:7] == ["序号", "时间", "修改人", "操作", "内容", "原值", "新值"]
    last = rows[-1]
    assert last[2] == "王工" and last[3] == "修改"
    assert last[4] == "2.1.2 “5G+工业互联网”发展管理平台中已申报建成或在建项目数量 › 已申报建成项目数"
    assert last[5] == "（空）" and last[6] == "3个（暂定值）"
    assert "年" in last[1] and "月" in last[1] and "T" not in last[1]
    text = dest.read_text(encoding="utf-8-sig")
    assert "indicators/" not in text and "{" not in text


def test_a_record_added_and_deleted_at_once_leaves_both_entries(opened):
    from app.models.operations import RemoveRecord

    record = Record(id="p-new", values={"title": "关于加快5G发展的若干措施"})
    opened.session.do(InsertRecord("policies", 0, record))
    opened.session.do(RemoveRecord("policies", 0, record))     # within the autosave and merge windows
    entries = opened.history_for("registers/policies/p-new")
    assert [(e.old is None, e.new is None) for e in entries] == [(False, True), (True, False)]


def test_record_order_survives(opened):
    s = opened.session
    s.do(InsertRecord("policies", 0, Record(id="first", values={"title": "置顶"})))
    s.do(InsertRecord("policies", 99, Record(id="last", values={"title": "末尾"})))
    expected = [r.id for r in opened.dossier.registers["policies"]]
    opened.close()
    assert [r.id for r in read_dossier(opened.path).registers["policies"]] == expected


def test_appends_and_reorders_in_one_batch_keep_the_order(opened):
    """Appends write only the new rows' positions; mixed with inserts at the front, removals and undo, in one
    coalesced batch and across batches, the stored order is always the order in memory."""
    from app.models.dossier import EvidenceItem
    from app.models.operations import AddEvidence, RemoveEvidence, RemoveRecord

    s = opened.session

    def ev(n):
        return EvidenceItem(id=f"e{n}", sha256=f"{n:064x}", filename=f"{n}.pdf", size=n, title=f"材料{n}")

    for step in range(3):
        s.do(InsertRecord("policies", 99, Record(id=f"a{step}", values={"title": "末尾"})))
        s.do(InsertRecord("policies", 99, Record(id=f"b{step}", values={"title": "末尾"})))
        s.do(InsertRecord("policies", 0, Record(id=f"front{step}", values={"title": "置顶"})))
        s.do(InsertRecord("policies", 99, Record(id=f"c{step}", values={"title": "末尾"})))
        s.do(AddEvidence(99, ev(step * 10 + 1)))
        s.do(AddEvidence(99, ev(step * 10 + 2)))
        s.do(AddEvidence(0, ev(step * 10 + 3)))
        s.do(AddEvidence(99, ev(step * 10 + 4)))
        s.do(RemoveEvidence(1, opened.dossier.evidence[1]))
        s.do(AddEvidence(99, ev(step * 10 + 5)))
        s.undo()
        s.undo()
        s.redo()
        recs = opened.dossier.registers["policies"]
        s.do(RemoveRecord("policies", 1, recs[1]))
        s.do(InsertRecord("policies", 99, Record(id=f"d{step}", values={"title": "末尾"})))
        if step == 1:
            opened.flush()
    records = [r.id for r in opened.dossier.registers["policies"]]
    evidence = [e.id for e in opened.dossier.evidence]
    opened.close()
    again = read_dossier(opened.path)
    assert [r.id for r in again.registers["policies"]] == records
    assert [e.id for e in again.evidence] == evidence


def test_disk_full_keeps_previous_state_reports_and_recovers(opened):
    errors = []
    got_error = threading.Event()
    opened.set_callbacks(on_error=lambda e: (errors.append(e), got_error.set()))
    rec = opened.dossier.registers["cities"][0]
    before = _committed_value(opened.path, rec.id)
    page_count = sqlite3.connect(opened.path).execute("PRAGMA page_count").fetchone()[0]
    opened._writer.max_page_count = page_count          # the "disk" cannot grow any more
    opened.session.do(SetNarrative("1.1.1", "", "很长的文字" * 20000))
    opened.session.do(SetCell("cities", rec.id, "name", rec.get("name"), "改名后"))
    assert got_error.wait(5)
    assert "磁盘空间已满" in str(errors[0])
    with pytest.raises(StorageWriteError):
        opened.flush(timeout=5)
    assert _committed_value(opened.path, rec.id) == before       # previous state intact
    assert opened.pending > 0                                     # nothing dropped
    assert opened.dossier.registers["cities"][0].get("name") == "改名后"
    opened._writer.max_page_count = 1_000_000_000                # space freed
    opened.flush()
    assert "改名后" in _committed_value(opened.path, rec.id)
    opened.close()
    assert read_dossier(opened.path).answer("1.1.1").narrative.startswith("很长的文字")


def test_save_copy_as_keeps_everything(opened, tmp_path):
    opened.session.do(SetNarrative("1.1.1", "", "另存的内容"))
    dest = opened.save_copy_as(tmp_path / "copy.pzd")
    with DossierFile.open(dest, read_only=True) as copy:
        assert copy.dossier.answer("1.1.1").narrative == "另存的内容"
        item = copy.dossier.evidence[0]
        with copy.open_blob(item.sha256) as reader:
            assert len(reader.read()) == item.size


def test_close_leaves_one_self_contained_file(pzd):
    f = DossierFile.open(pzd)
    f.session.do(SetNarrative("1.1.1", "", "x"))
    assert pzd.with_name(pzd.name + ".lock").exists()
    f.close()
    leftovers = sorted(p.name for p in pzd.parent.iterdir() if p != pzd)
    assert leftovers == []
    assert open(pzd, "rb").read(20)[18:20] == b"\x01\x01"      # rollback-journal mode at rest


def test_a_long_history_reads_page_by_page_without_gaps_or_repeats(opened):
    titles = [f"方案标题第{i}稿" for i in range(1, 251)]
    for i, title in enumerate(titles):     # two paths alternately, so no two edits fold into one row
        opened.session.do(SetMeta("title", opened.dossier.title, title, "修改“方案标题”"), merge=False)
        opened.session.do(SetNarrative("1.1.1", opened.dossier.answer("1.1.1").narrative, f"说明{i}"), merge=False)
    opened.flush()
    everything = opened.history_for()
    assert opened.history_count() == len(everything) >= 500
    assert opened.history_count("meta/title") == 250

    pages, before = [], None
    while True:
        page = opened.history_for("meta/title", limit=60, before_seq=before)
        if not page:
            break
        pages.append(page)
        before = page[-1].seq
    assert [len(p) for p in pages] == [60, 60, 60, 60, 10]
    assert [e.new for p in pages for e in p] == titles[::-1]      # newest first, each edit exactly once
    whole = [e.seq for e in opened.history_for(limit=100)] + [e.seq for e in opened.history_for(
        limit=10**6, before_seq=opened.history_for(limit=100)[-1].seq)]
    assert whole == [e.seq for e in everything]
