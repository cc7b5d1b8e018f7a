"""Register editors: one table per catalogue register (cities, policies, factories, …).

``RegisterModel`` is a ``QAbstractTableModel`` over the records of one
register in the open dossier; its columns come from the catalogue.  It never
changes the dossier itself except through ``app.models.edits``: a typed cell
is parsed with ``values.parse_cell`` (a refused value is marked and reported,
never coerced) and stored with ``edits.set_cell``.  The model follows
``doc.changed`` so undo/redo and edits made elsewhere show at once.

``RegisterEditor`` is the widget the wizard embeds: a summary line, buttons,
the table (sorted through a view-only proxy), Excel paste/copy and, for a
register with a scenario column, the factories × scenarios matrix.
"""

from __future__ import annotations

import csv
import io
import re
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.models import edits
from app.models.catalogue import ColumnSpec, RegisterSpec, normalise_name
from app.models.dossier import Record
from app.models.values import column_required, format_cell, is_blank, parse_cell, quantity_in_base_units, record_problems
from app.ui.cell_delegates import CellDelegate, ColumnSpecRole, EditTextRole, RawValueRole

AnyIndex = QModelIndex | QPersistentModelIndex

REJECTED_BG = QColor("#f8d7da")
MISSING_BG = QColor("#fbe6c8")
PROBLEM_FG = QColor("#8a4b00")
MUTED_FG = QColor("#8a8f98")


