"""PROBE (temporary): what is still Chinese on the English screens."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import EXAMPLES
from tests.ui.test_english_pilot import allowed, chinese_left, english, shown_texts  # noqa: F401

ROOT = EXAMPLES.parent


def report(texts, names, label):
    for where, text in texts:
        left = chinese_left(text, names)
        if left:
            print(f"[{label}] {where}: {text!r} (left: {left})")


def test_probe(english, open_window, qtbot, tmp_path):
    from app.models import edits
    from app.ui.export_dialog import ExportDialog

    window = open_window("qingling-draft")
    names = allowed(window.doc.dossier, window.doc.catalogue)
    report(shown_texts(window), names, "gap")
    dialog = ExportDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    report(shown_texts(dialog), names, "export")
    dialog.close()
    finding = next(f for f in window.doc.evaluation.findings if "重复（企业名称" in f.message)
    window.go_to(finding.jump)
    report(shown_texts(window), names, "factories")
    wizard = window.wizards["application"]
    editor = wizard.page(wizard.current_index).cards[finding.jump.indicator_id].registers["factories"]
    editor.tabs.setCurrentIndex(1)
    report(shown_texts(window), names, "matrix")
    model = editor.model
    model.setData(model.index(0, 4), "不存在的场景")
    report(shown_texts(window), names, "bad cell")
    record = window.doc.dossier.registers["cities"][0]
    edits.set_cell(window.doc.session, window.doc.catalogue, "cities", record.id, "population", {"value": "9000000", "unit": "万人"})
    window.show_page("basic")
    report(shown_texts(window), names, "cities")
    report([(f"menu {a.text()}", a.text()) for a in (window.undo_action, window.redo_action)], names, "undo")
    window.doc.undo()
    report([(f"menu {a.text()}", a.text()) for a in (window.undo_action, window.redo_action)], names, "redo")
    window.show_page("plan")
    report(shown_texts(window), names, "plan")


def test_probe_verify(english, qtbot):
    from app.ui.verify_dialog import VerifyDialog
    from app.ui import workers

    workers.use_runner(workers.SyncRunner())
    dialog = VerifyDialog(path=str(ROOT / "docs" / "samples" / "binjiang-申报包.zip"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    texts = shown_texts(dialog) + [("report", line) for line in dialog.report.toPlainText().splitlines()]
    report(texts, [], "verify")
