"""Table columns: fitted to content, required ones in view, long text elided with a tooltip, widths remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui import settings as prefs
from app.ui.column_widths import fit_widths


def test_fit_widths_narrows_optional_columns_first_then_required_text():
    natural, minimum = [240, 130, 150, 100, 200], [96, 72, 96, 10**6, 96]
    assert fit_widths(natural, minimum, 1000, 4) == natural                       # room enough: unchanged
    widths = fit_widths(natural, minimum, 700, 4, [1, 0, 1, 1, 1])
    assert sum(widths) == 700 and widths[1] == 72 and widths[3] == 100           # the optional one gave way first
    assert fit_widths([300, 300, 100], [100, 100, 100], 350, 2) == [125, 125, 100]
    assert fit_widths([300, 300, 100], [100, 100, 100], 200, 2) == [100, 100, 100]   # never below the minimum
    assert fit_widths([100, 500, 500], [50, 50, 50], 300, 0) == [100, 500, 500]     # only up to must_show


def test_a_long_policy_title_is_elided_with_the_whole_in_its_tooltip(open_window, qtbot):
    window = open_window("binjiang")
    window.show_page("policy")
    card = window.wizards["policy"].show_indicator("policy.special.special_policies")
    editor = card.registers["policies"]
    qtbot.wait(1)
    title = editor.model.index(0, 0)
    text = title.data()
    width = editor.view.fontMetrics().horizontalAdvance(text)
    assert editor.view.columnWidth(0) < width                                     # cut on screen …
    assert editor.view.columnWidth(0) >= 96
    assert title.data(Qt.ItemDataRole.ToolTipRole) == text                        # … whole in the tooltip
    assert editor.view.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_width_the_user_sets_is_remembered_for_the_next_window(open_window, qtbot):
    window = open_window("binjiang")
    editor = window.wizards["policy"].show_indicator("policy.special.special_policies").registers["policies"]
    editor.view.horizontalHeader().resizeSection(2, 333)                          # as a drag on the header does
    assert "2:333" in prefs.settings().get(prefs.column_widths_key("register/policies"))
    again = open_window("binjiang")                                               # another window, later
    editor = again.wizards["policy"].show_indicator("policy.special.special_policies").registers["policies"]
    qtbot.wait(1)
    QApplication.processEvents()
    assert editor.view.columnWidth(2) == 333


def test_the_evidence_page_tree_shows_the_indicator_names(open_window, qtbot):
    window = open_window("binjiang")
    window.show_page("evidence")
    qtbot.wait(1)
    tree = window.pages["evidence"].content.tree
    item = tree.items["policy.special.national_strategy"]
    shown = tree.visualItemRect(item).width()
    assert shown >= tree.fontMetrics().horizontalAdvance("1.1.1 落实国家发展战略及规划")
    assert item.toolTip(0) == "1.1.1 落实国家发展战略及规划情况"
