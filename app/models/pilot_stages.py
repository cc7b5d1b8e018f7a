"""The stage changes after 报送: 批复, 未获批复, 复核, 已完成, 已撤销, and the reports' own 定稿/报送.

Each is a ``lifecycle.ChangeStage`` — the same operation as 定稿 and 报送 —
carrying the entity writes of ``Dossier.pilot`` that go with it (the
approval and the frozen plan, a decision, a report's status), so one history
entry group and one durable write record the whole change.  None is undoable:
each records a decision dated by an official document; a mistyped date or
文号 is corrected as an ordinary (undoable) edit of the entity
(``app.models.pilot_edits``).

* 记录批复 (``approve``): 已报送 → 已批复.  Freezes the approved plan: every
  annual target and every baseline figure as submitted, with the content
  hash of that version (``frozen``).  From then on the plan is not edited
  (``lifecycle.before_edit``); a target is changed by an amendment.
* 未获批复 (``reject``): 已报送 → 未获批复; an edit starts a new revision.
* 开始复核 (``start_review``): 已批复 → 复核, once the three years are over.
* 复核完成 (``complete``): 复核 → 已完成.
* 撤销批复 (``revoke``): 已批复 or 复核 → 已撤销 (第十八条), with the clause.
* A report's 定稿 (``report_finalise``) freezes its content hash; 报送
  (``report_submit``) follows; an edit of a finalised or submitted report
  first takes it back to 起草中 (``report_revise``, via ``reopen_operations``).
  The 复核 (scope ``review``) has the same three.
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date
from typing import Any, Iterable

from app.models import pilot
from app.models.dossier import Dossier, now_iso
from app.models.lifecycle import STAGE_LABELS, ChangeStage, StageError, content_hash
from app.models.operations import DossierSession
from app.models.refusal_words import in_future, refusal
from app.translatable import date_phrase


def _day(text: str, what: str, today: date | None) -> date:
    day = pilot.parse_day((text or "").strip())
    if day is None:
        raise StageError(refusal("not_a_date_was", what=refusal(what), text=text))
    if day > (today or date.today()):
        raise StageError(in_future(refusal(what), day))
    return day


def _stage_op(dossier: Dossier, kind: str, new_stage: str, description: str,
              writes: Iterable[tuple[str, Any]]) -> ChangeStage:
    from app.models.hygiene import first_bad_string

    pilot_writes = tuple((key, copy.deepcopy(dossier.pilot.get(key)), value) for key, value in writes)
    for _key, _old, value in pilot_writes:
        if (bad := first_bad_string(value)) is not None:      # text no document can hold
            raise StageError(refusal("with_problem", what=description, problem=bad[1]))
    return ChangeStage(kind, dossier.stage, new_stage, dossier.revision, dossier.revision, description,
                       at=now_iso(), pilot=pilot_writes)


def _require(dossier: Dossier, stages: tuple[str, ...], action: str) -> None:
    if dossier.stage not in stages:
        now = STAGE_LABELS.get(dossier.stage, dossier.stage)
        wanted = "、".join(STAGE_LABELS[s] for s in stages)
        raise StageError(f"申报材料现为“{now}”，只有“{wanted}”的申报材料才能{action}。")


def _evidence(dossier: Dossier, ids: Iterable[str]) -> list[str]:
    wanted = list(dict.fromkeys(ids))
    for evidence_id in wanted:
        if dossier.evidence_item(evidence_id) is None:
            raise StageError(refusal("evidence_gone_choose"))
    return wanted


# -- the approval, and what it freezes ---------------------------------------------------------
def frozen_plan(dossier: Dossier, at: str | None = None) -> dict[str, Any]:
    """The approved plan's annual targets (derived ones as computed, e.g. 每万人拥有5G基站数) and baseline
    figures, as they are now (stage 已报送)."""
    from app.models.catalogue import CatalogueError, load_catalogue
    from app.models.targets import target_values

    targets: dict[str, dict[str, list[str | None]]] = {}
    try:
        catalogue = load_catalogue(dossier.catalogue_edition)
        for ind in catalogue.indicators():
            for spec in ind.targets:
                values = target_values(dossier, catalogue, ind, spec)
                if any(x not in (None, "") for x in values):
                    targets.setdefault(ind.id, {})[spec.id] = list(values)
    except CatalogueError:
        targets = {ind_id: {t: list(v) for t, v in ans.targets.items()} for ind_id, ans in dossier.indicators.items()}
    baseline = {ind_id: {f: v.value for f, v in ans.fields.items() if not v.is_empty()}
                for ind_id, ans in dossier.indicators.items()}
    return {"revision": dossier.revision, "content_hash": content_hash(dossier), "frozen_at": at or now_iso(),
            "targets": {k: v for k, v in targets.items() if v}, "baseline": {k: v for k, v in baseline.items() if v}}


def prepare_approve(dossier: Dossier, *, on: str, number: str, evidence: Iterable[str] = (), note: str = "",
                    today: date | None = None, at: str | None = None) -> ChangeStage:
    _require(dossier, ("submitted",), "记录批复")
    day = _day(on, "approved_on", today)
    if not number.strip():
        raise StageError(refusal("no_number_example"))
    body = {"date": day.isoformat(), "number": number.strip(), "evidence": _evidence(dossier, evidence),
            "note": note.strip()}
    end = pilot.pilot_end(day)
    return _stage_op(dossier, "approve", "approved",
                     f"记录批复：{number.strip()}（{pilot.cn_date(day)}，试点期至{pilot.cn_date(end)}）",
                     [("approval", body), ("frozen", frozen_plan(dossier, at))])


def approve(session: DossierSession, *, on: str, number: str, evidence: Iterable[str] = (), note: str = "",
            today: date | None = None, at: str | None = None) -> None:
    """记录批复: 已报送 → 已批复; the plan's targets and baseline are frozen as submitted."""
    session.do(prepare_approve(session.dossier, on=on, number=number, evidence=evidence, note=note, today=today,
                               at=at))


