"""What a user met in the real window after 报送 (QA walk): the stage in words on the basic-information page, the
notes of the values form, a double-click on a missing report text, the small forms after a refusal, and the
self-signed note of the export dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models import completion, lifecycle, pilot, pilot_edits, pilot_stages
from app.models.actuals_table import write_form
from app.models.exchange import load_json_file
from app.signing import identities
from app.ui.field_editors import StageLabel
from tests.ui.conftest import EXAMPLES, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.show_error", lambda parent, message, **kwargs: seen.append(message))
    monkeypatch.setattr("app.ui.dialogs.show_info", lambda parent, title, text: seen.append(text))
    return seen


def submitted_window(open_window) -> Any:
    window = open_window(load_json_file(EXAMPLES / "binjiang.json"))
    lifecycle.finalise(window.doc.session)
    lifecycle.mark_submitted(window.doc.session)
    return window


def approved_window(open_window) -> Any:
    window = submitted_window(open_window)
    pilot_stages.approve(window.doc.session, on="2025-09-18", number="工信厅信管函〔2025〕188号")
    return window


def test_the_stage_on_the_basic_information_page_is_in_words_after_approval(open_window):
    """「阶段 approved（第 1 版）」: the raw id was shown once the dossier was approved."""
    window = approved_window(open_window)
    label = window.findChild(StageLabel)
    assert label is not None
    assert "approved" not in label.text()
    assert label.text().startswith("试点第") and "（第 1 版）" in label.text()


def test_the_import_button_takes_the_notes_of_the_form(open_window, qtbot, tmp_path, monkeypatch, errors):
    from openpyxl import load_workbook

    window = approved_window(open_window)
    window.show_page("report.1")
    page = window.pages["report.1"]
    path = tmp_path / "填报表.xlsx"
    write_form(path, window.doc.dossier, window.doc.catalogue, 1)
    book = load_workbook(path)
    sheet = book.active
    headings = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "4.1.2")
    row[headings.index("实际完成值")].value = "2000"
    row[headings.index("备注")].value = "含已受理未授权的申请 30 件"
    book.save(path)
    monkeypatch.setattr("app.ui.annual_report.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert errors == ["已导入 1 项实际完成值（可撤销）。"]
    found = pilot.actual(window.doc.dossier, 1, "ecosystem.innovation.ip", "invention_patents")
    assert (found.value, found.note) == ("2000", "含已受理未授权的申请 30 件")


def test_a_missing_report_text_in_the_export_list_goes_to_its_editor(open_window, qtbot):
    """Double-clicking 「“基础设施先导”：未填写工作开展情况」 closed the export dialog and left the page where it was."""
    window = approved_window(open_window)
    window.show_page("report.1")
    page = window.pages["report.1"]
    failures: list[BaseException] = []
    seen: list[str] = []

    def activate(dialog: QDialog) -> None:
        items = [dialog.problems.topLevelItem(i).child(j) for i in range(dialog.problems.topLevelItemCount())
                 for j in range(dialog.problems.topLevelItem(i).childCount())]
        item = next(i for i in items if "“基础设施先导”：未填写工作开展情况" in i.text(0))
        seen.append(item.parent().text(0))
        dialog.problems.itemActivated.emit(item, 0)
    when_modal(activate, failures)
    page.export()
    assert not failures, failures
    assert seen[0].startswith("重点任务推进情况")            # not 「方案正文及其他」: it is the report's own text
    areas = [a.id for a in window.doc.catalogue.guide_areas]
    assert page.tabs.currentIndex() == areas.index("infrastructure")
    editor = page.editors[("infrastructure", "done")]
    assert window.focusWidget() is editor.edit         # the window gives it the focus back once the dialog is gone


def test_a_refused_approval_keeps_the_form_open_with_what_was_typed(open_window, qtbot, errors):
    """Without a 文号 the core refuses: the form used to close and take the date and note typed with it."""
    window = submitted_window(open_window)
    window.show_page("timeline")
    timeline = window.pages["timeline"]
    failures: list[BaseException] = []
    states: list[tuple[bool, str, str]] = []

    def fill(dialog: QDialog) -> None:
        dialog.fields["批复日期"].setDate(QDate(2025, 9, 18))
        dialog.fields["说明"].setText("省工信厅转发")
        dialog.accept()                                  # no 批复文号: refused
        states.append((dialog.isVisible(), dialog.fields["批复日期"].date().toString("yyyy-MM-dd"),
                       dialog.fields["说明"].text()))
        if dialog.isVisible():
            dialog.fields["批复文号"].setText("工信厅信管函〔2025〕188号")
            dialog.accept()
    when_modal(fill, failures)
    qtbot.mouseClick(timeline.cards["approval"].button("记录批复…"), Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert errors and "批复文号" in errors[0]
    assert states == [(True, "2025-09-18", "省工信厅转发")]
    assert window.doc.dossier.stage == "approved"
    found = pilot.approval(window.doc.dossier)
    assert (found.date, found.number, found.note) == ("2025-09-18", "工信厅信管函〔2025〕188号", "省工信厅转发")


def test_a_refused_rating_keeps_the_form_open(open_window, qtbot, errors, monkeypatch):
    window = approved_window(open_window)
    pilot_edits.add_rating(window.doc.session, year=1, stars=2, on="2026-11-01")
    window.show_page("timeline")
    timeline = window.pages["timeline"]
    monkeypatch.setattr(pilot_edits, "add_rating", _refuse)
    failures: list[BaseException] = []
    open_after: list[bool] = []

    def fill(dialog: QDialog) -> None:
        dialog.accept()
        open_after.append(dialog.isVisible())
        dialog.reject()
    when_modal(fill, failures)
    timeline.record_rating(2)
    assert not failures, failures
    assert open_after == [True] and errors == ["记录第2年星级评定失败：拒绝"]


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise pilot_edits.PilotEditError("拒绝")


def test_the_self_signed_note_has_room_for_its_lines(open_window, qtbot):
    """Choosing a self-signed identity for a complete report showed its note squeezed to a line and a half: the
    dialog, as short as its form when nothing blocks, kept its height."""
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase="x" * 12)
    window = approved_window(open_window)
    doc = window.doc
    for row in completion.year_rows(doc.dossier, doc.catalogue, 1):
        if not row.target.derived:
            pilot_edits.set_actual(doc.session, doc.catalogue, 1, row.indicator.id, row.target.id, value=row.planned)
    for area in doc.catalogue.guide_areas:
        pilot_edits.set_area_text(doc.session, doc.catalogue, "report/1", area.id, "done", "完成年度任务。")
    window.show_page("report.1")
    page = window.pages["report.1"]
    failures: list[BaseException] = []
    heights: list[tuple[int, int]] = []

    def choose(dialog: QDialog) -> None:
        dialog.identity.setCurrentIndex(dialog.identity.findData(identity.id))
        QApplication.processEvents()
        assert not dialog.blocking()
        note = dialog.self_signed_note
        heights.append((note.height(), note.heightForWidth(note.width())))
        dialog.reject()
    when_modal(choose, failures)
    page.export()
    assert not failures, failures
    shown, needed = heights[0]
    assert shown >= needed, f"the note is {shown} px high but needs {needed}"


def test_a_target_row_tooltip_reads_its_amendment_date_and_gap_as_the_dock_does(open_window):
    """The tooltip said 「2026-03-01调整为 …」 and 「差距：990.00 万元」 where the dock says 990."""
    window = approved_window(open_window)
    s, funds = window.doc.session, ("policy.funding.special_funds", "special_funds")
    pilot_edits.amend_target(s, window.doc.catalogue, *funds, 1, new="5600", on="2026-03-01", reason="预算调整",
                             today=pilot.parse_day("2026-03-02"))
    pilot_edits.set_actual(s, window.doc.catalogue, 1, *funds, value="4610")
    window.show_page("report.1")
    model = window.pages["report.1"].model
    row = next(i for i, r in enumerate(model.rows) if (r.indicator.id, r.target.id) == funds)
    tip = model.data(model.index(row, 2), Qt.ItemDataRole.ToolTipRole)
    assert "2026年3月1日调整为 5600（预算调整）" in tip and "差距：990 万元" in tip, tip
