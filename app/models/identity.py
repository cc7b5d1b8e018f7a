"""When two register records are the same thing, so that a starred count counts it once.

A starred condition counts *distinct* things: the same factory, title, 5G工厂
project or policy entered twice is one thing, and counting it twice would be
presenting false material (第十八条).  What makes two records the same is
catalogue data: each register lists ``identity``, alternative sets of columns
in order of preference (a policy is its 文号, else its title and issuer).
Two records are the same when, on the first alternative that both of them
have filled, their normalised values agree — so a policy entered once with
its 文号 and once without is still caught by title and issuer, while two
policies with different 文号 are never merged because their titles agree.

Normalisation is what people vary without meaning a different thing: full-
and half-width forms (NFKC), spaces, letter case, the kind of quotation marks
and brackets (〔2023〕/[2023]/（2023）), and 《》 around a document title.

Three names are public and stable (the Excel import classifies rows with
them): ``normalise_text``, ``record_identity`` and ``find_duplicates``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from app.translatable import Joined, catalogue_name

if TYPE_CHECKING:
    from app.models.catalogue import ColumnSpec, RegisterSpec

# After NFKC (which already maps full-width ASCII, （）and ［］ to their ASCII forms).
_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "「": '"', "」": '"', "『": '"', "』": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "〔": "[", "〕": "]", "【": "[", "】": "]", "〖": "[", "〗": "]", "(": "[", ")": "]",
    "—": "-", "–": "-", "－": "-", "―": "-",
    "《": None, "》": None, "〈": None, "〉": None,
})
_SPACE = re.compile(r"\s+")
_PASS: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("identity_pass", default=None)


@lru_cache(maxsize=1 << 16)      # every evaluation compares the same names again; a name is folded once
def normalise_text(s: str) -> str:
    """The form of a name or number that two spellings of the same thing share.

    NFKC (full-width letters and digits become half-width), every run of
    whitespace removed (Chinese names have no meaningful spaces; a trailing
    space or a line break pasted from Excel changes nothing), letters
    case-folded, quotation marks, brackets and dashes unified, 《》 dropped.
    """
    text = unicodedata.normalize("NFKC", s).translate(_FOLD)
    return _SPACE.sub("", text).casefold()


def _values_of(record: Any) -> tuple[str, Mapping[str, Any]]:
    """(id, values) of a ``Record`` or of a plain mapping ``{"id": …, column: value, …}``."""
    if isinstance(record, Mapping):
        return str(record.get("id", "")), record
    return str(record.id), record.values


def _normalised(column: ColumnSpec | None, value: Any) -> str | None:
    """One column's value in comparable form; None when blank."""
    if value is None:
        return None
    if isinstance(value, str):
        text = normalise_text(value)
        return text or None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping) and "value" in value:          # a quantity: compare in its base unit
        raw = value.get("value")
        if not isinstance(raw, str) or not raw.strip():
            return None
        factor = "1"
        if column is not None and column.units:
            factor = column.units.get(str(value.get("unit")), "1")
        try:
            from app.models.numbers import parse_decimal
            return str(parse_decimal(raw) * Fraction(factor))
        except (ValueError, ZeroDivisionError):
            return normalise_text(raw)
    if isinstance(value, (list, tuple)):
        parts = sorted(p for p in (_normalised(None, v) for v in value) if p)
        return "、".join(parts) or None
    return normalise_text(str(value)) or None


def _keys(register_spec: RegisterSpec, values: Mapping[str, Any]) -> list[tuple[str, ...] | None]:
    """The record's key under each identity alternative (None where an identifying column is blank)."""
    columns = {c.id: c for c in register_spec.columns}
    keys: list[tuple[str, ...] | None] = []
    for alternative in register_spec.identity:
        parts = [_normalised(columns.get(col), values.get(col)) for col in alternative]
        keys.append(None if any(p is None for p in parts) else tuple(p for p in parts if p is not None))
    return keys


