"""PDF writer for :class:`app.export.document.Document` (reportlab Platypus), per GB/T 9704-2012.

Layout: A4; margins top 37, bottom 35, left 28, right 26 mm (156 × 225 mm type
block); body 3号 (16 pt) 仿宋 on a 28.95 pt line pitch (22 lines a page) with
−0.25 pt character spacing (28 characters a line); title 2号 (22 pt) 小标宋;
headings 黑体 / 楷体 / 仿宋 bold (bold is synthesised by stroking the
outline, as Word does for fonts without a bold face).  Page numbers 「— N —」
in 4号 (14 pt) 宋体 7 mm under the type block, odd pages right and even pages
left, one character in.  The cover carries no number and is not counted.

Every font is an embedded, subset TrueType font from the
:class:`~app.export.fonts.FontSet` — ``initialFontName`` keeps Platypus from
adding its non-embedded Helvetica.  A real table of contents (two-pass
``multiBuild``) and a PDF outline (levels 1-2) are generated from the headings.
"""

from __future__ import annotations

import functools
import os
import re
from typing import IO, Callable, Iterator
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate,
                                PageBreak as RLPageBreak, PageTemplate, Spacer, Table as RLTable, TableStyle)
from reportlab.platypus.tables import CellStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from .document import Cover, Document, Heading, PageBreak, Paragraph, Table, TableOfContents, flagged_text
from .fonts import FontSet, register_reportlab_fonts

__all__ = ["write_pdf", "ProgressCallback"]

ProgressCallback = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 28 * mm, 26 * mm, 37 * mm, 35 * mm
TYPE_W, TYPE_H = PAGE_W - LEFT - RIGHT, PAGE_H - TOP - BOTTOM
BODY_SIZE = 16.0
LINE = 28.95  # 579 twips: 22 lines in the 225 mm type block
CHAR_SPACE = -0.25
TOC_LEVELS = 3  # like Word's TOC \o "1-3"
_FLAG_TEXT = colors.HexColor("#C00000")
_FLAG_FILL = colors.HexColor("#FFF2CC")
_ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


# Chinese full-width punctuation that must not start a line.  reportlab's list
# (Japanese rules) lacks these; a character in it hangs into the right margin
# instead, as Word does by default for Chinese text.  Extending the module-level
# string is process-wide but only ever adds characters.
_CANNOT_START = "”’》〉，；：！？"
for _module in (_rl_paragraph, _rl_textsplit):  # multi-frag and single-frag line breakers
    _module.ALL_CANNOT_START += "".join(c for c in _CANNOT_START if c not in _module.ALL_CANNOT_START)


