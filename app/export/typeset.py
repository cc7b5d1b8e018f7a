"""Chinese typesetting rules shared by the PDF and Word writers (and the composers).

Why one module: the two documents must break a title at the same place, lay
the 落款 out the same way and print dates the same way, and the PDF's line
breaking must follow the same 禁则 that Word applies with its kinsoku
settings.  Everything here is plain text arithmetic, independent of fonts:
widths come from a caller's function, or from :func:`em_width` (a CJK
character is one em, other characters about half).

* :func:`atoms` cuts text into the pieces a line may not break inside: a
  number with its unit (「25.7 KB」, 「1008.5万人」), a run of Latin letters and
  digits (「5G+」), a 【…】 marker, a 「——」 or 「……」; closing punctuation is
  glued to what precedes it and opening punctuation to what follows
  (:data:`CANNOT_START`, :data:`CANNOT_END`), so no line starts with 「，」 or
  ends with 「（」.  Lines never hang punctuation into the margin.
* :func:`break_lines` fills lines greedily with atoms (an atom wider than
  the line is cut between characters, still respecting the punctuation rules).
* :func:`break_title` breaks a title at phrase boundaries (after 「先导区」,
  「融合应用」, a city name, a closing quote…), never inside a protected word,
  with lines as even as possible.
* :func:`closing_indents` places the 署名 and 成文日期 per GB/T 9704-2012 7.3.5.2.
* :func:`cn_date` prints 2024年3月10日.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime
from typing import Callable, Iterable, Sequence

__all__ = [
    "CANNOT_END", "CANNOT_START", "PROTECTED_WORDS", "atoms", "break_balanced", "break_header", "break_lines",
    "break_title", "closing_indents", "cover_gaps",
    "cn_date", "cn_number", "em_width", "text_em",
]

#: Characters that must not begin a line: Word's list for Simplified Chinese (``w:noLineBreaksBefore``).
CANNOT_START = "!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠"
#: Characters that must not end a line: Word's list for Simplified Chinese (``w:noLineBreaksAfter``).
CANNOT_END = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥"

_CLOSE = re.escape("".join(sorted(set(CANNOT_START) - set("·"))))
_OPEN = re.escape("".join(sorted(set(CANNOT_END) - set("·．"))))
_MARKER = r"【[^【】\n]{1,12}】"
_CJK_UNITS = ("平方公里|平方米|万平方米|千瓦时|万千瓦|万吨|万户|万人|万元|亿元|万台|万个|公里|千米|百分点|小时|分钟|"
              "个|家|项|人|元|万|亿|年|月|日|号|条|台|套|座|户|名|次|倍|件|张|份|篇|部|所|期|批|吨|米|度|岁|天|秒")
_LATIN_CHAR = r"[A-Za-z0-9+\-_./@&#:'~]"
_NUMBER = (rf"[0-9０-９]+(?:[.,．][0-9０-９]+)*"
           rf"(?:\s?(?:{_CJK_UNITS})|\s?[A-Za-z]+(?!{_LATIN_CHAR})|[%％‰℃]|(?!{_LATIN_CHAR}))")
_LATIN = r"[A-Za-z0-9][A-Za-z0-9+\-_./@&#:'~]*"
_CORE = rf"(?:{_MARKER}|{_NUMBER}|{_LATIN}|—+|…+|[ \t]+|\n|.)"
_ATOM = re.compile(rf"(?:(?!{_MARKER})[{_OPEN}])*{_CORE}[{_CLOSE}]*", re.S)

#: Words a title line may never be broken inside (the composer adds city names).
PROTECTED_WORDS: tuple[str, ...] = (
    "“5G+工业互联网”", "5G+工业互联网", "工业互联网", "融合应用", "先导区", "试点", "工作方案", "实施方案",
    "联合申报", "人民政府", "年度报告", "工作总结", "建设指南", "评审指标",
)
#: A title breaks preferably right after these.
_PHRASE_ENDS: tuple[str, ...] = ("先导区", "融合应用", "”", "、", "城市", "联合申报", "试点")


def em_width(ch: str) -> float:
    """Width of one character in em: CJK and full-width forms 1, anything else 0.55 (digits and Latin letters, on the wide side).

    East Asian *ambiguous* characters (“ ” ‘ ’ — … ① ★ →) count 1 too: the
    Chinese faces (宋体, 黑体, 楷体, 小标宋) draw them full-width.
    """
    return 1.0 if unicodedata.east_asian_width(ch) in "WFA" else (0.0 if ch == "\n" else 0.55)


_EM: dict[str, float] = {}


def text_em(text: str) -> float:
    """Width of *text* in em (see :func:`em_width`)."""
    em = _EM
    total = 0.0
    for ch in text:
        w = em.get(ch)
        if w is None:
            w = em[ch] = em_width(ch)
        total += w
    return total


@functools.lru_cache(maxsize=1024)
def header_em(text: str) -> float:
    """Width of a table header in em: headers are set in the 黑体, whose Latin letters and digits are ¾ em."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.75 for ch in text)


