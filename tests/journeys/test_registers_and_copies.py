"""Journeys through the real windows: a district's spreadsheet into a register, two copies merged.

Each test starts the app's own controller on a workspace of real ``.pzd`` files and works as a person does:
the register editor's Excel button, the import dialog's sheet, heading row, column list, skipped-rows
report and 导入 button, Ctrl+Z; the home's notice about two copies of one dossier, the merge dialog's
conflict table, 合并为新文件…, the dossier window's 文件 › 合并副本….  Only the operating system's file
dialogs and message boxes are answered by the test (they are native and modal).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.models import edits
from app.models.catalogue import load_catalogue
from app.models.exchange import load_json_file
from app.models.storage import DossierFile, read_dossier
from app.models.storage.merge import read_copy
from app.ui import settings as prefs
from app.ui import workers
from app.ui.application import AppController, install_fonts
from benchmarks.spreadsheets import write_factory_workbook

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CAT = load_catalogue()


@pytest.fixture(autouse=True)
def app_environment(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Private settings, user-data folder and workspace; background work runs at once (SyncRunner)."""
    install_fonts(qapp)
    monkeypatch.setenv("PILOTZONE_HOME", str(tmp_path / "home"))
    prefs.use_settings(prefs.Settings.at_path(tmp_path / "settings.ini"))
    prefs.settings().set(prefs.WORKSPACE_DIR, str(tmp_path / "workspace"))
    prefs.settings().set(prefs.AUTHOR_NAME, "合并人")
    workers.use_runner(workers.SyncRunner())
    yield prefs.settings().workspace_dir()
    workers.use_runner(None)
    prefs.use_settings(None)


class Answers(list):
    """The button texts to click in the next message boxes; ``shown`` records every box's text."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Message boxes are answered by clicking the first of their buttons named in ``answers`` (else closed)."""
    wanted = Answers()

    def fake_exec(box: QMessageBox) -> int:
        wanted.shown.append(box.text())
        for button in box.buttons():
            if button.text() in wanted:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return wanted


@pytest.fixture
def controller(qtbot) -> Iterator[AppController]:
    app = AppController()
    yield app
    for window in list(app.windows):
        window.close()
    if app.home is not None:
        app.home.close()


def open_window(controller: AppController, path: Path, qtbot):
    controller.open_path(path)
    window = controller.windows[-1]
    window.resize(1440, 900)
    qtbot.waitExposed(window)
    return window


def test_a_district_spreadsheet_goes_into_the_factory_register(controller, app_environment, tmp_path, qtbot,
                                                                answers, monkeypatch):
    pzd = app_environment / "滨江市.pzd"
    DossierFile.create(pzd, load_json_file(EXAMPLES / "binjiang.json")).close()
    window = open_window(controller, pzd, qtbot)
    window.show_page("application")
    window.wizards["application"].show_indicator("application.innovation.scenarios")
    editor = next(w for w in window.findChildren(QPushButton, "excel-factories")).parent()
    records = window.doc.dossier.registers["factories"]
    before = len(records)
    sheet = tmp_path / "各区汇总.xlsx"
    planted = write_factory_workbook(sheet, 500, existing=[(r.values["enterprise"], r.values["factory"]) for r in records])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))

    excel = window.findChild(QPushButton, "excel-factories")
    import_action = next(a for a in excel.menu().actions() if a.text().startswith("从 Excel"))
    import_action.trigger()
    dialog = editor.import_dialog
    qtbot.waitExposed(dialog)
    assert dialog.sheet.currentText().startswith("工厂名单") and dialog.header_row.value() == 4
    assert f"新增 {planted.add} 条" in dialog.counts.text()
    assert f"重复 {planted.duplicate} 行" in dialog.counts.text() and f"无效 {planted.invalid} 行" in dialog.counts.text()
    assert dialog.import_button.text() == f"导入 {planted.add} 行"

    # 所在地 holds districts, not cities: the user chooses not to import it
    dialog.mapping.cellWidget(4, 2).setCurrentIndex(0)
    assert dialog.mapping_targets()[4] is None
    dialog.filter.setCurrentIndex(dialog.filter.findData("invalid"))
    assert dialog.proxy.rowCount() == planted.invalid

    report = tmp_path / "未导入.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(dialog.save_skipped, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert len(rows) == 1 + planted.invalid + planted.duplicate and rows[0][-1] == "未导入原因"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(records) == before + planted.add
    assert all("city" not in r.values for r in records[before:])
    assert editor.message.text().startswith(f"已导入：新增 {planted.add} 条") and editor.message.isVisible()
    assert window.undo_action.text().startswith("撤销 从表格导入工厂")
    window.undo_action.trigger()                      # one step takes the whole import back
    assert len(records) == before
    window.redo_action.trigger()
    assert len(records) == before + planted.add

    import_action.trigger()                           # next time: the choice about 所在地 is remembered
    again = editor.import_dialog
    assert again.mapping_targets()[4] is None and f"新增 0 条" in again.counts.text()
    again.reject()
    window.close()
    assert len(read_dossier(pzd).registers["factories"]) == before + planted.add


