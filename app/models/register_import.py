"""Importing a register from a spreadsheet: which column is which, and what each row would do.

A sheet from a district or an enterprise has its own headings, order, title rows and blank lines.  This
module, plain Python, decides:

* ``guess_header_row`` — the row whose cells name most of the register's columns;
* ``guess_mapping`` — for every sheet column, the register column it holds: from headings remembered for
  this register, then the column's label, id and synonyms (catalogue data: 企业名称 = 单位名称 = 企业 …);
  ``ID_TARGET`` is the record-id column of an exported sheet;
* ``build_preview`` — row by row: *add*, *update* (a row of an exported sheet whose record still exists and
  whose values changed), *unchanged*, *duplicate* (the same thing as an existing record or an earlier row,
  by the identity rules of ``app.models.identity``), *invalid* with the reasons (unknown scenario, bad date,
  missing required value …); blank rows are counted and ignored;
* ``import_operation`` — the valid rows as ONE ``Compound`` (one undo step) for ``DossierSession.do``;
* ``write_skipped`` — the skipped rows with their original cells and the reason, as .xlsx, so they can be
  corrected and imported again with the same mapping.

Every value goes through ``values.parse_cell``, the function typing and pasting use, so a cell means the same
whichever way it arrives (scenarios by name, alias or id through ``Catalogue.resolve_scenario``, separated by
、，, ; or line breaks; an entry not on the list is refused with the nearest listed names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from app.models.catalogue import Catalogue, RegisterSpec, normalise_name
from app.models.dossier import Dossier, Record, new_id
from app.models.edit_words import description, import_counts
from app.models.operations import Compound, InsertRecord, SetCell
from app.models.register_io import ID_HEADING, Grid, write_rows
from app.models.value_words import reasons, words
from app.models.values import is_blank, parse_cell, record_problems
from app.translatable import catalogue_name

ID_TARGET = "#id"          # mapping target of the record-id column
IGNORED_HEADINGS = ("序号", "编号", "No", "No.", "#")
HEADER_SCAN_ROWS = 20
STATUS_LABELS = {"add": "新增", "update": "更新", "unchanged": "无变化", "duplicate": "重复", "invalid": "无效"}


def heading_key(text: str) -> str:
    """A heading compared loosely: width, spaces, a trailing * or （单位）, quotes and 《》 do not matter."""
    text = normalise_name(text).rstrip("*＊")
    text = re.sub(r"[（(][^）)]*[）)]$", "", text) or text
    return re.sub(r"[“”\"'‘’《》]", "", text).lower()


def heading_index(spec: RegisterSpec) -> dict[str, str]:
    """Every known heading of the register (labels, ids, synonyms, 记录编号) → target."""
    index = {heading_key(ID_HEADING): ID_TARGET}
    for column in spec.columns:
        for heading in (*column.synonyms, column.id, column.label):   # the label wins a clash
            index[heading_key(heading)] = column.id
    return index


def guess_header_row(grid: Grid, spec: RegisterSpec) -> int:
    """The 0-based row (of the first ``HEADER_SCAN_ROWS``) naming most register columns; else the first non-blank."""
    index = heading_index(spec)
    best, best_hits = None, 0
    for number, row in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        hits = len({index[k] for k in (heading_key(c) for c in row if c) if k in index})
        if hits > best_hits:
            best, best_hits = number, hits
    if best is not None:
        return best
    return next((n for n, row in enumerate(grid.rows) if any(row)), 0)


def guess_mapping(headings: Sequence[str], spec: RegisterSpec,
                  remembered: Mapping[str, str] | None = None) -> list[str | None]:
    """For every sheet column, the register column id (or ``ID_TARGET``) it holds; None: not imported.

    ``remembered`` maps heading keys to what the user chose last time for this register ("" = not imported).
    A register column is taken by one sheet column only (the first that names it).
    """
    index = heading_index(spec)
    valid = {c.id for c in spec.columns} | {ID_TARGET}
    taken: set[str] = set()
    mapping: list[str | None] = []
    for heading in headings:
        key = heading_key(heading) if heading else ""
        target: str | None = None
        if key and remembered is not None and key in remembered:
            target = remembered[key] or None
        elif key:
            target = index.get(key)
        if target not in valid or target in taken:
            target = None
        if target:
            taken.add(target)
        mapping.append(target)
    return mapping


def remember(headings: Sequence[str], mapping: Sequence[str | None]) -> dict[str, str]:
    """What to store for next time: heading key → target ("" for a column chosen not to be imported)."""
    return {heading_key(h): (t or "") for h, t in zip(headings, mapping) if h and heading_key(h)}


@dataclass
class RowResult:
    line: int                                   # 1-based row number in the sheet, as Excel shows it
    status: str                                 # add | update | unchanged | duplicate | invalid
    cells: list[str]
    values: dict[str, Any] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    record_id: str = ""                         # update / unchanged / duplicate: the existing record
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)   # update: column → (old, new)

    @property
    def reason(self) -> str:
        return reasons(self.reasons)


@dataclass
class ImportPreview:
    register_id: str
    headings: list[str]
    mapping: list[str | None]
    rows: list[RowResult]
    blank: int = 0

    def counts(self) -> dict[str, int]:
        out = {status: 0 for status in STATUS_LABELS}
        for row in self.rows:
            out[row.status] += 1
        return out

    def to_apply(self) -> list[RowResult]:
        return [r for r in self.rows if r.status in ("add", "update")]

    def skipped(self) -> list[RowResult]:
        return [r for r in self.rows if r.status in ("duplicate", "invalid")]


def build_preview(grid: Grid, header_row: int, mapping: Sequence[str | None], spec: RegisterSpec,
                  catalogue: Catalogue, dossier: Dossier) -> ImportPreview:
    """What importing the rows below ``header_row`` with ``mapping`` would do, row by row (nothing changes)."""
    headings = grid.rows[header_row] if header_row < len(grid.rows) else []
    existing = dossier.registers.get(spec.id, [])
    by_id = {rec.id: rec for rec in existing}
    claimed: dict[str, int] = {}                      # existing record id → the row that updates it
    columns = {c.id: c for c in spec.columns}
    preview = ImportPreview(spec.id, list(headings), list(mapping), [])
    for offset, cells in enumerate(grid.rows[header_row + 1:], start=header_row + 2):
        mapped = [(t, cells[i] if i < len(cells) else "") for i, t in enumerate(mapping) if t]
        if not any(text.strip() for _, text in mapped):
            preview.blank += 1
            continue
        result = RowResult(offset, "add", list(cells))
        record_id = ""
        for target, text in mapped:
            if target == ID_TARGET:
                record_id = text.strip()
                continue
            column = columns[target]
            try:
                value = parse_cell(column, text, catalogue)
            except ValueError as exc:
                result.reasons.append(words("column_problem", label=catalogue_name(column.label),
                                            problem=exc.args[0] if exc.args else str(exc)))
                continue
            if not is_blank(value):
                result.values[target] = value
        target_record = by_id.get(record_id) if record_id else None
        if target_record is not None:                # a row of an exported sheet: update that record
            merged = dict(target_record.values)
            for target, _ in mapped:
                if target != ID_TARGET:
                    merged.pop(target, None)
            merged.update(result.values)
            result.values = merged
        if not result.reasons:
            result.reasons = record_problems(spec, Record(values=result.values), catalogue)
        if result.reasons:
            result.status = "invalid"
        elif target_record is not None:
            _classify_update(result, target_record, claimed)
        preview.rows.append(result)
    _mark_duplicates(preview, spec, existing)
    return preview


def _mark_duplicates(preview: ImportPreview, spec: RegisterSpec, existing: Sequence[Record]) -> None:
    """New rows that are the same thing as an existing record or an earlier new row (``identity``'s rule)."""
    from app.models.identity import find_duplicates, identity_columns_label

    rows = {f"#row{r.line}": r for r in preview.rows if r.status == "add"}
    items = [{"id": rec.id, **rec.values} for rec in existing]
    items += [{"id": key, **row.values} for key, row in rows.items()]
    records = {rec.id: rec for rec in existing}
    for group in find_duplicates(spec, items):
        first = group[0]
        first_values = records[first].values if first in records else rows[first].values
        what = (words("existing_record", record_name=catalogue_name(spec.record_name),
                      label=records[first].label() or first[:8]) if first in records
                else words("sheet_row", line=rows[first].line))
        for member in group[1:]:
            row = rows.get(member)
            if row is None:
                continue                              # two existing records: the register editor shows that
            same = identity_columns_label(spec, first_values, row.values)
            row.status = "duplicate"
            row.record_id = first if first in records else ""
            row.reasons = [words("duplicate_of_same", what=what, same=same) if same else words("duplicate_of", what=what)]


def _classify_update(result: RowResult, record: Record, claimed: dict[str, int]) -> None:
    result.record_id = record.id
    if record.id in claimed:
        result.status, result.reasons = "duplicate", [words("same_record_id", line=claimed[record.id])]
        return
    claimed[record.id] = result.line
    keys = set(record.values) | set(result.values)
    result.changes = {k: (record.values.get(k), result.values.get(k)) for k in sorted(keys)
                      if record.values.get(k) != result.values.get(k)}
    result.status = "update" if result.changes else "unchanged"


def import_operation(preview: ImportPreview, catalogue: Catalogue, dossier: Dossier) -> Compound | None:
    """The valid rows as one Compound: new records appended, changed cells of existing ones set."""
    records = dossier.registers.get(preview.register_id, [])
    ops: list[Any] = []
    added = updated = 0
    for row in preview.to_apply():
        if row.status == "add":
            ops.append(InsertRecord(preview.register_id, len(records) + added, Record(id=new_id(), values=dict(row.values))))
            added += 1
        else:
            for column, (old, new) in row.changes.items():
                ops.append(SetCell(preview.register_id, row.record_id, column, old, new))
            updated += 1
    if not ops:
        return None
    name = catalogue.register(preview.register_id).record_name
    return Compound(ops, description("import_records", name=catalogue_name(name), counts=import_counts(added, updated)))


def write_skipped(dest: Path | str, preview: ImportPreview, spec: RegisterSpec) -> int:
    """The skipped rows as .xlsx: the sheet's own headings and cells, plus the row number and the reason."""
    width = max([len(preview.headings), *(len(r.cells) for r in preview.skipped())], default=0)
    headings = [*(list(preview.headings) + [""] * width)[:width], "原表行号", "未导入原因"]
    rows = [[*(r.cells + [""] * width)[:width], r.line, str(r.reason)] for r in preview.skipped()]
    write_rows(dest, f"未导入的{spec.record_name}", headings, rows)
    return len(rows)
