"""The Word writer, checked by reading the .docx back with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from app.export.document import FLAG_MARKER, Document, Paragraph
from app.export.docx_writer import TOC_INSTRUCTION, TOC_PLACEHOLDER, write_docx
from app.export.fonts import FontSet

from .sample import sample_document

THEME_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")


@pytest.fixture(scope="module")
def d(sample_docx: Path) -> docx.document.Document:
    return docx.Document(str(sample_docx))


def _rfonts(element) -> dict[str, str]:
    rfonts = element.find(qn("w:rPr")).find(qn("w:rFonts"))
    return {k.split("}")[1]: v for k, v in rfonts.attrib.items()}


def _instr(part_element) -> list[str]:
    return [t.text.strip() for t in part_element.iter(qn("w:instrText"))]


def test_headings_in_order_with_heading_styles(d, bundled_fontset: FontSet) -> None:
    expected = [(f"Heading {h.level}", h.text) for h in sample_document().headings()]
    got = [(p.style.name, p.text) for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert got == expected
    families = {1: bundled_fontset.heiti.family, 2: bundled_fontset.kaiti.family,
                3: bundled_fontset.fangsong.family}
    for level, family in families.items():
        style = d.styles[f"Heading {level}"]
        fonts = _rfonts(style.element)
        assert fonts["eastAsia"] == family
        assert not set(THEME_ATTRS) & {f"w:{k}" for k in fonts}
        assert style.font.size.pt == 16
        assert bool(style.font.bold) == (level == 3)
        assert style.element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)


def test_east_asian_fonts_and_language(d, bundled_fontset: FontSet) -> None:
    defaults = d.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    fonts = _rfonts(defaults)
    assert fonts["eastAsia"] == bundled_fontset.fangsong.family == "Zhuque Fangsong"
    assert not any(k.endswith("Theme") or k == "cstheme" for k in fonts)
    lang = defaults.find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    normal = d.styles["Normal"]
    assert _rfonts(normal.element)["eastAsia"] == bundled_fontset.fangsong.family
    assert normal.font.size.pt == 16
    assert normal.element.rPr.find(qn("w:spacing")).get(qn("w:val")) == "-5"  # −0.25 pt
    for p in d.paragraphs:
        for run in p.runs:
            if run.text.strip():
                assert run._r.rPr.rFonts.get(qn("w:eastAsia")), (p.text, run.text)


def test_page_setup_a4_margins_and_grid(d) -> None:
    for section in d.sections:
        assert abs(section.page_width - Mm(210)) < Mm(0.1)
        assert abs(section.page_height - Mm(297)) < Mm(0.1)
        for got, mm in ((section.top_margin, 37), (section.bottom_margin, 35),
                        (section.left_margin, 28), (section.right_margin, 26)):
            assert abs(got - Mm(mm)) < Mm(0.1)
        grid = section._sectPr.find(qn("w:docGrid"))
        assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"


def test_cover_is_its_own_unnumbered_section(d) -> None:
    cover, body = d.sections
    assert d.paragraphs[0].text.startswith("××市")
    assert body._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    # No footer definition in the first section = no page number on the cover.
    assert cover.footer.is_linked_to_previous and cover.even_page_footer.is_linked_to_previous


def test_footers_have_page_fields_odd_right_even_left(d) -> None:
    body = d.sections[-1]
    assert d.settings.odd_and_even_pages_header_footer
    for footer, side in ((body.footer, "right"), (body.even_page_footer, "left")):
        assert not footer.is_linked_to_previous
        assert _instr(footer._element) == ["PAGE"]
        p = footer.paragraphs[0]
        assert p.text.startswith("— ") and p.text.endswith(" —")
        assert p.alignment is not None and p.alignment.name.lower() == side


def test_table_of_contents_field(d) -> None:
    instr = _instr(d.element.body)
    assert TOC_INSTRUCTION in instr
    assert any(TOC_PLACEHOLDER in p.text for p in d.paragraphs)
    assert d.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_table_fits_type_block_with_repeating_header(d) -> None:
    (table,) = d.tables
    sample = next(b for b in sample_document().blocks if hasattr(b, "rows"))
    assert len(table.rows) == 1 + len(sample.rows)
    # headers may be broken into lines (the same breaks as the PDF's), never into more than two here
    assert [c.text.replace("\n", "") for c in table.rows[0].cells] == sample.columns
    assert all(c.text.count("\n") <= 1 for c in table.rows[0].cells)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    width = sum(c.width for c in table.rows[0].cells)
    assert width <= Mm(156.1)
    assert table._tbl.tblPr.find(qn("w:tblBorders")) is not None
    flagged = table.rows[1 + 2].cells[3]
    assert flagged.text.startswith(FLAG_MARKER)
    assert flagged._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FFF2CC"
    assert table.rows[1].cells[1].paragraphs[0].runs[0].font.size is None  # from the style:
    assert d.styles["PZ Table Text"].font.size.pt == 10.5


def test_flagged_paragraph_is_marked(d) -> None:
    flagged = [p for p in d.paragraphs if p.text.startswith(FLAG_MARKER)]
    assert [p.text for p in flagged] == [FLAG_MARKER, FLAG_MARKER + "具体建设内容见附件表格。"]
    for p in flagged:
        run = p.runs[0]
        assert str(run.font.color.rgb) == "C00000"
        assert run._r.rPr.find(qn("w:shd")) is not None


def test_title_subtitle_and_draft_header(d) -> None:
    texts = [p.text for p in d.paragraphs]
    title = texts.index("××市“5G+工业互联网”\n融合应用先导区试点工作方案")  # broken at a phrase boundary
    assert texts[title + 1] == "（征求意见稿）"
    assert d.paragraphs[title].style.font.size.pt == 22
    assert "草稿" in d.sections[-1].header.paragraphs[0].text


def test_minimal_document_to_stream(bundled_fontset: FontSet) -> None:
    buf = io.BytesIO()
    write_docx(Document("题目", blocks=[Paragraph("正文\n第二行")]), buf, fonts=bundled_fontset)
    back = docx.Document(io.BytesIO(buf.getvalue()))
    assert len(back.sections) == 1
    assert back.sections[0]._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert [p.text for p in back.paragraphs if p.text] == ["题目", "正文\n第二行"]
