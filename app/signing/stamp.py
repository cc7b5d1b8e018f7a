"""Appearance of the visible PDF signature block.

The block is drawn with reportlab into a one-page PDF the size of the
signature field, with an embedded (subsetted) TrueType font, and pyHanko then
uses that page as the field's appearance (see :mod:`app.signing.pades`).
pyHanko's own OpenType embedding would need ``uharfbuzz``, which is not a
dependency of this project; reportlab embeds ``glyf`` TrueType fonts natively.

Font choice (first font whose glyphs cover every character of the text):

1. ``.ttf`` / ``.ttc`` files in ``resources/fonts/`` (shipped with the app),
2. a few well-known Chinese TrueType fonts of the operating system
   (WenQuanYi, AR PL, SimSun/SimHei/Microsoft YaHei, ...),
3. otherwise reportlab's bundled Bitstream Vera Sans, and the text is reduced
   to what that font can show (ASCII); the full Unicode name, organisation and
   date are still in the signature dictionary that PDF readers display.

Public API::

    find_font(text, *, search_dirs=None) -> FontChoice
    render_stamp(lines, *, width, height, search_dirs=None) -> tuple[bytes, FontChoice]
"""

from __future__ import annotations

import functools
import io
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

__all__ = ["FontChoice", "find_font", "render_stamp", "default_font_dirs"]

log = logging.getLogger(__name__)

_SYSTEM_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/arphic/ukai.ttc",
    "/usr/share/fonts/truetype/lxgw/LXGWWenKai-Regular.ttf",
    r"C:\Windows\Fonts\simsun.ttc",
    r"C:\Windows\Fonts\simhei.ttf",
    r"C:\Windows\Fonts\simfang.ttf",
    r"C:\Windows\Fonts\msyh.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
_FALLBACK = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def default_font_dirs() -> list[Path]:
    """``resources/fonts`` of the source tree and of a frozen (PyInstaller) build."""
    dirs = [Path(__file__).resolve().parents[2] / "resources" / "fonts"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "resources" / "fonts")
    return dirs


@dataclass(frozen=True)
class FontChoice:
    """A registered reportlab font and whether it covers the requested text."""

    name: str
    path: Path
    subfont_index: int
    covers_text: bool


@functools.lru_cache(maxsize=64)
def _load(path: str, index: int) -> tuple[str, frozenset[int]] | None:
    name = f"PZStamp-{abs(hash((path, index))):x}"
    try:
        font = TTFont(name, path, subfontIndex=index)
    except Exception as exc:  # noqa: BLE001 - CFF fonts, damaged files, ...
        log.debug("font %s#%d not usable: %s", path, index, exc)
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


_PREFERRED = ("microhei", "zenhei", "simhei", "msyh", "uming", "simsun", "simfang")


def _preference(path: Path) -> tuple[int, str]:
    """Sans (黑体) first, then Ming (宋体), then anything else, by file name."""
    stem = path.stem.lower()
    for rank, hint in enumerate(_PREFERRED):
        if hint in stem:
            return rank, stem
    return len(_PREFERRED), stem


def _candidates(search_dirs: Iterable[Path] | None) -> list[Path]:
    paths: list[Path] = []
    for folder in list(search_dirs) if search_dirs is not None else default_font_dirs():
        if Path(folder).is_dir():
            found = [p for p in Path(folder).iterdir() if p.suffix.lower() in (".ttf", ".ttc")]
            paths += sorted(found, key=_preference)
    if search_dirs is None:
        paths += [Path(p) for p in _SYSTEM_CANDIDATES if os.path.isfile(p)]
    return paths


def find_font(text: str, *, search_dirs: Iterable[Path] | None = None) -> FontChoice:
    """Choose an embeddable TrueType font able to show ``text`` (see module doc)."""
    needed = {ord(c) for c in text if not c.isspace()}
    for path in _candidates(search_dirs):
        loaded = _load(str(path), 0)
        if loaded and needed <= loaded[1]:
            return FontChoice(name=loaded[0], path=path, subfont_index=0, covers_text=True)
    loaded = _load(str(_FALLBACK), 0)
    if loaded is None:  # pragma: no cover - reportlab always ships Vera
        raise RuntimeError("reportlab's bundled Vera.ttf font is missing")
    log.warning("no Chinese TrueType font found; signature block falls back to Latin text")
    return FontChoice(name=loaded[0], path=_FALLBACK, subfont_index=0, covers_text=needed <= loaded[1])


def _fit(text: str, font: str, size: float, width: float) -> float:
    while size > 4 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def render_stamp(
    lines: Sequence[str],
    *,
    width: float,
    height: float,
    fallback_lines: Sequence[str] | None = None,
    search_dirs: Iterable[Path] | None = None,
) -> tuple[bytes, FontChoice]:
    """Draw a bordered box with ``lines`` (first line bold-ish title) as a PDF page.

    If no font covers ``lines``, ``fallback_lines`` (ASCII) are drawn instead.
    Returns the PDF bytes and the font used.
    """
    choice = find_font("".join(lines), search_dirs=search_dirs)
    if not choice.covers_text and fallback_lines is not None:
        lines = fallback_lines
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), initialFontName=choice.name, invariant=1)
    c.setTitle("signature appearance")
    c.setStrokeColorRGB(0.65, 0.1, 0.1)
    c.setLineWidth(1.2)
    c.rect(1, 1, width - 2, height - 2)
    pad = 6.0
    line_h = (height - 2 * pad) / max(len(lines), 1)
    base_size = min(10.0, line_h * 0.8)
    y = height - pad - line_h * 0.8
    for idx, line in enumerate(lines):
        size = _fit(line, choice.name, base_size + (1.0 if idx == 0 else 0.0), width - 2 * pad)
        c.setFillColorRGB(0.65, 0.1, 0.1) if idx == 0 else c.setFillColorRGB(0, 0, 0)
        c.setFont(choice.name, size)
        c.drawString(pad, y, line)
        y -= line_h
    c.showPage()
    c.save()
    return buf.getvalue(), choice
