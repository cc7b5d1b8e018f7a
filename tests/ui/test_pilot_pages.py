"""The pilot pages of the dossier window before approval, after it, and in the 复核."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import lifecycle, pilot_stages
from app.models.exchange import load_json_file
from app.models.lifecycle import PlanFrozen
from app.models.operations import SetPlanText
from tests.ui.conftest import EXAMPLES


def test_before_approval_only_the_timeline_is_there_and_the_dock_is_hidden(open_window):
    window = open_window("binjiang")
    assert ("page", "timeline") in window.nav.items and ("page", "report.1") not in window.nav.items
    window.show_page("timeline")
    page = window.pages["timeline"]
    assert page.cards["approval"].button("记录批复…").isEnabled() is False       # a draft is not submitted yet
    assert window.behind_dock.isHidden()


def test_the_review_page_shows_the_period_and_the_plan_is_read_only(open_window, qtbot):
    dossier = load_json_file(EXAMPLES / "binjiang.json")
    window = open_window(dossier)
    session = window.doc.session
    lifecycle.finalise(session)
    lifecycle.mark_submitted(session)
    pilot_stages.approve(session, on="2022-03-01", number="x号")
    pilot_stages.start_review(session, today=date(2025, 6, 1))
    assert ("page", "review") in window.nav.items and ("page", "report.3") in window.nav.items
    qtbot.waitUntil(lambda: window.behind_dock.isVisible(), timeout=2000)
    window.show_page("review")
    page = window.pages["review"]
    assert page.model.rowCount() == 26 and page.model.columnCount() == 6
    assert page.export_button.isEnabled() and "试点期：2022年3月1日至2025年3月1日" in page.period.text()
    timeline = window.pages.get("timeline") or window._page("timeline")
    assert "复核材料：起草中" in timeline.cards["review"].lines.text()
    with pytest.raises(PlanFrozen, match="冻结"):
        window.doc.session.do(SetPlanText("overview", dossier.plan_texts.get("overview", ""), "改写"))


def test_a_revoked_pilot_has_no_current_year_and_no_review_ahead(open_window):
    """After 撤销批复 the timeline still drew 「试点第2年（当前）」 in blue, the third year as if it would run, and
    「试点期满（2028年9月18日）后，工业和信息化部组织复核」 — a pilot the model holds as 已撤销."""
    from app.models import pilot, pilot_edits

    window = open_window(load_json_file(EXAMPLES / "binjiang-year2.json"))
    session = window.doc.session
    pilot_edits.add_incident(session, kind="safety", on="2026-11-02", description="某工厂爆炸",
                             today=date(2026, 12, 1))
    pilot_stages.revoke(session, on="2026-11-30", clause="（一）", today=date(2026, 12, 1))
    assert pilot.current_year(window.doc.dossier, date(2027, 12, 1)) == 2     # the year it was revoked in
    window.show_page("timeline")
    page = window.pages["timeline"]
    page.today = lambda: date(2027, 12, 1)           # a year later: by the calendar alone, year 3
    page.refresh()
    titles = {key: page.cards[key].title.text() for key in ("year.1", "year.2", "year.3")}
    assert not any("当前" in title for title in titles.values())
    assert titles["year.2"].startswith("试点第2年（2026年11月30日撤销批复）")
    assert titles["year.3"].startswith("试点第3年（未进行）")
    review = page.cards["review"].lines.text()
    assert review == "批复已于2026年11月30日撤销（第十八条（一）），不再组织复核。" and "试点期满" not in review
    assert not page.cards["review"].button("开始复核").isEnabled()
