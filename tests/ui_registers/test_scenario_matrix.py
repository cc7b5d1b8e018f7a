"""The factories × scenarios check matrix."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import edits
from app.ui.registers import RegisterEditor
from app.ui.scenario_matrix import ScenarioMatrix, ScenarioMatrixModel

pytestmark = pytest.mark.gui


def test_factories_editor_has_the_matrix_tab(qtbot, example_doc):
    editor = RegisterEditor(example_doc, "factories")
    qtbot.addWidget(editor)
    assert editor.matrix is not None
    assert editor.tabs.count() == 2
    assert "具备10个以上典型应用场景的工厂：7 家（要求不少于5家）" in editor.matrix.footer.text()


def test_checking_ten_boxes_reaches_the_threshold(qtbot, empty_doc):
    record = edits.add_record(empty_doc.session, empty_doc.catalogue, "factories",
                              {"enterprise": "甲公司", "factory": "甲一厂"})
    matrix = ScenarioMatrix(empty_doc, "factories", "scenarios")
    qtbot.addWidget(matrix)
    matrix.resize(1100, 300)
    matrix.show()
    qtbot.waitExposed(matrix)
    model, view = matrix.model, matrix.view
    assert model.columnCount() == 2 + 20 + 1
    for column in range(model.FIRST, model.FIRST + 10):       # real clicks on the cells
        rect = view.visualRect(model.index(0, column))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    values = empty_doc.dossier.registers["factories"][0].values["scenarios"]
    assert len(values) == 10 and values == [s.id for s in model.scenarios[:10]]
    count = model.index(0, model.COUNT)
    assert count.data() == "10"
    assert count.data(Qt.ItemDataRole.BackgroundRole) is not None       # green at the threshold
    assert "1 家" in matrix.footer.text()
    empty_doc.session.undo()                                              # each click is one step
    assert count.data() == "9"
    assert count.data(Qt.ItemDataRole.BackgroundRole) is None
    for _ in range(9):
        empty_doc.session.undo()
    assert empty_doc.dossier.record("factories", record.id).values.get("scenarios") in (None, [])


def test_unlisted_and_duplicate_scenarios_stay_visible(qtbot, empty_doc):
    edits.add_record(empty_doc.session, empty_doc.catalogue, "factories", {
        "factory": "乙厂", "scenarios": ["machine_vision_inspection", "自研数字孪生", "machine_vision_inspection"]})
    model = ScenarioMatrixModel(empty_doc, "factories", "scenarios")
    other = model.index(0, model.other_column)
    assert "自研数字孪生" in other.data()
    assert "机器视觉质检（重复2次）" in other.data()
    assert not other.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.index(0, model.COUNT).data() == "1"
    # unchecking removes every copy of that scenario and keeps the unlisted one
    vision = model.FIRST + [s.id for s in model.scenarios].index("machine_vision_inspection")
    model.setData(model.index(0, vision), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert empty_doc.dossier.registers["factories"][0].values["scenarios"] == ["自研数字孪生"]


def test_headers_carry_full_names(qtbot, empty_doc):
    model = ScenarioMatrixModel(empty_doc, "factories", "scenarios")
    tip = model.headerData(model.FIRST + 9, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "生产现场监测" in tip and "生产智能监测" in tip


def test_the_matrix_count_is_the_rules_count(qtbot, empty_doc):
    """The footer shows what the starred condition counts: complete records only, the same factory once."""
    from app.models.rules import evaluate_conditions
    ten = [s.id for s in empty_doc.catalogue.scenario_lists["miit_typical"][:10]]
    for values in ({"enterprise": "甲公司", "factory": "一厂", "scenarios": ten},
                   {"enterprise": "甲 公司", "factory": "一厂 ", "scenarios": ten},          # the same factory again
                   {"factory": "无企业名的工厂", "scenarios": ten}):                          # incomplete
        edits.add_record(empty_doc.session, empty_doc.catalogue, "factories", values)
    matrix = ScenarioMatrix(empty_doc, "factories", "scenarios")
    qtbot.addWidget(matrix)
    rules = next(c for c in evaluate_conditions(empty_doc.dossier, empty_doc.catalogue)
                 if c.indicator_id == "application.innovation.scenarios")
    assert rules.measured == "1 家"
    assert matrix.model.qualifying() == 1 and "：1 家" in matrix.footer.text()
    counted = matrix.model.index(0, matrix.model.COUNT)
    repeat = matrix.model.index(1, matrix.model.COUNT)
    assert counted.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert repeat.data() == "10" and repeat.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "未计入" in repeat.data(Qt.ItemDataRole.ToolTipRole)
    edits.remove_records(empty_doc.session, empty_doc.catalogue, "factories",
                         [empty_doc.dossier.registers["factories"][0].id])
    assert "：1 家" in matrix.footer.text()          # the repeat now counts in its place
    assert matrix.model.index(0, matrix.model.COUNT).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_names_and_aliases_stored_by_older_versions_count_as_their_scenario(qtbot, empty_doc):
    names = [s.name for s in empty_doc.catalogue.scenario_lists["miit_typical"][:9]] + ["生产智能监测"]
    edits.add_record(empty_doc.session, empty_doc.catalogue, "factories",
                     {"enterprise": "乙公司", "factory": "乙厂", "scenarios": names})
    model = ScenarioMatrixModel(empty_doc, "factories", "scenarios")
    assert model.index(0, model.COUNT).data() == "10" and model.qualifying() == 1
    monitoring = model.FIRST + [s.id for s in model.scenarios].index("production_site_monitoring")
    assert model.index(0, monitoring).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(0, model.other_column).data() == ""
