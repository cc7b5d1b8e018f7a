"""修改历史 and 定稿以来的变化: the dossier file's history, readable and exportable.

Every change is recorded in the dossier file (when, who, what, old → new);
this dialog shows it — for the whole dossier or filtered to one indicator —
exports it as CSV, and lists what differs from the last finalised version.
The file layer does the work (``DossierFile.history_for`` /
``history_count`` / ``export_history_csv`` / ``changes_since_final``); paths
are put into words by ``app.models.history_words`` (the CSV export uses the same words).  A dossier
edited for months has tens of thousands of entries: ``HistoryModel`` reads
them a page at a time as the list is scrolled, so the dialog opens at once
and every entry, down to the first, can still be reached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.models.history_words import chinese_datetime, describe_entry, describe_path, describe_value
from app.ui.catalogue_text import catalogue_text
from app.models.storage.errors import DossierFileError
from app.ui.column_widths import ColumnFitter
from app.ui.dialogs import report_exception, show_info
from app.ui.screen_fit import fit_to_screen

translate = QCoreApplication.translate   # lupdate reads translate("history_dialog", "text")


AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """The history entries of one scope, newest first, read from the dossier file a page at a time.

    Qt asks for the next page (``canFetchMore`` / ``fetchMore``) when the view is scrolled to the end of
    what it has.  A page that cannot be read (a damaged file) ends the list and emits ``failed`` with the
    Chinese message; what was read stays shown.
    """

    PAGE = 400
    failed = Signal(str)

    def __init__(self, doc: Any, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.headers = doc, headers
        self.prefix = ""
        self.total = 0
        self._rows: list[list[str]] = []
        self._last_seq: int | None = None
        self._done = True

    @property
    def file(self) -> Any:
        return getattr(self.doc, "file", None)

    def load(self, prefix: str) -> None:
        """Show the entries under ``prefix`` ("" for all): the count and the first page (may raise)."""
        self.beginResetModel()
        self.prefix, self._rows, self._last_seq, self.total, self._done = prefix, [], None, 0, True
        try:
            self.total = self.file.history_count(prefix) if self.file is not None else 0
            self._done = self.total == 0
            if not self._done:
                self._append(self._read_page())
        finally:
            self.endResetModel()

    def _read_page(self) -> list[Any]:
        return self.file.history_for(self.prefix, limit=self.PAGE, before_seq=self._last_seq)

    def _append(self, entries: list[Any]) -> None:
        cat, dossier = self.doc.catalogue, self.doc.dossier
        for e in entries:
            words = describe_entry(e, cat, dossier, tr=translate)
            self._rows.append([words.time, words.author, words.kind, words.what, words.old, words.new])
        if entries:
            self._last_seq = entries[-1].seq
        if len(entries) < self.PAGE:
            self._done = True

    # -- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or self._done:
            return
        try:
            entries = self._read_page()
        except Exception as exc:  # noqa: BLE001 - reported in the dialog; the rows read so far stay
            self._done = True
            self.failed.emit(str(exc))
            return
        if not entries:
            self._done = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self._append(entries)
        self.endInsertRows()


CONTENT_COLUMN = 0       # the since-定稿 table: 内容 | 定稿时 | 现在
HISTORY_CONTENT_COLUMN = 3   # the history table: 时间 | 修改人 | 操作 | 内容 | 原值 | 新值
MAX_VALUE_WIDTH = 240    # a long text (a 情况说明) is cut here, leaving 内容 room; its tooltip has it whole


class MiddleElideDelegate(QStyledItemDelegate):
    """「2.1.2 “5G+工业互联网”发展…› 已申报建成项目数」: a long 内容 keeps its end, the field that changed."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


