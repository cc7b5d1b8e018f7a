"""Merging two copies of one dossier: what each side changed since they parted, and where they disagree.

A consultant and the city's staff pass the ``.pzd`` back and forth and both edit their copy.  Every copy
carries the dossier id and the full history of its changes (``history`` rows: path, old → new, who, when),
which is what a merge needs:

* **Common ancestor.**  A history row is the same event in both copies when all of it is equal (time,
  author, path, old and new value, how, revision, description); rows only one copy holds are that copy's
  own changes since they parted.  For every value (a meta field, a register cell, a record's existence,
  an indicator field or target year, a narrative, an attestation, an evidence item, a plan text) the
  ancestor is what the last shared row set it to — or, when no shared row touched it, what it was before
  the copy's first own change.  This works for copies of copies and for a merged file merged again.
* **Three-way merge.**  A value changed on one side only is taken from that side; changed on both to the
  same value, it is simply that value; changed on both differently — or a record deleted on one side and
  edited on the other — it is a ``Conflict`` shown side by side with who changed it when, for the user to
  choose.  Evidence is the union; an item added on both sides with the same content (SHA-256) is kept once.
* **Contained.**  When one copy holds every change of the other (merging a merged file with either input
  again), the result is the fuller copy unchanged: merging is idempotent.

``merge_result.write_merge`` writes the result as a new ``.pzd``; the inputs are only read.  Stage handling is
deliberately simple: the merged result is a draft (its merge entry says so).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserFacingError
from app.models.catalogue import Catalogue, load_catalogue
from app.models.history_words import describe_path
from app.models.history_words import describe_value as describe_value_at   # a value where it lives, in words
from app.models.storage.merge_words import CONTEXT, WORDS, words
from app.translatable import Joined, Translate, catalogue_name, untranslated
from app.models.storage.merge_inputs import (  # noqa: F401 - read_copy: the package's face
    Copy, HistoryRow, effects, leaves, read_copy,
)

if TYPE_CHECKING:
    from app.models.dossier import Dossier


class MergeError(UserFacingError):
    """Two files that cannot be merged (different dossiers, editions), or a merge not fully decided."""


@dataclass
class Side:
    """What one copy did since the copies parted: per leaf its ancestor value and its last own row."""

    copy: Copy
    current: dict[str, Any]
    own: list[bool]                                   # per history row: only this copy holds it
    ancestor: dict[str, Any] = field(default_factory=dict)
    last_own: dict[str, HistoryRow] = field(default_factory=dict)

    def trace(self, paths: set[str]) -> None:
        """Follow the history rows at ``paths`` (the values that differ between the copies, and their records):
        only there does it matter which side changed what; a long shared history is not decoded."""
        for row, own in zip(self.copy.rows, self.own):
            if row.path not in paths:
                continue
            old, new = row.values()
            for leaf, before, after in effects(row.path, old, new):
                if not own:
                    self.ancestor[leaf] = after
                else:
                    self.ancestor.setdefault(leaf, before)
                    self.last_own[leaf] = row

    def changed(self, leaf: str) -> bool:
        return leaf in self.ancestor and self.ancestor[leaf] != self.current.get(leaf)

    @property
    def own_rows(self) -> int:
        return sum(self.own)


def _own_flags(mine: list[HistoryRow], theirs: list[HistoryRow]) -> list[bool]:
    """Which of ``mine`` the other copy does not hold (a row present twice is matched twice)."""
    shared = 0
    for row, other in zip(mine, theirs):       # the history before the copies parted: the same rows in order
        if row != other:
            break
        shared += 1
    available = Counter(row.key for row in theirs[shared:])
    flags = [False] * shared
    for row in mine[shared:]:
        if available[row.key] > 0:
            available[row.key] -= 1
            flags.append(False)
        else:
            flags.append(True)
    return flags


@dataclass
class Conflict:
    """One thing both copies changed differently; ``choice`` is "a" or "b" once the user has chosen."""

    key: str                      # the leaf, or the record path for a deleted-vs-edited record
    kind: str                     # "edit" | "delete_edit"
    label: str                    # where, for people: 「申报城市 › 滨江市 › 常住人口」
    base: Any                     # the common ancestor's value (None: not known or nothing)
    a: Any
    b: Any
    who_a: tuple[str, str] | None  # (author, ISO time) of the last change on each side, when recorded
    who_b: tuple[str, str] | None
    leaves: list[str]
    choice: str | None = None
    edited: list[str] = field(default_factory=list)   # delete_edit of a record: the cells the other side changed


@dataclass
class MergePlan:
    """Everything a merge decides; ``write_merge`` turns it into a file once every conflict is chosen."""

    a: Side
    b: Side
    catalogue: Catalogue
    merged: dict[str, Any]
    conflicts: list[Conflict]
    from_a: list[str]             # leaves taken from A that differ in B, and the other way round
    from_b: list[str]
    contained: str = ""           # "a": A holds everything of B (result = A unchanged); "b": the other way

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.choice not in ("a", "b")]

    def choose_all(self, choice: str) -> None:
        for conflict in self.conflicts:
            conflict.choice = choice

    def resolved_leaves(self) -> dict[str, Any]:
        if self.unresolved:
            raise MergeError(words("unresolved", n=len(self.unresolved)))
        out = dict(self.merged)
        for conflict in self.conflicts:
            source = self.a.current if conflict.choice == "a" else self.b.current
            for leaf in conflict.leaves:
                if leaf in source:
                    out[leaf] = source[leaf]
                else:
                    out.pop(leaf, None)
        return out

    def result(self, now: str) -> Dossier:
        """The merged dossier (a draft); evidence with the same content from both sides is kept once."""
        from app.models.storage.merge_result import assemble

        return assemble(self, self.resolved_leaves(), now)


def describe_side(conflict: Conflict, side: str, catalogue: Catalogue, *, tr: Translate = untranslated) -> str:
    """One side of a conflict as people read it: 「36000」, 「（已删除）」, 「修改了 所属行业：高端装备」."""
    value = conflict.a if side == "a" else conflict.b
    if value is None:
        return words("deleted" if conflict.kind == "delete_edit" else "empty").text(tr)
    if conflict.kind == "delete_edit" and conflict.key.startswith("registers/"):
        register = catalogue.register(conflict.key.split("/")[1])
        leaves_ = [leaf for leaf in conflict.edited if leaf.rsplit("/", 1)[1] in value] or \
            [f"{conflict.key}/{column}" for column in value if column != "id"]
        cells = Joined((words("cell", label=catalogue_name(register.column(leaf.rsplit("/", 1)[1]).label),
                              value=describe_value_at(leaf, value.get(leaf.rsplit("/", 1)[1]), catalogue, tr=tr))
                        for leaf in leaves_), WORDS["separator"], CONTEXT)
        return (words("edited", cells=cells) if conflict.edited else cells).text(tr)
    return describe_value_at(conflict.key, value, catalogue, tr=tr)


def conflict_label(plan: "MergePlan", conflict: Conflict, *, tr: Translate = untranslated) -> str:
    """Where a conflict is, in the UI's language (``Conflict.label`` is the Chinese)."""
    return _label(conflict.key, plan.catalogue, plan.a, plan.b, tr)


