"""The values reached in a pilot year, as a spreadsheet to fill in and read back.

The figures of an annual report are collected from the districts and
departments that hold them; ``write_form`` writes the year's targets as an
.xlsx form (indicator code, target, unit, the year's target, the value
reached so far, a note, and a last grey column with the target's id), and
``read_values`` reads a filled form — .xlsx or CSV, through the register
spreadsheets' reader (``app.models.register_io``) — back into (indicator,
target, value) triples for ``pilot_edits.import_actuals``, with the note written
beside each value (the 备注 column: a blank note clears the note, a note
without a value is taken without touching the value).  A row is matched
by its target id, else by indicator code and target name; a row it cannot
match or whose value is not a number is skipped and reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.models.catalogue import Catalogue, normalise_name
from app.models.completion import year_rows
from app.models.dossier import Dossier
from app.models.numbers import NumberError, canonical
from app.models.register_io import SpreadsheetError, read_sheets, write_rows
from app.models.refusal_words import refusal
from app.translatable import catalogue_name

HEADINGS = ("指标编号", "指标", "目标项", "单位", "年度目标", "实际完成值", "备注", "目标编号（请勿修改）")
VALUE, NOTE, CODE, TARGET, ID = "实际完成值", "备注", "指标编号", "目标项", "目标编号"


def write_form(dest: Path | str, dossier: Dossier, catalogue: Catalogue, year: int) -> int:
    """The year's targets as a form to fill in; returns the number of rows."""
    rows = []
    for row in year_rows(dossier, catalogue, year):
        if row.target.derived:
            continue
        rows.append([row.indicator.code, row.indicator.name, row.target.label, row.target.unit, row.planned,
                     row.actual.value if row.actual and row.actual.value else "",
                     row.actual.note if row.actual else "", f"{row.indicator.id}/{row.target.id}"])
    write_rows(dest, f"第{year}年实际完成值", HEADINGS, rows)
    return len(rows)


@dataclass
class ReadValues:
    values: list[tuple[str, str, str]] = field(default_factory=list)    # (indicator id, target id, value)
    notes: list[tuple[str, str, str]] = field(default_factory=list)     # (indicator id, target id, note)
    skipped: list[tuple[int, str]] = field(default_factory=list)        # (row number, reason: a Chinese phrase)


def read_values(path: Path | str, dossier: Dossier, catalogue: Catalogue, year: int) -> ReadValues:
    grid = read_sheets(path)[0]
    header_row = next((i for i, row in enumerate(grid.rows) if any(VALUE in cell for cell in row)), None)
    if header_row is None:
        raise SpreadsheetError(f"“{Path(path).name}”中没有“{VALUE}”这一列：请使用“导出填报表”生成的表格填写。")
    header = grid.rows[header_row]

    def column(name: str) -> int | None:
        return next((i for i, cell in enumerate(header) if name in cell), None)

    at = {name: column(name) for name in (VALUE, NOTE, CODE, TARGET, ID)}
    targets = {(ind.id, spec.id): (ind, spec) for ind in catalogue.indicators() for spec in ind.targets
               if not spec.derived}
    by_name = {(ind.code, normalise_name(spec.label)): key for key, (ind, spec) in targets.items()}
    wanted = {(r.indicator.id, r.target.id) for r in year_rows(dossier, catalogue, year)}
    out = ReadValues()
    for number, row in enumerate(grid.rows[header_row + 1:], start=header_row + 2):
        def cell(name: str) -> str:
            index = at[name]
            return row[index].strip() if index is not None and index < len(row) else ""

        text, note = cell(VALUE), cell(NOTE)
        if not text and not note:
            continue
        key = tuple(cell(ID).split("/", 1)) if "/" in cell(ID) else by_name.get((cell(CODE), normalise_name(cell(TARGET))))
        if key not in targets:
            out.skipped.append((number, refusal("which_target", code=cell(CODE), target=cell(TARGET))))
            continue
        if key not in wanted:
            out.skipped.append((number, refusal("no_such_target", year=year, label=catalogue_name(targets[key][1].label))))
            continue
        if text:
            try:
                canonical(text)
            except NumberError as exc:
                out.skipped.append((number, refusal("target_value", label=catalogue_name(targets[key][1].label),
                                                    problem=exc.args[0])))
                continue
            out.values.append((key[0], key[1], text))
        if at[NOTE] is not None:
            out.notes.append((key[0], key[1], note))
    return out
