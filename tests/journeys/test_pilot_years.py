"""After approval, through the real windows: approve the sample, report year 1, export and verify it signed,
then two ratings of 三星以下 bring the blocking notice of 第十八条（四）."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.models import completion, lifecycle, pilot
from app.models.assessment import Severity
from app.models.storage.exchange_import import import_exchange
from app.signing import identities
from app.signing.verify import verify_package
from app.ui.main_window import DossierWindow
from app.ui.open_dossier import OpenDossier
from app.ui.verify_dialog import VerifyDialog
from tests.journeys.conftest import type_text
from tests.ui.conftest import when_modal

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"
BEHIND = {"special_funds": "4510", "invention_patents": "2000"}      # of 5500 万元 and 2120 件


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.show_error", lambda parent, message, **kwargs: seen.append(message))
    monkeypatch.setattr("app.ui.dialogs.show_info", lambda parent, title, text: seen.append(text))
    monkeypatch.setattr("app.ui.dialogs.confirm", lambda parent, title, text, **kwargs: seen.append(text) or True)
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    return seen


@pytest.fixture
def window(qtbot, tmp_path) -> Any:
    """滨江 as a dossier file, 定稿 and 报送, in its window."""
    file = import_exchange(ROOT / "examples" / "binjiang.json", tmp_path / "滨江市.pzd", author="王工")
    lifecycle.finalise(file.session, note="报省工信厅")
    lifecycle.mark_submitted(file.session)
    win = DossierWindow(OpenDossier.from_file(file))
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    yield win
    try:
        win.close()
    except RuntimeError:       # already deleted
        pass


FAILURES: list[BaseException] = []


def answer_dialog(fill: Callable[[Any], None]) -> None:
    """Fill in the next modal dialog as a user would, once it is up (a failure closes it and is re-raised)."""
    when_modal(fill, FAILURES)


def raise_failures() -> None:
    if FAILURES:
        raise FAILURES.pop()


def click_card_button(qtbot, page: Any, card: str, text: str) -> None:
    button = page.cards[card].button(text)
    assert button is not None and button.isEnabled(), f"{card}: {text}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    raise_failures()


def test_approve_report_export_verify_and_the_article_18_notice(window, qtbot, tmp_path, messages):
    doc = window.doc
    window.nav.setCurrentItem(window.nav.items[("page", "timeline")])
    timeline = window.stack.currentWidget()
    assert timeline is window.pages["timeline"] and "已报送，等待批复" in timeline.cards["approval"].lines.text()

    # 1. mark the sample approved
    def approve(dialog: Any) -> None:
        dialog.fields["批复日期"].setDate(QDate(2025, 9, 18))
        qtbot.keyClicks(dialog.fields["批复文号"], "MIIT-2025-188")
        dialog.accept()
    answer_dialog(approve)
    click_card_button(qtbot, timeline, "approval", "记录批复…")
    assert doc.dossier.stage == "approved" and pilot.approval(doc.dossier).number == "MIIT-2025-188"
    assert "2025年9月18日批复" in timeline.cards["approval"].lines.text()
    assert ("page", "report.1") in window.nav.items and window.behind_dock.isVisible()
    assert "方案已批复" in window.windowTitle()

    # 2. enter the year-1 values reached in the report's table
    click_card_button(qtbot, timeline, "year.1", "打开第1年度报告")
    report = window.stack.currentWidget()
    assert report is window.pages["report.1"]
    table, model = report.table, report.model

    def type_value(row_index: int, text: str) -> None:
        index = model.index(row_index, model.VALUE_COLUMN)
        table.setCurrentIndex(index)
        table.edit(index)
        assert table.state() == QAbstractItemView.State.EditingState, "the value cell opens an editor"
        editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(1)                                     # the closed editor goes away

    # a count of stations cannot be 38379.5: refused in words, nothing stored
    stations = next(i for i, r in enumerate(model.rows) if r.target.id == "base_stations")
    type_value(stations, "38379.5")
    assert any("“5G基站数”第1年实际完成值：应为整数" in m for m in messages), messages
    assert pilot.actual(doc.dossier, 1, "infrastructure.private_network.coverage", "base_stations") is None
    for row_index, row in enumerate(model.rows):
        if row.target.derived:
            continue
        type_value(row_index, BEHIND.get(row.target.id, row.planned))
    assert [r.target.id for r in model.rows if r.actual is None] == []
    assert pilot.actual(doc.dossier, 1, "policy.funding.special_funds", "special_funds").value == "4510"

    # 3. the behind-target panel shows exactly the two targets not reached
    panel = window.behind_dock.panel
    assert panel.year == 1
    assert panel.behind_keys() == [("policy.funding.special_funds", "special_funds"),
                                   ("ecosystem.innovation.ip", "invention_patents")]
    assert "未达成 2 项，未填报 0 项" in panel.summary.text()
    assert "尚差 990 万元" in panel.tree.topLevelItem(0).child(0).text(0)
    item = panel.tree.topLevelItem(0).child(1)
    panel.tree.scrollToItem(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=panel.tree.visualItemRect(item).center())
    assert model.rows[table.currentIndex().row()].target.id == "invention_patents"     # the panel goes to the row

    for area in doc.catalogue.guide_areas:
        report.tabs.setCurrentIndex(list(a.id for a in doc.catalogue.guide_areas).index(area.id))
        type_text(report.editors[(area.id, "done")].edit, f"{area.name.split('、')[-1]}：完成年度任务。")
    assert pilot.area_text(doc.dossier, "report/1", "policy")["done"] == "发展政策先导：完成年度任务。"

    # 4. export the signed year-1 report, and verify it
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    out = tmp_path / "第1年度.zip"

    def export(dialog: Any) -> None:
        assert dialog.kind.year == 1 and not dialog.blocking()
        dialog.identity.setCurrentIndex(dialog.identity.findData(identity.id))
        dialog.passphrase.setText(PASS)
        dialog.output.setText(str(out))
        dialog.export()
        if dialog.isVisible():             # refused or failed: the messages say why
            dialog.reject()
    answer_dialog(export)
    qtbot.mouseClick(report.export_button, Qt.MouseButton.LeftButton)
    raise_failures()
    assert out.is_file(), messages
    assert any("第1年度试点工作报告已定稿" in m for m in messages)
    assert pilot.report_status(doc.dossier, 1).state == "finalised" and "已定稿" in report.period.text()
    verdict = verify_package(out)
    assert verdict.ok, verdict.problems
    assert verdict.manifest["report_year"] == 1 and verdict.manifest["document_kind"] == "annual_report"
    verify = VerifyDialog(path=str(out))
    qtbot.addWidget(verify)
    verify.start()
    assert verify.result is not None and verify.result.ok and "验证通过" in verify.verdict.text()
    qtbot.mouseClick(report.submit_button, Qt.MouseButton.LeftButton)
    assert pilot.report_status(doc.dossier, 1).state == "submitted"

    # 5. two ratings below three stars: the blocking notice of 第十八条（四）
    window.show_page("timeline")
    for year, stars in ((1, 2), (2, 1)):
        def rate(dialog: Any, stars: int = stars) -> None:
            dialog.fields["星级"].setValue(stars)
            dialog.fields["评定日期"].setDate(QDate(2026, 11, 19 + year))
            dialog.accept()
        answer_dialog(rate)
        click_card_button(qtbot, timeline, f"year.{year}", "记录星级评定…")
        if year == 1:
            assert timeline.notice.isVisible() and timeline.notice.property("severity") == "warning"
            assert "再有一次即达到撤销条件" in timeline.notice.text()
    qtbot.waitUntil(lambda: timeline.notice.property("severity") == "blocking", timeout=3000)
    assert "累计2次星级评定为三星以下" in timeline.notice.text() and "第十八条（四）" in timeline.notice.text()
    findings = [f for f in doc.evaluate_now().findings if f.severity == Severity.BLOCKING]
    assert any("第十八条（四）" in f.message for f in findings)
    blocking = next(i for i in window.gap_dock.panel.finding_items()
                    if "第十八条（四）" in i.data(0, Qt.ItemDataRole.UserRole).message)
    window.gap_dock.panel._on_item(blocking)                      # the notice in the gap panel leads to the timeline
    assert window.stack.currentWidget() is timeline
    assert [(r.year, r.stars) for r in pilot.ratings(doc.dossier)] == [(1, 2), (2, 1)]
    assert completion.behind(completion.year_rows(doc.dossier, doc.catalogue, 1))      # still on record
