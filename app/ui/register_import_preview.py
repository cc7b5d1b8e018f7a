"""The preview table of the register import: one line per sheet row, what importing it would do.

``PreviewModel`` shows an ``ImportPreview`` (``app.models.register_import``): the sheet's row number, the
outcome (新增 / 更新 / 无变化 / 重复 / 无效, coloured) and the values that will be stored — or, for a
skipped row, the reason.  ``STATUS_ROLE`` lets a proxy filter by outcome.  Kept apart from the dialog so the
dialog stays about choosing the sheet, heading row and columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from app.models.register_import import STATUS_LABELS, ImportPreview
from app.ui.catalogue_text import core_text

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {"add": "#1b7f3b", "update": "#1d5fa8", "unchanged": "#5f6368", "duplicate": "#8a4b00",
                  "invalid": "#b3261e"}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class PreviewModel(QAbstractTableModel):
    """The preview rows: sheet row number, what happens, and the values or the reason."""

    HEADERS = ("行号", "结果", "内容或原因")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.describe: Any = lambda row: ""

    def set_preview(self, preview: ImportPreview | None, describe: Any) -> None:
        self.beginResetModel()
        self.preview, self.describe = preview, describe
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.preview is None else len(self.preview.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        if role == STATUS_ROLE:
            return row.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(row.line), self.tr(STATUS_LABELS[row.status]),
                    core_text(row.reason) if row.status in ("invalid", "duplicate") else self.describe(row))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        return None


def _translations_for_lupdate() -> None:
    PreviewModel.tr("行号"), PreviewModel.tr("结果"), PreviewModel.tr("内容或原因")
    PreviewModel.tr("新增"), PreviewModel.tr("更新"), PreviewModel.tr("无变化"), PreviewModel.tr("重复")
    PreviewModel.tr("无效")
