"""Journey d: double-click a dossier on the home page — one window opens, nothing else.

It used to open twice (the row's ``doubleClicked`` and ``activated`` both opened it): the second open
found the file taken by the first and asked 「…正由本程序的另一个窗口打开编辑…是否以只读方式打开？」.
Also: closing that window (Ctrl+W) brings the home back rather than ending the app, and 最近打开 opens it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.models.exchange import load_json_file
from app.models.storage import DossierFile
from tests.journeys.conftest import double_click, idle

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_double_click_on_a_home_row_opens_one_window(workspace, app_controller, modals, qtbot):
    from app.ui import settings as prefs

    prefs.settings().set(prefs.AUTHOR_NAME, "李明")          # asked at the first start, not today
    for name in ("binjiang", "qingling-draft"):
        DossierFile.create(workspace / f"{name}.pzd", load_json_file(EXAMPLES / f"{name}.json")).close()
    home = app_controller.show_home()
    home.resize(1440, 900)
    qtbot.waitExposed(home)
    assert home.pages.currentWidget() is home.list_page
    files = [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())]
    row = files.index("binjiang.pzd")
    rect = home.table.visualRect(home.proxy.index(row, 0))
    double_click(qtbot, home.table.viewport(), rect.center())

    qtbot.waitUntil(lambda: len(app_controller.windows) == 1, timeout=20000)
    idle(qtbot)                                   # whatever else the double-click started has finished
    assert modals.unexpected == []
    assert len(app_controller.windows) == 1
    window = app_controller.windows[0]
    assert window.doc.path.name == "binjiang.pzd" and not window.doc.session.read_only
    assert window.windowTitle() == "滨江市 — binjiang.pzd"         # Qt adds the app's name once

    home.activateWindow()
    double_click(qtbot, home.table.viewport(), rect.center())   # again: same window
    idle(qtbot)
    assert app_controller.windows == [window] and modals.unexpected == []

    home.hide()                                   # as if the user had closed the home earlier
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)   # Ctrl+W: close the dossier
    assert app_controller.windows == []
    assert app_controller.home is not None and app_controller.home.isVisible()

    # …and 最近打开 opens it again: a push button whose menu lists the file just closed
    recent = app_controller.home.recent
    recent.menu().aboutToShow.emit()                  # what a click on the button does before showing the menu
    (entry,) = [a for a in recent.menu().actions() if a.text() == "binjiang.pzd"]
    entry.trigger()
    qtbot.waitUntil(lambda: len(app_controller.windows) == 1, timeout=20000)
    idle(qtbot)
    assert modals.unexpected == [] and app_controller.windows[0].doc.path.name == "binjiang.pzd"


def test_the_sample_opened_from_the_home_is_listed_there(workspace, app_controller, modals, qtbot):
    """打开示例 imports 滨江市 in the background: once its window is up the home lists it (it listed nothing,
    having refreshed before the import had written the file, until the window was closed)."""
    from app.ui import settings as prefs

    prefs.settings().set(prefs.AUTHOR_NAME, "李明")
    home = app_controller.show_home()
    qtbot.waitExposed(home)
    assert home.pages.currentWidget() is home.guide
    home.guide_buttons["sample"].click()
    qtbot.waitUntil(lambda: len(app_controller.windows) == 1, timeout=20000)
    idle(qtbot)
    assert modals.unexpected == []
    assert home.pages.currentWidget() is home.list_page
    assert [home.proxy.index(r, 1).data() for r in range(home.proxy.rowCount())] == ["binjiang.pzd"]
