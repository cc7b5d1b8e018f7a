"""Intermediate document model shared by the Word and PDF writers.

The content composer turns a dossier into a :class:`Document`; the writers
(:mod:`app.export.docx_writer`, :mod:`app.export.pdf_writer`) lay it out per
GB/T 9704-2012.  The model is deliberately small and carries *content and
structure only* — no fonts, sizes or page geometry:

* :class:`Heading` — level 1 「一、…」 (黑体), 2 「（一）…」 (楷体), 3 「1.…」
  (仿宋 bold).  The text already contains its numbering; the writers never
  number anything themselves.
* :class:`Paragraph` — body text, 3号仿宋, first line indented 2 characters.
* :class:`Table` — a header row plus data rows of plain strings.
* :class:`PageBreak`, :class:`TableOfContents` — layout markers.

All text is plain text (no markup): the writers escape it.

Layout rules the writers share:

* If :attr:`Document.cover` is set, a cover page comes first.  It carries no
  page number and is not counted: the first page after it is 「— 1 —」.
* :attr:`Document.title` (and the subtitle) is printed at the top of the body,
  i.e. just before the first content block (Heading, Paragraph or Table).  A
  :class:`TableOfContents` placed first therefore comes before the title.
* A :class:`TableOfContents` always ends its page: the writers start a new
  page after it.
* "Flagged" content is an unfilled part of a draft.  It is rendered visibly
  (red text on a shaded background, prefixed with :data:`FLAG_MARKER`) so
  nobody can submit it by mistake.  :attr:`Document.draft` additionally puts a
  「草稿」 mark on every page.

Attachments (附件) need no special type: use a level-1 Heading followed by a
Table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Literal, TypeAlias, Union

__all__ = [
    "FLAG_MARKER",
    "Align",
    "Block",
    "Cover",
    "Document",
    "Heading",
    "PageBreak",
    "Paragraph",
    "Table",
    "TableOfContents",
    "flagged_text",
]

#: Prefix shown before every flagged (unfilled) paragraph or table cell.
FLAG_MARKER = "【待补充】"

Align: TypeAlias = Literal["justify", "left", "center", "right"]
_ALIGNS: frozenset[str] = frozenset({"justify", "left", "center", "right"})


def flagged_text(text: str) -> str:
    """Return *text* as displayed when flagged: prefixed with :data:`FLAG_MARKER`.

    The marker is not doubled if the composer already put it in the text.
    """
    text = text or ""
    return text if text.startswith(FLAG_MARKER) else FLAG_MARKER + text


@dataclass
class Cover:
    """The cover page: a large title, a few centred lines and the date."""

    title: str
    #: e.g. 「申报城市：××市」, 「申报单位：××市人民政府」 — one line each.
    lines: list[str] = field(default_factory=list)
    #: e.g. 「2025年6月」; printed at the foot of the cover.  Empty = omitted.
    date_text: str = ""


@dataclass
class Heading:
    """A numbered heading; becomes Word's Heading 1-3 and a PDF bookmark."""

    level: Literal[1, 2, 3]
    #: Full heading text including its numbering, e.g. 「一、总体要求」.
    text: str
    #: Optional stable key (e.g. the dossier section id) used for the PDF
    #: bookmark/anchor name.  The writers generate one when it is None.
    bookmark_key: str | None = None

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level!r}")


@dataclass
class Paragraph:
    """A body paragraph (3号仿宋)."""

    text: str
    indent_first_line: bool = True
    align: Align = "justify"
    #: An unfilled part of a draft: rendered in red, shaded, with FLAG_MARKER.
    flagged: bool = False

    def __post_init__(self) -> None:
        if self.align not in _ALIGNS:
            raise ValueError(f"align must be one of {sorted(_ALIGNS)}, not {self.align!r}")


@dataclass
class Table:
    """A bordered table whose header row repeats on every page it spans."""

    columns: list[str]
    rows: list[list[str]]
    #: Relative column widths (any positive numbers; scaled to the type
    #: block width).  None = equal widths.
    col_widths: list[float] | None = None
    #: Printed above the table, centred, e.g. 「表1 重点项目清单」.
    caption: str | None = None
    header_repeat: bool = True
    #: (row, column) indices into :attr:`rows` (0-based, header row excluded)
    #: of unfilled cells; rendered like a flagged paragraph.
    flagged_cells: set[tuple[int, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        n = len(self.columns)
        for i, row in enumerate(self.rows):
            if len(row) != n:
                raise ValueError(f"row {i} has {len(row)} cells, expected {n}")
        if self.col_widths is not None:
            if len(self.col_widths) != n or any(w <= 0 for w in self.col_widths):
                raise ValueError("col_widths must give one positive number per column")
        for r, c in self.flagged_cells:
            if not (0 <= r < len(self.rows) and 0 <= c < n):
                raise ValueError(f"flagged cell {(r, c)} is outside the table")

    def relative_widths(self) -> list[float]:
        """Column widths as fractions summing to 1."""
        widths = self.col_widths or [1.0] * len(self.columns)
        total = float(sum(widths))
        return [w / total for w in widths]

    def cell_text(self, row: int, col: int) -> str:
        """The text to print in a data cell (marker added when flagged)."""
        text = self.rows[row][col]
        return flagged_text(text) if (row, col) in self.flagged_cells else text


@dataclass
class PageBreak:
    """Start a new page."""


@dataclass
class TableOfContents:
    """Placeholder for the table of contents (目录); ends its page."""

    #: Heading printed above the entries.
    title: str = "目  录"
    #: Deepest heading level listed (1-3).
    levels: int = 3


Block: TypeAlias = Union[Heading, Paragraph, Table, PageBreak, TableOfContents]


@dataclass
class Document:
    """A whole document: optional cover, title, then the block list."""

    title: str
    subtitle: str = ""
    cover: Cover | None = None
    blocks: list[Block] = field(default_factory=list)
    #: A draft: every page is marked 「草稿」 (flagged content is marked anyway).
    draft: bool = False

    def headings(self) -> Iterator[Heading]:
        """The headings in document order."""
        return (b for b in self.blocks if isinstance(b, Heading))

    def title_position(self) -> int:
        """Index in :attr:`blocks` before which the title is printed."""
        for i, block in enumerate(self.blocks):
            if isinstance(block, (Heading, Paragraph, Table)):
                return i
        return len(self.blocks)

    def has_flags(self) -> bool:
        """True if any paragraph or cell is flagged as unfilled."""
        return any(
            (isinstance(b, Paragraph) and b.flagged) or (isinstance(b, Table) and b.flagged_cells)
            for b in self.blocks
        )
