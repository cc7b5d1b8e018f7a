"""Editors for the typed inputs of an indicator, one per input type.

Each editor shows one value of the dossier, writes through ``app.models.edits``
on every change, and refreshes itself when ``doc.changed`` says its value
changed (undo/redo, another view).  Numbers are checked with
``app.models.values.parse_field``: an invalid entry is marked at once (red
border, tooltip and an inline Chinese message) and is *not* written until it
is valid — nothing is coerced.  Leaving a field ends its undo step
(``doc.break_merge()``), so typing in one field is one undo step.

The long-text editors (情况说明, 方案正文) live in ``app.ui.text_editors``;
their names are still importable from here (see ``__getattr__`` below).
The labelled form that holds an indicator's fields and its annual targets is
``app.ui.indicator_form``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models import edits
from app.models.catalogue import FieldSpec, Indicator
from app.models.hygiene import text_problem
from app.models.operations import Change
from app.models.pilot_status import facts, stage_text
from app.models.values import parse_date, parse_field
from app.ui.catalogue_text import catalogue_text, core_text, error_text
from app.ui.open_dossier import OpenDossier

INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px; background: #fff4f4;"
MESSAGE_STYLE = "color: #c62828;"
MUTED_STYLE = "color: #5f6368;"
DERIVED_STYLE = "QLineEdit { background: #f1f3f4; color: #3c4043; border: 1px solid #dadce0; border-radius: 3px; }"


def is_history_key(event: QKeyEvent) -> bool:
    """Undo/redo keys: handled by the dossier's undo history, never by a widget's own."""
    combo = event.keyCombination()
    ctrl = Qt.KeyboardModifier.ControlModifier
    return (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or (combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == ctrl))


class HistoryKeysMixin:
    """Let Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z reach the window's Undo/Redo actions."""

    def event(self, event: QEvent) -> bool:  # type: ignore[override]
        if event.type() == QEvent.Type.ShortcutOverride and is_history_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_history_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]