def _setup_table(table: QTableView, content: int) -> None:
    """Read-only rows; column ``content`` (what changed) elides in the middle."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setItemDelegateForColumn(content, MiddleElideDelegate(table))
    table.setWordWrap(False)


def _fitter(table: QTableView, name: str, content: int, values: tuple[int, ...]) -> ColumnFitter:
    """内容 takes the room the other columns leave (at least 240 px); old and new values give way first."""
    count = table.model().columnCount()
    caps = [MAX_VALUE_WIDTH if c in values else (2000 if c == content else 200) for c in range(count)]
    minimums = [100 if c in values else (240 if c == content else 10**6) for c in range(count)]
    priority = [1 if c == content else 0 for c in range(count)]
    return ColumnFitter(table, name, caps=caps, minimums=minimums, priority=priority, grow=content)


def _table(columns: list[str], content: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    _setup_table(table, content)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class HistoryDialog(QDialog):
    def __init__(self, doc: Any, parent: QWidget | None = None, *, indicator_id: str = "") -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("修改历史 — {name}").format(name=doc.display_name()))
        fit_to_screen(self, 1280, 680)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("全部修改"), "")
        for ind in doc.catalogue.indicators():
            self.scope.addItem(f"{ind.code} {ind.name}", f"indicators/{ind.id}")
        for reg in doc.catalogue.registers.values():
            self.scope.addItem(self.tr("登记表：{name}").format(name=catalogue_text(reg.name)), f"registers/{reg.id}")
        if indicator_id:
            self.scope.setCurrentIndex(max(0, self.scope.findData(f"indicators/{indicator_id}")))
        self.scope.currentIndexChanged.connect(self.show_history)
        export = QPushButton(self.tr("导出为 CSV…"))
        export.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("范围")))
        top.addWidget(self.scope, 1)
        top.addWidget(export)
        self.model = HistoryModel(doc, [self.tr("时间"), self.tr("修改人"), self.tr("操作"), self.tr("内容"),
                                        self.tr("原值"), self.tr("新值")], self)
        self.model.failed.connect(self._page_failed)
        self.history = QTableView()
        self.history.setModel(self.model)
        _setup_table(self.history, HISTORY_CONTENT_COLUMN)
        self.history_columns = _fitter(self.history, "history", HISTORY_CONTENT_COLUMN, (4, 5))
        self.count_label = QLabel()
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addLayout(top)
        history_layout.addWidget(self.count_label)
        history_layout.addWidget(self.history, 1)
        self.since_label = QLabel()
        self.since = _table([self.tr("内容"), self.tr("定稿时"), self.tr("现在")], CONTENT_COLUMN)
        self.since_columns = _fitter(self.since, "history-since", CONTENT_COLUMN, (1, 2))
        since_page = QWidget()
        since_layout = QVBoxLayout(since_page)
        since_layout.addWidget(self.since_label)
        since_layout.addWidget(self.since, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(history_page, self.tr("修改历史"))
        self.tabs.addTab(since_page, self.tr("自上次定稿以来的变化"))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(self._on_tab)
        self.refresh()

    @property
    def file(self) -> Any:
        return getattr(self.doc, "file", None)

    def refresh(self) -> None:
        """Read the history of the chosen scope again; the changes since 定稿 when their tab is shown."""
        self._since_read = False
        self.show_history()
        if self.tabs.currentIndex() == 1:
            self.show_changes_since_final()

    def show_history(self) -> None:
        if self.file is None:
            self.model.load("")
            self.count_label.setText(self.tr("此申报材料尚未保存为 .pzd 文件，没有修改历史。"))
            return
        try:
            self.model.load(self.scope.currentData() or "")
        except DossierFileError as exc:
            self.count_label.setText(self.tr("读取修改记录时出错：{message}").format(message=exc))
            return
        self.count_label.setText(self.tr("共 {n} 条修改记录，最新的在前。").format(
            n=f"{self.model.total:,}") if self.model.total else self.tr("此范围内还没有修改记录。"))
        self.history_columns.refit()

    def _on_tab(self, index: int) -> None:
        if index == 1 and not self._since_read:
            self.show_changes_since_final()

    def show_changes_since_final(self) -> None:
        """Compare with the last finalised snapshot (read on demand: a large snapshot takes a moment)."""
        self._since_read = True
        if self.file is None:
            self.since_label.setText(self.tr("此申报材料尚未保存为 .pzd 文件，没有修改历史。"))
            _fill(self.since, [])
            self.since_columns.refit()
            return
        cat, dossier = self.doc.catalogue, self.doc.dossier
        versions = self.file.versions()
        changes = self.file.changes_since_final()
        if not versions:
            self.since_label.setText(self.tr("尚未定稿过。导出正式申报包时会自动定稿。"))
        else:
            last = versions[-1]
            self.since_label.setText(self.tr("上次定稿：第 {rev} 版，{at}。此后共有 {n} 处变化。").format(
                rev=last.revision, at=chinese_datetime(last.finalised_at, tr=translate), n=len(changes)))
        _fill(self.since, [[describe_path(p, cat, dossier, values=(old, new), tr=translate),
                            describe_value(p, old, cat, dossier, tr=translate),
                            describe_value(p, new, cat, dossier, tr=translate)] for p, old, new in changes])
        self.since_columns.refit()

    def _page_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("读取更早的修改记录时出错：{message}").format(message=message))

    def export_csv(self) -> None:
        if self.file is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出修改历史"), f"{self.doc.display_name()}-修改历史.csv",
                                              self.tr("CSV 文件 (*.csv)"))
        if not path:
            return
        try:
            count = self.file.export_history_csv(path)
        except OSError as exc:
            report_exception(self, exc, action=self.tr("导出修改历史"))
            return
        show_info(self, self.tr("导出完成"), self.tr("已导出 {n} 条修改记录：{path}").format(n=count, path=path))
