"""Journeys through the real windows: a city exports for a USB stick and a disc, the province verifies.

The home's 打开示例 opens 滨江市; the dossier window's 导出申报包 opens the export dialog, where the user picks
保存为 文件夹 (then 光盘映像 ISO), a self-signed identity and its passphrase, and confirms signing a 正式稿 with
it. The home's 验证申报包 then checks the folder — as a mounted disc or stick — and a folder of packages as the
province receives them, one row each, with the summary saved as Excel.  Only the operating system's file
dialogs and message boxes are answered by the test; the app's dialogs are the real ones, shown without their
modal loop so the test can work in them.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.signing import identities
from app.ui import settings as prefs
from app.ui import workers
from app.ui.application import AppController, install_fonts
from app.ui.export_dialog import ExportDialog
from app.ui.verify_dialog import VerifyDialog

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def app_environment(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    install_fonts(qapp)
    monkeypatch.setenv("PILOTZONE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    prefs.use_settings(prefs.Settings.at_path(tmp_path / "settings.ini"))
    prefs.settings().set(prefs.WORKSPACE_DIR, str(tmp_path / "workspace"))
    prefs.settings().set(prefs.AUTHOR_NAME, "李明")
    workers.use_runner(workers.SyncRunner())
    yield prefs.settings().workspace_dir()
    workers.use_runner(None)
    prefs.use_settings(None)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list:
    """The export and verify dialogs the windows open, shown (not run modally) so the test can use them;
    message boxes record their text and click 仍然签署 / OK."""
    opened: list = []

    def show(dialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(ExportDialog, "exec", show)
    monkeypatch.setattr(VerifyDialog, "exec", show)

    def answer(box: QMessageBox) -> int:
        opened.append(box.text())
        for button in box.buttons():
            if button.text() in ("仍然签署", "OK", "确定"):
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return opened


@pytest.fixture
def controller(qtbot) -> Iterator[AppController]:
    app = AppController()
    yield app
    for window in list(app.windows):
        window.close()
    if app.home is not None:
        app.home.close()


def _button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def _export(window, shown: list, qtbot, *, medium: str, out: Path, identity_id: str) -> ExportDialog:
    window.export_action.trigger()
    dialog = shown[-1]
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    assert dialog.final.isChecked() and dialog.export_button.isEnabled()
    dialog.target.setCurrentIndex(dialog.target.findData(medium))
    dialog.identity.setCurrentIndex(dialog.identity.findData(identity_id))
    qtbot.keyClicks(dialog.passphrase, PASS)
    dialog.output.setText(str(out))
    dialog.output.textEdited.emit(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return dialog


def test_export_for_a_stick_and_a_disc_then_verify_from_home(controller, tmp_path, qtbot, shown, monkeypatch):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    home = controller.show_home()
    qtbot.waitExposed(home)
    qtbot.mouseClick(_button(home, "打开示例"), Qt.MouseButton.LeftButton)
    window = controller.windows[-1]
    window.resize(1440, 900)
    qtbot.waitExposed(window)

    stick = tmp_path / "U盘" / "滨江市申报材料"
    dialog = _export(window, shown, qtbot, medium="folder", out=stick, identity_id=identity.id)
    assert any("用自签名身份签署正式稿" in str(s) or "自签名身份的签名只能证明" in str(s) for s in shown)
    assert not dialog.isVisible() and dialog.outcome is not None
    assert (stick / "00-目录.pdf").is_file() and (stick / "manifest.json.p7s").is_file()
    label = dialog.outcome.package.label
    assert label.is_file() and label.parent == stick.parent
    assert any("光盘标签和封面" in str(s) and str(label) in str(s) for s in shown)
    assert window.doc.dossier.stage == "finalised"

    disc = tmp_path / "刻录" / "滨江市申报光盘.iso"
    _export(window, shown, qtbot, medium="iso", out=disc, identity_id=identity.id)
    assert disc.is_file() and len(window.doc.file.versions()) == 1       # unchanged since: the version stands

    qtbot.mouseClick(_button(home, "验证申报包…"), Qt.MouseButton.LeftButton)
    verify = shown[-1]
    assert isinstance(verify, VerifyDialog)
    qtbot.waitExposed(verify)
    verify.path.setText(str(stick))
    qtbot.mouseClick(verify.run_button, Qt.MouseButton.LeftButton)
    assert verify.verdict.text() == "✔ 验证通过：文件完整，签名有效（正式稿）"
    report = verify.report.toPlainText()
    assert "文件夹（U 盘或光盘）" in report and "李明" in report and "不是 GB/T 38540 规定的电子签章" in report
    assert not verify.table_box.isVisible()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(disc), ""))
    qtbot.mouseClick(_button(verify, "选择文件…"), Qt.MouseButton.LeftButton)
    assert verify.result.kind == "iso" and verify.verdict.text().startswith("✔ 验证通过")


def test_the_province_checks_a_folder_of_packages(controller, tmp_path, qtbot, shown, monkeypatch):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    home = controller.show_home()
    qtbot.mouseClick(_button(home, "打开示例"), Qt.MouseButton.LeftButton)
    window = controller.windows[-1]
    inbox = tmp_path / "省厅收件"
    _export(window, shown, qtbot, medium="zip", out=inbox / "滨江市.zip", identity_id=identity.id)
    _export(window, shown, qtbot, medium="folder", out=inbox / "滨江市光盘", identity_id=identity.id)
    shutil.copytree(inbox / "滨江市光盘", inbox / "被改动的光盘")
    (inbox / "被改动的光盘" / "评审指标对照表.xlsx").write_bytes(b"changed")
    (inbox / "损坏.zip").write_bytes(b"not a zip")

    qtbot.mouseClick(_button(home, "验证申报包…"), Qt.MouseButton.LeftButton)
    verify = shown[-1]
    qtbot.waitExposed(verify)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(inbox))
    qtbot.mouseClick(_button(verify, "选择文件夹…"), Qt.MouseButton.LeftButton)
    assert verify.table_box.isVisible() and verify.table.rowCount() == 4
    names = [verify.table.item(r, 0).text() for r in range(4)]
    assert names == ["损坏.zip", "滨江市.zip", "滨江市光盘", "被改动的光盘"]
    conclusions = [verify.table.item(r, 1).text() for r in range(4)]
    assert conclusions == ["无法验证", "通过", "通过", "未通过"]
    assert verify.verdict.text() == "✘ 4 个申报包：2 个验证通过，2 个未通过或无法验证"
    assert "不是有效的 zip 压缩包" in verify.report.toPlainText()       # the first failing row is selected
    verify.table.selectRow(3)
    assert "文件“评审指标对照表.xlsx”已被改动" in verify.report.toPlainText()
    headers = [verify.table.horizontalHeaderItem(c).text() for c in range(verify.table.columnCount())]
    assert headers[7:13] == ["★1.1.2", "★2.1.1", "★3.2.1", "★3.3.1", "★4.3.1", "★6.1.1"]
    assert verify.table.horizontalHeaderItem(8).toolTip() == "2.1.1 5G网络覆盖率"
    assert verify.table.item(1, 8).text() == "✓"

    summary = tmp_path / "汇总.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(summary), ""))
    assert verify.export_button.height() > 20 and verify.table.height() > 150
    qtbot.mouseClick(verify.export_button, Qt.MouseButton.LeftButton)
    assert "汇总表已保存" in str(shown[-1]), shown[-1]
    rows = list(load_workbook(summary).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == names and [r[1] for r in rows[1:]] == conclusions
