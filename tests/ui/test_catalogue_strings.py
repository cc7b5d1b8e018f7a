"""The catalogue's names reach the translation: the generated list is current and the UI looks names up."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import catalogue_strings  # noqa: E402


def test_the_generated_list_matches_the_catalogue():
    assert catalogue_strings.TARGET.read_text(encoding="utf-8") == catalogue_strings.render(), \
        "run: python tools/catalogue_strings.py"
    names = catalogue_strings.catalogue_names()
    assert "城市" in names and "5G基站数（个）" in names and "其他部级及以上相关称号" in names
    assert "5G网络覆盖率" not in names          # an official indicator name stays Chinese


class English(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):   # noqa: D401 - Qt's signature
        return {("catalogue", "城市"): "City", ("RegisterEditor", "添加{name}"): "Add {name}",
                ("catalogue", "城市名称"): "City name"}.get((context, source), "")


def test_an_english_register_says_add_city(qapp, qtbot):
    from app.models.exchange import load_json_file
    from app.ui.open_dossier import OpenDossier
    from app.ui.registers import RegisterEditor

    translator = English()
    qapp.installTranslator(translator)
    try:
        doc = OpenDossier.from_dossier(load_json_file(ROOT / "examples" / "binjiang.json"))
        editor = RegisterEditor(doc, "cities")
        qtbot.addWidget(editor)
        buttons = [b.text() for b in editor.findChildren(__import__("PySide6.QtWidgets", fromlist=["x"]).QPushButton)]
        assert "Add City" in buttons
        assert editor.model.headerData(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal) \
            == "City name *"
    finally:
        qapp.removeTranslator(translator)
