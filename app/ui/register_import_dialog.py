"""从表格导入: a register from an .xlsx or .csv file, with the sheet, heading row and columns chosen, and a preview.

The core does the work (``app.models.register_io`` reads the file, ``app.models.register_import`` guesses
and previews); this dialog shows it: which sheet, which row holds the headings, which register column each
sheet column fills (guessed from the headings and remembered per register in the preferences), and row by
row what importing would do — 新增, 更新 (a row of an exported sheet), 重复 (skipped), 无效 with the reason
(skipped).  导入 applies the valid rows as one undo step; the skipped rows can be saved as .xlsx, corrected
and imported again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSpinBox, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.models.register_import import (
    ID_TARGET, STATUS_LABELS, ImportPreview, build_preview, guess_header_row, guess_mapping, import_operation,
    remember, write_skipped,
)
from app.models.register_io import Grid, read_sheets
from app.translatable import Joined
from app.ui import settings as prefs
from app.ui.catalogue_text import catalogue_text
from app.ui.dialogs import report_exception, show_info
from app.ui.register_import_preview import STATUS_ROLE, PreviewModel
from app.ui.screen_fit import fit_to_screen
from app.ui.workers import run_with_progress

translate = QCoreApplication.translate

class RegisterImportDialog(QDialog):
    """Import rows of a spreadsheet into one register of the open dossier (``doc``)."""

    def __init__(self, doc: Any, register_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.register_id = doc, register_id
        self.spec = doc.catalogue.register(register_id)
        self.setObjectName("register_import_dialog")
        self.setWindowTitle(self.tr("从表格导入{name}").format(name=catalogue_text(self.spec.name)))
        self.path: Path | None = None
        self.grids: list[Grid] = []
        self.preview: ImportPreview | None = None
        self.result_text = ""
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet.currentIndexChanged.connect(self._on_sheet)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("import_header_row")
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._on_header_row)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("表格中的列"), self.tr("示例"), self.tr("导入为")])
        self.mapping.verticalHeader().hide()
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.setColumnWidth(0, 170)
        self.mapping.setColumnWidth(2, 200)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a4b00;")
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.counts.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("全部行"), "")
        for status in STATUS_LABELS:
            self.filter.addItem(PreviewModel.tr(STATUS_LABELS[status]), status)
        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.setFilterFixedString(self.filter.currentData()))
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 70)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.save_skipped = QPushButton(self.tr("保存未导入的行…"))
        self.save_skipped.setToolTip(self.tr("把重复和无效的行连同原因保存为 .xlsx，改正后可再次导入"))
        self.save_skipped.clicked.connect(self.ask_save_skipped)
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.apply)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        self.setLayout(self._layout(cancel))
        fit_to_screen(self, 1100, 720)
        self._refresh_buttons()

    def _layout(self, cancel: QPushButton) -> QVBoxLayout:
        form = QFormLayout()
        form.addRow(self.tr("文件"), self.file_label)
        choose = QHBoxLayout()
        choose.addWidget(self.sheet, 1)
        choose.addWidget(QLabel(self.tr("标题行")))
        choose.addWidget(self.header_row)
        form.addRow(self.tr("工作表"), choose)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("每一列导入到登记表的哪一栏（已按标题自动对应，可修改；下次导入同一登记表时沿用）：")))
        top_layout.addWidget(self.mapping, 1)
        top_layout.addWidget(self.missing)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.counts, 1)
        line.addWidget(QLabel(self.tr("显示")))
        line.addWidget(self.filter)
        bottom_layout.addLayout(line)
        bottom_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 380])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_skipped)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return layout

    # -- reading ----------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Read the file in the background, then guess the sheet, heading row and columns."""
        self.path = Path(path)
        self.file_label.setText(str(self.path))
        run_with_progress(self, self.tr("正在读取 {name}…").format(name=self.path.name),
                          lambda _p, p: read_sheets(p), self.path, on_result=self.set_grids, on_error=self._unreadable)

    def _unreadable(self, exc: BaseException) -> None:
        report_exception(self, exc, action=self.tr("读取表格"))
        self.reject()

    def set_grids(self, grids: list[Grid]) -> None:
        self.grids = grids
        best = max(range(len(grids)), key=lambda i: self._sheet_score(grids[i]), default=0)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for grid in grids:
            self.sheet.addItem(self.tr("{name}（{n} 行）").format(name=grid.name, n=len(grid.rows)))
        self.sheet.setCurrentIndex(best)
        self.sheet.blockSignals(False)
        self._on_sheet(best)

    def _sheet_score(self, grid: Grid) -> int:
        row = guess_header_row(grid, self.spec)
        headings = grid.rows[row] if row < len(grid.rows) else []
        return sum(1 for t in guess_mapping(headings, self.spec) if t)

    @property
    def grid(self) -> Grid | None:
        index = self.sheet.currentIndex()
        return self.grids[index] if 0 <= index < len(self.grids) else None

    def _on_sheet(self, _index: int) -> None:
        grid = self.grid
        if grid is None:
            return
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(len(grid.rows), 1))
        self.header_row.setValue(guess_header_row(grid, self.spec) + 1)
        self.header_row.blockSignals(False)
        self._on_header_row(self.header_row.value())

    def _on_header_row(self, _value: int) -> None:
        grid = self.grid
        if grid is None:
            return
        headings = self.headings()
        remembered = self._remembered()
        self._fill_mapping(headings, guess_mapping(headings, self.spec, remembered))
        self.update_preview()

    def headings(self) -> list[str]:
        grid = self.grid
        if grid is None:
            return []
        row = self.header_row.value() - 1
        cells = list(grid.rows[row]) if row < len(grid.rows) else []
        return cells + [""] * (grid.width - len(cells))

    def _remembered(self) -> dict[str, str]:
        try:
            value = json.loads(prefs.settings().get(prefs.import_mapping_key(self.register_id)) or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    # -- mapping ----------------------------------------------------------------------------
    def _fill_mapping(self, headings: list[str], mapping: list[str | None]) -> None:
        grid = self.grid
        first_data = self.header_row.value()
        sample_rows = [r for r in grid.rows[first_data:] if any(r)][:3] if grid else []
        self.mapping.setRowCount(len(headings))
        for row, (heading, target) in enumerate(zip(headings, mapping)):
            letter = _column_letter(row)
            self.mapping.setItem(row, 0, QTableWidgetItem(f"{letter}  {heading}" if heading else letter))
            sample = " / ".join(r[row] for r in sample_rows if row < len(r) and r[row])
            self.mapping.setItem(row, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for column in self.spec.columns:
                combo.addItem(catalogue_text(column.label) + ("*" if column.required else ""), column.id)
            record_id = self.tr("记录编号")                 # the exported sheet's column ID_HEADING, as the UI says it
            combo.addItem(self.tr("{id}（更新原记录）").format(id=record_id), ID_TARGET)
            combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._on_mapping_changed(r))
            self.mapping.setCellWidget(row, 2, combo)

    def mapping_targets(self) -> list[str | None]:
        out = []
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 2)
            out.append(combo.currentData() if isinstance(combo, QComboBox) else None)
        return out

    def set_target(self, sheet_column: int, target: str | None) -> None:
        """Choose what one sheet column is imported as (the same as picking it in the list)."""
        combo = self.mapping.cellWidget(sheet_column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)

    def _on_mapping_changed(self, row: int) -> None:
        targets = self.mapping_targets()
        chosen = targets[row]
        if chosen:      # one sheet column per register column: the earlier choice gives way
            for other, target in enumerate(targets):
                if other != row and target == chosen:
                    combo = self.mapping.cellWidget(other, 2)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.update_preview()

    # -- preview and import -------------------------------------------------------------------
    def update_preview(self) -> None:
        grid = self.grid
        if grid is None:
            return
        targets = self.mapping_targets()
        self.preview = build_preview(grid, self.header_row.value() - 1, targets, self.spec, self.doc.catalogue,
                                     self.doc.dossier)
        self.model.set_preview(self.preview, self._describe)
        unmapped = tuple(catalogue_text(c.label) for c in self.spec.columns if c.required and c.id not in targets)
        self.missing.setText(self.tr("没有对应到表格列的必填栏：{names}").format(names=Joined(unmapped).text(translate))
                             if unmapped else "")
        counts = self.preview.counts()
        self.counts.setText(self.tr("新增 {add} 条 · 更新 {update} 条 · 无变化 {unchanged} 条 · 重复 {duplicate} 行（跳过）"
                                    " · 无效 {invalid} 行（跳过） · 空行 {blank} 行（忽略）").format(
            blank=self.preview.blank, **counts))
        self._refresh_buttons()

    def _describe(self, row: Any) -> str:
        from app.models.values import format_cell

        if row.status == "update":
            changed = [self.tr("{label}：{value}").format(
                label=catalogue_text(self.spec.column(k).label),
                value=format_cell(self.spec.column(k), new, self.doc.catalogue) or self.tr("（空）"))
                for k, (_old, new) in row.changes.items()]
            return self.tr("；").join(changed)
        return self.tr("；").join(format_cell(c, row.values[c.id], self.doc.catalogue) for c in self.spec.columns
                                 if c.id in row.values)

    def _refresh_buttons(self) -> None:
        counts = self.preview.counts() if self.preview else {}
        n = counts.get("add", 0) + counts.get("update", 0)
        self.import_button.setEnabled(n > 0)
        self.import_button.setText(self.tr("导入 {n} 行").format(n=n) if n else self.tr("导入"))
        self.save_skipped.setEnabled(bool(self.preview and self.preview.skipped()))

    def apply(self) -> None:
        """Import the valid rows as one undo step and remember the column mapping for this register."""
        if self.preview is None:
            return
        operation = import_operation(self.preview, self.doc.catalogue, self.doc.dossier)
        if operation is None:
            return
        try:
            self.doc.session.do(operation)
        except Exception as exc:  # noqa: BLE001 - e.g. a read-only dossier: a Chinese message
            report_exception(self, exc, action=self.tr("导入"))
            return
        store = prefs.settings()
        store.set(prefs.import_mapping_key(self.register_id),
                  json.dumps(remember(self.headings(), self.mapping_targets()), ensure_ascii=False))
        store.sync()
        counts = self.preview.counts()
        self.result_text = self.tr("已导入：新增 {add} 条、更新 {update} 条{name}，可一次撤销（Ctrl+Z）").format(
            add=counts["add"], update=counts["update"], name=catalogue_text(self.spec.record_name))
        skipped = len(self.preview.skipped())
        if skipped:
            self.result_text += self.tr("；{n} 行未导入").format(n=skipped)
        self.accept()

    def ask_save_skipped(self) -> None:
        stem = self.path.stem if self.path else catalogue_text(self.spec.name)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存未导入的行"), str(
            (self.path.parent if self.path else Path.home()) / self.tr("{stem}-未导入.xlsx").format(stem=stem)),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if name:
            self.save_skipped_to(Path(name))

    def save_skipped_to(self, dest: Path) -> int:
        if self.preview is None:
            return 0
        try:
            count = write_skipped(dest, self.preview, self.spec)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            report_exception(self, exc, action=self.tr("保存未导入的行"))
            return 0
        show_info(self, self.tr("已保存"), self.tr("{n} 行未导入的内容及原因已保存到“{name}”。改正后可再次导入。").format(
            n=count, name=dest.name))
        return count


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
