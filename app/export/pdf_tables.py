"""Tables of the PDF writer: measured once, cut into page-sized reportlab tables, drawn as pre-broken strings.

One reportlab ``Table`` per register of hundreds of rows is split page by
page, and every split copies the remaining rows and all style commands
(quadratic in rows, in every ``multiBuild`` pass).  Here every cell is broken
into lines once (:func:`app.export.typeset.break_lines`, the same 禁则 as the
body text), every row height computed once, and each page gets its own small
``Table`` holding the header row (repeated, unless ``header_repeat`` is off)
and the rows that fit, with their heights given, so reportlab neither splits
nor re-measures anything.  Column widths and alignments come from
:mod:`app.export.tablelayout` (numbers right-aligned, widths from content).
The cells are strings drawn into one text object per table piece.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table as RLTable, TableStyle
from reportlab.platypus.tables import CellStyle

from .document import Table
from .pdf_text import TextBlock, measure
from .tablelayout import column_alignments, column_widths
from .typeset import PROTECTED_WORDS, break_balanced, break_header, break_lines

__all__ = ["CellFonts", "LongTable", "TableRows"]

PAD_L, PAD_R, PAD_T, PAD_B = 4, 4, 3, 4
_EPS = 1e-6
FLAG_TEXT = colors.HexColor("#C00000")
FLAG_FILL = colors.HexColor("#FFF2CC")
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
_HEADER_FILL = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))
_RL_ALIGN = {"left": "LEFT", "justify": "LEFT", "center": "CENTER", "right": "RIGHT"}
Row = list  # the cells of one row: strings holding their lines


class CellFonts:
    """Fonts, sizes and reportlab cell styles shared by every table of a document."""

    def __init__(self, cell_font: str, header_font: str, size: float = 10.5, leading: float = 15.0) -> None:
        self.cell_font, self.header_font, self.size, self.leading = cell_font, header_font, size, leading
        self._styles: dict[tuple[str, bool, bool], CellStyle] = {}

    def style(self, align: str, *, header: bool = False, flagged: bool = False) -> CellStyle:
        key = (align, header, flagged)
        cs = self._styles.get(key)
        if cs is None:
            cs = self._styles[key] = CellStyle(f"pz-{align}-{int(header)}{int(flagged)}")
            cs.fontname = self.header_font if header else self.cell_font
            cs.fontsize, cs.leading = self.size, self.leading
            cs.color = FLAG_TEXT if flagged else colors.black
            cs.alignment, cs.valign = _RL_ALIGN[align], "MIDDLE"
            cs.leftPadding, cs.rightPadding, cs.topPadding, cs.bottomPadding = PAD_L, PAD_R, PAD_T, PAD_B
        return cs


class TableRows:
    """The cells of one document :class:`Table`, broken into lines, with every row's height."""

    def __init__(self, t: Table, fonts: CellFonts, width: float) -> None:
        self.fonts, self.leading = fonts, fonts.leading
        fractions = column_widths(t, width / fonts.size, pad_em=(PAD_L + PAD_R) / fonts.size)
        self.col_widths = [width * f for f in fractions]
        room = [w - PAD_L - PAD_R for w in self.col_widths]
        cell_m, head_m = measure(fonts.cell_font, fonts.size), measure(fonts.header_font, fonts.size)
        self.header: Row = ["\n".join(_header_lines(text, head_m, room[c], fonts.size)) for c, text in enumerate(t.columns)]
        self.repeat_header = t.header_repeat
        self.flagged: dict[int, list[int]] = {}
        for r, c in sorted(t.flagged_cells):
            self.flagged.setdefault(r, []).append(c)
        self.rows: list[Row] = [["\n".join(break_lines(t.cell_text(r, c), cell_m, room[c])) for c in range(len(texts))]
                                for r, texts in enumerate(t.rows)]
        aligns = column_alignments(t)
        self.header_styles = [fonts.style("center", header=True)] * len(t.columns)
        self.cell_styles = [fonts.style(a) for a in aligns]
        self.flagged_styles = [fonts.style(a, flagged=True) for a in aligns]
        self._header_height = self.row_height(self.header)
        self._heights = [self.row_height(row) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def row_height(self, cells: Row) -> float:
        return self.leading * max(cell.count("\n") + 1 for cell in cells) + PAD_T + PAD_B

    def heights(self) -> list[float]:
        return self._heights

    def header_height(self, start: int) -> float:
        """Height of the header row above the piece beginning at data row *start* (0 if not shown)."""
        return self._header_height if start == 0 or self.repeat_header else 0.0

    def split_row(self, cells: Row, height: float) -> tuple[tuple[Row, float], tuple[Row, float]]:
        """Cut a row taller than a page: the lines within *height*, and the rest (each with its height)."""
        keep = max(1, int((height - PAD_T - PAD_B + _EPS) // self.leading))
        head = ["\n".join(cell.split("\n")[:keep]) for cell in cells]
        tail = ["\n".join(cell.split("\n")[keep:]) for cell in cells]
        return (head, self.row_height(head)), (tail, self.row_height(tail))

    def piece(self, start: int, cells: list[Row], heights: list[float]) -> RLTable:
        """A reportlab table of *cells* (data rows from row *start* on), under the header row when shown."""
        with_header = start == 0 or self.repeat_header
        offset = 1 if with_header else 0
        commands: list[tuple] = [_HEADER_FILL] if with_header else []
        styles = [self.header_styles] if with_header else []
        for i in range(len(cells)):
            flags = self.flagged.get(start + i)
            if not flags:
                styles.append(self.cell_styles)
                continue
            styles.append([self.flagged_styles[c] if c in flags else s for c, s in enumerate(self.cell_styles)])
            commands += [("BACKGROUND", (c, i + offset), (c, i + offset), FLAG_FILL) for c in flags]
        data = ([self.header] if with_header else []) + cells
        row_heights = ([self._header_height] if with_header else []) + heights
        table = _PieceTable(data, colWidths=self.col_widths, rowHeights=row_heights, repeatRows=offset,
                            style=_GRID, cellStyles=styles, hAlign="CENTER")
        table.setStyle(commands)
        return table


class LongTable(Flowable):
    """A :class:`TableRows` from data row *start* on; always splits, into page-sized tables.

    *carry* replaces row *start* with what is left of it when a row taller
    than a page was cut.  *lead* are the flowables kept with the table's first
    rows (its caption and any headings just before it): they are placed only
    with at least :attr:`MIN_FIRST_ROWS` rows under them (as many as fit, on a
    fresh page) — so a caption never ends a page.
    """

    MIN_FIRST_ROWS = 2

    def __init__(self, rows: TableRows, page_height: float, start: int = 0, lead: list[Flowable] | None = None,
                 carry: tuple[Row, float] | None = None) -> None:
        super().__init__()
        self.rows, self.page_height, self.start, self.lead, self.carry = rows, page_height, start, list(lead or []), carry

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # force a split, as KeepTogether does: the pieces are drawn

    def draw(self) -> None:  # never drawn itself (see wrap)
        pass

    def headings(self) -> list[TextBlock]:
        return [f for f in self.lead if isinstance(f, TextBlock)]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows, start, n = self.rows, self.start, len(self.rows)
        heights = rows.heights()
        lead_h = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.lead)
        header_h = rows.header_height(start)
        room = availHeight - lead_h - header_h
        page_room = self.page_height - header_h  # the most a continuation page holds
        fresh = availHeight >= self.page_height - 1
        cells: list[Row] = []
        taken: list[float] = []
        carry = None
        i = start
        min_cut = 2 * rows.leading + PAD_T + PAD_B  # a row is cut only where two lines fit
        while i < n:
            row, h = self.carry if (i == start and self.carry) else (rows.rows[i], heights[i])
            if h <= room + _EPS:
                cells.append(row)
                taken.append(h)
                room -= h
                i += 1
                continue
            if (h > page_room + _EPS or (fresh and not cells)) and room >= min_cut:  # taller than the room a page has
                (head, head_h), carry = rows.split_row(row, room)
                cells.append(head)
                taken.append(head_h)
            break
        need = min(n - start, self.MIN_FIRST_ROWS if start == 0 and not self.carry else 1)
        if len(cells) >= need or carry is not None or (fresh and cells):
            rest = [LongTable(rows, self.page_height, i, carry=carry)] if i < n or carry is not None else []
            return [*self.lead, rows.piece(start, cells, taken), *rest]
        if not fresh:
            return []  # too little fits under what is already on this page: next page
        # a fresh page cannot take even one row under the lead: the lead must go first (not expected)
        row, h = self.carry or (rows.rows[start], heights[start])
        return [*self.lead, rows.piece(start, [row], [h])] + (
            [LongTable(rows, self.page_height, start + 1)] if start + 1 < n else [])


def _header_lines(text: str, m, room: float, size: float) -> list[str]:
    """The header's lines as the Word writer breaks it (em widths), unless the real glyphs would not fit."""
    lines = break_header(text, room / size)
    if all(m.natural(line) <= room + _EPS for line in lines):
        return lines
    return break_balanced(text, room, m.natural, protected=PROTECTED_WORDS)


class _PieceTable(RLTable):
    """One page's part of a table.

    Not drawn at all in a layout-only pass (see ``_DocTemplate.build_passes``).
    The string cells are written into one text object per table instead of a
    text object per line (``canvas.drawString``), where ``Table._drawCell``
    would put them.
    """

    _pz_text = None

    def draw(self) -> None:
        if self._doctemplateAttr("pz_layout_only"):
            return
        self._pz_text = self.canv.beginText()
        self._pz_text_style: tuple | None = None
        try:
            super().draw()
            self.canv.drawText(self._pz_text)
        finally:
            self._pz_text = None

    def _drawCell(self, cellval, cellstyle, pos, size) -> None:  # noqa: N802 - reportlab's name
        tx = self._pz_text
        if tx is None or not isinstance(cellval, str) or cellstyle.valign != "MIDDLE":
            return super()._drawCell(cellval, cellstyle, pos, size)
        style = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading, cellstyle.color)
        if style != self._pz_text_style:
            tx.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            tx.setFillColor(cellstyle.color)
            self._pz_text_style = style
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        lines = cellval.split("\n")
        # As Table._drawCell places a string cell with valign MIDDLE:
        y = rowpos + (cellstyle.bottomPadding + rowheight - cellstyle.topPadding
                      + len(lines) * cellstyle.leading) / 2.0 - cellstyle.fontsize
        if cellstyle.alignment == "LEFT":  # one origin, then a line feed per line (the text object's leading)
            tx.setTextOrigin(colpos + cellstyle.leftPadding, y)
            for line in lines:
                tx.textLine(line)
            return
        for line in lines:
            w = stringWidth(line, cellstyle.fontname, cellstyle.fontsize)
            if cellstyle.alignment == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - w
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - w) * 0.5
            tx.setTextOrigin(x, y)
            tx.textOut(line)
            y -= cellstyle.leading
