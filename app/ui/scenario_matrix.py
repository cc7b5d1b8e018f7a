"""Factories × MIIT typical scenarios, as a check matrix.

The starred condition 「具备10个以上典型应用场景的工厂不少于5家」 is about how
many distinct *listed* scenarios each factory has.  A matrix answers that at
a glance: one row per factory, one check column per scenario of the
catalogue's list, a count column that turns green at the threshold, and a
footer with the number of qualifying factories.  Thresholds come from the
catalogue rule (``records_with_min_distinct``), not from code, and the
footer's count is the rules' own (``rules.qualifying_records``: complete
records only, the same factory once), never a second count.  Stored entries
are read through the catalogue's one resolver, so a name or alias counts as
its id.  Scenario values that are not on the list, or listed twice, stay
visible in a read-only column so nothing in the dossier is hidden.  Each click is one
``edits.set_cell`` of the factory's scenario list (one undo step).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.models import edits
from app.models.catalogue import Scenario
from app.models.dossier import Record
from app.models.rules import listed_scenarios, qualifying_records, scenario_rule
from app.translatable import QT_TRANSLATE_NOOP, Joined
from app.ui.cell_delegates import CheckCellDelegate

AnyIndex = QModelIndex | QPersistentModelIndex

PASS_BG = QColor("#d8f0dd")
PASS_FG = QColor("#1e6b34")
OTHER_FG = QColor("#8a4b00")
BATCH2_BG = QColor("#f5f7fa")
BATCH_NAMES = {1: QT_TRANSLATE_NOOP("ScenarioMatrixModel", "第一批（2021年5月）"),     # when MIIT published them
               2: QT_TRANSLATE_NOOP("ScenarioMatrixModel", "第二批（2021年11月）")}


class ScenarioMatrixModel(QAbstractTableModel):
    """Rows: records of the register; columns: name, count, one per scenario, then 「其他（非目录）」."""

    NAME, COUNT, FIRST = 0, 1, 2

    def __init__(self, doc: Any, register_id: str, column_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.register_id = register_id
        self.column_id = column_id
        spec = doc.catalogue.register(register_id).column(column_id)
        self.list_id = spec.list or ""
        self.scenarios: tuple[Scenario, ...] = doc.catalogue.scenario_lists[self.list_id]
        self.listed = {s.id for s in self.scenarios}
        self.names = {s.id: s.name for s in self.scenarios}
        rule = self.rule = scenario_rule(doc.catalogue, register_id)
        self.threshold: int = int(rule["min_distinct"]) if rule else 10
        self.required_records: int = int(rule["min_records"]) if rule else 5
        self._ids = [r.id for r in self.records]
        self._qualifying: set[str] | None = None
        doc.changed.connect(self._on_changed)

    @property
    def records(self) -> list[Record]:
        return self.doc.dossier.registers.get(self.register_id, [])

    @property
    def other_column(self) -> int:
        return self.FIRST + len(self.scenarios)

    def values(self, row: int) -> list[str]:
        return list(self.records[row].get(self.column_id) or [])

    def resolved(self, row: int) -> set[str]:
        """The listed scenarios of a row, each entry read through the catalogue's resolver."""
        return listed_scenarios(self.values(row), self.doc.catalogue, self.list_id)

    def count(self, row: int) -> int:
        return len(self.resolved(row))

    def qualifying_ids(self) -> set[str]:
        """The records the starred condition counts (``rules.qualifying_records``), not a second count."""
        if self._qualifying is None:
            if self.rule is None:
                self._qualifying = {r.id for row, r in enumerate(self.records) if self.count(row) >= self.threshold}
            else:
                self._qualifying = {r.id for r in qualifying_records(self.rule, self.doc.dossier, self.doc.catalogue)[0]}
        return self._qualifying

    def qualifying(self) -> int:
        return len(self.qualifying_ids())

    def scenario_at(self, column: int) -> Scenario | None:
        i = column - self.FIRST
        return self.scenarios[i] if 0 <= i < len(self.scenarios) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.other_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        scenario = self.scenario_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if scenario is not None:
                return "\n".join(scenario.name)          # vertical, one character a line
            return {self.NAME: self.tr("工厂"), self.COUNT: self.tr("场景数"),
                    self.other_column: self.tr("其他（非目录）")}[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if scenario is not None:
                batch = BATCH_NAMES.get(scenario.batch or 0, "")
                lines = [scenario.name, self.tr(batch) if batch else ""]
                if scenario.aliases:
                    lines.append(self.tr("又称：") + Joined(scenario.aliases).text(QCoreApplication.translate))
                return "\n".join(x for x in lines if x)
            if section == self.COUNT:
                return self.tr("已发布目录中的不同场景数；达到{k}个时显示为绿色").format(k=self.threshold)
            if section == self.other_column:
                return self.tr("不在工业和信息化部已发布目录中的场景或重复登记的场景，不计入场景数（只读）")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if section == self.NAME else Qt.AlignmentFlag.AlignHCenter
            return int(horizontal | Qt.AlignmentFlag.AlignBottom)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.scenario_at(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        row, column = index.row(), index.column()
        record = self.records[row]
        scenario = self.scenario_at(column)
        if scenario is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if scenario.id in self.resolved(row) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self._name(record)} · {scenario.name}"
            if role == Qt.ItemDataRole.BackgroundRole and scenario.batch == 2:
                return QBrush(BATCH2_BG)
            return None
        if column == self.NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._name(record)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(x for x in (record.get("enterprise"), record.get("factory")) if x)
        if column == self.COUNT:
            count = self.count(row)
            reached = record.id in self.qualifying_ids()
            not_counted = count >= self.threshold and not reached
            if role == Qt.ItemDataRole.DisplayRole:
                return str(count)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.BackgroundRole and reached:
                return QBrush(PASS_BG)
            if role == Qt.ItemDataRole.ForegroundRole and reached:
                return QBrush(PASS_FG)
            if role == Qt.ItemDataRole.FontRole and reached:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if not_counted:
                    return self.tr("已有{k}个以上典型应用场景，但登记信息不完整或与另一条重复，未计入").format(
                        k=self.threshold)
                if reached:
                    return self.tr("已达到{k}个以上典型应用场景").format(k=self.threshold)
                return self.tr("还差 {n} 个场景才达到{k}个").format(n=self.threshold - count, k=self.threshold)
        if column == self.other_column:
            text = self._other_text(row)
            if role == Qt.ItemDataRole.DisplayRole:
                return text
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OTHER_FG)
            if role == Qt.ItemDataRole.ToolTipRole and text:
                return self.tr("以下内容不计入场景数：") + text
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        scenario = self.scenario_at(index.column())
        if scenario is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self.set_scenario(index.row(), scenario.id, state == Qt.CheckState.Checked)
        return True

    def set_scenario(self, row: int, scenario_id: str, checked: bool) -> None:
        """Add or remove one scenario: one edit, one undo step; the order of the rest is kept."""
        values = self.values(row)
        resolve = self.doc.catalogue.resolve_scenario
        if checked and scenario_id not in self.resolved(row):
            values.append(scenario_id)
        elif not checked:
            values = [v for v in values if resolve(self.list_id, v) != scenario_id]
        session = self.doc.session
        session.break_merge()
        edits.set_cell(session, self.doc.catalogue, self.register_id, self.records[row].id, self.column_id, values)
        session.break_merge()

    def _name(self, record: Record) -> str:
        return str(record.get("factory") or record.get("enterprise") or self.tr("（未命名）"))

    def _other_text(self, row: int) -> str:
        values = self.values(row)
        resolved = [self.doc.catalogue.resolve_scenario(self.list_id, v) for v in values]
        parts = [v for v in dict.fromkeys(v for v, r in zip(values, resolved) if r is None)]
        parts += [self.tr("{name}（重复{n}次）").format(name=self.names.get(v, v), n=n)
                  for v, n in Counter(r for r in resolved if r is not None).items() if n > 1]
        return Joined(parts).text(QCoreApplication.translate)

    def _on_changed(self, changes: list[Any]) -> None:
        touched = {c.record_id for c in changes if c.kind == "record" and c.key == self.register_id}
        if not touched:
            return
        before, self._qualifying = self._qualifying or set(), None
        touched |= before ^ self.qualifying_ids()      # a repeat elsewhere can change whether a row counts
        ids = [r.id for r in self.records]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return
        for row, record in enumerate(self.records):
            if record.id in touched:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class ScenarioMatrix(QWidget):
    """The matrix view with its footer: 「具备10个以上典型应用场景的工厂：N 家（要求不少于5家）」."""

    def __init__(self, doc: Any, register_id: str, column_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ScenarioMatrixModel(doc, register_id, column_id, self)
        self.view = QTableView(self)
        self.view.setObjectName("scenario-matrix")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        delegate = CheckCellDelegate(self.view)
        for column in range(self.model.FIRST, self.model.other_column):
            self.view.setItemDelegateForColumn(column, delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        cell = max(28, self.fontMetrics().horizontalAdvance("国") + 14)
        for column in range(self.model.FIRST, self.model.other_column):
            header.resizeSection(column, cell)
        header.resizeSection(self.model.NAME, 230)
        header.resizeSection(self.model.COUNT, max(56, self.fontMetrics().horizontalAdvance("场景数") + 18))
        header.setSectionResizeMode(self.model.other_column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(cell)
        self.view.verticalHeader().setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        self.footer = QLabel(self)
        self.footer.setObjectName("scenario-matrix-footer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)
        self.model.modelReset.connect(self._refresh_footer)
        self.model.modelReset.connect(self._fit_height)
        self.model.dataChanged.connect(self._refresh_footer)
        self._refresh_footer()
        self._fit_height()

    def _fit_height(self) -> None:
        rows = min(max(self.model.rowCount(), 3), 12)
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + 2 * self.view.frameWidth()
                                   + self.view.horizontalScrollBar().sizeHint().height()
                                   + rows * self.view.verticalHeader().defaultSectionSize())

    def footer_text(self) -> str:
        return self.tr("具备{k}个以上典型应用场景的工厂：{n} 家（要求不少于{m}家）").format(
            k=self.model.threshold, n=self.model.qualifying(), m=self.model.required_records)

    def select_record(self, record_id: str) -> None:
        row = next((i for i, r in enumerate(self.model.records) if r.id == record_id), -1)
        if row >= 0:
            index = self.model.index(row, self.model.NAME)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    def _refresh_footer(self, *args: Any) -> None:
        ok = self.model.qualifying() >= self.model.required_records
        colour = PASS_FG.name() if ok else "#a12622"
        self.footer.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; padding: 4px 2px; }}")
        self.footer.setText(("✓ " if ok else "✗ ") + self.footer_text())
