"""Tables of the Word writer: widths, alignments and header lines shared with the PDF, rows written as raw OXML.

Column widths and alignments come from :mod:`app.export.tablelayout` and the
header lines from :func:`app.export.typeset.break_header` — what the PDF
writer uses — so both documents show the same table.  The cell margins are
the PDF's (4 pt left and right); the header row repeats on every page and
never splits.  Rows are written as raw OXML (a deep copy of each column's
prototype cell plus its runs): going through python-docx per cell costs
O(row length) per access and a style look-up by name per cell.
"""

from __future__ import annotations

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor

from .document import Table, flagged_text
from .docx_oxml import child, set_fonts, shade
from .fonts import FontSet, FontSpec, font_runs
from .tablelayout import column_alignments, column_widths
from .typeset import break_header

__all__ = ["add_table"]

TYPE_WIDTH_MM = 156
CELL_SIZE = 10.5
CELL_PAD_PT = 4  # left and right cell margins, as in the PDF
FLAG_COLOR = RGBColor(0xC0, 0x00, 0x00)
FLAG_FILL = "FFF2CC"


def add_table(d, t: Table, fonts: FontSet, chain: tuple[FontSpec, ...]) -> None:
    """Append *t* (without its caption) to the document *d*."""
    table = d.add_table(rows=0, cols=len(t.columns))
    tbl_pr = table._tbl.tblPr
    width = int(TYPE_WIDTH_MM / 25.4 * 1440)
    tbl_w = child(tbl_pr, "w:tblW")
    tbl_w.set(qn("w:w"), str(width))
    tbl_w.set(qn("w:type"), "dxa")
    borders = child(tbl_pr, "w:tblBorders", before=("w:tblLayout", "w:tblCellMar", "w:tblLook"))
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = child(borders, f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
    child(tbl_pr, "w:tblLayout", before=("w:tblCellMar", "w:tblLook")).set(qn("w:type"), "fixed")
    margins = child(tbl_pr, "w:tblCellMar", before=("w:tblLook",))
    for edge in ("left", "right"):
        m = child(margins, f"w:{edge}")
        m.set(qn("w:w"), str(CELL_PAD_PT * 20))
        m.set(qn("w:type"), "dxa")
    table.autofit = False
    type_pt = TYPE_WIDTH_MM / 25.4 * 72
    fractions = column_widths(t, type_pt / CELL_SIZE, pad_em=2 * CELL_PAD_PT / CELL_SIZE)
    widths = [Mm(TYPE_WIDTH_MM * f) for f in fractions]
    for col, w in zip(table.columns, widths):
        col.width = w
    # The rows are written as raw OXML: a cell is a deep copy of its column's
    # prototype (width, vertical alignment, paragraph style by id) plus its runs.
    # Going through python-docx per cell (``row.cells``, ``p.style = name``)
    # costs O(row length) per access and a style look-up by name per cell.
    aligns = column_alignments(t)
    header = _TableRows(d, "PZ Table Header", fonts.heiti, widths, chain, fill="D9D9D9")
    body = _TableRows(d, "PZ Table Text", fonts.fangsong, widths, chain, aligns=aligns)
    tbl = table._tbl
    rooms = [type_pt * f / CELL_SIZE - 2 * CELL_PAD_PT / CELL_SIZE for f in fractions]
    tr = header.row(["\n".join(break_header(text, room)) for text, room in zip(t.columns, rooms)])
    tr_pr = OxmlElement("w:trPr")
    tr_pr.append(OxmlElement("w:cantSplit"))
    if t.header_repeat:
        tr_pr.append(OxmlElement("w:tblHeader"))
    tr.insert(0, tr_pr)
    tbl.append(tr)
    flagged_rows: dict[int, set[int]] = {}
    for r, c in t.flagged_cells:
        flagged_rows.setdefault(r, set()).add(c)
    for r, cells in enumerate(t.rows):
        flags = flagged_rows.get(r)
        if flags:
            cells = [flagged_text(text) if c in flags else text for c, text in enumerate(cells)]
        tbl.append(body.row(cells, flags))




class _TableRows:
    """Builds ``w:tr`` elements for one table and one cell style, without python-docx proxies."""

    def __init__(self, d, style: str, font: FontSpec, widths: list, chain: tuple[FontSpec, ...], *,
                 fill: str | None = None, aligns: list[str] | None = None) -> None:
        style_id = d.styles[style].style_id  # resolved once, not per cell
        self.font, self.chain = font, chain
        self.protos = []
        for c, w in enumerate(widths):
            tc = OxmlElement("w:tc")
            tc_pr = OxmlElement("w:tcPr")
            tc_w = OxmlElement("w:tcW")
            tc_w.set(qn("w:type"), "dxa")
            tc_w.set(qn("w:w"), str(w.twips))
            tc_pr.append(tc_w)
            if fill is not None:
                shade(tc_pr, fill)
            v_align = OxmlElement("w:vAlign")
            v_align.set(qn("w:val"), "center")
            tc_pr.append(v_align)
            tc.append(tc_pr)
            p = OxmlElement("w:p")
            p_pr = OxmlElement("w:pPr")
            p_style = OxmlElement("w:pStyle")
            p_style.set(qn("w:val"), style_id)
            p_pr.append(p_style)
            if aligns is not None and aligns[c] in ("right", "center"):
                jc = OxmlElement("w:jc")
                jc.set(qn("w:val"), aligns[c])
                p_pr.append(jc)
            p.append(p_pr)
            tc.append(p)
            self.protos.append(tc)
        self._rprs: dict[tuple[str, bool], object] = {}

    def rpr(self, family: str, flagged: bool):
        """The run properties of a face (flagged: red on the flag colour), built once."""
        key = (family, flagged)
        rpr = self._rprs.get(key)
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            set_fonts(rpr, family)
            if flagged:
                color = OxmlElement("w:color")
                color.set(qn("w:val"), str(FLAG_COLOR))
                rpr.append(color)
                shade(rpr, FLAG_FILL)
            self._rprs[key] = rpr
        return rpr

    def row(self, texts: list[str], flagged: set[int] | None = None):
        tr = OxmlElement("w:tr")
        for c, text in enumerate(texts):
            tc = copy.deepcopy(self.protos[c])
            is_flagged = bool(flagged) and c in flagged
            if is_flagged:
                shade(tc[0], FLAG_FILL)
            self.runs(tc[1], text, is_flagged)
            tr.append(tc)
        return tr

    def runs(self, p, text: str, flagged: bool) -> None:
        """What ``_Writer.runs`` writes, as raw OXML: a run per line and face, an unformatted ``w:br`` run between."""
        for i, line in enumerate(text.split("\n")):
            if i:
                br_run = OxmlElement("w:r")
                br_run.append(OxmlElement("w:br"))
                p.append(br_run)
            for chunk, face in font_runs(line, self.font, self.chain) or [("", self.font)]:
                r = OxmlElement("w:r")
                r.append(copy.deepcopy(self.rpr(face.family, flagged)))
                if "\t" in chunk or "\r" in chunk:
                    r.text = chunk  # python-docx writes these as w:tab / w:br (keeps the rPr)
                elif chunk:
                    t_el = OxmlElement("w:t")
                    t_el.text = chunk
                    if len(chunk.strip()) < len(chunk):
                        t_el.set(qn("xml:space"), "preserve")
                    r.append(t_el)
                p.append(r)
