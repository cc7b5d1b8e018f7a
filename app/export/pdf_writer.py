"""PDF writer for :class:`app.export.document.Document` (reportlab Platypus), per GB/T 9704-2012.

Layout: A4; margins top 37, bottom 35, left 28, right 26 mm (156 × 225 mm type
block); body 3号 (16 pt) 仿宋 on a 28.95 pt line pitch (22 lines a page) with
−0.25 pt character spacing (28 characters a line), justified; title 2号 (22 pt)
小标宋 (or the bundled Song drawn bold), broken at phrase boundaries; headings
黑体 / 楷体 / 仿宋 bold (bold is synthesised by stroking the outline, as Word
does for fonts without a bold face).  Page numbers 「— N —」 in 4号 (14 pt) 宋体
7 mm under the type block, odd pages right and even pages left, one character
in.  The cover carries no number and is not counted.

Text is laid out by :mod:`app.export.pdf_text` (禁则, justification, keep-with-
next, the 落款 kept with the text it closes), tables by
:mod:`app.export.pdf_tables`.  Every font is an embedded, subset TrueType font
from the :class:`~app.export.fonts.FontSet`, with a per-character fallback
(:mod:`app.export.pdf_fonts`); ``initialFontName`` keeps Platypus from adding
its non-embedded Helvetica.  A real table of contents and list of tables
(two-pass ``multiBuild``) and a PDF outline (levels 1-2) come from the
headings and captions.  Author, title, subject, keywords and the language
(zh-CN) are set in the document information and catalogue.
"""

from __future__ import annotations

import os
import re
from typing import IO, Callable, Iterator
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib import textsplit as _rl_textsplit
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak as RLPageBreak,
                                PageTemplate, Spacer, TableStyle)
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.tableofcontents import TableOfContents as RLTableOfContents

from .document import (Closing, Cover, Document, Heading, PageBreak, Paragraph, Table, TableOfContents,
                       flagged_text)
from .fonts import FontSet, register_reportlab_fonts
from .pdf_tables import FLAG_FILL, FLAG_TEXT, CellFonts, LongTable, TableRows
from .pdf_text import ClosingGroup, KeepLead, Reserve, TextBlock, TextStyle
from .typeset import CANNOT_START, break_title, closing_indents, cover_gaps

__all__ = ["write_pdf", "ProgressCallback", "TYPE_BLOCK"]

ProgressCallback = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 28 * mm, 26 * mm, 37 * mm, 35 * mm
TYPE_W, TYPE_H = PAGE_W - LEFT - RIGHT, PAGE_H - TOP - BOTTOM
#: The type block (x0, y0 from the top, x1, y1) in points, for the layout checks.
TYPE_BLOCK = (LEFT, TOP, PAGE_W - RIGHT, PAGE_H - BOTTOM)
BODY_SIZE = 16.0
LINE = 28.95  # 579 twips: 22 lines in the 225 mm type block
CHAR_SPACE = -0.25
TITLE_SIZE = 22.0
TOC_LEVELS = 3  # like Word's TOC \o "1-3"
_ALIGN = {"justify": "justify", "left": "left", "center": "center", "right": "right"}

# reportlab's own line breaking (the table of contents' entries) with the Chinese list of
# characters that must not start a line.  Process-wide, but it only ever adds characters.
for _module in (_rl_paragraph, _rl_textsplit):
    _module.ALL_CANNOT_START += "".join(c for c in CANNOT_START if c not in _module.ALL_CANNOT_START)


class _Styles:
    def __init__(self, names: dict[str, str], fonts: FontSet) -> None:
        body = TextStyle(names["fangsong"], BODY_SIZE, LINE, align="justify", first_indent=2 * BODY_SIZE,
                         char_space=CHAR_SPACE)
        self.body = body
        self.flagged = body.but(color=FLAG_TEXT, back_color=FLAG_FILL)
        self.headings = {1: body.but(font=names["heiti"]), 2: body.but(font=names["kaiti"]), 3: body.but(bold=True)}
        self.title = TextStyle(names["title"], TITLE_SIZE, 36, align="center", bold=fonts.title.synthetic_bold)
        self.subtitle = TextStyle(names["kaiti"], BODY_SIZE, LINE, align="center")
        self.cover_title = self.title.but(leading=40)
        self.cover_line = TextStyle(names["fangsong"], BODY_SIZE, LINE, align="center")
        self.closing = TextStyle(names["fangsong"], BODY_SIZE, LINE, align="right", char_space=CHAR_SPACE)
        self.caption = TextStyle(names["heiti"], 14, 24, align="center", space_before=6)
        self.toc_title = TextStyle(names["heiti"], BODY_SIZE, LINE * 1.5, align="center")
        self.toc_levels = [ParagraphStyle(f"toc{i}", fontName=names["fangsong"], fontSize=14, leading=24,
                                          leftIndent=28 * i, firstLineIndent=0, wordWrap="CJK")
                           for i in range(TOC_LEVELS)]
        self.cells = CellFonts(names["fangsong"], names["heiti"])


