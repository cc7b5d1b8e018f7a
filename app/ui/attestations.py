"""The 现场考察 attestations: each answered 是/否 by a named person on a date.

The starred condition under 现场考察 fails when any attestation is missing,
negative, or lacks its 责任人 or date, so the editor shows each one's state
beside it.  The attestations come from ``catalogue.attestations`` (data, not
code).  Answers are stored with ``edits.set_attestation``: the 是/否 choice
at once, names and dates when the field is left (Enter or focus out), so one
typed name is one undo step.  A date that ``parse_date`` refuses is marked
and not stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models import edits
from app.models.catalogue import Attestation
from app.models.dossier import AttestationAnswer
from app.models.dates import attestation_holds, attested_in_future, format_date
from app.models.hygiene import text_problem
from app.models.values import parse_date
from app.ui.catalogue_text import catalogue_text, core_text, error_text
from app.ui.field_editors import CheckedLineEdit, DateLineEdit

translate = QCoreApplication.translate   # lupdate reads translate("context", "text")

OK_STYLE = "QLabel { color: #1e6b34; font-weight: bold; }"
BAD_STYLE = "QLabel { color: #a12622; font-weight: bold; }"
TODO_STYLE = "QLabel { color: #8a4b00; }"


def _unbroken_width(widget: QWidget, text: str) -> int:
    """The width a Chinese state needs on one line; 0 for a translation with words, which wraps between them."""
    if any(c.isascii() and c.isalpha() for c in text):
        return 0
    return widget.fontMetrics().horizontalAdvance(text)


class AttestationRow:
    """The widgets of one attestation in the editor's grid."""

    def __init__(self, editor: "AttestationEditor", attestation: Attestation, row: int) -> None:
        self.editor = editor
        self.attestation = attestation
        grid = editor.grid
        self.text = QLabel(catalogue_text(attestation.text))
        self.text.setWordWrap(True)
        self.answer = QComboBox()
        self.answer.setObjectName(f"attestation-{attestation.id}")
        for label, value in ((translate("AttestationRow", "未答复"), None), (translate("AttestationRow", "是"), True),
                             (translate("AttestationRow", "否"), False)):
            self.answer.addItem(label, value)
        self.answer.setAccessibleName(catalogue_text(attestation.text))
        self.person = CheckedLineEdit()
        self.person.setPlaceholderText(translate("AttestationRow", "姓名"))
        self.role = CheckedLineEdit()
        self.role.setPlaceholderText(translate("AttestationRow", "例如 市工业和信息化局局长"))
        self.date = DateLineEdit()
        self.status = QLabel()
        self.status.setWordWrap(True)
        for column, widget in enumerate((self.text, self.answer, self.person, self.role, self.date, self.status)):
            grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
        self.answer.activated.connect(self._answer_chosen)
        self.person.editingFinished.connect(lambda: self._text_done("person", self.person))
        self.role.editingFinished.connect(lambda: self._text_done("role", self.role))
        self.date.editingFinished.connect(self._date_done)

    @property
    def stored(self) -> AttestationAnswer:
        return self.editor.doc.dossier.attestations.get(self.attestation.id) or AttestationAnswer()

    def refresh(self) -> None:
        answer = self.stored
        position = self.answer.findData(answer.affirmed) if answer.affirmed is not None else 0
        if self.answer.currentIndex() != position:
            self.answer.setCurrentIndex(position)
        for widget, value in ((self.person, answer.person), (self.role, answer.role)):
            if widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)     # show the beginning of a long 职务 in a narrow column
        if self._shown_date() != answer.date and not (self.date.problem and self.date.hasFocus()):
            self.date.setText(core_text(format_date(answer.date)))       # 2024年3月10日 (2024-03-10 in English)
            self.date.set_problem(None)
        text, style = self.state_text(answer)
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def state_text(self, answer: AttestationAnswer) -> tuple[str, str]:
        if answer.affirmed is False:
            return translate("AttestationRow", "✗ 否定：该不可偏离条件不满足"), BAD_STYLE
        if answer.affirmed is None:
            return translate("AttestationRow", "未答复"), TODO_STYLE
        missing = [label for label, value in ((translate("AttestationRow", "责任人"), answer.person.strip()),
                                              (translate("AttestationRow", "日期"), answer.date)) if not value]
        if missing:
            return translate("AttestationRow", "待补充：{items}").format(
                items=translate("AttestationRow", "、").join(missing)), TODO_STYLE
        if attested_in_future(answer):
            return translate("AttestationRow", "✗ 日期晚于今天，未计入"), BAD_STYLE
        return translate("AttestationRow", "✓ 已承诺"), OK_STYLE

    def _answer_chosen(self, index: int) -> None:
        edits.set_attestation(self.editor.doc.session, self.attestation.id, affirmed=self.answer.itemData(index))

    def _shown_date(self) -> str:
        try:
            return parse_date(self.date.text()) if self.date.text().strip() else ""
        except ValueError:
            return self.date.text()

    def _text_done(self, key: str, widget: QLineEdit) -> None:
        value = widget.text().strip()
        problem = text_problem(value)
        if isinstance(widget, CheckedLineEdit):
            widget.set_problem(problem and translate("AttestationRow", "未保存：{problem}").format(problem=core_text(problem)))
        if problem:
            return
        if value != getattr(self.stored, key):
            edits.set_attestation(self.editor.doc.session, self.attestation.id, **{key: value})

    def _date_done(self) -> None:
        text = self.date.text().strip()
        try:
            value = parse_date(text) if text else ""
        except ValueError as exc:
            self.date.set_problem(error_text(exc))
            self.editor.message.setText(error_text(exc))
            self.editor.message.show()
            return
        self.date.set_problem(None)
        self.editor.message.hide()
        if value != self.stored.date:
            edits.set_attestation(self.editor.doc.session, self.attestation.id, date=value)
        if self.date.text() != (shown := core_text(format_date(value))):
            self.date.setText(shown)               # as every date is shown (2024年3月10日): never ISO, nor as typed


