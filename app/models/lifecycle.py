"""The stages of a dossier, and the operations that move it between them.

A stage change is an operation like any edit: it goes through the session
(``session.do``), is recorded in the history in order (its ``kind`` is the
history's *how*: ``finalise``, ``submit``, ``revise``), reaches every view
through the session's listeners, and is persisted by the dossier file, which
only writes what the operation says (the frozen version of a 定稿 included).
Unlike an edit it is not undoable: a finalised version is frozen for good, and
undoing an edit after 定稿 is itself an edit that starts a new revision.

* 定稿 (``finalise``): draft → finalised; freezes the content as revision n
  (``FrozenVersion``: canonical JSON snapshot and its SHA-256).
* 标记为已报送 (``submit``): finalised → submitted.
* 开始新修订 (``revise``): the first edit of a finalised or submitted dossier
  first takes it back to draft as revision n + 1 (``DossierSession`` does this
  before the edit, so the history reads "revise" then the edit).

The export use-case (``app.export.submission``) prepares the 定稿 before
writing the package — the package records its hash — and applies it only
once the package is in place, so a failed export changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.errors import UserFacingError
from app.models.dossier import Dossier, now_iso
from app.models.operations import Change, DossierSession

STAGE_LABELS = {"draft": "草稿", "finalised": "已定稿", "submitted": "已报送"}
# Stages whose content is frozen: the next edit starts a new revision (back to draft).
FROZEN_STAGES = ("finalised", "submitted")
STAGE_HOWS = ("finalise", "submit", "revise")


# The canonical form of a dossier's content: the exchange JSON without what changes by itself, keys sorted, no
# whitespace; evidence appears by SHA-256, so the hash covers attachment contents too.
VOLATILE_KEYS = ("stage", "updated_at")


def canonical_json(dossier: Dossier) -> str:
    from app.models.exchange import dossier_to_json

    data = dossier_to_json(dossier)
    for key in VOLATILE_KEYS:
        data.pop(key, None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(dossier: Dossier) -> str:
    """The SHA-256 of the canonical form: the *content hash* a package and a frozen version carry."""
    return _sha256(canonical_json(dossier))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class StageError(UserFacingError):
    """A stage change that is not allowed from the dossier's current stage."""


@dataclass(frozen=True)
class FrozenVersion:
    """What a 定稿 freezes: the canonical JSON of the content and its SHA-256 (the *content hash*)."""

    revision: int
    content_hash: str
    snapshot: str
    note: str
    finalised_at: str


@dataclass
class ChangeStage:
    """One stage change (see the module docstring). Not undoable; recorded in history with ``how = kind``."""

    kind: str            # finalise | submit | revise
    old_stage: str
    new_stage: str
    old_revision: int
    new_revision: int
    description: str = ""
    version: FrozenVersion | None = None     # finalise only
    at: str = ""                             # when it happened (ISO); the history and versions rows use it

    undoable = False

    def apply(self, dossier: Dossier) -> list[Change]:
        if (dossier.stage, dossier.revision) != (self.old_stage, self.old_revision):
            raise StageError(f"申报材料的阶段已变为“{STAGE_LABELS.get(dossier.stage, dossier.stage)}”"
                             f"（第 {dossier.revision} 版），无法{self.description or '更改阶段'}。")
        dossier.stage, dossier.revision = self.new_stage, self.new_revision
        return [Change("meta", key="stage"), Change("meta", key="revision")]

    def inverse(self) -> Any:
        raise StageError("阶段变更不能撤销。")

    def history(self) -> list[tuple[str, Any, Any]]:
        return [("meta/stage", self.old_stage, self.new_stage)]


def prepare_finalise(dossier: Dossier, *, note: str = "", at: str | None = None) -> ChangeStage:
    """The 定稿 of the dossier as it is now (nothing applied yet): apply it with ``session.do``.

    Refused when the dossier is already finalised or submitted (nothing changed since: its last version stands).
    """
    if dossier.stage != "draft":
        raise StageError(f"申报材料已是“{STAGE_LABELS.get(dossier.stage, dossier.stage)}”（第 {dossier.revision} 版），"
                         "修改后才能再次定稿。")
    at = at or now_iso()
    snapshot = canonical_json(dossier)
    version = FrozenVersion(dossier.revision, _sha256(snapshot), snapshot, note, at)
    return ChangeStage("finalise", "draft", "finalised", dossier.revision, dossier.revision,
                       f"定稿：第 {dossier.revision} 版" + (f"（{note}）" if note else ""), version, at)


def finalise(session: DossierSession, *, note: str = "") -> FrozenVersion:
    """定稿 now: freeze the content as this revision (stage → finalised)."""
    op = prepare_finalise(session.dossier, note=note)
    session.do(op)
    assert op.version is not None
    return op.version


def mark_submitted(session: DossierSession) -> None:
    """标记为已报送: the finalised version was submitted (stage → submitted)."""
    d = session.dossier
    if d.stage != "finalised":
        raise StageError("只有已定稿的版本才能标记为已报送。")
    session.do(ChangeStage("submit", "finalised", "submitted", d.revision, d.revision, "标记为已报送", at=now_iso()))


def revise_operation(dossier: Dossier) -> ChangeStage | None:
    """The 开始新修订 an edit of a frozen dossier needs first (None for a draft)."""
    if dossier.stage not in FROZEN_STAGES:
        return None
    return ChangeStage("revise", dossier.stage, "draft", dossier.revision, dossier.revision + 1,
                       f"开始第 {dossier.revision + 1} 版修订", at=now_iso())
