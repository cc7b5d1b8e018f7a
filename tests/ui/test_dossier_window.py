"""The dossier window with real widgets: gap panel flips, validation, jumps, undo, keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import edits
from app.models.rules import Jump
from app.models.storage.workspace import new_dossier
from app.ui.field_editors import NumberFieldEditor
from app.ui.registers import RegisterEditor
from tests.ui.conftest import condition_row, type_text

COVERAGE = "infrastructure.private_network.coverage"
PROJECTS = "infrastructure.private_network.platform_projects"
STRATEGY = "policy.special.national_strategy"


def _cities_editor(window) -> RegisterEditor:
    card = window.wizards["infrastructure"].page(0).cards[COVERAGE]
    editor = card.registers["cities"]
    assert isinstance(editor, RegisterEditor)
    return editor


def _set_cell(editor: RegisterEditor, row: int, column_id: str, text: str) -> bool:
    """What typing into a cell and pressing Enter does: setData(EditRole) on the register model."""
    column = [c.id for c in editor.spec.columns].index(column_id)
    return editor.model.setData(editor.model.index(row, column), text, Qt.ItemDataRole.EditRole)


def test_base_stations_flip_the_coverage_condition_and_undo_flips_it_back(open_window, qtbot):
    window = open_window(new_dossier("测试市", "测试省"))
    window.nav.setCurrentItem(window.nav.items[("section", "infrastructure")])
    assert window.stack.currentWidget() is window.wizards["infrastructure"]
    row = condition_row(window, "5G网络覆盖率")
    cities = _cities_editor(window)

    assert _set_cell(cities, 0, "population", "100万人")
    assert _set_cell(cities, 0, "base_stations", "2000")          # 20 per 10,000: below 30
    qtbot.waitUntil(lambda: row.result.measured.startswith("20"), timeout=1000)
    assert row.status.text() == "不满足"
    assert "还需新增至少 1001 个5G基站" in row.gap.text()

    assert _set_cell(cities, 0, "base_stations", "3000")          # exactly 30: still fails (超过 is strict)
    qtbot.waitUntil(lambda: row.result.measured.startswith("30"), timeout=1000)
    assert row.status.text() == "不满足"

    assert _set_cell(cities, 0, "base_stations", "3001")
    qtbot.waitUntil(lambda: row.status.text() == "满足", timeout=1000)
    assert not row.gap.isVisible()
    assert "1/6" in window.gap_dock.panel.summary.text() or "满足" in window.gap_dock.panel.summary.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row.status.text() == "不满足", timeout=1000)
    assert window.doc.dossier.registers["cities"][0].get("base_stations") == 3000


def test_invalid_number_is_marked_and_not_written(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    card = window.wizards["infrastructure"].page(0).cards[PROJECTS]
    editor: NumberFieldEditor = card.fields["built_projects"]
    assert window.go_to(Jump(PROJECTS, "field", "built_projects")) is editor.edit
    assert QApplication.focusWidget() is editor.edit

    QApplication.clipboard().setText("12a")
    qtbot.keyClick(editor.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)   # pasted: one edit
    assert editor.edit.text() == "12a"
    assert editor.edit.problem is not None and editor.edit.problem.startswith("未保存")
    assert not editor.message.isHidden() and editor.message.text() == editor.edit.problem
    assert "border" in editor.edit.styleSheet() and editor.edit.toolTip() == editor.edit.problem
    assert window.doc.dossier.peek_answer(PROJECTS) is None             # nothing written, nothing coerced
    assert not window.doc.session.can_undo

    qtbot.keyClick(editor.edit, Qt.Key.Key_Backspace)                 # "12" is valid
    assert editor.edit.problem is None and editor.message.isHidden() and editor.edit.styleSheet() == ""
    assert window.doc.dossier.answer(PROJECTS).fields["built_projects"].value == "12"

    qtbot.keyClicks(editor.edit, ".5")                                # integer field: refused, not rounded
    assert "整数" in (editor.edit.problem or "") and "仍为“12”" in editor.edit.problem
    assert window.doc.dossier.answer(PROJECTS).fields["built_projects"].value == "12"


def test_an_invalid_target_says_which_year_and_that_it_is_not_saved(open_window, qtbot):
    """A target cell's message read 「建成及在建项目数应为整数」: not which year, nor that the dossier keeps 12."""
    window = open_window(new_dossier("测试市"))
    form = window.wizards["infrastructure"].page(0).cards[PROJECTS].targets
    cell = form.cells[("projects", 2)]
    cell.setFocus()
    qtbot.keyClicks(cell, "12.5")                                     # "12" and "12." are written, ".5" is not
    assert window.doc.dossier.answer(PROJECTS).targets["projects"][1] == "12"
    assert cell.problem == form.message.text()
    assert cell.problem.startswith("未保存（第2年）：") and "整数" in cell.problem and "仍为“12”" in cell.problem
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cell, "x")
    assert cell.problem == "未保存（第2年）：“x”不是有效的数字（申报材料中仍为“12”）"
    qtbot.keyClick(cell, Qt.Key.Key_Backspace)                        # cleared: the target is removed, no message
    assert cell.problem is None and form.message.isHidden()


