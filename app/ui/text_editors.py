"""Editors for the long texts of a dossier: an indicator's 情况说明 and the parts of 方案正文.

``LongTextEditor`` is a plain-text box with a live character count that
writes through ``app.models.edits`` on every change and refreshes itself when
``doc.changed`` says its text changed (undo/redo, another view); leaving it
ends its undo step.  ``narrative_editor`` and ``plan_text_editor`` bind it to
one indicator's narrative or one plan-text key.

Split out of ``app.ui.field_editors``, which keeps the short typed inputs
(numbers, targets, dates, one-line properties); these names can still be
imported from there.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from app.models import edits
from app.models.catalogue import Indicator
from app.models.hygiene import text_problem
from app.models.operations import Change
from app.ui.catalogue_text import catalogue_text, core_text
from app.ui.open_dossier import OpenDossier
from app.ui.field_editors import MESSAGE_STYLE, MUTED_STYLE, HistoryKeysMixin


class FocusPlainTextEdit(HistoryKeysMixin, QPlainTextEdit):
    """A plain-text editor that reports focus-out; Tab moves focus (keyboard navigation)."""

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class LongTextEditor(QWidget):
    """A long text (情况说明 or 方案正文) with a live character count."""

    def __init__(self, doc: OpenDossier, *, read: Callable[[], str], write: Callable[[str], object],
                 matches: Callable[[Change], bool], placeholder: str = "", object_name: str = "",
                 minimum_height: int = 140, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self._read, self._write, self._matches = doc, read, write, matches
        self._updating = False
        self.edit = FocusPlainTextEdit()
        self.edit.setObjectName(object_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumHeight(minimum_height)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.problem = QLabel()
        self.problem.setObjectName("text-problem")
        self.problem.setStyleSheet(MESSAGE_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.count = QLabel()
        self.count.setStyleSheet(MUTED_STYLE)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.count)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.focus_left.connect(doc.break_merge)
        doc.changed.connect(self._on_changed)
        self.refresh()

    def _on_text_changed(self) -> None:
        text = self.edit.toPlainText()
        self._update_count(text)
        if self._updating:
            return
        problem = text_problem(text)                 # text no document can hold is not written
        self.problem.setText(self.tr("未保存：{problem}").format(problem=core_text(problem)) if problem else "")
        self.problem.setVisible(problem is not None)
        if problem is None:
            self._write(text)

    def _update_count(self, text: str) -> None:
        chars = len("".join(text.split()))
        self.count.setText(self.tr("{count} 字").format(count=chars))

    def _on_changed(self, changes: list[Change]) -> None:
        if any(self._matches(c) for c in changes):
            self.refresh()

    def refresh(self) -> None:
        stored = self._read()
        if stored == self.edit.toPlainText():
            self._update_count(stored)
            return
        cursor = self.edit.textCursor().position()
        self._updating = True
        try:
            self.edit.setPlainText(stored)
        finally:
            self._updating = False
        self.problem.hide()
        cur = self.edit.textCursor()
        cur.setPosition(min(cursor, len(stored)))
        self.edit.setTextCursor(cur)

    def focus_editor(self) -> QWidget:
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.edit


def narrative_editor(doc: OpenDossier, indicator: Indicator, parent: QWidget | None = None) -> LongTextEditor:
    """The 情况说明 of one indicator."""
    def read() -> str:
        answer = doc.dossier.peek_answer(indicator.id)
        return answer.narrative if answer else ""

    return LongTextEditor(
        doc, read=read, write=lambda text: edits.set_narrative(doc.session, doc.catalogue, indicator.id, text),
        matches=lambda c: c.kind == "narrative" and c.indicator_id == indicator.id,
        placeholder=catalogue_text(indicator.narrative_hint), object_name=f"narrative:{indicator.id}", parent=parent)


def plan_text_editor(doc: OpenDossier, key: str, placeholder: str = "", parent: QWidget | None = None) -> LongTextEditor:
    """One part of the 试点工作方案 text (overview, tasks by guide area, safeguards)."""
    return LongTextEditor(
        doc, read=lambda: doc.dossier.plan_texts.get(key, ""),
        write=lambda text: edits.set_plan_text(doc.session, key, text),
        matches=lambda c: c.kind == "plan" and c.key == key, placeholder=placeholder,
        object_name=f"plan:{key}", minimum_height=180, parent=parent)
