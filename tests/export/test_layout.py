"""The 试点工作方案 laid out as a 公文, checked on the rendered PDF (positions and fonts read back) and the .docx.

The layout check (``layout_check.check_layout``) runs on the three sample
dossiers and on the large benchmark dossier (3 cities, 400 factories, 2,000
evidence items; about 440 pages, rendered in a few seconds).  A PDF drawn
with the old defects shows that the check does fail where it should.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.export.document import Closing, Document, Heading, Paragraph, Table
from app.export.fonts import register_reportlab_fonts, resolve_fonts
from app.export.package import render_documents
from app.export.pdf_tables import TableRows
from app.export.pdf_writer import TYPE_W, _Styles
from app.export.typeset import CANNOT_END, CANNOT_START, break_title
from app.models.assessment import evaluate
from app.models.catalogue import load_catalogue
from app.models.dossier import EvidenceItem
from app.models.exchange import load_json_file

from .layout_check import MM, check_layout, read_lines

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()
SAMPLES = ("binjiang", "joint-lingang-yunchuan", "qingling-draft")
WHEN = date(2024, 3, 15)

pytestmark = pytest.mark.skipif(shutil.which("pdftohtml") is None, reason="pdftohtml (poppler-utils) is not installed")


def _render(dossier, tmp: Path, name: str, *, draft: bool, **kw):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
        doc, docx_bytes, pdf, xlsx = render_documents(dossier, CAT, evaluate(dossier, CAT), draft=draft,
                                                      today=WHEN, **kw)
    path = tmp / f"{name}.pdf"
    path.write_bytes(pdf)
    return doc, docx_bytes, path


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("layout")
    out = {}
    for name in SAMPLES:
        dossier = load_json_file(ROOT / "examples" / f"{name}.json")
        out[name] = (dossier, *_render(dossier, tmp, name, draft=name.endswith("draft"),
                                       draft_label="第2稿" if name.endswith("draft") else ""))
    return out


def large_dossier():
    """The benchmark's large dossier, with the metadata of its 2,000 evidence files (not their bytes)."""
    from benchmarks.generate import FULL, build_dossier, plan_sources

    dossier = build_dossier(FULL, catalogue=CAT)
    for i, src in enumerate(plan_sources(FULL, catalogue=CAT)):
        dossier.evidence.append(EvidenceItem(id=f"e{i}", sha256=hashlib.sha256(src.path.encode()).hexdigest(),
                                             filename=Path(src.path).name, size=src.size, title=src.title,
                                             indicators=src.indicators))
    return dossier


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory):
    dossier = large_dossier()
    return (dossier, *_render(dossier, tmp_path_factory.mktemp("large"), "large", draft=False))


@pytest.mark.parametrize("name", SAMPLES)
def test_samples_are_laid_out_as_a_gongwen(samples, name: str) -> None:
    _dossier, doc, _docx, pdf = samples[name]
    assert check_layout(pdf, doc) == []


def test_large_dossier_is_laid_out_as_a_gongwen(large) -> None:
    _dossier, doc, _docx, pdf = large
    assert len(PdfReader(str(pdf)).pages) > 300
    assert check_layout(pdf, doc) == []


def test_the_check_fails_on_the_old_layout(tmp_path: Path) -> None:
    """A PDF with the defects of the old writer: every one of them is reported."""
    fonts = resolve_fonts(bundled_only=True)
    names = register_reportlab_fonts(fonts)
    ming = names["songti"]
    path = tmp_path / "old.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1] - 37 * MM - 16

    def line(y: float, text: str, font: str = ming, size: float = 16, x: float = 28 * MM) -> None:
        c.setFont(font, size)
        c.drawString(x, y, text)

    line(top - 100, "滨江市“5G+工业互联网”融合应用先导区试", size=22)
    line(top - 140, "点工作方案", size=22)
    c.showPage()
    line(top, "一、总体要求", font=names["heiti"])
    line(top - 29, "正文在明体里，标点挂在版心外面的一行文字，一行放了三十个字符，，")
    line(top - 58, "，句号开头的一行", x=28 * MM)
    line(top - 87, "评审指标（")
    line(top - 116, "表1 企业清单", font=names["heiti"], size=14, x=90 * MM)
    c.showPage()
    line(top, "表格从下一页开始。")
    line(top - 29, "滨江市人民政府", x=120 * MM)
    line(top - 58, "2024年3月15日", x=125 * MM)
    c.save()
    document = Document("滨江市“5G+工业互联网”融合应用先导区试点工作方案", blocks=[
        Heading(1, "一、总体要求"), Paragraph("正文"),
        Table(["a"], [["1"]], caption="表1 企业清单"), Closing(["滨江市人民政府"], "2024年3月15日")])
    problems = "\n".join(check_layout(path, document))
    assert "body font" in problems
    assert "outside the type block" in problems
    assert "line starts with '，'" in problems and "line ends with '（'" in problems
    assert "ends with a caption" in problems
    assert "title broken inside '试点'" in problems
    assert "落款 is not with the text it closes" in problems


