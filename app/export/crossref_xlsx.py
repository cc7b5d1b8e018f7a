"""The 评审指标对照表 as an Excel workbook (openpyxl), set up to print as an official would print it.

Reviewers sort, filter and print; a spreadsheet lets them.  Sheet
「评审指标对照表」 lists the three levels of the 评审指标 (each first-level one
with its points, merged over its rows), the ★ marks, where the plan addresses
each indicator, the evidence numbers, and for the six starred conditions the
measured value and the verdict.  Sheet 「不可偏离条件」 gives the six conditions
with requirement, measured value, verdict and gap.

Both sheets: 宋体 headers and 仿宋 text (the names every Chinese Windows
has), thin borders on every cell, A4 landscape, fitted to the page width,
the header row repeated on every printed page, 「第 N 页 共 M 页」 in the
footer, frozen panes under the header and right of the indicator names.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.export.numbering import labels_by_indicator
from app.export.plan import PlanContext, cn, plan_title, signer
from app.export.typeset import cn_date

__all__ = ["COLUMNS", "CONDITION_COLUMNS", "crossref_workbook_bytes"]

COLUMNS = ["一级指标（分值）", "二级指标", "编号", "三级指标", "★", "方案对应章节", "证明材料",
           "不可偏离条件", "实测情况", "结论"]
_WIDTHS = [14, 16, 7, 34, 4, 13, 24, 34, 18, 8]
CONDITION_COLUMNS = ["编号", "指标", "不可偏离条件", "要求", "实测情况", "结论", "差距"]
_CONDITION_WIDTHS = [7, 26, 44, 18, 22, 8, 36]

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_FAIL_FILL = PatternFill("solid", fgColor="F8D7DA")
_HEADER_FONT = Font(name="宋体", size=11, bold=True)
_TITLE_FONT = Font(name="宋体", size=16, bold=True)
_TEXT_FONT = Font(name="仿宋", size=11)
_STAR_FONT = Font(name="宋体", size=11, bold=True)
_WRAP = Alignment(vertical="center", wrap_text=True)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADER_ROW = 3  # title, a line of who and when, then the header


def crossref_workbook_bytes(ctx: PlanContext, *, today=None) -> bytes:
    """The workbook as bytes; *today* is the date of the version exported (printed under the title)."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "评审指标对照表"
    when = cn_date(today) if today else ""
    subtitle = f"申报单位：{signer(ctx.dossier)}" + (f"　　日期：{when}" if when else "")
    _head(sheet, f"{plan_title(ctx.dossier)}评审指标对照表", subtitle, COLUMNS, _WIDTHS)
    _indicator_rows(sheet, ctx)
    _print_setup(sheet, COLUMNS, freeze="E4", filter_rows=False)  # merged levels: a filter would hide rows

    starred = wb.create_sheet("不可偏离条件")
    _head(starred, f"{ctx.dossier.display_name()}不可偏离条件达标情况", subtitle, CONDITION_COLUMNS,
          _CONDITION_WIDTHS)
    codes = {ind.id: ind.code for ind in ctx.catalogue.indicators()}
    for c in ctx.evaluation.conditions:
        row = [codes.get(c.indicator_id, ""), c.name, c.condition, c.threshold, c.measured,
               "满足" if c.passed else "不满足", "" if c.passed else c.gap]
        starred.append(row)
        r = starred.max_row
        for col, cell in enumerate(starred[r], start=1):
            _body(cell, centre=col in (1, 6))
        if not c.passed:
            starred.cell(row=r, column=6).fill = _FAIL_FILL
    _print_setup(starred, CONDITION_COLUMNS, freeze="C4", filter_rows=True)

    wb.properties.title = "评审指标对照表"
    wb.properties.subject = ctx.catalogue.title
    wb.properties.creator = signer(ctx.dossier)
    wb.properties.language = "zh-CN"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _head(sheet: Worksheet, title: str, subtitle: str, columns: list[str], widths: list[int]) -> None:
    last = get_column_letter(len(columns))
    sheet.append([title])
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"].font, sheet["A1"].alignment = _TITLE_FONT, _CENTRE
    sheet.row_dimensions[1].height = 30
    sheet.append([subtitle])
    sheet.merge_cells(f"A2:{last}2")
    sheet["A2"].font, sheet["A2"].alignment = _TEXT_FONT, Alignment(horizontal="right", vertical="center")
    sheet.append(columns)
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill, cell.alignment, cell.border = _HEADER_FONT, _HEADER_FILL, _CENTRE, _BORDER
    sheet.row_dimensions[HEADER_ROW].height = 30
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _body(cell, *, centre: bool = False) -> None:
    cell.font, cell.border = _TEXT_FONT, _BORDER
    cell.alignment = _CENTRE if centre else _WRAP


def _indicator_rows(sheet: Worksheet, ctx: PlanContext) -> None:
    cites = labels_by_indicator(ctx.evidence)
    conditions = {c.indicator_id: c for c in ctx.evaluation.conditions}
    total = 0
    for s_index, section in enumerate(ctx.catalogue.sections, start=1):
        total += section.points
        section_start = sheet.max_row + 1
        for group in section.groups:
            group_start = sheet.max_row + 1
            for ind in group.indicators:
                i_index = section.indicators.index(ind) + 1
                c = conditions.get(ind.id)
                sheet.append([f"{section.name}（{section.points}分）", group.name, ind.code, ind.name,
                              "★" if ind.starred else "", f"二、（{cn(s_index)}）{i_index}.",
                              "、".join(cites.get(ind.id, [])), ind.condition if ind.starred else "",
                              c.measured if c else "", ("满足" if c.passed else "不满足") if c else ""])
                r = sheet.max_row
                for col, cell in enumerate(sheet[r], start=1):
                    _body(cell, centre=col in (1, 2, 3, 5, 6, 10))
                sheet.cell(row=r, column=5).font = _STAR_FONT
                if c is not None and not c.passed:
                    sheet.cell(row=r, column=10).fill = _FAIL_FILL
            _merge(sheet, 2, group_start, sheet.max_row)
        _merge(sheet, 1, section_start, sheet.max_row)
    sheet.append([f"合计（{total}分）"] + [""] * (len(COLUMNS) - 1))
    r = sheet.max_row
    sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(COLUMNS))
    for cell in sheet[r]:
        cell.font, cell.border, cell.alignment = _HEADER_FONT, _BORDER, _WRAP


def _merge(sheet: Worksheet, column: int, first: int, last: int) -> None:
    if last > first:
        sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)


def _print_setup(sheet: Worksheet, columns: list[str], *, freeze: str, filter_rows: bool) -> None:
    sheet.freeze_panes = freeze
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{get_column_letter(len(columns))}{sheet.max_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"
    sheet.oddFooter.center.font = "宋体"
    if filter_rows:
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(columns))}{sheet.max_row}"
