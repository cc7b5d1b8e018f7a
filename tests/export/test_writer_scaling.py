"""Long tables (registers of hundreds of rows) in both writers, checked by reading the output back.

The PDF writer lays a long table out as page-sized reportlab tables (header
row repeated on each) and draws plain cells as pre-broken strings; these tests
check that nothing is lost, doubled or left out of place.  No timings here: the
benchmark (``python -m benchmarks.run``) measures those.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from app.export.document import FLAG_MARKER, Document, Heading, Paragraph, Table, TableOfContents
from app.export.docx_writer import write_docx
from app.export.fonts import FontSet
from app.export.pdf_writer import write_pdf

ROWS = 600
COLUMNS = ["登记编号", "企业名称", "所属行业", "应用场景与情况说明"]
LONG_ROW = 300  # a row taller than a page: its cell must be cut, not lost or overflowing
FLAGGED_ROW = 7
INDUSTRIES = ["汽车零部件", "装备制造", "电子信息", "钢铁", "石化"]
SCENES = ["设备预测维护", "机器视觉质检", "远程设备操控", "生产现场监测", "厂区智能物流", "柔性生产制造"]


def _row_id(r: int) -> str:
    return f"R{r:04d}"


def _long_text() -> str:
    return "".join(f"第{i}段超长说明，内容用于验证单行高于一页时的行内拆分。" for i in range(1, 90))


def _rows() -> list[list[str]]:
    rows = []
    for r in range(ROWS):
        scenes = "、".join(SCENES[(r + k) % len(SCENES)] for k in range(1 + r % 5))  # 1-5 scenes: wraps
        note = _long_text() if r == LONG_ROW else f"{scenes}（第{r}行）"
        rows.append([_row_id(r), f"滨江市{INDUSTRIES[r % 5]}第{r}有限公司", INDUSTRIES[r % 5], note])
    rows[FLAGGED_ROW][3] = ""
    return rows


def _document() -> Document:
    return Document("长表测试", blocks=[
        TableOfContents(),
        Heading(1, "一、企业清单", "list"),
        Paragraph("下表列出全部企业。"),
        Table(COLUMNS, _rows(), col_widths=[1.0, 2.4, 1.2, 3.4], caption="表1 企业清单",
              flagged_cells={(FLAGGED_ROW, 3)}),
        Heading(1, "二、表后章节", "after"),
        Paragraph("表后正文。" * 20),
    ])


def _squash(text: str) -> str:
    return "".join(text.split())


# ----------------------------------------------------------------------------- PDF
@pytest.fixture(scope="module")
def pdf_bytes(bundled_fontset: FontSet) -> bytes:
    buf = io.BytesIO()
    write_pdf(_document(), buf, fonts=bundled_fontset)
    return buf.getvalue()


@pytest.fixture(scope="module")
def pdf_pages(pdf_bytes: bytes) -> list[str]:
    return [_squash(p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(pdf_bytes)).pages]


def _table_span(pages: list[str]) -> range:
    first = next(i for i, t in enumerate(pages) if _row_id(0) in t)
    last = next(i for i, t in enumerate(pages) if _row_id(ROWS - 1) in t)
    return range(first, last + 1)


def test_pdf_every_row_exactly_once_in_order(pdf_pages: list[str]) -> None:
    body = "".join(pdf_pages)
    pos = 0
    for r, row in enumerate(_rows()):
        assert body.count(_row_id(r)) == 1, r
        found = body.find(_row_id(r), pos)
        assert found >= pos, r  # in order
        pos = found
        if r not in (LONG_ROW, FLAGGED_ROW):
            # every cell's text whole (wrapped cells: their lines follow each other)
            for text in row[1:]:
                assert _squash(text) in body, (r, text)


def test_pdf_header_on_every_page_of_the_table_and_caption_once(pdf_pages: list[str]) -> None:
    span = _table_span(pdf_pages)
    assert len(span) > 10
    for i in span:
        for title in COLUMNS:
            assert title in pdf_pages[i], (i, title)
    assert "".join(pdf_pages).count("表1企业清单") == 1


def test_pdf_pages_of_the_table_are_full(pdf_pages: list[str]) -> None:
    """No gaps: each page the table spans holds rows; the page count matches the rows' height."""
    span = _table_span(pdf_pages)
    per_page = [len(re.findall(r"R\d{4}", pdf_pages[i])) for i in span]
    assert sum(per_page) == ROWS
    tall = {i for i in span if "超长说明" in pdf_pages[i]}
    middle = [n for i, n in zip(span, per_page) if i not in tall][1:-1]
    assert min(middle) >= 12, per_page  # rows of one to three 15 pt lines: about 15 a page
    # ~15 rows a page, plus the pages of the tall row (about 3,300 characters in a 20-character column).
    assert ROWS / 18 < len(span) - len(tall) < ROWS / 12, per_page
    assert 3 <= len(tall) <= 7, tall
    assert len(pdf_pages) <= len(span) + 2  # the TOC page, the section after the table