def _markup(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


@functools.lru_cache(maxsize=None)
def _char_widths(font_name: str, size: float) -> Callable[[str], float]:
    """Width of one character, as ``stringWidth`` computes it, memoised.

    Without reportlab's optional C accelerator, ``stringWidth`` per character
    (how reportlab's CJK line breaking measures text) dominates the layout.
    """
    face = getFont(font_name).face
    lookup, default, scale = face.charWidths.get, face.defaultWidth, 0.001 * size
    cache: dict[str, float] = {}

    def width(ch: str) -> float:
        w = cache.get(ch)
        if w is None:
            w = cache[ch] = scale * lookup(ord(ch), default)
        return w

    return width


class _FastCJKMixin:
    """Paragraph line breaking with memoised glyph widths (same result as reportlab's).

    For a one-fragment paragraph, ``Paragraph.breakLinesCJK`` is ``dumbSplit``
    over per-character ``stringWidth`` calls; this does the same with the
    widths from :func:`_char_widths`.  Anything else goes to reportlab.
    """

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        frags, style = self.frags, self.style
        if (len(frags) != 1 or hasattr(frags[0], "cbDefn") or style.endDots or self.bulletText
                or getattr(self, "_splitpara", 0)):
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        f = frags[0]
        text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
        width = _char_widths(f.fontName, f.fontSize)
        lines = _rl_textsplit.dumbSplit(text, [width(ch) for ch in text], maxWidths)
        return f.clone(kind=0, lines=[(space, [line]) for space, line in lines], ascent=f.fontSize,
                       descent=-0.2 * f.fontSize)


class _Para(_FastCJKMixin, RLParagraph):
    """A paragraph with GB/T character spacing and optional synthetic bold.

    The constructor keeps reportlab's signature: ``Paragraph.split`` builds
    the two halves with ``self.__class__(None, style, bulletText=…, frags=…)``.
    """

    char_space: float = 0.0
    fake_bold: bool = False

    def __init__(self, text: str | None, style: ParagraphStyle, *args, char_space: float | None = None,
                 fake_bold: bool | None = None, **kwargs) -> None:
        super().__init__(text, style, *args, **kwargs)
        if char_space is not None:
            self.char_space = char_space
        if fake_bold is not None:
            self.fake_bold = fake_bold

    def beginText(self, x: float, y: float):  # noqa: N802 - reportlab's name
        tx = self.canv.beginText(x, y)
        if self.char_space:
            tx.setCharSpace(self.char_space)
        if self.fake_bold:
            tx.setTextRenderMode(2)  # fill + stroke
        return tx

    def draw(self) -> None:
        if not self.fake_bold:
            return super().draw()
        self.canv.saveState()
        self.canv.setLineWidth(self.style.fontSize * 0.03)
        self.canv.setStrokeColor(self.style.textColor)
        super().draw()
        self.canv.restoreState()

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.char_space, part.fake_bold = self.char_space, self.fake_bold
        return parts


class _HeadingPara(_Para):
    """A heading: reported to the TOC and the outline after it is placed."""

    level: int = 1
    plain: str = ""
    key: str = ""

    @classmethod
    def make(cls, heading: Heading, key: str, style: ParagraphStyle) -> "_HeadingPara":
        para = cls(_markup(heading.text), style, char_space=CHAR_SPACE, fake_bold=heading.level == 3)
        para.level, para.plain, para.key = heading.level, heading.text, key
        return para

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if parts:  # only the first half is the heading's anchor
            parts[0].level, parts[0].plain, parts[0].key = self.level, self.plain, self.key
            for part in parts[1:]:
                part.__class__ = _Para
        return parts


class _Styles:
    def __init__(self, names: dict[str, str]) -> None:
        def style(name: str, role: str, size: float, leading: float, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=names[role], fontSize=size, leading=leading,
                                  wordWrap="CJK", textColor=colors.black, **kw)

        # A negative right indent lets 28 nominal 16 pt characters fit the line
        # break calculation; the −0.25 pt character spacing draws them in 441 pt.
        widen = -(28 * BODY_SIZE - TYPE_W)
        self.body = style("body", "fangsong", BODY_SIZE, LINE, alignment=TA_JUSTIFY,
                          firstLineIndent=2 * BODY_SIZE, rightIndent=widen)
        self.flagged = ParagraphStyle("flagged", parent=self.body, textColor=_FLAG_TEXT, backColor=_FLAG_FILL)
        self.headings = {
            1: style("h1", "heiti", BODY_SIZE, LINE, firstLineIndent=2 * BODY_SIZE, rightIndent=widen,
                     keepWithNext=1),
            2: style("h2", "kaiti", BODY_SIZE, LINE, firstLineIndent=2 * BODY_SIZE, rightIndent=widen,
                     keepWithNext=1),
            3: style("h3", "fangsong", BODY_SIZE, LINE, firstLineIndent=2 * BODY_SIZE, rightIndent=widen,
                     keepWithNext=1),
        }
        self.title = style("title", "title", 22, 36, alignment=TA_CENTER)
        self.subtitle = style("subtitle", "kaiti", BODY_SIZE, LINE, alignment=TA_CENTER)
        self.cover_title = style("cover_title", "title", 22, 40, alignment=TA_CENTER)
        self.cover_line = style("cover_line", "fangsong", BODY_SIZE, LINE, alignment=TA_CENTER)
        self.toc_title = style("toc_title", "heiti", BODY_SIZE, LINE * 1.5, alignment=TA_CENTER)
        self.toc_levels = [style(f"toc{i}", "fangsong", 14, 24, leftIndent=28 * i, firstLineIndent=0)
                           for i in range(TOC_LEVELS)]
        self.caption = style("caption", "heiti", 14, 24, alignment=TA_CENTER, keepWithNext=1, spaceBefore=6)
        self.cell = style("cell", "fangsong", 12, 17)
        self.cell_flagged = ParagraphStyle("cell_flagged", parent=self.cell, textColor=_FLAG_TEXT)
        self.header = style("header", "heiti", 12, 17, alignment=TA_CENTER)
        self.tables = _TableStyles(self)


class _DocTemplate(BaseDocTemplate):
    def __init__(self, out, doc: Document, names: dict[str, str], progress: ProgressCallback | None,
                 total: int) -> None:
        super().__init__(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=doc.title, subject=doc.subtitle, creator="pilotzone",
                         initialFontName=names["fangsong"], lang="zh-CN")
        self.pz_doc, self.names = doc, names
        self.page_offset = 1 if doc.cover else 0
        self.progress, self.total, self.done = progress, total, 0
        self._outline_level = -1
        self.toc_levels = next((b.levels for b in doc.blocks if isinstance(b, TableOfContents)), TOC_LEVELS)

        def frame() -> Frame:
            return Frame(LEFT, BOTTOM, TYPE_W, TYPE_H, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, id="type-block")

        body = PageTemplate("body", [frame()], onPage=self._body_page)
        cover = PageTemplate("cover", [frame()], onPage=self._cover_page)
        self.addPageTemplates([cover, body] if doc.cover else [body, cover])

    def display_page(self) -> int:
        return self.canv.getPageNumber() - self.page_offset

    def _marks(self, canv) -> None:
        if self.page == 1:
            canv.showOutline()
        if not self.pz_doc.draft:
            return
        canv.saveState()
        canv.setFillColor(_FLAG_TEXT)
        canv.setFont(self.names["heiti"], 10.5)
        canv.drawRightString(PAGE_W - RIGHT, PAGE_H - TOP + 14 * mm, "草稿 · 含待补充内容，不得报送")
        canv.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
        canv.setFont(self.names["heiti"], 110)
        canv.translate(PAGE_W / 2, PAGE_H / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, "草稿")
        canv.restoreState()

    def _cover_page(self, canv, _doc) -> None:
        self._marks(canv)

    def _body_page(self, canv, _doc) -> None:
        self._marks(canv)
        n = self.display_page()
        canv.saveState()
        canv.setFont(self.names["songti"], 14)
        y = BOTTOM - 7 * mm - 14
        text = f"— {n} —"
        if n % 2:
            canv.drawRightString(PAGE_W - RIGHT - 14, y, text)
        else:
            canv.drawString(LEFT + 14, y, text)
        canv.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self.done += 1
        if self.progress is not None:
            self.total = max(self.total, self.done + 1)
            self.progress(self.done, self.total)
        if not isinstance(flowable, _HeadingPara):
            return
        self.canv.bookmarkPage(flowable.key)
        if flowable.level <= 2:
            level = min(flowable.level - 1, self._outline_level + 1)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level, closed=level > 0)
            self._outline_level = level
        if flowable.level <= self.toc_levels:
            self.notify("TOCEntry", (flowable.level - 1, escape(flowable.plain), self.display_page(),
                                     flowable.key))

    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        self._outline_level = -1
        self.passes += 1
        self.pz_layout_only = self.passes == 1 and self.first_pass_layout_only
        super().handle_documentBegin()

    #: Set during a pass whose output is known to be discarded: page-sized tables skip drawing.
    pz_layout_only = False
    first_pass_layout_only = False
    passes = 0

    def build_passes(self, story: list[Flowable]) -> int:
        """``multiBuild`` the story; return the number of passes.

        The table of contents starts with every entry it will have, numbered
        −1: the first pass then lays the TOC out at its final size (so a second
        pass usually confirms the page numbers, instead of a third), and since
        −1 is never a real number the first pass cannot be the last one; its
        tables are laid out but not drawn.
        """
        toc = next((f for f in story if isinstance(f, RLTableOfContents)), None)
        entries = [(h.level - 1, escape(h.plain), -1, h.key) for h in _headings(story) if h.level <= self.toc_levels]
        if toc is not None and entries:
            toc._entries = entries  # moved to _lastEntries by beforeBuild
            self.first_pass_layout_only = True
        self.passes = 0
        self.multiBuild(story, maxPasses=10)
        return self.passes


