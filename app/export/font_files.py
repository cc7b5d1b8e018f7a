"""Reading TrueType font files without loading them: outline type and the characters a face covers.

Choosing fonts (:mod:`app.export.fonts`) and the Word writer's per-character
fallback need only a few bytes of each file: the table directory and the
``cmap``.  Loading a face as a reportlab font reads the whole file (UMing is
21 MB) and keeps it in memory, which the Word writer has no use for.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["cmap_codepoints", "is_truetype_outline"]


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


def cmap_codepoints(path: Path, subfont_index: int = 0) -> set[int]:
    """The code points of a TrueType face's Unicode cmap (formats 4 and 12), read without loading the font.

    The Word writer needs only this; loading the faces as reportlab fonts would
    keep ~100 MB of font data in memory while the document tree is built.
    """
    with open(path, "rb") as fh:
        offset = 0
        if fh.read(4) == b"ttcf":
            fh.seek(12 + 4 * subfont_index)
            offset = struct.unpack(">I", fh.read(4))[0]
        fh.seek(offset + 4)
        num_tables = struct.unpack(">H", fh.read(2))[0]
        fh.seek(offset + 12)
        directory = fh.read(16 * num_tables)
        tables = {directory[i:i + 4]: struct.unpack(">II", directory[i + 8:i + 16]) for i in range(0, len(directory), 16)}
        cmap_at, cmap_len = tables[b"cmap"]
        fh.seek(cmap_at)
        cmap = fh.read(cmap_len)
    count = struct.unpack(">H", cmap[2:4])[0]
    subtables = {}
    for i in range(count):
        platform, encoding, sub = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        subtables[(platform, encoding)] = sub
    for key in ((3, 10), (0, 4), (0, 6), (3, 1), (0, 3), (0, 1), (0, 0)):
        if key in subtables:
            return _subtable_codepoints(cmap, subtables[key])
    return set()


def _subtable_codepoints(cmap: bytes, at: int) -> set[int]:
    fmt = struct.unpack(">H", cmap[at:at + 2])[0]
    out: set[int] = set()
    if fmt == 12:
        groups = struct.unpack(">I", cmap[at + 12:at + 16])[0]
        for g in range(groups):
            start, end, _glyph = struct.unpack(">III", cmap[at + 16 + 12 * g:at + 28 + 12 * g])
            out.update(range(start, end + 1))
    elif fmt == 4:
        segs = struct.unpack(">H", cmap[at + 6:at + 8])[0] // 2
        ends = struct.unpack(f">{segs}H", cmap[at + 14:at + 14 + 2 * segs])
        base = at + 16 + 2 * segs
        starts = struct.unpack(f">{segs}H", cmap[base:base + 2 * segs])
        deltas = struct.unpack(f">{segs}h", cmap[base + 2 * segs:base + 4 * segs])
        range_at = base + 4 * segs
        offsets = struct.unpack(f">{segs}H", cmap[range_at:range_at + 2 * segs])
        for k, (start, end) in enumerate(zip(starts, ends)):
            for code in range(start, end + 1):
                if code == 0xFFFF:
                    continue
                if offsets[k] == 0:
                    glyph = (code + deltas[k]) & 0xFFFF
                else:
                    pos = range_at + 2 * k + offsets[k] + 2 * (code - start)
                    glyph = struct.unpack(">H", cmap[pos:pos + 2])[0]
                    glyph = (glyph + deltas[k]) & 0xFFFF if glyph else 0
                if glyph:
                    out.add(code)
    return out
