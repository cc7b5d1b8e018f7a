"""Exact numbers as people type them.

Quantities that decide a starred condition (population, base stations) are
parsed into ``fractions.Fraction`` so that 24,000 stations for 8,000,000
residents is exactly 30 per 10,000 — never 30.000000000000004.  Values are
stored as canonical decimal strings ("1274.83"), which round-trip exactly.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import Any
from functools import lru_cache

from app.models.value_words import words

_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


class NumberError(ValueError):
    """Text that is not a plain decimal number; the message (a phrase, ``app.models.value_words``) is for users."""


def parse_decimal(text: str) -> Fraction:
    """Parse "1274.83", "1,274.83", "１２" (full-width) exactly; reject anything else.

    Exponents, fractions like "1/3", units and words are refused rather than
    guessed at: a wrong number in an application is worse than none.
    """
    if not isinstance(text, str):
        raise NumberError(words("number_not_text"))
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    if not _DECIMAL.match(cleaned):
        raise NumberError(words("not_a_number", text=text))
    return Fraction(Decimal(cleaned))


def parse_integer(text: str) -> int:
    value = parse_decimal(text)
    if value.denominator != 1:
        raise NumberError(words("not_whole", text=text))
    return int(value)


def canonical(text: str) -> str:
    """The canonical stored form of a typed decimal: no grouping, no '+', no trailing dot."""
    value = parse_decimal(text)
    return format_exact(value)


def format_exact(value: Fraction) -> str:
    """A terminating fraction as a plain decimal string without loss."""
    if value.denominator == 1:
        return str(value.numerator)
    d = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(d) != value:
        raise NumberError(words("not_finite"))
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_rounded(value: Fraction, places: int = 2) -> str:
    """Round half up to `places` decimals, for display only."""
    scale = 10 ** places
    scaled = value * scale
    n = (abs(scaled.numerator) * 2 + scaled.denominator) // (2 * scaled.denominator)
    n = -n if scaled < 0 else n
    sign = "-" if n < 0 else ""
    n = abs(n)
    if places == 0:
        return f"{sign}{n}"
    return f"{sign}{n // scale}.{n % scale:0{places}d}"


def format_short(value: Fraction, places: int = 2) -> str:
    """Rounded like ``format_rounded`` without the trailing zeros: 990, 0.5, 12.35 (for display only)."""
    text = format_rounded(value, places)
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_for_comparison(value: Fraction, threshold: Fraction, places: int = 2) -> str:
    """Display a measured value so that it never looks equal to a threshold it is not.

    30.004 rounded to two places reads "30.00", which would look like a fail
    against "超过30"; in that case more decimals are shown.
    """
    text = format_rounded(value, places)
    while value != threshold and parse_decimal(text) == threshold and places < 8:
        places += 2
        text = format_rounded(value, places)
    if value != threshold and parse_decimal(text) == threshold:
        text = ("略高于 " if value > threshold else "略低于 ") + text
    return text


@lru_cache(maxsize=256)
def _bound(text: str) -> Fraction:
    """A bound from the catalogue ("0", "100"), parsed once: ``in_range`` runs for every number of every record."""
    return parse_decimal(text)


def in_range(value: Fraction, *, minimum: str | None, maximum: str | None, exclusive_min: bool = False) -> str | None:
    """None if the value is within bounds, else a Chinese message (a phrase)."""
    if minimum is not None:
        low = _bound(minimum)
        if exclusive_min and value <= low:
            return words("above_exclusive_minimum", minimum=minimum)
        if not exclusive_min and value < low:
            return words("below_minimum", minimum=minimum)
    if maximum is not None and value > _bound(maximum):
        return words("above_maximum", maximum=maximum)
    return None


def decimal_or_none(text: Any) -> Fraction | None:
    """A stored decimal string as an exact number; None when blank or not a number."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return parse_decimal(text)
    except NumberError:
        return None
