"""A printable disc label and case cover (PDF) for a package exported to a folder or a disc image.

Page 1: the disc label (117 mm, 41 mm hole; cut lines drawn): city, title, stage / version / date, the signer,
the package's manifest hash — short (「1a2b 3c4d 5e6f 7a8b」, as the verify report prints it) and as a QR code
holding the whole SHA-256 of ``manifest.json`` in lower-case hex.
Page 2: the case's front cover (120 × 120 mm) and the back insert (151 × 118 mm) with the disc's file list;
when the list is longer than the insert holds, the whole list follows on the next pages.

The label is written beside the package, never inside it: a file on the disc that the signed manifest does
not list would be reported as an extra file by the verifier.
"""

from __future__ import annotations

import io
from typing import Any

from app.export.fonts import FontSet, register_reportlab_fonts, resolve_fonts
from app.signing.wording import human_size, short_hash, stage_line

LABEL_SUFFIX = "-光盘标签"


def _fit(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking by width (Chinese text breaks anywhere)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        if line and stringWidth(line + ch, font, size) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + ([line] if line else [])


def _qr(canvas: Any, value: str, x: float, y: float, size: float) -> None:
    """The QR code of ``value`` (error correction M, quiet zone included), drawn module by module — rendering
    the widget as a drawing would add an unembedded Helvetica to the PDF."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(value, barLevel="M")
    x0, y0, x1, _ = widget.getBounds()
    scale = size / (x1 - x0)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for shape in widget.draw().contents:
        if getattr(shape, "fillColor", None) is not None:
            canvas.rect(x + (shape.x - x0) * scale, y + (shape.y - y0) * scale, shape.width * scale,
                        shape.height * scale, stroke=0, fill=1)
    canvas.restoreState()


def _signer_line(manifest: dict[str, Any]) -> str:
    signer = manifest.get("signer") if isinstance(manifest.get("signer"), dict) else None
    if not signer:
        return "未签名"
    kind = "自签名证书" if signer.get("self_signed") else "机构证书"
    org = f"（{signer['organisation']}）" if signer.get("organisation") else ""
    return f"签名人：{signer.get('name', '')}{org}；软件密钥签名，{kind}"


def label_pdf(manifest: dict[str, Any], manifest_sha256: str, *, files: list[tuple[str, int]],
              volume_label: str = "", fonts: FontSet | None = None) -> bytes:
    """The label and cover as PDF bytes; ``files`` is the disc's file list as (path, size)."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    names = register_reportlab_fonts(fonts or resolve_fonts())
    body, heavy = names["songti"], names["heiti"]
    cities = "、".join(str(c) for c in manifest.get("cities") or [])
    title = str(manifest.get("dossier_title") or "")
    stage = stage_line(manifest)
    out = io.BytesIO()
    c = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=body)   # no unembedded Helvetica
    c.setTitle(f"{cities} 申报光盘标签")
    width, height = A4
    grey = HexColor("#888888")

    def centred(lines: list[str], font: str, size: float, y: float, x: float = width / 2, step: float = 0) -> float:
        c.setFont(font, size)
        for line in lines:
            c.drawCentredString(x, y, line)
            y -= step or size * 1.3
        return y

    # -- page 1: the disc ------------------------------------------------------------------------------
    cx, cy, outer, hole = width / 2, height - 30 * mm - 58.5 * mm, 58.5 * mm, 20.5 * mm
    c.setFont(heavy, 13)
    c.drawCentredString(width / 2, height - 18 * mm, "光盘标签（沿外圈和内圈裁切）")
    c.setStrokeColor(grey)
    c.setLineWidth(0.4)
    c.setDash(2, 2)
    c.circle(cx, cy, outer)
    c.circle(cx, cy, hole)
    c.setDash()
    centred([cities], heavy, 15, cy + 47 * mm)
    centred(_fit(title, body, 8.5, 82 * mm)[:2], body, 8.5, cy + 39 * mm)
    centred([stage], body, 8.5, cy + 27 * mm)
    centred([volume_label], body, 7, cy + 23 * mm)
    qr = 22 * mm
    _qr(c, manifest_sha256, cx - 27 * mm, cy - 24 * mm - qr, qr)
    c.setFont(body, 7.5)
    for i, line in enumerate(["清单校验值（SHA-256）", short_hash(manifest_sha256), "扫码得完整校验值"]):
        c.drawString(cx - 2 * mm, cy - 29 * mm - i * 4.2 * mm, line)
    signer = manifest.get("signer") if isinstance(manifest.get("signer"), dict) else None
    centred([f"签名人：{signer.get('name', '')}" if signer else "未签名"], body, 7.5, cy - 51 * mm)
    c.showPage()

    # -- page 2: case cover and back insert --------------------------------------------------------------
    left, top = (width - 120 * mm) / 2, height - 15 * mm
    c.setStrokeColor(grey)
    c.setDash(2, 2)
    c.rect(left, top - 120 * mm, 120 * mm, 120 * mm)
    c.setDash()
    c.setFillColor(HexColor("#000000"))
    y = centred(["“5G+工业互联网”融合应用先导区试点申报材料"], body, 10, top - 14 * mm)
    y = centred([cities], heavy, 22, y - 8 * mm)
    y = centred(_fit(title, body, 11, 100 * mm), body, 11, y - 4 * mm)
    y = centred([stage], body, 10, y - 3 * mm)
    centred(_fit(_signer_line(manifest), body, 8.5, 104 * mm), body, 8.5, y - 2 * mm)
    _qr(c, manifest_sha256, left + 8 * mm, top - 114 * mm, 30 * mm)
    c.setFont(body, 7.5)
    for i, line in enumerate(["清单 manifest.json 的 SHA-256 校验值：", manifest_sha256[:32], manifest_sha256[32:],
                              "用“验证申报包”核对光盘时，报告中的", f"清单校验值应为 {short_hash(manifest_sha256)}"]):
        c.drawString(left + 42 * mm, top - 90 * mm - i * 4.4 * mm, line)

    back_left, back_top = (width - 151 * mm) / 2, top - 127 * mm
    c.setStrokeColor(grey)
    c.setDash(2, 2)
    c.rect(back_left, back_top - 118 * mm, 151 * mm, 118 * mm)
    c.setDash()
    c.setFont(heavy, 10)
    c.drawString(back_left + 6 * mm, back_top - 9 * mm, f"光盘文件清单（共 {len(files)} 个文件）")
    room = 27
    shown = files if len(files) <= room else files[:room - 1]
    y = _file_lines(c, shown, body, back_left + 6 * mm, back_top - 15 * mm, 139 * mm)
    if len(shown) < len(files):
        c.drawString(back_left + 6 * mm, y, f"……另有 {len(files) - len(shown)} 个文件，完整清单见下页。")
    c.showPage()

    if len(shown) < len(files):                                   # the whole list, as many pages as it takes
        per_page = 68
        for start in range(0, len(files), per_page):
            c.setFont(heavy, 11)
            c.drawString(18 * mm, height - 18 * mm, f"光盘文件清单（{start + 1}–{min(start + per_page, len(files))}"
                                                    f" / 共 {len(files)} 个）")
            _file_lines(c, files[start:start + per_page], body, 18 * mm, height - 26 * mm, width - 36 * mm)
            c.showPage()
    c.save()
    return out.getvalue()


def _file_lines(c: Any, files: list[tuple[str, int]], font: str, x: float, y: float, width: float) -> float:
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont(font, 7.5)
    for path, size in files:
        size_text = human_size(size)
        name = path
        while stringWidth(name, font, 7.5) > width - 22 * mm and len(name) > 4:
            name = name[:-2] + "…"
        c.drawString(x, y, name)
        c.drawRightString(x + width, y, size_text)
        y -= 3.7 * mm
    return y
