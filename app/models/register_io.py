"""Registers as spreadsheets: read .xlsx / .csv into text grids, write registers, templates and reports as .xlsx.

The lists behind the starred conditions (factories, policy documents, 5G工厂 projects, titles) are collected
from districts and enterprises as spreadsheets.  This module is the file side of that traffic, plain Python
over openpyxl:

* ``read_sheets`` turns a workbook (every sheet) or a CSV file into ``Grid``s of cell *text*, as a person
  reads them: merged cells carry their value into every cell they cover (a merged header, an enterprise
  merged down over its factories), Excel dates become ``YYYY-MM-DD``, numbers lose binary noise.  CSV is
  UTF-8 (with or without BOM) or GB18030 — what Excel and WPS write on Chinese Windows — told apart by
  decoding, not guessed.
* ``write_register`` writes a register in the layout the importer reads back (the column labels as
  headings, values as the editors show them, the record id in a last grey column so a re-import updates
  instead of duplicating), with drop-down lists (data validation) for choice and yes/no columns and a sheet
  listing the typical scenarios; with no records it is the blank template.
* ``write_rows`` writes a plain table (the skipped-rows report).

Interpreting the cells (which column is which, what is valid) is ``register_import``'s job.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, Sequence

from app.errors import UserFacingError
from app.files import atomic_write_bytes
from app.models.catalogue import Catalogue, ColumnSpec, RegisterSpec
from app.models.dossier import Record
from app.models.values import format_cell

ID_HEADING = "记录编号"
ID_NOTE = "（导入时据此更新原记录，请勿修改）"
SCENARIO_SHEET = "典型应用场景"
LISTS_SHEET = "可选值"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_FILL = "DDEBF7"
_ID_FILL = "EEEEEE"


class SpreadsheetError(UserFacingError):
    """A spreadsheet that cannot be read or written; the message says which and why, in Chinese."""


@dataclass
class Grid:
    """One sheet as rows of cell text ("" for empty); ``rows[0]`` is the sheet's first row."""

    name: str
    rows: list[list[str]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


# -- reading --------------------------------------------------------------------------------------------
def read_sheets(path: Path | str) -> list[Grid]:
    """Every sheet of an .xlsx workbook, or the one table of a .csv file (SpreadsheetError when unreadable)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SpreadsheetError(f"“{path.name}”是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中“另存为”.xlsx 后再导入。")
    try:
        data = path.read_bytes()
    except OSError as exc:
        from app.errors import describe_os_error
        raise SpreadsheetError(f"无法读取“{path.name}”：{describe_os_error(exc)}") from None
    if suffix in (".csv", ".txt"):
        return [Grid(path.stem, parse_csv(decode_text(data, path.name)))]
    if data[:8] == _OLE_SIGNATURE:        # an .xlsx with a password to open is an encrypted OLE file (or a renamed .xls)
        raise SpreadsheetError(f"“{path.name}”受密码保护（或是改了扩展名的旧版 .xls 文件），无法读取。请在 Excel 或 WPS 中"
                               "打开它，取消打开密码后另存为 .xlsx 再导入。")
    if data[:4] != b"PK\x03\x04":
        raise SpreadsheetError(f"“{path.name}”不是 Excel 工作簿（.xlsx），也不是 CSV 文件，无法导入。")
    return _read_workbook(data, path.name)


def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else GB18030; a file valid in none of them is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise SpreadsheetError(f"“{name}”的文字编码无法识别（应为 UTF-8 或 GB18030/GBK），"
                               "请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后再导入。") from None


def parse_csv(text: str) -> list[list[str]]:
    """Rows of a CSV text; the separator (comma, tab or semicolon) is the one the first lines use."""
    sample = "\n".join(text.splitlines()[:20])
    counts = {sep: sample.count(sep) for sep in (",", "\t", ";", "，")}
    sep = max(counts, key=lambda s: counts[s]) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    return [[cell.strip() for cell in row] for row in reader]


def _read_workbook(data: bytes, name: str) -> list[Grid]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SpreadsheetError(f"“{name}”无法作为 Excel 工作簿读取（{type(exc).__name__}），"
                               "文件可能已损坏或受密码保护。") from None
    grids = []
    for sheet in book.worksheets:
        rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:     # the value of a merged range is in its top-left cell
            top, left = merged.min_row - 1, merged.min_col - 1
            if top >= len(rows):
                continue
            value = rows[top][left] if left < len(rows[top]) else ""
            for r in range(top, min(merged.max_row, len(rows))):
                row = rows[r]
                row.extend([""] * (merged.max_col - len(row)))
                for c in range(left, merged.max_col):
                    row[c] = value
        while rows and not any(rows[-1]):
            rows.pop()
        grids.append(Grid(sheet.title, rows))
    return grids


def cell_text(value: Any) -> str:
    """A cell as a person reads it: dates as YYYY-MM-DD, 1274.83 (not 1274.8299999999999), 是/否."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        text = format(value, ".15g")       # what Excel shows: 15 significant digits
        return text if "e" not in text else format(Decimal(text), "f")
    return str(value).strip()


# -- writing --------------------------------------------------------------------------------------------
def sheet_title(text: str) -> str:
    """A valid worksheet title (≤ 31 characters, none of []:*?/\\)."""
    cleaned = "".join("_" if ch in '[]:*?/\\' else ch for ch in text).strip("'")
    return cleaned[:31] or "Sheet"


def write_register(dest: Path | str, spec: RegisterSpec, catalogue: Catalogue, records: Sequence[Record] = ()) -> int:
    """Write ``records`` of a register (none: the blank template) as .xlsx; returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(spec.name)
    headings = [heading_for(c) for c in spec.columns] + [ID_HEADING]
    sheet.append(headings)
    bold = Font(bold=True)
    for index, cell in enumerate(sheet[1]):
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=_ID_FILL if index == len(spec.columns) else _HEADER_FILL)
    sheet.cell(1, len(headings)).comment = Comment(ID_HEADING + ID_NOTE + "。新增的行此列留空。", "pilotzone")
    for record in records:
        row: list[Any] = [_export_value(c, record.values.get(c.id), catalogue) for c in spec.columns]
        sheet.append([*row, record.id])
    grey = Font(color="888888")
    for (cell,) in sheet.iter_rows(min_row=2, min_col=len(headings), max_col=len(headings)):
        cell.font = grey
    for index, column in enumerate(spec.columns, start=1):
        letter = sheet.cell(1, index).column_letter
        sheet.column_dimensions[letter].width = 40 if column.type == "scenario_set" else 18
    sheet.column_dimensions[sheet.cell(1, len(headings)).column_letter].width = 34
    sheet.freeze_panes = "A2"
    _add_validation(book, sheet, spec, catalogue, last_row=max(len(records) + 1, 1000))
    _write_book(book, dest)
    return len(records)


def heading_for(column: ColumnSpec) -> str:
    """The heading of a column in exported sheets: its label, * when required (the importer ignores the *)."""
    return column.label + ("*" if column.required else "")


def _export_value(column: ColumnSpec, value: Any, catalogue: Catalogue) -> Any:
    if value is None:
        return None
    if column.type == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value                      # a number Excel can sum; decimals stay text: exact as entered
    if column.type == "scenario_set" and isinstance(value, list):
        names = {s.id: s.name for s in catalogue.scenario_lists[column.list or ""]}
        return "、".join(names.get(v, v) for v in value)
    return format_cell(column, value, catalogue) or None


def _add_validation(book: Any, sheet: Any, spec: RegisterSpec, catalogue: Catalogue, *, last_row: int) -> None:
    """Drop-down lists for choice, yes/no and scenario columns; whole numbers within range for integers.

    Every workbook also carries the sheet of typical scenarios, for reference while filling in."""
    from openpyxl.worksheet.datavalidation import DataValidation

    scenario_list = next((c.list for c in spec.columns if c.type == "scenario_set" and c.list),
                         next(iter(catalogue.scenario_lists), ""))
    scenario_range = _write_scenarios(book, catalogue, scenario_list) if scenario_list else ""
    lists = book.create_sheet(LISTS_SHEET)
    lists_used = 0
    for index, column in enumerate(spec.columns, start=1):
        letter = sheet.cell(1, index).column_letter
        validation = None
        if column.type in ("choice", "boolean"):
            names = [c.name for c in catalogue.choice_lists[column.list or ""]] if column.type == "choice" else ["是", "否"]
            lists_used += 1
            col = lists.cell(1, lists_used).column_letter
            lists.cell(1, lists_used, column.label)
            for row, name in enumerate(names, start=2):
                lists.cell(row, lists_used, name)
            validation = DataValidation(type="list", formula1=f"'{LISTS_SHEET}'!${col}$2:${col}${len(names) + 1}",
                                        allow_blank=True, showErrorMessage=True, errorTitle=column.label,
                                        error=f"请从下拉列表中选择{column.label}")
        elif column.type == "scenario_set" and scenario_range:
            # one scenario from the list, or several separated by 、: the list helps but does not forbid
            validation = DataValidation(type="list", formula1=scenario_range, allow_blank=True,
                                        showErrorMessage=False, showInputMessage=True, promptTitle=column.label,
                                        prompt="可从列表选择一个场景；多个场景用“、”分隔")
        elif column.type == "integer" and (column.min is not None or column.max is not None):
            validation = DataValidation(type="whole", operator="between", formula1=column.min or "-999999999",
                                        formula2=column.max or "999999999999", allow_blank=True,
                                        showErrorMessage=True, errorTitle=column.label,
                                        error=f"{column.label}应为整数")
        if validation is not None:
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}{last_row}")
    if lists_used:
        lists.sheet_state = "hidden"
    else:
        book.remove(lists)


def _write_scenarios(book: Any, catalogue: Catalogue, list_id: str) -> str:
    """The sheet listing the typical scenarios (序号, 名称, 也称, 批次, 编号); returns the names' range."""
    from openpyxl.styles import Font

    sheet = book.create_sheet(SCENARIO_SHEET)
    sheet.append(["序号", "场景名称", "也称", "批次", "编号"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    scenarios = catalogue.scenario_lists[list_id]
    for number, scenario in enumerate(scenarios, start=1):
        sheet.append([number, scenario.name, "、".join(scenario.aliases),
                      f"第{scenario.batch}批" if scenario.batch else "", scenario.id])
    for letter, width in (("A", 6), ("B", 18), ("C", 16), ("D", 8), ("E", 30)):
        sheet.column_dimensions[letter].width = width
    return f"'{SCENARIO_SHEET}'!$B$2:$B${len(scenarios) + 1}"


def write_rows(dest: Path | str, title: str, headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain one-sheet table with bold headings (e.g. the rows an import skipped, with the reason)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(title)
    sheet.append(list(headings))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    _write_book(book, dest)


def _write_book(book: Any, dest: Path | str) -> None:
    buffer = io.BytesIO()
    book.save(buffer)
    try:
        atomic_write_bytes(Path(dest), buffer.getvalue())
    except OSError as exc:
        from app.errors import describe_os_error
        raise SpreadsheetError(f"无法写入“{Path(dest).name}”：{describe_os_error(exc)}") from None