def count_changes(leaves_: list[str]) -> int:
    """Changes as people count them: a new or deleted record is one change, not one per cell."""
    return len({"/".join(leaf.split("/")[:3]) if leaf.startswith("registers/") else leaf for leaf in leaves_})


def plan_merge(a_path: Path | str, b_path: Path | str) -> MergePlan:
    """Read both copies and work out the merge (nothing is written)."""
    if Path(a_path).resolve() == Path(b_path).resolve():
        raise MergeError(words("itself", name=Path(a_path).name))
    return plan_copies(read_copy(a_path), read_copy(b_path))


def plan_copies(a: Copy, b: Copy) -> MergePlan:
    if a.dossier.id != b.dossier.id:
        raise MergeError(words("not_copies", a=a.label, b=b.label))
    if a.dossier.catalogue_edition != b.dossier.catalogue_edition:
        raise MergeError(words("editions", a=a.label, b=b.label, edition_a=a.dossier.catalogue_edition,
                               edition_b=b.dossier.catalogue_edition))
    for copy in (a, b):
        if copy.dossier.pilot:     # the pilot years are not merged (the result would be a draft without them)
            raise MergeError(words("piloted", label=copy.label, name=copy.dossier.display_name()))
    catalogue = load_catalogue(a.dossier.catalogue_edition)
    side_a = Side(a, leaves(a.dossier), _own_flags(a.rows, b.rows))
    side_b = Side(b, leaves(b.dossier), _own_flags(b.rows, a.rows))
    differing = {leaf for leaf in set(side_a.current) | set(side_b.current)
                 if side_a.current.get(leaf) != side_b.current.get(leaf)}
    paths = differing | {"/".join(leaf.split("/")[:3]) for leaf in differing if leaf.startswith("registers/")}
    side_a.trace(paths)
    side_b.trace(paths)
    merged: dict[str, Any] = {}
    pending: list[str] = []
    from_a, from_b = [], []
    for leaf in sorted(set(side_a.current) | set(side_b.current)):
        va, vb = side_a.current.get(leaf), side_b.current.get(leaf)
        if va == vb:
            merged[leaf] = va
            continue
        ca, cb = side_a.changed(leaf), side_b.changed(leaf)
        if ca and not cb:
            merged[leaf] = va
            from_a.append(leaf)
        elif cb and not ca:
            merged[leaf] = vb
            from_b.append(leaf)
        else:
            pending.append(leaf)
    conflicts = _conflicts(side_a, side_b, merged, pending, catalogue)
    decided = {leaf for c in conflicts for leaf in c.leaves}
    plan = MergePlan(side_a, side_b, catalogue, {k: v for k, v in merged.items() if v is not None and k not in decided},
                     conflicts, [x for x in from_a if x not in decided], [x for x in from_b if x not in decided])
    if not conflicts:
        if side_b.own_rows == 0 and plan.merged == side_a.current:
            plan.contained = "a"
        elif side_a.own_rows == 0 and plan.merged == side_b.current:
            plan.contained = "b"
    return plan