def test_pdf_row_taller_than_a_page_is_cut_not_lost(pdf_pages: list[str]) -> None:
    holding = [i for i, t in enumerate(pdf_pages) if "超长说明" in t]
    assert len(holding) >= 2  # the row continues on the next page(s), under the repeated header
    assert holding == list(range(holding[0], holding[-1] + 1))
    # Page by page: page number, header row, then the rest of the cell.
    text = re.sub(r"—\d+—", "", "".join(pdf_pages[i] for i in holding)).replace("".join(COLUMNS), "")
    assert _squash(_long_text()) in text
    assert text.count("超长说明") == 89


def test_pdf_flagged_cell_marked(pdf_pages: list[str]) -> None:
    assert "".join(pdf_pages).count(FLAG_MARKER) == 1


def test_pdf_toc_numbers_match_pages_after_the_table(tmp_path: Path, pdf_bytes: bytes,
                                                    pdf_pages: list[str]) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes)
    toc = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    entries = dict(m.groups() for m in re.finditer(r"^\s*(\S+?)[\s.]+?(\d+)\s*$", toc, re.M))
    for title in ("一、企业清单", "二、表后章节"):
        number = int(entries[title])
        page = pdf_pages[number - 1]  # no cover: the first page is 「— 1 —」
        assert f"—{number}—" in page and title in page, title


def test_pdf_fonts_embedded_and_subset(tmp_path: Path, pdf_bytes: bytes) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        cols = row.split()
        assert (cols[-5], cols[-4]) == ("yes", "yes"), row
        assert "Helvetica" not in row


def test_pdf_cell_lines_follow_the_line_breaking_rules(bundled_fontset: FontSet) -> None:
    """Plain cells are pre-broken strings: every line fits its column and obeys the 禁则."""
    from app.export import pdf_writer
    from app.export.pdf_tables import PAD_L, PAD_R, TableRows
    from app.export.pdf_text import measure
    from app.export.typeset import CANNOT_END, CANNOT_START

    styles = pdf_writer._Styles(pdf_writer.register_reportlab_fonts(bundled_fontset), bundled_fontset)
    texts = [row[c] for row in _rows()[:40] for c in (1, 3) if row[c]] + [
        "“5G+工业互联网”融合应用先导区建设，覆盖研发设计、生产制造、运维服务等环节，形成可复制的典型场景。",
        "0001-落实国家发展战略及规划情况证明材料.pdf", "Mixed English words with 中文 and numbers 12345.6",
        "逗号不能出现在行首，句号也不能。" * 3, "人口1008.5万人，文件25.7 KB，【待补充】（2023年版）"]
    m = measure(styles.cells.cell_font, styles.cells.size)
    for width in (60.0, 90.0, 131.0, 200.0):
        table = Table(["说明"], [[t] for t in texts], col_widths=[1.0])
        rows = TableRows(table, styles.cells, width)
        for text, (cell,) in zip(texts, rows.rows):
            lines = cell.split("\n")
            assert "".join(lines).replace(" ", "") == text.replace(" ", ""), (text, width)
            for i, line in enumerate(lines):
                assert m.natural(line) <= width - PAD_L - PAD_R + 1e-6, (line, width)
                if i:
                    assert line[0] not in CANNOT_START, (text, width, lines)
                if i < len(lines) - 1:
                    assert line[-1] not in CANNOT_END, (text, width, lines)
            for unit in ("1008.5万人", "25.7 KB", "【待补充】"):
                if unit in text and width >= 90:
                    assert any(unit in line for line in lines), (unit, width, lines)


# ---------------------------------------------------------------------------- DOCX
@pytest.fixture(scope="module")
def docx_table(bundled_fontset: FontSet):
    buf = io.BytesIO()
    write_docx(_document(), buf, fonts=bundled_fontset)
    d = docx.Document(io.BytesIO(buf.getvalue()))
    (table,) = d.tables
    return d, table


def test_docx_every_row_present_in_order(docx_table) -> None:
    _d, table = docx_table
    trs = table._tbl.tr_lst
    assert len(trs) == 1 + ROWS
    texts = [["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst] for tr in trs]
    assert texts[0] == COLUMNS
    expected = _rows()
    expected[FLAGGED_ROW][3] = FLAG_MARKER
    assert texts[1:] == expected


def test_docx_header_row_repeats_and_only_it(docx_table) -> None:
    _d, table = docx_table
    trs = table._tbl.tr_lst
    assert trs[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None for tr in trs[1:])


def test_docx_cells_use_the_table_styles(docx_table) -> None:
    d, table = docx_table
    text_id, header_id = d.styles["PZ Table Text"].style_id, d.styles["PZ Table Header"].style_id
    trs = table._tbl.tr_lst
    assert {tc.p_lst[0].pPr.pStyle.val for tc in trs[0].tc_lst} == {header_id}
    assert {tc.p_lst[0].pPr.pStyle.val for tr in trs[1:] for tc in tr.tc_lst} == {text_id}
    flagged = table.rows[1 + FLAGGED_ROW].cells[3]
    assert flagged._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FFF2CC"
    assert str(flagged.paragraphs[0].runs[0].font.color.rgb) == "C00000"
