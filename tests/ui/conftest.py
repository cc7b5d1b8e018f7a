"""Fixtures for the dossier window, home and application tests.

Every test gets its own QSettings file and user-data folder (nothing is
shared between tests or with the developer's real settings), the
synchronous worker stand-in, and the bundled UI font.  Windows are closed
by the test (or by ``close_all``) so no dossier file's autosave thread is
still running when pytest-qt processes events at teardown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.models.exchange import load_json_file
from app.ui import settings as prefs
from app.ui import workers
from app.ui.application import install_fonts
from app.ui.open_dossier import OpenDossier
from app.ui.main_window import DossierWindow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_fonts_installed = False


@pytest.fixture(autouse=True)
def ui_environment(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    global _fonts_installed
    if not _fonts_installed:
        install_fonts(qapp)
        _fonts_installed = True
    home = tmp_path / "pilotzone-home"
    home.mkdir()
    monkeypatch.setenv("PILOTZONE_HOME", str(home))
    prefs.use_settings(prefs.Settings.at_path(tmp_path / "settings.ini"))
    workers.use_runner(workers.SyncRunner())
    yield
    workers.use_runner(None)
    prefs.use_settings(None)


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[..., DossierWindow]]:
    """``open_window(dossier_or_example_name)`` → a shown, active DossierWindow (closed afterwards)."""
    windows: list[DossierWindow] = []

    def make(source: object) -> DossierWindow:
        dossier = load_json_file(EXAMPLES / f"{source}.json") if isinstance(source, str) else source
        window = DossierWindow(OpenDossier.from_dossier(dossier))  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        try:
            window.close()
        except RuntimeError:   # already deleted
            pass


def condition_row(window: DossierWindow, name: str):
    """The gap-panel row of a starred condition by (part of) its name."""
    for row in window.gap_dock.panel.rows:
        if row.result is not None and name in row.result.name:
            return row
    raise AssertionError(f"no condition row {name!r}")


def type_text(widget, text: str) -> None:
    """Type any text (QTest.keyClicks only knows ASCII): one key press/release per character."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def when_modal(fill: Callable[[QWidget], None], failures: list[BaseException]) -> None:
    """Answer the next modal dialog as a user would, once it is up; a failure closes the dialog (a test would
    otherwise wait for ever) and is kept in ``failures`` for the test to raise."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            fill(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.reject()
    QTimer.singleShot(0, run)
