"""Translatable text in the plain-Python core, without Qt.

The core writes Chinese sentences (the source language).  Where the desktop
UI shows one of them, it should appear in the UI's language too, so the
core marks its templates with ``QT_TRANSLATE_NOOP(context, text)`` — a
no-op here, but the name ``pyside6-lupdate`` looks for, so the template
lands in ``resources/translations/*.ts`` (``tools/update_translations.sh``
scans the marked core modules as well as ``app/ui``).  Functions that build
such text take a ``tr`` argument: the UI passes
``QCoreApplication.translate``, the command line and the CSV export keep the
default, which returns the Chinese source unchanged.
"""

from __future__ import annotations

from typing import Callable

Translate = Callable[[str, str], str]   # (context, source text) -> text in the UI language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The default ``tr``: the Chinese source text."""
    return text
