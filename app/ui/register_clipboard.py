"""Excel paste and copy for the register editors: tab-separated text in and out.

``rows_from_tsv`` turns Excel's clipboard text into record values (an optional
header row maps columns by label; every cell goes through
``values.parse_cell`` and a refused cell is reported, never coerced);
``format_tsv`` writes a selection back as text Excel pastes cell by cell.
``show_paste_problems`` is the one dialog a refused paste shows.

Split out of ``app.ui.registers`` so the text format lives in one place and
can be tested without building an editor.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.models.catalogue import RegisterSpec, normalise_name
from app.models.values import is_blank, parse_cell
from app.ui.catalogue_text import catalogue_text, error_text


def show_paste_problems(parent: QWidget | None, problems: list[str]) -> None:
    """The one dialog a refused paste shows (tests replace this function)."""
    from PySide6.QtWidgets import QMessageBox   # a register editor is on the first frame; this dialog is not

    shown = problems[:15]
    more = len(problems) - len(shown)
    text = "\n".join(shown) + ("\n" + QObject.tr("……另有 {more} 处问题").format(more=more) if more > 0 else "")
    box = QMessageBox(QMessageBox.Icon.Warning, QObject.tr("粘贴未完成"),
                      QObject.tr("粘贴内容中有无法识别的单元格，未粘贴任何一行。请在 Excel 中改正后重新复制："),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(text)
    box.exec()


# -- Excel paste and copy (tab-separated text) ------------------------------------------------

def split_tsv(text: str) -> list[list[str]]:
    """Rows of cells from Excel's clipboard text (tabs, quoted cells with line breaks)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"), newline=""), delimiter="\t")
    rows = [row for row in reader]
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    return rows


def _label_key(text: str) -> str:
    text = normalise_name(text).rstrip("*")
    text = re.sub(r"[（(][^）)]*[）)]$", "", text)
    return re.sub(r"[“”\"'‘’《》]", "", text)


def rows_from_tsv(text: str, spec: RegisterSpec, catalogue: Any) -> tuple[list[dict[str, Any]], list[str], bool]:
    """Parse pasted rows: (values per row, problems, header skipped). Nothing is guessed or coerced."""
    rows = split_tsv(text)
    keys = {_label_key(c.label): i for i, c in enumerate(spec.columns)} | {c.id: i for i, c in enumerate(spec.columns)}
    mapping: list[int | None] = list(range(len(spec.columns)))
    header = False
    if rows:
        cells = [c for c in rows[0] if c.strip()]
        hits = [_label_key(c) in keys for c in rows[0]]
        if cells and sum(hits) * 2 >= len(cells):
            header = True
            mapping = [keys.get(_label_key(c)) if c.strip() else None for c in rows[0]]
    records: list[dict[str, Any]] = []
    problems: list[str] = []
    for line_no, row in enumerate(rows, start=1):
        if (header and line_no == 1) or not any(cell.strip() for cell in row):
            continue
        values: dict[str, Any] = {}
        for position, cell in enumerate(row):
            target = mapping[position] if position < len(mapping) else None
            if target is None:
                if cell.strip() and not header:
                    problems.append(QObject.tr("第{line}行第{col}列：多出的列（本登记表只有{n}列）").format(
                        line=line_no, col=position + 1, n=len(spec.columns)))
                continue
            column = spec.columns[target]
            try:
                value = parse_cell(column, cell, catalogue)
            except ValueError as exc:
                problems.append(QObject.tr("第{line}行“{label}”：{message}").format(
                    line=line_no, label=catalogue_text(column.label), message=error_text(exc)))
                continue
            if not is_blank(value):
                values[column.id] = value
        records.append(values)
    return records, problems, header


def _tsv_cell(text: str) -> str:
    if any(ch in text for ch in '\t\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def format_tsv(rows: list[list[str]]) -> str:
    return "".join("\t".join(_tsv_cell(c) for c in row) + "\n" for row in rows)
