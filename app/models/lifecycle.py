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

After 报送 come the pilot years (``app.models.pilot_stages`` builds these, as
more kinds of the same ``ChangeStage``): 已批复 (``approve``, which freezes the
approved targets), 未获批复 (``reject``), 复核 (``start_review``), 已完成
(``complete``), 已撤销 (``revoke``); and the annual reports' and the 复核's own
定稿/报送/新修订 (``report_finalise``, ``report_submit``, ``report_revise``).  A
stage change may carry entity writes of ``Dossier.pilot`` (``pilot``), applied
and recorded with it.

What an edit does, by stage (``before_edit``, called by the session before
every do/undo/redo):

* 草稿 — nothing special.
* 已定稿, 已报送, 未获批复 — the edit starts a new revision (back to 草稿)
  first: the city may revise and apply again.
* 已批复 (试点第1–3年), 复核, 已完成, 已撤销 — the approved plan is frozen for
  good: an edit of the plan (indicators, targets, registers, texts,
  attestations, title, applicant) is refused with a message that says where
  a target is changed instead (an *amendment*, recorded with its date and
  reason, ``app.models.pilot_edits.amend_target``).  Edits of the pilot years
  and of the evidence list are allowed; an edit of a finalised or submitted
  annual report (or 复核) first takes that report back to 起草中
  (``report_revise``), as the plan does.  Once the pilot is over (已完成,
  已撤销) its years are a record too: an edit of them — an undo past 撤销批复
  included — is refused.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.errors import UserFacingError
from app.models.dossier import Dossier, now_iso
from app.models.operations import Change, DossierSession
from app.models.refusal_words import CLOSED_STAGES, refusal, stage_words

STAGE_LABELS = {"draft": "草稿", "finalised": "已定稿", "submitted": "已报送", "approved": "已批复",
                "not_approved": "未获批复", "review": "复核", "completed": "已完成", "revoked": "已撤销"}
# Stages whose content is frozen: the next edit starts a new revision (back to draft).
FROZEN_STAGES = ("finalised", "submitted", "not_approved")
# Stages after approval: the approved plan is frozen for good (edits of the plan are refused).
APPROVED_STAGES = ("approved", "review", "completed", "revoked")
KIND_LABELS = {"finalise": "定稿", "submit": "报送", "revise": "新修订", "approve": "批复", "reject": "未获批复",
               "start_review": "开始复核", "complete": "完成", "revoke": "撤销",
               "report_finalise": "报告定稿", "report_submit": "报告报送", "report_revise": "报告新修订"}
STAGE_HOWS = tuple(KIND_LABELS)


# The canonical form of the application's content: the exchange JSON without what changes by itself and without
# the pilot years (not part of the application), keys sorted, no whitespace; evidence appears by SHA-256, so the
# hash covers attachment contents too.  The layout stays that of exchange format 1 (``format_version`` pinned),
# so versions frozen by earlier releases still compare equal.
VOLATILE_KEYS = ("stage", "updated_at", "pilot")
CANONICAL_FORMAT_VERSION = 1


def canonical_json(dossier: Dossier) -> str:
    from app.models.exchange import dossier_to_json

    data = dossier_to_json(dossier)
    for key in VOLATILE_KEYS:
        data.pop(key, None)
    data["format_version"] = CANONICAL_FORMAT_VERSION
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


PilotWrite = tuple[str, Any, Any]     # (entity key of Dossier.pilot, old value, new value; None = absent)


