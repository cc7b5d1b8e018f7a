"""Per-character font fallback for reportlab: one font name that draws each character from the first face having it.

朱雀仿宋, the bundled 仿宋, has no full-width digits or letters, no circled
numbers and no ★; an official font may lack other characters.  Rather than
cutting every paragraph into runs of different fonts (which would make each
such paragraph a multi-fragment one, and table cells paragraphs instead of
strings), :class:`FallbackFont` is registered with reportlab as one dynamic
font: its ``splitString`` sends each run of characters to the face that has
them, and ``getSubsetInternalName`` names that face's embedded subset.  Text
objects, paragraphs, table cells and ``canvas.drawString`` therefore switch
faces per character by themselves, and widths are measured per character
from the face that draws it.  Each face is still embedded (subset) once.
"""

from __future__ import annotations

import functools
from typing import Sequence

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

__all__ = ["FallbackFont", "load_face", "register_fallback_font"]

_FACE_STRIDE = 1 << 16  # subset numbers of face k are k * stride + its own subset number


@functools.lru_cache(maxsize=None)
def load_face(path: str, subfont_index: int, name: str) -> TTFont:
    """The reportlab TrueType font of one face, registered under *name* (once per process)."""
    if name in pdfmetrics.getRegisteredFontNames():
        return pdfmetrics.getFont(name)
    font = TTFont(name, path, subfontIndex=subfont_index)
    pdfmetrics.registerFont(font)
    return font


class _FaceProxy:
    """The primary face, under a name of its own (reportlab keys dynamic fonts by face name)."""

    def __init__(self, face, name: str) -> None:
        self._face = face
        self.name = name.encode()

    def __getattr__(self, attr: str):
        return getattr(self._face, attr)


class FallbackFont:
    """A reportlab dynamic font drawing each character with the first of *faces* that has it."""

    _dynamicFont = 1
    _multiByte = 1
    shapable = False

    def __init__(self, name: str, faces: Sequence[TTFont]) -> None:
        self.fontName = name
        self.faces = list(faces)
        primary = self.faces[0]
        self.face = _FaceProxy(primary.face, name)
        self.encoding = primary.encoding
        self._maps = [f.face.charToGlyph for f in self.faces]
        self._widths = [(f.face.charWidths, f.face.defaultWidth) for f in self.faces]
        self._face_of: dict[str, int] = {}
        self._width_of: dict[str, float] = {}
        self._primary = frozenset(chr(c) for c in self._maps[0]) | {" ", "\xa0"}

    def face_index(self, ch: str) -> int:
        """Index in :attr:`faces` of the face that draws *ch* (0 if none has it)."""
        k = self._face_of.get(ch)
        if k is None:
            code = 32 if ch == "\xa0" else ord(ch)
            k = next((i for i, cmap in enumerate(self._maps) if code in cmap), 0)
            self._face_of[ch] = k
        return k

    def char_width(self, ch: str) -> float:
        """Advance of *ch* in 1/1000 em, from the face that draws it."""
        w = self._width_of.get(ch)
        if w is None:
            widths, default = self._widths[self.face_index(ch)]
            w = self._width_of[ch] = widths.get(ord(ch), default)
        return w

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802 - reportlab's name
        width_of = self._width_of
        total = 0.0
        for ch in text:
            w = width_of.get(ch)
            total += w if w is not None else self.char_width(ch)
        return total * 0.001 * size

    def splitString(self, text: str, doc, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if self._primary.issuperset(text):  # the usual case, checked in C
            return self.faces[0].splitString(text, doc)
        face_of = self._face_of
        runs: list[tuple[int, str]] = []
        start, current = 0, -1
        for i, ch in enumerate(text):
            k = face_of.get(ch)
            if k is None:
                k = self.face_index(ch)
            if k != current:
                if i > start:
                    runs.append((current, text[start:i]))
                start, current = i, k
        if text:
            runs.append((current, text[start:]))
        out: list[tuple[int, bytes]] = []
        for k, run in runs:
            out += [(k * _FACE_STRIDE + subset, data) for subset, data in self.faces[k].splitString(run, doc)]
        return out

    def getSubsetInternalName(self, subset: int, doc) -> str:  # noqa: N802 - reportlab's name
        k, own = divmod(subset, _FACE_STRIDE)
        return self.faces[k].getSubsetInternalName(own, doc)

    def addObjects(self, doc) -> None:  # noqa: N802 - the faces add their own subsets
        pass


def register_fallback_font(name: str, faces: Sequence[TTFont]) -> str:
    """Register (once) a :class:`FallbackFont` over *faces*; returns *name*."""
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(FallbackFont(name, faces))
        from reportlab.lib.fonts import addMapping

        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
    return name
