"""The catalogue's own names, and the core's phrases, in the UI's language.

Registers, their records and columns, choices, typed fields, targets, units
and attestations are data (``resources/catalogue/*.json``), so their Chinese
names reach the screen without passing through ``tr()``: an English UI said
「Add 城市」.  ``catalogue_text(name)`` looks a name up in the translation; the
list lupdate reads is generated from the catalogue (``tools/catalogue_strings.py``
→ ``app/ui/catalogue_strings.py``).  The official names of indicators, sections
and MIIT's typical scenarios are not translated.

The core (``app.models``, ``app.signing``) returns its messages — a refused
value, a record's problems, an edit's description, the verify report — as
phrases (``app.translatable``) that are their Chinese text; ``core_text``
shows one in the UI's language and ``error_text`` does the same for an
exception whose message is one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.translatable import message_text, words_text


def catalogue_text(name: str) -> str:
    """``name`` (Chinese, from the catalogue) in the UI's language; unchanged where no translation exists."""
    return QCoreApplication.translate("catalogue", name) if name else name


def core_text(value: Any) -> str:
    """A phrase, a list or plain text from the core, in the UI's language (plain text stays as it is)."""
    return words_text(value, QCoreApplication.translate)


def error_text(exc: BaseException) -> str:
    """An exception's message in the UI's language when the core wrote it as a phrase; else ``str(exc)``."""
    return message_text(exc, QCoreApplication.translate)
