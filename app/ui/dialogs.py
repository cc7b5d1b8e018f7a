"""Small dialogs: the one error helper, confirmations, and the new-dossier dialog.

Every error the user sees goes through ``show_error`` / ``report_exception``:
a Chinese sentence that says what happened and what to do, and — for
unexpected failures — a log line with the traceback (never a traceback in
the dialog itself).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from app.errors import UserFacingError, describe_os_error
from app.ui.catalogue_text import error_text

log = logging.getLogger("pilotzone.ui")


translate = QCoreApplication.translate   # lupdate reads translate("dialogs", "text")


def show_error(parent: QWidget | None, message: str, *, title: str | None = None, detail: str = "") -> None:
    """A modal Chinese error dialog; ``detail`` goes to the expandable details (never a traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title or translate("dialogs", "出错了"))
    box.setText(message)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    """A modal information dialog."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def describe_exception(exc: BaseException) -> tuple[str, bool]:
    """(Chinese message, expected?) for an exception; expected ones need no log traceback."""
    if isinstance(exc, UserFacingError):
        return error_text(exc), True
    if isinstance(exc, OSError):
        return describe_os_error(exc), True
    if isinstance(exc, ValueError) and str(exc):
        return error_text(exc), True
    return translate("dialogs", "程序遇到了意外的问题（{kind}）。您的数据已自动保存；详细信息已记入日志。").format(
        kind=type(exc).__name__), False


def report_exception(parent: QWidget | None, exc: BaseException, *, action: str = "") -> None:
    """Turn an exception into a dialog (and a log line with the traceback when unexpected)."""
    message, expected = describe_exception(exc)
    if expected:
        log.info("%s: %s", action or "error", exc)
    else:
        log.error("%s", action or "unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    if action:
        message = translate("dialogs", "{action}失败：{message}").format(action=action, message=message)
    show_error(parent, message)


def confirm(parent: QWidget | None, title: str, text: str, *, ok_text: str | None = None) -> bool:
    """Ask yes/no; the safe answer (取消) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(ok_text or translate("dialogs", "确定"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("dialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """Ask to pick one of ``options`` (buttons, the first is the default); its index, or None for 取消."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(translate("dialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok and value.strip() else None


@dataclass
class NewDossierSpec:
    """What the new-dossier dialog collects."""

    city: str
    province: str
    partners: list[str] = field(default_factory=list)


class NewDossierDialog(QDialog):
    """城市、省份、联合申报城市 → a new draft dossier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建申报"))
        self.setMinimumWidth(460)
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("例如：滨江市"))
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("例如：浙江省"))
        self.partners = QPlainTextEdit()
        self.partners.setPlaceholderText(self.tr("联合申报时填写，每行一个城市；单独申报请留空"))
        self.partners.setFixedHeight(80)
        self.partners.setTabChangesFocus(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        form = QFormLayout()
        form.addRow(self.tr("申报城市"), self.city)
        form.addRow(self.tr("所在省份"), self.province)
        form.addRow(self.tr("联合申报城市"), self.partners)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("地级及以上城市可单独申报，相邻城市可联合申报（一份申报材料，多个城市）。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def spec(self) -> NewDossierSpec:
        partners = [line.strip() for line in self.partners.toPlainText().splitlines() if line.strip()]
        return NewDossierSpec(self.city.text().strip(), self.province.text().strip(), partners)

    def _accept(self) -> None:
        from app.models.hygiene import InvalidText
        from app.models.storage.workspace import check_names

        if not self.city.text().strip():
            self.problem.setText(self.tr("请填写申报城市"))
            self.city.setFocus()
            return
        spec = self.spec()
        try:                                  # said here, so nothing typed is lost to a refusal after closing
            check_names(spec.city, spec.province, spec.partners)
        except InvalidText as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
