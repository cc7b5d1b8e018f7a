"""Register editors: one table per catalogue register (cities, policies, factories, …).

``RegisterEditor`` is the widget the wizard embeds: a summary line, buttons,
the table (sorted through a view-only proxy), Excel paste/copy and, for a
register with a scenario column, the factories × scenarios matrix.

The table model lives in ``app.ui.register_model`` and the Excel text format
in ``app.ui.register_clipboard``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from app.models import edits
from app.models.rules import qualifying_count, scenario_rule
from app.models.values import format_cell
from app.ui.cell_delegates import CellDelegate, RawValueRole
from app.ui.catalogue_text import catalogue_text
from app.ui.column_widths import ColumnFitter
from app.ui.register_clipboard import format_tsv, rows_from_tsv, show_paste_problems, split_tsv
from app.ui.register_model import RegisterModel, RegisterSortProxy


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


# -- the widget ----------------------------------------------------------------------------

translate = QCoreApplication.translate
MEASURE_WORDS = {"城市": "个", "工厂": "家", "5G工厂项目": "个"}
COLUMN_CAPS = {"text": 260, "scenario_set": 260, "choice": 240, "boolean": 220, "date": 120}   # px; else 150


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
        buttons = QHBoxLayout()             # the summary above, the actions on a row of their own: a narrow
        buttons.addStretch(1)               # card (1280 × 800) then wraps neither into a column of words
        record = catalogue_text(self.spec.record_name)
        for text, tip, slot in (
                (self.tr("添加{name}").format(name=record), self.tr("Ctrl+N 或 Insert"), self.add_row),
                (self.tr("删除所选"), self.tr("Delete；可撤销"), self.remove_selected),
                (self.tr("从 Excel 粘贴"), self.tr("Ctrl+V：按本表列的顺序粘贴，可带标题行"), self.paste),
                (self.tr("复制"), self.tr("Ctrl+C：复制为可粘贴到 Excel 的表格"), self.copy)):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        from app.ui.register_excel import excel_button
        buttons.addWidget(excel_button(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.condition)
        layout.addLayout(buttons)
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
        self.fitter = self._column_fitter()
        self.model.modelReset.connect(self.fitter.schedule)
        self.model.dataChanged.connect(self.fitter.schedule)
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
            self.show_message(self.tr("已删除 {n} 条{name}，可撤销（Ctrl+Z）").format(
                n=len(ids), name=catalogue_text(self.spec.record_name)))

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
        if not text:
            return                   # nothing copied: no cell is cleared (an empty Excel cell copies as a line break)
        current = self.view.currentIndex()
        cells = split_tsv(text)
        if current.isValid() and len(cells) <= 1 and len(cells[0] if cells else []) <= 1:
            # one value into one cell — also one Excel cell holding line breaks (a scenario list), which Excel
            # copies quoted: its lines are that cell's, not rows of new records
            value = cells[0][0] if cells and cells[0] else ""
            self.proxy.setData(current, value.strip(), Qt.ItemDataRole.EditRole)
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
            n=len(new), name=catalogue_text(self.spec.record_name), note=note))

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

    def _column_fitter(self) -> ColumnFitter:
        """Columns sized to content; every required (starred) column in view; long text elided, whole in the tooltip."""
        caps, minimums, ranks = [], [], []
        for col in self.spec.columns:
            shrinkable = col.type in ("text", "choice", "scenario_set", "boolean")
            caps.append(COLUMN_CAPS.get(col.type, 150))
            # an optional column may narrow to a few characters (elided, whole in the tooltip) before a required
            # one is cut; required numbers and dates never are
            minimums.append(48 if not col.required else 72 if shrinkable else 10**6)
            ranks.append(1 if col.required else 0)             # optional columns give way first
        required = [i for i, col in enumerate(self.spec.columns) if col.required]
        return ColumnFitter(self.view, f"register/{self.register_id}", caps=caps, minimums=minimums,
                            must_show=required[-1] if required else -1, priority=ranks)

    def _fit_height(self, *args: Any) -> None:
        """Room for every row up to twelve (at least three), so a card never hides rows behind a tiny scroll area."""
        rows = min(max(self.model.rowCount() + 1, 3), 12)
        frame = 2 * self.view.frameWidth()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + frame + scroll
                                   + rows * self.view.verticalHeader().defaultSectionSize())

    # -- summary line -----------------------------------------------------------------------
    def summary_text(self) -> str:
        catalogue = self.doc.catalogue
        # a thing entered twice is one thing (the rules count it once): the repeats are named, not counted
        records = [r for row, r in enumerate(self.model.records) if self.model.duplicate_of(row) is None]
        measure = MEASURE_WORDS.get(self.spec.record_name, "项")
        parts = [self.tr("{name} {n} {m}").format(name=catalogue_text(self.spec.name), n=len(records), m=measure)]
        details = []
        for col in self.spec.columns:
            if col.type == "boolean":
                n = sum(1 for r in records if r.get(col.id) is True)
                details.append(self.tr("{label} {n} {m}").format(label=catalogue_text(col.label), n=n, m=measure))
            elif col.type == "choice" and col.required:
                choices = catalogue.choice_lists[col.list or ""]
                for choice in choices if len(choices) <= 3 else [c for c in choices if c.requires_reason]:
                    n = sum(1 for r in records if r.get(col.id) == choice.id)
                    text = self.tr("“{label}” {n} {m}（须说明理由）") if choice.requires_reason \
                        else self.tr("{label} {n} {m}")
                    details.append(text.format(label=catalogue_text(choice.name), n=n, m=measure))
            elif col.type == "scenario_set":
                rule = scenario_rule(catalogue, self.register_id)
                if rule:
                    n = qualifying_count(self.doc.dossier, catalogue, self.register_id)
                    details.append(self.tr("具备{k}个以上典型应用场景的 {n} {m}").format(
                        k=rule["min_distinct"], n=n, m=measure))
        if details:
            parts.append(self.tr("其中{details}").format(details=self.tr("，").join(details)))
        problem_rows = sum(1 for i in range(self.model.rowCount()) if self.model.problems(i))
        if problem_rows:
            parts.append(self.tr("{n} 条待完善").format(n=problem_rows))
        duplicates = self.model.duplicate_rows()
        if duplicates:
            parts.append(self.tr("{n} 条重复登记（只计一次）").format(n=duplicates))
        return self.tr("；").join(parts)

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
                mark=mark, measured=result.measured_text(translate), threshold=result.threshold_text(translate))
            lines.append(text + ("" if result.passed or not result.gap
                                 else self.tr("——{gap}").format(gap=result.gap_text(translate))))
        ok = all(r.passed for r in results)
        self.condition.setStyleSheet("QLabel {{ color: {c}; }}".format(c="#1e6b34" if ok else "#a12622"))
        self.condition.setText("\n".join(lines))
        self.condition.show()

    def _refresh_summary(self, *args: Any) -> None:
        self.summary.setText(self.summary_text())
