"""Registers from spreadsheets: realistic files in, the preview's counts, one undo step, the round trip.

The spreadsheets are generated here (``benchmarks.spreadsheets``, seeded) the way districts send them:
an instructions sheet first, merged title and header cells, other column names in another order, blank
lines, mixed scenario separators, and planted problems whose number the generator reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.models.catalogue import load_catalogue
from app.models.dossier import Dossier
from app.models.exchange import load_json_file
from app.models.operations import Compound, DossierSession
from app.models.register_import import (
    ID_TARGET, build_preview, guess_header_row, guess_mapping, heading_key, import_operation, remember,
    write_skipped,
)
from app.models.register_io import ID_HEADING, SCENARIO_SHEET, SpreadsheetError, read_sheets, write_register
from benchmarks.spreadsheets import write_factory_workbook, write_policy_csv

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CAT = load_catalogue()


@pytest.fixture
def binjiang() -> Dossier:
    return load_json_file(EXAMPLES / "binjiang.json")


def preview_of(path: Path, register_id: str, dossier: Dossier, *, sheet: int | None = None,
               remembered: dict[str, str] | None = None):
    spec = CAT.register(register_id)
    grids = read_sheets(path)
    grid = grids[sheet if sheet is not None else -1]
    header = guess_header_row(grid, spec)
    mapping = guess_mapping(grid.rows[header], spec, remembered)
    return build_preview(grid, header, mapping, spec, CAT, dossier)


def test_a_messy_500_row_factory_workbook_is_read_as_a_person_reads_it(tmp_path, binjiang):
    existing = [(r.values["enterprise"], r.values["factory"]) for r in binjiang.registers["factories"]]
    path = tmp_path / "工厂名单.xlsx"
    planted = write_factory_workbook(path, 500, existing=existing)
    assert planted.invalid >= 10 and planted.duplicate >= 10 and planted.blank >= 5 and "sibling" in planted.lines

    grids = read_sheets(path)
    assert [g.name for g in grids] == ["填表说明", "工厂名单"]
    grid = grids[1]
    spec = CAT.register("factories")
    header = guess_header_row(grid, spec)
    assert header == 3                       # under the merged title, note and group heading rows
    assert grid.rows[header][:4] == ["序号", "单位名称", "所属行业", "工厂"]   # vertical merges filled in
    mapping = guess_mapping(grid.rows[header], spec)
    assert mapping == [None, "enterprise", "industry", "factory", "city", "scenarios", None]

    preview = build_preview(grid, header, mapping, spec, CAT, binjiang)
    counts = preview.counts()
    assert (counts["add"], counts["duplicate"], counts["invalid"]) == (planted.add, planted.duplicate, planted.invalid)
    assert counts["update"] == counts["unchanged"] == 0 and preview.blank == planted.blank
    by_line = {row.line: row for row in preview.rows}
    for line in planted.lines["unknown-scenario"]:
        assert by_line[line].status == "invalid" and "不在工业和信息化部已发布的典型应用场景目录中" in by_line[line].reason
    for line in planted.lines["no-enterprise"]:
        assert by_line[line].reason == "缺少“企业名称”"
    for line in planted.lines["duplicate-existing"]:
        assert by_line[line].status == "duplicate" and "已有的工厂" in by_line[line].reason
        assert by_line[line].record_id in {r.id for r in binjiang.registers["factories"]}
    for line in planted.lines["duplicate-row"]:
        assert by_line[line].status == "duplicate" and by_line[line].reason.startswith("与第")
    for line in planted.lines["sibling"]:    # the enterprise was merged over both rows: both rows carry it
        assert by_line[line].status == "add"
        assert by_line[line].values["enterprise"] == by_line[line - 1].values["enterprise"]
    scenario_counts = {len(row.values.get("scenarios", [])) for row in preview.rows if row.status == "add"}
    assert min(scenario_counts) >= 3     # every separator (、，, ; ； line break) and alias/id was understood


def test_valid_rows_are_one_undo_step(tmp_path, binjiang):
    path = tmp_path / "工厂名单.xlsx"
    planted = write_factory_workbook(path, 120)
    session = DossierSession(binjiang)
    before = [r.id for r in binjiang.registers["factories"]]
    preview = preview_of(path, "factories", binjiang)
    operation = import_operation(preview, CAT, binjiang)
    assert isinstance(operation, Compound) and "新增" in operation.description
    session.do(operation)
    assert len(binjiang.registers["factories"]) == len(before) + planted.add
    assert session.undo_text == operation.description
    session.undo()
    assert [r.id for r in binjiang.registers["factories"]] == before and not session.can_undo
    session.redo()
    assert len(binjiang.registers["factories"]) == len(before) + planted.add
    again = preview_of(path, "factories", binjiang)           # importing the same file twice adds nothing
    assert again.counts()["add"] == 0 and again.counts()["duplicate"] == planted.add + planted.duplicate


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_policy_csv_in_either_encoding(tmp_path, encoding):
    path = tmp_path / "政策文件.csv"
    planted = write_policy_csv(path, 500, encoding=encoding)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")
    dossier = Dossier()
    preview = preview_of(path, "policies", dossier)
    assert preview.mapping == [None, "title", "doc_number", "issuer", "date", "special"]
    counts = preview.counts()
    assert (counts["add"], counts["duplicate"], counts["invalid"]) == (planted.add, planted.duplicate, planted.invalid)
    assert preview.blank == planted.blank
    by_line = {row.line: row for row in preview.rows}
    assert all("印发日期" in by_line[line].reason for line in planted.lines["bad-date"])
    assert all(by_line[line].reason == "缺少“发文机关”" for line in planted.lines["no-issuer"])
    assert all("文号相同" in by_line[line].reason for line in planted.lines["duplicate-number"])
    dates = {row.values["date"] for row in preview.rows if row.status == "add"}
    assert all(len(d) == 10 and d[4] == "-" for d in dates)      # 2024/3/1, 2024年3月1日, 2024.3.1 → ISO


def test_export_edit_in_excel_import_updates_instead_of_duplicating(tmp_path, binjiang):
    spec = CAT.register("factories")
    records = binjiang.registers["factories"]
    n = len(records)
    path = tmp_path / "工厂.xlsx"
    assert write_register(path, spec, CAT, records) == n
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    headings = [c.value for c in sheet[1]]
    assert headings[-1] == ID_HEADING and headings[0] == "企业名称*"
    scenario_col = headings.index("典型应用场景") + 1
    sheet.cell(2, scenario_col).value = "机器视觉质检、设备预测维护\n生产智能监测"      # edited in Excel
    sheet.cell(3, headings.index("所属行业") + 1).value = None                          # a cell cleared
    sheet.append(["滨江新建电子有限公司", "新建5G工厂", "电子信息", "滨江区", "协同研发设计；远程设备操控"])
    book.save(path)

    session = DossierSession(binjiang)
    preview = preview_of(path, "factories", binjiang, sheet=0)
    assert preview.mapping[-1] == ID_TARGET
    counts = preview.counts()
    assert (counts["update"], counts["add"], counts["duplicate"]) == (2, 1, 0)
    assert counts["unchanged"] == n - 2
    session.do(import_operation(preview, CAT, binjiang))
    assert len(records) == n + 1
    assert records[0].values["scenarios"] == ["machine_vision_inspection", "predictive_maintenance",
                                              "production_site_monitoring"]
    assert "industry" not in records[1].values
    session.undo()
    assert "industry" in records[1].values and len(records) == n


def test_blank_template_has_dropdowns_and_the_scenario_sheet(tmp_path):
    for register_id in CAT.registers:
        spec = CAT.register(register_id)
        path = tmp_path / f"{register_id}.xlsx"
        write_register(path, spec, CAT)
        book = load_workbook(path)
        sheet = book[book.sheetnames[0]]
        assert [c.value for c in sheet[1]][:-1] == [c.label + ("*" if c.required else "") for c in spec.columns]
        assert sheet.max_row == 1
        names = [row[1] for row in book[SCENARIO_SHEET].iter_rows(min_row=2, values_only=True)]
        assert len(names) == 20 and "生产现场监测" in names
        validations = {str(v.sqref).split(":")[0][0]: v for v in sheet.data_validations.dataValidation}
        for index, column in enumerate(spec.columns):
            letter = chr(65 + index)
            if column.type in ("choice", "boolean"):
                validation = validations[letter]
                assert validation.type == "list"
                sheet_name, cells = validation.formula1.split("!")
                allowed = [c.value for row in book[sheet_name.strip("'")][cells.replace("$", "")] for c in row]
                expected = ["是", "否"] if column.type == "boolean" else [c.name for c in CAT.choice_lists[column.list]]
                assert allowed == expected
            elif column.type == "scenario_set":
                assert validations[letter].formula1.startswith(f"'{SCENARIO_SHEET}'!")


def test_skipped_rows_report_can_be_corrected_and_imported_again(tmp_path):
    path = tmp_path / "政策.csv"
    planted = write_policy_csv(path, 200, encoding="utf-8")
    dossier = Dossier()
    preview = preview_of(path, "policies", dossier)
    DossierSession(dossier).do(import_operation(preview, CAT, dossier))     # the valid rows first
    report = tmp_path / "未导入.xlsx"
    assert write_skipped(report, preview, CAT.register("policies")) == planted.invalid + planted.duplicate
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("原表行号", "未导入原因") and rows[0][1] == "政策名称"
    assert all(row[-1] for row in rows[1:])
    for row in sheet.iter_rows(min_row=2):           # the user fixes dates and issuers in Excel
        if "日期" in row[-1].value:
            row[4].value = "2024-02-28"
        if "发文机关" in row[-1].value:
            row[3].value = "滨江市人民政府"
    sheet.parent.save(report)
    again = preview_of(report, "policies", dossier)
    assert again.mapping[-2:] == [None, None]
    counts = again.counts()
    assert (counts["add"], counts["duplicate"], counts["invalid"]) == (planted.invalid, planted.duplicate, 0)


def test_remembered_mapping_wins_and_a_column_is_taken_once():
    spec = CAT.register("factories")
    headings = ["序号", "企业", "公司名称", "厂名", "典型场景"]
    assert guess_mapping(headings, spec) == [None, "enterprise", None, None, "scenarios"]
    remembered = remember(headings, [None, None, "enterprise", "factory", "scenarios"])
    assert remembered[heading_key("厂名")] == "factory" and remembered[heading_key("企业")] == ""
    assert guess_mapping(headings, spec, remembered) == [None, None, "enterprise", "factory", "scenarios"]
    assert heading_key(" 企业名称（盖章）* ") == heading_key("企业名称")


def test_unreadable_files_are_refused_in_chinese(tmp_path):
    old = tmp_path / "旧表.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(SpreadsheetError, match="另存为”?.xlsx|另存为"):
        read_sheets(old)
    fake = tmp_path / "假的.xlsx"
    fake.write_bytes(b"not a workbook")
    with pytest.raises(SpreadsheetError, match="不是 Excel 工作簿"):
        read_sheets(fake)
    broken = tmp_path / "坏的.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 64)
    with pytest.raises(SpreadsheetError, match="无法作为 Excel 工作簿读取"):
        read_sheets(broken)


def test_excel_cell_types_become_the_text_people_see(tmp_path):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(["城市名称", "所属省份", "常住人口", "5G基站数（个）", "人口数据日期"])
    sheet.append(["滨江市", "浙江省", 1274.83, 35210.0, datetime(2024, 3, 1)])
    path = tmp_path / "城市.xlsx"
    book.save(path)
    preview = preview_of(path, "cities", Dossier())
    (row,) = preview.rows
    assert row.status == "add"
    assert row.values == {"name": "滨江市", "province": "浙江省", "population": {"value": "1274.83", "unit": "万人"},
                          "base_stations": 35210, "population_date": "2024-03-01"}


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    # Excel saves an encrypted .xlsx as an OLE compound file: it is an Excel workbook, only locked
    locked = tmp_path / "加密的工厂清单.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(SpreadsheetError) as err:
        read_sheets(locked)
    message = str(err.value)
    assert "不是 Excel 工作簿" not in message
    assert "密码" in message and "另存为" in message
