"""The typed inputs of one indicator as a labelled form: label, input, unit, 暂定值 — then the annual targets.

Every value box has its label on its left, in one column shared by the
typed fields and the rows of 分年度目标, so 「国际标准 [194] 项 □暂定值」 and
「主导或参与制定标准 [9] [12] [16] 项」 read as one form.  The label column
takes the width its longest label needs (up to ``LABEL_MAX``) and gives way
when the window is narrow, wrapping a long label instead of squeezing it to
a few characters; the inputs keep their size.  One grid, not two side by
side: in a 700 px page (1280 × 800 with the gap panel open) the targets no
longer steal the labels' room, and nothing runs off the right edge in
English either.

The fields' editors are ``field_editors.NumberFieldEditor``; the target
cells are edited here (parsed with ``values.parse_field``, an invalid entry
marked and not written, stored with ``edits.set_target``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.models import edits
from app.models.catalogue import FieldSpec, Indicator, TargetSpec
from app.models.operations import Change
from app.models.targets import target_values
from app.models.values import parse_field
from app.ui.catalogue_text import catalogue_text, error_text
from app.ui.field_editors import DERIVED_STYLE, MUTED_STYLE, CheckedLineEdit, NumberFieldEditor, _message_label
from app.ui.open_dossier import OpenDossier

LABEL_MAX = 320        # px: a label longer than this wraps (at 1440 × 900 nearly every label fits on one line)
LABEL_MIN_CHARS = 7    # a label column never narrower than this many characters
CELL_WIDTH = 84
STRETCH_COLUMN = 5     # label | year 1 | year 2 | year 3 | unit | (room to spare)


class FormLabel(QLabel):
    """A label that asks for its one-line width (up to ``LABEL_MAX``) and wraps rather than shrinking further."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _one_line(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 4

    def sizeHint(self) -> QSize:
        width = min(self._one_line(), LABEL_MAX)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = min(self._one_line(), self.fontMetrics().horizontalAdvance("国") * LABEL_MIN_CHARS)
        return QSize(width, self.heightForWidth(width))


