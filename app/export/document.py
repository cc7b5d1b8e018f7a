"""Intermediate document model shared by the Word and PDF writers.

The content composer turns a dossier into a :class:`Document`; the writers
(:mod:`app.export.docx_writer`, :mod:`app.export.pdf_writer`) lay it out per
GB/T 9704-2012.  The model is deliberately small and carries *content and
structure only* — no fonts, sizes or page geometry:

* :class:`Heading` — level 1 「一、…」 (黑体), 2 「（一）…」 (楷体), 3 「1.…」
  (仿宋 bold).  The text already contains its numbering; the writers never
  number anything themselves.
* :class:`Paragraph` — body text, 3号仿宋, first line indented 2 characters.
* :class:`Table` — a header row plus data rows of plain strings; numbers
  are right-aligned (a column whose cells are all numbers, unless
  :attr:`Table.align` says otherwise); column widths follow the content when
  :attr:`Table.col_widths` is None (:mod:`app.export.tablelayout`).
* :class:`Closing` — the 落款 (署名 and 成文日期), laid out per GB/T 9704 and
  kept on one page with the last lines of the text before it.
* :class:`PageBreak`, :class:`TableOfContents` — layout markers.

All text is plain text (no markup): the writers escape it.

Layout rules the writers share:

* If :attr:`Document.cover` is set, a cover page comes first.  It carries no
  page number and is not counted: the first page after it is 「— 1 —」.
* :attr:`Document.title` (and the subtitle) is printed at the top of the body,
  i.e. just before the first content block (Heading, Paragraph or Table).  A
  :class:`TableOfContents` placed first therefore comes before the title.
* A :class:`TableOfContents` always ends its page: the writers start a new
  page after it.  With ``tables=True`` it also lists every captioned table.
* The title (and the cover title) breaks at phrase boundaries, never inside
  a word of :attr:`Document.title_words` (:func:`app.export.typeset.break_title`).
* A heading or a caption never ends a page (keep-with-next); no line starts
  with closing punctuation or ends with opening punctuation (禁则).
* "Flagged" content is an unfilled part of a draft.  It is rendered visibly
  (red text on a shaded background, prefixed with :data:`FLAG_MARKER`) so
  nobody can submit it by mistake.  :attr:`Document.draft` additionally puts a
  「草稿」 mark on every page.

Attachments (附件) need no special type: use a PageBreak, a level-1 Heading
and a Table.  A report is another composed :class:`Document`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Literal, TypeAlias, Union

__all__ = [
    "FLAG_MARKER",
    "Align",
    "Block",
    "Closing",
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
    #: e.g. 「2025年6月10日」; printed at the foot of the cover.  Empty = omitted.
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
    #: Printed above the table, centred, e.g. 「表1 重点项目清单」 (see :meth:`Document.number_tables`).
    caption: str | None = None
    header_repeat: bool = True
    #: Alignment of each column's data cells; None = numbers right, text left.
    align: list[Align] | None = None
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
        if self.align is not None and (len(self.align) != n or any(a not in _ALIGNS for a in self.align)):
            raise ValueError(f"align must give one of {sorted(_ALIGNS)} per column")

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
class Closing:
    """The 落款: 署名 (one line per signing body) and 成文日期, right after the text they close.

    The writers place it per GB/T 9704-2012 7.3.5.2 (one empty line under the
    text, 署名 two characters from the right, the date two characters right of
    the 署名's start) and never let it begin a page: the last lines of the
    text before it move with it.
    """

    signers: list[str]
    date_text: str


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
    #: Also list the captioned tables (「表格目录」) after the headings.
    tables: bool = False
    tables_title: str = "表格目录"


Block: TypeAlias = Union[Heading, Paragraph, Table, Closing, PageBreak, TableOfContents]


@dataclass
class Document:
    """A whole document: optional cover, title, then the block list."""

    title: str
    subtitle: str = ""
    cover: Cover | None = None
    blocks: list[Block] = field(default_factory=list)
    #: A draft: every page is marked 「草稿」 (flagged content is marked anyway).
    draft: bool = False
    #: The draft mark's text at the top of every page of a draft (which draft it is).
    draft_note: str = "草稿 · 含待补充内容，不得报送"
    #: Words the title may never be broken inside, besides the usual ones (city names, …).
    title_words: tuple[str, ...] = ()
    #: Document properties: author (the 申报单位), subject, keywords.  The language is always zh-CN.
    author: str = ""
    subject: str = ""
    keywords: str = ""
    #: Space kept free at the foot of the last page, in mm (a visible signature block goes there).
    end_space_mm: float = 0.0

    def headings(self) -> Iterator[Heading]:
        """The headings in document order."""
        return (b for b in self.blocks if isinstance(b, Heading))

    def title_position(self) -> int:
        """Index in :attr:`blocks` before which the title is printed."""
        for i, block in enumerate(self.blocks):
            if isinstance(block, (Heading, Paragraph, Table, Closing)):
                return i
        return len(self.blocks)

    def tables(self) -> Iterator[Table]:
        """The tables in document order."""
        return (b for b in self.blocks if isinstance(b, Table))

    def number_tables(self, prefix: str = "表") -> None:
        """Number every caption in document order: 「表1 …」, 「表2 …」 (a caption already numbered is renumbered)."""
        numbered = re.compile(rf"^{re.escape(prefix)}(?:\s*\d+\s*|\s+)")
        for n, table in enumerate((t for t in self.tables() if t.caption), start=1):
            table.caption = f"{prefix}{n} {numbered.sub('', table.caption or '', count=1)}"

    def has_flags(self) -> bool:
        """True if any paragraph or cell is flagged as unfilled."""
        return any(
            (isinstance(b, Paragraph) and b.flagged) or (isinstance(b, Table) and b.flagged_cells)
            for b in self.blocks
        )