def atoms(text: str) -> list[str]:
    """*text* cut into the pieces no line break may fall inside (see the module docstring)."""
    return _ATOM.findall(text)


Width = Callable[[str], float]


def _cut(atom: str, width: Width, room: float, full: float) -> list[str]:
    """An atom wider than a line, cut between characters: no piece starts with a closing mark
    (the character before it goes along), none ends with an opening one."""
    pieces, current, used = [], "", 0.0
    for ch in atom:
        w = width(ch)
        if current and used + w > room + 1e-6:
            keep = len(current)
            while keep > 0 and (ch if keep == len(current) else current[keep]) in CANNOT_START:
                keep -= 1
            while keep > 0 and current[keep - 1] in CANNOT_END:
                keep -= 1
            if keep > 0:
                pieces.append(current[:keep])
                current = current[keep:]
                used, room = sum(width(c) for c in current), full
        current += ch
        used += w
    if current:
        pieces.append(current)
    return pieces


def break_lines(text: str, width: Width, first: float, rest: float | None = None) -> list[str]:
    """*text* broken into lines of at most *first* (then *rest*) units, per 禁则.

    *width* gives the advance of an atom (the caller's font and size, or
    :func:`text_em`).  A line break in the text (``\\n``) is kept; spaces at
    a line's end are dropped.  An empty text is one empty line.
    """
    rest = first if rest is None else rest
    lines: list[str] = []
    for part in text.split("\n"):
        room = rest if lines else first
        line: list[str] = []
        used = 0.0
        for atom in atoms(part):
            w = width(atom)
            if used + w <= room + 1e-6:
                line.append(atom)
                used += w
                continue
            if atom.isspace():  # a space where the line ends: dropped
                continue
            if line:
                lines.append("".join(line).rstrip())
                line, used, room = [], 0.0, rest
            if w <= room + 1e-6:
                line, used = [atom], w
                continue
            pieces = _cut(atom, width, room, rest)
            lines += pieces[:-1]
            line, used, room = [pieces[-1]], width(pieces[-1]), rest
        lines.append("".join(line).rstrip())
    return lines


def _protected_spans(text: str, words: Iterable[str]) -> set[int]:
    """Positions (between characters) that lie inside a protected word."""
    inside: set[int] = set()
    for word in words:
        if len(word) < 2:
            continue
        for m in re.finditer(re.escape(word), text):
            inside.update(range(m.start() + 1, m.end()))
    return inside


def break_title(text: str, max_em: float, *, words: Sequence[str] = ()) -> list[str]:
    """A title broken into lines of at most *max_em* em, at phrase boundaries, as even as possible.

    Explicit line breaks are kept.  A break is allowed only between atoms and
    never inside :data:`PROTECTED_WORDS` or *words* (city names); breaks right
    after a phrase end (「先导区」, 「融合应用」, a closing quote, 「、」, a word of
    *words*) are preferred to any other; among those, the most even lines win.
    """
    ends = _PHRASE_ENDS + tuple(words)
    protected = PROTECTED_WORDS + tuple(words)
    out: list[str] = []
    for part in text.split("\n"):
        part = part.strip()
        out += break_balanced(part, max_em, text_em, protected=protected,
                              preferred=lambda t, p: any(t.endswith(e, 0, p) for e in ends))
    return out


def break_header(text: str, max_em: float) -> list[str]:
    """A table header in as few lines as fit *max_em* em, as even as possible, preferably before 「（」."""
    return break_balanced(text, max_em, header_em, protected=PROTECTED_WORDS, preferred=lambda t, p: t[p] in "（(")


def header_two_line_em(text: str) -> float:
    """The narrowest width (em) that sets a header in at most two lines by :func:`break_header`'s rule."""
    total = header_em(text)
    best = total
    for p in allowed_breaks(text, PROTECTED_WORDS):
        left = header_em(text[:p])
        best = min(best, max(left, total - left))
    return best


