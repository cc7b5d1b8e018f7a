"""Column widths and alignments of a table, from its content — the same for the PDF and the Word document.

A register table mixes short columns (序号, 所在城市) with long ones (企业名称,
典型应用场景); equal or fixed proportions make a factory with fourteen
scenarios ten to fifteen lines tall, or wrap a header over five lines.  Here:

* every column is at least as wide as its header set in two lines, its
  longest unbreakable piece (a number with its unit, a Latin word), and, for a
  column of numbers or of short codes (附件12, a city), its widest cell (they
  never wrap);
* then the smallest *L* is sought such that, with every text column wide
  enough to hold its longest cell in *L* lines, the columns fit the type
  block — the tallest row is as short as the page allows;
* what width is left goes to the columns holding the most text.

Widths are computed in em (:func:`app.export.typeset.text_em`), independent of
the fonts, so both writers get the same proportions.  A table with explicit
``col_widths`` keeps them.  Numbers are right-aligned: a column whose
non-empty cells are all numbers (``1,234``, ``30.5``, ``12%``), unless the
table says otherwise.
"""

from __future__ import annotations

import re

from app.export.document import Align, Table
from app.export.typeset import atoms, header_em, header_two_line_em, text_em

__all__ = ["column_alignments", "column_widths", "is_number"]

_NUMBER = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?%?|[-+−]?\.\d+")
_PLACEHOLDERS = {"", "—", "-", "/", "（无）", "（未填写）", "无"}
_SAMPLE = 400  # rows measured for the minimum widths of a long table (plus its longest cells)
_MAX_LINES = 80
_SHORT = 4.5  # em: a column whose cells are all this short never wraps (序号, 编号, a city)
_LONGEST_PIECE = 8.0  # em: a longer unbreakable piece (a URL, a file name) is cut rather than widening its column


def is_number(text: str) -> bool:
    """True for a plain number as the tables print them: 1,234 / 30.50 / −3 / 12%."""
    return bool(_NUMBER.fullmatch(text.strip()))


def column_alignments(table: Table) -> list[Align]:
    """Each column's data alignment: the table's own, else right for columns of numbers, left otherwise."""
    if table.align is not None:
        return list(table.align)
    out: list[Align] = []
    for c in range(len(table.columns)):
        values = [row[c].strip() for r, row in enumerate(table.rows)
                  if (r, c) not in table.flagged_cells and row[c].strip() not in _PLACEHOLDERS]
        out.append("right" if values and all(is_number(v) for v in values) else "left")
    return out


def _sample(rows: list[list[str]]) -> list[list[str]]:
    if len(rows) <= _SAMPLE:
        return rows
    step = len(rows) / _SAMPLE
    return [rows[int(i * step)] for i in range(_SAMPLE)]


def column_widths(table: Table, total_em: float, *, pad_em: float, header_scale: float = 1.0) -> list[float]:
    """Relative column widths (fractions summing to 1) for a table *total_em* wide.

    *pad_em* is a cell's left plus right padding; *header_scale* the header
    font size relative to the cells'.  Headers stay on one line where that
    costs no row a line more; otherwise they take two.  Width left over goes
    first to short columns that then need no wrapping at all, the rest to the
    columns by the amount of text they hold.
    """
    if table.col_widths is not None:
        return table.relative_widths()
    # Both writers ask for the same widths: computed once per table (a table is not changed while written).
    memo = table.__dict__.setdefault("_pz_widths", {})
    key = (round(total_em, 6), round(pad_em, 6), header_scale, len(table.rows), len(table.columns))
    if key not in memo:
        memo[key] = _column_widths(table, total_em, pad_em, header_scale)
    return list(memo[key])


def _column_widths(table: Table, total_em: float, pad_em: float, header_scale: float) -> list[float]:
    n = len(table.columns)
    numeric = [a == "right" for a in column_alignments(table)]
    texts = [[table.cell_text(r, c) for r in range(len(table.rows))] for c in range(n)]
    natural = [[text_em(t) for t in col] for col in texts]
    longest = [max(col, default=0.0) for col in natural]
    floors, one_line, volume = [], [], []
    for c in range(n):
        header = table.columns[c]
        floor = longest[c] if numeric[c] or longest[c] <= _SHORT else 1.0
        if floor < longest[c]:
            col = texts[c]
            top = sorted(range(len(col)), key=natural[c].__getitem__)[-20:]
            measured = _sample(col) if len(col) > _SAMPLE else col
            floor = max([floor] + [min(_LONGEST_PIECE, max((text_em(a) for a in atoms(t)), default=0.0))
                                   for t in list(measured) + [col[i] for i in top]])
        two = max(floor, header_two_line_em(header) * header_scale) + pad_em
        floors.append(two)
        # a header stays on one line if it is short or no wider than the column's content
        one = header_em(header) * header_scale
        one_line.append(max(floor, one) + pad_em if one <= max(4.0, longest[c]) else two)
        volume.append(0.0 if numeric[c] else sum(natural[c]))
    lines_two, widths_two = _fit(floors, longest, numeric, total_em, pad_em)
    lines_one, widths_one = _fit(one_line, longest, numeric, total_em, pad_em)
    widths = widths_one if lines_one <= lines_two else widths_two
    # Then, cheapest first, columns whose cells all fit on one line with a little more width get it.
    for c in sorted(range(n), key=lambda c: longest[c] + pad_em - widths[c]):
        cost = longest[c] + pad_em - widths[c]
        if 0 < cost <= total_em - sum(widths):
            widths[c] += cost
    extra = total_em - sum(widths)
    if extra > 0:
        weights = volume if sum(volume) > 0 else [1.0] * n
        total = sum(weights)
        widths = [w + extra * v / total for w, v in zip(widths, weights)]
    total = sum(widths)
    return [w / total for w in widths]


def _fit(floors: list[float], longest: list[float], numeric: list[bool], room: float,
         pad_em: float) -> tuple[int, list[float]]:
    """The fewest lines *L* the longest cell of every text column needs, and the widths giving it."""
    if sum(floors) >= room:
        return _MAX_LINES + 1, floors
    for lines in range(1, _MAX_LINES + 1):
        slack = 0.0 if lines == 1 else 1.0
        need = [f if num else max(f, top / lines + slack + pad_em) for f, top, num in zip(floors, longest, numeric)]
        if sum(need) <= room:
            return lines, need
    return _MAX_LINES + 1, floors