class _DocTemplate(BaseDocTemplate):
    def __init__(self, out, doc: Document, names: dict[str, str], progress: ProgressCallback | None,
                 total: int) -> None:
        super().__init__(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=doc.title, subject=doc.subject or doc.subtitle,
                         author=doc.author, keywords=doc.keywords, creator="pilotzone",
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
        canv.setFillColor(FLAG_TEXT)
        canv.setFont(self.names["heiti"], 10.5)
        canv.drawRightString(PAGE_W - RIGHT, PAGE_H - TOP + 14 * mm, self.pz_doc.draft_note)
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
        anchor = getattr(flowable, "on_placed", None)
        if isinstance(anchor, _Anchor):
            anchor.placed(self)

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

        The tables of contents start with every entry they will have,
        numbered −1: the first pass then lays them out at their final size (so
        a second pass usually confirms the page numbers, instead of a third),
        and since −1 is never a real number the first pass cannot be the last
        one; its tables are laid out but not drawn.
        """
        anchors = list(_anchors(story))
        for toc in (f for f in story if isinstance(f, RLTableOfContents)):
            kind = toc._notifyKind
            entries = [(a.level - 1, escape(a.text), -1, a.key) for a in anchors
                       if a.kind == kind and (kind != "TOCEntry" or a.level <= self.toc_levels)]
            if entries:
                toc._entries = entries  # moved to _lastEntries by beforeBuild
                self.first_pass_layout_only = True
        self.passes = 0
        self.multiBuild(story, maxPasses=10)
        return self.passes


class _Anchor:
    """What a heading or a caption reports once placed: bookmark, outline entry, table of contents entry."""

    def __init__(self, kind: str, level: int, text: str, key: str) -> None:
        self.kind, self.level, self.text, self.key = kind, level, text, key

    def placed(self, doc: _DocTemplate) -> None:
        doc.canv.bookmarkPage(self.key)
        if self.kind == "TOCEntry" and self.level <= 2:
            level = min(self.level - 1, doc._outline_level + 1)
            doc.canv.addOutlineEntry(self.text, self.key, level, closed=level > 0)
            doc._outline_level = level
        if self.kind != "TOCEntry" or self.level <= doc.toc_levels:
            doc.notify(self.kind, (self.level - 1, escape(self.text), doc.display_page(), self.key))


def _anchors(story: list[Flowable]) -> Iterator[_Anchor]:
    for f in story:
        parts = f.lead if isinstance(f, (LongTable, KeepLead)) else [f]
        for g in parts:
            if isinstance(getattr(g, "on_placed", None), _Anchor):
                yield g.on_placed


def _cover(doc: Document, cover: Cover, st: _Styles) -> list[Flowable]:
    title = "\n".join(break_title(cover.title, TYPE_W / TITLE_SIZE, words=doc.title_words))
    lines = ["\n".join(break_title(line, TYPE_W / BODY_SIZE, words=doc.title_words)) for line in cover.lines]
    held = (st.cover_title.leading * (title.count("\n") + 1) + LINE * sum(ln.count("\n") + 1 for ln in lines)
            + (LINE if cover.date_text else 0.0))
    top, middle, before_date = cover_gaps([45 * mm, 35 * mm, LINE if cover.date_text else 0.0], held, TYPE_H - 2)
    story: list[Flowable] = [Spacer(1, top), TextBlock(title, st.cover_title), Spacer(1, middle)]
    story += [TextBlock(line, st.cover_line) for line in lines]
    if cover.date_text:
        used = top + middle + held
        story += [Spacer(1, max(before_date, TYPE_H - used - 3 * LINE)), TextBlock(cover.date_text, st.cover_line)]
    return story + [NextPageTemplate("body"), RLPageBreak()]


def _closing(block: Closing, st: _Styles) -> list[Flowable]:
    """署名 lines and the date, placed per GB/T 9704 7.3.5.2, one empty line under the text."""
    out: list[Flowable] = []
    name_right, date_right = closing_indents(block.signers, block.date_text, line_em=TYPE_W / BODY_SIZE)
    for i, line in enumerate(block.signers):
        out.append(TextBlock(line, st.closing.but(right_indent=name_right * BODY_SIZE,
                                                  space_before=LINE if i == 0 else 0.0)))
    out.append(TextBlock(block.date_text, st.closing.but(right_indent=date_right * BODY_SIZE,
                                                         space_before=0.0 if block.signers else LINE)))
    return out


class _StoryBuilder:
    def __init__(self, doc: Document, st: _Styles) -> None:
        self.doc, self.st = doc, st
        self.story: list[Flowable] = _cover(doc, doc.cover, st) if doc.cover else []
        self.lead: list[Flowable] = []  # headings (and the title) waiting for what follows them
        self.used_keys: set[str] = set()
        self.tables = 0

    def key(self, raw: str) -> str:
        key = re.sub(r"[^A-Za-z0-9_.-]", "_", raw)
        while key in self.used_keys:
            key += "_"
        self.used_keys.add(key)
        return key

    def add(self, flowable: Flowable) -> None:
        """Place *flowable* after the waiting lead (kept with its first lines)."""
        if self.lead:
            flowable = KeepLead(self.lead, flowable, TYPE_H)
            self.lead = []
        self.story.append(flowable)

    def flush(self) -> None:
        self.story += self.lead
        self.lead = []

    def title(self) -> None:
        doc, st = self.doc, self.st
        text = "\n".join(break_title(doc.title, TYPE_W / TITLE_SIZE, words=doc.title_words))
        self.lead.append(TextBlock(text, st.title))
        if doc.subtitle:
            self.lead.append(TextBlock(doc.subtitle, st.subtitle))
        self.lead.append(Spacer(1, LINE))

    def build(self) -> list[Flowable]:
        doc, st = self.doc, self.st
        title_at = doc.title_position()
        for i, block in enumerate([*doc.blocks, None]):
            if i == title_at:
                self.title()
            if isinstance(block, Heading):
                heading = TextBlock(block.text, st.headings[block.level])
                heading.on_placed = _Anchor("TOCEntry", block.level, block.text,
                                            self.key("h-" + (block.bookmark_key or str(i))))
                self.lead.append(heading)
            elif isinstance(block, Paragraph):
                style = (st.flagged if block.flagged else st.body).but(
                    align=_ALIGN[block.align], first_indent=2 * BODY_SIZE if block.indent_first_line else 0.0)
                self.add(TextBlock(flagged_text(block.text) if block.flagged else block.text, style))
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Closing):
                self.closing(block)
            elif isinstance(block, PageBreak):
                self.flush()
                self.story.append(RLPageBreak())
            elif isinstance(block, TableOfContents):
                self.flush()
                self.toc(block)
        self.flush()
        if doc.end_space_mm > 0:
            self.story.append(Reserve(doc.end_space_mm * mm))
        return self.story

    def closing(self, block: Closing) -> None:
        """The 落款, grouped with the text block before it (inside that block's heading group, if any)."""
        self.flush()
        closing = _closing(block, self.st)
        last = self.story[-1] if self.story else None
        if isinstance(last, KeepLead) and isinstance(last.body, TextBlock):
            last.body = ClosingGroup(last.body, closing, TYPE_H)
        elif isinstance(last, TextBlock):
            self.story[-1] = ClosingGroup(last, closing, TYPE_H)
        else:
            self.story.append(ClosingGroup(None, closing, TYPE_H))

    def table(self, t: Table) -> None:
        lead, self.lead = self.lead, []
        if t.caption:
            caption = TextBlock(t.caption, self.st.caption)
            self.tables += 1
            caption.on_placed = _Anchor("TableEntry", 1, t.caption, self.key(f"t-{self.tables}"))
            lead.append(caption)
        rows = TableRows(t, self.st.cells, TYPE_W)
        self.story += [LongTable(rows, TYPE_H, lead=lead), Spacer(1, LINE / 2)]

    def toc(self, block: TableOfContents) -> None:
        st = self.st

        def listing(kind: str) -> RLTableOfContents:
            return RLTableOfContents(levelStyles=st.toc_levels, dotsMinLevel=0, rightColumnWidth=40, notifyKind=kind,
                                     tableStyle=TableStyle([("FONTNAME", (0, 0), (-1, -1), st.cells.cell_font),
                                                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                            ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

        self.story += [TextBlock(block.title, st.toc_title), listing("TOCEntry")]
        if block.tables and any(t.caption for t in self.doc.tables()):
            self.story += [Spacer(1, LINE / 2), TextBlock(block.tables_title, st.toc_title), listing("TableEntry")]
        self.story.append(RLPageBreak())


def write_pdf(doc: Document, out_path_or_stream: str | os.PathLike[str] | IO[bytes], *, fonts: FontSet,
              progress: ProgressCallback | None = None) -> None:
    """Write *doc* as a PDF to a path or a binary stream.

    *progress*, if given, is called as ``progress(done, total)`` while pages
    are laid out (the layout runs in two or more passes, so *total* is an
    estimate that may grow); the last call has ``done == total``.
    """
    names = register_reportlab_fonts(fonts)
    story = _StoryBuilder(doc, _Styles(names, fonts)).build()
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
