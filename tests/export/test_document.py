"""The intermediate document model: validation and helpers."""

from __future__ import annotations

import pytest

from app.export.document import (FLAG_MARKER, Document, Heading, PageBreak, Paragraph, Table,
                                 TableOfContents, flagged_text)


def test_flagged_text_adds_the_marker_once() -> None:
    assert flagged_text("") == FLAG_MARKER
    assert flagged_text("投资额") == FLAG_MARKER + "投资额"
    assert flagged_text(FLAG_MARKER + "投资额") == FLAG_MARKER + "投资额"


def test_heading_level_is_checked() -> None:
    with pytest.raises(ValueError):
        Heading(4, "四级标题")  # type: ignore[arg-type]


def test_paragraph_alignment_is_checked() -> None:
    with pytest.raises(ValueError):
        Paragraph("正文", align="middle")  # type: ignore[arg-type]


def test_table_shape_is_checked() -> None:
    with pytest.raises(ValueError):
        Table(columns=["a", "b"], rows=[["1"]])
    with pytest.raises(ValueError):
        Table(columns=["a", "b"], rows=[["1", "2"]], col_widths=[1.0])
    with pytest.raises(ValueError):
        Table(columns=["a", "b"], rows=[["1", "2"]], flagged_cells={(1, 0)})


def test_table_widths_and_flagged_cells() -> None:
    t = Table(columns=["a", "b"], rows=[["1", ""]], col_widths=[1, 3], flagged_cells={(0, 1)})
    assert t.relative_widths() == [0.25, 0.75]
    assert t.cell_text(0, 0) == "1"
    assert t.cell_text(0, 1) == FLAG_MARKER


def test_title_goes_after_a_leading_table_of_contents() -> None:
    doc = Document("题目", blocks=[TableOfContents(), PageBreak(), Heading(1, "一、总则"), Paragraph("x")])
    assert doc.title_position() == 2
    assert [h.text for h in doc.headings()] == ["一、总则"]
    assert not doc.has_flags()
    assert Document("题目", blocks=[Paragraph("", flagged=True)]).has_flags()
    assert Document("题目").title_position() == 0
