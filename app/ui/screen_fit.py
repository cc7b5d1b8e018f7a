"""Windows and dialogs sized for the screen they open on.

The dossier window opens at 1440 × 900 and some dialogs are tall (the PDF preview asks for 1000 px), but many
of the laptops this app runs on have 1366 × 768 or 1280 × 800 screens with a taskbar: a window of the
default size there runs off the screen's edge, its gap panel or its buttons out of reach.  ``fit_to_screen``
is the one place that sizes a window: the size asked for where the screen has room; else a dialog is cut to
what the screen's available area holds (with room for the title bar and frame) and a main window opens
maximised.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

FRAME_WIDTH = 16     # px: the left and right window borders together (Windows 10/11: 2 × 8)
FRAME_HEIGHT = 48    # px: title bar and bottom border (Windows: ≈ 31 + 8), with a few pixels to spare


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or smaller when its screen has less room.

    A main window made smaller opens maximised, over the whole screen and never beyond its edges, with the
    smaller size placed in full view as its normal geometry (what 还原 gives); a dialog is placed by Qt over its
    parent, within the screen.
    """
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    room = screen.availableGeometry()
    fitted_width = max(1, min(width, room.width() - FRAME_WIDTH))
    fitted_height = max(1, min(height, room.height() - FRAME_HEIGHT))
    widget.resize(fitted_width, fitted_height)
    if (fitted_width, fitted_height) != (width, height) and not isinstance(widget, QDialog):
        widget.move(room.x() + (room.width() - fitted_width - FRAME_WIDTH) // 2,
                    room.y() + (room.height() - fitted_height - FRAME_HEIGHT) // 2)
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)


def offscreen_platform(width: int = 2560, height: int = 1600) -> str:
    """A ``QT_QPA_PLATFORM`` value for drawing offscreen on a screen of ``width`` × ``height``.

    Qt's offscreen screen is 800 × 800: there ``fit_to_screen`` would shrink every window and dialog, so the
    screenshots (``tools/screenshots.py``) and the benchmarks, which draw windows at their real default sizes,
    describe a larger screen in the offscreen plugin's configuration file.  The tests keep the small screen.
    """
    from app.files import atomic_write_text

    config = {"screens": [{"name": "offscreen", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = Path(tempfile.gettempdir()) / f"pilotzone-offscreen-{width}x{height}.json"
    atomic_write_text(path, json.dumps(config))
    return f"offscreen:configfile={path}"
