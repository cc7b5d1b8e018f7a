"""Word (.docx) writer for :class:`app.export.document.Document`, per GB/T 9704-2012.

Layout: A4; margins top 37, bottom 35, left 28, right 26 mm (156 × 225 mm
type block); a ``lines`` document grid of 579 twips (22 lines a page) and
−0.25 pt character spacing in Normal (28 characters a line); body 3号 (16 pt)
仿宋, title 2号 (22 pt) 小标宋 centred, Heading 1/2/3 = 黑体 / 楷体 / 仿宋 bold
(real heading styles, so the navigation pane and the TOC field work); page
numbers 「— N —」 in 4号 (14 pt) 宋体 — odd pages right, even pages left, one
character in from the edge.  Fonts come from a :class:`~app.export.fonts.FontSet`:
the family names written are those of the chosen fonts (official names such
as 仿宋_GB2312 when the system has them, else the bundled families).

python-docx only sets the Latin font slots, so ``w:eastAsia`` is written
explicitly and the theme-font attributes are removed (otherwise the theme
wins).  Page-number and TOC fields, the document grid, repeating header rows
and table borders are raw OXML.

Shared with the PDF writer (:mod:`app.export.typeset`, :mod:`app.export.tablelayout`):
the title's line breaks, table column widths, alignments and header lines, the
落款's placement.  Word's own line breaking follows the same 禁则: kinsoku is
on, with the Chinese lists written into the settings, and punctuation may not
overflow the margin.  A character the role's font lacks gets a run in the
first fallback face that has it (:func:`app.export.fonts.font_runs`); the font
table names the official family as each bundled face's alternative.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import IO, Literal

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .document import (Closing, Cover, Document, Heading, PageBreak, Paragraph, Table, TableOfContents,
                       flagged_text)
from .docx_oxml import add_field, child, no_grid_snap, set_fonts, set_lang, shade
from .docx_tables import CELL_SIZE, FLAG_COLOR, FLAG_FILL, TYPE_WIDTH_MM, add_table
from .fonts import OFFICIAL_FAMILIES, FontSet, FontSpec, fallback_chain, font_runs
from .typeset import CANNOT_END, CANNOT_START, break_title, closing_indents, cover_gaps

__all__ = ["write_docx", "TABLES_INSTRUCTION", "TOC_INSTRUCTION", "TOC_PLACEHOLDER"]

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_PLACEHOLDER = "（打开文档后按 F9 更新目录）"
#: The list of tables: every paragraph in the caption style.
TABLES_INSTRUCTION = 'TOC \\h \\z \\t "PZ Caption,1"'
_LINE_PITCH = 579  # twips: 22 lines in the 225 mm type block
_GRID_PT = _LINE_PITCH / 20
_TYPE_HEIGHT_PT = 225 / 25.4 * 72
_TITLE_SIZE = 22
_ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


# ----------------------------------------------------------------------- styles
def _style(d, name: str, font: FontSpec, size: float, *, align: str = "left", bold: bool = False,
           indent: bool = False, snap: bool = True, base: str = "Normal"):
    try:
        st = d.styles[name]
    except KeyError:
        st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles[base]
    rpr = st.element.get_or_add_rPr()
    set_fonts(rpr, font.family)
    color = rpr.find(qn("w:color"))
    if color is not None:
        rpr.remove(color)
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = False
    st.font.color.rgb = RGBColor(0, 0, 0)
    pf = st.paragraph_format
    pf.alignment = _ALIGN[align]
    pf.space_before = pf.space_after = Pt(0)
    ind = child(st.element.get_or_add_pPr(), "w:ind", before=("w:jc", "w:outlineLvl"))
    ind.set(qn("w:firstLineChars"), "200" if indent else "0")
    ind.set(qn("w:firstLine"), str(int(size * 40)) if indent else "0")
    if not snap:
        no_grid_snap(st.element.get_or_add_pPr())
        pf.line_spacing = 1.0
    return st


def _setup_styles(d, fonts: FontSet) -> None:
    styles = d.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr_default, fonts.fangsong.family)
    set_lang(rpr_default)
    ppr_default = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    if ppr_default.find(qn("w:spacing")) is not None:  # template's 10 pt after / 1.15 lines
        ppr_default.remove(ppr_default.find(qn("w:spacing")))
    # 禁则: East Asian line-breaking rules on, no punctuation hanging into the margin, widow control.
    order = ("w:widowControl", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
             "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:jc")
    for i, (tag, val) in enumerate((("w:widowControl", "1"), ("w:kinsoku", "1"), ("w:wordWrap", "1"),
                                    ("w:overflowPunct", "0"))):
        child(ppr_default, tag, before=order[i + 1:]).set(qn("w:val"), val)

    normal = _style(d, "Normal", fonts.fangsong, 16, align="justify", indent=True)
    child(normal.element.get_or_add_rPr(), "w:spacing", before=("w:w", "w:kern", "w:position", "w:sz")).set(
        qn("w:val"), "-5")  # −0.25 pt: 28 characters a line
    for level, font, bold in ((1, fonts.heiti, False), (2, fonts.kaiti, False), (3, fonts.fangsong, True)):
        st = _style(d, f"Heading {level}", font, 16, align="justify", bold=bold, indent=True)
        st.paragraph_format.keep_with_next = True
        bcs = st.element.rPr.find(qn("w:bCs"))
        if bcs is not None:
            bcs.set(qn("w:val"), "1" if bold else "0")
        try:  # the linked character style carries theme fonts as well
            set_fonts(d.styles[f"Heading {level} Char"].element.get_or_add_rPr(), font.family)
        except KeyError:
            pass
    _style(d, "PZ Title", fonts.title, 22, align="center")
    _style(d, "PZ Subtitle", fonts.kaiti, 16, align="center")
    _style(d, "PZ Cover Title", fonts.title, 22, align="center", snap=False)
    _style(d, "PZ Cover Line", fonts.fangsong, 16, align="center")
    _style(d, "PZ TOC Title", fonts.heiti, 16, align="center")
    _style(d, "PZ Caption", fonts.heiti, 14, align="center").paragraph_format.keep_with_next = True
    _style(d, "PZ Closing", fonts.fangsong, 16, align="right")
    _style(d, "PZ Table Text", fonts.fangsong, CELL_SIZE, snap=False)
    _style(d, "PZ Table Header", fonts.heiti, CELL_SIZE, align="center", snap=False)
    for name in ("PZ Title", "PZ Subtitle"):
        d.styles[name].paragraph_format.keep_with_next = True
    if fonts.title.synthetic_bold:
        for name in ("PZ Title", "PZ Cover Title"):
            d.styles[name].font.bold = True
    _style(d, "PZ Draft Mark", fonts.heiti, 10.5, align="right", snap=False).font.color.rgb = FLAG_COLOR
    for level in (1, 2, 3):  # used by Word when it fills the TOC field
        st = _style(d, f"toc {level}", fonts.fangsong, 14, align="left", snap=False)
        st.paragraph_format.left_indent = Pt(14 * 2 * (level - 1))
        st.paragraph_format.tab_stops.add_tab_stop(Mm(TYPE_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    settings = d.settings.element
    anchor = settings.find(qn("w:characterSpacingControl"))
    for tag, chars in (("w:noLineBreaksBefore", CANNOT_START), ("w:noLineBreaksAfter", CANNOT_END)):
        el = OxmlElement(tag)
        el.set(qn("w:lang"), "zh-CN")
        el.set(qn("w:val"), chars)
        if anchor is not None:
            anchor.addnext(el)
        else:
            settings.insert(0, el)
    # (after characterSpacingControl: noLineBreaksAfter, then noLineBreaksBefore, as the schema orders them)
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:val"), "zh-CN")
        lang.set(qn("w:eastAsia"), "zh-CN")
    update = OxmlElement("w:updateFields")  # Word offers to fill the TOC on opening
    update.set(qn("w:val"), "true")
    compat = settings.find(qn("w:compat"))
    compat.addprevious(update) if compat is not None else settings.append(update)
    d.settings.odd_and_even_pages_header_footer = True
    d.core_properties.language = "zh-CN"


# ------------------------------------------------------------- page set-up
def _setup_section(section, *, restart_numbering: bool) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(22)
    sect = section._sectPr
    grid = child(sect, "w:docGrid")
    for key in list(grid.attrib):
        del grid.attrib[key]
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(_LINE_PITCH))
    if restart_numbering:
        child(sect, "w:pgNumType", before=("w:cols", "w:titlePg", "w:docGrid")).set(qn("w:start"), "1")


def _page_number(footer, fonts: FontSet, side: Literal["left", "right"]) -> None:
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if side == "right" else WD_ALIGN_PARAGRAPH.LEFT
    ppr = p._p.get_or_add_pPr()
    no_grid_snap(ppr)
    ind = child(ppr, "w:ind", before=("w:jc",))
    ind.set(qn("w:rightChars" if side == "right" else "w:leftChars"), "100")  # one character in
    ind.set(qn("w:right" if side == "right" else "w:left"), "280")
    ind.set(qn("w:firstLine"), "0")
    ind.set(qn("w:firstLineChars"), "0")
    p.add_run("— ")
    add_field(p, "PAGE", "1")
    p.add_run(" —")
    for run in p.runs:
        set_fonts(run._r.get_or_add_rPr(), fonts.songti.family)
        run.font.size = Pt(14)


def _draft_header(header, note: str) -> None:
    header.is_linked_to_previous = False
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    p.style = "PZ Draft Mark"
    p.add_run(note)


def _font_table(d, fonts: FontSet) -> None:
    """Name the official family as the alternative of each bundled face (Word substitutes it when missing)."""
    part = next((p for p in d.part.package.iter_parts() if p.partname == "/word/fontTable.xml"), None)
    if part is None:
        return
    from docx.oxml import parse_xml

    root = parse_xml(part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for role in ("fangsong", "heiti", "kaiti", "songti", "title"):  # a face serving two roles: the first names it
        spec = getattr(fonts, role)
        if not spec.bundled or spec.family in known:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), spec.family)
        alt = OxmlElement("w:altName")
        alt.set(qn("w:val"), OFFICIAL_FAMILIES[role])
        charset = OxmlElement("w:charset")
        charset.set(qn("w:val"), "86")  # GB2312
        font.extend([alt, charset])
        root.append(font)
        known.add(spec.family)
    from lxml import etree

    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _metadata(d, doc: Document) -> None:
    props = d.core_properties
    props.title, props.subject, props.keywords = doc.title, doc.subject or doc.subtitle, doc.keywords
    props.author = props.last_modified_by = doc.author or "pilotzone"
    props.language = "zh-CN"
    props.comments = ""
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)


# ----------------------------------------------------------------- the writer
class _Writer:
    def __init__(self, doc: Document, fonts: FontSet) -> None:
        self.doc, self.fonts = doc, fonts
        self.chain = fallback_chain(fonts)
        self.d = docx.Document()
        self.break_pending = False
        _setup_styles(self.d, fonts)
        self._style_ids: dict[str, str | None] = {}

    def style_id(self, name: str) -> str | None:
        """The paragraph style's id (None for the default style), looked up by name once."""
        if name not in self._style_ids:
            self._style_ids[name] = self.d.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self._style_ids[name]

    def para(self, text: str, style: str, font: FontSpec, *, flagged: bool = False):
        p = self.d.add_paragraph()
        p._p.style = self.style_id(style)  # what add_paragraph(style=name) writes, without a look-up by name
        if self.break_pending:
            p.paragraph_format.page_break_before = True
            self.break_pending = False
        self.runs(p, flagged_text(text) if flagged else text, font, flagged=flagged)
        return p

    def runs(self, p, text: str, font: FontSpec, *, flagged: bool = False) -> None:
        """A run per line and per face: characters *font* lacks are set in the first fallback face having them."""
        for i, line in enumerate(text.split("\n")):
            if i:
                p.add_run().add_break()
            for chunk, face in font_runs(line, font, self.chain) or [("", font)]:
                run = p.add_run(chunk)
                rpr = run._r.get_or_add_rPr()
                set_fonts(rpr, face.family)
                if flagged:
                    run.font.color.rgb = FLAG_COLOR
                    shade(rpr, FLAG_FILL)

    def build(self) -> docx.document.Document:
        d, doc, fonts = self.d, self.doc, self.fonts
        _metadata(d, doc)
        _font_table(d, fonts)
        _setup_section(d.sections[0], restart_numbering=doc.cover is None)
        if doc.cover is not None:
            self.cover(doc.cover)
            _setup_section(d.add_section(WD_SECTION.NEW_PAGE), restart_numbering=True)
        body = d.sections[-1]
        _page_number(body.footer, fonts, "right")
        _page_number(body.even_page_footer, fonts, "left")
        if doc.draft:
            for section in d.sections:
                _draft_header(section.header, doc.draft_note)
                _draft_header(section.even_page_header, doc.draft_note)
        title_at = doc.title_position()
        previous = None
        for i, block in enumerate(doc.blocks + [None]):
            if i == title_at:
                self.title()
            if isinstance(block, Heading):
                previous = self.para(block.text, f"Heading {block.level}",
                                     (fonts.heiti, fonts.kaiti, fonts.fangsong)[block.level - 1])
            elif isinstance(block, Paragraph):
                p = previous = self.para(block.text, "Normal", fonts.fangsong, flagged=block.flagged)
                p.alignment = _ALIGN[block.align]
                if not block.indent_first_line:
                    ind = child(p._p.get_or_add_pPr(), "w:ind", before=("w:jc",))
                    ind.set(qn("w:firstLineChars"), "0")
                    ind.set(qn("w:firstLine"), "0")
            elif isinstance(block, Table):
                self.table(block)
                previous = None
            elif isinstance(block, Closing):
                self.closing(block, previous)
                previous = None
            elif isinstance(block, PageBreak):
                self.break_pending = True
            elif isinstance(block, TableOfContents):
                self.toc(block)
        return d

    def toc(self, block: TableOfContents) -> None:
        self.para(block.title, "PZ TOC Title", self.fonts.heiti)
        p = self.d.add_paragraph(style="toc 1")
        instruction = TOC_INSTRUCTION.replace('"1-3"', f'"1-{block.levels}"')
        add_field(p, instruction, TOC_PLACEHOLDER, self.fonts.fangsong, dirty=True)
        if block.tables and any(t.caption for t in self.doc.tables()):
            self.para(block.tables_title, "PZ TOC Title", self.fonts.heiti).paragraph_format.space_before = Pt(12)
            p = self.d.add_paragraph(style="toc 1")
            add_field(p, TABLES_INSTRUCTION, TOC_PLACEHOLDER, self.fonts.fangsong, dirty=True)
        self.break_pending = True

    def title(self) -> None:
        lines = break_title(self.doc.title, TYPE_WIDTH_MM / 25.4 * 72 / _TITLE_SIZE, words=self.doc.title_words)
        self.para("\n".join(lines), "PZ Title", self.fonts.title)
        if self.doc.subtitle:
            self.para(self.doc.subtitle, "PZ Subtitle", self.fonts.kaiti)
        self.d.add_paragraph(style="Normal").paragraph_format.keep_with_next = True  # one empty line under the title

    def cover(self, cover: Cover) -> None:
        title = break_title(cover.title, TYPE_WIDTH_MM / 25.4 * 72 / _TITLE_SIZE, words=self.doc.title_words)
        lines = ["\n".join(break_title(line, TYPE_WIDTH_MM / 25.4 * 72 / 16, words=self.doc.title_words))
                 for line in cover.lines]
        # the title's single-spaced lines counted at the PDF's 36 pt; the others on the 28.95 pt grid
        held = 36 * len(title) + _GRID_PT * (sum(ln.count("\n") + 1 for ln in lines) + bool(cover.date_text))
        top, middle, before_date = cover_gaps([150, 90, 110 if cover.date_text else 0], held,
                                              _TYPE_HEIGHT_PT - 2)
        self.para("\n".join(title), "PZ Cover Title", self.fonts.title).paragraph_format.space_before = Pt(top)
        for i, line in enumerate(lines):
            p = self.para(line, "PZ Cover Line", self.fonts.fangsong)
            if i == 0:
                p.paragraph_format.space_before = Pt(middle)
        if cover.date_text:
            self.para(cover.date_text, "PZ Cover Line", self.fonts.fangsong).paragraph_format.space_before = \
                Pt(before_date)

    def closing(self, block: Closing, previous) -> None:
        """The 落款: an empty line, 署名 and date right-aligned per GB/T 9704 7.3.5.2, kept with the text above."""
        if previous is not None:
            previous.paragraph_format.keep_with_next = True
        name_right, date_right = closing_indents(block.signers, block.date_text,
                                                 line_em=TYPE_WIDTH_MM / 25.4 * 72 / 16)
        blank = self.para("", "PZ Closing", self.fonts.fangsong)
        blank.paragraph_format.keep_with_next = True
        lines = [(line, name_right) for line in block.signers] + [(block.date_text, date_right)]
        for n, (text, right) in enumerate(lines):
            p = self.para(text, "PZ Closing", self.fonts.fangsong)
            ind = child(p._p.get_or_add_pPr(), "w:ind", before=("w:jc",))
            ind.set(qn("w:rightChars"), str(round(right * 100)))
            ind.set(qn("w:right"), str(round(right * 320)))  # 16 pt characters: 320 twips each
            p.paragraph_format.keep_with_next = n < len(lines) - 1

    def table(self, t: Table) -> None:
        if t.caption:
            self.para(t.caption, "PZ Caption", self.fonts.heiti)
        elif self.break_pending:
            self.para("", "PZ Table Text", self.fonts.fangsong)
        add_table(self.d, t, self.fonts, self.chain)


def write_docx(doc: Document, out_path_or_stream: str | os.PathLike[str] | IO[bytes], *, fonts: FontSet) -> None:
    """Write *doc* as a .docx file to a path or a binary stream."""
    out = os.fspath(out_path_or_stream) if isinstance(out_path_or_stream, os.PathLike) else out_path_or_stream
    _Writer(doc, fonts).build().save(out)