class AttestationEditor(QWidget):
    """All attestations of the catalogue, one row each: 答复, 责任人, 职务, 日期 and the resulting state."""

    def __init__(self, doc: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        headers = (self.tr("承诺事项"), self.tr("答复"), self.tr("责任人"), self.tr("职务"), self.tr("日期"),
                   self.tr("状态"))
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setStyleSheet("QLabel { color: #4b5563; font-weight: bold; }")
            self.grid.addWidget(label, 0, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d6dae0;")
        self.grid.addWidget(line, 1, 0, 1, len(headers))
        self.rows: dict[str, AttestationRow] = {}
        for position, attestation in enumerate(doc.catalogue.attestations):
            self.rows[attestation.id] = AttestationRow(self, attestation, position + 2)
        for column, stretch in enumerate((5, 0, 2, 3, 2, 2)):
            self.grid.setColumnStretch(column, stretch)
        self.grid.setColumnMinimumWidth(1, 84)
        self.grid.setColumnMinimumWidth(4, 110)
        # The short Chinese states on one line even in a narrow card (「✓ 已承诺」 was broken after 承); the English
        # ones keep wrapping between words (the 1280 × 800 page has no room to spare in English).
        short_states = (translate("AttestationRow", "✓ 已承诺"), translate("AttestationRow", "未答复"))
        self.grid.setColumnMinimumWidth(5, max(_unbroken_width(self, text) for text in short_states) + 4)
        self.message = QLabel(self)
        self.message.setStyleSheet("QLabel { background: #f8d7da; color: #721c24; padding: 4px 8px; "
                                   "border-radius: 3px; }")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        if self.rows:
            self.setFocusProxy(next(iter(self.rows.values())).answer)
        doc.changed.connect(self._on_changed)
        doc.focus_requested.connect(self._on_focus_requested)
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows.values():
            row.refresh()

    def focus_attestation(self, attestation_id: str = "") -> QWidget | None:
        """Focus the named attestation (or the first one not yet complete and positive)."""
        row = self.rows.get(attestation_id) or next(
            (r for r in self.rows.values() if not attestation_holds(r.stored)), None)
        if row is None:
            return None
        answer = row.stored
        target: QWidget = row.answer
        if answer.affirmed is True and not answer.person.strip():
            target = row.person
        elif answer.affirmed is True and (not answer.date or attested_in_future(answer)):
            target = row.date
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def _on_changed(self, changes: list[Any]) -> None:
        for change in changes:
            if change.kind == "attestation" and change.key in self.rows:
                self.rows[change.key].refresh()

    def _on_focus_requested(self, jump: Any) -> None:
        if getattr(jump, "part", "") == "attestation":
            self.focus_attestation(getattr(jump, "key", ""))
