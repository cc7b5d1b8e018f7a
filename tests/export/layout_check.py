"""A layout check of a rendered 公文 PDF: read back with positions and fonts (poppler's ``pdftohtml -xml``).

``check_layout(pdf, document)`` returns the violations found (an empty list
when the layout is right), so a test can show every problem at once:

* the body is set in the expected 仿宋 (most 16 pt characters), not in a Ming face;
* every character lies inside the GB/T 9704 type block (156 × 225 mm at
  37/35/28/26 mm margins), page numbers and draft marks aside;
* no line starts with closing punctuation or ends with opening punctuation;
* no page ends with a heading or a table caption;
* the 落款 is on a page with body text, before the 附件;
* the title (cover and first text page) is not broken inside a word.

Text pieces on one baseline are one line; pieces further apart than a cell's
padding are separate segments (the cells of a table row).
"""

from __future__ import annotations

import html
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.export.document import Closing, Document
from app.export.typeset import CANNOT_END, CANNOT_START, PROTECTED_WORDS

MM = 72 / 25.4
TYPE_BLOCK = (28 * MM, 37 * MM, (210 - 26) * MM, (297 - 35) * MM)  # x0, top, x1, bottom in points
TOLERANCE = 1.5  # pdftohtml rounds positions to whole points
SEGMENT_GAP = 6.0
_PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")
_LEADER = re.compile(r"^[\s.·…]*\d*$")
_TEXT = re.compile(r'<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">(.*?)</text>')
_FONT = re.compile(r'<fontspec id="(\d+)" size="([\d.]+)" family="([^"]+)" color="([^"]+)"')
_PAGE = re.compile(r'<page number="(\d+)"')


@dataclass
class Piece:
    top: int
    left: int
    width: int
    height: int
    family: str
    size: float
    color: str
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class Line:
    page: int
    top: int
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)

    def segments(self) -> list[str]:
        out: list[str] = []
        last = None
        for p in self.pieces:
            if last is not None and p.left - last.right <= SEGMENT_GAP:
                out[-1] += p.text
            else:
                out.append(p.text)
            last = p
        return [s.strip() for s in out if s.strip()]


