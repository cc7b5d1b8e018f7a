"""The stages after 报送, the frozen plan and its amendments, the pilot calendar."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import completion, edits, lifecycle, pilot, pilot_edits, pilot_stages
from app.models.lifecycle import PlanFrozen, StageError
from app.models.pilot_edits import PilotEditError
from app.models.pilot_status import Facts, facts, next_due, stage_text
from app.models.storage import DossierFile, read_dossier
from tests.pilot.conftest import APPROVED, CAT, IN_YEAR_2

FUNDS = ("policy.funding.special_funds", "special_funds")


def test_the_pilot_years_follow_the_civil_code():
    approved = date(2025, 9, 18)
    assert pilot.year_span(approved, 1) == (date(2025, 9, 18), date(2026, 9, 18))
    assert pilot.year_span(approved, 2) == (date(2026, 9, 19), date(2027, 9, 18))
    assert pilot.pilot_end(approved) == date(2028, 9, 18)
    assert [pilot.pilot_year(approved, d) for d in (date(2025, 9, 17), date(2025, 9, 18), date(2026, 9, 18),
                                                   date(2026, 9, 19), date(2028, 9, 18), date(2028, 9, 19))] \
        == [0, 1, 1, 2, 3, 4]
    leap = date(2024, 2, 29)      # no 2月29日 in 2025: the period ends on the month's last day (第二百零二条)
    assert pilot.year_span(leap, 1)[1] == date(2025, 2, 28) and pilot.pilot_end(leap) == date(2027, 2, 28)


def test_approval_freezes_the_plan_and_moves_the_stage(approved):
    d = approved.dossier
    assert d.stage == "approved" and pilot.approval(d).number == "工信厅信管函〔2025〕188号"
    snap = pilot.frozen(d)
    assert snap.targets["policy.funding.special_funds"]["special_funds"] == ["5500", "6050", "6655"]
    assert snap.baseline["policy.funding.special_funds"]["special_funds"] == d.answer(FUNDS[0]).fields[FUNDS[1]].value
    derived = snap.targets["infrastructure.private_network.coverage"]["stations_per_10k"]    # computed, frozen too
    assert len(derived) == 3 and all(derived)
    assert snap.content_hash == approved.versions()[-1].content_hash
    assert stage_text(facts(d), IN_YEAR_2) == "试点第2年" == lifecycle.stage_label(d, IN_YEAR_2)
    hows = [e.how for e in approved.history_for("")]
    assert hows[:3] == ["approve", "approve", "approve"] and "submit" in hows      # stage, approval, frozen
    with pytest.raises(lifecycle.StageError, match="阶段变更不能撤销"):
        lifecycle.ChangeStage("approve", "", "", 1, 1).inverse()


def test_approval_is_refused_before_submission_and_checks_its_inputs(submitted):
    with pytest.raises(StageError, match="晚于今天"):
        pilot_stages.approve(submitted.session, on="2099-01-01", number="x号")
    with pytest.raises(StageError, match="批复文号"):
        pilot_stages.approve(submitted.session, on=APPROVED, number=" ")
    edits.set_meta(submitted.session, "title", "改了标题")            # an edit: back to a draft, revision 2
    with pytest.raises(StageError, match="只有“已报送”"):
        pilot_stages.approve(submitted.session, on=APPROVED, number="x号")


def test_after_approval_the_plan_is_not_edited_and_nothing_reopens_silently(approved):
    s, d = approved.session, approved.dossier
    before = (d.stage, d.revision, lifecycle.content_hash(d))
    with pytest.raises(PlanFrozen, match="调整目标"):
        edits.set_target(s, CAT, *FUNDS, 2, "60")
    with pytest.raises(PlanFrozen):
        edits.set_plan_text(s, "overview", "改写")
    assert (d.stage, d.revision, lifecycle.content_hash(d)) == before
    assert pilot.effective_target(d, *FUNDS, 2) == "6050"


def test_undo_of_a_plan_edit_made_before_approval_is_refused_after(submitted):
    s = submitted.session
    edits.set_plan_text(s, "overview", "新的基本情况")         # starts revision 2 …
    lifecycle.finalise(s)
    lifecycle.mark_submitted(s)
    pilot_stages.approve(s, on=APPROVED, number="x号")
    with pytest.raises(PlanFrozen):
        s.undo()
    assert submitted.dossier.plan_texts["overview"] == "新的基本情况" and s.can_undo


def test_an_amendment_is_recorded_with_date_and_reason_never_overwriting(approved):
    s, d = approved.session, approved.dossier
    with pytest.raises(PilotEditError, match="理由"):
        pilot_edits.amend_target(s, CAT, *FUNDS, 2, new="40", on="2026-03-01", reason="")
    pilot_edits.amend_target(s, CAT, *FUNDS, 2, new="40", on="2026-03-01", reason="财政预算调整",
                             document="滨政办〔2026〕58号")
    pilot_edits.amend_target(s, CAT, *FUNDS, 2, new="42.5", on="2026-06-01", reason="追加预算")
    assert pilot.frozen_target(d, *FUNDS, 2) == "6050"                 # as approved, kept
    assert pilot.effective_target(d, *FUNDS, 2) == "42.5"              # the latest amendment counts
    assert [(a.old, a.new, a.reason) for a in pilot.target_history(d, *FUNDS, 2)] == [
        ("6050", "40", "财政预算调整"), ("40", "42.5", "追加预算")]
    assert d.answer(FUNDS[0]).targets[FUNDS[1]] == ["5500", "6050", "6655"]   # the plan itself is untouched
    row = next(r for r in completion.year_rows(d, CAT, 2) if r.key == FUNDS)
    assert row.planned == "42.5" and row.approved == "6050" and len(row.amendments) == 2
    s.undo()
    assert pilot.effective_target(d, *FUNDS, 2) == "40"
    approved.flush()
    entries = approved.history_for("pilot/amendment")
    assert entries and entries[-1].new["reason"] == "财政预算调整"
    assert pilot.effective_target(read_dossier(approved.path), *FUNDS, 2) == "40"


def test_reports_are_finalised_submitted_and_reopened_by_an_edit(approved):
    s, d = approved.session, approved.dossier
    pilot_edits.set_actual(s, CAT, 1, *FUNDS, value="46")
    s.do(pilot_stages.prepare_report_finalise(d, 1))
    assert pilot.report_status(d, 1).state == "finalised"
    with pytest.raises(StageError, match="修改后才能再次定稿"):
        pilot_stages.prepare_report_finalise(d, 1)
    pilot_stages.report_submit(s, 1)
    digest = pilot.report_status(d, 1).content_hash
    assert digest == pilot_stages.report_hash(d, 1)
    pilot_edits.set_actual(s, CAT, 2, *FUNDS, value="10")            # another year: report 1 stays submitted
    assert pilot.report_status(d, 1).state == "submitted"
    pilot_edits.amend_target(s, CAT, *FUNDS, 1, new="45", on="2026-10-01", reason="核减")
    assert pilot.report_status(d, 1).state == "drafting"             # its target changed: back to 起草中
    assert d.stage == "approved" and d.revision == 1                  # the application is not reopened
    approved.flush()
    hows = [e.how for e in approved.history_for("pilot/report/1")][:4]
    assert hows == ["report_revise", "report_submit", "report_finalise", "do"]


def test_rejection_review_and_completion(submitted):
    s, d = submitted.session, submitted.dossier
    pilot_stages.reject(s, on="2025-09-18", number="未入选")
    assert d.stage == "not_approved" and pilot.decision(d, "not_approved")["number"] == "未入选"
    edits.set_plan_text(s, "overview", "修改后再次申报")           # 未获批复 reopens: a new revision
    assert (d.stage, d.revision) == ("draft", 2)
    lifecycle.finalise(s)
    lifecycle.mark_submitted(s)
    pilot_stages.approve(s, on="2022-03-01", number="x号", today=date(2025, 6, 1))
    with pytest.raises(StageError, match="试点期满后"):
        pilot_stages.start_review(s, today=date(2025, 2, 28))
    pilot_stages.start_review(s, today=date(2025, 6, 1))
    assert d.stage == "review" and next_due(facts(d), date(2025, 6, 1)) == "报送复核材料"
    pilot_stages.complete(s, on="2025-06-01", number="复核通过")
    assert d.stage == "completed" and next_due(facts(d)) == "试点已完成"
    with pytest.raises(PilotEditError):
        pilot_edits.add_rating(s, year=1, stars=4, on="2024-01-01")


def test_revocation_bars_three_years(approved):
    pilot_stages.revoke(approved.session, on="2026-11-30", clause="（四）", number="工信厅信管函〔2026〕300号")
    d = approved.dossier
    assert d.stage == "revoked" and pilot.decision(d, "revoked")["clause"] == "（四）"
    assert next_due(facts(d)) == "三年内不得申请工业和信息化部工业互联网相关项目（至2029年11月30日）"
    with pytest.raises(PlanFrozen):
        edits.set_plan_text(approved.session, "overview", "x")


def test_next_due_item_through_the_years(approved):
    f = facts(approved.dossier)
    assert next_due(f, date(2026, 1, 1)) == "第1年度试点工作报告（第1年至2026年9月18日）"
    assert next_due(f, IN_YEAR_2) == "报送第1年度试点工作报告（第1年已于2026年9月18日结束）"
    assert next_due(f, date(2028, 10, 1)).startswith("报送第1年度")
    early = Facts("approved", APPROVED, {1: "submitted"})                  # year 1 reported before it ended
    assert next_due(early, date(2026, 9, 1)) == "第2年度试点工作报告（第2年至2027年9月18日）"
    assert next_due(Facts("approved", APPROVED, {1: "submitted", 2: "submitted", 3: "submitted"}),
                    date(2028, 9, 1)) == "复核（试点期至2028年9月18日届满，三个年度报告均已报送）"
    done = Facts("approved", APPROVED, {1: "submitted", 2: "submitted", 3: "submitted"})
    assert next_due(done, date(2028, 10, 1)) == "复核（试点期已于2028年9月18日届满）"
    assert stage_text(done, date(2028, 10, 1)) == "试点期满（待复核）"


def test_pilot_years_persist_in_the_file_and_read_back(approved, tmp_path):
    s = approved.session
    pilot_edits.set_actual(s, CAT, 1, *FUNDS, value="46", note="财政局决算数")
    pilot_edits.set_area_text(s, CAT, "report/1", "policy", "done", "出台政策3项。")
    pilot_edits.add_rating(s, year=1, stars=2, on="2026-11-20", document="评价通知")
    path = approved.path
    approved.close()
    with DossierFile.open(path) as again:
        d = again.dossier
        assert d.stage == "approved" and pilot.actual(d, 1, *FUNDS).note == "财政局决算数"
        assert pilot.area_text(d, "report/1", "policy")["done"] == "出台政策3项。"
        assert [(r.year, r.stars) for r in pilot.ratings(d)] == [(1, 2)]


def test_a_count_reached_or_amended_is_a_whole_number(approved):
    """5G基站数 is counted in stations, as its targets in the plan are: 38379.5 is refused however it comes in,
    and nothing of a refused import is taken; an amount in 万元 keeps its decimals."""
    s, d = approved.session, approved.dossier
    stations = ("infrastructure.private_network.coverage", "base_stations")
    assert CAT.indicator(stations[0]).target(stations[1]).type == "integer"
    assert CAT.indicator(FUNDS[0]).target(FUNDS[1]).type == "decimal"
    with pytest.raises(PilotEditError, match="“5G基站数”第1年实际完成值：应为整数"):
        pilot_edits.set_actual(s, CAT, 1, *stations, value="38379.5")
    with pytest.raises(PilotEditError, match="应为整数"):
        pilot_edits.import_actuals(s, CAT, 1, [(*FUNDS, "46.5"), (*stations, "38379.5")])
    assert pilot.actual(d, 1, *FUNDS) is None and pilot.actual(d, 1, *stations) is None
    with pytest.raises(PilotEditError, match="“5G基站数”第2年调整后目标：应为整数"):
        pilot_edits.amend_target(s, CAT, *stations, 2, new="40000.5", on="2026-03-01", reason="规划调整")
    pilot_edits.set_actual(s, CAT, 1, *stations, value="38,379")
    pilot_edits.set_actual(s, CAT, 1, *FUNDS, value="46.5")
    assert pilot.actual(d, 1, *stations).value == "38379" and pilot.actual(d, 1, *FUNDS).value == "46.5"


def test_copies_are_not_merged_after_approval(approved, tmp_path):
    import shutil

    from app.models.storage.merge import MergeError, plan_merge

    approved.flush()
    other = tmp_path / "副本.pzd"
    shutil.copy(approved.path, other)
    with pytest.raises(MergeError, match="批复之后的申报材料不能合并副本"):
        plan_merge(approved.path, other)


def test_the_history_of_the_pilot_years_reads_in_words(approved):
    from app.models.history_words import describe_entry

    s = approved.session
    pilot_edits.set_actual(s, CAT, 1, *FUNDS, value="4510")
    pilot_edits.add_rating(s, year=1, stars=2, on="2026-11-20")
    approved.flush()
    words = [describe_entry(e, CAT, approved.dossier) for e in approved.history_for("")]
    actual = next(w for w in words if w.what.endswith("实际完成值"))
    assert actual.what == "第1年度报告 › 1.2.1 专项资金投入 › 实际完成值" and actual.new == "4510万元"
    rating = next(w for w in words if w.what == "星级评定")
    assert rating.kind == "新增" and rating.new == "第1年 2星（2026-11-20）"
    approval = next(w for w in words if w.kind == "批复" and w.what.startswith("记录批复"))
    assert "工信厅信管函〔2025〕188号" in approval.what
    stage = next(w for w in words if w.kind == "批复" and w.new == "已批复")
    assert stage.old == "已报送"
    assert not any("{" in w.what or "report/" in w.what for w in words)


def test_refusals_after_the_pilot_name_the_stage_once_and_what_still_applies(approved):
    """「申报材料已已撤销，…调整分年度目标请…使用“调整目标”」: the stage word carried its own 已, and a revoked or
    completed pilot was sent to an amendment it refuses; its values were refused as if it had never been approved."""
    s = approved.session
    with pytest.raises(StageError) as again:
        lifecycle.finalise(s)
    assert str(again.value).startswith("申报材料已获批复，试点工作方案以批复的版本") and "已已" not in str(again.value)
    pilot_stages.revoke(s, on="2026-11-30", clause="（四）")
    refused = []
    for attempt in (lambda: edits.set_plan_text(s, "overview", "x"), lambda: lifecycle.finalise(s),
                    lambda: pilot_edits.set_actual(s, CAT, 1, *FUNDS, value="1"),
                    lambda: pilot_edits.add_rating(s, year=2, stars=4, on="2026-11-30", today=IN_YEAR_2),
                    lambda: pilot_edits.add_incident(s, kind="cyber", on="2026-11-30", description="x",
                                                     today=IN_YEAR_2)):
        with pytest.raises((StageError, PilotEditError)) as caught:
            attempt()
        refused.append(str(caught.value))
    assert refused[0] == "申报材料已被撤销批复，试点工作方案不能再修改。"
    assert refused[1].startswith("申报材料已被撤销批复，试点工作方案以批复的版本") and "年度报告" not in refused[1]
    assert refused[2:] == ["申报材料已被撤销批复，不能再填报实际完成值。", "申报材料已被撤销批复，不能再记录星级评定。",
                           "申报材料已被撤销批复，不能再记录第十八条事项。"]
    assert not any("已已" in text or "获批复后" in text or "报送之后" in text for text in refused)


def test_a_plan_edit_in_the_review_does_not_read_as_reviewed(approved):
    s = approved.session
    pilot_stages.start_review(s, today=date(2028, 10, 1))
    with pytest.raises(PlanFrozen, match="^申报材料已进入复核，试点工作方案已冻结"):
        edits.set_plan_text(s, "overview", "x")
    pilot_stages.complete(s, on="2028-10-01", today=date(2028, 10, 2))
    with pytest.raises(PlanFrozen, match="^申报材料已完成复核，试点工作方案不能再修改。$"):
        edits.set_plan_text(s, "overview", "x")


def test_undo_after_revocation_does_not_take_back_the_matter_it_rests_on(approved):
    """撤销批复 then Ctrl+Z: the undo went past the stage change and silently deleted the 重大安全生产事故 the
    revocation cites, leaving a revoked pilot with no 第十八条 matter — although every edit of it is refused."""
    s, d = approved.session, approved.dossier
    pilot_edits.add_incident(s, kind="safety", on="2026-11-02", description="某工厂爆炸", today=IN_YEAR_2)
    pilot_stages.revoke(s, on="2026-11-30", clause="（一）", today=IN_YEAR_2)
    with pytest.raises(StageError, match="^申报材料已被撤销批复，不能再修改试点进展的记录。$"):
        s.undo()
    assert [i.kind for i in pilot.incidents(d)] == ["safety"] and s.can_undo