def _headings(story: list[Flowable]) -> Iterator["_HeadingPara"]:
    for f in story:
        for g in (f.lead if isinstance(f, _LongTable) else [f]):
            if isinstance(g, _HeadingPara):
                yield g


def _cover(cover: Cover, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 45 * mm), RLParagraph(_markup(cover.title), st.cover_title),
                             Spacer(1, 35 * mm)]
    story += [RLParagraph(_markup(line), st.cover_line) for line in cover.lines]
    if cover.date_text:
        used = 45 * mm + 35 * mm + 40 * 2 + LINE * len(cover.lines)
        story += [Spacer(1, max(LINE, TYPE_H - used - 4 * LINE)), RLParagraph(_markup(cover.date_text),
                                                                               st.cover_line)]
    return story + [NextPageTemplate("body"), RLPageBreak()]


class _CellPara(_FastCJKMixin, RLParagraph):
    """A table cell's paragraph: remembers its wrap.

    A cell is measured once for the page breaking (:class:`_TableRows`) and
    wrapped again by its page's ``Table`` when drawn, in every ``multiBuild``
    pass; the line breaking depends only on the width.
    """

    _pz_wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        cached = self._pz_wrapped
        if cached is not None and cached[0] == availWidth:
            self.width, self.height = cached[1]
            return cached[1]
        size = super().wrap(availWidth, availHeight)
        self._pz_wrapped = (availWidth, size)
        return size