def test_title_breaks_at_a_phrase_boundary_in_both_documents(samples) -> None:
    for name, (dossier, doc, docx_bytes, pdf) in samples.items():
        expected = break_title(doc.title, TYPE_W / 22, words=doc.title_words)
        pages = read_lines(pdf)
        body_page = next(n for n in sorted(pages) if n > 1 and any(
            abs(p.size - 22) < 1 for ln in pages[n] for p in ln.pieces))
        for n in (1, body_page):
            assert ["".join(ln.text.split()) for ln in pages[n] if any(abs(p.size - 22) < 1 for p in ln.pieces)] \
                == ["".join(t.split()) for t in expected], (name, n)
        d = docx.Document(io.BytesIO(docx_bytes))
        titles = [p.text for p in d.paragraphs if p.style.name in ("PZ Title", "PZ Cover Title")]
        assert titles == ["\n".join(expected)] * 2, name
        assert len(expected) == 2 and expected[0].endswith(("”", "融合应用", "先导区")), expected


def test_factory_rows_and_headers_are_compact(samples, large) -> None:
    """A factory with 14 typical scenarios takes at most 4 lines (滨江市); no header takes more than 2 (both)."""
    styles = _Styles(register_reportlab_fonts(resolve_fonts(bundled_only=True)), resolve_fonts(bundled_only=True))
    seen_fourteen = 0
    for dossier, doc, *_ in [samples["binjiang"], large]:
        for table in doc.tables():
            rows = TableRows(table, styles.cells, TYPE_W)
            assert all(cell.count("\n") <= 1 for cell in rows.header), (table.caption, rows.header)
            if "典型应用场景" not in table.columns or dossier is large[0]:
                continue  # (three cities: the city column stays, and 18-scenario factories set the pace)
            col = table.columns.index("典型应用场景")
            for texts, cells in zip(table.rows, rows.rows):
                if texts[col].count("、") == 13:
                    seen_fourteen += 1
                    assert cells[col].count("\n") <= 3, cells[col]
    assert seen_fourteen >= 1


def test_numbers_are_right_aligned_with_units_in_headers(samples) -> None:
    _dossier, doc, docx_bytes, _pdf = samples["binjiang"]
    city = next(t for t in doc.tables() if "申报城市" in (t.caption or ""))
    assert city.columns[2:5] == ["常住人口（万人）", "5G基站数（个）", "每万人拥有5G基站数（个）"]
    assert city.rows[0][2:5] == ["1008.5", "35210", "34.91"]
    d = docx.Document(io.BytesIO(docx_bytes))
    table = next(t for t in d.tables if t.rows[0].cells[0].text.replace("\n", "") == "城市名称")
    jc = table.rows[1].cells[3].paragraphs[0]._p.pPr.find(qn("w:jc"))
    assert jc is not None and jc.get(qn("w:val")) == "right"
    assert table.rows[1].cells[0].paragraphs[0]._p.pPr.find(qn("w:jc")) is None


def test_every_table_numbered_and_listed(samples) -> None:
    _dossier, doc, docx_bytes, pdf = samples["binjiang"]
    captions = [t.caption for t in doc.tables()]
    assert all(captions) and [int(re.match(r"表(\d+) ", c).group(1)) for c in captions] == list(
        range(1, len(captions) + 1))
    assert any("不可偏离条件达标情况" in c for c in captions)
    listing = "".join("".join(ln.text.split()) for n, lines in read_lines(pdf).items() if n <= 5 for ln in lines)
    assert "表格目录" in listing
    for caption in captions:
        assert "".join(caption.split()) in listing, caption
    d = docx.Document(io.BytesIO(docx_bytes))
    assert any('\\t "PZ Caption,1"' in t.text for t in d.element.body.iter(qn("w:instrText")))