def test_provisional_checkbox_writes_through_edits(open_window):
    window = open_window(new_dossier("测试市"))
    editor = window.wizards["infrastructure"].page(0).cards[PROJECTS].fields["built_projects"]
    editor.provisional.click()
    assert window.doc.dossier.answer(PROJECTS).fields["built_projects"].provisional is True
    assert window.undo_action.text() == "撤销 修改“已申报建成项目数”"


def test_clicking_a_finding_goes_to_the_widget_that_closes_it(open_window, qtbot):
    window = open_window("qingling-draft")
    window.show_page("plan")
    panel = window.gap_dock.panel
    item = next(i for i in panel.finding_items() if i.data(0, Qt.ItemDataRole.UserRole).jump is not None
                and i.data(0, Qt.ItemDataRole.UserRole).jump.indicator_id == STRATEGY
                and i.data(0, Qt.ItemDataRole.UserRole).jump.part == "narrative")
    panel.findings.scrollToItem(item)
    rect = panel.findings.visualItemRect(item)
    qtbot.mouseClick(panel.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    wizard = window.wizards["policy"]
    assert window.stack.currentWidget() is wizard
    assert wizard.current_index == 0
    card = wizard.page(0).cards[STRATEGY]
    assert QApplication.focusWidget() is card.narrative.edit
    assert window.nav.currentItem() is window.nav.items[("indicator", STRATEGY)]


def test_clicking_a_condition_switches_page_and_asks_the_register_to_select(open_window, qtbot):
    window = open_window("qingling-draft")
    requested = []
    window.doc.focus_requested.connect(requested.append)
    row = condition_row(window, "具备全国性示范能力情况")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)

    wizard = window.wizards["ecosystem"]
    assert window.stack.currentWidget() is wizard
    assert wizard.page(wizard.current_index).group.name == "全国示范能力"
    assert requested and requested[-1].key == "titles" and requested[-1].record_id
    assert wizard.indicator.text() == f"第 {wizard.current_index + 1}/{wizard.page_count} 页"


def test_undo_redo_menu_text_and_state(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "撤销"
    editor = window.wizards["infrastructure"].page(0).cards[PROJECTS].fields["building_projects"]
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "42")                                 # two keystrokes, one undo step
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "撤销 修改“在建项目数”"
    window.undo_action.trigger()
    assert window.doc.dossier.answer(PROJECTS).fields.get("building_projects") is None
    assert editor.edit.text() == ""
    assert window.redo_action.isEnabled() and window.redo_action.text() == "重做 修改“在建项目数”"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.dossier.answer(PROJECTS).fields["building_projects"].value == "42"
    assert editor.edit.text() == "42"
    window.undo_action.trigger()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.edit.text() == "42"


def test_ctrl_z_inside_a_field_uses_the_dossier_history(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    editor = window.wizards["infrastructure"].page(0).cards[PROJECTS].fields["building_projects"]
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, "7")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.text() == ""
    assert not window.doc.session.can_undo