_PAD_L, _PAD_R, _PAD_T, _PAD_B = 4, 4, 3, 4
_BIG = 1e9
_EPS = 1e-6
#: The cells of one table row: a _CellPara, or a str holding the cell's lines (see _TableRows).
Row = list
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])
_HEADER_FILL = ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))


def _cell_style(name: str, para: ParagraphStyle, alignment: str) -> CellStyle:
    """A reportlab cell style matching *para*: a string cell is drawn like a one-fragment paragraph."""
    cs = CellStyle(name)
    cs.fontname, cs.fontsize, cs.leading = para.fontName, para.fontSize, para.leading  # never Helvetica
    cs.color, cs.alignment, cs.valign = colors.black, alignment, "MIDDLE"
    cs.leftPadding, cs.rightPadding, cs.topPadding, cs.bottomPadding = _PAD_L, _PAD_R, _PAD_T, _PAD_B
    return cs


class _CellText:
    """Breaks a cell's text into lines exactly as a ``wordWrap='CJK'`` paragraph in *style* would.

    For text that is a single paragraph fragment (no line break, no doubled
    or edge whitespace, nothing to escape differently), a CJK paragraph's line
    breaking is reportlab's ``dumbSplit`` over the glyph widths; it is done
    here once, with the widths looked up once per character.  ``None`` means
    "use a paragraph".
    """

    def __init__(self, style: ParagraphStyle) -> None:
        self.width = _char_widths(style.fontName, style.fontSize)

    def lines(self, text: str, room: float, *, one_line: bool = False) -> str | None:
        if " ".join(text.split()) != text:
            return None
        width = self.width
        lines = _rl_textsplit.dumbSplit(text, [width(ch) for ch in text], [room])
        if one_line and len(lines) > 1:
            return None
        return "\n".join(line for _space, line in lines)


