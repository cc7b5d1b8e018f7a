"""Qt's own dialogs speak the UI's language: a real QFileDialog read label by label, in a fresh app process.

``qtbase_zh_CN`` alone left 「Look in」, 「Files of type」 and 「Folder」 in English, called a size 「体积」,
and a machine set to English or ``C.UTF-8`` wrote dates as 「1 12 2026」.  The app's own
``qt_extra_zh_CN.qm`` and the date locale set at start-up (``app.ui.application``) close those gaps.
The check runs in a child process because Qt fixes its system locale once per process.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QToolButton, QTreeView
from app.ui.application import create_application

app = create_application()
folder = sys.argv[1]
dialog = QFileDialog(None, "打开申报材料", folder, "申报材料 (*.pzd *.json)")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)    # what Linux shows; Windows uses Explorer's
dialog.setViewMode(QFileDialog.ViewMode.Detail)
dialog.show()
QTest.qWait(500)
tree = dialog.findChild(QTreeView, "treeView")
model, root = tree.model(), tree.rootIndex()
rows = [[model.index(r, c, root).data() for c in range(model.columnCount(root))] for r in range(model.rowCount(root))]
print(json.dumps({
    "labels": [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()],
    "buttons": [w.text() for w in dialog.findChildren(QPushButton) if w.isVisible()],
    "tooltips": [w.toolTip() for w in dialog.findChildren(QToolButton) if w.isVisible()],
    "headers": [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(root))],
    "rows": rows,
}, ensure_ascii=False))
dialog.close()
"""


def read_file_dialog(tmp_path: Path, language: str = "") -> dict:
    folder = tmp_path / "工作区"
    (folder / "归档").mkdir(parents=True)
    (folder / "滨江市.pzd").write_bytes(b"x" * 2048)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PILOTZONE_LANG"))}
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", PILOTZONE_HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    if language:
        env["PILOTZONE_LANG"] = language
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_file_dialog_of_the_chinese_ui_is_chinese_throughout(tmp_path):
    shown = read_file_dialog(tmp_path)
    texts = shown["labels"] + shown["buttons"] + shown["tooltips"] + shown["headers"]
    assert "查找范围(&L)：" in shown["labels"] and "文件类型(&T)：" in shown["labels"]
    assert shown["headers"] == ["名称", "大小", "类型", "修改日期"]           # not 「体积」
    folder_row = next(r for r in shown["rows"] if r[0] == "归档")
    file_row = next(r for r in shown["rows"] if r[0] == "滨江市.pzd")
    assert folder_row[2] == "文件夹" and re.search(r"[\u4e00-\u9fff]", file_row[2])   # a kind in Chinese
    assert re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d\d", file_row[3]), file_row[3]   # not 「1 12 2026」
    english = [t for t in texts + [c for r in shown["rows"] for c in r[1:3]] if re.search(r"[A-Za-z]{3,}", t or "")
               and not re.fullmatch(r"\w{1,5} 文件|[\d.,]+ [KMGT]?i?B", t)]   # 「pzd 文件」, 「2.00 KiB」
    assert english == [], english


def test_the_english_ui_keeps_qt_in_english(tmp_path):
    shown = read_file_dialog(tmp_path, "en")
    assert "Look in:" in " ".join(shown["labels"]).replace("&", "")
    assert shown["headers"][1] == "Size"