def allowed_breaks(text: str, protected: Sequence[str] = ()) -> list[int]:
    """Positions where *text* may break: between atoms, outside the *protected* words."""
    bounds, pos = [], 0
    for atom in atoms(text):
        pos += len(atom)
        bounds.append(pos)
    inside = _protected_spans(text, protected)
    return [p for p in bounds[:-1] if p not in inside]


def break_balanced(text: str, limit: float, width: Width, *, protected: Sequence[str] = (),
                   preferred: Callable[[str, int], bool] = lambda t, p: False) -> list[str]:
    """*text* in the fewest lines of at most *limit*, broken between atoms, outside *protected* words.

    Among the splits into that many lines, the one with the fewest breaks
    where *preferred(text, position)* is false wins, then the most even one.
    Falls back to :func:`break_lines` when no such split exists.
    """
    if not text or width(text) <= limit + 1e-6:
        return [text]
    candidates = [(p, 0 if preferred(text, p) else 1) for p in allowed_breaks(text, protected)]
    total = width(text)
    for n in range(2, min(len(candidates) + 2, 12)):
        best = _best_split(text, candidates, n, limit, total / n, width)
        if best is not None:
            return best
    return break_lines(text, width, limit)


def _best_split(text: str, candidates: list[tuple[int, int]], n: int, limit: float,
                target: float, width: Width) -> list[str] | None:
    """The split into *n* lines, each ≤ *limit*: fewest non-preferred breaks, then the most even lines."""
    points = [(0, 0)] + candidates + [(len(text), 0)]
    # best[i][k]: (cost, previous index) for k lines ending at point i
    best: list[dict[int, tuple[tuple[int, float], int]]] = [dict() for _ in points]
    best[0][0] = ((0, 0.0), -1)
    for i in range(1, len(points)):
        for j in range(i):
            if not best[j]:
                continue
            line_w = width(text[points[j][0]:points[i][0]])
            if line_w > limit + 1e-6:
                continue
            for k, (cost, _prev) in best[j].items():
                if k + 1 > n:
                    continue
                new = (cost[0] + points[i][1], cost[1] + (line_w - target) ** 2)
                if k + 1 not in best[i] or new < best[i][k + 1][0]:
                    best[i][k + 1] = (new, j)
    last = len(points) - 1
    if n not in best[last]:
        return None
    cuts, i, k = [], last, n
    while i > 0:
        j = best[i][k][1]
        cuts.append(text[points[j][0]:points[i][0]])
        i, k = j, k - 1
    return cuts[::-1]


def closing_indents(signers: Sequence[str], date_text: str, *, line_em: float = 28.0) -> tuple[float, float]:
    """Right indents, in em, of the 署名 lines and the 成文日期 line (GB/T 9704-2012 7.3.5.2, 7.3.5.3).

    The 署名 stands two characters from the right; the date starts two
    characters right of the 署名's first character; a date longer than that
    stands two characters from the right and the 署名 moves left to keep the
    two-character offset.  With several 署名 (联合行文) the widest one counts;
    a 署名 wider than the *line_em* line wraps, so it counts as a full line and
    the date stays on the page.
    """
    name_w = min(max((text_em(s) for s in signers), default=0.0), line_em - 2.0)
    date_w = text_em(date_text)
    name_right = 2.0
    date_right = name_right + name_w - 2.0 - date_w
    if date_right < 2.0:
        name_right += 2.0 - date_right
        date_right = 2.0
    return name_right, date_right


def cover_gaps(wanted: Sequence[float], content: float, height: float) -> list[float]:
    """The cover's gaps (above the title, above its lines, above the date), shrunk alike when they and the
    *content* they separate would not fit *height*: a crowded cover stays one page."""
    spare, total = height - content, sum(wanted)
    if total <= spare or total <= 0:
        return list(wanted)
    return [g * max(0.0, spare) / total for g in wanted]


def cn_date(value: date | datetime | str | None) -> str:
    """2024年3月10日 from a date, a datetime or an ISO string; other strings are returned unchanged."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    return f"{value.year}年{value.month}月{value.day}日"


_CN_DIGITS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    """一 … 九十九: the numbers of 「一、」 and 「（一）」 headings."""
    if n <= 10:
        return _CN_DIGITS[n - 1]
    if n < 20:
        return "十" + _CN_DIGITS[n - 11]
    tens, ones = divmod(n, 10)
    return _CN_DIGITS[tens - 1] + "十" + (_CN_DIGITS[ones - 1] if ones else "")
