"""A private installation for each journey: its own user-data folder, settings and empty workspace.

Journeys drive the app as a person does — the real ``AppController``,
``HomeWindow`` and ``DossierWindow``, real dossier files autosaved on their
own thread, and the real threaded task runner (files open and evidence
imports in the background, waited for with ``qtbot.waitUntil``).  Nothing
is stood in for.  ``Modals`` answers the modal dialogs a journey expects and
records (and dismisses) any it does not, so a surprise shows as a failed
assertion instead of a hung test.

The dossier-window fixtures of ``tests/ui`` (own settings and user folder per test, the synchronous worker,
the bundled UI font, ``open_window``) are available here too; the ``workspace`` fixture replaces the
synchronous worker with the real threaded one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.ui import settings as prefs
from app.ui import workers
from app.ui.application import AppController, install_fonts
from tests.ui.conftest import condition_row, open_window, ui_environment  # noqa: F401

_fonts_installed = False


@pytest.fixture
def workspace(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty workspace in a fresh installation (no author name yet), with the real background runner."""
    global _fonts_installed
    if not _fonts_installed:
        install_fonts(qapp)
        _fonts_installed = True
    home = tmp_path / "pilotzone-home"
    home.mkdir(exist_ok=True)            # (tests/ui's ui_environment may have made it already)
    monkeypatch.setenv("PILOTZONE_HOME", str(home))
    prefs.use_settings(prefs.Settings.at_path(tmp_path / "settings.ini"))
    folder = tmp_path / "工作区"
    prefs.settings().set(prefs.WORKSPACE_DIR, str(folder))
    workers.use_runner(workers.ThreadRunner())
    yield prefs.settings().workspace_dir()
    workers.use_runner(None)
    prefs.use_settings(None)


class Modals:
    """Answers expected modal dialogs (``expect``) and records any other one, closing it."""

    def __init__(self) -> None:
        self.handlers: list[tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]] = []
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def expect(self, matches: Callable[[QWidget], bool], answer: Callable[[QWidget], None]) -> None:
        """The next modal dialog for which ``matches(dialog)`` holds is answered by ``answer(dialog)``."""
        self.handlers.append((matches, answer))

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or getattr(dialog, "_journey_seen", False):
            return
        dialog._journey_seen = True    # type: ignore[attr-defined]
        for entry in self.handlers:
            if entry[0](dialog):
                self.handlers.remove(entry)
                QTimer.singleShot(0, lambda d=dialog, answer=entry[1]: answer(d))
                return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        self.unexpected.append(f"{dialog.windowTitle()}: {text}")
        QTimer.singleShot(0, dialog.reject if isinstance(dialog, QDialog) else dialog.close)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def modals(workspace: Path) -> Iterator[Modals]:
    watcher = Modals()
    yield watcher
    watcher.stop()


@pytest.fixture
def app_controller(workspace: Path, qtbot) -> Iterator[AppController]:
    """The controller ``pilotzone`` starts with (it asks for the author's name once); every window closed after."""
    controller = AppController(ask_author=True)
    yield controller
    for window in list(controller.windows):
        window.close()
    if controller.home is not None:
        controller.home.close()
    qtbot.waitUntil(lambda: not workers.runner()._running, timeout=20000)   # type: ignore[union-attr]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text into the focused widget, one key press per character (QTest.keyClicks knows only ASCII)."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def idle(qtbot) -> None:
    """Wait until no background task is running and the event loop has delivered what they posted."""
    qtbot.waitUntil(lambda: not workers.runner()._running, timeout=30000)   # type: ignore[union-attr]
    qtbot.wait(50)


def double_click(qtbot, widget: QWidget, pos) -> None:
    """What a mouse sends for a double-click: press, release, double-click, release.

    (``QTest.mouseDClick`` alone sends only the double-click event, which an item view ignores without the
    press before it.)
    """
    for send in (qtbot.mousePress, qtbot.mouseRelease, qtbot.mouseDClick, qtbot.mouseRelease):
        send(widget, Qt.MouseButton.LeftButton, pos=pos)
