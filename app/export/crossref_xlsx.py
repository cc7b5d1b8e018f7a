"""The 评审指标对照表 as an Excel workbook (openpyxl).

Reviewers sort and filter; a spreadsheet lets them.  Sheet 1 lists every
indicator with the plan section that addresses it and the evidence numbers;
sheet 2 the six starred conditions with measured value, threshold and verdict.
"""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.export.plan import CROSSREF_COLUMNS, PlanContext, crossref_rows

_HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
_FAIL_FILL = PatternFill("solid", fgColor="F8D7DA")


def crossref_workbook_bytes(ctx: PlanContext) -> bytes:
    wb = Workbook()
    sheet = wb.active
    sheet.title = "评审指标对照表"
    _write(sheet, CROSSREF_COLUMNS, crossref_rows(ctx), [8, 60, 16, 24, 30])
    starred = wb.create_sheet("不可偏离条件")
    rows = [[c.name, c.condition, c.measured, c.threshold, "满足" if c.passed else "不满足", c.gap]
            for c in ctx.evaluation.conditions]
    _write(starred, ["指标", "不可偏离条件", "实测", "要求", "结论", "差距"], rows, [36, 50, 30, 26, 8, 40])
    for r, c in enumerate(ctx.evaluation.conditions, start=2):
        if not c.passed:
            starred.cell(row=r, column=5).fill = _FAIL_FILL
    wb.properties.title = "评审指标对照表"
    wb.properties.creator = "先导区申报助手"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _write(sheet, columns: list[str], rows: list[list[str]], widths: list[int]) -> None:
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in rows:
        sheet.append(row)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
