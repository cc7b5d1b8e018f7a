"""The catalogue's own names in the UI's language (translation context "catalogue").

Registers, their records and columns, choices, typed fields, targets, units
and attestations are data (``resources/catalogue/*.json``), so their Chinese
names reach the screen without passing through ``tr()``: an English UI said
「Add 城市」.  ``catalogue_text(name)`` looks a name up in the translation; the
list lupdate reads is generated from the catalogue (``tools/catalogue_strings.py``
→ ``app/ui/catalogue_strings.py``).  The official names of indicators, sections
and MIIT's typical scenarios are not translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def catalogue_text(name: str) -> str:
    """``name`` (Chinese, from the catalogue) in the UI's language; unchanged where no translation exists."""
    return QCoreApplication.translate("catalogue", name) if name else name
