"""Journeys through the export, through the real windows with the real background worker:

* b. 打开示例 → a new signing identity → signed final export → verify from the home window → verified;
* c. a failed export (a wrong passphrase; 取消 while the package is made) leaves the dossier as it was.
"""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton, QWidget

from app.models import lifecycle
from app.signing import identities
from app.ui.export_dialog import ExportDialog
from tests.journeys.conftest import type_text
from tests.journeys.signed_export import PASSPHRASE, is_box, press, signed_final_export, verify_from_home


@pytest.fixture(autouse=True)
def bundled_fonts(monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")


def start_with_the_sample(qtbot, app_controller, modals):
    def give_name(dialog: QWidget) -> None:
        type_text(dialog.name, "王芳")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    modals.expect(lambda d: d.objectName() == "author_dialog", give_name)
    home = app_controller.show_home()
    qtbot.waitExposed(home)
    sample = next(b for b in home.findChildren(QPushButton) if b.text() == "打开示例")
    sample.click()
    qtbot.waitUntil(lambda: len(app_controller.windows) == 1, timeout=30000)
    window = app_controller.windows[0]
    qtbot.waitExposed(window)
    return home, window


def state(doc) -> tuple:
    doc.flush()
    return (doc.dossier.stage, doc.dossier.revision, doc.dossier.signing_identity, doc.file.versions(),
            [(e.seq, e.how, e.path) for e in doc.file.history_for("")], lifecycle.content_hash(doc.dossier))


def test_b_sample_to_signed_final_export_to_verified(workspace, app_controller, modals, qtbot, tmp_path):
    home, window = start_with_the_sample(qtbot, app_controller, modals)
    doc = window.doc
    assert doc.evaluation.all_passed and all(doc.file.has_blob(e.sha256) for e in doc.dossier.evidence)
    out = tmp_path / "报送" / "滨江市-申报包.zip"
    message = signed_final_export(qtbot, modals, window, out)
    assert "已由“李明”签名" in message and "已定稿为第 1 版" in message
    assert out.is_file() and doc.dossier.stage == "finalised" and doc.file.versions()[-1].revision == 1
    report = verify_from_home(qtbot, modals, home, out)
    assert "李明" in report and "自签名" in report


def test_c_failed_exports_leave_the_dossier_as_it_was(workspace, app_controller, modals, qtbot, tmp_path):
    _home, window = start_with_the_sample(qtbot, app_controller, modals)
    doc = window.doc
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASSPHRASE)
    before = state(doc)
    out = tmp_path / "申报包.zip"
    steps: list[str] = []

    def export(dialog: ExportDialog) -> None:
        dialog.identity.setCurrentIndex(dialog.identity.findData(identity.id))
        dialog.output.setText(str(out))
        # 1. a wrong passphrase: said in Chinese; no file; nothing changed
        dialog.passphrase.setText("不是这个口令")
        press(dialog, "导出")
        qtbot.waitUntil(lambda: "wrong passphrase" in steps, timeout=30000)
        assert dialog.passphrase.text() == "" and not out.exists() and state(doc) == before
        # 2. the right one, then 取消 while the package is being made
        dialog.passphrase.setText(PASSPHRASE)
        press(dialog, "导出")
        qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(QProgressDialog)), timeout=30000)
        progress = next(p for p in dialog.findChildren(QProgressDialog) if p.isVisible())
        press(progress, "取消")
        qtbot.waitUntil(lambda: "已取消导出" in dialog.problems_label.text(), timeout=60000)
        steps.append("cancelled")
        dialog.reject()

    def wrong_passphrase(box: QWidget) -> None:
        steps.append("wrong passphrase")
        box.accept()

    modals.expect(lambda d: isinstance(d, ExportDialog), export)
    modals.expect(is_box("自签名"), lambda box: press(box, "仍然签署"))
    modals.expect(is_box("口令不正确"), wrong_passphrase)
    modals.expect(is_box("自签名"), lambda box: press(box, "仍然签署"))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "cancelled" in steps, timeout=90000)
    assert modals.unexpected == []
    assert state(doc) == before
    assert not out.exists() and not [p for p in tmp_path.iterdir() if ".part" in p.name]