class CheckedLineEdit(HistoryKeysMixin, QLineEdit):
    """A line edit that can be marked invalid and reports focus-out."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem: str | None = None

    def set_problem(self, problem: str | None) -> None:
        self.problem = problem
        self.setProperty("invalid", problem is not None)
        self.setStyleSheet(f"QLineEdit {{ {INVALID_STYLE} }}" if problem else "")
        self.setToolTip(problem or "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


def _message_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(MESSAGE_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class NumberFieldEditor(QWidget):
    """One numeric field of an indicator: value, unit, 「暂定值」, inline validation."""

    def __init__(self, doc: OpenDossier, indicator: Indicator, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.indicator, self.spec = doc, indicator, spec
        self.edit = CheckedLineEdit()
        self.edit.setObjectName(f"field:{indicator.id}:{spec.id}")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setFixedWidth(128)
        self.edit.setPlaceholderText(self.tr("整数") if spec.type == "integer" else self.tr("数值"))
        self.edit.setAccessibleName(catalogue_text(spec.label))
        self.unit = QLabel(catalogue_text(spec.unit))
        metrics = self.unit.fontMetrics()
        self.unit.setMinimumWidth(max(metrics.horizontalAdvance(self.unit.text()), metrics.horizontalAdvance("万元")) + 6)
        self.provisional = QCheckBox(self.tr("暂定值"))
        self.provisional.setToolTip(self.tr("数据尚待核实；提交前请确认"))
        self.message = _message_label()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.unit)
        row.addWidget(self.provisional)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.focus_left.connect(doc.break_merge)
        self.provisional.toggled.connect(self._on_provisional)
        doc.changed.connect(self._on_changed)
        self.refresh()

    def _stored(self) -> tuple[str | None, bool]:
        answer = self.doc.dossier.peek_answer(self.indicator.id)
        fv = answer.fields.get(self.spec.id) if answer else None
        return (fv.value, fv.provisional) if fv else (None, False)

    def _on_edited(self, text: str) -> None:
        try:
            value = parse_field(self.spec, text)
        except ValueError as exc:
            self._show_problem(self._not_written(error_text(exc)))
            return
        self._show_problem(None)
        edits.set_field(self.doc.session, self.doc.catalogue, self.indicator.id, self.spec.id, value=value)

    def _not_written(self, reason: str) -> str:
        stored = self._stored()[0]
        if stored is None:
            return self.tr("未保存：{reason}").format(reason=reason)
        return self.tr("未保存：{reason}（申报材料中仍为“{value}”）").format(reason=reason, value=stored)

    def _on_provisional(self, checked: bool) -> None:
        if checked != self._stored()[1]:
            edits.set_field(self.doc.session, self.doc.catalogue, self.indicator.id, self.spec.id,
                            provisional=checked)
            self.doc.break_merge()

    def _show_problem(self, problem: str | None) -> None:
        self.edit.set_problem(problem)
        self.message.setText(problem or "")
        self.message.setVisible(problem is not None)

    def _on_changed(self, changes: list[Change]) -> None:
        if any(c.kind == "field" and c.indicator_id == self.indicator.id and c.key == self.spec.id for c in changes):
            self.refresh()

    def refresh(self) -> None:
        """Show the stored value unless the text on screen already means it."""
        value, provisional = self._stored()
        try:
            shown = parse_field(self.spec, self.edit.text())
            same = shown == value
        except ValueError:
            same = False
        if not same:
            self.edit.setText(value or "")
            self._show_problem(None)
        if self.provisional.isChecked() != provisional:
            self.provisional.blockSignals(True)
            self.provisional.setChecked(provisional)
            self.provisional.blockSignals(False)

    def focus_editor(self) -> QWidget:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()
        return self.edit


class MetaLineEditor(CheckedLineEdit):
    """A one-line dossier property (方案标题, 申报单位, 联系人)."""

    def __init__(self, doc: OpenDossier, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.key = doc, key
        self.setObjectName(f"meta:{key}")
        self.setText(getattr(doc.dossier, key))
        self.textEdited.connect(self._on_edited)
        self.focus_left.connect(doc.break_merge)
        doc.changed.connect(self._on_changed)

    def _on_edited(self, text: str) -> None:
        problem = text_problem(text)
        self.set_problem(problem and self.tr("未保存：{problem}").format(problem=core_text(problem)))
        if problem is None:
            edits.set_meta(self.doc.session, self.key, text)

    def _on_changed(self, changes: list[Change]) -> None:
        if any(c.kind == "meta" and c.key == self.key for c in changes):
            value = getattr(self.doc.dossier, self.key)
            if value != self.text():
                self.setText(value)


class StageLabel(QLabel):
    """The dossier's stage and revision, read-only: it changes only through 文件 › 定稿 / 标记为已报送 and the
    export (core stage operations, ``app.models.lifecycle``), never by typing."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(self.tr("阶段通过“文件 › 定稿”“文件 › 标记为已报送”或导出正式申报包改变；定稿后再修改会开始新的修订。"))
        self.refresh()
        doc.changed.connect(lambda changes: self.refresh() if any(c.kind == "meta" for c in changes) else None)

    def refresh(self) -> None:
        """草稿 … 已报送, and after approval the stage in its life (试点第2年, 复核 …) as the timeline says it."""
        d = self.doc.dossier
        stage = stage_text(facts(d), tr=QCoreApplication.translate)
        self.setText(self.tr("{stage}（第 {n} 版）").format(stage=stage, n=d.revision))


class DateLineEdit(CheckedLineEdit):
    """A date typed as text (2024-03-01, 2024/3/1, 2024年3月1日), validated with ``parse_date``."""

    date_changed = Signal(str)   # ISO date, or "" when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("2024-03-01")
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, text: str) -> None:
        if not text.strip():
            self.set_problem(None)
            self.date_changed.emit("")
            return
        try:
            value = parse_date(text)
        except ValueError as exc:
            self.set_problem(error_text(exc))
            return
        self.set_problem(None)
        self.date_changed.emit(value)


# -- the long-text editors moved to app.ui.text_editors ------------------------------------

_TEXT_EDITORS = ("FocusPlainTextEdit", "LongTextEditor", "narrative_editor", "plan_text_editor")


def __getattr__(name: str) -> Any:
    """Keep ``from app.ui.field_editors import LongTextEditor`` (and friends) working after the move.

    Imported on first use: ``app.ui.text_editors`` imports this module, so a
    top-level import here would be circular.
    """
    if name in _TEXT_EDITORS:
        from app.ui import text_editors
        return getattr(text_editors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
