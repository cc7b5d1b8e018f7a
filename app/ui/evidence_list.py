"""The evidence list: its table model and the table view that accepts dropped files.

``EvidenceListModel`` shows the evidence items of a dossier (optionally only
those linked to one indicator); number and title edit in place through
``edits.update_evidence``.  ``EvidenceTable`` is the view: files dropped on it
are imported, Delete removes the selection.  ``FileDropTarget`` is the drag
handling it shares with the evidence panel.

Split out of ``app.ui.evidence`` so the panel module holds only the panel;
``app.ui.evidence`` imports these names back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from app.models.values import human_size
from app.models import edits
from app.models.catalogue import Catalogue
from app.models.dossier import EvidenceItem
from app.ui.evidence_import import dropped_paths

AnyIndex = QModelIndex | QPersistentModelIndex


# -- the list -----------------------------------------------------------------------------

class EvidenceListModel(QAbstractTableModel):
    """Evidence items (optionally only those linked to one indicator); number and title edit in place."""

    NUMBER, TITLE, FILENAME, SIZE, LINKS = range(5)

    def __init__(self, doc: Any, indicator_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.indicator_id = indicator_id
        self.items: list[EvidenceItem] = self._select()
        doc.changed.connect(self._on_changed)

    def set_indicator(self, indicator_id: str | None) -> None:
        self.beginResetModel()
        self.indicator_id = indicator_id
        self.items = self._select()
        self.endResetModel()

    def _select(self) -> list[EvidenceItem]:
        return [e for e in self.doc.dossier.evidence if self.indicator_id is None or self.indicator_id in e.indicators]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("编号"), self.tr("标题"), self.tr("文件"), self.tr("大小"), self.tr("关联指标")][section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (self.NUMBER, self.TITLE) else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        catalogue: Catalogue = self.doc.catalogue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return item.number
            if column == self.TITLE:
                return item.title
            if column == self.FILENAME:
                return item.filename
            if column == self.SIZE:
                return human_size(item.size)
            return self.tr("、").join(catalogue.indicator(i).code for i in item.indicators if _known(catalogue, i)) \
                or (self.tr("未关联") if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LINKS:
                return "\n".join(f"{catalogue.indicator(i).code} {catalogue.indicator(i).name}"
                                 for i in item.indicators if _known(catalogue, i)) or self.tr("尚未关联任何指标")
            if column == self.NUMBER:
                return self.tr("证明材料编号，例如 2-1；双击修改")
            return self.tr("{title}\n{file}（{size}）").format(title=item.title, file=item.filename,
                                                              size=human_size(item.size))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LINKS and not item.indicators:
            return QBrush(QColor("#a12622"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.NUMBER, self.TITLE):
            return False
        item = self.items[index.row()]
        text = str(value or "").strip()
        if index.column() == self.TITLE and not text:
            return False                       # a title is needed in the list of evidence
        key = "number" if index.column() == self.NUMBER else "title"
        self.doc.session.break_merge()
        edits.update_evidence(self.doc.session, item.id, **{key: text})
        self.doc.session.break_merge()
        return True

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind == "evidence" for c in changes):
            self.beginResetModel()
            self.items = self._select()
            self.endResetModel()


def _known(catalogue: Catalogue, indicator_id: str) -> bool:
    try:
        catalogue.indicator(indicator_id)
    except KeyError:
        return False
    return True


# -- drop targets ---------------------------------------------------------------------------

class FileDropTarget:
    """Accept drags that carry local files; ``files_were_dropped(paths)`` handles the drop."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_were_dropped(paths)

    def files_were_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError


class ElideAtEnd(QStyledItemDelegate):
    """Cuts a cell's text at its end: titles of one city start alike and differ after the first words
    (「滨江市发展政策…」, 「滨江市基础设施…」), which the table's middle elision (for file names) hid."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


class EvidenceTable(FileDropTarget, QTableView):
    """The evidence list; files dropped on it are imported, Delete removes the selection."""

    files_dropped = Signal(list)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setItemDelegateForColumn(EvidenceListModel.TITLE, ElideAtEnd(self))

    def files_were_dropped(self, paths: list[Path]) -> None:
        self.files_dropped.emit(paths)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)