@dataclass
class ChangeStage:
    """One stage change (see the module docstring). Not undoable; recorded in history with ``how = kind``."""

    kind: str            # a key of KIND_LABELS
    old_stage: str
    new_stage: str
    old_revision: int
    new_revision: int
    description: str = ""
    version: FrozenVersion | None = None     # finalise only
    at: str = ""                             # when it happened (ISO); the history and versions rows use it
    pilot: tuple[PilotWrite, ...] = ()       # entity writes of Dossier.pilot made with the change (e.g. the approval)

    undoable = False

    def apply(self, dossier: Dossier) -> list[Change]:
        if (dossier.stage, dossier.revision) != (self.old_stage, self.old_revision):
            raise StageError(f"申报材料的阶段已变为“{STAGE_LABELS.get(dossier.stage, dossier.stage)}”"
                             f"（第 {dossier.revision} 版），无法{self.description or '更改阶段'}。")
        for key, old, _new in self.pilot:
            if dossier.pilot.get(key) != old:
                raise StageError(f"试点记录已被修改，无法{self.description or '更改阶段'}，请重试。")
        dossier.stage, dossier.revision = self.new_stage, self.new_revision
        changes = [Change("meta", key="stage"), Change("meta", key="revision")]
        for key, _old, new in self.pilot:
            if new is None:
                dossier.pilot.pop(key, None)
            else:
                dossier.pilot[key] = copy.deepcopy(new)
            changes.append(Change("pilot", key=key))
        return changes

    def inverse(self) -> Any:
        raise StageError("阶段变更不能撤销。")

    def history(self) -> list[tuple[str, Any, Any]]:
        entries = [("meta/stage", self.old_stage, self.new_stage)] if self.old_stage != self.new_stage else []
        return entries + [(f"pilot/{key}", copy.deepcopy(old), copy.deepcopy(new)) for key, old, new in self.pilot]


def prepare_finalise(dossier: Dossier, *, note: str = "", at: str | None = None) -> ChangeStage:
    """The 定稿 of the dossier as it is now (nothing applied yet): apply it with ``session.do``.

    Refused when the dossier is already finalised or submitted (nothing changed since: its last version stands).
    """
    if dossier.stage in APPROVED_STAGES:
        reports = "" if dossier.stage in CLOSED_STAGES else "；年度报告在“试点进展”中定稿"
        raise StageError(f"申报材料已{stage_words(dossier.stage)}，试点工作方案以批复的版本"
                         f"（第 {dossier.revision} 版）为准，不再定稿{reports}。")
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


class PlanFrozen(StageError):
    """An edit of the approved plan after approval: refused, nothing changed."""


def before_edit(dossier: Dossier, op: Any) -> list[ChangeStage]:
    """What must happen before ``op`` is applied (see the module docstring): the stage changes to apply first
    (a new revision of the application, or of an annual report), or ``PlanFrozen`` when the edit is refused."""
    if dossier.stage in APPROVED_STAGES:
        from app.models.pilot_stages import reopen_operations

        if touches_plan(op):
            raise PlanFrozen(refusal("plan_closed" if dossier.stage in CLOSED_STAGES else "plan_frozen",
                                     stage=stage_words(dossier.stage)))
        if dossier.stage in CLOSED_STAGES and _touches_pilot(op):    # an undo past 撤销批复 / 复核完成, too
            raise PlanFrozen(refusal("closed", stage=stage_words(dossier.stage), what=refusal("change_records")))
        return reopen_operations(dossier, op)
    revise = revise_operation(dossier) if not _pilot_only(op) else None
    return [revise] if revise is not None else []


# Edits that do not change the application itself: the pilot years, the evidence list (annual reports cite
# evidence too), and the signing identity recorded by an export.
_FREE_META = ("signing_identity", "contact")


def _pilot_only(op: Any) -> bool:
    kind = type(op).__name__
    if kind == "Compound":
        return all(_pilot_only(sub) for sub in op.operations)
    return kind == "SetPilot"


def _touches_pilot(op: Any) -> bool:
    kind = type(op).__name__
    if kind == "Compound":
        return any(_touches_pilot(sub) for sub in op.operations)
    return kind == "SetPilot"


def touches_plan(op: Any) -> bool:
    """Whether ``op`` changes the application's content (what the approval froze)."""
    kind = type(op).__name__
    if kind == "Compound":
        return any(touches_plan(sub) for sub in op.operations)
    if kind in ("SetPilot", "AddEvidence", "RemoveEvidence", "UpdateEvidence"):
        return False
    if kind == "SetMeta":
        return op.key not in _FREE_META
    return True


def stage_label(dossier: Dossier, today: Any = None) -> str:
    """The stage as people say it: 草稿 … 已批复, 试点第2年, 试点期满（待复核）, 复核, 已完成 …"""
    from app.models.pilot_status import facts, stage_text

    return stage_text(facts(dossier), today)