def _decision(session: DossierSession, kind: str, stages: tuple[str, ...], new_stage: str, action: str, *,
              on: str, number: str = "", note: str = "", today: date | None = None, **extra: Any) -> None:
    d = session.dossier
    _require(d, stages, action)
    day = _day(on, "date", today)
    body = {"date": day.isoformat(), "number": number.strip(), "note": note.strip(), **extra}
    session.do(_stage_op(d, kind, new_stage, f"{action}（{pilot.cn_date(day)}{'，' + number.strip() if number.strip() else ''}）",
                         [(f"decision/{new_stage}", body)]))


def reject(session: DossierSession, *, on: str, number: str = "", note: str = "", today: date | None = None) -> None:
    """未获批复: 已报送 → 未获批复 (an edit then starts a new revision, for a later round)."""
    _decision(session, "reject", ("submitted",), "not_approved", "记录未获批复", on=on, number=number, note=note,
              today=today)


def revoke(session: DossierSession, *, on: str, clause: str, number: str = "", note: str = "",
           today: date | None = None) -> None:
    """撤销批复 (第十八条): 已批复 or 复核 → 已撤销; ``clause`` is the item, e.g. 「（四）」."""
    _decision(session, "revoke", ("approved", "review"), "revoked", "记录撤销批复", on=on, number=number, note=note,
              today=today, clause=clause)


def start_review(session: DossierSession, *, today: date | None = None) -> None:
    """开始复核 (第十七条): 已批复 → 复核, once the pilot period is over."""
    d = session.dossier
    _require(d, ("approved",), "开始复核")
    day = pilot.approved_on(d)
    today = today or date.today()
    if day is None or pilot.pilot_year(day, today) <= pilot.PILOT_YEARS:
        raise StageError(refusal("review_early", end=date_phrase(pilot.pilot_end(day))) if day
                         else refusal("review_unapproved"))
    status = {"state": "drafting", "started_at": today.isoformat()}
    session.do(_stage_op(d, "start_review", "review", "开始复核", [("review", status)]))


def complete(session: DossierSession, *, on: str, number: str = "", note: str = "",
             today: date | None = None) -> None:
    """复核完成: 复核 → 已完成."""
    _decision(session, "complete", ("review",), "completed", "记录复核完成", on=on, number=number, note=note,
              today=today)


# -- reports: 定稿, 报送, 新修订 --------------------------------------------------------------------
def scope_of(year: int | None) -> str:
    """The entity prefix of a report: ``report/<year>``, or ``review`` for the 复核 (year None)."""
    return f"report/{year}" if year else "review"


