"""Raw OXML helpers of the Word writer: what python-docx does not offer.

Font slots (python-docx sets only the Latin ones), the language, shading,
complex fields (page numbers, tables of contents) and children inserted in
the order the schema wants them.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from .fonts import FontSpec

__all__ = ["THEME_ATTRS", "add_field", "child", "no_grid_snap", "set_fonts", "set_lang", "shade"]

THEME_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")


def child(parent, tag: str, before: tuple[str, ...] = ()):
    """Return parent's child *tag*, creating it (before the first of *before*)."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        anchor = next((parent.find(qn(b)) for b in before if parent.find(qn(b)) is not None), None)
        if anchor is not None:
            anchor.addprevious(el)
        else:
            parent.append(el)
    return el


def set_fonts(rpr, family: str) -> None:
    """Set all four font slots of an ``rPr`` to *family*, dropping theme fonts."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in THEME_ATTRS:
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), family)


def set_lang(rpr) -> None:
    lang = child(rpr, "w:lang")
    for attr in ("w:val", "w:eastAsia"):
        lang.set(qn(attr), "zh-CN")


def no_grid_snap(ppr) -> None:
    child(ppr, "w:snapToGrid", before=("w:spacing", "w:ind", "w:jc", "w:outlineLvl")).set(qn("w:val"), "0")


def shade(parent_pr, fill: str) -> None:
    """Background fill for a run (``rPr``) or a cell (``tcPr``)."""
    shd = child(parent_pr, "w:shd", before=("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                            "w:vAlign", "w:hideMark", "w:fitText", "w:vertAlign", "w:lang"))
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def add_field(paragraph, instruction: str, placeholder: str, font: FontSpec | None = None,
               *, dirty: bool = False) -> None:
    """Append a complex field (begin / instrText / separate / result / end)."""
    def run_with(el):
        run = paragraph.add_run()
        if font is not None:
            set_fonts(run._r.get_or_add_rPr(), font.family)
        run._r.append(el)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    if dirty:
        begin.set(qn("w:dirty"), "true")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    result = paragraph.add_run(placeholder)
    if font is not None:
        set_fonts(result._r.get_or_add_rPr(), font.family)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
