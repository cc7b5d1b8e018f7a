"""Merging two copies of one dossier (``storage.merge`` + ``merge_result``, and ``pilotzone merge``).

Every case builds real ``.pzd`` files: one file, copied as a user copies it (a USB stick, an e-mail), each
copy edited through ``DossierFile`` sessions by a different author, then merged.  The inputs are hashed
before and after: a merge never writes to them.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.cli import main as cli
from app.models import edits, lifecycle
from app.models.catalogue import load_catalogue
from app.models.exchange import dumps
from app.models.storage import DossierFile, read_dossier
from app.models.storage.merge import MergeError, plan_merge, read_copy
from app.models.storage.merge_result import write_merge
from app.models.lifecycle import canonical_json
from tests.storage.conftest import evidence_files

CAT = load_catalogue()
PROJECTS = "infrastructure.private_network.platform_projects"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def edit(path: Path, author: str, change) -> None:
    with DossierFile.open(path, author=author) as f:
        change(f)


@pytest.fixture
def copies(pzd, tmp_path):
    """``a.pzd`` and ``b.pzd``: one dossier with a shared first edit, copied, ready to be edited apart."""
    edit(pzd, "起草人", lambda f: edits.set_meta(f.session, "contact", "王工 0571-8888"))
    a, b = tmp_path / "a.pzd", tmp_path / "b.pzd"
    shutil.move(pzd, a)
    shutil.copy(a, b)
    return a, b


def merge(a: Path, b: Path, out: Path, choice: str | None = None):
    before = sha(a), sha(b)
    plan = plan_merge(a, b)
    if choice:
        plan.choose_all(choice)
    outcome = write_merge(plan, out, author="合并人")
    assert (sha(a), sha(b)) == before, "a merge must not write to its inputs"
    return plan, outcome


def record_id(path: Path, register: str, index: int = 0) -> str:
    return read_dossier(path).registers[register][index].id


def test_changes_from_both_sides_are_combined_without_conflicts(copies, tmp_path):
    a, b = copies
    city, old_factory = record_id(a, "cities"), record_id(a, "factories", 3)

    def on_a(f):
        edits.set_meta(f.session, "title", "滨江市试点工作方案（顾问修改稿）")
        edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000)
        edits.add_record(f.session, CAT, "policies", {"title": "滨江市5G专项资金管理办法", "issuer": "滨江市财政局",
                                                      "date": "2024-04-01", "special": True})

    def on_b(f):
        edits.set_plan_text(f.session, "overview", "市工信局补充的基本情况。")
        edits.set_field(f.session, CAT, PROJECTS, "built_projects", value="133")
        edits.set_target(f.session, CAT, PROJECTS, "projects", 3, "260")
        edits.remove_records(f.session, CAT, "factories", [old_factory])

    edit(a, "顾问", on_a)
    edit(b, "市工信局", on_b)
    plan, outcome = merge(a, b, tmp_path / "c.pzd")
    assert plan.conflicts == [] and not plan.contained
    assert (outcome.from_a, outcome.from_b) == (3, 4)
    c = read_dossier(tmp_path / "c.pzd")
    assert c.title == "滨江市试点工作方案（顾问修改稿）" and c.contact == "王工 0571-8888"
    assert c.record("cities", city).values["base_stations"] == 36000
    assert any(r.values["title"] == "滨江市5G专项资金管理办法" for r in c.registers["policies"])
    assert c.plan_texts["overview"] == "市工信局补充的基本情况。"
    assert c.indicators[PROJECTS].fields["built_projects"].value == "133"
    assert c.indicators[PROJECTS].targets["projects"][2] == "260"
    assert c.record("factories", old_factory) is None and c.stage == "draft"
    with DossierFile.open(tmp_path / "c.pzd", read_only=True) as f:
        history = f.history_for()
    authors = {e.author for e in history}
    assert {"起草人", "顾问", "市工信局", "合并人"} <= authors
    assert len([e for e in history if e.author == "起草人"]) == 1          # the shared row once, not twice
    assert history[0].how == "merge" and history[0].path == "meta/stage" and "草稿" in history[0].description
    assert len(history) == len(read_copy(a).rows) + len(read_copy(b).rows) - 1 + 1


def test_the_same_value_changed_differently_is_a_conflict_with_who_and_when(copies, tmp_path):
    a, b = copies
    city = record_id(a, "cities")
    edit(a, "顾问", lambda f: (edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000),
                             edits.set_field(f.session, CAT, PROJECTS, "built_projects", value="131"),
                             edits.set_meta(f.session, "applicant", "滨江市人民政府")))
    edit(b, "市工信局", lambda f: (edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35800),
                               edits.set_field(f.session, CAT, PROJECTS, "built_projects", value="129"),
                               edits.set_meta(f.session, "applicant", "滨江市人民政府")))   # the same on both
    plan = plan_merge(a, b)
    assert sorted(c.key for c in plan.conflicts) == [f"indicators/{PROJECTS}/fields/built_projects",
                                                    f"registers/cities/{city}/base_stations"]
    stations = next(c for c in plan.conflicts if c.key.endswith("base_stations"))
    assert (stations.kind, stations.base, stations.a, stations.b) == ("edit", 35210, 36000, 35800)
    assert stations.label == "申报城市 › 滨江市 › 5G基站数（个）"
    assert stations.who_a[0] == "顾问" and stations.who_b[0] == "市工信局" and stations.who_a[1][4] == "-"
    with pytest.raises(MergeError, match="2 处冲突"):
        write_merge(plan, tmp_path / "c.pzd")
    assert not (tmp_path / "c.pzd").exists()
    for conflict in plan.conflicts:
        conflict.choice = "b" if conflict is stations else "a"
    write_merge(plan, tmp_path / "c.pzd", author="合并人")
    c = read_dossier(tmp_path / "c.pzd")
    assert c.record("cities", city).values["base_stations"] == 35800
    assert c.indicators[PROJECTS].fields["built_projects"].value == "131"
    with DossierFile.open(tmp_path / "c.pzd", read_only=True) as f:
        resolved = [e for e in f.history_for() if e.how == "merge" and e.path != "meta/stage"]
    assert sorted((e.path, e.old, e.new, e.description) for e in resolved) == [
        (f"indicators/{PROJECTS}/fields/built_projects", {"value": "129", "provisional": False, "note": ""},
         {"value": "131", "provisional": False, "note": ""}, "合并冲突：采用“a.pzd”的修改"),
        (f"registers/cities/{city}/base_stations", 36000, 35800, "合并冲突：采用“b.pzd”的修改")]


def test_a_record_deleted_on_one_side_and_edited_on_the_other(copies, tmp_path):
    a, b = copies
    factory = record_id(a, "factories", 2)
    edit(a, "顾问", lambda f: edits.remove_records(f.session, CAT, "factories", [factory]))
    edit(b, "市工信局", lambda f: edits.set_cell(f.session, CAT, "factories", factory, "industry", "高端装备"))
    plan = plan_merge(a, b)
    (conflict,) = plan.conflicts
    assert conflict.kind == "delete_edit" and conflict.key == f"registers/factories/{factory}"
    assert conflict.a is None and conflict.b["industry"] == "高端装备"
    assert conflict.who_a[0] == "顾问" and conflict.who_b[0] == "市工信局"
    merge(a, b, tmp_path / "deleted.pzd", "a")
    assert read_dossier(tmp_path / "deleted.pzd").record("factories", factory) is None
    merge(a, b, tmp_path / "kept.pzd", "b")
    kept = read_dossier(tmp_path / "kept.pzd")
    assert kept.record("factories", factory).values["industry"] == "高端装备"
    assert [r.id for r in kept.registers["factories"]] == [r.id for r in read_dossier(b).registers["factories"]]


def test_evidence_is_the_union_deduplicated_by_content(copies, tmp_path):
    a, b = copies
    shared = tmp_path / "批复文件.pdf"
    shared.write_bytes(b"%PDF-1.4 the same approval, scanned once, sent to both\n" * 50)
    only_a, only_b = tmp_path / "现场照片.jpg", tmp_path / "统计公报.pdf"
    only_a.write_bytes(b"\xff\xd8 photo taken by the consultant" * 40)
    only_b.write_bytes(b"%PDF-1.4 statistics bulletin from the city" * 40)
    ind_a, ind_b = "policy.special.special_policies", PROJECTS
    edit(a, "顾问", lambda f: (f.add_evidence_file(shared, title="批复", indicators=[ind_a]),
                             f.add_evidence_file(only_a, title="照片", indicators=[ind_a])))
    edit(b, "市工信局", lambda f: (f.add_evidence_file(shared, title="批复文件", indicators=[ind_b]),
                               f.add_evidence_file(only_b, title="公报", indicators=[ind_b])))
    _, outcome = merge(a, b, tmp_path / "c.pzd")
    assert outcome.missing == []
    before = len(read_dossier(a).evidence) - 2
    with DossierFile.open(tmp_path / "c.pzd", read_only=True) as c:
        evidence = c.dossier.evidence
        assert len(evidence) == before + 3
        approval = [e for e in evidence if e.filename == "批复文件.pdf"]
        assert len(approval) == 1 and approval[0].indicators == [ind_a, ind_b] and approval[0].title == "批复"
        for item in evidence:             # every attachment is in the new file and reads back with its hash
            with c.open_blob(item.sha256) as reader:
                assert hashlib.sha256(reader.read()).hexdigest() == item.sha256


def test_merging_the_result_with_either_input_again_changes_nothing(copies, tmp_path):
    a, b = copies
    city = record_id(a, "cities")
    edit(a, "顾问", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000))
    edit(b, "市工信局", lambda f: (edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35800),
                               edits.set_plan_text(f.session, "safeguards", "保障措施（市工信局）")))
    c = tmp_path / "c.pzd"
    merge(a, b, c, "a")
    expected, expected_rows = canonical_json(read_dossier(c)), [r.key for r in read_copy(c).rows]
    for other in (a, b):
        for first, second in ((c, other), (other, c)):
            plan, outcome = merge(first, second, tmp_path / f"again-{first.stem}-{second.stem}.pzd")
            assert plan.conflicts == [] and plan.contained and outcome.contained
            assert canonical_json(read_dossier(outcome.path)) == expected
            assert [r.key for r in read_copy(outcome.path).rows] == expected_rows


def test_a_copy_edited_on_after_the_merge_merges_cleanly_with_the_result(copies, tmp_path):
    a, b = copies
    city = record_id(a, "cities")
    edit(a, "顾问", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000))
    edit(b, "市工信局", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35800))
    c = tmp_path / "c.pzd"
    merge(a, b, c, "a")
    # the consultant kept working on the old copy; the city adopted the merged file and went on too
    edit(a, "顾问", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 37000))
    edit(c, "市工信局", lambda f: edits.set_plan_text(f.session, "overview", "合并后补充"))
    plan, _ = merge(a, c, tmp_path / "d.pzd")
    assert plan.conflicts == []          # the merge kept the consultant's value, so his next change is his to make
    d = read_dossier(tmp_path / "d.pzd")
    assert d.record("cities", city).values["base_stations"] == 37000 and d.plan_texts["overview"] == "合并后补充"
    # the city, still on its old copy, now changes the value the merge decided against: a real conflict
    edit(b, "市工信局", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35900))
    assert [c.key for c in plan_merge(tmp_path / "d.pzd", b).conflicts] == [f"registers/cities/{city}/base_stations"]


def test_two_imports_of_one_exchange_document_merge(tmp_path, binjiang):
    first, second = tmp_path / "binjiang.pzd", tmp_path / "binjiang (2).pzd"
    DossierFile.create(first, binjiang, attachments=evidence_files()).close()
    DossierFile.create(second, binjiang, attachments=evidence_files()).close()
    edit(first, "甲", lambda f: edits.set_plan_text(f.session, "overview", "甲写的"))
    edit(second, "乙", lambda f: edits.set_plan_text(f.session, "safeguards", "乙写的"))
    plan, _ = merge(first, second, tmp_path / "merged.pzd")
    assert plan.conflicts == []
    merged = read_dossier(tmp_path / "merged.pzd")
    assert (merged.plan_texts["overview"], merged.plan_texts["safeguards"]) == ("甲写的", "乙写的")


def test_copies_of_different_dossiers_are_refused_in_chinese(pzd, tmp_path, binjiang):
    binjiang.id = "another-dossier"
    other = tmp_path / "other.pzd"
    DossierFile.create(other, binjiang).close()
    with pytest.raises(MergeError, match="不是同一份申报材料的副本"):
        plan_merge(pzd, other)
    with pytest.raises(MergeError, match="不能与它自己合并"):
        plan_merge(pzd, pzd)


def test_finalised_versions_of_both_sides_are_kept(copies, tmp_path):
    a, b = copies
    edit(a, "顾问", lambda f: lifecycle.finalise(f.session, note="顾问定稿"))
    edit(b, "市工信局", lambda f: (edits.set_meta(f.session, "title", "市里改的标题"),
                                  lifecycle.finalise(f.session, note="市里定稿")))
    _, outcome = merge(a, b, tmp_path / "c.pzd")
    with DossierFile.open(tmp_path / "c.pzd", read_only=True) as c:
        versions = c.versions()
        assert [(v.revision, v.note) for v in versions] == [(1, "顾问定稿"), (2, "市里定稿（来自“b.pzd”的第 1 版）")]
        assert c.revision == 3 and c.dossier.stage == "draft" and c.dossier.title == "市里改的标题"


def test_the_command_line_lists_conflicts_and_writes_nothing_without_a_choice(copies, tmp_path, capsys):
    a, b = copies
    city = record_id(a, "cities")
    edit(a, "顾问", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000))
    edit(b, "市工信局", lambda f: edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35800))
    out = tmp_path / "c.pzd"
    assert cli(["merge", str(a), str(b), "-o", str(out)]) == 1
    text = capsys.readouterr()
    assert "1 处冲突" in text.out and "36000" in text.out and "35800" in text.out and "顾问" in text.out
    assert "--prefer" in text.err and not out.exists()
    assert cli(["merge", str(a), str(b), "-o", str(out), "--prefer", "second", "--author", "张三"]) == 0
    assert read_dossier(out).record("cities", city).values["base_stations"] == 35800
    assert "已合并" in capsys.readouterr().out
    assert cli(["merge", str(a), str(b), "-o", str(out)]) == 2
    assert "已存在" in capsys.readouterr().err
    other = tmp_path / "other.json"
    other.write_text(dumps(read_dossier(a)).replace(read_dossier(a).id, "another-dossier"), encoding="utf-8")
    assert cli(["import", str(other), "-o", str(tmp_path / "other.pzd"), "--allow-missing-evidence"]) == 0
    capsys.readouterr()
    assert cli(["merge", str(a), str(tmp_path / "other.pzd"), "-o", str(tmp_path / "y.pzd")]) == 2
    err = capsys.readouterr().err
    assert "不是同一份申报材料的副本" in err and "Traceback" not in err and not (tmp_path / "y.pzd").exists()