def test_dates_and_the_closing(samples) -> None:
    dossier, doc, docx_bytes, pdf = samples["binjiang"]
    text = "".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    assert "2024年3月15日" in text and not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert doc.cover.date_text == "2024年3月15日"
    closing = next(b for b in doc.blocks if isinstance(b, Closing))
    assert closing.signers == [dossier.applicant] and closing.date_text == "2024年3月15日"
    order = [type(b).__name__ for b in doc.blocks]
    assert order.index("Closing") < next(i for i, b in enumerate(doc.blocks)
                                         if isinstance(b, Heading) and b.text.startswith("附件"))
    d = docx.Document(io.BytesIO(docx_bytes))
    texts = [p.text for p in d.paragraphs]
    at = texts.index("2024年3月15日", texts.index(dossier.applicant))
    signer_p, date_p = d.paragraphs[at - 1], d.paragraphs[at]
    assert signer_p.text == dossier.applicant and d.paragraphs[at - 3].paragraph_format.keep_with_next
    assert d.paragraphs[at - 2].paragraph_format.keep_with_next and signer_p.paragraph_format.keep_with_next
    assert date_p.style.name == "PZ Closing" and d.styles["PZ Closing"].paragraph_format.alignment.name.lower() == "right"
    assert "附件：证明材料清单" in texts[at:]


def test_a_draft_says_which_draft(samples) -> None:
    _dossier, doc, docx_bytes, pdf = samples["qingling-draft"]
    assert doc.cover.date_text == "草稿（第2稿）\u30002024年3月15日"
    assert doc.draft_note.startswith("草稿（第2稿） · 2024年3月15日")
    first = PdfReader(str(pdf)).pages[1].extract_text()
    assert "草稿（第2稿）" in first
    d = docx.Document(io.BytesIO(docx_bytes))
    assert d.sections[-1].header.paragraphs[0].text == doc.draft_note


def test_metadata_of_both_documents(samples) -> None:
    dossier, doc, docx_bytes, pdf = samples["binjiang"]
    reader = PdfReader(str(pdf))
    info = reader.metadata
    assert info.author == dossier.applicant and info.title == doc.title and info.subject == CAT.title
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    props = docx.Document(io.BytesIO(docx_bytes)).core_properties
    assert (props.author, props.title, props.subject, props.language) == (
        dossier.applicant, doc.title, CAT.title, "zh-CN")


def test_characters_the_fangsong_lacks_come_from_a_fallback(samples, tmp_path: Path) -> None:
    """★ (and full-width digits, circled numbers): drawn from the Ming face in the PDF, own runs in Word."""
    _dossier, _doc, docx_bytes, pdf = samples["binjiang"]
    lines = [ln for lines in read_lines(pdf).values() for ln in lines if "★" in ln.text]
    assert lines
    for line in lines:
        star = next(p for p in line.pieces if "★" in p.text)
        assert star.family.startswith("UMing"), star
        assert any(p.family.startswith("ZhuqueFangsong") for p in line.pieces if p is not star) or \
            line.pieces[0].family.startswith("WenQuanYi")
    d = docx.Document(io.BytesIO(docx_bytes))
    heading = next(p for p in d.paragraphs if p.style.name == "Heading 3" and "★" in p.text)
    fonts = {r.text: r._r.rPr.rFonts.get(qn("w:eastAsia")) for r in heading.runs}
    assert fonts["★"] == "AR PL UMing CN"
    assert {f for t, f in fonts.items() if t != "★"} == {"Zhuque Fangsong"}
    # a paragraph with full-width digits and circled numbers, written by both writers
    from app.export.docx_writer import write_docx
    from app.export.pdf_writer import write_pdf

    fonts_set = resolve_fonts(bundled_only=True)
    sample = Document("题目", blocks=[Paragraph("第１２３期，①②③，ＡＢＣ。")])
    out = tmp_path / "fallback.pdf"
    write_pdf(sample, out, fonts=fonts_set)
    pieces = [p for ln in read_lines(out)[1] for p in ln.pieces if any(ch in p.text for ch in "１①Ａ")]
    assert pieces and all(p.family.startswith("UMing") for p in pieces)
    buf = io.BytesIO()
    write_docx(sample, buf, fonts=fonts_set)
    runs = docx.Document(io.BytesIO(buf.getvalue())).paragraphs[-1].runs
    assert {r.text: r._r.rPr.rFonts.get(qn("w:eastAsia")) for r in runs}["１２３"] == "AR PL UMing CN"


