"""The last steps of a journey, as a person takes them: a signed final export from the dossier window — creating
the signing identity through 管理签名身份 on the way — and the verification of the package from the home window.

Shared by journey a (a new city) and journey b (the sample).  Every dialog is the real one, answered through
``Modals``; the export and the verification run on the app's own background thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget

from app.ui.export_dialog import ExportDialog
from app.ui.identity_dialog import IdentitiesDialog, NewIdentityDialog

SIGNER, ORGANISATION, PASSPHRASE = "李明", "滨江市工业和信息化局", "滨江市工信局-2026"


def press(dialog: QWidget, text: str) -> None:
    """Click the push button labelled ``text`` (or, failing that, whose label starts with it)."""
    labels = {b: b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)
              if isinstance(b, QPushButton) and b.isVisible()}
    buttons = [b for b, label in labels.items() if label == text] or \
              [b for b, label in labels.items() if label.startswith(text)]
    assert len(buttons) == 1, f"{len(buttons)} buttons {text!r} in {dialog.windowTitle()!r}: {list(labels.values())}"
    buttons[0].click()


def guarded(errors: list[str], answer):
    """An answer whose failure is reported to the journey (an exception in a timer callback would be lost)."""
    def run(dialog: QWidget) -> None:
        try:
            answer(dialog)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's assertion
            import traceback

            errors.append("".join(traceback.format_exception(exc)))
            dialog.close()
    return run


def is_box(text: str):
    return lambda d: isinstance(d, QMessageBox) and text in d.windowTitle() + d.text()


def signed_final_export(qtbot, modals, window, out: Path) -> str:
    """文件 › 导出申报包 → a new self-signed identity → agree to sign a 正式稿 with it → exported.

    Returns the text of the 导出完成 message.
    """
    done: list[str] = []
    errors: list[str] = []

    def new_identity(dialog: QWidget) -> None:
        dialog.name.setText(SIGNER)
        dialog.org.setText(ORGANISATION)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE)
        press(dialog, "创建")

    def manage(dialog: QWidget) -> None:
        press(dialog, "新建自签名身份")         # its own modal dialog, answered by new_identity
        press(dialog, "关闭")

    def export(dialog: ExportDialog) -> None:
        assert dialog.export_button.isEnabled() and dialog.problems_label.text() == "可以导出。"
        assert "正式稿" in Path(dialog.output.text()).name
        press(dialog, "管理签名身份")
        assert SIGNER in dialog.identity.currentText()          # the identity just made is chosen
        assert dialog.self_signed_note.isVisible()               # and what its signature proves is said
        dialog.passphrase.setText(PASSPHRASE)
        dialog.output.setText(str(out))
        press(dialog, "导出")                                    # asks first: a self-signed 正式稿

    def finished(box: QMessageBox) -> None:
        done.append(box.text())
        box.accept()

    modals.expect(lambda d: isinstance(d, ExportDialog), guarded(errors, export))
    modals.expect(lambda d: isinstance(d, IdentitiesDialog), guarded(errors, manage))
    modals.expect(lambda d: isinstance(d, NewIdentityDialog), guarded(errors, new_identity))
    modals.expect(is_box("自签名"), lambda box: press(box, "仍然签署"))
    modals.expect(is_box("导出完成"), guarded(errors, finished))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(done or errors), timeout=60000)
    assert not errors, errors[0]
    assert modals.unexpected == [], modals.unexpected
    return done[0]


def verify_from_home(qtbot, modals, home, package: Path) -> str:
    """The receiving side: 验证申报包… on the home window; returns the report."""
    from app.ui.verify_dialog import VerifyDialog

    report: list[str] = []
    errors: list[str] = []

    def verify(dialog: VerifyDialog) -> None:
        dialog.path.setText(str(package))
        press(dialog, "验证")
        qtbot.waitUntil(lambda: "验证通过" in dialog.verdict.text(), timeout=30000)
        report.append(dialog.report.toPlainText())
        dialog.accept()

    modals.expect(lambda d: isinstance(d, VerifyDialog), guarded(errors, verify))
    home.verify_package()
    assert not errors, errors[0]
    assert report and modals.unexpected == []
    return report[0]
