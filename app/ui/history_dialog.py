"""修改历史 and 定稿以来的变化: the dossier file's history, readable and exportable.

Every change is recorded in the dossier file (when, who, what, old → new);
this dialog shows it — for the whole dossier or filtered to one indicator —
exports it as CSV, and lists what differs from the last finalised version.
The file layer does the work (``DossierFile.history_for`` /
``export_history_csv`` / ``changes_since_final``); paths are shown with the
catalogue's names (``app.models.locations``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from app.models.locations import describe_path, describe_value
from app.ui.dialogs import report_exception, show_info

HOW_LABELS = {"do": "修改", "undo": "撤销", "redo": "重做", "finalise": "定稿", "submit": "报送", "revise": "新修订",
              "import": "导入"}


translate = QCoreApplication.translate   # lupdate reads translate("history_dialog", "text")


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), 460))


class HistoryDialog(QDialog):
    def __init__(self, doc: Any, parent: QWidget | None = None, *, indicator_id: str = "") -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("修改历史 — {name}").format(name=doc.display_name()))
        self.resize(1080, 640)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("全部修改"), "")
        for ind in doc.catalogue.indicators():
            self.scope.addItem(f"{ind.code} {ind.name}", f"indicators/{ind.id}")
        for reg in doc.catalogue.registers.values():
            self.scope.addItem(self.tr("登记表：{name}").format(name=reg.name), f"registers/{reg.id}")
        if indicator_id:
            self.scope.setCurrentIndex(max(0, self.scope.findData(f"indicators/{indicator_id}")))
        self.scope.currentIndexChanged.connect(self.refresh)
        export = QPushButton(self.tr("导出为 CSV…"))
        export.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("范围")))
        top.addWidget(self.scope, 1)
        top.addWidget(export)
        self.history = _table([self.tr("时间"), self.tr("修改人"), self.tr("操作"), self.tr("内容"),
                               self.tr("原值"), self.tr("新值")])
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addLayout(top)
        history_layout.addWidget(self.history, 1)
        self.since_label = QLabel()
        self.since = _table([self.tr("内容"), self.tr("定稿时"), self.tr("现在")])
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
        self.refresh()

    @property
    def file(self) -> Any:
        return getattr(self.doc, "file", None)

    def refresh(self) -> None:
        if self.file is None:
            _fill(self.history, [])
            self.since_label.setText(self.tr("此申报材料尚未保存为 .pzd 文件，没有修改历史。"))
            return
        cat, dossier = self.doc.catalogue, self.doc.dossier
        entries = self.file.history_for(self.scope.currentData() or "", limit=5000)
        _fill(self.history, [[e.at.replace("T", " ")[:19], e.author or "—", HOW_LABELS.get(e.how, e.how),
                              self._content(e), describe_value(e.path, e.old), describe_value(e.path, e.new)]
                             for e in entries])
        versions = self.file.versions()
        changes = self.file.changes_since_final()
        if not versions:
            self.since_label.setText(self.tr("尚未定稿过。导出正式申报包时会自动定稿。"))
        else:
            last = versions[-1]
            self.since_label.setText(self.tr("上次定稿：第 {rev} 版，{at}。此后共有 {n} 处变化。").format(
                rev=last.revision, at=last.finalised_at.replace("T", " ")[:16], n=len(changes)))
        _fill(self.since, [[describe_path(p, cat, dossier), describe_value(p, old), describe_value(p, new)]
                           for p, old, new in changes])

    def _content(self, entry: Any) -> str:
        if entry.how in ("finalise", "submit", "revise") and entry.description:
            return entry.description
        return describe_path(entry.path, self.doc.catalogue, self.doc.dossier)

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