def two_copies(workspace: Path) -> tuple[Path, Path, str]:
    """滨江市.pzd and its copy 滨江市 (2).pzd, edited apart by the consultant and the city's staff."""
    first, second = workspace / "滨江市.pzd", workspace / "滨江市 (2).pzd"
    DossierFile.create(first, load_json_file(EXAMPLES / "binjiang.json")).close()
    shutil.copy(first, second)
    with DossierFile.open(first, author="李明") as f:
        city = f.dossier.registers["cities"][0].id
        edits.set_cell(f.session, CAT, "cities", city, "base_stations", 36000)
        edits.set_meta(f.session, "title", "顾问改过的标题")
    with DossierFile.open(second, author="王芳") as f:
        edits.set_cell(f.session, CAT, "cities", city, "base_stations", 35800)
        edits.set_plan_text(f.session, "safeguards", "市工信局写的保障措施")
    return first, second, city


def test_the_home_notices_two_copies_and_merges_them(controller, app_environment, qtbot, answers, monkeypatch):
    first, second, city = two_copies(app_environment)
    hashes = {p: p.read_bytes() for p in (first, second)}
    home = controller.show_home()
    qtbot.waitExposed(home)
    notice = home.copies_notice
    assert notice.isVisible() and "滨江市.pzd" in notice.text.text() and "滨江市 (2).pzd" in notice.text.text()

    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    dialog = home.merge_dialog
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1 and not dialog.merge_button.isEnabled()
    assert "36000" in dialog.table.item(0, 2).text() + dialog.table.item(0, 3).text()
    assert {"李明", "王芳"} <= {dialog.table.item(0, c).text().split("\n")[-1].split(" ")[0] for c in (2, 3)}
    column = 2 if "35800" in dialog.table.item(0, 2).text() else 3          # newest first: the city's copy
    dialog.table.item(0, column).setCheckState(Qt.CheckState.Checked)       # what a click on the box does
    assert dialog.merge_button.isEnabled()

    result = app_environment / "滨江市（合并）.pzd"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(result), ""))
    answers.append("归档旧副本并打开")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert any("已合并为“滨江市（合并）.pzd”" in text for text in answers.shown)
    merged = read_dossier(result)
    assert merged.record("cities", city).values["base_stations"] == 35800
    assert merged.title == "顾问改过的标题" and merged.plan_texts["safeguards"] == "市工信局写的保障措施"
    archive = app_environment / "归档"
    assert {p.name: p.read_bytes() for p in archive.iterdir()} == {p.name: b for p, b in hashes.items()}
    assert not notice.isVisible()                                 # one file left: nothing to merge
    assert [w.doc.path for w in controller.windows] == [result]


def test_file_menu_merges_the_open_dossier_with_another_copy(controller, app_environment, qtbot, answers,
                                                             monkeypatch):
    first, second, city = two_copies(app_environment)
    window = open_window(controller, first, qtbot)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("合并副本"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    action.trigger()
    dialog = window.merge_dialog
    qtbot.waitExposed(dialog)
    assert "请选择" in dialog.summary.text()
    choose = next(b for b in dialog.findChildren(type(dialog.merge_button)) if b.text() == "选择副本…")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert "1 处两边改得不同" in dialog.summary.text()
    qtbot.mouseClick(dialog.all_a, Qt.MouseButton.LeftButton)    # 全部采用本文件
    result = app_environment / "合并结果.pzd"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(result), ""))
    answers.append("打开")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert read_dossier(result).record("cities", city).values["base_stations"] == 36000
    assert [w.doc.path for w in controller.windows] == [first, result]
    merged_window = controller.windows[-1]
    qtbot.waitExposed(merged_window)
    assert merged_window.doc.dossier.plan_texts["safeguards"] == "市工信局写的保障措施"
    history = read_copy(result).rows
    assert history[-1].how == "merge" and "合并结果为草稿" in history[-1].description


def test_the_merge_dialog_without_conflicts_keeps_its_text_together(controller, app_environment, qtbot, answers,
                                                                      monkeypatch):
    # before a copy is chosen (and when nothing conflicts) the conflict table is hidden: the room it leaves stays
    # below the text, instead of spreading the intro, the files and the summary down the whole dialog
    first, second, city = two_copies(app_environment)
    window = open_window(controller, first, qtbot)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("合并副本"))
    action.trigger()
    dialog = window.merge_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.table.isVisible()
    spacing = dialog.layout().spacing()
    assert dialog.summary.geometry().top() - dialog.files.geometry().bottom() <= 3 * spacing
    assert dialog.summary.geometry().bottom() < dialog.height() // 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择副本…")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    assert dialog.table.isVisible()                                  # with conflicts the table takes the room
    qtbot.waitUntil(lambda: dialog.table.geometry().bottom() > dialog.height() * 3 // 4, timeout=2000)


def test_the_merge_dialog_says_when_in_chinese(controller, app_environment, qtbot, answers, monkeypatch):
    # who changed a conflicting value, and when: 「李明 修改于 2026年12月1日 13:44」, never an ISO time
    import re

    first, second, city = two_copies(app_environment)
    window = open_window(controller, first, qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("合并副本"))
    action.trigger()
    dialog = window.merge_dialog
    qtbot.waitExposed(dialog)
    choose = next(b for b in dialog.findChildren(QPushButton) if b.text() == "选择副本…")
    qtbot.mouseClick(choose, Qt.MouseButton.LeftButton)
    sides = [dialog.table.item(0, column).text() for column in (2, 3)]
    for text in sides:
        assert re.search(r"修改于 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$", text), text
        assert not re.search(r"\d{4}-\d\d-\d\d", text), text
