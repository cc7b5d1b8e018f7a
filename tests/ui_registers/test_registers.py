"""RegisterEditor: rows, sorting, cell validation, Excel paste and copy, problem marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

import app.ui.registers as registers_module
from app.models import edits
from app.models.rules import Jump
from app.ui.cell_delegates import QuantityEditor
from app.ui.register_clipboard import rows_from_tsv
from app.ui.registers import RegisterEditor

pytestmark = pytest.mark.gui


def _editor(qtbot, doc, register_id):
    editor = RegisterEditor(doc, register_id)
    qtbot.addWidget(editor)
    editor.resize(900, 500)
    editor.show()
    return editor


def _open_line_editor(editor):
    (line,) = [w for w in editor.view.findChildren(QLineEdit) if w.isVisible()]
    return line


def _column(editor, column_id):
    return [c.id for c in editor.spec.columns].index(column_id)


def test_add_row_with_shortcut_and_undo(qtbot, empty_doc):
    editor = _editor(qtbot, empty_doc, "policies")
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    assert editor.view.state() == editor.view.State.EditingState     # the new row opens for typing
    qtbot.keyClick(_open_line_editor(editor), Qt.Key.Key_Escape)
    qtbot.keyClick(editor.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(_open_line_editor(editor), Qt.Key.Key_Escape)
    assert len(empty_doc.dossier.registers["policies"]) == 2
    assert editor.model.rowCount() == 2
    assert "政策文件 2 项" in editor.summary.text()
    empty_doc.session.undo()
    empty_doc.session.undo()
    assert editor.model.rowCount() == 0


def test_remove_selected_rows_is_one_undo_step(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "policies")
    before = [r.id for r in example_doc.dossier.registers["policies"]]
    editor.select_record(before[1])
    editor.select_record(before[3], add=True)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [r.id for r in example_doc.dossier.registers["policies"]] == [before[0], before[2]]
    example_doc.session.undo()
    assert [r.id for r in example_doc.dossier.registers["policies"]] == before
    assert editor.model.rowCount() == 4


def test_sorting_is_view_only(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "policies")
    before = [r.id for r in example_doc.dossier.registers["policies"]]
    date = _column(editor, "date")
    editor.view.sortByColumn(date, Qt.SortOrder.DescendingOrder)
    shown = [editor.proxy.index(r, date).data() for r in range(editor.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True)
    assert [r.id for r in example_doc.dossier.registers["policies"]] == before


def test_invalid_cell_is_refused_and_marked(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "cities")
    city = example_doc.dossier.registers["cities"][0]
    before = dict(city.values["population"])
    index = editor.proxy.index(0, _column(editor, "population"))
    assert editor.proxy.setData(index, "八百万", Qt.ItemDataRole.EditRole) is False
    assert city.values["population"] == before
    assert not example_doc.session.can_undo
    assert editor.message.isVisible() and "常住人口" in editor.message.text()
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "八百万" in index.data(Qt.ItemDataRole.ToolTipRole)
    # a valid value with a unit is stored exactly and clears the mark
    assert editor.proxy.setData(index, "800万人", Qt.ItemDataRole.EditRole)
    assert city.values["population"] == {"value": "800", "unit": "万人"}
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    example_doc.session.undo()
    assert city.values["population"] == before


def test_quantity_editor_uses_chosen_unit(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "cities")
    index = editor.proxy.index(0, _column(editor, "population"))
    editor.view.edit(index)
    quantity = editor.view.findChild(QuantityEditor)
    assert quantity is not None
    quantity.number.setText("8000000")
    quantity.unit.setCurrentText("人")
    editor.view.itemDelegate().setModelData(quantity, editor.proxy, index)
    assert example_doc.dossier.registers["cities"][0].values["population"] == {"value": "8000000", "unit": "人"}


def test_boolean_column_is_a_checkbox(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "policies")
    index = editor.proxy.index(0, _column(editor, "special"))
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert editor.proxy.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert example_doc.dossier.registers["policies"][0].values["special"] is False


def test_paste_factories_from_excel_is_one_undo_step(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "factories")
    before = len(example_doc.dossier.registers["factories"])
    QGuiApplication.clipboard().setText(
        "企业名称\t工厂名称\t所属行业\t所在城市\t典型应用场景\n"
        "甲公司\t甲一厂\t钢铁\t滨江市\t机器视觉质检、设备故障诊断\n"
        "乙公司\t乙一厂\t电子\t滨江市\t生产智能监测，厂区智能物流\n"
        "丙公司\t丙一厂\t\t\t\n")
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    records = example_doc.dossier.registers["factories"]
    assert len(records) == before + 3
    assert records[before].values["scenarios"] == ["machine_vision_inspection", "equipment_fault_diagnosis"]
    assert records[before + 1].values["scenarios"] == ["production_site_monitoring", "plant_smart_logistics"]
    assert records[before + 2].values == {"enterprise": "丙公司", "factory": "丙一厂"}
    assert "已跳过标题行" in editor.message.text()
    example_doc.session.undo()
    assert len(example_doc.dossier.registers["factories"]) == before


def test_paste_without_header_in_display_order(qtbot, empty_doc):
    editor = _editor(qtbot, empty_doc, "cities")
    QGuiApplication.clipboard().setText("滨江市\t浙江省\t1008.5万人\t统计公报\t2024/3/20\t35210\n")
    editor.paste()
    (city,) = empty_doc.dossier.registers["cities"]
    assert city.values["population"] == {"value": "1008.5", "unit": "万人"}
    assert city.values["population_date"] == "2024-03-20"
    assert city.values["base_stations"] == 35210


def test_paste_with_a_bad_cell_inserts_nothing(qtbot, example_doc, monkeypatch):
    shown: list[list[str]] = []
    monkeypatch.setattr(registers_module, "show_paste_problems", lambda parent, problems: shown.append(problems))
    editor = _editor(qtbot, example_doc, "fiveg_factories")
    before = len(example_doc.dossier.registers["fiveg_factories"])
    QGuiApplication.clipboard().setText(
        "甲公司\t甲5G工厂\t5G工厂名录\t2023\t车间级\n"
        "乙公司\t乙5G工厂\t名录啊\t二〇二三\t\n")
    editor.paste()
    assert len(example_doc.dossier.registers["fiveg_factories"]) == before
    assert not example_doc.session.can_undo
    assert len(shown) == 1
    assert any(p.startswith("第2行“入选类别”") for p in shown[0])
    assert any(p.startswith("第2行“入选年度”") for p in shown[0])


def test_copy_selection_as_tsv_round_trips(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "policies")
    first = example_doc.dossier.registers["policies"][0]
    editor.select_record(first.id)
    editor.copy()
    text = QGuiApplication.clipboard().text()
    assert text.count("\t") == len(editor.spec.columns) - 1
    rows, problems, header = rows_from_tsv(text, editor.spec, example_doc.catalogue)
    assert not problems and not header
    assert rows == [{k: v for k, v in first.values.items()}]


def test_title_of_category_other_needs_a_reason(qtbot, empty_doc):
    editor = _editor(qtbot, empty_doc, "titles")
    edits.paste_records(empty_doc.session, empty_doc.catalogue, "titles", [
        {"category": "other", "name": "国家级某示范区", "year": 2023, "issuer": "国务院", "issuer_level": "state_council"}])
    reason = editor.proxy.index(0, _column(editor, "reason"))
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "必须填写" in reason.data(Qt.ItemDataRole.ToolTipRole)
    first = editor.proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "属部级及以上相关称号的理由" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 条待完善" in editor.summary.text()
    editor.proxy.setData(reason, "国务院批复设立", Qt.ItemDataRole.EditRole)
    assert editor.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert "待完善" not in editor.summary.text()


def test_focus_request_selects_the_record(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "titles")
    target = example_doc.dossier.registers["titles"][4]
    example_doc.focus_requested.emit(Jump("ecosystem.national_demo.titles", "register", "titles", target.id))
    assert editor.selected_record_ids() == [target.id]
    example_doc.focus_requested.emit(Jump("x", "register", "policies", example_doc.dossier.registers["titles"][0].id))
    assert editor.selected_record_ids() == [target.id]


def test_one_excel_cell_with_line_breaks_goes_into_the_current_cell(qtbot, example_doc):
    # Excel copies one cell holding scenario names on separate lines as "quoted\ntext"; that is one value
    # for the cell in focus, not a new factory named after the scenarios
    editor = _editor(qtbot, example_doc, "factories")
    factory = example_doc.dossier.registers["factories"][0]
    before = len(example_doc.dossier.registers["factories"])
    editor.view.setCurrentIndex(editor.proxy.index(0, _column(editor, "scenarios")))
    QGuiApplication.clipboard().setText('"机器视觉质检\n设备故障诊断"\r\n')
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(example_doc.dossier.registers["factories"]) == before
    assert factory.values["scenarios"] == ["machine_vision_inspection", "equipment_fault_diagnosis"]
    example_doc.session.undo()
    assert len(factory.values["scenarios"]) > 2


def test_an_empty_clipboard_clears_no_cell(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "policies")
    policy = example_doc.dossier.registers["policies"][0]
    title = policy.values["title"]
    editor.view.setCurrentIndex(editor.proxy.index(0, _column(editor, "title")))
    QGuiApplication.clipboard().setText("")
    editor.paste()
    assert policy.values["title"] == title
    assert not example_doc.session.can_undo


def test_the_summary_counts_a_repeated_entry_once(qtbot, example_doc):
    # a special policy and a 5G工厂 project entered twice: the summary's numbers are the ones the rules count
    policies = _editor(qtbot, example_doc, "policies")
    assert policies.summary_text() == "政策文件 4 项；其中“5G+工业互联网”专项政策 2 项"
    first = example_doc.dossier.registers["policies"][0]
    assert first.values["special"] is True
    edits.paste_records(example_doc.session, example_doc.catalogue, "policies", [dict(first.values)])
    assert policies.summary_text() == \
        "政策文件 4 项；其中“5G+工业互联网”专项政策 2 项；1 条重复登记（只计一次）"
    projects = _editor(qtbot, example_doc, "fiveg_factories")
    listed = next(r for r in example_doc.dossier.registers["fiveg_factories"] if r.values["kind"] == "factory_list")
    edits.paste_records(example_doc.session, example_doc.catalogue, "fiveg_factories", [dict(listed.values)])
    assert projects.summary_text() == \
        "5G工厂项目 7 个；其中工业互联网试点示范（5G工厂方向） 1 个，5G工厂名录 6 个；1 条重复登记（只计一次）"
    example_doc.session.undo()
    example_doc.session.undo()
    assert policies.summary_text() == "政策文件 4 项；其中“5G+工业互联网”专项政策 2 项"


def test_a_refused_entry_comes_back_when_the_cell_is_edited_again(qtbot, example_doc):
    # a long scenario list with one misspelt name is refused; opening the cell again to correct it shows what
    # was typed, not the old value (the typing is not lost)
    editor = _editor(qtbot, example_doc, "factories")
    index = editor.proxy.index(0, _column(editor, "scenarios"))
    typed = "机器视觉质检、设备故障诊断、厂区智能物流、无人智能巡检、机器视觉质捡"
    assert editor.proxy.setData(index, typed, Qt.ItemDataRole.EditRole) is False
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    line = _open_line_editor(editor)
    assert line.text() == typed
    line.setText(typed.replace("质捡", "质检").replace("机器视觉质检、设备", "设备", 1))
    editor.view.itemDelegate().setModelData(line, editor.proxy, index)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert len(example_doc.dossier.registers["factories"][0].values["scenarios"]) == 4
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    # once stored, the cell opens with the stored value again
    editor.view.edit(index)
    assert _open_line_editor(editor).text() == "设备故障诊断、厂区智能物流、无人智能巡检、机器视觉质检"


def test_a_refused_population_comes_back_in_the_number_field(qtbot, example_doc):
    editor = _editor(qtbot, example_doc, "cities")
    index = editor.proxy.index(0, _column(editor, "population"))
    assert editor.proxy.setData(index, "1008.5万万人", Qt.ItemDataRole.EditRole) is False
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    (quantity,) = [w for w in editor.view.findChildren(QuantityEditor) if w.isVisible()]
    assert quantity.number.text() == "1008.5万万人"


def test_the_cell_editor_shows_the_whole_date_in_a_narrow_column(qtbot, example_doc):
    """The date column is sized for its shown text; its editor cut 「2023年12月31日」 to 「023年12月31日」."""
    editor = _editor(qtbot, example_doc, "cities")
    column = _column(editor, "population_date")
    editor.view.setColumnWidth(column, 60)
    index = editor.view.model().index(0, column)
    editor.view.edit(index)
    line = _open_line_editor(editor)
    assert line.text() == "2023年12月31日"
    needed = line.fontMetrics().horizontalAdvance(line.text())
    assert line.width() > needed + 8 and line.cursorRect().right() <= line.width()
    assert line.geometry().left() == editor.view.visualRect(index).left()
