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

import re
import os
from typing import IO, Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate,
                                PageBreak as RLPageBreak, PageTemplate, Spacer, Table as RLTable, TableStyle)
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


class _Para(RLParagraph):
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
        super().handle_documentBegin()


def _cover(cover: Cover, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 45 * mm), RLParagraph(_markup(cover.title), st.cover_title),
                             Spacer(1, 35 * mm)]
    story += [RLParagraph(_markup(line), st.cover_line) for line in cover.lines]
    if cover.date_text:
        used = 45 * mm + 35 * mm + 40 * 2 + LINE * len(cover.lines)
        story += [Spacer(1, max(LINE, TYPE_H - used - 4 * LINE)), RLParagraph(_markup(cover.date_text),
                                                                               st.cover_line)]
    return story + [NextPageTemplate("body"), RLPageBreak()]


def _table(t: Table, st: _Styles) -> list[Flowable]:
    data = [[RLParagraph(_markup(c), st.header) for c in t.columns]]
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), st.cell.fontName),  # else Table sets a Helvetica
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in range(len(t.rows)):
        row = []
        for c in range(len(t.columns)):
            flagged = (r, c) in t.flagged_cells
            row.append(RLParagraph(_markup(t.cell_text(r, c)), st.cell_flagged if flagged else st.cell))
            if flagged:
                commands.append(("BACKGROUND", (c, r + 1), (c, r + 1), _FLAG_FILL))
        data.append(row)
    table = RLTable(data, colWidths=[TYPE_W * f for f in t.relative_widths()],
                    repeatRows=1 if t.header_repeat else 0, splitByRow=1, splitInRow=2 * 17,
                    style=TableStyle(commands), hAlign="CENTER")
    story: list[Flowable] = []
    if t.caption:
        story.append(RLParagraph(_markup(t.caption), st.caption))
    return story + [table, Spacer(1, LINE / 2)]


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
            story += _table(block, st)
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
    template.multiBuild(story, maxPasses=10)
    if progress is not None:
        progress(template.total, template.total)
