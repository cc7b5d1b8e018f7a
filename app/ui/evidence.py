"""Evidence (证明材料): the panel that lists, imports, links and previews a dossier's files.

``EvidencePanel(doc, indicator_id)`` appears twice in the app: compact on
each indicator card (only that indicator's files; a drop links to it; the
strip says when a starred condition still has no evidence) and full-size on
the 「证明材料」 page (``indicator_id=None``: an indicator tree whose rows
are drop targets, every file, and an inline preview).

The parts live next door: storage and the background import in
``app.ui.evidence_import``, the list model and table in
``app.ui.evidence_list``, the indicator tree and link dialog in
``app.ui.indicator_picker``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.models import edits
from app.models.catalogue import Indicator
from app.models.dossier import EvidenceItem
from app.ui.evidence_import import evidence_store, import_files
from app.ui.column_widths import ColumnFitter
from app.ui.evidence_list import EvidenceListModel, EvidenceTable, FileDropTarget
from app.ui.indicator_picker import IndicatorTree, choose_indicators
from app.ui.preview import PreviewPane
from app.ui.screen_fit import fit_to_screen

HINT_STYLE = "QLabel { color: #a12622; font-weight: bold; }"
MUTED_STYLE = "QLabel { color: #6b7280; }"


def missing_hint(indicator: Indicator, count: int) -> str:
    """What an indicator's strip says when it has no evidence ("" when nothing is missing)."""
    if count:
        return ""
    if indicator.starred:
        return QObject.tr("该不可偏离条件尚无证明材料")
    if indicator.evidence_required:
        return QObject.tr("该指标尚无证明材料（必附）")
    return ""


