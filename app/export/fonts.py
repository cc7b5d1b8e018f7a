"""Font selection for the exported documents (and the bundled UI font).

GB/T 9704-2012 names five typefaces.  Each is a *role* here:

==========  ==================================  ==============================
role        official font (preferred)           bundled fallback
==========  ==================================  ==============================
title       方正小标宋简体 (else 宋体, emboldened)  AR PL UMing CN, emboldened
heiti       黑体 (SimHei)                        WenQuanYi Micro Hei
kaiti       楷体_GB2312 (else 楷体)              AR PL UKai CN
fangsong    仿宋_GB2312 (else 仿宋)              朱雀仿宋 (Zhuque Fangsong)
songti      宋体 (SimSun)                        AR PL UMing CN
==========  ==================================  ==============================

The bundled 仿宋 is 朱雀仿宋 (SIL OFL 1.1, all 6,763 GB2312 hanzi).  It lacks
full-width digits and letters, circled numbers and ★, so every role has a
per-character *fallback chain* (:func:`fallback_chain`: 宋体 / UMing, then
WenQuanYi Micro Hei): the PDF draws each character from the first face that
has it (:mod:`app.export.pdf_fonts`), the Word writer gives such characters a
run in the fallback family (:func:`font_runs`).  No free 小标宋 exists: the
bundled title is UMing drawn bold (``synthetic_bold``), as Word does for a
font without a bold face.  When the user's system has the official fonts
(typically Windows: ``C:\\Windows\\Fonts\\simfang.ttf``, ``simhei.ttf``,
``simkai.ttf``, ``simsun.ttc``; 方正小标宋 and the *_GB2312 fonts are often
installed per user) they are used instead.  Embedding an installed system font
in a PDF is a matter of the user's own font licence.

Only TrueType-outline (``glyf``) fonts qualify: reportlab cannot embed CFF
("OTTO") fonts.  ``PILOTZONE_BUNDLED_FONTS_ONLY=1`` forces the bundled set
(the tests use it for deterministic output); ``PILOTZONE_FONT_DIRS``
(``os.pathsep``-separated) replaces the list of system font directories.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable, Iterator

from app.export.font_files import cmap_codepoints, is_truetype_outline
from app.paths import UI_FONT_FILE

__all__ = [
    "BUNDLED_FONT_DIR",
    "OFFICIAL_FAMILIES",
    "coverage",
    "fallback_chain",
    "font_runs",
    "FontSet",
    "FontSpec",
    "ROLES",
    "bundled_fonts",
    "is_truetype_outline",
    "register_reportlab_fonts",
    "resolve_fonts",
    "ui_font_path",
]

BUNDLED_FONT_DIR: Path = Path(__file__).resolve().parents[2] / "resources" / "fonts"
ROLES: tuple[str, ...] = ("title", "heiti", "kaiti", "fangsong", "songti")

_BUNDLED: dict[str, tuple[str, int, str]] = {
    "title": ("uming.ttc", 0, "AR PL UMing CN"),
    "heiti": ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
    "kaiti": ("ukai.ttc", 0, "AR PL UKai CN"),
    "fangsong": ("ZhuqueFangsong-Regular.ttf", 0, "Zhuque Fangsong"),
    "songti": ("uming.ttc", 0, "AR PL UMing CN"),
}
#: The faces that supply characters a role's font lacks, best first (bundled: Ming, then sans).
_BUNDLED_FALLBACKS: tuple[tuple[str, int, str], ...] = (
    ("uming.ttc", 0, "AR PL UMing CN"),
    ("wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
)
#: The official family of each role, written into the .docx font table as the alternative name
#: Word substitutes when the bundled family is not installed on the reader's machine.
OFFICIAL_FAMILIES: dict[str, str] = {
    "title": "方正小标宋简体", "heiti": "黑体", "kaiti": "楷体_GB2312", "fangsong": "仿宋_GB2312", "songti": "宋体",
}

# Official fonts per role, best first: (file names, lower case; subfont; family).
_SYSTEM: dict[str, list[tuple[tuple[str, ...], int, str]]] = {
    "title": [
        (("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsjw--gb1-0.ttf", "fzxbs_gbk.ttf"), 0, "方正小标宋简体"),
        (("simsun.ttc",), 0, "宋体"),  # a plain Song: emboldened (see resolve_fonts)
    ],
    "heiti": [(("simhei.ttf", "黑体.ttf"), 0, "黑体")],
    "kaiti": [
        (("kt_gb2312.ttf", "楷体_gb2312.ttf", "simkai_gb2312.ttf"), 0, "楷体_GB2312"),
        (("simkai.ttf", "楷体.ttf"), 0, "楷体"),
    ],
    "fangsong": [
        (("fs_gb2312.ttf", "仿宋_gb2312.ttf", "simfang_gb2312.ttf"), 0, "仿宋_GB2312"),
        (("simfang.ttf", "仿宋.ttf"), 0, "仿宋"),
    ],
    "songti": [(("simsun.ttc",), 0, "宋体"), (("simsun.ttf",), 0, "宋体")],
}


@dataclass(frozen=True)
class FontSpec:
    """One font file (or one face of a .ttc collection) used for a role."""

    path: Path
    subfont_index: int
    #: Family name written into the .docx (what Word looks the font up by).
    family: str
    #: True for the fonts shipped in resources/fonts.
    bundled: bool
    #: Draw it bold (stroked outline; ``w:b`` in Word): a plain face standing in for a bold one (the title).
    synthetic_bold: bool = False

    @property
    def reportlab_name(self) -> str:
        """The name the font is registered under in reportlab (unique per face)."""
        stem = re.sub(r"[^A-Za-z0-9]+", "", self.path.stem) or "font"
        return f"PZ-{stem}-{self.subfont_index}-{zlib.crc32(str(self.path).encode()):08x}"


@dataclass(frozen=True)
class FontSet:
    """The font for each GB/T 9704 role."""

    title: FontSpec
    heiti: FontSpec
    kaiti: FontSpec
    fangsong: FontSpec
    songti: FontSpec

    def items(self) -> Iterator[tuple[str, FontSpec]]:
        """(role, spec) pairs in :data:`ROLES` order."""
        return ((f.name, getattr(self, f.name)) for f in fields(self))

    @property
    def all_bundled(self) -> bool:
        """True if no system font was picked."""
        return all(spec.bundled for _, spec in self.items())


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def ui_font_path() -> Path:
    """The bundled sans font for the Qt UI (``QFontDatabase.addApplicationFont``)."""
    return BUNDLED_FONT_DIR / UI_FONT_FILE


def bundled_fonts() -> FontSet:
    """The font set shipped with the app (always available, freely licensed)."""
    specs = {
        role: FontSpec(BUNDLED_FONT_DIR / file, index, family, True, synthetic_bold=role == "title")
        for role, (file, index, family) in _BUNDLED.items()
    }
    return FontSet(**specs)


def _system_font_dirs() -> list[Path]:
    override = os.environ.get("PILOTZONE_FONT_DIRS")
    if override is not None:
        return [Path(p) for p in override.split(os.pathsep) if p]
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"),
                 Path("/System/Library/Fonts/Supplemental")]
    else:
        dirs += [home / ".local" / "share" / "fonts", home / ".fonts",
                 Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return dirs


def _index_font_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-case file name -> first path found (directories searched recursively)."""
    found: dict[str, Path] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        for root, _subdirs, files in os.walk(base):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def resolve_fonts(*, bundled_only: bool | None = None) -> FontSet:
    """Pick the best available font for every role.

    Official system fonts with TrueType outlines win; every role without one
    falls back to the bundled font.  *bundled_only* (default: the
    ``PILOTZONE_BUNDLED_FONTS_ONLY`` environment variable) skips the search.
    """
    fallback = bundled_fonts()
    if bundled_only is None:
        bundled_only = _env_flag("PILOTZONE_BUNDLED_FONTS_ONLY")
    if bundled_only:
        return fallback
    available = _index_font_files(_system_font_dirs())
    chosen: dict[str, FontSpec] = {}
    for role in ROLES:
        chosen[role] = getattr(fallback, role)
        for names, index, family in _SYSTEM[role]:
            path = next((available[n] for n in names if n in available), None)
            if path is not None and is_truetype_outline(path, index):
                chosen[role] = FontSpec(path, index, family, False, synthetic_bold=role == "title" and family == "宋体")
                break
    return FontSet(**chosen)


