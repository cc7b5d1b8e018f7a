"""导出申报包: preview the plan as PDF, then write the (signed) submission package — as a zip, a folder for a USB
stick or to burn as it is, or an ISO disc image (``保存为``; the last two with 00-目录.pdf and a label PDF).

The dialog only collects choices; the export itself is the core's one use-case
(``app.export.submission.export_submission``), run wholly off the UI thread
behind a progress dialog with 取消 — unlocking the identity, the durable
autosave, the evaluation, the package and, only once the package is in place,
the 定稿 (applied on the UI thread, which owns the session).  A refused,
failed or cancelled export leaves the dossier exactly as it was.

A final export is refused while anything blocks it: the dialog lists what, grouped by section with counts, and
a double-click goes to the field that closes it.  A self-signed identity can sign a 正式稿 only after the user
has been told what it proves and agreed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.export.kinds import PLAN, PackageKind
from app.export.submission import SignWith, blocking_findings, export_submission
from app.models.assessment import Finding
from app.models.storage.workspace import safe_filename
from app.ui import workers
from app.ui import dialogs
from app.ui.identity_dialog import SESSION_PASSPHRASES, IdentitiesDialog, identity_label, password_field
from app.ui.screen_fit import fit_to_screen
from app.ui.workers import run_with_progress

translate = QCoreApplication.translate   # lupdate reads translate("export_dialog", "text")
JUMP_ROLE = Qt.ItemDataRole.UserRole + 1


def _render_pdf(progress, dossier, catalogue, evaluation, kind: PackageKind = PLAN) -> bytes:
    from app.export import kinds

    rendered = kinds.render(kind, dossier, catalogue, evaluation, draft=True)
    return next(data for name, data, _what in rendered.files if name == rendered.pdf_name)


def _export(progress, session, catalogue, out: Path, file, final: bool, sign_with: SignWith | None,
            layout: str = "zip", kind: PackageKind = PLAN) -> Any:
    """The worker's part: the whole use-case; the 定稿 is applied on the UI thread."""
    return export_submission(session, catalogue, out, final=final, file=file, sign_with=sign_with,
                             apply=workers.call_in_ui_thread_and_wait, progress=progress, layout=layout, kind=kind)


def preview_pdf(parent: QWidget, doc: Any, kind: PackageKind = PLAN) -> None:
    """Render the document of ``kind`` as a draft PDF in the background and show it (the one preview door:
    the export dialog and the annual report page use it)."""
    def show(pdf: bytes) -> None:
        parent.preview_dialog = PdfPreviewDialog(pdf, parent, name=kind.document_text(translate))   # kept alive
        parent.preview_dialog.show()

    run_with_progress(parent, QCoreApplication.translate("export_dialog", "正在生成 PDF 预览…"), _render_pdf,
                      doc.dossier, doc.catalogue, doc.evaluation, kind, on_result=show,
                      on_error=lambda exc: dialogs.report_exception(
                          parent, exc, action=QCoreApplication.translate("export_dialog", "生成预览")))


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        from app.ui.preview import PreviewPane

        name = name or self.tr("试点工作方案")
        self.setWindowTitle(self.tr("预览：{name}（草稿）").format(name=name))
        fit_to_screen(self, 900, 1000)
        self.pane = PreviewPane(self)
        self.pane.show_bytes(pdf, filename=f"{name}.pdf", media_type="application/pdf")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)


