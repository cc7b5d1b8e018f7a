"""Who is editing: the name the history records as 修改人, asked once and kept in the settings.

The history of a dossier is read by officials; 「root」 or a Windows account
name tells them nothing.  The first time the app starts (from ``run``) it
asks for the user's name in a small non-blocking dialog and keeps it in
``settings.AUTHOR_NAME``; from then on every opened or new dossier records
edits under that name, and 编辑 › 修改人姓名… changes it.  Until a name is
given the storage layer falls back to the operating-system account.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui import settings as prefs


def author_name() -> str:
    """The name the history records ("" until the user has given one)."""
    return prefs.settings().get(prefs.AUTHOR_NAME).strip()


class AuthorDialog(QDialog):
    """「您的姓名」: one line, kept in the settings."""

    def __init__(self, parent: QWidget | None = None, *, first_time: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("author_dialog")
        self.setWindowTitle(self.tr("修改人姓名"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("修改历史会记下每一处修改由谁、在何时作出。请填写您的姓名，"
                               "它将记为以后每次修改的修改人（以后可在“编辑 › 修改人姓名…”中更改）。")
                       if first_time else self.tr("以后的修改将以此姓名记入修改历史。"))
        intro.setWordWrap(True)
        self.name = QLineEdit(author_name())
        self.name.setObjectName("author_name")
        self.name.setPlaceholderText(self.tr("例如：李明"))
        self.name.setMaxLength(40)
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("以后再说") if first_time else self.tr("取消"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def _accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        prefs.settings().set(prefs.AUTHOR_NAME, name)
        prefs.settings().sync()
        self.accept()


def ask_author(parent: QWidget | None, on_named: Callable[[str], None], *, first_time: bool = True) -> AuthorDialog:
    """Show the dialog without blocking; ``on_named(name)`` runs when a name was given."""
    dialog = AuthorDialog(parent, first_time=first_time)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_named(author_name()))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
