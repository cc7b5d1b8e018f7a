"""Choosing indicators for evidence: the indicator tree (a drop target) and the link dialog.

``IndicatorTree`` lists sections and indicators with evidence counts on the
「证明材料」 page; a file dropped on an indicator row is imported and linked
to it.  ``IndicatorLinkDialog`` / ``choose_indicators`` pick the indicators
one evidence item supports.

Split out of ``app.ui.evidence`` because both are catalogue trees, not
evidence lists; ``app.ui.evidence`` imports these names back.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QVBoxLayout,
    QWidget,
)

from app.models.catalogue import Catalogue
from app.ui.evidence_import import dropped_paths
from app.ui.screen_fit import fit_to_screen


class IndicatorTree(QTreeWidget):
    """Sections and their indicators with evidence counts; each indicator row is a drop target."""

    files_dropped = Signal(list, str)      # paths, indicator id

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("指标"), self.tr("份数")])
        self.setAcceptDrops(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setMinimumWidth(240)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)     # the whole name is in the row's tooltip
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.all_item = QTreeWidgetItem(self, [self.tr("全部证明材料"), ""])
        self.all_item.setData(0, Qt.ItemDataRole.UserRole, "")
        self.items: dict[str, QTreeWidgetItem] = {}
        for section in catalogue.sections:
            top = QTreeWidgetItem(self, [f"{section.code} {section.name}", ""])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for indicator in section.indicators:
                star = "★ " if indicator.starred else ""
                child = QTreeWidgetItem(top, [f"{star}{indicator.code} {indicator.name}", ""])
                child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
                child.setToolTip(0, f"{indicator.code} {indicator.name}")
                self.items[indicator.id] = child
        self.expandAll()

    def indicator_at(self, event: QDropEvent | QDragMoveEvent) -> str:
        item = self.itemAt(event.position().toPoint())
        return str(item.data(0, Qt.ItemDataRole.UserRole) or "") if item is not None else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event) and self.indicator_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths, indicator = dropped_paths(event), self.indicator_at(event)
        if paths and indicator:
            event.acceptProposedAction()
            self.files_dropped.emit(paths, indicator)


class IndicatorLinkDialog(QDialog):
    """Choose the indicators one evidence item supports (a checkable tree)."""

    def __init__(self, catalogue: Catalogue, checked: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关联指标"))
        fit_to_screen(self, 560, 620)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        wanted = set(checked)
        for section in catalogue.sections:
            top = QTreeWidgetItem(self.tree, [f"{section.code} {section.name}"])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            for indicator in section.indicators:
                star = "★ " if indicator.starred else ""
                child = QTreeWidgetItem(top, [f"{star}{indicator.code} {indicator.name}"])
                child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if indicator.id in wanted else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选这份材料所证明的指标（可多选）：")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        ids = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, Qt.ItemDataRole.UserRole) and item.checkState(0) == Qt.CheckState.Checked:
                ids.append(item.data(0, Qt.ItemDataRole.UserRole))
            iterator += 1
        return ids

    def set_checked(self, indicator_id: str, checked: bool) -> None:
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, Qt.ItemDataRole.UserRole) == indicator_id:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            iterator += 1


def choose_indicators(parent: QWidget, catalogue: Catalogue, checked: list[str]) -> list[str] | None:
    """Run the link dialog; None when cancelled (tests replace this function)."""
    dialog = IndicatorLinkDialog(catalogue, checked, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
