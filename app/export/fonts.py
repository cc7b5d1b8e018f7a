"""Font selection for the exported documents (and the bundled UI font).

GB/T 9704-2012 names five typefaces.  Each is a *role* here:

==========  ==================================  ==============================
role        official font (preferred)           bundled fallback
==========  ==================================  ==============================
title       方正小标宋简体 (else 宋体)           AR PL UMing CN
heiti       黑体 (SimHei)                        WenQuanYi Micro Hei
kaiti       楷体_GB2312 (else 楷体)              AR PL UKai CN
fangsong    仿宋_GB2312 (else 仿宋)              AR PL UMing CN
songti      宋体 (SimSun)                        AR PL UMing CN
==========  ==================================  ==============================

There is no freely licensed 仿宋 with TrueType outlines, so the bundled set
uses the Ming/Song face UMing for 仿宋.  When the user's system has the
official fonts (typically Windows: ``C:\\Windows\\Fonts\\simfang.ttf``,
``simhei.ttf``, ``simkai.ttf``, ``simsun.ttc``; 方正小标宋 and the *_GB2312
fonts are often installed per user) they are used instead.  Embedding an
installed system font in a PDF is a matter of the user's own font licence.

Only TrueType-outline (``glyf``) fonts qualify: reportlab cannot embed CFF
("OTTO") fonts.  ``PILOTZONE_BUNDLED_FONTS_ONLY=1`` forces the bundled set
(the tests use it for deterministic output); ``PILOTZONE_FONT_DIRS``
(``os.pathsep``-separated) replaces the list of system font directories.
"""

from __future__ import annotations

import os
import re
import struct
import sys
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Iterable, Iterator

from app.paths import UI_FONT_FILE

__all__ = [
    "BUNDLED_FONT_DIR",
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
    "fangsong": ("uming.ttc", 0, "AR PL UMing CN"),
    "songti": ("uming.ttc", 0, "AR PL UMing CN"),
}

# Official fonts per role, best first: (file names, lower case; subfont; family).
_SYSTEM: dict[str, list[tuple[tuple[str, ...], int, str]]] = {
    "title": [
        (("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsjw--gb1-0.ttf", "fzxbs_gbk.ttf"), 0, "方正小标宋简体"),
        (("simsun.ttc",), 0, "宋体"),
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
        role: FontSpec(BUNDLED_FONT_DIR / file, index, family, True)
        for role, (file, index, family) in _BUNDLED.items()
    }
    return FontSet(**specs)


def is_truetype_outline(path: Path, subfont_index: int = 0) -> bool:
    """True if *path* (face *subfont_index* of a .ttc) has ``glyf`` outlines."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if not 0 <= subfont_index < count:
                    return False
                fh.seek(12 + 4 * subfont_index)
                offset = struct.unpack(">I", fh.read(4))[0]
                fh.seek(offset)
                head = fh.read(12)
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return False  # 'OTTO' = CFF outlines; anything else: not a font
            num_tables = struct.unpack(">H", head[4:6])[0]
            fh.seek(offset + 12)
            directory = fh.read(16 * num_tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags and b"cmap" in tags


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
                chosen[role] = FontSpec(path, index, family, False)
                break
    return FontSet(**chosen)


def register_reportlab_fonts(fontset: FontSet) -> dict[str, str]:
    """Register every face of *fontset* with reportlab; return role -> font name.

    Idempotent: faces already registered are not loaded again.  Each face is
    also registered as its own bold/italic family member so ``<b>`` markup
    never falls back to a non-embedded base-14 font.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    names: dict[str, str] = {}
    for role, spec in fontset.items():
        name = spec.reportlab_name
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(spec.path), subfontIndex=spec.subfont_index))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            registered.add(name)
        names[role] = name
    return names
