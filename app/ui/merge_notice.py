"""The workspace home's notice: two files in the folder are copies of one dossier — merge them?

Opening one exchange document twice, or copying a ``.pzd`` back from a USB stick, leaves two files with the
same dossier id whose edits are split.  ``CopiesNotice`` is a banner above the home list that names such a
pair (``merge_inputs.copies_of_one_dossier``) and offers 「合并…」; the home window opens ``MergeDialog`` on it.
Kept out of ``app.ui.home`` so the home window only places it and refreshes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.models.storage.merge_inputs import copies_of_one_dossier


class CopiesNotice(QFrame):
    """A yellow banner shown while the workspace holds two or more copies of one dossier."""

    merge_requested = Signal(object, object)      # the two paths, newest edit first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copies_notice")
        self.setStyleSheet("#copies_notice { background: #fff4ce; border: 1px solid #e6c35c; border-radius: 4px; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("合并…"), self)
        self.button.setToolTip(self.tr("比较两个副本，把两边的修改合并到一个新文件（原文件不变）"))
        self.button.clicked.connect(self._merge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.pair: tuple[Any, Any] | None = None
        self.hide()

    def show_for(self, entries: list[Any]) -> None:
        """Show the newest pair of copies among the workspace ``entries`` (DossierSummary), or hide."""
        groups = copies_of_one_dossier(entries)
        if not groups:
            self.pair = None
            self.hide()
            return
        first = groups[0]
        self.pair = (first[0].path, first[1].path)
        names = "”、“".join(e.path.name for e in first)
        text = self.tr("“{names}”是同一份申报材料的 {n} 个副本（申报编号相同），两边的修改可能各不相同。"
                       "可以把最近修改的两个合并为一个新文件。").format(names=names, n=len(first))
        if len(groups) > 1:
            text += self.tr("另有 {n} 份申报也有多个副本。").format(n=len(groups) - 1)
        self.text.setText(text)
        self.show()

    def _merge(self) -> None:
        if self.pair is not None:
            self.merge_requested.emit(*self.pair)


def ask_after_merge(parent: QWidget | None, path: Any) -> str:
    """"archive" (move both old copies to 归档 and open the result), "open", or "" (just close)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, CopiesNotice.tr("合并完成"), CopiesNotice.tr(
        "两个副本已合并为“{name}”。两个旧副本仍在工作区中；核对无误后，可把它们移到“归档”文件夹（随时可以取回）。").format(
        name=path.name), QMessageBox.StandardButton.NoButton, parent)
    archive = box.addButton(CopiesNotice.tr("归档旧副本并打开"), QMessageBox.ButtonRole.AcceptRole)
    only_open = box.addButton(CopiesNotice.tr("只打开合并结果"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(CopiesNotice.tr("关闭"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(only_open)
    box.exec()
    clicked = box.clickedButton()
    return "archive" if clicked is archive else "open" if clicked is only_open else ""