def record_identity(register_spec: RegisterSpec, values: dict[str, Any]) -> tuple[Any, ...] | None:
    """The record's identity: ``(alternative index, normalised values…)`` of its first filled alternative.

    None when no alternative has all its columns filled (nothing identifies the
    record yet) or the register declares no identity.  Equal identities mean
    the same thing; for the full rule — compare on the first alternative *both*
    records have — use ``find_duplicates``.
    """
    for index, key in enumerate(_keys(register_spec, values)):
        if key is not None:
            return (index, *key)
    return None


def find_duplicates(register_spec: RegisterSpec, records: Iterable[Any]) -> list[list[str]]:
    """Groups (two or more) of the ids of records that are the same thing, in register order.

    ``records`` are ``Record`` objects or mappings with an ``"id"``.  Each
    group lists its ids in the order given; groups are ordered by their first
    member.  Records without any identity are never in a group.
    """
    return [[rid for rid, _ in cluster] for cluster in clusters(register_spec, records) if len(cluster) > 1]


@contextmanager
def one_pass() -> Iterator[None]:
    """Within one evaluation nothing changes, so the clusters of a register are worked out once, not once per
    rule and check that asks (sixteen times for a full evaluation of the 2023 catalogue)."""
    token = _PASS.set({})
    try:
        yield
    finally:
        _PASS.reset(token)


def clusters(register_spec: RegisterSpec, records: Iterable[Any]) -> list[list[tuple[str, Any]]]:
    """Every record in exactly one cluster of same things (singletons included), in register order.

    Each cluster is a list of ``(id, record)``; the rules count a cluster once.
    """
    records = list(records)
    memo = _PASS.get()
    if memo is None:
        return _clusters(register_spec, records)
    key = (register_spec.id, tuple(map(id, records)))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _clusters(register_spec, records)
    return found


def _clusters(register_spec: RegisterSpec, records: list[Any]) -> list[list[tuple[str, Any]]]:
    items = [(_values_of(r), r) for r in records]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    keys = [_keys(register_spec, values) for (_, values), _ in items]
    for alt in range(len(register_spec.identity)):
        buckets: dict[tuple[str, ...], dict[frozenset[int], list[int]]] = {}
        for i, record_keys in enumerate(keys):
            key = record_keys[alt]
            if key is None:
                continue
            earlier = frozenset(a for a in range(alt) if record_keys[a] is not None)
            buckets.setdefault(key, {}).setdefault(earlier, []).append(i)
        for by_earlier in buckets.values():
            groups = list(by_earlier.items())
            for g, (filled_g, members_g) in enumerate(groups):
                if not filled_g:                         # compared on this alternative with every member
                    for other in members_g[1:]:
                        union(members_g[0], other)
                for filled_h, members_h in groups[g + 1:]:
                    if not filled_g & filled_h:          # no earlier alternative both have filled
                        for other in members_h:
                            union(members_g[0], other)
                        for other in members_g[1:]:
                            union(members_h[0], other)
    result: dict[int, list[tuple[str, Any]]] = {}
    for i, ((rid, _), record) in enumerate(items):
        result.setdefault(find(i), []).append((rid, record))
    return [result[root] for root in sorted(result)]


def identity_columns_label(register_spec: RegisterSpec, values_a: Mapping[str, Any],
                           values_b: Mapping[str, Any]) -> str:
    """Which columns made two records the same, for a message: 「文号」 or 「企业名称、工厂名称」."""
    keys_a, keys_b = _keys(register_spec, values_a), _keys(register_spec, values_b)
    labels = {c.id: c.label for c in register_spec.columns}
    for alternative, ka, kb in zip(register_spec.identity, keys_a, keys_b):
        if ka is not None and kb is not None:
            return Joined(catalogue_name(labels[col]) if col in labels else col for col in alternative)
    return ""
