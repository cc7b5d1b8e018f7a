"""导出申报包: the one export use-case, used by the desktop app's export dialog and by ``pilotzone package``.

A final export does, in this order and wholly on the calling (worker) thread:

1. unlock the signing identity, if one is asked for (a wrong passphrase stops here);
2. make the autosave durable and take a copy of the dossier as it is now;
3. judge it once; a final export is refused while anything blocks it (``ExportBlocked``);
4. prepare the 定稿 of that content (its content hash goes into the manifest; its date onto the documents)
   — unless the dossier is already finalised and unchanged since, whose version stands;
5. write the package — a zip, a folder for a USB stick or disc, or an ISO disc image (``layout``) — under a
   temporary name and move it into place (``app.export.package.build_package``, the one writer);
6. only then record the signing identity and apply the 定稿 as a core stage operation
   (``app.models.lifecycle``), through ``apply`` — the desktop app runs it on the UI thread, which owns the
   session and its views.

A refused, failed or cancelled export (missing evidence content, wrong passphrase, 取消, an unwritable
target) leaves the stage, revision, versions, history and the target folder exactly as they were.

The same use-case exports an annual report or the 复核 material (``kind``, ``app.export.kinds``): what
refuses it is the report's own gaps, what is frozen is the report's 定稿, and the manifest names the year.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from app.export import kinds
from app.export.kinds import PLAN, PackageKind
from app.export.package import EvidenceOpener, ExportBlocked, ExportError, PackageResult, build_package
from app.export.sinks import Layout, discard
from app.models import lifecycle
from app.models.assessment import Evaluation, Finding, evaluate
from app.models.catalogue import Catalogue
from app.models.edit_words import description
from app.models.operations import DossierSession, SetMeta
from app.progress import Progress

if TYPE_CHECKING:
    from app.models.storage import DossierFile

NOTE = "导出申报包"
Apply = Callable[[Callable[[], Any]], Any]     # run a callable where the session lives; return its result


@dataclass(frozen=True)
class SignWith:
    """Sign with this stored identity (id, fingerprint or name), unlocked with this passphrase."""

    identity: str
    passphrase: str


@dataclass(frozen=True)
class ExportOutcome:
    package: PackageResult
    content_hash: str                                   # what the manifest records as the version's hash
    finalised: lifecycle.FrozenVersion | None = None    # the version this export froze (None: a draft, or unchanged)
    revision: int = 1
    signer_name: str = ""
    kind: PackageKind = PLAN
    report_finalised: bool = False                      # an annual report's (or the 复核's) 定稿 was recorded


def blocking_findings(evaluation: Evaluation, kind: PackageKind = PLAN, dossier: Any = None,
                      catalogue: Catalogue | None = None) -> list[Finding]:
    """What refuses a final export: for the plan, failing starred conditions (阻断) and missing or invalid required
    input (错误); for a report, what the report lacks (``app.models.pilot_findings.report_findings``)."""
    return kinds.blocking(kind, dossier, catalogue, evaluation)     # type: ignore[arg-type]


def _no_evidence_source(sha256: str) -> Any:
    raise ExportError("证明材料的内容不在申报材料中：请先把申报材料保存为 .pzd 申报文件，再添加证明材料。")


def _run_here(fn: Callable[[], Any]) -> Any:
    return fn()


def export_submission(session: DossierSession, catalogue: Catalogue, out: Path | str, *, final: bool,
                      file: "DossierFile | None" = None, evidence: EvidenceOpener | None = None,
                      sign_with: SignWith | None = None, apply: Apply = _run_here,
                      progress: Progress | None = None, note: str = NOTE, layout: Layout = "zip",
                      kind: PackageKind = PLAN) -> ExportOutcome:
    """Export the dossier of ``session`` as a submission package at ``out`` (see the module docstring):
    ``layout`` "zip" (a .zip file), "folder" (a new folder: USB stick, or to burn as it is) or "iso" (a disc
    image; its label PDF beside it, as for a folder); ``kind`` the plan (default), a year's annual report or
    the 复核 material (``app.export.kinds``).

    ``file`` is the open dossier file (evidence contents, durable autosave, finalised versions); without one
    (an exchange JSON), ``evidence`` opens evidence contents by SHA-256 and no version is frozen.
    """
    progress = progress or Progress()
    out = Path(out)
    progress.report(0, 1, "正在检查申报材料")
    signer = None
    if sign_with is not None:
        from app.signing.identities import load_signer

        signer = load_signer(sign_with.identity, sign_with.passphrase)
        signer.check_validity()
    progress.check()
    if file is not None:
        file.flush()
        evidence = evidence or file.open_blob
    evidence = evidence or _no_evidence_source

    dossier = apply(lambda: copy.deepcopy(session.dossier))    # the content this export is about
    identity_id = signer.identity.id if signer is not None else ""
    if identity_id:
        dossier.signing_identity = identity_id
    if (problem := kinds.precondition(kind, dossier, final=final)) is not None:
        raise ExportError(problem)
    evaluation = evaluate(dossier, catalogue)
    if final and (blocking := blocking_findings(evaluation, kind, dossier, catalogue)):
        raise ExportBlocked([f.message for f in blocking])

    content_hash = kinds.content_hash(kind, dossier)
    document_date, finalise = _version_to_record(kind, dossier, file, final, content_hash)
    progress.check()
    result = build_package(dossier, catalogue, out, evaluation=evaluation, open_evidence=evidence, final=final,
                           signer=signer, finalised_hash=content_hash, progress=progress, today=document_date,
                           layout=layout, kind=kind)

    def record() -> Any:
        live = session.dossier
        if identity_id and live.signing_identity != identity_id:
            session.do(SetMeta("signing_identity", live.signing_identity, identity_id, description("signing_identity")))
        if not finalise:
            return None
        op, recorded = kinds.freeze_operation(kind, live, note=note)
        if recorded != content_hash:     # edited while the package was written: it is not this
            raise ExportError("导出期间申报材料被修改，申报包与当前内容不符，未定稿。请重新导出。" if kind.is_plan else
                              f"导出期间{kind.label}被修改，导出的文件与当前内容不符，未定稿。请重新导出。")
        session.do(op)
        return op

    try:
        frozen = apply(record)
        if file is not None:
            file.flush()
    except BaseException:
        discard(out)                     # no package for a version that was not recorded
        if result.label is not None:
            result.label.unlink(missing_ok=True)
        raise
    version = frozen.version if frozen is not None and kind.is_plan else None
    return ExportOutcome(result, content_hash, version, dossier.revision if version is None else version.revision,
                         signer.info.common_name if signer is not None else "", kind,
                         frozen is not None and not kind.is_plan)


def _version_to_record(kind: PackageKind, dossier: Any, file: "DossierFile | None", final: bool,
                       content_hash: str) -> tuple[date, bool]:
    """(the date the documents carry, whether this export freezes a new version)."""
    today = date.today()
    if not final or file is None:
        return today, False
    finalised_at = kinds.stands(kind, dossier, file.versions() if kind.is_plan else None, content_hash)
    if finalised_at is not None:
        return _date_of(finalised_at, today), False     # already finalised, unchanged since
    return today, True


def _date_of(iso: str, default: date) -> date:
    try:
        return datetime.fromisoformat(iso).date()
    except ValueError:
        return default