def _conflicts(a: Side, b: Side, merged: dict[str, Any], pending: list[str], catalogue: Catalogue) -> list[Conflict]:
    """Leaf conflicts; a record deleted on one side and edited on the other is one conflict about the record."""
    records: dict[str, list[str]] = {}
    for leaf in set(a.current) | set(b.current) | set(pending):
        parts = leaf.split("/")
        if parts[0] == "registers" and len(parts) in (3, 4):
            cells = records.setdefault("/".join(parts[:3]), [])
            if len(parts) == 4:
                cells.append(leaf)
    out: list[Conflict] = []
    grouped: set[str] = set()
    for record, cells in sorted(records.items()):
        in_a, in_b = record in a.current, record in b.current
        if in_a == in_b:
            continue                                   # both have it (cells are merged one by one) or neither
        survivor = a if in_a else b
        dropped = merged.get(record) is None and any(survivor.changed(leaf) for leaf in cells)
        if record in pending or dropped:
            group = [record, *sorted(cells)]
            grouped.update(group)
            out.append(Conflict(record, "delete_edit", _label(record, catalogue, a, b), None,
                                _record_value(a.current, record, cells), _record_value(b.current, record, cells),
                                _who(a, group), _who(b, group), group,
                                edited=[leaf for leaf in sorted(cells) if survivor.changed(leaf)]))
    for leaf in pending:
        if leaf in grouped:
            continue
        va, vb = a.current.get(leaf), b.current.get(leaf)
        kind = "delete_edit" if leaf.startswith("evidence/") and (va is None or vb is None) else "edit"
        base = a.ancestor.get(leaf, b.ancestor.get(leaf))
        out.append(Conflict(leaf, kind, _label(leaf, catalogue, a, b), base, va, vb, _who(a, [leaf]), _who(b, [leaf]),
                            [leaf]))
    return out


def _record_value(values: dict[str, Any], record: str, cells: list[str]) -> dict[str, Any] | None:
    if values.get(record) is None:
        return None
    return {"id": record.rsplit("/", 1)[1],
            **{leaf.rsplit("/", 1)[1]: values[leaf] for leaf in sorted(cells) if values.get(leaf) is not None}}


def _who(side: Side, leaves_: list[str]) -> tuple[str, str] | None:
    rows = [side.last_own[leaf] for leaf in leaves_ if leaf in side.last_own]
    if not rows:
        return None
    last = max(rows, key=lambda r: r.seq)
    return last.author, last.at


def _label(leaf: str, catalogue: Catalogue, a: Side, b: Side, tr: Translate = untranslated) -> str:
    first = describe_path(leaf, catalogue, a.copy.dossier, tr=tr)
    if leaf.startswith(("registers/", "evidence/")):
        other = describe_path(leaf, catalogue, b.copy.dossier, tr=tr)
        if len(other) > len(first):        # named by the copy that still has the record or item
            return other
    return first