def _scope_label(year: int | None) -> str:
    return f"第{year}年度试点工作报告" if year else "复核报告"


def report_snapshot(dossier: Dossier, year: int | None) -> dict[str, Any]:
    """What a report's 定稿 freezes: the targets that count, the values reached, the texts."""
    years = [year] if year else list(range(1, pilot.PILOT_YEARS + 1))
    targets = {}
    snap = pilot.frozen(dossier)
    source = snap.targets if snap else {k: v.targets for k, v in dossier.indicators.items()}
    for ind_id, by_target in source.items():
        for target_id in by_target:
            for y in years:
                targets[f"{ind_id}/{target_id}/{y}"] = pilot.effective_target(dossier, ind_id, target_id, y)
    prefixes = [f"report/{y}/" for y in years] + ([] if year else ["review/"])
    content = {k: v for k, v in dossier.pilot.items() if any(k.startswith(p) for p in prefixes)}
    return {"scope": scope_of(year), "plan": snap.content_hash if snap else "", "targets": targets,
            "content": content}


def report_hash(dossier: Dossier, year: int | None) -> str:
    text = json.dumps(report_snapshot(dossier, year), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def status_of(dossier: Dossier, year: int | None) -> pilot.ReportStatus:
    return pilot.report_status(dossier, year) if year else pilot.review_status(dossier)


def prepare_report_finalise(dossier: Dossier, year: int | None, *, at: str | None = None) -> ChangeStage:
    label = _scope_label(year)
    if year:
        _require(dossier, ("approved", "review"), f"定稿{label}")
        if not 1 <= year <= pilot.PILOT_YEARS:
            raise StageError(refusal("years", n=pilot.PILOT_YEARS))
    else:
        _require(dossier, ("review",), f"定稿{label}")
    status = status_of(dossier, year)
    if status.state in ("finalised", "submitted"):
        raise StageError(f"{label}已是“{status.label}”，修改后才能再次定稿。")
    key = scope_of(year)
    body = {**(dossier.pilot.get(key) or {}), "state": "finalised", "finalised_at": at or now_iso(),
            "content_hash": report_hash(dossier, year), "submitted_at": ""}
    return _stage_op(dossier, "report_finalise", dossier.stage, f"{label}定稿", [(key, body)])


def report_submit(session: DossierSession, year: int | None, *, at: str | None = None) -> None:
    """标记为已报送 (the report's finalised version went to the ministry)."""
    d = session.dossier
    status = status_of(d, year)
    if status.state != "finalised":
        raise StageError(f"只有已定稿的{_scope_label(year)}才能标记为已报送。")
    key = scope_of(year)
    body = {**(d.pilot.get(key) or {}), "state": "submitted", "submitted_at": at or now_iso()}
    session.do(_stage_op(d, "report_submit", d.stage, f"{_scope_label(year)}标记为已报送", [(key, body)]))


def _scopes_touched(dossier: Dossier, op: Any) -> set[int | None]:
    kind = type(op).__name__
    if kind == "Compound":
        return set().union(*(_scopes_touched(dossier, sub) for sub in op.operations))
    if kind != "SetPilot":
        return set()
    parts = op.key.split("/")
    if parts[0] == "report" and len(parts) > 2 and parts[1].isdigit():
        return {int(parts[1])}
    if parts[0] == "review" and len(parts) > 1:
        return {None}
    if parts[0] == "amendment":                   # a changed target changes the report of its year and the 复核
        years = {int(b["year"]) for b in (op.old, op.new) if isinstance(b, dict) and str(b.get("year", "")).isdigit()}
        return years | {None}
    return set()


def reopen_operations(dossier: Dossier, op: Any) -> list[ChangeStage]:
    """The ``report_revise`` stage changes an edit of finalised or submitted reports needs first."""
    ops = []
    for year in sorted(_scopes_touched(dossier, op), key=lambda y: y or 99):
        if status_of(dossier, year).state not in ("finalised", "submitted"):
            continue
        key = scope_of(year)
        body = {**(dossier.pilot.get(key) or {}), "state": "drafting"}
        ops.append(_stage_op(dossier, "report_revise", dossier.stage, f"{_scope_label(year)}开始修订", [(key, body)]))
    return ops
