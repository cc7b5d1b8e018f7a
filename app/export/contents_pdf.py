"""00-目录.pdf: the table of contents a reviewer opens first on a disc or USB stick.

Every file of the package in the order of the 评审指标对照表 (the plan, its Word copy, the 对照表, then the
证明材料 as numbered 附件1…N, which follow the indicators), each with what it is, its page count (PDF files; 「—」
for the others), its size and its SHA-256.  It is written after those files and before ``manifest.json``,
which lists it with its own size and hash: the signed manifest covers it like any other file, and it cannot
list its own hash or the manifest's (they are made after it) — its last lines say where those are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from app.export.fonts import FontSet, register_reportlab_fonts, resolve_fonts
from app.signing.wording import human_size

CONTENTS_PDF = "00-目录.pdf"


@dataclass(frozen=True)
class ContentsEntry:
    path: str
    what: str                  # 「试点工作方案（PDF，已签名）」, 「附件3 应用场景数量证明材料（支撑 3.2.1）」
    size: int
    sha256: str
    pages: int | None = None   # PDF page count; None where a page count means nothing


def page_count(stream: io.BufferedIOBase | io.BytesIO) -> int | None:
    """Pages of a PDF, or None when it cannot be read as one (then the table says 「—」)."""
    from pypdf import PdfReader

    try:
        return len(PdfReader(stream, strict=False).pages)
    except Exception:  # noqa: BLE001 - an evidence file that is not a readable PDF still goes on the disc
        return None


def contents_pdf(entries: list[ContentsEntry], *, title: str, cities: list[str], stage_line: str,
                 fonts: FontSet | None = None) -> bytes:
    """The 目录 as PDF bytes (A4, the app's Chinese fonts embedded)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    names = register_reportlab_fonts(fonts or resolve_fonts())
    body, heading = names["songti"], names["heiti"]
    h1 = ParagraphStyle("h1", fontName=heading, fontSize=18, leading=26, alignment=1)
    meta = ParagraphStyle("meta", fontName=body, fontSize=10.5, leading=16, alignment=1)
    cell = ParagraphStyle("cell", fontName=body, fontSize=9, leading=12, wordWrap="CJK")
    small = ParagraphStyle("small", fontName=body, fontSize=7, leading=9, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=heading, fontSize=9, leading=12)
    note = ParagraphStyle("note", fontName=body, fontSize=9, leading=14, wordWrap="CJK")

    rows = [[Paragraph(t, head) for t in ("序号", "文件", "页数", "大小", "SHA-256 校验值")]]
    for number, entry in enumerate(entries, start=1):
        rows.append([
            Paragraph(str(number), cell),
            Paragraph(f"{escape(entry.path)}<br/><font size=8 color='#555555'>{escape(entry.what)}</font>", cell),
            Paragraph("—" if entry.pages is None else str(entry.pages), cell),
            Paragraph(human_size(entry.size), cell),
            Paragraph(f"{entry.sha256[:32]}<br/>{entry.sha256[32:]}", small),
        ])
    table = Table(rows, colWidths=[11 * mm, 86 * mm, 13 * mm, 20 * mm, 44 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), body),        # else the table sets Helvetica, unembedded
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [
        Paragraph("申报材料目录", h1),
        Paragraph(escape(title), meta),
        Paragraph(escape(f"申报城市：{'、'.join(cities)}　{stage_line}"), meta),
        Spacer(1, 6 * mm),
        table,
        Spacer(1, 4 * mm),
        Paragraph(
            f"共 {len(entries)} 个文件（另有本目录、manifest.json 和 manifest.json.p7s）。manifest.json 记录每个文件"
            "（包括本目录）的大小和 SHA-256 校验值，manifest.json.p7s 是对它的数字签名。用“先导区申报助手”的"
            "“验证申报包”（或 pilotzone verify）选择本光盘或文件夹，即可逐一核对全部文件。", note),
    ]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(body, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                                 bottomMargin=20 * mm, title="申报材料目录", initialFontName=body)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
