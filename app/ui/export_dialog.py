"""导出申报包: preview the plan as PDF, then write the (signed) submission package.

Rendering and packaging run off the UI thread behind a progress dialog with
取消; the core (``app.export.package``) does the work.  A final export is
refused while starred conditions fail or required parts are unfilled — the
dialog lists them instead of exporting.  The chosen signing identity is
recorded in the dossier; its passphrase stays in memory only (remembered for
the session on request).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from app.export.plan import unfilled_parts
from app.models import edits
from app.ui.dialogs import report_exception
from app.ui.identity_dialog import SESSION_PASSPHRASES, IdentitiesDialog, identity_label, password_field
from app.ui.workers import Cancelled, run_with_progress


translate = QCoreApplication.translate   # lupdate reads translate("export_dialog", "text")


def _render_pdf(progress, dossier, catalogue, evaluation) -> bytes:
    from app.export.package import render_documents

    _, _, pdf, _ = render_documents(dossier, catalogue, evaluation, draft=True)
    return pdf


def _export(progress, dossier, catalogue, out: Path, opener, final: bool, identity_id: str, passphrase: str,
            finalised_hash: str | None) -> Any:
    from app.export.package import ExportCancelled, build_package

    signer = None
    if identity_id:
        from app.signing.identities import load_signer

        signer = load_signer(identity_id, passphrase)
    try:
        return build_package(dossier, catalogue, out, open_evidence=opener, final=final, signer=signer,
                             finalised_hash=finalised_hash, progress=lambda d, t, w: progress.report(d, t),
                             cancelled=lambda: progress.cancelled)
    except ExportCancelled:
        raise Cancelled() from None


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.preview import PreviewPane

        self.setWindowTitle(self.tr("预览：试点工作方案（草稿）"))
        self.resize(900, 1000)
        self.pane = PreviewPane(self)
        self.pane.show_bytes(pdf, filename="试点工作方案.pdf", media_type="application/pdf")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)


class ExportDialog(QDialog):
    def __init__(self, doc: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("导出申报包"))
        self.resize(720, 560)
        self.final = QRadioButton(self.tr("正式稿（报送用：不可偏离条件须全部满足、必填内容须完整）"))
        self.draft = QRadioButton(self.tr("草稿（未填写部分标出，仅供内部审阅）"))
        self.final.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.final)
        group.addButton(self.draft)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.identity = QComboBox()
        manage = QPushButton(self.tr("管理签名身份…"))
        manage.clicked.connect(self._manage_identities)
        id_row = QHBoxLayout()
        id_row.addWidget(self.identity, 1)
        id_row.addWidget(manage)
        self.passphrase = password_field(self.tr("签名身份的口令"))
        self.remember = QCheckBox(self.tr("本次运行期间记住口令（不会保存到磁盘）"))
        self.output = QLineEdit(str(self._default_output()))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("签名身份"), id_row)
        form.addRow(self.tr("口令"), self.passphrase)
        form.addRow("", self.remember)
        form.addRow(self.tr("保存到"), out_row)
        self.preview_button = QPushButton(self.tr("预览 PDF…"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(self.tr("导出"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("申报材料：{name}").format(name=doc.display_name())))
        layout.addWidget(self.final)
        layout.addWidget(self.draft)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.final.toggled.connect(self._update)
        self.identity.currentIndexChanged.connect(self._identity_changed)
        self._fill_identities()
        self._update()
        self.result = None

    # -- state ---------------------------------------------------------------------------
    def _default_output(self) -> Path:
        folder = Path(self.doc.path).parent if getattr(self.doc, "path", None) else Path.home()
        return folder / f"{self.doc.display_name()}-申报包.zip"

    def _fill_identities(self) -> None:
        from app.signing.identities import list_identities

        self.identity.blockSignals(True)
        self.identity.clear()
        self.identity.addItem(self.tr("不签名"), "")
        for identity in list_identities():
            self.identity.addItem(identity_label(identity), identity.id)
        wanted = self.doc.dossier.signing_identity
        index = self.identity.findData(wanted) if wanted else 0
        self.identity.setCurrentIndex(max(index, 0))
        self.identity.blockSignals(False)
        self._identity_changed()

    def _identity_changed(self) -> None:
        identity_id = self.identity.currentData() or ""
        remembered = SESSION_PASSPHRASES.get(identity_id) if identity_id else None
        self.passphrase.setText(remembered or "")
        self.passphrase.setEnabled(bool(identity_id))
        self.remember.setEnabled(bool(identity_id))
        self.remember.setChecked(remembered is not None)

    def blocking_problems(self) -> list[str]:
        return unfilled_parts(self.doc.dossier, self.doc.catalogue, self.doc.evaluation) if self.final.isChecked() else []

    def _update(self) -> None:
        problems = self.blocking_problems()
        self.problems.clear()
        self.problems.addItems(problems)
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems_label.setText(self.tr("正式稿暂不能导出，还有 {n} 项需要处理（可先导出草稿）：").format(n=len(problems)))
            self.problems_label.setStyleSheet("color: #a50e0e;")
        else:
            self.problems_label.setText(self.tr("可以导出。"))
            self.problems_label.setStyleSheet("color: #137333;")
        self.export_button.setEnabled(not problems)

    def _manage_identities(self) -> None:
        IdentitiesDialog(self).exec()
        self._fill_identities()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存申报包"), self.output.text(), self.tr("申报包 (*.zip)"))
        if path:
            self.output.setText(path if path.lower().endswith(".zip") else path + ".zip")

    # -- actions -------------------------------------------------------------------------
    def preview(self) -> None:
        def show(pdf: bytes) -> None:
            self.preview_dialog = PdfPreviewDialog(pdf, self)
            self.preview_dialog.show()

        run_with_progress(self, self.tr("正在生成 PDF 预览…"), _render_pdf, self.doc.dossier, self.doc.catalogue,
                          self.doc.evaluation, on_result=show,
                          on_error=lambda exc: report_exception(self, exc, action=self.tr("生成预览")))

    def _opener(self):
        file = getattr(self.doc, "file", None)
        if file is not None and hasattr(file, "open_blob"):
            return file.open_blob

        def missing(sha256: str):
            raise FileNotFoundError(translate("export_dialog", "证明材料未保存在申报文件中，请先将申报材料保存为 .pzd 文件"))
        return missing

    def export(self) -> None:
        final = self.final.isChecked()
        if self.blocking_problems():
            return
        identity_id = self.identity.currentData() or ""
        passphrase = self.passphrase.text()
        if identity_id and not passphrase:
            self.passphrase.setFocus()
            self.problems_label.setText(self.tr("请输入签名身份的口令。"))
            return
        if identity_id != self.doc.dossier.signing_identity:
            edits.set_meta(self.doc.session, "signing_identity", identity_id)
        if identity_id and self.remember.isChecked():
            SESSION_PASSPHRASES.remember(identity_id, passphrase)
        finalised_hash = None
        file = getattr(self.doc, "file", None)
        if final and file is not None and hasattr(file, "finalise"):
            self.doc.flush()
            finalised_hash = file.finalise(translate("export_dialog", "导出申报包"))
        out = Path(self.output.text().strip())
        run_with_progress(self, self.tr("正在导出申报包…"), _export, self.doc.dossier, self.doc.catalogue, out,
                          self._opener(), final, identity_id, passphrase, finalised_hash,
                          on_result=self._done, on_error=self._failed,
                          on_cancel=lambda: self.problems_label.setText(self.tr("已取消导出，未生成任何文件。")))

    def _done(self, result) -> None:
        self.result = result
        signed = self.tr("已签名") if result.manifest.get("signer") else self.tr("未签名")
        QMessageBox.information(self, self.tr("导出完成"), self.tr("申报包已导出（{signed}）：\n{path}").format(
            signed=signed, path=result.path))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.signing.errors import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            SESSION_PASSPHRASES.forget(self.identity.currentData() or "")
            self.passphrase.clear()
            self.passphrase.setFocus()
        report_exception(self, exc, action=self.tr("导出申报包"))
