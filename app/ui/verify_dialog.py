"""验证申报包: open a submission package and see the verdict, offline.

The receiving side (province, ministry) opens a package zip; verification
(``app.signing.verify.verify_package``) runs off the UI thread and the
verdict is shown by colour and by text: members against the manifest, the
CMS and PDF signatures, the signer's certificate, and the starred-condition
results recorded in the package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from app.ui.workers import run_task


translate = QCoreApplication.translate   # lupdate reads translate("verify_dialog", "text")


def _verify(progress, path: str):
    from app.signing.verify import verify_package

    return verify_package(path)


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("验证申报包"))
        self.resize(760, 560)
        self.path = QLineEdit(path)
        self.path.setPlaceholderText(self.tr("选择要验证的申报包（.zip）"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        self.run_button = QPushButton(self.tr("验证"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.run_button)
        self.verdict = QLabel(self.tr("尚未验证"))
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setMinimumHeight(44)
        self._style_verdict(None)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("验证完全离线进行，不访问网络。")), 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.report, 1)
        layout.addLayout(bottom)
        self.result = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择申报包"), "", self.tr("申报包 (*.zip);;所有文件 (*)"))
        if path:
            self.path.setText(path)
            self.start()

    def start(self) -> None:
        path = self.path.text().strip()
        if not path or not Path(path).is_file():
            self._show_failure(self.tr("找不到文件：{path}").format(path=path))
            return
        self.run_button.setEnabled(False)
        self.verdict.setText(self.tr("正在验证…"))
        self._style_verdict(None)
        self.report.clear()
        run_task(_verify, path, on_result=self._show_verdict, on_error=self._show_error)

    def _show_verdict(self, verdict) -> None:
        self.result = verdict
        self.run_button.setEnabled(True)
        if verdict.ok:
            self.verdict.setText(self.tr("✔ 验证通过：内容完整，签名有效"))
        else:
            self.verdict.setText(self.tr("✘ 验证未通过：发现 {n} 个问题").format(n=len(verdict.problems)))
        self._style_verdict(verdict.ok)
        self.report.setPlainText("\n".join(verdict.report_lines()))

    def _show_error(self, exc: BaseException) -> None:
        # unreadable or hostile archives: the core's exceptions carry Chinese messages
        from app.ui.dialogs import describe_exception

        message, _ = describe_exception(exc)
        self._show_failure(message if type(exc).__module__.startswith("app.") else str(exc) or message)

    def _show_failure(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.verdict.setText(self.tr("✘ 无法验证"))
        self._style_verdict(False)
        self.report.setPlainText(message)

    def _style_verdict(self, ok: bool | None) -> None:
        colours = {None: ("#f1f3f4", "#3c4043"), True: ("#e6f4ea", "#137333"), False: ("#fce8e6", "#a50e0e")}
        background, foreground = colours[ok]
        self.verdict.setStyleSheet(f"background: {background}; color: {foreground}; font-size: 16px;"
                                   "font-weight: bold; border-radius: 6px; padding: 8px;")