def test_word_applies_the_same_line_breaking_rules(samples) -> None:
    _dossier, _doc, docx_bytes, _pdf = samples["binjiang"]
    d = docx.Document(io.BytesIO(docx_bytes))
    settings = d.settings.element
    before = settings.find(qn("w:noLineBreaksBefore"))
    after = settings.find(qn("w:noLineBreaksAfter"))
    assert before.get(qn("w:val")) == CANNOT_START and after.get(qn("w:val")) == CANNOT_END
    assert before.get(qn("w:lang")) == "zh-CN"
    defaults = d.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    assert defaults.find(qn("w:kinsoku")).get(qn("w:val")) == "1"
    assert defaults.find(qn("w:overflowPunct")).get(qn("w:val")) == "0"
    font_table = next(p for p in d.part.package.iter_parts() if p.partname == "/word/fontTable.xml").blob.decode()
    assert re.search(r'w:name="Zhuque Fangsong"><w:altName w:val="仿宋_GB2312"/>', font_table)


def test_plan_parts_and_the_city_table_follow_the_catalogue(tmp_path: Path) -> None:
    """Guide areas and the starred coverage rule are catalogue data: change them and the plan follows."""
    import json

    from app.export.plan import compose_plan
    from app.models.catalogue import load_catalogue_file

    data = json.loads((ROOT / "resources" / "catalogue" / "2023.json").read_text(encoding="utf-8"))
    data["construction_guide"]["areas"].append({"id": "security", "name": "六、安全保障先导",
                                                "items": ["（十七）强化安全保障"]})
    rule = next(i["rule"] for s in data["sections"] for g in s["groups"] for i in g["indicators"]
                if i.get("rule", {}).get("kind") == "per_capita_above")
    rule.update(per=1000, threshold="3", measured_label="每千人拥有5G基站数", unit="个/千人")
    path = tmp_path / "edition.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    catalogue = load_catalogue_file(path, schema_check=False)
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    dossier.plan_texts["tasks.security"] = "建立安全保障体系。"
    doc = compose_plan(dossier, catalogue, evaluate(dossier, catalogue), draft=False, today=WHEN)
    headings = [h.text for h in doc.headings()]
    tasks = headings[headings.index("五、重点任务") + 1:headings.index("六、保障措施")]
    assert tasks[-1] == "（六）安全保障先导" and len(tasks) == 6
    assert any(isinstance(b, Paragraph) and b.text == "建立安全保障体系。" for b in doc.blocks)
    city = next(t for t in doc.tables() if "申报城市" in (t.caption or ""))
    assert city.columns[4] == "每千人拥有5G基站数（个）" and city.rows[0][4] == "3.49"


def test_a_signed_pdf_keeps_room_for_the_signature_block(tmp_path: Path) -> None:
    """The visible signature block goes at the foot of the last page: the text there must end above it."""
    from app.export.package import SIGNATURE_SPACE_MM
    from app.export.pdf_writer import write_pdf
    from app.signing.pades import STAMP_SIZE, _FOOTER_CLEARANCE

    stamp_top = A4[1] - _FOOTER_CLEARANCE - STAMP_SIZE[1]  # from the page's top, as read_lines measures
    fonts = resolve_fonts(bundled_only=True)
    for reserve in (0.0, SIGNATURE_SPACE_MM):
        # a title and 63 one-line paragraphs fill three pages to their last line
        doc = Document("题目", blocks=[Paragraph(f"第{i}行。") for i in range(63)], end_space_mm=reserve)
        out = tmp_path / f"reserve-{reserve}.pdf"
        write_pdf(doc, out, fonts=fonts)
        pages = read_lines(out)
        text = [p for ln in pages[max(pages)] if not ln.text.strip().startswith("—") for p in ln.pieces]
        lowest = max((p.top + p.height for p in text), default=0)
        assert (lowest <= stamp_top) == bool(reserve), (reserve, lowest, stamp_top)