def test_narrative_counts_characters_and_merges_keystrokes(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    narrative = window.wizards["policy"].page(0).cards[STRATEGY].narrative
    type_text(narrative.edit, "落实制造强国战略")
    assert narrative.count.text() == "8 字"
    assert window.doc.dossier.answer(STRATEGY).narrative == "落实制造强国战略"
    window.doc.undo()
    assert window.doc.dossier.answer(STRATEGY).narrative == ""
    assert narrative.edit.toPlainText() == ""


def test_keyboard_pages_and_gap_panel_focus(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    window.show_page("infrastructure")
    wizard = window.wizards["infrastructure"]
    assert wizard.indicator.text() == "第 1/3 页"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert wizard.indicator.text() == "第 2/3 页"
    assert window.nav.currentItem() is window.nav.items[("group", "infrastructure", "1")]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_index == 0 and not wizard.back.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.gap_dock.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not window.gap_dock.isAncestorOf(QApplication.focusWidget())

    window.gap_toggle.trigger()
    assert window.gap_dock.isHidden()


def test_evaluation_is_coalesced_into_one_per_event_loop_turn(open_window, qtbot):
    window = open_window(new_dossier("测试市"))
    seen = []
    window.doc.evaluated.connect(seen.append)
    for text in ("1", "2", "3"):
        edits.set_meta(window.doc.session, "contact", text)
    assert seen == []                                                 # not on the edit path
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=1000)
    qtbot.wait(20)
    assert len(seen) == 1


def test_nav_tree_shows_completeness_badges_and_blocking_marks(open_window):
    window = open_window("qingling-draft")
    item = window.nav.items[("indicator", COVERAGE)]
    assert item.text(1).endswith("%")
    assert not item.icon(0).isNull()                                  # red mark: blocking finding
    ok = window.nav.items[("indicator", "policy.special.special_policies")]
    assert ok.icon(0).isNull()
    assert window.summary_label.text().startswith("不可偏离条件 1/6 项满足")
    assert "完成度" in window.summary_label.text() and "得分" not in window.summary_label.text()


def test_pages_are_built_on_first_navigation_and_edits_on_them_autosave(tmp_path, qtbot):
    from app.models.storage import DossierFile, read_dossier
    from app.ui.application import AppController

    path = tmp_path / "测试市.pzd"
    DossierFile.create(path, new_dossier("测试市")).close()
    controller = AppController()
    controller.open_path(path)                                        # SyncRunner: opens at once
    window = controller.windows[0]
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert list(window.pages) == ["basic"]                            # the first frame builds 基本信息 only
    assert window.stack.currentWidget() is window.basic

    window.nav.setCurrentItem(window.nav.items[("page", "plan")])     # built on first navigation
    assert window.stack.currentWidget() is window.plan and "plan" in window.pages
    type_text(window.plan.editors["overview"].edit, "概述")
    window.nav.setCurrentItem(window.nav.items[("page", "evidence")])
    assert window.stack.currentWidget() is window.pages["evidence"]
    assert "infrastructure" not in window.pages
    window.nav.setCurrentItem(window.nav.items[("group", "infrastructure", "1")])
    wizard = window.wizards["infrastructure"]
    assert window.stack.currentWidget() is wizard and wizard.current_index == 1
    assert "policy" not in window.pages and len(window.wizards) == 6
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_index == 0
    editor = wizard.page(0).cards[PROJECTS].fields["built_projects"]
    qtbot.keyClicks(editor.edit, "9")
    qtbot.waitUntil(lambda: window.save_label.text() == "已保存", timeout=5000)
    window.close()
    saved = read_dossier(path)
    assert saved.plan_texts["overview"] == "概述"
    assert saved.answer(PROJECTS).fields["built_projects"].value == "9"


def test_a_first_window_fits_a_smaller_screen(qtbot):
    """No saved geometry: the window takes its default 1440 × 900 only where the screen has room. On a 1280 × 800
    screen it was larger than the screen, its right dock and the status bar (已保存) off the edge."""
    from app.models.exchange import load_json_file
    from app.ui.main_window import DossierWindow
    from app.ui.open_dossier import OpenDossier
    from tests.ui.conftest import EXAMPLES

    window = DossierWindow(OpenDossier.from_dossier(load_json_file(EXAMPLES / "binjiang.json")))
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1440                   # the offscreen screen is smaller than the default size
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.isMaximized()                  # shown over the whole screen, its frame within the edges too