def fallback_chain(fontset: FontSet) -> tuple[FontSpec, ...]:
    """The faces that supply the characters a role's font lacks: the set's 宋体, then the bundled Ming and sans."""
    chain: list[FontSpec] = [fontset.songti]
    chain += [FontSpec(BUNDLED_FONT_DIR / file, index, family, True) for file, index, family in _BUNDLED_FALLBACKS]
    seen: set[tuple[Path, int]] = set()
    out = []
    for spec in chain:
        if (spec.path, spec.subfont_index) not in seen:
            seen.add((spec.path, spec.subfont_index))
            out.append(spec)
    return tuple(out)


def _face(spec: FontSpec):
    from app.export.pdf_fonts import load_face

    return load_face(str(spec.path), spec.subfont_index, spec.reportlab_name)


@functools.lru_cache(maxsize=None)
def coverage(spec: FontSpec) -> frozenset[str]:
    """The characters *spec*'s face has a glyph for (whitespace counted as covered)."""
    codes = _coverage(str(spec.path), spec.subfont_index, spec.reportlab_name)
    return frozenset(map(chr, codes)) | frozenset(" \t\n\r\xa0\u3000")


@functools.lru_cache(maxsize=None)
def _coverage(path: str, index: int, name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    if name in pdfmetrics.getRegisteredFontNames():  # already loaded for a PDF: its cmap is at hand
        return frozenset(pdfmetrics.getFont(name).face.charToGlyph)
    return frozenset(cmap_codepoints(Path(path), index))


def font_runs(text: str, spec: FontSpec, chain: tuple[FontSpec, ...]) -> list[tuple[str, FontSpec]]:
    """*text* as runs of (text, face): characters *spec* lacks go to the first face of *chain* that has them."""
    have = coverage(spec)
    if have.issuperset(text):  # the usual case, checked in C
        return [(text, spec)] if text else []
    runs: list[tuple[str, FontSpec]] = []
    for ch in text:
        face = spec if ch in have else next((f for f in chain if ch in coverage(f)), spec)
        if runs and runs[-1][1] == face:
            runs[-1] = (runs[-1][0] + ch, face)
        else:
            runs.append((ch, face))
    return runs


def register_reportlab_fonts(fontset: FontSet) -> dict[str, str]:
    """Register every role of *fontset* with reportlab; return role -> font name.

    Each role is a :class:`~app.export.pdf_fonts.FallbackFont` over its own
    face and :func:`fallback_chain`, so a character its face lacks is drawn
    from the first fallback that has it.  Idempotent: faces are loaded once.
    """
    from app.export.pdf_fonts import register_fallback_font

    chain = fallback_chain(fontset)
    names: dict[str, str] = {}
    for role, spec in fontset.items():
        faces = [spec] + [f for f in chain if (f.path, f.subfont_index) != (spec.path, spec.subfont_index)]
        name = spec.reportlab_name + "".join(f"+{zlib.crc32(f.reportlab_name.encode()):08x}" for f in faces[1:])
        names[role] = register_fallback_font(name, [_face(f) for f in faces])
    return names