def open_files(parent: QWidget) -> list[Path]:
    """The 「添加文件…」 dialog (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, QObject.tr("添加证明材料"), "",
        QObject.tr("常见材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)"))
    return [Path(n) for n in names]


class PreviewDialog(QDialog):
    """The preview in its own window (from an indicator card, where there is no room inline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预览证明材料"))
        fit_to_screen(self, 760, 900)
        self.pane = PreviewPane(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)


# -- the panel ------------------------------------------------------------------------------

class EvidencePanel(FileDropTarget, QWidget):
    """Evidence of one indicator (compact, on its card) or of the whole dossier (``indicator_id=None``)."""

    def __init__(self, doc: Any, indicator_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.indicator_id = indicator_id
        self.indicator = doc.catalogue.indicator(indicator_id) if indicator_id else None
        self.store = evidence_store(doc)
        self.model = EvidenceListModel(doc, indicator_id, self)
        self.table = EvidenceTable(self)
        self.table.setObjectName("evidence-list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # a file name keeps its end (.pdf)
        # 编号 | 标题 | 文件 | 大小 | 关联指标: all in view; the file name and links give way first, the title last.
        self.columns = ColumnFitter(self.table, "evidence" if indicator_id is None else "evidence-card",
                                    caps=[90, 420, 260, 90, 200], minimums=[10**6, 120, 100, 10**6, 70],
                                    priority=[0, 1, 0, 0, 0], grow=EvidenceListModel.TITLE)
        self.table.verticalHeader().setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        self.setFocusProxy(self.table)

        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.link_button = QPushButton(self.tr("关联指标…"), self)
        self.remove_button = QPushButton(self.tr("移除"), self)
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.add_button.clicked.connect(self.add_files)
        self.link_button.clicked.connect(self.link_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.preview_button.clicked.connect(self.preview_selected)
        self.hint = QLabel(self)
        self.hint.setObjectName("evidence-hint")
        self.hint.setWordWrap(True)           # wraps in a narrow card instead of widening it
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.hint, 1)
        for button in (self.add_button, self.link_button, self.remove_button, self.preview_button):
            buttons.addWidget(button)

        self.tree: IndicatorTree | None = None
        self.preview: PreviewPane | None = None
        self.dialog: PreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if indicator_id is None:
            self.tree = IndicatorTree(doc.catalogue, self)
            self.tree.files_dropped.connect(lambda paths, ind: self.import_paths(paths, [ind]))
            self.tree.currentItemChanged.connect(self._on_tree_current)
            self.preview = PreviewPane(self)
            self.preview_button.hide()
            # The page shares the window with the navigation tree and the gap panel (≈ 780 px at 1440 × 900):
            # the indicator tree keeps room to be read, the list and the preview share the rest top and bottom.
            centre = QWidget(self)
            centre_layout = QVBoxLayout(centre)
            centre_layout.setContentsMargins(0, 0, 0, 0)
            centre_layout.addLayout(buttons)
            centre_layout.addWidget(self.table, 1)
            right = QSplitter(Qt.Orientation.Vertical, self)
            right.setObjectName("evidence-list-and-preview")
            right.addWidget(centre)
            right.addWidget(self.preview)
            right.setStretchFactor(0, 2)
            right.setStretchFactor(1, 3)
            right.setSizes([260, 420])
            splitter = QSplitter(Qt.Orientation.Horizontal, self)
            splitter.addWidget(self.tree)
            splitter.addWidget(right)
            splitter.setStretchFactor(0, 0)
            splitter.setStretchFactor(1, 1)
            splitter.setSizes([320, 460])
            splitter.setChildrenCollapsible(False)
            layout.addWidget(splitter, 1)
        else:
            self.setAcceptDrops(True)                    # anywhere on the card's panel links to its indicator
            self.table.setAcceptDrops(False)
            self.drop_hint = QLabel(self.tr("将文件拖放到这里，或点击“添加文件…”"), self)
            self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.drop_hint.setStyleSheet("QLabel { color: #6b7280; border: 1px dashed #b8bec7; "
                                         "border-radius: 4px; padding: 10px; }")
            layout.addLayout(buttons)
            layout.addWidget(self.drop_hint)
            layout.addWidget(self.table)
            layout.addStretch(1)
        self.table.files_dropped.connect(lambda paths: self.import_paths(paths, self._drop_indicators()))
        self.table.remove_requested.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self._refresh)
        self.model.modelReset.connect(self.columns.schedule)
        self.model.dataChanged.connect(self.columns.schedule)
        doc.changed.connect(self._on_changed)
        doc.focus_requested.connect(self._on_focus_requested)
        self._refresh()

    # -- importing ----------------------------------------------------------------------------
    def add_files(self) -> None:
        self.import_paths(open_files(self), self._drop_indicators())

    def import_paths(self, paths: list[Path], indicators: list[str]) -> None:
        import_files(self, self.doc, paths, [i for i in indicators if i])

    def _drop_indicators(self) -> list[str]:
        return [self.model.indicator_id] if self.model.indicator_id else []

    def files_were_dropped(self, paths: list[Path]) -> None:
        self.import_paths(paths, self._drop_indicators())

    # -- actions on the selection ---------------------------------------------------------
    def selected_items(self) -> list[EvidenceItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows if r < len(self.model.items)]

    def select_item(self, evidence_id: str) -> None:
        row = next((i for i, e in enumerate(self.model.items) if e.id == evidence_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def remove_selected(self) -> None:
        """Remove the selection (undoable); on a card, an item other indicators use is only unlinked."""
        for item in self.selected_items():
            others = [i for i in item.indicators if i != self.indicator_id]
            if self.indicator_id and others:
                edits.update_evidence(self.doc.session, item.id, indicators=others)
            else:
                edits.remove_evidence(self.doc.session, item.id)

    def link_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        current = list(dict.fromkeys(i for item in items for i in item.indicators))
        chosen = choose_indicators(self, self.doc.catalogue, current)
        if chosen is None:
            return
        for item in items:
            if chosen != item.indicators:
                edits.update_evidence(self.doc.session, item.id, indicators=chosen)

    def preview_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        if self.preview is None:
            if self.dialog is None:
                self.dialog = PreviewDialog(self)
            self.dialog.show()
            self.dialog.raise_()
        self.show_preview(items[0])

    def show_preview(self, item: EvidenceItem) -> None:
        pane = self.preview if self.preview is not None else (self.dialog.pane if self.dialog else None)
        if pane is None:
            return
        label = " ".join(x for x in (item.number, item.title) if x) or item.filename
        try:
            path = self.store.local_path(item)
        except Exception as exc:   # noqa: BLE001 - a damaged attachment is shown, not raised
            pane.clear(self.tr("无法读取“{name}”：{error}").format(name=item.filename, error=exc))
            return
        if path is None:
            pane.clear(self.tr("找不到“{name}”的内容（文件未随申报一同保存）").format(name=item.filename))
            return
        pane.show_path(path, media_type=item.media_type, title=label)
        pane.title.setToolTip(item.filename)

    # -- refreshing ---------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.preview is not None and current.isValid() and current.row() < len(self.model.items):
            self.show_preview(self.model.items[current.row()])

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == EvidenceListModel.LINKS:
            self.link_selected()
        elif index.column() in (EvidenceListModel.FILENAME, EvidenceListModel.SIZE):
            self.preview_selected()

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        indicator = str(current.data(0, Qt.ItemDataRole.UserRole) or "") if current is not None else ""
        self.model.set_indicator(indicator or None)

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind == "evidence" for c in changes):
            self._refresh()

    def _refresh(self) -> None:
        evidence = self.doc.dossier.evidence
        shown = len(self.model.items)
        has_items = shown > 0
        for button in (self.link_button, self.remove_button, self.preview_button):
            button.setEnabled(has_items)
        if self.indicator is not None:
            self.count_label.setText(self.tr("已附 {n} 份").format(n=shown))
            hint = missing_hint(self.indicator, shown)
            if hint:
                self.hint.setText(("★ " if self.indicator.starred else "") + hint)
                self.hint.setStyleSheet(HINT_STYLE)
            else:
                recommended = self.indicator.evidence_recommended and not shown
                self.hint.setText(self.tr("建议附证明材料") if recommended else "")
                self.hint.setStyleSheet(MUTED_STYLE)
            self.drop_hint.setVisible(not has_items)
            self.table.setVisible(has_items)
            self.setFocusProxy(self.table if has_items else self.add_button)
            rows = min(max(shown, 1), 6)
            self.table.setFixedHeight(self.table.horizontalHeader().height() + rows
                                      * self.table.verticalHeader().defaultSectionSize() + 4)
        else:
            self.count_label.setText(self.tr("共 {n} 份证明材料").format(n=len(evidence)) if self.model.indicator_id is None
                                     else self.tr("所选指标 {n} 份（共 {total} 份）").format(n=shown, total=len(evidence)))
            missing = [ind for ind in self.doc.catalogue.indicators()
                       if missing_hint(ind, len(self.doc.dossier.evidence_for(ind.id)))]
            self.hint.setText(self.tr("{n} 项必附指标尚无材料").format(n=len(missing)) if missing else "")
            self.hint.setStyleSheet(HINT_STYLE)
            self._refresh_tree()

    def _refresh_tree(self) -> None:
        assert self.tree is not None
        for indicator_id, item in self.tree.items.items():
            indicator = self.doc.catalogue.indicator(indicator_id)
            count = len(self.doc.dossier.evidence_for(indicator_id))
            hint = missing_hint(indicator, count)
            none = self.tr("缺", "no evidence yet: a mark in a narrow column")
            item.setText(1, str(count) if count else (none if hint else ""))
            item.setForeground(1, QBrush(QColor("#a12622" if hint else "#1f2937")))
            item.setToolTip(1, hint or self.tr("已附 {n} 份").format(n=count))
        self.tree.all_item.setText(1, str(len(self.doc.dossier.evidence)))

    def _on_focus_requested(self, jump: Any) -> None:
        if getattr(jump, "part", "") != "evidence":
            return
        if self.indicator_id is not None:
            if jump.indicator_id == self.indicator_id:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason) if self.model.items \
                    else self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.isVisible() and self.tree is not None:
            item = self.tree.items.get(jump.indicator_id)
            if item is not None:
                self.tree.setCurrentItem(item)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