class _PieceTable(RLTable):
    """One page's part of a table.

    Not drawn at all in a layout-only pass (see :meth:`_DocTemplate.build_passes`).
    The string cells are written into one text object per table instead of
    a text object per line (``canvas.drawString``), where ``Table._drawCell``
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
        if (tx is None or not isinstance(cellval, str) or cellstyle.alignment not in ("LEFT", "CENTER")
                or cellstyle.valign != "MIDDLE" or cellstyle.href or cellstyle.destination):
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
        if cellstyle.alignment == "LEFT":
            tx.setTextOrigin(colpos + cellstyle.leftPadding, y)
            for line in lines:
                tx.textLine(line)
            return
        centre = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
        for line in lines:
            tx.setTextOrigin(centre - 0.5 * stringWidth(line, cellstyle.fontname, cellstyle.fontsize), y)
            tx.textOut(line)
            y -= cellstyle.leading


class _TableStyles:
    """What every table of a document shares: cell styles, line breakers."""

    def __init__(self, st: _Styles) -> None:
        self.cell = _cell_style("pz-cell", st.cell, "LEFT")
        self.header = _cell_style("pz-header", st.header, "CENTER")
        self.cell_text, self.header_text = _CellText(st.cell), _CellText(st.header)
        self.para_styles = st


class _TableRows:
    """The cells of one document :class:`Table`, measured once, cut into page-sized reportlab tables.

    One reportlab ``Table`` per register of hundreds of rows is split page by
    page, and every split copies the remaining rows and all style commands
    (quadratic in rows, in every ``multiBuild`` pass).  Here every row height
    is computed once; each page gets its own small ``Table`` holding the
    header row (the first page only when ``header_repeat`` is off) and the
    rows that fit, with their heights given, so reportlab neither splits nor
    re-measures anything.  All cells share two ``CellStyle`` objects instead
    of a style per cell set up by per-cell commands.

    Plain-text cells are strings already broken into lines (:class:`_CellText`)
    and drawn by the ``Table`` in the paragraph style's font, size and leading
    at the paragraph's place — building, wrapping and drawing a ``Paragraph``
    per cell costs several times more.  Flagged cells, a header that needs
    more than one line and text that a paragraph would normalise are
    paragraphs (``_CellPara``).
    """

    def __init__(self, t: Table, ts: _TableStyles) -> None:
        st = ts.para_styles
        self.col_widths = [TYPE_W * f for f in t.relative_widths()]
        room = [w - _PAD_L - _PAD_R for w in self.col_widths]
        self.header: Row = []
        for c, text in enumerate(t.columns):  # centred: only a one-line header is drawn as a string
            lines = ts.header_text.lines(text, room[c], one_line=True)
            self.header.append(lines if lines is not None else _CellPara(_markup(text), st.header))
        self.repeat_header = t.header_repeat
        self.leading = st.cell.leading
        self.flagged: dict[int, list[int]] = {}
        for r, c in sorted(t.flagged_cells):
            self.flagged.setdefault(r, []).append(c)
        self.rows: list[Row] = []
        for r, texts in enumerate(t.rows):
            flags = self.flagged.get(r, ())
            row: Row = []
            for c, text in enumerate(texts):
                lines = None if c in flags else ts.cell_text.lines(text, room[c])
                if lines is not None:
                    row.append(lines)
                elif c in flags:
                    row.append(_CellPara(_markup(flagged_text(text)), st.cell_flagged))
                else:
                    row.append(_CellPara(_markup(text), st.cell))
            self.rows.append(row)
        self.header_styles = [ts.header] * len(t.columns)
        self.cell_styles = [ts.cell] * len(t.columns)
        self._heights: list[float] | None = None
        self._header_height = 0.0

    def __len__(self) -> int:
        return len(self.rows)

    def row_height(self, cells: Row) -> float:
        """What reportlab's ``Table`` computes for the row (a string: one leading per line)."""
        content = max(self.leading * (cell.count("\n") + 1) if isinstance(cell, str)
                      else cell.wrap(w - _PAD_L - _PAD_R, _BIG)[1] for cell, w in zip(cells, self.col_widths))
        return content + _PAD_T + _PAD_B

    def heights(self) -> list[float]:
        """Height of every data row (computed on first use: the column widths are fixed)."""
        if self._heights is None:
            self._header_height = self.row_height(self.header)
            self._heights = [self.row_height(row) for row in self.rows]
        return self._heights

    def header_height(self, start: int) -> float:
        """Height of the header row above the piece beginning at data row *start* (0 if not shown)."""
        self.heights()
        return self._header_height if start == 0 or self.repeat_header else 0.0

    def split_row(self, cells: Row, height: float) -> tuple[tuple[Row, float], tuple[Row, float]]:
        """Cut a row taller than a page: the part within *height*, and the rest (each with its height)."""
        content = height - _PAD_T - _PAD_B
        head: Row = []
        tail: Row = []
        for cell, w in zip(cells, self.col_widths):
            if isinstance(cell, str):
                lines = cell.split("\n")
                keep = max(1, int((content + _EPS) // self.leading))
                head.append("\n".join(lines[:keep]))
                tail.append("\n".join(lines[keep:]))
                continue
            aw = w - _PAD_L - _PAD_R
            parts = [cell] if cell.wrap(aw, _BIG)[1] <= content + _EPS else cell.split(aw, content)
            empty = _CellPara("", cell.style)
            head.append(parts[0] if parts else empty)
            tail.append(parts[1] if len(parts) > 1 else (cell if not parts else empty))
        return (head, self.row_height(head)), (tail, self.row_height(tail))

    def piece(self, start: int, cells: list[Row], heights: list[float]) -> RLTable:
        """A reportlab table of *cells* (data rows from row *start* on), under the header row when shown."""
        with_header = start == 0 or self.repeat_header
        offset = 1 if with_header else 0
        commands: list[tuple] = [_HEADER_FILL] if with_header else []
        for i in range(len(cells)):
            for c in self.flagged.get(start + i, ()):
                commands.append(("BACKGROUND", (c, i + offset), (c, i + offset), _FLAG_FILL))
        data = ([self.header] if with_header else []) + cells
        row_heights = ([self._header_height] if with_header else []) + heights
        # The cell styles are shared and never changed: no command below applies per cell.
        cell_styles = ([self.header_styles] if with_header else []) + [self.cell_styles] * len(cells)
        table = _PieceTable(data, colWidths=self.col_widths, rowHeights=row_heights, repeatRows=offset,
                            style=_GRID, cellStyles=cell_styles, hAlign="CENTER")
        table.setStyle(commands)
        return table


class _LongTable(Flowable):
    """A :class:`_TableRows` from data row *start* on; always splits, into page-sized tables.

    *carry* replaces row *start* with what is left of it when a row taller
    than a page was cut.  *lead* are the flowables kept with the table's first
    rows (its caption and any headings just before it): they are placed only
    with at least :attr:`MIN_FIRST_ROWS` rows under them — ``keepWithNext``
    would push a table longer than the page to a new page, leaving a gap.
    """

    MIN_FIRST_ROWS = 3
    MIN_ROW_CUT = 2 * 17 + _PAD_T + _PAD_B  # a row is cut only where two lines fit

    def __init__(self, rows: _TableRows, start: int = 0, lead: list[Flowable] | None = None,
                 carry: tuple[Row, float] | None = None) -> None:
        super().__init__()
        self.rows, self.start, self.lead, self.carry = rows, start, list(lead or []), carry

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # force a split, as KeepTogether does: the pieces are drawn

    def draw(self) -> None:  # never drawn itself (see wrap)
        pass

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows, start, n = self.rows, self.start, len(self.rows)
        heights = rows.heights()
        lead_h = sum(f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                     for f in self.lead)
        header_h = rows.header_height(start)
        room = availHeight - lead_h - header_h
        page_room = TYPE_H - header_h  # the most a continuation page holds
        cells: list[Row] = []
        taken: list[float] = []
        carry = None
        i = start
        while i < n:
            row, h = self.carry if (i == start and self.carry) else (rows.rows[i], heights[i])
            if h <= room + _EPS:
                cells.append(row)
                taken.append(h)
                room -= h
                i += 1
            else:
                if h > page_room + _EPS and room >= self.MIN_ROW_CUT:  # taller than any page: cut it
                    (head, head_h), carry = rows.split_row(row, room)
                    cells.append(head)
                    taken.append(head_h)
                break
        need = min(n - start, self.MIN_FIRST_ROWS if start == 0 and not self.carry else 1)
        if len(cells) >= need or carry is not None:
            rest = [_LongTable(rows, i, carry=carry)] if i < n else []
            return [*self.lead, rows.piece(start, cells, taken), *rest]
        if availHeight < TYPE_H - 1:
            return []  # too little fits under what is already on this page: next page
        if self.lead:  # even a fresh page cannot take the lead-in with the first rows
            return [*self.lead, _LongTable(rows, start, carry=self.carry)]
        row, h = self.carry or (rows.rows[start], heights[start])  # cannot happen; let reportlab report it
        return [rows.piece(start, [row], [h])] + ([_LongTable(rows, start + 1)] if start + 1 < n else [])


def _table(t: Table, st: _Styles, lead: list[Flowable]) -> list[Flowable]:
    if t.caption:
        lead = [*lead, RLParagraph(_markup(t.caption), st.caption)]
    return [_LongTable(_TableRows(t, st.tables), lead=lead), Spacer(1, LINE / 2)]


def _story(doc: Document, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = _cover(doc.cover, st) if doc.cover else []
    title_at = doc.title_position()
    used_keys: set[str] = set()
    for i, block in enumerate([*doc.blocks, None]):
        if i == title_at:
            story.append(RLParagraph(_markup(doc.title), st.title))
            if doc.subtitle:
                story.append(RLParagraph(_markup(doc.subtitle), st.subtitle))
            story.append(Spacer(1, LINE))
        if isinstance(block, Heading):
            key = "h-" + re.sub(r"[^A-Za-z0-9_.-]", "_", block.bookmark_key or str(i))
            while key in used_keys:
                key += "_"
            used_keys.add(key)
            story.append(_HeadingPara.make(block, key, st.headings[block.level]))
        elif isinstance(block, Paragraph):
            style = ParagraphStyle(f"p{i}", parent=st.flagged if block.flagged else st.body,
                                   alignment=_ALIGN[block.align],
                                   firstLineIndent=2 * BODY_SIZE if block.indent_first_line else 0)
            text = flagged_text(block.text) if block.flagged else block.text
            story.append(_Para(_markup(text), style, char_space=CHAR_SPACE))
        elif isinstance(block, Table):
            lead: list[Flowable] = []  # headings kept with the table's first rows (see _LongTable)
            while story and isinstance(story[-1], RLParagraph) and story[-1].getKeepWithNext():
                lead.insert(0, story.pop())
            story += _table(block, st, lead)
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
        elif isinstance(block, TableOfContents):
            toc = RLTableOfContents(levelStyles=st.toc_levels, dotsMinLevel=0, rightColumnWidth=40,
                                    tableStyle=TableStyle([
                                        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),
                                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            story += [RLParagraph(_markup(block.title), st.toc_title), toc, RLPageBreak()]
    return story


def write_pdf(doc: Document, out_path_or_stream: str | os.PathLike[str] | IO[bytes], *, fonts: FontSet,
              progress: ProgressCallback | None = None) -> None:
    """Write *doc* as a PDF to a path or a binary stream.

    *progress*, if given, is called as ``progress(done, total)`` while pages
    are laid out (the layout runs in two or more passes, so *total* is an
    estimate that may grow); the last call has ``done == total``.
    """
    names = register_reportlab_fonts(fonts)
    story = _story(doc, _Styles(names))
    out = os.fspath(out_path_or_stream) if isinstance(out_path_or_stream, os.PathLike) else out_path_or_stream
    template = _DocTemplate(out, doc, names, progress, total=2 * len(story))
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary (Flate only) streams: ASCII85 in pure Python costs ~10 % and 25 % of the size
    try:
        template.build_passes(story)
    finally:
        rl_config.useA85 = use_a85
    if progress is not None:
        progress(template.total, template.total)
