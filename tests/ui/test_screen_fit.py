"""Windows and dialogs fit the screen they open on (a 1280 × 800 laptop with a taskbar, not only 1440 × 900).

The offscreen test screen is 800 × 800: smaller than the dossier window's 1440 × 900 and the preview's
900 × 1000, larger than the identity dialog's 640 × 360.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from app.models.exchange import load_json_file
from app.ui.main_window import DossierWindow
from app.ui.open_dossier import OpenDossier
from app.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH, fit_to_screen
from tests.ui.conftest import EXAMPLES


def _room():
    return QApplication.primaryScreen().availableGeometry()


def _in_view(widget) -> bool:
    """The window with its frame lies inside the screen's room."""
    return _room().contains(widget.frameGeometry())


def test_a_size_the_screen_has_room_for_is_kept(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    fit_to_screen(window, 640, 360)
    assert (window.width(), window.height()) == (640, 360)


def test_the_dossier_window_on_a_small_screen_is_in_full_view(qtbot):
    room = _room()
    assert room.width() < 1440 and room.height() < 900          # the premise: the default does not fit here
    window = DossierWindow(OpenDossier.from_dossier(load_json_file(EXAMPLES / "binjiang.json")))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isMaximized() and _in_view(window), (window.frameGeometry(), room)
    normal = window.normalGeometry()       # what 还原 gives: the default size cut to the screen, in full view
    assert (normal.width(), normal.height()) == (room.width() - FRAME_WIDTH, room.height() - FRAME_HEIGHT)
    window.close()


def test_a_tall_dialog_is_shortened_to_the_screen(qtbot):
    from app.ui.export_dialog import PdfPreviewDialog

    dialog = PdfPreviewDialog(b"%PDF-1.4\n%%EOF\n")
    qtbot.addWidget(dialog)
    assert dialog.width() <= 900 and dialog.height() == _room().height() - FRAME_HEIGHT


def test_on_a_large_screen_the_dossier_window_opens_at_its_default_size(tmp_path):
    """The screenshots and benchmarks draw on such a screen (``offscreen_platform``): 1440 × 900, not maximised."""
    import json
    import os
    import subprocess
    import sys

    from app.ui.screen_fit import offscreen_platform

    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.models.exchange import load_json_file\n"
        "from app.ui.main_window import DossierWindow\n"
        "from app.ui.open_dossier import OpenDossier\n"
        "from tests.ui.conftest import EXAMPLES\n"
        "app = QApplication(sys.argv[:1])\n"
        "w = DossierWindow(OpenDossier.from_dossier(load_json_file(EXAMPLES / 'binjiang.json')))\n"
        "w.show()\n"
        "room = app.primaryScreen().availableGeometry()\n"
        "print(json.dumps([room.width(), room.height(), w.width(), w.height(), w.isMaximized()]))\n"
        "w.doc.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM=offscreen_platform(1920, 1080), PILOTZONE_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=EXAMPLES.parent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [1920, 1080, 1440, 900, False]
