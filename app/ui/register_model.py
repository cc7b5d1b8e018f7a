"""The table model behind a register editor, kept apart from the widget that shows it.

``RegisterModel`` is a ``QAbstractTableModel`` over the records of one
register in the open dossier; its columns come from the catalogue.  It never
changes the dossier itself except through ``app.models.edits``: a typed cell
is parsed with ``values.parse_cell`` (a refused value is marked and reported,
never coerced) and stored with ``edits.set_cell``.  The model follows
``doc.changed`` so undo/redo and edits made elsewhere show at once.
``RegisterSortProxy`` sorts for the eye only.

Split out of ``app.ui.registers`` so the model (data, colours, sort keys) can
be read and tested without the editor's buttons and layout.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from app.models import edits
from app.models.catalogue import ColumnSpec, RegisterSpec
from app.models.dossier import Record
from app.models.identity import clusters, identity_columns_label
from app.models.values import column_required, format_cell, is_blank, parse_cell, quantity_in_base_units, record_problems
from app.ui.cell_delegates import ColumnSpecRole, EditTextRole, RawValueRole, RefusedTextRole
from app.ui.catalogue_text import catalogue_text, core_text, error_text

AnyIndex = QModelIndex | QPersistentModelIndex

REJECTED_BG = QColor("#f8d7da")
MISSING_BG = QColor("#fbe6c8")
PROBLEM_FG = QColor("#8a4b00")
MUTED_FG = QColor("#8a8f98")
DUPLICATE_BG = QColor("#dcc6f5")


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
        self._duplicates: dict[str, tuple[int, str]] | None = None      # record -> (row of its first entry, columns)
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

    def duplicate_of(self, row: int) -> tuple[int, str] | None:
        """(row of the first entry, the identifying columns) when this record repeats an earlier one."""
        if self._duplicates is None:
            found: dict[str, tuple[int, str]] = {}
            rows = {r.id: i for i, r in enumerate(self.records)}
            for cluster in clusters(self.spec, self.records):
                first_id, first = cluster[0]
                for record_id, record in cluster[1:]:
                    found[record_id] = (rows[first_id], identity_columns_label(self.spec, first.values, record.values))
            self._duplicates = found
        return self._duplicates.get(self.records[row].id)

    def duplicate_rows(self) -> int:
        return sum(1 for row in range(len(self.records)) if self.duplicate_of(row) is not None)

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
        if col.type == "date":
            return (0, str(value))                  # ISO sorts by date; 2024年10月1日 would sort before 3月
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
            return catalogue_text(col.label) + (" *" if col.required else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            hint = self.tr("必填") if col.required else ""
            if col.required_when:
                other = self.spec.column(col.required_when["column"])
                hint = self.tr("“{other}”为“{value}”时必填").format(
                    other=catalogue_text(other.label),
                    value=catalogue_text(self.doc.catalogue.choice_name(other.list or "", col.required_when["equals"])))
            return "\n".join(x for x in (catalogue_text(col.label), hint) if x)
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
            return self.tr("必填") if missing else core_text(format_cell(col, value, catalogue))
        if role == EditTextRole:
            return format_cell(col, value, catalogue)
        if role == RawValueRole:
            return value
        if role == RefusedTextRole:
            refused = self._rejected.get((record.id, col.id))
            return refused[0] if refused else None
        if role == ColumnSpecRole:
            return col
        if role == Qt.ItemDataRole.CheckStateRole and col.type == "boolean":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        rejected = self._rejected.get((record.id, col.id))
        duplicate = self.duplicate_of(index.row()) if self.spec.identity else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if rejected:
                return QBrush(REJECTED_BG)
            if missing:
                return QBrush(MISSING_BG)
            if duplicate is not None:
                return QBrush(DUPLICATE_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (missing or (col.type == "boolean" and value is None)):
            return QBrush(MUTED_FG)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0 and (
                self.problems(index.row()) or duplicate is not None):
            from PySide6.QtWidgets import QStyle   # named only when needed: creating its Python type costs ~10 ms

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if rejected:
                lines.append(self.tr("未接受输入“{text}”：{message}").format(text=rejected[0], message=rejected[1]))
            if missing:
                lines.append(self.tr("“{label}”必须填写").format(label=catalogue_text(col.label)))
            if duplicate is not None:
                lines.append(self.tr("与第{row}条重复（{columns}相同）：同一{name}只计一次，请删除或改正其中一条").format(
                    row=duplicate[0] + 1, columns=core_text(duplicate[1]), name=catalogue_text(self.spec.record_name)))
            if index.column() == 0 and self.problems(index.row()):
                lines.append(self.tr("本条待完善：") + self.tr("；").join(core_text(p) for p in self.problems(index.row())))
            if not lines and value and col.type in ("scenario_set", "text", "choice", "date"):
                lines.append(core_text(format_cell(col, value, catalogue)))      # the full text of an elided cell
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
            self._rejected[(record.id, col.id)] = (text.strip(), error_text(exc))
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            self.edit_rejected.emit(row, column, self.tr("“{label}”未修改：{message}").format(
                label=catalogue_text(col.label), message=error_text(exc)))
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
        if self._duplicates is not None:
            before = set(self._duplicates)
            self._duplicates = None
            for row in range(len(self.records)):     # rows that stop or start repeating another repaint too
                if (self.duplicate_of(row) is not None) != (self.records[row].id in before):
                    touched.add(self.records[row].id)
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
