"""AttestationEditor: answers, names and dates through edits.set_attestation; undo; focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models.rules import Jump, evaluate_conditions
from app.ui.attestations import AttestationEditor

pytestmark = pytest.mark.gui

CYBER = "no_major_cyber_incident"


def _type(qtbot, widget, text):
    widget.setFocus()
    widget.setText(text)                           # QTest cannot type Chinese characters
    qtbot.keyClick(widget, Qt.Key.Key_Return)      # editingFinished, as when the user presses Enter


def test_rows_come_from_the_catalogue(qtbot, empty_doc):
    editor = AttestationEditor(empty_doc)
    qtbot.addWidget(editor)
    assert list(editor.rows) == [a.id for a in empty_doc.catalogue.attestations]
    row = editor.rows[CYBER]
    assert row.answer.currentText() == "未答复"
    assert row.status.text() == "未答复"


def test_set_answer_person_date_and_undo(qtbot, empty_doc):
    editor = AttestationEditor(empty_doc)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.rows[CYBER]
    row.answer.setCurrentIndex(1)
    row.answer.activated.emit(1)                   # what a user's choice emits
    _type(qtbot, row.person, "王建国")
    _type(qtbot, row.role, "市工业和信息化局局长")
    _type(qtbot, row.date, "2024年3月10日")
    answer = empty_doc.dossier.attestations[CYBER]
    assert (answer.affirmed, answer.person, answer.role, answer.date) == (True, "王建国", "市工业和信息化局局长",
                                                                          "2024-03-10")
    assert row.date.text() == "2024年3月10日"          # shown the Chinese way, stored as ISO
    assert row.status.text() == "✓ 已承诺"
    empty_doc.session.undo()                       # the date
    assert empty_doc.dossier.attestations[CYBER].date == ""
    assert row.date.text() == "" and "待补充" in row.status.text()
    for _ in range(3):
        empty_doc.session.undo()
    assert CYBER not in empty_doc.dossier.attestations
    assert row.answer.currentText() == "未答复" and row.person.text() == ""


def test_negative_answer_and_bad_date(qtbot, empty_doc):
    editor = AttestationEditor(empty_doc)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.rows["no_false_materials"]
    row.answer.setCurrentIndex(2)
    row.answer.activated.emit(2)
    assert empty_doc.dossier.attestations["no_false_materials"].affirmed is False
    assert "不满足" in row.status.text()
    _type(qtbot, row.date, "三月十日")
    assert empty_doc.dossier.attestations["no_false_materials"].date == ""
    assert row.date.problem and editor.message.isVisible()


def test_example_is_shown_and_focus_request_lands(qtbot, example_doc):
    editor = AttestationEditor(example_doc)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    assert all(r.status.text() == "✓ 已承诺" for r in editor.rows.values())
    assert editor.rows[CYBER].person.text() == "王建国"
    target = editor.focus_attestation("no_major_safety_accident")
    assert target is editor.rows["no_major_safety_accident"].answer
    example_doc.focus_requested.emit(Jump("site_visit.preparation.readiness", "attestation", CYBER))
    assert editor.rows[CYBER].answer.hasFocus() or not editor.isActiveWindow()


def test_passing_through_a_date_keeps_it_the_chinese_way(qtbot, example_doc):
    """Tabbing through a stored date (editingFinished, nothing changed) used to show it as ISO 2024-03-10."""
    editor = AttestationEditor(example_doc)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.rows[CYBER]
    assert row.date.text() == "2024年3月10日"
    _type(qtbot, row.date, "2024年3月10日")                  # left unchanged, as Tab through the row does
    assert row.date.text() == "2024年3月10日"
    _type(qtbot, row.date, "2024/3/10")                      # the same day in another form
    assert row.date.text() == "2024年3月10日"
    assert example_doc.dossier.attestations[CYBER].date == "2024-03-10"
    assert not example_doc.session.can_undo                  # nothing was written
    _type(qtbot, row.date, "2024/3/11")                      # a new day typed with slashes is shown as the others
    assert row.date.text() == "2024年3月11日"
    assert example_doc.dossier.attestations[CYBER].date == "2024-03-11"


def test_a_date_after_today_is_not_counted_and_says_so(qtbot, example_doc):
    """2099年1月1日 was shown 「✓ 已承诺」 and the starred condition counted it: an attestation not yet made."""
    editor = AttestationEditor(example_doc)
    qtbot.addWidget(editor)
    editor.show()
    row = editor.rows["no_false_materials"]
    _type(qtbot, row.date, "2099-01-01")
    assert example_doc.dossier.attestations["no_false_materials"].date == "2099-01-01"
    assert row.status.text() == "✗ 日期晚于今天，未计入"
    assert editor.focus_attestation() is row.date           # the jump lands on what to correct
    site = next(c for c in evaluate_conditions(example_doc.dossier, example_doc.catalogue)
                if c.indicator_id == "site_visit.preparation.readiness")
    assert not site.passed and str(site.measured) == "2/3 项"


def test_the_state_stays_on_one_line_in_a_narrow_card(qtbot, example_doc):
    """At 1280 × 800 the attestations get ~520 px: 「✓ 已承诺」 was broken into 「✓ 已承」/「诺」."""
    editor = AttestationEditor(example_doc)
    qtbot.addWidget(editor)
    editor.resize(520, 200)
    editor.show()
    qtbot.waitExposed(editor)
    for row in editor.rows.values():
        assert row.status.width() >= row.status.fontMetrics().horizontalAdvance(row.status.text())