def show_paste_problems(parent: QWidget | None, problems: list[str]) -> None:
    """The one dialog a refused paste shows (tests replace this function)."""
    shown = problems[:15]
    more = len(problems) - len(shown)
    text = "\n".join(shown) + (f"\n……另有 {more} 处问题" if more > 0 else "")
    box = QMessageBox(QMessageBox.Icon.Warning, QObject.tr("粘贴未完成"),
                      QObject.tr("粘贴内容中有无法识别的单元格，未粘贴任何一行。请在 Excel 中改正后重新复制："),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(text)
    box.exec()


class RegisterModel(QAbstractTableModel):
    """The records of one register as a table; edits go through ``edits``."""

    edit_rejected = Signal(int, int, str)      # source row, column, Chinese message
    edit_accepted = Signal(int, int)

    def __init__(self, doc: Any, register_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.register_id = register_id
        self.spec: RegisterSpec = doc.catalogue.register(register_id)
        self._ids = [r.id for r in self.records]
        self._problems: dict[str, list[str]] = {}
        self._rejected: dict[tuple[str, str], tuple[str, str]] = {}   # (record, column) -> (text, message)
        doc.changed.connect(self._on_changed)

    # -- look-ups ------------------------------------------------------------------------
    @property
    def records(self) -> list[Record]:
        return self.doc.dossier.registers.get(self.register_id, [])

    def column_spec(self, column: int) -> ColumnSpec:
        return self.spec.columns[column]

    def record_at(self, row: int) -> Record:
        return self.records[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self.records) if r.id == record_id), -1)

    def problems(self, row: int) -> list[str]:
        record = self.records[row]
        if record.id not in self._problems:
            self._problems[record.id] = record_problems(self.spec, record, self.doc.catalogue)
        return self._problems[record.id]

    def rejected(self, row: int, column: int) -> tuple[str, str] | None:
        return self._rejected.get((self.records[row].id, self.spec.columns[column].id))

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """A comparable key: blanks last, numbers by exact value, the rest by text."""
        col = self.spec.columns[column]
        value = self.records[row].get(col.id)
        if is_blank(value):
            return (1,)
        if col.type in ("integer", "decimal", "quantity"):
            number = quantity_in_base_units(col, value)
            return (0, number) if number is not None else (0, Fraction(0))
        if col.type == "boolean":
            return (0, 0 if value else 1)
        if col.type == "scenario_set":
            return (0, -len(set(value or [])))
        return (0, format_cell(col, value, self.doc.catalogue))

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        col = self.spec.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.label + (" *" if col.required else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = self.tr("必填") if col.required else ""
            if col.required_when:
                other = self.spec.column(col.required_when["column"])
                hint = self.tr("“{other}”为“{value}”时必填").format(
                    other=other.label,
                    value=self.doc.catalogue.choice_name(other.list or "", col.required_when["equals"]))
            return "\n".join(x for x in (col.label, hint) if x)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.spec.columns[index.column()].type == "boolean":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record, col = self.records[index.row()], self.spec.columns[index.column()]
        value = record.get(col.id)
        catalogue = self.doc.catalogue
        missing = is_blank(value) and col.type != "boolean" and column_required(col, record)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.type == "boolean":
                return self.tr("未选择") if value is None else (self.tr("是") if value else self.tr("否"))
            return self.tr("必填") if missing else format_cell(col, value, catalogue)
        if role == EditTextRole:
            return format_cell(col, value, catalogue)
        if role == RawValueRole:
            return value
        if role == ColumnSpecRole:
            return col
        if role == Qt.ItemDataRole.CheckStateRole and col.type == "boolean":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        rejected = self._rejected.get((record.id, col.id))
        if role == Qt.ItemDataRole.BackgroundRole:
            if rejected:
                return QBrush(REJECTED_BG)
            if missing:
                return QBrush(MISSING_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (missing or (col.type == "boolean" and value is None)):
            return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and self.problems(index.row()):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if rejected:
                lines.append(self.tr("未接受输入“{text}”：{message}").format(text=rejected[0], message=rejected[1]))
            if missing:
                lines.append(self.tr("“{label}”必须填写").format(label=col.label))
            if index.column() == 0 and self.problems(index.row()):
                lines.append(self.tr("本条待完善：") + "；".join(self.problems(index.row())))
            if not lines and value and col.type in ("scenario_set", "text", "choice"):
                lines.append(format_cell(col, value, catalogue))      # the full text of an elided cell
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.type in ("integer", "decimal", "quantity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = index.row(), index.column()
        record, col = self.records[row], self.spec.columns[column]
        if role == Qt.ItemDataRole.CheckStateRole and col.type == "boolean":
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
            return self._store(row, column, state == Qt.CheckState.Checked)
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        try:
            parsed = parse_cell(col, text, self.doc.catalogue)
        except ValueError as exc:
            self._rejected[(record.id, col.id)] = (text.strip(), str(exc))
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.edit_rejected.emit(row, column, self.tr("“{label}”未修改：{message}").format(
                label=col.label, message=str(exc)))
            return False
        if col.type == "text" and parsed == "":
            parsed = None
        return self._store(row, column, parsed)

    def _store(self, row: int, column: int, value: Any) -> bool:
        record, col = self.records[row], self.spec.columns[column]
        self._rejected.pop((record.id, col.id), None)
        self.doc.session.break_merge()          # a committed cell is one undo step of its own
        edits.set_cell(self.doc.session, self.doc.catalogue, self.register_id, record.id, col.id, value)
        self.doc.session.break_merge()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.edit_accepted.emit(row, column)
        return True

    def _on_changed(self, changes: list[Any]) -> None:
        touched = {c.record_id for c in changes if c.kind == "record" and c.key == self.register_id}
        if not touched:
            return
        for record_id in touched:
            self._problems.pop(record_id, None)
        ids = [r.id for r in self.records]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._problems.clear()
            self.endResetModel()
            return
        for record_id in touched:
            row = self.row_of(record_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class RegisterSortProxy(QSortFilterProxyModel):
    """Sorting for the eye only: the dossier keeps its own order."""

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, RegisterModel)
        return source.sort_key(left.row(), left.column()) < source.sort_key(right.row(), right.column())


class RegisterTableView(QTableView):
    """A table that keeps Ctrl+N / Insert / Delete / Ctrl+C / Ctrl+V for itself while it has focus."""

    add_requested = Signal()
    remove_requested = Signal()
    copy_requested = Signal()
    paste_requested = Signal()

    def _action_for(self, event: QKeyEvent) -> Signal | None:
        if event.matches(QKeySequence.StandardKey.New) or (
                event.key() == Qt.Key.Key_Insert and not event.modifiers()):
            return self.add_requested
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            return self.remove_requested
        if event.matches(QKeySequence.StandardKey.Copy):
            return self.copy_requested
        if event.matches(QKeySequence.StandardKey.Paste):
            return self.paste_requested
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self.state() != QAbstractItemView.State.EditingState and self._action_for(event) is not None:
            event.accept()      # deliver as a key press here, not to a window-wide shortcut
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._action_for(event) if self.state() != QAbstractItemView.State.EditingState else None
        if signal is not None:
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _rule_registers(rule: dict[str, Any] | None) -> set[str]:
    if not rule:
        return set()
    found = {rule["register"]} if "register" in rule else set()
    for sub in rule.get("rules", []):
        found |= _rule_registers(sub)
    return found


# -- Excel paste and copy (tab-separated text) ------------------------------------------------

def split_tsv(text: str) -> list[list[str]]:
    """Rows of cells from Excel's clipboard text (tabs, quoted cells with line breaks)."""
    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"), newline=""), delimiter="\t")
    rows = [row for row in reader]
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _label_key(text: str) -> str:
    text = normalise_name(text).rstrip("*")
    text = re.sub(r"[（(][^）)]*[）)]$", "", text)
    return re.sub(r"[“”\"'‘’《》]", "", text)


def rows_from_tsv(text: str, spec: RegisterSpec, catalogue: Any) -> tuple[list[dict[str, Any]], list[str], bool]:
    """Parse pasted rows: (values per row, problems, header skipped). Nothing is guessed or coerced."""
    rows = split_tsv(text)
    keys = {_label_key(c.label): i for i, c in enumerate(spec.columns)} | {c.id: i for i, c in enumerate(spec.columns)}
    mapping: list[int | None] = list(range(len(spec.columns)))
    header = False
    if rows:
        cells = [c for c in rows[0] if c.strip()]
        hits = [_label_key(c) in keys for c in rows[0]]
        if cells and sum(hits) * 2 >= len(cells):
            header = True
            mapping = [keys.get(_label_key(c)) if c.strip() else None for c in rows[0]]
    records: list[dict[str, Any]] = []
    problems: list[str] = []
    for line_no, row in enumerate(rows, start=1):
        if (header and line_no == 1) or not any(cell.strip() for cell in row):
            continue
        values: dict[str, Any] = {}
        for position, cell in enumerate(row):
            target = mapping[position] if position < len(mapping) else None
            if target is None:
                if cell.strip() and not header:
                    problems.append(QObject.tr("第{line}行第{col}列：多出的列（本登记表只有{n}列）").format(
                        line=line_no, col=position + 1, n=len(spec.columns)))
                continue
            column = spec.columns[target]
            try:
                value = parse_cell(column, cell, catalogue)
            except ValueError as exc:
                problems.append(QObject.tr("第{line}行“{label}”：{message}").format(
                    line=line_no, label=column.label, message=str(exc)))
                continue
            if not is_blank(value):
                values[column.id] = value
        records.append(values)
    return records, problems, header


def _tsv_cell(text: str) -> str:
    if any(ch in text for ch in '\t\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def format_tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(_tsv_cell(c) for c in row) + "\n" for row in rows)


# -- the widget ----------------------------------------------------------------------------

MEASURE_WORDS = {"城市": "个", "工厂": "家", "5G工厂项目": "个"}


class RegisterEditor(QWidget):
    """Summary line, actions and the table of one register (plus the scenario matrix for factories)."""

    def __init__(self, doc: Any, register_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.register_id = register_id
        self.model = RegisterModel(doc, register_id, self)
        self.spec = self.model.spec
        self.proxy = RegisterSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RegisterTableView(self)
        self.view.setObjectName(f"register-{register_id}")
        self.view.setModel(self.proxy)
        self.setFocusProxy(self.view)
        self.view.setItemDelegate(CellDelegate(doc.catalogue, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSortIndicatorClearable(True)
        self.view.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.verticalHeader().setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))

        self.summary = QLabel(self)
        self.summary.setObjectName("register-summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)          # a long summary wraps instead of widening the card
        self.condition = QLabel(self)
        self.condition.setObjectName("register-condition")
        self.condition.setWordWrap(True)
        self.condition.hide()
        self.message = QLabel(self)
        self.message.setObjectName("register-message")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        record = self.spec.record_name
        for text, tip, slot in (
                (self.tr("添加{name}").format(name=record), self.tr("Ctrl+N 或 Insert"), self.add_row),
                (self.tr("删除所选"), self.tr("Delete；可撤销"), self.remove_selected),
                (self.tr("从 Excel 粘贴"), self.tr("Ctrl+V：按本表列的顺序粘贴，可带标题行"), self.paste),
                (self.tr("复制"), self.tr("Ctrl+C：复制为可粘贴到 Excel 的表格"), self.copy)):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.condition)
        layout.addWidget(self.message)
        self.matrix: QWidget | None = None
        scenario_col = next((c for c in self.spec.columns if c.type == "scenario_set"), None)
        if scenario_col is not None:
            from app.ui.scenario_matrix import ScenarioMatrix
            self.tabs = QTabWidget(self)
            self.tabs.addTab(self.view, self.tr("登记表"))
            self.matrix = ScenarioMatrix(doc, register_id, scenario_col.id, self.tabs)
            self.tabs.addTab(self.matrix, self.tr("典型应用场景矩阵"))
            layout.addWidget(self.tabs, 1)
        else:
            layout.addWidget(self.view, 1)

        self.view.add_requested.connect(self.add_row)
        self.view.remove_requested.connect(self.remove_selected)
        self.view.copy_requested.connect(self.copy)
        self.view.paste_requested.connect(self.paste)
        self.model.edit_rejected.connect(lambda _r, _c, text: self.show_message(text, error=True))
        self.model.edit_accepted.connect(lambda _r, _c: self.message.hide())
        self.model.modelReset.connect(self._refresh_summary)
        self.model.modelReset.connect(self._fit_height)
        self.model.dataChanged.connect(self._refresh_summary)
        doc.focus_requested.connect(self._on_focus_requested)
        if hasattr(doc, "evaluated"):
            doc.evaluated.connect(self._refresh_condition)
        if getattr(doc, "evaluation", None) is not None:
            self._refresh_condition(doc.evaluation)
        self._fit_columns()
        self._fit_height()
        self._refresh_summary()

    # -- actions ---------------------------------------------------------------------------
    def add_row(self) -> None:
        record = edits.add_record(self.doc.session, self.doc.catalogue, self.register_id)
        self.select_record(record.id, edit=True)

    def selected_record_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        return [self.model.record_at(r).id for r in sorted(rows) if 0 <= r < self.model.rowCount()]

    def remove_selected(self) -> None:
        ids = self.selected_record_ids()
        if ids:
            edits.remove_records(self.doc.session, self.doc.catalogue, self.register_id, ids)
            self.show_message(self.tr("已删除 {n} 条{name}，可撤销（Ctrl+Z）").format(n=len(ids), name=self.spec.record_name))

    def copy(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes}, key=self.view.horizontalHeader().visualIndex)
        table = []
        for row in rows:
            cells = []
            for col in cols:
                src = self.proxy.mapToSource(self.proxy.index(row, col))
                value = self.model.data(src, RawValueRole)
                cells.append(format_cell(self.spec.columns[src.column()], value, self.doc.catalogue))
            table.append(cells)
        QGuiApplication.clipboard().setText(format_tsv(table))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        current = self.view.currentIndex()
        if "\t" not in text and "\n" not in text.strip() and current.isValid():
            self.proxy.setData(current, text.strip(), Qt.ItemDataRole.EditRole)    # one value into one cell
            return
        rows, problems, header = rows_from_tsv(text, self.spec, self.doc.catalogue)
        if problems:
            show_paste_problems(self, problems)
            return
        if not rows:
            return
        new = edits.paste_records(self.doc.session, self.doc.catalogue, self.register_id, rows)
        for record in new:
            self.select_record(record.id, add=True)
        note = self.tr("（已跳过标题行）") if header else ""
        self.show_message(self.tr("已粘贴 {n} 条{name}{note}，可一次撤销").format(
            n=len(new), name=self.spec.record_name, note=note))

    # -- selection and messages -------------------------------------------------------------
    def select_record(self, record_id: str, *, edit: bool = False, add: bool = False) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select if add else QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.selectionModel().select(index, flags)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.scrollTo(index)
        if edit:
            self.view.setFocus()
            self.view.edit(index)
        return True

    def show_message(self, text: str, *, error: bool = False) -> None:
        colour = "#f8d7da; color: #721c24" if error else "#e7f1fb; color: #1d3f63"
        self.message.setStyleSheet(f"QLabel {{ background: {colour}; padding: 4px 8px; border-radius: 3px; }}")
        self.message.setText(text)
        self.message.show()

    def _on_focus_requested(self, jump: Any) -> None:
        if getattr(jump, "part", "") != "register" or getattr(jump, "key", "") != self.register_id:
            return
        if jump.record_id:
            self.select_record(jump.record_id)
            if self.matrix is not None:
                self.matrix.select_record(jump.record_id)   # type: ignore[attr-defined]
        target = self.view
        if self.matrix is not None and self.tabs.currentWidget() is self.matrix:
            target = self.matrix.view  # type: ignore[attr-defined]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for i in range(self.model.columnCount()):
            header.resizeSection(i, min(max(header.sectionSize(i) + 16, 90), 240))

    def _fit_height(self, *args: Any) -> None:
        """Room for every row up to twelve (at least three), so a card never hides rows behind a tiny scroll area."""
        rows = min(max(self.model.rowCount() + 1, 3), 12)
        frame = 2 * self.view.frameWidth()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + frame + scroll
                                   + rows * self.view.verticalHeader().defaultSectionSize())

    # -- summary line -----------------------------------------------------------------------
    def summary_text(self) -> str:
        records, catalogue = self.model.records, self.doc.catalogue
        measure = MEASURE_WORDS.get(self.spec.record_name, "项")
        parts = [self.tr("{name} {n} {m}").format(name=self.spec.name, n=len(records), m=measure)]
        details = []
        for col in self.spec.columns:
            if col.type == "boolean":
                n = sum(1 for r in records if r.get(col.id) is True)
                details.append(self.tr("{label} {n} {m}").format(label=col.label, n=n, m=measure))
            elif col.type == "choice" and col.required:
                choices = catalogue.choice_lists[col.list or ""]
                for choice in choices if len(choices) <= 3 else [c for c in choices if c.requires_reason]:
                    n = sum(1 for r in records if r.get(col.id) == choice.id)
                    text = self.tr("“{label}” {n} {m}（须说明理由）") if choice.requires_reason \
                        else self.tr("{label} {n} {m}")
                    details.append(text.format(label=choice.name, n=n, m=measure))
            elif col.type == "scenario_set":
                from app.ui.scenario_matrix import qualifying_count, scenario_rule
                rule = scenario_rule(catalogue, self.register_id)
                if rule:
                    n = qualifying_count(records, col.id, catalogue, rule)
                    details.append(self.tr("具备{k}个以上典型应用场景的 {n} {m}").format(
                        k=rule["min_distinct"], n=n, m=measure))
        if details:
            parts.append(self.tr("其中") + "，".join(details))
        problem_rows = sum(1 for i in range(len(records)) if self.model.problems(i))
        if problem_rows:
            parts.append(self.tr("{n} 条待完善").format(n=problem_rows))
        return "；".join(parts)

    def _refresh_condition(self, evaluation: Any) -> None:
        """The starred condition this register decides, as the rules engine measured it."""
        ids = {ind.id for ind in self.doc.catalogue.starred() if self.register_id in _rule_registers(ind.rule)}
        results = [c for c in getattr(evaluation, "conditions", ()) if c.indicator_id in ids]
        if not results:
            self.condition.hide()
            return
        lines = []
        for result in results:
            mark = "✓" if result.passed else "✗"
            text = self.tr("{mark} 不可偏离条件：{measured}（要求{threshold}）").format(
                mark=mark, measured=result.measured, threshold=result.threshold)
            lines.append(text + ("" if result.passed or not result.gap else self.tr("——{gap}").format(gap=result.gap)))
        ok = all(r.passed for r in results)
        self.condition.setStyleSheet("QLabel {{ color: {c}; }}".format(c="#1e6b34" if ok else "#a12622"))
        self.condition.setText("\n".join(lines))
        self.condition.show()

    def _refresh_summary(self, *args: Any) -> None:
        self.summary.setText(self.summary_text())
