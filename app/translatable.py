"""Translatable text in the plain-Python core (models, signing), without Qt.

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
separator), so the whole sentence renders in the UI's language.  Both *are*
their Chinese text (``str`` subclasses): a message that was a plain Chinese
string can become a phrase without changing what the command line prints, what
a file stores or what a comparison sees — only the UI asks it for
``text(tr)``.  Text glued onto a phrase with ``+`` or an f-string is plain
Chinese again, so sentences are built as phrases all the way up.

This module sits in the lowest layer (beside ``app.errors``), so both
``app.models`` and ``app.signing`` mark their words with it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Iterable

Translate = Callable[[str, str], str]   # (context, source text) -> text in the UI language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate recognises
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The default ``tr``: the Chinese source text."""
    return text


LIST_CONTEXT = "list"
LIST_SEPARATOR = QT_TRANSLATE_NOOP("list", "、")          # between the items of a list in a sentence


class Phrase(str):
    """A translatable template and its values (values may be phrases themselves); the string is the Chinese."""

    context: str
    template: str
    params: tuple[tuple[str, Any], ...]

    def __new__(cls, context: str, template: str, params: Iterable[tuple[str, Any]] = ()) -> "Phrase":
        params = tuple(params)
        self = str.__new__(cls, template.format_map(dict(params)) if params else template)
        self.context, self.template, self.params = context, template, params
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:          # copy and pickle rebuild it from its parts
        return self.context, self.template, self.params

    def text(self, tr: Translate = untranslated) -> str:
        if tr is untranslated:
            return str.__str__(self)
        source = tr(self.context, self.template)
        if not self.params:
            return source
        return source.format(**{key: render(value, tr) for key, value in self.params})


class Joined(str):
    """Items (text or phrases) joined by a translatable separator: by default the list separator of the UI's
    language (「、」 in Chinese); another one is marked in its own ``context``.  The string is the Chinese."""

    items: tuple[Any, ...]
    separator: str
    context: str

    def __new__(cls, items: Iterable[Any], separator: str = LIST_SEPARATOR, context: str = LIST_CONTEXT) -> "Joined":
        items = tuple(items)
        self = super().__new__(cls, separator.join(str(item) for item in items))
        self.items, self.separator, self.context = items, separator, context
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:
        return self.items, self.separator, self.context

    def text(self, tr: Translate = untranslated) -> str:
        if tr is untranslated:
            return str.__str__(self)
        return tr(self.context, self.separator).join(str(render(item, tr)) for item in self.items)


def phrase(context: str, template: str, **params: Any) -> Phrase:
    """``template`` (marked with QT_TRANSLATE_NOOP in ``context``) with its values."""
    self = str.__new__(Phrase, template.format_map(params) if params else template)   # Phrase(…), without copies:
    self.context, self.template, self.params = context, template, tuple(params.items())  # evaluation makes many
    return self


CATALOGUE_CONTEXT = "catalogue"


_CATALOGUE_NAMES: dict[str, Phrase] = {}


def catalogue_name(name: str) -> Phrase:
    """A name of the catalogue's (a register, a column, a unit, a choice) inside a sentence: the UI says it in
    its language (context "catalogue", listed by ``tools/catalogue_strings.py``); the official names of
    indicators and scenarios are never passed here.  Made once per name (evaluation names columns often)."""
    found = _CATALOGUE_NAMES.get(name)
    if found is None:
        found = _CATALOGUE_NAMES[name] = Phrase(CATALOGUE_CONTEXT, name)
    return found


def words_text(value: Any, tr: Translate = untranslated) -> str:
    """Text, a phrase or a list as text in the UI's language."""
    return str(render(value, tr))


def render(value: Any, tr: Translate = untranslated) -> Any:
    """A phrase or list in the UI's language; anything else unchanged (numbers keep their format specs)."""
    return value.text(tr) if isinstance(value, (Phrase, Joined)) else value


def message_text(exc: BaseException, tr: Translate = untranslated) -> str:
    """An exception's message in the UI's language: its first argument when that is a phrase, else ``str(exc)``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first.text(tr) if isinstance(first, (Phrase, Joined)) else str(exc)


DATE_CONTEXT = "dates"
DATE = QT_TRANSLATE_NOOP("dates", "{year}年{month}月{day}日")
DATETIME = QT_TRANSLATE_NOOP("dates", "{year}年{month}月{day}日 {time}")


def date_phrase(day: date) -> Phrase:
    """「2025年9月18日」 as a phrase (the English UI writes 2025-09-18)."""
    return phrase(DATE_CONTEXT, DATE, year=day.year, month=day.month, day=day.day)


def datetime_phrase(moment: datetime) -> Phrase:
    """「2026年12月1日 11:02」 (``moment`` as it is, already local) as a phrase (2026-12-01 11:02 in English)."""
    return phrase(DATE_CONTEXT, DATETIME, year=moment.year, month=moment.month, day=moment.day,
                  time=f"{moment:%H:%M}")