def read_lines(pdf: Path) -> dict[int, list[Line]]:
    """page number → its text lines, top to bottom (positions in points from the page's top left)."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", "1", "-stdout", "-q", str(pdf)],
                         capture_output=True, text=True, check=True).stdout
    fonts: dict[str, tuple[str, float, str]] = {}
    pages: dict[int, list[Line]] = {}
    page = 0
    for chunk in re.split(r"(?=<page number=)", xml):
        m = _PAGE.match(chunk)
        if not m:
            continue
        page = int(m.group(1))
        for fid, size, family, color in _FONT.findall(chunk):
            fonts[fid] = (family.split("+", 1)[-1], float(size), color)
        lines: dict[int, Line] = {}
        for top, left, width, height, fid, raw in _TEXT.findall(chunk):
            text = html.unescape(re.sub(r"<[^>]+>", "", raw))
            family, size, color = fonts[fid]
            piece = Piece(int(top), int(left), int(width), int(height), family, size, color, text)
            key = next((k for k in lines if abs(k - piece.top) <= 2 and abs(lines[k].pieces[0].size - size) < 3),
                       piece.top)
            lines.setdefault(key, Line(page, key)).pieces.append(piece)
        for line in lines.values():
            line.pieces.sort(key=lambda p: p.left)
        pages[page] = sorted(lines.values(), key=lambda ln: ln.top)
    return pages


def _squash(text: str) -> str:
    return "".join(text.split())


def _is_mark(line: Line) -> bool:
    """Page numbers and draft marks: outside the type block by design."""
    text = _squash(line.text)
    return bool(_PAGE_NUMBER.match(text)) or any(p.size >= 50 or p.color.lower() == "#c00000" and
                                                 p.top < TYPE_BLOCK[1] for p in line.pieces)


def check_layout(pdf: Path, document: Document, *, body_family: str = "ZhuqueFangsong",
                 words: tuple[str, ...] = ()) -> list[str]:
    pages = read_lines(pdf)
    problems: list[str] = []
    first_body = 2 if document.cover else 1
    headings = {_squash(h.text) for h in document.headings()}
    captions = {_squash(t.caption) for t in document.tables() if t.caption}
    toc_pages = _toc_pages(pages)

    # the body font: most 16 pt characters are the 仿宋
    by_family: Counter[str] = Counter()
    for n, lines in pages.items():
        if n >= first_body:
            for line in lines:
                for p in line.pieces:
                    if abs(p.size - 16) < 0.6:
                        by_family[p.family] += len(_squash(p.text))
    total = sum(by_family.values()) or 1
    if by_family[body_family] / total < 0.6:
        problems.append(f"body font: {by_family.most_common(3)} (expected mostly {body_family})")

    x0, y0, x1, y1 = TYPE_BLOCK
    for n, lines in pages.items():
        content = [ln for ln in lines if not _is_mark(ln)]
        for line in content:
            for p in line.pieces:
                if (p.left < x0 - TOLERANCE or p.right > x1 + TOLERANCE or p.top < y0 - TOLERANCE
                        or p.top + p.height > y1 + TOLERANCE):
                    problems.append(f"page {n}: outside the type block: {p.text!r} at "
                                    f"({p.left}, {p.top})–({p.right}, {p.top + p.height})")
            for seg in line.segments():
                if _LEADER.match(seg.replace(" ", "")) and "." in seg:
                    continue
                if seg[0] in CANNOT_START:
                    problems.append(f"page {n}: line starts with {seg[0]!r}: {seg[:20]!r}")
                if seg[-1] in CANNOT_END:
                    problems.append(f"page {n}: line ends with {seg[-1]!r}: {seg[-20:]!r}")
        if n < first_body or n in toc_pages or not content:
            continue
        last = content[-1]
        segs = last.segments()
        if len(segs) == 1:
            text = _squash(segs[0])
            for kind, texts in (("heading", headings), ("caption", captions)):
                if any(len(text) >= 2 and (h == text or (h.endswith(text) and text in h[len(h) // 2:]))
                       for h in texts):
                    problems.append(f"page {n} ends with a {kind}: {segs[0]!r}")

    problems += _check_closing(pages, document, headings | captions)
    problems += _check_title(pages, document, first_body, words)
    return problems


def _check_closing(pages: dict[int, list[Line]], document: Document, marked: set[str]) -> list[str]:
    closing = next((b for b in document.blocks if isinstance(b, Closing)), None)
    if closing is None:
        return []
    signer, date_text = _squash(closing.signers[-1]), _squash(closing.date_text)
    ordered = [(n, i, _squash(line.text)) for n in sorted(pages) for i, line in enumerate(pages[n])
               if not _is_mark(line)]  # a draft's watermark may lie between the 署名 and the date
    def signer_lines(k: int) -> int:
        """How many lines above *ordered[k]*, on its page, spell the last 署名 (a long one wraps); 0 if none do."""
        for m in range(1, 4):
            if k - m < 0 or ordered[k - m][0] != ordered[k][0]:
                break
            if "".join(text for _n, _i, text in ordered[k - m:k]) == signer:
                return m
        return 0

    at = next(((n, i, signer_lines(k)) for k, (n, i, text) in enumerate(ordered)
               if text == date_text and signer_lines(k)), None)
    if at is None:
        return ["the 落款 (署名 above its date, on one page) was not found"]
    n, i, wrapped = at
    problems = []
    above = [ln for ln in pages[n][:i - len(closing.signers) - wrapped + 1]
             if not _is_mark(ln) and _squash(ln.text) not in marked]
    if len(above) < 2:
        problems.append(f"page {n}: the 落款 is not with the text it closes ({len(above)} body lines above it)")
    annex = next((h for h in document.headings() if h.level == 1 and h.text.startswith("附件")), None)
    if annex is not None:
        where = [(m, j) for m, j, text in ordered if text == _squash(annex.text) and m > 0]
        if not any((m, j) > (n, i) for m, j in where) or any((m, j) < (n, i) for m, j in where
                                                             if m not in _toc_pages(pages)):
            problems.append("the 附件 does not follow the 落款")
    return problems


def _toc_pages(pages: dict[int, list[Line]]) -> set[int]:
    return {n for n, lines in pages.items() if any(_LEADER.match(s.replace(" ", "")) and "." in s
                                                   for ln in lines for s in ln.segments())}


def _check_title(pages: dict[int, list[Line]], document: Document, first_body: int,
                 words: tuple[str, ...]) -> list[str]:
    protected = [w for w in PROTECTED_WORDS + tuple(document.title_words) + words if len(w) >= 2]
    problems = []
    title = _squash(document.title)
    for n in sorted({1, first_body} | {min((p for p in pages if p >= first_body and any(
            abs(pc.size - 22) < 1 for ln in pages[p] for pc in ln.pieces)), default=first_body)}):
        lines = [_squash(ln.text) for ln in pages.get(n, []) if any(abs(p.size - 22) < 1 for p in ln.pieces)]
        if not lines:
            continue
        if "".join(lines) != title and n != 1:
            problems.append(f"page {n}: title lines {lines} do not spell the title")
        for a, b in zip(lines, lines[1:]):
            for word in protected:
                for k in range(1, len(word)):
                    if a.endswith(word[:k]) and b.startswith(word[k:]):
                        problems.append(f"page {n}: title broken inside {word!r}: {a!r} / {b!r}")
    return problems
