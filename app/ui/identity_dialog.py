"""Signing identities in the app: list, create a self-signed one, import a PKCS#12.

A thin layer over ``app.signing.identities``.  Self-signed identities are
marked as such wherever they are listed.  Passphrases live only in the
dialog's fields and, on request, in the session-only ``PassphraseCache``;
they are never written anywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from app.errors import os_reason
from app.signing import identities
from app.signing.identities import Identity, PassphraseCache
from app.translatable import date_phrase
from app.ui.dialogs import report_exception
from app.ui.screen_fit import fit_to_screen

#: One cache per app session: remembered passphrases vanish when the app quits.
SESSION_PASSPHRASES = PassphraseCache()


translate = QCoreApplication.translate   # lupdate reads translate("identity_dialog", "text")


def identity_label(identity: Identity) -> str:
    """「李明（单位；自签名，仅供内部草稿；有效期至 2028年11月30日）」; an ended certificate says so."""
    kind = translate("identity_dialog", "自签名，仅供内部草稿") if identity.self_signed else translate("identity_dialog", "机构证书")
    end = identity.not_after_dt
    until = date_phrase(end.astimezone() if end.tzinfo else end).text(translate)
    ended = end <= (dt.datetime.now(end.tzinfo) if end.tzinfo else dt.datetime.now())
    validity = (translate("identity_dialog", "已于 {date}过期，不能再用于签名") if ended
                else translate("identity_dialog", "有效期至 {date}")).format(date=until)
    return translate("identity_dialog", "{name}（{org}；{kind}；{validity}）").format(
        name=identity.display_name, org=identity.organisation, kind=kind, validity=validity)


def password_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class NewIdentityDialog(QDialog):
    """Name, organisation and a passphrase (twice) → a self-signed identity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建自签名身份"))
        self.setMinimumWidth(440)
        self.name, self.org = QLineEdit(), QLineEdit()
        self.passphrase, self.again = password_field(self.tr("至少 8 个字符")), password_field()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("签名人姓名"), self.name)
        form.addRow(self.tr("单位"), self.org)
        form.addRow(self.tr("口令"), self.passphrase)
        form.addRow(self.tr("再次输入口令"), self.again)
        note = QLabel(self.tr("自签名证书只适合内部草稿；正式报送请导入机构的数字证书（.p12/.pfx）。"))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.created: Identity | None = None

    def _create(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.problem.setText(self.tr("两次输入的口令不一致"))
            return
        try:
            self.created = identities.create_self_signed(
                name=self.name.text(), organisation=self.org.text(), passphrase=self.passphrase.text())
        except ValueError as exc:           # empty name, weak passphrase, … (Chinese messages)
            self.problem.setText(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported, never a traceback
            report_exception(self, exc, action=self.tr("创建签名身份"))
            return
        self.passphrase.clear()
        self.again.clear()
        self.accept()


class ImportIdentityDialog(QDialog):
    """A .p12/.pfx file and its passphrase → an identity stored encrypted."""

    def __init__(self, parent: QWidget | None = None, *, path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入机构证书"))
        self.setMinimumWidth(480)
        self.path = QLineEdit(path)
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.passphrase = password_field()
        # Asked for only when the certificate's own passphrase is too short to store the key under
        # (a CA's .pfx often has a 6-digit PIN).
        self.new_passphrase, self.new_again = password_field(self.tr("至少 8 个字符")), password_field()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("证书文件"), row)
        form.addRow(self.tr("证书口令"), self.passphrase)
        form.addRow(self.tr("新口令"), self.new_passphrase)
        form.addRow(self.tr("再次输入新口令"), self.new_again)
        self.form = form
        self._show_new_passphrase(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.imported: Identity | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择证书"), "", self.tr("PKCS#12 证书 (*.p12 *.pfx)"))
        if path:
            self.path.setText(path)

    def _show_new_passphrase(self, shown: bool) -> None:
        for field in (self.new_passphrase, self.new_again):
            self.form.setRowVisible(field, shown)

    def _import(self) -> None:
        from app.signing.errors import SigningError, WeakPassphrase

        asking = not self.new_passphrase.isHidden()
        if asking and self.new_passphrase.text() != self.new_again.text():
            self.problem.setText(self.tr("两次输入的新口令不一致"))
            return
        store = self.new_passphrase.text() if asking else None
        try:
            self.imported = identities.import_pkcs12(self.path.text(), passphrase=self.passphrase.text(),
                                                     store_passphrase=store)
        except WeakPassphrase as exc:
            if store is None:           # the certificate opened: only its passphrase is too short to keep
                self._show_new_passphrase(True)
                self.problem.setText(self.tr("证书口令正确，但少于 {n} 个字符，不能用来加密保存私钥。请在“新口令”中"
                                             "设置至少 {n} 个字符的口令，以后签名时使用新口令。").format(
                    n=identities.MIN_PASSPHRASE_LENGTH))
                self.new_passphrase.setFocus()
            else:
                self.problem.setText(str(exc))
            return
        except (SigningError, ValueError) as exc:
            self.problem.setText(str(exc))   # wrong passphrase etc.: say so, keep the dialog open
            return
        except OSError as exc:
            self.problem.setText(self.tr("无法读取证书文件：{reason}").format(reason=os_reason(exc)))
            return
        for field in (self.passphrase, self.new_passphrase, self.new_again):
            field.clear()
        self.accept()


class IdentitiesDialog(QDialog):
    """The list of stored identities with 新建 / 导入 / 删除."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("签名身份"))
        fit_to_screen(self, 640, 360)
        self.list = QListWidget()
        new = QPushButton(self.tr("新建自签名身份…"))
        new.clicked.connect(self._new)
        imp = QPushButton(self.tr("导入机构证书…"))
        imp.clicked.connect(self._import)
        remove = QPushButton(self.tr("删除"))
        remove.clicked.connect(self._remove)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (new, imp, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        note = QLabel(self.tr("私钥只以加密形式保存在本机的用户数据文件夹中；口令不会被保存。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.added: str | None = None     # the identity created or imported here last (callers preselect it)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for identity in identities.list_identities():
            item = QListWidgetItem(identity_label(identity))
            item.setData(Qt.ItemDataRole.UserRole, identity.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(QListWidgetItem(self.tr("（尚无签名身份）")))

    def _new(self) -> None:
        dialog = NewIdentityDialog(self)
        if dialog.exec() and dialog.created is not None:
            self.added = dialog.created.id
            self.refresh()

    def _import(self) -> None:
        dialog = ImportIdentityDialog(self)
        if dialog.exec() and dialog.imported is not None:
            self.added = dialog.imported.id
            self.refresh()

    def _remove(self) -> None:
        from app.ui.dialogs import confirm

        item = self.list.currentItem()
        identity_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not identity_id:
            return
        if confirm(self, self.tr("删除签名身份"), self.tr("删除后无法再用该身份签名。确定删除吗？"), ok_text=self.tr("删除")):
            identities.delete_identity(identities.get_identity(identity_id))
            SESSION_PASSPHRASES.forget(identity_id)
            self.refresh()
