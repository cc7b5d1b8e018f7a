"""The English UI can be completed: no Chinese fragment is glued in by code.

The catalogue's names reach the translation (the generated list is current, the UI looks them up: 「Add 城市」
became possible to say as 「Add City」); finding sentences and severity labels are translatable templates.
"""

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
                ("catalogue", "城市名称"): "City name", ("findings", "阻断"): "Blocking",
                ("GapPanel", "{label}（{count}）"): "{label} ({count})",
                ("findings", "{code} {name}：未填写情况说明"): "{code} {name}: the description is missing",
                }.get((context, source), "")


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


def test_the_gap_panel_translates_severities_and_finding_sentences(qapp, qtbot):
    from app.models.storage.workspace import new_dossier
    from app.ui.gap_panel import GapPanel
    from app.ui.open_dossier import OpenDossier

    translator = English()
    qapp.installTranslator(translator)
    try:
        panel = GapPanel(OpenDossier.from_dossier(new_dossier("测试市")))
        qtbot.addWidget(panel)
        groups = [panel.findings.topLevelItem(i).text(0) for i in range(panel.findings.topLevelItemCount())]
        assert groups[0] == "Blocking (6)"
        texts = [item.text(0) for item in panel.finding_items()]
        assert "1.1.1 落实国家发展战略及规划情况: the description is missing" in texts
    finally:
        qapp.removeTranslator(translator)


def test_every_finding_is_a_template_with_its_values():
    from app.models.assessment import evaluate
    from app.models.catalogue import load_catalogue
    from app.models.exchange import load_json_file

    evaluation = evaluate(load_json_file(ROOT / "examples" / "qingling-draft.json"), load_catalogue())
    assert evaluation.findings
    for finding in evaluation.findings:
        assert finding.template and finding.message == finding.template.format(**dict(finding.params))
        assert finding.text() == finding.message
