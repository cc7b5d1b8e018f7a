"""Opening an exchange document in the app goes through the core's one import (evidence contents included);
the stage is shown read-only and changes only through core stage operations."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtWidgets import QComboBox

from app.ui import application
from app.ui import settings as prefs
from app.ui.export_dialog import ExportDialog
from app.ui.field_editors import StageLabel

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_opening_the_sample_json_brings_its_evidence_and_exports_final(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    monkeypatch.setattr("app.ui.dialogs.show_info", lambda *args: None)
    controller = application.AppController()
    controller.open_path(EXAMPLES / "binjiang.json")
    window = controller.windows[0]
    qtbot.addWidget(window)
    doc = window.doc
    try:
        assert doc.path.parent == prefs.settings().workspace_dir()
        assert doc.dossier.evidence and all(doc.file.has_blob(e.sha256) for e in doc.dossier.evidence)
        dialog = ExportDialog(doc, window)          # a child of the window: closed with it
        assert dialog.export_button.isEnabled()
        dialog.output.setText(str(tmp_path / "申报包.zip"))
        dialog.export()
        with zipfile.ZipFile(tmp_path / "申报包.zip") as zf:
            names = zf.namelist()
        assert len([n for n in names if n.startswith("证明材料/")]) == len(doc.dossier.evidence)
        assert doc.dossier.stage == "finalised" and doc.file.versions()
        label = window.findChild(StageLabel)
        assert label is not None and label.text().startswith("已定稿")
    finally:
        window.close()


def test_opening_the_same_json_again_offers_the_workspace_file(qtbot, monkeypatch):
    asked: list[str] = []

    def choose(parent, title, text, options):
        asked.append(text)
        return 0                                    # 打开已有文件

    monkeypatch.setattr("app.ui.dialogs.choose", choose)
    controller = application.AppController()
    controller.open_path(EXAMPLES / "qingling-draft.json")
    first = controller.windows[0]
    qtbot.addWidget(first)
    path = first.doc.path
    first.close()
    controller.open_path(EXAMPLES / "qingling-draft.json")
    try:
        assert asked and path.name in asked[0]
        assert [w.doc.path for w in controller.windows] == [path]
        assert sorted(p.name for p in prefs.settings().workspace_dir().glob("*.pzd")) == [path.name]
        # and a file this program already shows is brought to the front, not opened a second time
        controller.open_path(path)
        assert len(controller.windows) == 1
    finally:
        for window in list(controller.windows):
            window.close()


def test_stage_is_read_only_and_follows_the_core_operations(qtbot, monkeypatch):
    from app.models import lifecycle

    controller = application.AppController()
    controller.open_path(EXAMPLES / "binjiang.json")
    window = controller.windows[0]
    qtbot.addWidget(window)
    try:
        wizard_stage = [c for c in window.findChildren(QComboBox) if c.currentText() in ("草稿", "已定稿", "已提交")]
        assert not wizard_stage                 # no editable stage anywhere in the window
        label = window.findChild(StageLabel)
        assert label.text() == "草稿（第 1 版）"
        monkeypatch.setattr("app.ui.dialogs.ask_text", lambda *args, **kwargs: "报省审核稿")
        monkeypatch.setattr("app.ui.dialogs.show_info", lambda *args: None)
        window.finalise_version()
        doc = window.doc
        assert doc.dossier.stage == "finalised" and label.text() == "已定稿（第 1 版）"
        assert doc.file.versions()[-1].note == "报省审核稿"
        lifecycle.mark_submitted(doc.session)
        assert label.text() == "已报送（第 1 版）"
        from app.models import edits
        edits.set_meta(doc.session, "contact", "王工 0571-88888888")     # an edit reopens: revision 2, draft
        assert label.text() == "草稿（第 2 版）"
        hows = [e.how for e in reversed(doc.file.history_for(""))][-4:]
        assert hows == ["finalise", "submit", "revise", "do"]
    finally:
        window.close()
