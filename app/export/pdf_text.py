"""Text flowables of the PDF writer: Chinese line breaking (禁则), justification, keep-with-next, the 落款.

reportlab's ``Paragraph`` breaks CJK text between any two characters (its
list of characters that may not start a line is Japanese), never justifies a
line without spaces, hangs punctuation into the margin and, with
``keepWithNext``, moves a heading *and its whole next paragraph* to the next
page.  The body of a 公文 needs the opposite on each point, so the text here
is laid out by :class:`TextBlock`:

* lines come from :func:`app.export.typeset.break_lines` (禁则, numbers kept
  with their units, 【…】 markers whole), measured with the font's own widths
  (per character, from the face that draws it: :mod:`app.export.pdf_fonts`);
* every line but a paragraph's last is justified by spreading the difference
  over its character gaps; nothing is drawn outside the type block;
* a paragraph split across pages leaves at least two lines on each side;
* :class:`KeepLead` places headings and captions only with the first lines
  (or rows) of what follows them, so neither ever ends a page;
* :class:`ClosingGroup` keeps the 落款 with the last lines of the text before it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .typeset import break_lines

__all__ = ["ClosingGroup", "KeepLead", "Measure", "Reserve", "TextBlock", "TextStyle", "measure"]

_EPS = 1e-6


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    align: str = "left"          # justify | left | center | right
    first_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    char_space: float = 0.0
    color: object = colors.black
    back_color: object = None
    bold: bool = False           # synthetic: fill and stroke the outline
    space_before: float = 0.0
    space_after: float = 0.0

    def but(self, **changes) -> "TextStyle":
        return replace(self, **changes)


class Measure:
    """Advance widths of atoms (memoised) in one font, size and character spacing."""

    def __init__(self, font: str, size: float, char_space: float) -> None:
        face = getFont(font)
        self.char_width = face.char_width if hasattr(face, "char_width") else (
            lambda ch: face.stringWidth(ch, 1000))
        self.scale, self.char_space = 0.001 * size, char_space
        self.cache: dict[str, float] = {}

    def __call__(self, atom: str) -> float:
        w = self.cache.get(atom)
        if w is None:
            cw = self.char_width
            w = self.cache[atom] = sum(cw(ch) for ch in atom) * self.scale + self.char_space * len(atom)
        return w

    def natural(self, line: str) -> float:
        """The drawn width of a line (no spacing after its last character)."""
        return self(line) - self.char_space if line else 0.0


_MEASURES: dict[tuple[str, float, float], Measure] = {}


def measure(font: str, size: float, char_space: float = 0.0) -> Measure:
    key = (font, size, char_space)
    m = _MEASURES.get(key)
    if m is None:
        m = _MEASURES[key] = Measure(font, size, char_space)
    return m


Line = tuple[str, bool]  # text, justified


class TextBlock(Flowable):
    """A paragraph (or a few forced lines) in one style, laid out by :func:`break_lines`."""

    keepWithNext = 0  # KeepLead does this job
    #: Called after the block is placed (headings: bookmark, outline, table of contents).
    on_placed: Callable[["TextBlock"], None] | None = None

    def __init__(self, text: str, style: TextStyle, *, continued: bool = False,
                 lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text, self.style, self.continued = text, style, continued
        self._lines, self._for_width = lines, None if lines is None else -1.0
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def lines(self, width: float) -> list[Line]:
        if self._lines is not None and (self._for_width == width or self._for_width == -1.0):
            return self._lines
        st = self.style
        avail = width - st.left_indent - st.right_indent
        first = avail - (0.0 if self.continued else st.first_indent)
        m = measure(st.font, st.size, st.char_space)
        raw: list[Line] = []
        for part in self.text.split("\n"):
            # a line fits when its characters plus the spacing between them (not after the last) fit
            broken = break_lines(part, m, (first if not raw else avail) + st.char_space, avail + st.char_space)
            raw += [(line, i < len(broken) - 1) for i, line in enumerate(broken)]
        self._lines, self._for_width = raw, width
        return raw

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.lines(availWidth)) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fit = int((availHeight + _EPS) // self.style.leading)
        if fit >= len(lines):
            return [self]
        fit = min(fit, len(lines) - 2)  # no widow: two lines at least go over
        if fit < 2:
            return []  # no orphan: the paragraph starts on the next page
        return [self.part(lines[:fit], first=True), self.part(lines[fit:], first=False)]

    def part(self, lines: list[Line], *, first: bool) -> "TextBlock":
        """The block holding *lines*: its first part (hooks, indent, space before) or a continuation."""
        piece = TextBlock(self.text, self.style, continued=self.continued or not first, lines=lines)
        if first:
            piece.on_placed = self.on_placed
        else:
            piece.spaceBefore = 0.0
        return piece

    def draw(self) -> None:
        st, canv = self.style, self.canv
        lines = self.lines(self.width)
        m = measure(st.font, st.size, st.char_space)
        canv.saveState()
        if st.back_color is not None:
            canv.setFillColor(st.back_color)
            canv.rect(0, 0, self.width, self.height, fill=1, stroke=0)
        tx = canv.beginText()
        tx.setFont(st.font, st.size, st.leading)
        tx.setFillColor(st.color)
        if st.bold:
            canv.setStrokeColor(st.color)
            canv.setLineWidth(st.size * 0.03)
            tx.setTextRenderMode(2)
        avail = self.width - st.left_indent - st.right_indent
        y = self.height - st.size
        for i, (text, justified) in enumerate(lines):
            indent = st.first_indent if i == 0 and not self.continued else 0.0
            room = avail - indent
            natural = m.natural(text)
            spacing = st.char_space
            if st.align == "justify" and justified and len(text) > 1:
                spacing += (room - natural) / (len(text) - 1)
                x = indent
            elif st.align == "right":
                x = indent + room - natural
            elif st.align == "center":
                x = indent + (room - natural) / 2
            else:
                x = indent
            tx.setCharSpace(spacing)
            tx.setTextOrigin(st.left_indent + x, y)
            tx.textOut(text)
            y -= st.leading
        canv.drawText(tx)
        canv.restoreState()


def _height(f: Flowable, width: float) -> float:
    return f.wrap(width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter()


class KeepLead(Flowable):
    """Headings / a caption (*lead*) placed only together with the first lines of *body*.

    Always split (``wrap`` asks for more than any page): the pieces are
    placed one by one.  If the lead plus a legal first part of the body does
    not fit under what is already on the page, everything moves on.
    """

    def __init__(self, lead: list[Flowable], body: Flowable, page_height: float) -> None:
        super().__init__()
        self.lead, self.body, self.page_height = lead, body, page_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF

    def draw(self) -> None:  # never drawn itself
        pass

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lead_h = sum(_height(f, availWidth) for f in self.lead)
        rest = availHeight - lead_h - self.body.getSpaceBefore()
        if _height(self.body, availWidth) <= availHeight - lead_h + _EPS:
            return [*self.lead, self.body]
        parts = self.body.split(availWidth, rest) if rest > 0 else []
        if len(parts) > 1:
            return [*self.lead, *parts]
        if availHeight >= self.page_height - 1:  # a fresh page: place it whatever happens
            return [*self.lead, self.body]
        return []


class ClosingGroup(Flowable):
    """The 落款 (*closing* lines) with the end of the text block before it: never alone on a page."""

    MIN_LINES = 2

    def __init__(self, text: TextBlock | None, closing: list[Flowable], page_height: float) -> None:
        super().__init__()
        self.text, self.closing, self.page_height = text, closing, page_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF

    def draw(self) -> None:
        pass

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        closing_h = sum(_height(f, availWidth) for f in self.closing)
        text_h = _height(self.text, availWidth) if self.text is not None else 0.0
        if text_h + closing_h <= availHeight + _EPS:
            return ([self.text] if self.text is not None else []) + self.closing
        fresh = availHeight >= self.page_height - 1
        if self.text is not None:
            lines = self.text.lines(availWidth)
            leading = self.text.style.leading
            fit = int((availHeight - self.text.getSpaceBefore() + _EPS) // leading)
            keep = min(fit, len(lines) - self.MIN_LINES)  # the last lines go over with the 落款
            if keep >= self.MIN_LINES or (fresh and keep >= 1):
                head = self.text.part(lines[:keep], first=True)
                tail = self.text.part(lines[keep:], first=False)
                return [head, ClosingGroup(tail, self.closing, self.page_height)]
        if fresh:  # cannot happen with a text block: its tail plus the 落款 fit any page
            return ([self.text] if self.text is not None else []) + self.closing
        return []


class Reserve(Flowable):
    """Empty space that must fit on the current page (room for a visible signature block)."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, self.height

    def draw(self) -> None:
        pass
