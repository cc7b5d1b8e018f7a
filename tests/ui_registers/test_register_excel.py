"""The register editor's Excel button: export, blank template, and the import dialog's edge cases."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QStyle

from app.models.register_io import ID_HEADING, SCENARIO_SHEET
from app.ui import settings as prefs
from app.ui.register_excel import export_register, open_import
from app.ui.registers import RegisterEditor
from benchmarks.spreadsheets import write_policy_csv


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture(autouse=True)
def private_settings(tmp_path, sync_workers):
    prefs.use_settings(prefs.Settings.at_path(tmp_path / "settings.ini"))
    yield
    prefs.use_settings(None)


def editor_for(doc, register_id, qtbot) -> RegisterEditor:
    editor = RegisterEditor(doc, register_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_button_has_room_for_its_text_and_its_arrow(example_doc, qtbot):
    """「Excel」 and the menu arrow side by side, as wide as the editor lays it out (the arrow once hid the 「l」)."""
    editor = editor_for(example_doc, "cities", qtbot)
    button = editor.findChild(QPushButton, "excel-cities")
    qtbot.waitUntil(lambda: button.width() > 0)
    text = button.fontMetrics().horizontalAdvance(button.text())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.width() >= text + arrow + 8


def test_export_and_template_through_the_button(example_doc, qtbot, tmp_path, monkeypatch):
    editor = editor_for(example_doc, "titles", qtbot)
    button = editor.findChild(QPushButton, "excel-titles")
    assert [a.text() for a in button.menu().actions()] == ["从 Excel/CSV 导入…", "导出为 Excel…", "下载空白模板…"]
    target = tmp_path / "称号.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target.with_suffix("")), ""))
    assert export_register(editor) == target
    sheet = load_workbook(target).worksheets[0]
    assert sheet.max_row == 1 + len(example_doc.dossier.registers["titles"])
    assert sheet.cell(1, sheet.max_column).value == ID_HEADING
    assert "已导出" in editor.message.text()
    template = tmp_path / "模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
    export_register(editor, template=True)
    book = load_workbook(template)
    assert book.worksheets[0].max_row == 1 and SCENARIO_SHEET in book.sheetnames


def test_an_unreadable_file_is_explained_and_the_dialog_closes(empty_doc, qtbot, tmp_path, boxes):
    editor = editor_for(empty_doc, "policies", qtbot)
    bad = tmp_path / "旧格式.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    dialog = open_import(editor, bad)
    assert boxes and "另存为" in boxes[0] and not dialog.isVisible()
    assert empty_doc.dossier.registers.get("policies", []) == []


def test_a_gb18030_csv_imports_and_a_changed_heading_row_recomputes(empty_doc, qtbot, tmp_path, boxes):
    editor = editor_for(empty_doc, "policies", qtbot)
    path = tmp_path / "政策文件.csv"
    planted = write_policy_csv(path, 60, encoding="gb18030")
    dialog = open_import(editor, path)
    assert dialog.header_row.value() == 1 and f"新增 {planted.add} 条" in dialog.counts.text()
    dialog.header_row.setValue(2)                       # the wrong heading row: nothing maps, nothing to import
    assert not dialog.import_button.isEnabled()
    dialog.header_row.setValue(1)
    dialog.apply()
    assert len(empty_doc.dossier.registers["policies"]) == planted.add
    assert "已导入：新增" in editor.message.text()
    assert empty_doc.session.undo_text.startswith("从表格导入政策文件")
