"""The workspace home and the way between it and the dossier windows; the author's name asked once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle

from app.models.storage import DossierFile
from app.models.storage.workspace import new_dossier
from app.ui import application
from app.ui import settings as prefs
from app.ui.author import AuthorDialog


def _authors() -> list[AuthorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, AuthorDialog) and w.isVisible()]


def test_an_empty_workspace_guides_a_first_start(qtbot):
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    assert home.model.entries == []
    assert home.pages.currentWidget() is home.guide and home.guide.isVisible()
    assert [b.text() for b in home.guide_buttons.values()] == ["新建申报…", "打开示例", "导入…"]
    assert home.windowTitle() == "工作区"            # Qt appends 「 — 先导区申报助手」 once
    home.close()


def test_recent_files_are_a_menu_with_room_for_its_arrow(qtbot):
    """「最近打开」 lists the files opened before, and its arrow sits beside the text, not over it."""
    workspace = prefs.settings().workspace_dir()
    path = workspace / "滨江市.pzd"
    DossierFile.create(path, new_dossier("滨江市", "浙江省")).close()
    prefs.settings().add_recent_file(path)
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    qtbot.waitExposed(home)
    button = home.recent
    text = button.fontMetrics().horizontalAdvance(button.text())
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.width() >= text + arrow + 8
    button.menu().aboutToShow.emit()
    assert [a.text() for a in button.menu().actions()] == ["滨江市.pzd"]
    home.close()


def test_two_dossiers_of_one_city_are_told_apart_by_their_file_names(qtbot):
    workspace = prefs.settings().workspace_dir()
    for name in ("滨江市", "滨江市-联合申报"):
        DossierFile.create(workspace / f"{name}.pzd", new_dossier("滨江市", "浙江省")).close()
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    assert home.pages.currentWidget() is home.list_page
    rows = {(home.proxy.index(r, 0).data(), home.proxy.index(r, 1).data()) for r in range(home.proxy.rowCount())}
    assert rows == {("滨江市", "滨江市.pzd"), ("滨江市", "滨江市-联合申报.pzd")}
    home.close()


def test_the_name_is_asked_once_and_kept(qtbot):
    controller = application.AppController(ask_author=True)
    home = controller.show_home()
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: len(_authors()) == 1)
    dialog = _authors()[0]
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()   # a name is needed
    dialog.name.setText("李明")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert prefs.settings().get(prefs.AUTHOR_NAME) == "李明"
    controller.show_home()
    again = application.AppController(ask_author=True)
    again.show_home()
    qtbot.wait(20)
    assert _authors() == []                                   # asked once, kept in the settings
    home.close()


def test_the_dossier_window_leads_back_to_the_workspace_and_to_other_files(tmp_path, qtbot, monkeypatch):
    workspace = prefs.settings().workspace_dir()
    first, second = workspace / "甲市.pzd", tmp_path / "乙市.pzd"
    DossierFile.create(first, new_dossier("甲市")).close()
    DossierFile.create(second, new_dossier("乙市")).close()
    controller = application.AppController()
    controller.open_path(first)                      # as `pilotzone 甲市.pzd`: no home yet
    window = controller.windows[0]
    assert controller.home is None
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    actions["返回工作区(&W)"].trigger()
    assert controller.home is not None and controller.home.isVisible()
    qtbot.addWidget(controller.home)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    actions["打开(&O)…"].trigger()
    assert [w.doc.path.name for w in controller.windows] == ["甲市.pzd", "乙市.pzd"]
    actions["打开(&O)…"].trigger()                  # the same file again: its window comes forward, no second one
    assert len(controller.windows) == 2
    for w in list(controller.windows):
        w.close()
    controller.home.close()


def test_closing_the_last_dossier_shows_the_home_and_quit_ends_everything(tmp_path, qtbot):
    path = tmp_path / "甲市.pzd"
    DossierFile.create(path, new_dossier("甲市")).close()
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    window.close()                                    # Ctrl+W
    assert controller.windows == [] and controller.home is not None and controller.home.isVisible()
    qtbot.addWidget(controller.home)
    controller.open_path(path)
    controller.quit()                                 # 文件 › 退出
    assert controller.windows == [] and not controller.home.isVisible()
    assert Path(path).exists()


def test_the_name_can_be_changed_for_later_edits(tmp_path, qtbot):
    from app.models import edits

    prefs.settings().set(prefs.AUTHOR_NAME, "李明")
    path = tmp_path / "甲市.pzd"
    DossierFile.create(path, new_dossier("甲市")).close()
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    actions = {a.text(): a for a in window.menuBar().actions()[1].menu().actions()}
    actions["修改人姓名(&N)…"].trigger()
    dialog = _authors()[0]
    dialog.name.setText("王芳")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    edits.set_meta(window.doc.session, "title", "甲市试点工作方案")
    window.doc.flush()
    assert window.doc.file.history_for("meta/title")[0].author == "王芳"
    assert prefs.settings().get(prefs.AUTHOR_NAME) == "王芳"
    window.close()
    controller.home.close()


def test_the_home_shown_again_lists_what_changed_meanwhile(qtbot):
    """返回工作区 (or closing the last dossier) shows the workspace as it is now, not as it was when the home was
    first drawn."""
    workspace = prefs.settings().workspace_dir()
    controller = application.AppController()
    home = controller.show_home()
    qtbot.addWidget(home)
    home.hide()
    DossierFile.create(workspace / "甲市.pzd", new_dossier("甲市")).close()
    assert controller.show_home() is home
    assert home.pages.currentWidget() is home.list_page
    assert [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())] == ["甲市.pzd"]
    home.close()


def _select(home, file_name: str) -> None:
    files = [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())]
    home.table.selectRow(files.index(file_name))


def test_a_dossier_open_in_a_window_is_closed_on_request_before_it_is_renamed_or_archived(qtbot, monkeypatch):
    """Renaming the dossier one is editing said 「…正由李明（计算机 …）打开，请关闭后再操作」 — the user's own
    window, described as if someone else held the file.  Now the home asks to close that window first; after a
    rename the dossier opens again under its new name."""
    from app.ui import home as home_module

    workspace = prefs.settings().workspace_dir()
    path = workspace / "甲市.pzd"
    DossierFile.create(path, new_dossier("甲市")).close()
    controller = application.AppController()
    home = controller.show_home()
    qtbot.addWidget(home)
    controller.open_path(path, home)
    window = controller.windows[0]
    asked: list[str] = []
    reply = {"value": False}
    monkeypatch.setattr(home_module, "confirm", lambda parent, title, text, **k: asked.append(text) or reply["value"])
    monkeypatch.setattr(home_module, "ask_text", lambda *a, **k: "乙市")
    errors: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.show_error", lambda parent, message: errors.append(message))

    _select(home, "甲市.pzd")
    home.rename_selected()                                    # declined: nothing happens
    assert len(asked) == 1 and "本程序" in asked[0] and "甲市.pzd" in asked[0]
    assert controller.windows == [window] and path.exists() and errors == []

    reply["value"] = True
    home.rename_selected()
    assert errors == [] and not path.exists() and (workspace / "乙市.pzd").exists()
    assert [w.doc.path.name for w in controller.windows] == ["乙市.pzd"]       # open again, under its new name
    assert [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())] == ["乙市.pzd"]

    _select(home, "乙市.pzd")
    home.archive_selected()
    assert errors == [] and controller.windows == [] and home.model.entries == []
    assert (workspace / "归档" / "乙市.pzd").exists()
    home.close()


def test_a_damaged_file_is_listed_with_what_is_wrong_in_words(qtbot):
    """A truncated copy stays in the list beside the others and says why it cannot be read in the row itself
    (the reason was only in a tooltip: the row read 「无法读取」 and a red 「—」)."""
    workspace = prefs.settings().workspace_dir()
    good = workspace / "甲市.pzd"
    DossierFile.create(good, new_dossier("甲市")).close()
    (workspace / "乙市.pzd").write_bytes(good.read_bytes()[:3000])
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    rows = {home.proxy.index(r, 1).data(): r for r in range(home.proxy.rowCount())}
    assert set(rows) == {"甲市.pzd", "乙市.pzd"}
    model = home.model
    row = rows["乙市.pzd"]
    cells = [home.proxy.index(row, c).data() for c in range(model.columnCount())]
    assert cells[model.STAGE] == "无法读取" and cells[model.NEXT].startswith("不完整")
    assert cells[model.NEXT] in home.proxy.index(row, model.NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert home.proxy.index(row, model.PASSED).data(Qt.ItemDataRole.ForegroundRole) is None
    home.close()


def test_archived_dossiers_can_be_shown_and_brought_back(qtbot):
    """归档 took a dossier out of the list with no way back in the app (and with every dossier archived the home
    claimed 「工作区里还没有申报材料」).  「已归档（N）」 shows them; 取回 returns one to the list."""
    workspace = prefs.settings().workspace_dir()
    DossierFile.create(workspace / "甲市.pzd", new_dossier("甲市")).close()
    home = application.AppController().show_home()
    qtbot.addWidget(home)
    assert home.archived_button.isHidden()
    _select(home, "甲市.pzd")
    home.archive_selected()
    assert home.pages.currentWidget() is home.list_page and home.model.entries == []
    assert home.archived_button.isVisibleTo(home) and home.archived_button.text() == "已归档（1）"
    home.archived_button.click()
    assert [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())] == ["甲市.pzd"]
    assert home.row_buttons["archive"].text() == "取回"
    _select(home, "甲市.pzd")
    home.archive_selected()                                  # 取回
    assert (workspace / "甲市.pzd").exists() and not (workspace / "归档" / "甲市.pzd").exists()
    assert not home.archived_button.isChecked() and home.archived_button.isHidden()
    assert [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())] == ["甲市.pzd"]
    assert home.row_buttons["archive"].text() == "归档"
    home.close()


def test_the_new_dossier_form_refuses_a_control_character_and_keeps_what_was_typed(qtbot):
    from app.ui.dialogs import NewDossierDialog

    dialog = NewDossierDialog()
    qtbot.addWidget(dialog)
    dialog.city.setText("滨江\u0007市")
    dialog.province.setText("浙江省")
    dialog._accept()
    assert dialog.result() == 0 and "城市名称" in dialog.problem.text() and "U+0007" in dialog.problem.text()
    assert dialog.city.text() == "滨江\u0007市"                 # to be corrected, not typed again
    dialog.city.setText("滨江市")
    dialog._accept()
    assert dialog.result() == 1
