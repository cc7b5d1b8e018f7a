"""The PDF writer, checked by reading the PDF back (pypdf, pdftotext, pdffonts)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from app.export.document import FLAG_MARKER, Document, Heading, Paragraph
from app.export.fonts import FontSet
from app.export.pdf_writer import write_pdf

from .sample import H1, sample_document


@pytest.fixture(scope="module")
def reader(sample_pdf: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(str(sample_pdf))


def _page_texts(reader: pypdf.PdfReader) -> list[str]:
    return [p.extract_text() or "" for p in reader.pages]


def _squash(text: str) -> str:
    return "".join(text.split())


def test_page_size_is_a4_and_document_spans_pages(reader: pypdf.PdfReader) -> None:
    assert len(reader.pages) > 3
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(595.28, abs=0.5)
        assert float(box.height) == pytest.approx(841.89, abs=0.5)


def test_headings_present_in_order(reader: pypdf.PdfReader) -> None:
    # Skip the cover and the table of contents (which lists the headings too).
    body = _squash("".join(_page_texts(reader)[2:]))
    pos = 0
    for heading in sample_document().headings():
        found = body.find(_squash(heading.text), pos)
        assert found >= 0, heading.text
        pos = found + 1


def test_outline_has_level_one_titles_with_children(reader: pypdf.PdfReader) -> None:
    outline = reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == H1
    children = next(item for item in outline if isinstance(item, list))
    assert [c.title for c in children] == ["（一）指导思想", "（二）工作目标"]


def test_table_of_contents_page_numbers_match_the_pages(sample_pdf: Path, reader: pypdf.PdfReader) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    toc = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(sample_pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "目" in toc and "录" in toc
    entries = dict(m.groups() for m in re.finditer(r"^\s*(\S+?)[\s.]+?(\d+)\s*$", toc, re.M))
    texts = [_squash(t) for t in _page_texts(reader)]
    for title in H1:
        number = int(entries[title])  # displayed number; the cover is not counted
        body_page = texts[number]  # physical page index = displayed number (cover is index 0)
        assert f"—{number}—" in body_page and _squash(title) in body_page, title


def test_page_numbers_cover_unnumbered(reader: pypdf.PdfReader) -> None:
    texts = _page_texts(reader)
    assert "—" not in texts[0]  # the cover
    assert "— 1 —" in texts[1]
    assert "— 2 —" in texts[2]
    assert f"— {len(texts) - 1} —" in texts[-1]


def test_table_header_repeats_on_continuation_pages(reader: pypdf.PdfReader) -> None:
    texts = [_squash(t) for t in _page_texts(reader)]
    table_pages = [t for t in texts if "建设内容" in t and "序号" in t]
    assert len(table_pages) >= 3
    assert all("投资额" in t for t in table_pages)
    assert "某某智能制造有限公司5G全连接工厂建设项目（第40期）" in texts[-1]


def test_flagged_content_is_visible(reader: pypdf.PdfReader) -> None:
    body = _squash("".join(_page_texts(reader)))
    assert body.count(FLAG_MARKER) >= 4  # two paragraphs, two table cells
    assert "草稿" in _page_texts(reader)[0]


def test_every_font_embedded_and_subset(sample_pdf: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        cols = row.split()
        emb, sub = cols[-5], cols[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "Helvetica" not in row


def test_pdftotext_reads_chinese(sample_pdf: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-f", "3", "-l", "3", str(sample_pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    assert "融合应用先导区" in out and "一、总体要求" in out


def test_progress_reaches_the_end(sample_pdf_progress: tuple[Path, list[tuple[int, int]]]) -> None:
    _path, calls = sample_pdf_progress
    assert calls and calls[-1][0] == calls[-1][1]
    done = [d for d, _t in calls]
    assert done == sorted(done)


def test_without_cover_first_page_is_one(bundled_fontset: FontSet) -> None:
    buf = io.BytesIO()
    doc = Document("题目", blocks=[Heading(2, "（一）没有一级标题"), Paragraph("正文。" * 400),
                                   Heading(1, "一、再来一级"), Heading(3, "1.三级")])
    write_pdf(doc, buf, fonts=bundled_fontset)
    reader = pypdf.PdfReader(io.BytesIO(buf.getvalue()))
    texts = _page_texts(reader)
    assert "— 1 —" in texts[0] and "— 2 —" in texts[1]
    assert "草稿" not in "".join(texts)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == ["（一）没有一级标题", "一、再来一级"]
