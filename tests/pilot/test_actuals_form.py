"""The values reached as a spreadsheet: a form written from the year's targets, filled in, read back."""

from __future__ import annotations

import pytest

from app.models import pilot, pilot_edits
from app.models.actuals_table import read_values, write_form
from app.models.register_io import SpreadsheetError
from tests.pilot.conftest import CAT


def test_a_filled_form_imports_as_one_undo_step(approved, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "填报表.xlsx"
    assert write_form(path, approved.dossier, CAT, 1) == 25          # every typed target (每万人… is computed)
    book = load_workbook(path)
    sheet = book.active
    headings = [c.value for c in sheet[1]]
    value_column = headings.index("实际完成值") + 1
    rows = list(sheet.iter_rows(min_row=2))
    rows[0][value_column - 1].value = "3"                           # by target id
    rows[1][value_column - 1].value = "五千"                         # not a number: skipped, said why
    rows[2][headings.index("目标编号（请勿修改）")].value = ""       # matched by code and target name instead
    rows[2][value_column - 1].value = "44.1"
    book.save(path)
    found = read_values(path, approved.dossier, CAT, 1)
    assert [(i, t) for i, t, _ in found.values] == [("policy.special.special_policies", "new_policies"),
                                                    ("policy.finance.products_and_funds", "financing_amount")]
    assert found.skipped == [(3, "“专项资金投入”：“五千”不是有效的数字")]
    assert pilot_edits.import_actuals(approved.session, CAT, 1, found.values) == 2
    assert pilot.actual(approved.dossier, 1, "policy.finance.products_and_funds", "financing_amount").source == "imported"
    approved.session.undo()                                          # the whole import is one step
    assert pilot.actual(approved.dossier, 1, "policy.special.special_policies", "new_policies") is None


def test_csv_from_excel_and_unknown_rows(approved, tmp_path):
    path = tmp_path / "填报.csv"
    path.write_bytes("指标编号,目标项,实际完成值\n1.2.1,专项资金投入,5600\n9.9.9,不存在的目标,1\n".encode("gb18030"))
    found = read_values(path, approved.dossier, CAT, 1)
    assert found.values == [("policy.funding.special_funds", "special_funds", "5600")]
    assert found.skipped == [(3, "无法确定是哪一项目标（9.9.9 不存在的目标）")]
    (tmp_path / "other.csv").write_text("名称,数量\n甲,1\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="实际完成值"):
        read_values(tmp_path / "other.csv", approved.dossier, CAT, 1)


def test_the_notes_written_in_the_form_are_imported_with_the_values(approved, tmp_path):
    """The form has a 备注 column beside the value: what a department writes there reaches the report (it was
    silently dropped), in the same undo step; a note without a value is kept too, the value left as it was."""
    from openpyxl import load_workbook

    pilot_edits.set_actual(approved.session, CAT, 1, "policy.funding.special_funds", "special_funds", value="5000")
    path = tmp_path / "填报表.xlsx"
    write_form(path, approved.dossier, CAT, 1)
    book = load_workbook(path)
    sheet = book.active
    headings = [c.value for c in sheet[1]]
    value, note = headings.index("实际完成值"), headings.index("备注")
    rows = list(sheet.iter_rows(min_row=2))
    rows[0][value].value, rows[0][note].value = "2", "市政府常务会议审议通过"
    rows[1][note].value = "含区级配套资金 600 万元"                   # the value (5000) stays as it was
    book.save(path)
    found = read_values(path, approved.dossier, CAT, 1)
    assert pilot_edits.import_actuals(approved.session, CAT, 1, found.values, notes=found.notes) == 2
    policies = pilot.actual(approved.dossier, 1, "policy.special.special_policies", "new_policies")
    assert (policies.value, policies.note) == ("2", "市政府常务会议审议通过")
    funds = pilot.actual(approved.dossier, 1, "policy.funding.special_funds", "special_funds")
    assert (funds.value, funds.note) == ("5000", "含区级配套资金 600 万元")
    approved.session.undo()
    assert pilot.actual(approved.dossier, 1, "policy.funding.special_funds", "special_funds").note == ""
    assert pilot.actual(approved.dossier, 1, "policy.special.special_policies", "new_policies") is None
