"""What opening a dossier costs before its window is first painted (issue #7: start-up).

Run in a fresh interpreter through ``app.cli.main``, as ``pilotzone FILE.pzd`` starts: the first
frame must not import what only later screens need (dialogs, evidence and
PDF preview, export, signing, the heavy libraries), and must not make PySide
create the Python type of every QtWidgets class — which it does the first
time a plain ``QWidget*`` or ``QObject*`` reaches Python (~20 ms each time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.models.exchange import load_json_file
from app.models.storage import DossierFile

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from app.ui.gap_panel import GapPanel

painted = []
original = GapPanel.paintEvent
def paint_event(self, event):
    if not painted:
        painted.append(True)
        import PySide6.QtWidgets as widgets
        print(json.dumps({"modules": sorted(sys.modules),
                          "widget_types": sorted(k for k, v in vars(widgets).items() if isinstance(v, type))}))
        QApplication.instance().exit(0)
    original(self, event)
GapPanel.paintEvent = paint_event

from app.cli import main    # what `pilotzone FILE.pzd` runs, and the installed app's entry point
status = main([sys.argv[1]])
for window in QApplication.topLevelWidgets():
    window.close()
sys.exit(status)
"""

NOT_ON_THE_FIRST_FRAME = (
    "app.ui.dialogs", "app.ui.evidence", "app.ui.attestations", "app.ui.preview", "app.ui.export_dialog",
    "app.ui.history_dialog", "app.ui.verify_dialog", "app.ui.identity_dialog", "app.export",
    "app.signing", "PySide6.QtPdf", "sqlite_utils", "jsonschema", "docx", "reportlab", "pypdf", "openpyxl",
    "cryptography", "pyhanko",
)


def test_the_first_frame_imports_and_creates_only_what_it_shows(tmp_path):
    pzd = tmp_path / "滨江市.pzd"
    DossierFile.create(pzd, load_json_file(ROOT / "examples" / "binjiang.json")).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PILOTZONE_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(pzd)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    state = json.loads(done.stdout.strip().splitlines()[0])
    imported = [m for m in state["modules"] if m.startswith(NOT_ON_THE_FIRST_FRAME)]
    assert imported == []
    assert "QCalendarWidget" not in state["widget_types"]       # no plain QWidget* reached Python
    assert "QStyle" not in state["widget_types"]                # style classes are named only when drawn