class IndicatorForm(QWidget):
    """Typed fields and annual targets of one indicator in one labelled grid."""

    def __init__(self, doc: OpenDossier, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"form:{indicator.id}")
        self.doc, self.indicator = doc, indicator
        self.years = doc.catalogue.pilot_years
        self.fields: dict[str, NumberFieldEditor] = {}
        self.labels: list[FormLabel] = []
        self.cells: dict[tuple[str, int], CheckedLineEdit] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        row = 0
        for spec in indicator.fields:
            row = self._add_field(spec, row)
        self.message = _message_label()
        if indicator.targets:
            row = self._add_targets(row + (1 if indicator.fields else 0))
        self.grid.addWidget(self.message, row, 0, 1, STRETCH_COLUMN + 1)
        self.grid.setColumnStretch(STRETCH_COLUMN, 1)
        for year in range(1, self.years + 1):
            self.grid.setColumnMinimumWidth(year, CELL_WIDTH)
        doc.changed.connect(self._on_changed)
        self.refresh_targets()

    # -- building ---------------------------------------------------------------------------
    def _label(self, text: str) -> FormLabel:
        label = FormLabel(text, self)
        self.labels.append(label)
        return label

    def _add_field(self, spec: FieldSpec, row: int) -> int:
        editor = NumberFieldEditor(self.doc, self.indicator, spec, self)
        self.fields[spec.id] = editor
        label = self._label(("* " if spec.required else "") + catalogue_text(spec.label))
        label.setBuddy(editor.edit)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)        # level with the text in the box beside it
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(editor, row, 1, 1, STRETCH_COLUMN)
        return row + 1

    def _add_targets(self, row: int) -> int:
        if row:
            self.grid.setRowMinimumHeight(row - 1, 6)
        heading = QLabel(self.tr("分年度目标"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.grid.addWidget(heading, row, 0)
        for year in range(1, self.years + 1):
            head = QLabel(self.tr("第{year}年").format(year=year), self)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setStyleSheet(MUTED_STYLE)
            self.grid.addWidget(head, row, year)
        row += 1
        for target in self.indicator.targets:
            self.grid.addWidget(self._label(catalogue_text(target.label)), row, 0)
            for year in range(1, self.years + 1):
                cell = CheckedLineEdit(self)
                cell.setObjectName(f"target:{self.indicator.id}:{target.id}:{year}")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                cell.setFixedWidth(CELL_WIDTH)
                cell.setAccessibleName(self.tr("{label}第{year}年目标").format(label=catalogue_text(target.label),
                                                                                  year=year))
                if target.derived:                       # computed from its parts: shown, never typed
                    cell.setReadOnly(True)
                    cell.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    cell.setStyleSheet(DERIVED_STYLE)
                    cell.setToolTip(self.tr("由“{part}”目标和申报城市常住人口计算得出，无需填写").format(
                        part=catalogue_text(self.indicator.target(target.derived["target"]).label)))
                else:
                    cell.textEdited.connect(lambda text, t=target, y=year: self._on_target_edited(t, y, text))
                    cell.focus_left.connect(self.doc.break_merge)
                self.cells[(target.id, year)] = cell
                self.grid.addWidget(cell, row, year)
            unit = QLabel(catalogue_text(target.unit), self)
            unit.setStyleSheet(MUTED_STYLE)
            self.grid.addWidget(unit, row, self.years + 1)
            row += 1
        return row

    # -- targets ------------------------------------------------------------------------------
    @staticmethod
    def _spec(target: TargetSpec) -> FieldSpec:
        return FieldSpec(id=target.id, label=target.label, type=target.type, unit=target.unit, min="0")

    def _on_target_edited(self, target: TargetSpec, year: int, text: str) -> None:
        cell = self.cells[(target.id, year)]
        try:
            value = parse_field(self._spec(target), text)
        except ValueError as exc:
            cell.set_problem(self._not_written(target, year, error_text(exc)))
            self._update_message()
            return
        cell.set_problem(None)
        self._update_message()
        edits.set_target(self.doc.session, self.doc.catalogue, self.indicator.id, target.id, year, value)

    def _stored_target(self, target: TargetSpec, year: int) -> str | None:
        answer = self.doc.dossier.peek_answer(self.indicator.id)
        values = (answer.targets.get(target.id) if answer else None) or []
        return values[year - 1] if len(values) >= year else None

    def _not_written(self, target: TargetSpec, year: int, reason: str) -> str:
        """Like a field's message: which year, that it is not saved, and what the dossier still holds."""
        stored = self._stored_target(target, year)
        if stored is None:
            return self.tr("未保存（第{year}年）：{reason}").format(year=year, reason=reason)
        return self.tr("未保存（第{year}年）：{reason}（申报材料中仍为“{value}”）").format(
            year=year, reason=reason, value=stored)

    def _update_message(self) -> None:
        problems = [c.problem for c in self.cells.values() if c.problem]
        self.message.setText(problems[0] if problems else "")
        self.message.setVisible(bool(problems))

    def _on_changed(self, changes: list[Change]) -> None:
        derived = any(t.derived for t in self.indicator.targets)     # these follow the register (population)
        if any((c.kind == "target" and c.indicator_id == self.indicator.id) or (derived and c.kind == "record")
               for c in changes):
            self.refresh_targets()

    def refresh_targets(self) -> None:
        """Show the stored targets unless the text on screen already means them."""
        for target in self.indicator.targets:
            if target.derived:
                for year, value in enumerate(target_values(self.doc.dossier, self.doc.catalogue, self.indicator,
                                                           target), start=1):
                    self.cells[(target.id, year)].setText(value or "—")
                continue
            for year in range(1, self.years + 1):
                stored = self._stored_target(target, year)
                cell = self.cells[(target.id, year)]
                try:
                    same = parse_field(self._spec(target), cell.text()) == stored
                except ValueError:
                    same = False
                if not same:
                    cell.setText(stored or "")
                    cell.set_problem(None)
        self._update_message()

    def focus_target(self, target_id: str) -> QWidget | None:
        cell = self.cells.get((target_id, 1))
        if cell is None or cell.isReadOnly():
            cell = next((c for c in self.cells.values() if not c.isReadOnly()), None)
        if cell is not None:
            cell.setFocus(Qt.FocusReason.OtherFocusReason)
        return cell
