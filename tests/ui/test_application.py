"""Application-level behaviour: window state, the error hook, .pzd autosave, home, translations."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models.storage import DossierFile, read_dossier
from app.models.storage.workspace import new_dossier
from app.paths import resource
from app.ui import application
from app.ui import settings as prefs
from app.ui.open_dossier import OpenDossier
from app.ui.main_window import DossierWindow
from tests.ui.conftest import EXAMPLES, type_text

PROJECTS = "infrastructure.private_network.platform_projects"


@pytest.fixture
def captured_boxes(monkeypatch):
    """Every QMessageBox shown, as (title, text), without blocking."""
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_window_geometry_and_dock_state_are_restored(qtbot):
    first = DossierWindow(OpenDossier.from_dossier(new_dossier("测试市")))
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 540)          # within the offscreen screen (800 × 600)
    first.gap_dock.hide()
    first.close()
    assert not prefs.settings().get(prefs.MAIN_STATE).isEmpty()

    second = DossierWindow(OpenDossier.from_dossier(new_dossier("另一市")))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.gap_dock.isHidden() and not second.gap_toggle.isChecked()
    second.close()


def test_exception_hook_shows_a_chinese_dialog_and_logs_the_traceback(captured_boxes, caplog):
    hook = application.ExceptionHook()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="pilotzone.ui"):
            hook(type(exc), exc, exc.__traceback__)
    assert len(captured_boxes) == 1
    title, text = captured_boxes[0]
    assert title == "出错了"
    assert "意外的问题" in text and "Traceback" not in text and "日志文件" in text
    assert any("Traceback" in r.getMessage() and "boom" in r.getMessage() for r in caplog.records)


def test_expected_errors_show_their_own_message(captured_boxes):
    hook = application.ExceptionHook()
    exc = ValueError("“12a”不是有效数值")
    hook(ValueError, exc, None)
    assert captured_boxes == [("出错了", "“12a”不是有效数值")]


def test_pzd_edits_autosave_and_closing_flushes(tmp_path, qtbot):
    path = tmp_path / "测试市.pzd"
    DossierFile.create(path, new_dossier("测试市")).close()
    controller = application.AppController()
    controller.open_path(path)                                      # SyncRunner: opens at once
    window = controller.windows[0]
    qtbot.addWidget(window)
    editor = window.wizards["infrastructure"].page(0).cards[PROJECTS].fields["built_projects"]
    qtbot.keyClicks(editor.edit, "8")
    assert window.save_label.text() in ("正在保存…", "已保存")
    qtbot.waitUntil(lambda: window.save_label.text() == "已保存", timeout=5000)
    window.close()                                                   # flushes and releases the file
    assert controller.windows == []
    assert read_dossier(path).answer(PROJECTS).fields["built_projects"].value == "8"
    assert prefs.settings().recent_files() == [path.resolve()]


def test_json_exchange_file_is_imported_into_the_workspace(qtbot):
    controller = application.AppController()
    controller.open_path(EXAMPLES / "binjiang.json")
    window = controller.windows[0]
    qtbot.addWidget(window)
    try:
        assert window.doc.file is not None and window.doc.path.suffix == ".pzd"
        assert window.doc.path.parent == prefs.settings().workspace_dir()
        assert "滨江市" in window.windowTitle()
    finally:
        window.close()


def test_opening_a_broken_file_shows_an_error_and_the_home(tmp_path, captured_boxes, qtbot):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    controller = application.AppController()
    controller.open_path(bad)
    assert captured_boxes and captured_boxes[0][1].startswith("打开文件失败：")
    assert controller.home is not None
    qtbot.addWidget(controller.home)


def test_home_lists_sorts_and_filters_the_workspace(qtbot):
    workspace = prefs.settings().workspace_dir()
    for name in ("binjiang", "qingling-draft"):
        DossierFile.create(workspace / f"{name}.pzd", __import__("app.models.exchange", fromlist=["x"])
                           .load_json_file(EXAMPLES / f"{name}.json")).close()
    controller = application.AppController()
    home = controller.show_home()
    qtbot.addWidget(home)
    assert home.proxy.rowCount() == 2
    home.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)               # starred conditions passed
    assert home.proxy.index(0, 3).data() == "1/6" and home.proxy.index(1, 3).data() == "6/6"
    assert home.proxy.index(0, 4).data().endswith("%")
    assert {home.proxy.index(r, 1).data() for r in range(2)} == {"binjiang.pzd", "qingling-draft.pzd"}
    type_text(home.search, "滨江")
    assert home.proxy.rowCount() == 1 and home.proxy.index(0, 0).data() == "滨江市"
    home.search.clear()
    home.table.selectRow(0)
    home.open_selected()
    assert len(controller.windows) == 1
    controller.windows[0].close()


def test_home_archive_moves_the_file(qtbot, monkeypatch):
    workspace = prefs.settings().workspace_dir()
    DossierFile.create(workspace / "甲市.pzd", new_dossier("甲市")).close()
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    home.table.selectRow(0)
    home.archive_selected()
    assert home.proxy.rowCount() == 0
    assert (workspace / "归档" / "甲市.pzd").exists()


def test_english_translation_translates_the_main_menu(qtbot):
    qm = resource("translations", "pilotzone_en.qm")
    if not qm.exists():
        pytest.skip("pilotzone_en.qm not compiled (pyside6-lrelease missing)")
    app = QApplication.instance()
    locale = QLocale()
    translators = application.install_translations(app, "en")
    try:
        window = DossierWindow(OpenDossier.from_dossier(new_dossier("测试市")))
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&View"]
        assert window.undo_action.text() == "Undo"
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("DossierWindow", "文件(&F)") == "文件(&F)"


def test_bundled_font_is_registered():
    from PySide6.QtGui import QFontDatabase

    assert application.bundled_font_files(), "resources/fonts should ship a CJK font"
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()


def test_fallback_faces_are_registered_after_the_first_turn_of_the_event_loop(qtbot, monkeypatch):
    """Only the UI font is registered before the first window; the Ming and Kai faces follow on the first turn."""
    from PySide6.QtGui import QFontDatabase

    registered: list[str] = []
    real_add = QFontDatabase.addApplicationFont
    monkeypatch.setattr(QFontDatabase, "addApplicationFont",
                        staticmethod(lambda path: registered.append(Path(path).name) or real_add(path)))
    app = QApplication.instance()
    before = app.font()
    try:
        application.install_fonts(app, fallbacks_later=True)
        assert registered == ["wqy-microhei.ttc"]
        qtbot.waitUntil(lambda: len(registered) == len(application.bundled_font_files()))
        assert sorted(registered[1:]) == ["ukai.ttc", "uming.ttc"]
        families = app.font().families()
        assert families[0] in application.KNOWN_CJK_FAMILIES
        assert "AR PL UMing CN" in families and "AR PL UKai CN" in families
    finally:
        app.setFont(before)
