"""Journey e: the app is killed while someone types; started again, what they typed is there.

Both runs are the real app in a child process — ``application.run([file])``, as ``pilotzone FILE.pzd``
starts it, with its background runner and autosave thread — driven by key events (one per character,
as a keyboard sends them).  The first run types a 情况说明 and keeps typing until it is killed with
SIGKILL; the second opens the same file again (taking over the dead process's lock without a question)
and reads the text back from the editor.  The promise: at most the last two seconds are lost.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models.exchange import load_json_file
from app.models.storage import DossierFile

ROOT = Path(__file__).resolve().parents[2]
INDICATOR = "infrastructure.private_network.platform_projects"
FIRST = "滨江市已建成“5G+工业互联网”发展管理平台项目一百二十个，在建项目三十个。"
GUARANTEE = 2.0

APP = r"""
import json, sys, time
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from app.models.rules import Jump
from app.ui import application

path, mode, indicator, first = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
app = application.create_application()
boxes = []
QMessageBox.exec = lambda box: boxes.append(box.text()) or 0     # a question would be a failure: note it

def window():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "dossier_window" and w.isVisible()),
                None)

def key(widget, char):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))

def start():
    shown = window()
    if shown is None:
        QTimer.singleShot(20, start)
        return
    editor = shown.go_to(Jump(indicator, "narrative"))
    if mode == "read":
        print(json.dumps({"text": editor.toPlainText(), "read_only": shown.doc.session.read_only,
                          "boxes": boxes}, ensure_ascii=False), flush=True)
        app.exit(0)
        return
    text = first + "此后继续输入的内容" * 200
    def type_next(i=0):
        key(editor, text[i])
        print(f"typed {i + 1} {time.monotonic()}", flush=True)
        QTimer.singleShot(15, lambda: type_next(i + 1))             # about 60 characters a second
    type_next()

QTimer.singleShot(0, start)
sys.exit(application.run([path]))
"""


def app_env(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "config" / "pilotzone"
    config.mkdir(parents=True)
    (config / "pilotzone.conf").write_text("[user]\nauthor_name=李明\n", encoding="utf-8")   # a returning user
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PILOTZONE_HOME=str(tmp_path / "home"),
                XDG_CONFIG_HOME=str(tmp_path / "config"),
                PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_while_typing_the_text_is_there_after_a_restart(tmp_path):
    path = tmp_path / "滨江市.pzd"
    DossierFile.create(path, load_json_file(ROOT / "examples" / "binjiang.json"), author="李明").close()
    env = app_env(tmp_path)
    typing = subprocess.Popen([sys.executable, "-c", APP, str(path), "type", INDICATOR, FIRST], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first_typed = None
        for line in typing.stdout:                                   # wait until the first sentence is typed
            parts = line.split()
            if parts[:1] == ["typed"] and int(parts[1]) >= len(FIRST):
                first_typed = time.monotonic()
                break
        assert first_typed is not None, typing.stderr.read()[-3000:]
        time.sleep(GUARANTEE + 0.5)                                  # still typing: more characters every 15 ms
        assert typing.poll() is None
        typing.send_signal(signal.SIGKILL)
        typing.wait(30)
    finally:
        if typing.poll() is None:
            typing.kill()
    assert typing.returncode == -signal.SIGKILL

    again = subprocess.run([sys.executable, "-c", APP, str(path), "read", INDICATOR, ""], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr[-3000:]
    shown = json.loads(again.stdout.strip().splitlines()[-1])
    assert shown["boxes"] == [] and shown["read_only"] is False      # the dead process's lock: taken over quietly
    assert shown["text"].startswith(FIRST)                           # everything typed 2 s before the kill
    assert len(shown["text"]) > len(FIRST)                           # and what followed, up to the last moments
