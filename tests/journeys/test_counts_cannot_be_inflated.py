"""A draft with a factory entered twice, a derived target and a stray control character, fixed through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.register_model import DUPLICATE_BG
from tests.journeys.conftest import type_text

pytestmark = pytest.mark.gui
SCENARIOS = "application.innovation.scenarios"
COVERAGE = "infrastructure.private_network.coverage"


def _finding_item(window, words: str):
    panel = window.gap_dock.panel
    return next(i for i in panel.finding_items() if words in i.data(0, Qt.ItemDataRole.UserRole).message)


def test_a_factory_entered_twice_is_marked_found_from_the_gap_panel_and_removed(open_window, qtbot):
    window = open_window("qingling-draft")
    panel = window.gap_dock.panel
    item = _finding_item(window, "与第4条（青岭冷轧5G智能工厂）重复")
    repeat_id = item.data(0, Qt.ItemDataRole.UserRole).jump.record_id
    panel.findings.scrollToItem(item)
    qtbot.mouseClick(panel.findings.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.findings.visualItemRect(item).center())

    wizard = window.wizards["application"]
    assert window.stack.currentWidget() is wizard
    editor = wizard.page(wizard.current_index).cards[SCENARIOS].registers["factories"]
    assert editor.selected_record_ids() == [repeat_id]                        # the jump selects the repeated row
    row = editor.model.row_of(repeat_id)
    first_cell = editor.model.index(row, 0)
    assert first_cell.data(Qt.ItemDataRole.BackgroundRole).color() == DUPLICATE_BG
    assert "与第4条重复（企业名称、工厂名称相同）" in first_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 条重复登记（只计一次）" in editor.summary.text()
    assert "：4 家" in editor.matrix.footer.text()                              # the rules' count, repeat once

    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)                             # remove the repeat (undoable)
    qtbot.waitUntil(lambda: not [i for i in panel.finding_items()
                                 if "重复（企业名称" in i.data(0, Qt.ItemDataRole.UserRole).message], timeout=3000)
    assert "重复登记" not in editor.summary.text()
    assert "：4 家" in editor.matrix.footer.text()                              # still 4: it was never counted twice
    window.doc.session.undo()
    qtbot.waitUntil(lambda: "1 条重复登记" in editor.summary.text(), timeout=3000)


def test_stations_per_10000_targets_follow_the_station_targets_and_cannot_be_typed(open_window, qtbot):
    window = open_window("binjiang")
    window.go_to(window.doc.evaluation.conditions[1].jump)                    # 5G网络覆盖率
    wizard = window.wizards["infrastructure"]
    grid = wizard.page(wizard.current_index).cards[COVERAGE].targets
    derived = grid.cells[("stations_per_10k", 1)]
    assert derived.isReadOnly() and derived.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert "无需填写" in derived.toolTip()
    assert derived.text() == "38.06"                                          # 38379 × 10,000 ÷ 1008.5万
    stations = grid.cells[("base_stations", 1)]
    stations.setFocus()
    stations.selectAll()
    type_text(stations, "40340")
    qtbot.waitUntil(lambda: derived.text() == "40.00", timeout=3000)
    assert window.doc.dossier.answer(COVERAGE).targets["base_stations"][0] == "40340"
    assert "stations_per_10k" not in window.doc.dossier.answer(COVERAGE).targets
    stations.selectAll()
    type_text(stations, "30000")                                               # below today's 35,210
    qtbot.waitUntil(lambda: any("低于现状 35210 个" in i.data(0, Qt.ItemDataRole.UserRole).message
                                for i in window.gap_dock.panel.finding_items()), timeout=3000)
    assert derived.text() == "29.75"


def test_a_control_character_in_a_narrative_is_refused_naming_the_field(open_window, qtbot):
    window = open_window("binjiang")
    window.go_to(window.doc.evaluation.conditions[1].jump)
    wizard = window.wizards["infrastructure"]
    narrative = wizard.page(wizard.current_index).cards[COVERAGE].narrative
    before = window.doc.dossier.answer(COVERAGE).narrative
    qtbot.waitUntil(narrative.isVisible, timeout=3000)                       # the page is built on first show
    narrative.edit.setFocus()
    narrative.edit.moveCursor(narrative.edit.textCursor().MoveOperation.End)
    narrative.edit.insertPlainText("补充\x07说明")                              # as a paste from another program
    assert narrative.problem.isVisible() and "U+0007" in narrative.problem.text()
    assert narrative.problem.text().startswith("未保存：含有不可见的控制字符")
    assert window.doc.dossier.answer(COVERAGE).narrative == before             # nothing written
    cursor = narrative.edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, n=2)
    narrative.edit.setTextCursor(cursor)
    qtbot.keyClick(narrative.edit, Qt.Key.Key_Backspace)                      # the user deletes it
    assert not narrative.problem.isVisible()
    assert window.doc.dossier.answer(COVERAGE).narrative == before + "补充说明"
