"""The 试点工作方案 of awkward dossiers: long names and titles, many signing bodies, a crowded cover.

Each dossier is the 滨江 sample with one thing made awkward, rendered by the
real writers and read back (positions from the PDF, paragraphs from the .docx).
"""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.export.document import Closing
from app.export.package import render_documents
from app.export.typeset import text_em
from app.models.assessment import evaluate
from app.models.catalogue import load_catalogue
from app.models.exchange import load_json_file

from .layout_check import TYPE_BLOCK, check_layout, read_lines

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()
WHEN = date(2024, 3, 15)

pytestmark = pytest.mark.skipif(shutil.which("pdftohtml") is None, reason="pdftohtml (poppler-utils) is not installed")

SIX_BODIES = ["滨江市人民政府办公厅", "滨江市工业和信息化局", "滨江市发展和改革委员会", "滨江市科学技术局",
              "滨江市财政局", "滨江市通信管理办公室"]


def _render(tmp: Path, **changes):
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    for name, value in changes.items():
        setattr(dossier, name, value)
    doc, docx_bytes, pdf, _xlsx = render_documents(dossier, CAT, evaluate(dossier, CAT), draft=False, today=WHEN)
    path = tmp / "plan.pdf"
    path.write_bytes(pdf)
    return doc, docx.Document(io.BytesIO(docx_bytes)), path


def _closing_paragraphs(d: docx.document.Document) -> list:
    return [p for p in d.paragraphs if p.style.name == "PZ Closing" and p.text]


@pytest.mark.parametrize("applicant, signers", [
    ("、".join(SIX_BODIES), SIX_BODIES),
    ("滨江市与周边地区共同建设“5G+工业互联网”融合应用先导区领导小组办公室暨滨江市数字经济发展和制造业数字化转型工作专班",
     None),
], ids=["six-bodies", "one-long-name"])
def test_a_long_signer_keeps_the_date_on_the_page(tmp_path: Path, applicant: str, signers) -> None:
    """A 署名 wider than a line: the date used to be placed left of the page (and lost)."""
    doc, d, pdf = _render(tmp_path, applicant=applicant)
    closing = next(b for b in doc.blocks if isinstance(b, Closing))
    # GB/T 9704-2012 7.3.5.3: joint senders each on their own line, one under the other
    assert closing.signers == (signers or [applicant])
    assert check_layout(pdf, doc) == []
    date_lines = [ln for lines in read_lines(pdf).values() for ln in lines if "".join(ln.text.split()) == "2024年3月15日"]
    assert date_lines and all(TYPE_BLOCK[0] <= p.left and p.right <= TYPE_BLOCK[2] + 1.5
                              for ln in date_lines for p in ln.pieces)
    paras = _closing_paragraphs(d)
    assert [p.text for p in paras] == closing.signers + ["2024年3月15日"]
    line_em = 156 / 25.4 * 72 / 16  # the type block's width in 3号 characters
    for p in paras:  # the right indent leaves room for the text (a long 署名 wraps, a date cannot)
        right = int(p._p.pPr.find(qn("w:ind")).get(qn("w:rightChars"))) / 100
        assert right + min(text_em(p.text), line_em - 2) <= line_em, (p.text, right)


def test_a_long_title_is_drawn_in_the_lines_word_gets(tmp_path: Path) -> None:
    """Quotes and dashes are full-width in the title face: counted narrow, a line the PDF could not hold
    was wrapped again and 「网”」 stood alone on a line of its own, unlike the Word title."""
    title = ("滨江市与周边地区共同建设“5G+工业互联网”融合应用先导区暨数字经济创新发展示范区"
             "和制造业数字化转型促进中心联合试点工作实施方案（2024—2026年）")
    doc, d, pdf = _render(tmp_path, title=title)
    assert doc.title == title
    assert check_layout(pdf, doc) == []
    word = next(p.text for p in d.paragraphs if p.style.name == "PZ Title").split("\n")
    pages = read_lines(pdf)
    for n in (1, next(n for n in sorted(pages) if n > 1 and any(abs(p.size - 22) < 1 for ln in pages[n]
                                                                for p in ln.pieces))):
        drawn = ["".join(ln.text.split()) for ln in pages[n] if any(abs(p.size - 22) < 1 for p in ln.pieces)]
        assert drawn == ["".join(t.split()) for t in word], n


def test_a_crowded_cover_stays_on_one_page(tmp_path: Path) -> None:
    """A five-line title, six 申报单位 and a long contact: the cover's gaps give way, so its last lines and the
    date no longer spill onto a second cover page (which also put every 「— N —」 one page off)."""
    title = ("滨江市与周边地区共同建设“5G+工业互联网”融合应用先导区暨数字经济创新发展示范区"
             "和制造业数字化转型促进中心联合试点工作实施方案（2024—2026年）")
    contact = ("滨江市工业和信息化局信息化推进处（数字经济处）副处长欧阳明 0571-888800001234 转 5678 "
               "手机13912345678 邮箱ouyang.ming@binjiang-digital-economy.gov.cn")
    doc, d, pdf = _render(tmp_path, title=title, applicant="、".join(SIX_BODIES), contact=contact)
    pages = read_lines(pdf)
    cover = "".join("".join(ln.text.split()) for ln in pages[1])
    assert "2024年3月15日" in cover and "digital-economy.gov.cn" in cover
    assert "".join(pages[2][0].text.split()) == "目录"
    assert check_layout(pdf, doc) == []
    # Word: the gaps above the title, the lines and the date leave room for what the cover holds
    paras = [p for p in d.paragraphs if p.style.name in ("PZ Cover Title", "PZ Cover Line")]
    gaps = sum(p.paragraph_format.space_before.pt for p in paras if p.paragraph_format.space_before)
    held = sum(36 * (p.text.count("\n") + 1) if p.style.name == "PZ Cover Title" else 28.95 * (p.text.count("\n") + 1)
               for p in paras)
    assert gaps + held <= 225 / 25.4 * 72, (gaps, held)
