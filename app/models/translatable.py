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

A sentence built from translatable pieces — a finding that names a date, a
catalogue label, a list — keeps them as a ``Phrase`` (a template and its
values, rendered when shown) or ``Joined`` (a list and its translatable
separator), so the whole sentence renders in the UI's language;
``str()`` of either is the Chinese text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

Translate = Callable[[str, str], str]   # (context, source text) -> text in the UI language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The default ``tr``: the Chinese source text."""
    return text


LIST_CONTEXT = "list"
LIST_SEPARATOR = QT_TRANSLATE_NOOP("list", "、")          # between the items of a list in a sentence


@dataclass(frozen=True)
class Phrase:
    """A translatable template and its values; values may be phrases themselves."""

    context: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    def text(self, tr: Translate = untranslated) -> str:
        source = tr(self.context, self.template)
        if not self.params:
            return source
        return source.format(**{key: render(value, tr) for key, value in self.params})

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Joined:
    """Items (text or phrases) joined by a translatable separator: by default the list separator of the UI's
    language (「、」 in Chinese); another one is marked in its own ``context``."""

    items: tuple[Any, ...]
    separator: str = LIST_SEPARATOR
    context: str = LIST_CONTEXT

    def text(self, tr: Translate = untranslated) -> str:
        return tr(self.context, self.separator).join(render(item, tr) for item in self.items)

    def __str__(self) -> str:
        return self.text()


def phrase(context: str, template: str, **params: Any) -> Phrase:
    """``template`` (marked with QT_TRANSLATE_NOOP in ``context``) with its values."""
    return Phrase(context, template, tuple(params.items()))


def words_text(value: Any, tr: Translate = untranslated) -> str:
    """Text, a phrase or a list as text in the UI's language."""
    return str(render(value, tr))


def render(value: Any, tr: Translate = untranslated) -> Any:
    """A phrase or list in the UI's language; anything else unchanged (numbers keep their format specs)."""
    return value.text(tr) if isinstance(value, (Phrase, Joined)) else value


DATE_CONTEXT = "dates"
DATE = QT_TRANSLATE_NOOP("dates", "{year}年{month}月{day}日")


def date_phrase(day: date) -> Phrase:
    """「2025年9月18日」 as a phrase (the English UI writes 2025-09-18)."""
    return phrase(DATE_CONTEXT, DATE, year=day.year, month=day.month, day=day.day)