class ExportDialog(QDialog):
    jump_requested = Signal(object)     # Jump: the user wants to fix one of the listed problems

    def __init__(self, doc: Any, parent: QWidget | None = None, *, kind: PackageKind = PLAN) -> None:
        super().__init__(parent)
        self.doc, self.kind = doc, kind
        self.setWindowTitle(self.tr("导出申报包") if kind.is_plan
                            else self.tr("导出{what}").format(what=kind.label_text(translate)))
        fit_to_screen(self, 760, 600)
        self.final = QRadioButton(self.tr("正式稿（报送用：不可偏离条件须全部满足、必填内容须完整；导出后定稿）") if kind.is_plan
                                  else self.tr("正式稿（报送用：每项目标须填报实际完成值、各方面须写明工作开展情况；导出后定稿）"))
        self.draft = QRadioButton(self.tr("草稿（未填写部分标出，仅供内部审阅；不定稿）"))
        self.final.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.final)
        group.addButton(self.draft)
        self.problems = QTreeWidget()
        self.problems.setHeaderHidden(True)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.itemActivated.connect(self._activated)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.identity = QComboBox()
        manage = QPushButton(self.tr("管理签名身份…"))
        manage.clicked.connect(self._manage_identities)
        id_row = QHBoxLayout()
        id_row.addWidget(self.identity, 1)
        id_row.addWidget(manage)
        self.self_signed_note = QLabel()
        self.self_signed_note.setWordWrap(True)
        self.self_signed_note.setStyleSheet("color: #8a5300;")
        self.passphrase = password_field(self.tr("签名身份的口令"))
        self.remember = QCheckBox(self.tr("本次运行期间记住口令（不会保存到磁盘）"))
        self.target = QComboBox()
        self.target.addItem(self.tr("zip 压缩包（电子邮件、上传）"), "zip")
        self.target.addItem(self.tr("文件夹（拷入 U 盘，或直接刻录光盘；含 00-目录.pdf 和光盘标签）"), "folder")
        self.target.addItem(self.tr("光盘映像 ISO（刻录光盘用；含 00-目录.pdf 和光盘标签）"), "iso")
        self.target.currentIndexChanged.connect(self._target_changed)
        self.output = QLineEdit()
        self.output.textEdited.connect(lambda _text: setattr(self, "_output_chosen", True))
        self._output_chosen = False
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("签名身份"), id_row)
        form.addRow("", self.self_signed_note)
        form.addRow(self.tr("口令"), self.passphrase)
        form.addRow("", self.remember)
        form.addRow(self.tr("保存为"), self.target)
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
        d = doc.dossier
        stage = {"draft": self.tr("草稿"), "finalised": self.tr("已定稿"), "submitted": self.tr("已报送")}.get(d.stage, d.stage)
        layout = QVBoxLayout(self)
        if kind.is_plan:
            layout.addWidget(QLabel(self.tr("申报材料：{name}（{stage}，第 {n} 版）").format(
                name=doc.display_name(), stage=stage, n=d.revision)))
        else:
            from app.models.pilot_stages import status_of

            layout.addWidget(QLabel(self.tr("{what}：{name}（{state}）").format(
                what=kind.label_text(translate), name=doc.display_name(),
                state=status_of(d, kind.scope_year).text(translate))))
        layout.addWidget(self.final)
        layout.addWidget(self.draft)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 10)
        layout.addStretch(1)                 # takes the room when there is nothing to list (no gaps between rows)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.final.toggled.connect(self._update)
        self.identity.currentIndexChanged.connect(self._identity_changed)
        self._fill_identities()
        self._update()
        self.outcome = None

    # -- state ---------------------------------------------------------------------------
    def layout_choice(self) -> str:
        return self.target.currentData() or "zip"

    def default_output(self) -> Path:
        """Where the package goes unless the user chose: beside the dossier, named by kind, version and medium
        (a zip file, a new folder, an .iso file)."""
        folder = Path(self.doc.path).parent if getattr(self.doc, "path", None) else Path.home()
        name = safe_filename(self.doc.display_name())
        d = self.doc.dossier
        medium = {"zip": self.tr("申报包"), "folder": self.tr("申报材料"), "iso": self.tr("申报光盘")}[self.layout_choice()]
        suffix = {"zip": ".zip", "folder": "", "iso": ".iso"}[self.layout_choice()]
        if not self.kind.is_plan:
            which = self.tr("正式稿") if self.final.isChecked() else self.tr("草稿-{date}").format(date=date.today().isoformat())
            return folder / (self.tr("{name}-{what}-{which}").format(name=name, what=self.kind.file_text(translate),
                                                                    which=which) + suffix)
        if self.final.isChecked():
            revision = d.revision + 1 if d.stage == "submitted" else d.revision
            return folder / (self.tr("{name}-{medium}-正式稿-第{n}版").format(name=name, medium=medium, n=revision)
                             + suffix)
        return folder / (self.tr("{name}-{medium}-草稿-{date}").format(name=name, medium=medium,
                                                                      date=date.today().isoformat()) + suffix)

    def _target_changed(self) -> None:
        """A new medium: the default name follows; a name the user chose keeps its folder, with the new form."""
        if not self._output_chosen:
            self.output.setText(str(self.default_output()))
            return
        chosen = Path(self.output.text().strip())
        stem = chosen.stem if chosen.suffix.lower() in (".zip", ".iso") else chosen.name
        self.output.setText(str(chosen.with_name(stem + {"zip": ".zip", "folder": "", "iso": ".iso"}[self.layout_choice()])))

    def _fill_identities(self, select: str | None = None) -> None:
        from app.signing.identities import list_identities

        self._identities = {identity.id: identity for identity in list_identities()}
        self.identity.blockSignals(True)
        self.identity.clear()
        self.identity.addItem(self.tr("不签名"), "")
        for identity in self._identities.values():
            self.identity.addItem(identity_label(identity), identity.id)
        wanted = select or self.doc.dossier.signing_identity
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
        self._update_self_signed_note()

    def _self_signed(self) -> bool:
        identity = self._identities.get(self.identity.currentData() or "")
        return bool(identity and identity.self_signed)

    def _update_self_signed_note(self) -> None:
        show = self._self_signed() and self.final.isChecked()
        self.self_signed_note.setText(self.tr(
            "这是自签名身份：签名只能证明申报包签名后未被改动，不能证明签名人的身份，也不是《电子签名法》意义上的"
            "可靠电子签名或电子印章。正式报送建议使用机构的数字证书。") if show else "")
        if show != self.self_signed_note.isVisibleTo(self):
            self.self_signed_note.setVisible(show)
            self._fit_height(self.problems.isVisibleTo(self))     # room for the note's lines (or none)

    def blocking(self) -> list[Finding]:
        if not self.final.isChecked():
            return []
        return blocking_findings(self.doc.evaluation, self.kind, self.doc.dossier, self.doc.catalogue)

    def _update(self) -> None:
        if not self._output_chosen:
            self.output.setText(str(self.default_output()))
        findings = self.blocking()
        self._fill_problems(findings)
        self.problems.setVisible(bool(findings))
        if findings:
            self.problems_label.setText(self.tr(
                "正式稿暂不能导出，还有 {n} 项需要处理（双击一项即可前往修改；也可先导出草稿）：").format(n=len(findings)))
            self.problems_label.setStyleSheet("color: #a50e0e;")
        else:
            self.problems_label.setText(self.tr("可以导出。"))
            self.problems_label.setStyleSheet("color: #137333;")
        self.export_button.setEnabled(not findings)
        self._fit_height(bool(findings))
        self._update_self_signed_note()

    def _fit_height(self, listing: bool) -> None:
        """Tall enough for the list of problems when there is one; as short as the form when there is not
        (instead of a window-high gap between the choice and the form)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        if listing:
            height = max(self.sizeHint().height(), 600)
        else:       # a wrapped line (the self-signed note) needs the height it takes at this width
            height = max(self.minimumSizeHint().height(),
                         layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0)
        self.resize(self.width(), height)

    def _fill_problems(self, findings: list[Finding]) -> None:
        """Grouped by first-level indicator (in catalogue order) with counts; each line keeps its jump."""
        catalogue = self.doc.catalogue
        order = {section.id: i for i, section in enumerate(catalogue.sections)}
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            section = catalogue.indicator(finding.indicator_id).section_id if finding.indicator_id else ""
            groups.setdefault(section, []).append(finding)
        self.problems.clear()
        for section_id in sorted(groups, key=lambda s: order.get(s, len(order))):
            items = groups[section_id]
            title = (f"{catalogue.section(section_id).code} {catalogue.section(section_id).name}" if section_id
                     else self._other_title())
            parent = QTreeWidgetItem([self.tr("{title}（{n} 项）").format(title=title, n=len(items))])
            self.problems.addTopLevelItem(parent)
            for finding in items:
                message = finding.text(translate)
                child = QTreeWidgetItem([f"[{finding.severity.text(translate)}] {message}"])
                child.setToolTip(0, message)
                child.setData(0, JUMP_ROLE, finding.jump)
                parent.addChild(child)
            parent.setExpanded(True)

    def _other_title(self) -> str:
        """The group of what belongs to no indicator: the plan's text, or a report's own texts — named as the
        report page heads them (its words and their translation)."""
        if self.kind.is_plan:
            return self.tr("方案正文及其他")
        return translate("ReportPage", "重点任务推进情况") if self.kind.year else translate("ReportPage", "试点工作总结")

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        jump = item.data(0, JUMP_ROLE)
        if jump is not None:
            self.jump_requested.emit(jump)
            self.reject()

    def _manage_identities(self) -> None:
        dialog = IdentitiesDialog(self)
        dialog.exec()
        self._fill_identities(select=dialog.added)

    def _browse(self) -> None:
        layout = self.layout_choice()
        if layout == "folder":        # the folder to put the package folder in (a USB stick, say)
            parent = QFileDialog.getExistingDirectory(self, self.tr("选择存放申报材料文件夹的位置（如 U 盘）"),
                                                      str(Path(self.output.text()).parent))
            if parent:
                self.output.setText(str(Path(parent) / Path(self.output.text()).name))
                self._output_chosen = True
            return
        suffix = ".iso" if layout == "iso" else ".zip"
        kind = self.tr("光盘映像 (*.iso)") if layout == "iso" else self.tr("申报包 (*.zip)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存申报包"), self.output.text(), kind)
        if path:
            self.output.setText(path if path.lower().endswith(suffix) else path + suffix)
            self._output_chosen = True

    # -- actions -------------------------------------------------------------------------
    def preview(self) -> None:
        preview_pdf(self, self.doc, self.kind)

    def export(self) -> None:
        final = self.final.isChecked()
        if self.blocking():
            return
        identity_id = self.identity.currentData() or ""
        passphrase = self.passphrase.text()
        if identity_id and not passphrase:
            self.passphrase.setFocus()
            self.problems_label.setText(self.tr("请输入签名身份的口令。"))
            return
        if final and self._self_signed() and not dialogs.confirm(
                self, self.tr("用自签名身份签署正式稿？"),
                self.tr("自签名身份的签名只能证明申报包签名后未被改动，不能证明签名人的身份。\n"
                        "正式报送建议使用机构的数字证书（管理签名身份 › 导入机构证书）。\n\n仍然用自签名身份签署正式稿吗？"),
                ok_text=self.tr("仍然签署")):
            return
        if identity_id and self.remember.isChecked():
            SESSION_PASSPHRASES.remember(identity_id, passphrase)
        out = Path(self.output.text().strip())
        sign_with = SignWith(identity_id, passphrase) if identity_id else None
        what = self.kind.label_text(translate)
        run_with_progress(self, self.tr("正在导出{what}…").format(what=what), _export, self.doc.session,
                          self.doc.catalogue, out, getattr(self.doc, "file", None), final, sign_with,
                          self.layout_choice(), self.kind,
                          on_result=self._done, on_error=self._failed,
                          on_cancel=lambda: self.problems_label.setText(self.tr("已取消导出，未生成任何文件，申报材料未改变。")))

    def _done(self, outcome) -> None:
        self.outcome = outcome
        signed = (self.tr("已由“{name}”签名").format(name=outcome.signer_name) if outcome.signer_name
                  else self.tr("未签名"))
        text = self.tr("{what}已导出（{signed}）：\n{path}").format(what=self.kind.label_text(translate), signed=signed,
                                                                 path=outcome.package.path)
        if outcome.package.label is not None:
            text += "\n\n" + self.tr("光盘标签和封面（打印后贴在光盘和光盘盒上）：\n{label}\n清单校验值：{digest}…").format(
                label=outcome.package.label, digest=outcome.package.manifest_sha256[:16])
        if outcome.report_finalised:
            text += "\n\n" + self.tr("{what}已定稿（内容校验值 {digest}…）。之后的修改会使其回到起草中。").format(
                what=self.kind.label_text(translate), digest=outcome.content_hash[:16])
        if outcome.finalised is not None:
            text += "\n\n" + self.tr("已定稿为第 {n} 版（内容校验值 {digest}…）。之后的修改会开始新的修订。").format(
                n=outcome.finalised.revision, digest=outcome.content_hash[:16])
        dialogs.show_info(self, self.tr("导出完成"), text)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from app.signing.errors import WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            SESSION_PASSPHRASES.forget(self.identity.currentData() or "")
            self.passphrase.clear()
            self.passphrase.setFocus()
        dialogs.report_exception(self, exc, action=self.tr("导出{what}").format(what=self.kind.label_text(translate)))
