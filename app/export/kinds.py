"""What a package holds: the plan, one year's annual report, or the 复核 material.

The one export use-case (``app.export.submission``) and the one package
writer (``app.export.package``) serve all three; what differs is said here,
once per kind: which documents are rendered, which evidence goes in, what
refuses a final export, which content hash the manifest records, and which
stage change freezes the version once the package is in place
(``lifecycle.prepare_finalise`` for the plan, the report's own 定稿 —
``pilot_stages.prepare_report_finalise`` — for a report), and what the UI calls
it in its language (``label_text``, ``document_text``, ``file_text``) while the
documents inside keep their Chinese names.  The manifest of a
report names its kind and year (``document_kind``, ``report_year``), and the
verifier prints them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.export.numbering import NumberedEvidence, number_evidence
from app.models import lifecycle, pilot, pilot_stages
from app.models.assessment import Evaluation, Severity
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

# What the UI calls each kind (context "package_kind") and how it names the documents and the default package
# file (context "package_file": a file name in the UI's language); the documents in a package keep the Chinese
# names (``document_name``) in every language.
KIND_CONTEXT, FILE_CONTEXT = "package_kind", "package_file"
LABELS = {"annual_report": QT_TRANSLATE_NOOP("package_kind", "第{year}年度试点工作报告"),
          "review": QT_TRANSLATE_NOOP("package_kind", "复核材料"),
          "plan": QT_TRANSLATE_NOOP("package_kind", "申报包")}
DOCUMENT_NAMES = {"annual_report": QT_TRANSLATE_NOOP("package_kind", "第{year}年度试点工作开展情况"),
                  "review": QT_TRANSLATE_NOOP("package_kind", "试点期满复核材料"),
                  "plan": QT_TRANSLATE_NOOP("package_kind", "试点工作方案")}
FILE_NAMES = {"annual_report": QT_TRANSLATE_NOOP("package_file", "第{year}年度试点工作开展情况"),
              "review": QT_TRANSLATE_NOOP("package_file", "试点期满复核材料"),
              "plan": QT_TRANSLATE_NOOP("package_file", "试点工作方案")}


@dataclass(frozen=True)
class PackageKind:
    name: str = "plan"           # plan | annual_report | review
    year: int | None = None      # the pilot year of an annual report

    @property
    def is_plan(self) -> bool:
        return self.name == "plan"

    @property
    def label(self) -> str:
        return self.label_text()

    def label_text(self, tr: Translate = untranslated) -> str:
        """「第1年度试点工作报告」, 「复核材料」, 「申报包」 in the UI's language (``tr``)."""
        return tr(KIND_CONTEXT, LABELS[self.name]).format(year=self.year)

    @property
    def document_name(self) -> str:
        """The stem of the documents in the package (and of the rendered files): always Chinese."""
        return DOCUMENT_NAMES[self.name].format(year=self.year)

    def document_text(self, tr: Translate = untranslated) -> str:
        """The document's title in the UI's language (a page title, a preview window)."""
        return tr(KIND_CONTEXT, DOCUMENT_NAMES[self.name]).format(year=self.year)

    def file_text(self, tr: Translate = untranslated) -> str:
        """The document's name as part of a file name the UI proposes, in the UI's language."""
        return tr(FILE_CONTEXT, FILE_NAMES[self.name]).format(year=self.year)

    @property
    def scope_year(self) -> int | None:
        """The report's year for ``pilot_stages`` (None: the 复核)."""
        return self.year if self.name == "annual_report" else None

    def manifest_fields(self, dossier: Dossier) -> dict[str, Any]:
        if self.is_plan:
            return {}
        fields: dict[str, Any] = {"document_kind": self.name, "report_year": self.year}
        snap = pilot.frozen(dossier)
        fields["plan_version_hash"] = snap.content_hash if snap else ""
        day = pilot.approved_on(dossier)
        if day is not None:
            first, last = pilot.year_span(day, self.year) if self.year else (day, pilot.pilot_end(day))
            fields["period"] = {"start": first.isoformat(), "end": last.isoformat()}
        return fields


def manifest_extra(kind: PackageKind, dossier: Dossier, rendered: "Rendered") -> dict[str, Any]:
    """What a report's manifest records besides the common fields: its kind, year, period, completion."""
    if kind.is_plan:
        return {}
    return {**kind.manifest_fields(dossier), "targets": rendered.summary.get("targets", {})}


PLAN = PackageKind()
REVIEW = PackageKind("review")


def annual_report(year: int) -> PackageKind:
    if not 1 <= year <= pilot.PILOT_YEARS:
        from app.export.package import ExportError

        raise ExportError(f"试点期只有 {pilot.PILOT_YEARS} 年，没有第 {year} 年度报告。")
    return PackageKind("annual_report", year)


def report_kind(year: int | None) -> PackageKind:
    """``--report YEAR`` of the command line: 1–3, or None for the plan."""
    return PLAN if year is None else annual_report(year)


@dataclass(frozen=True)
class Rendered:
    files: list[tuple[str, bytes, str]]    # package members, the PDF first: (name, bytes, "what（kind" for the 目录)
    pdf_name: str
    summary: dict[str, Any]                # what the manifest records about the content (conditions or completion)


def render(kind: PackageKind, dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool,
           fonts: Any = None, today: date | None = None, signature_space: bool = False) -> Rendered:
    """The documents of a package of ``kind`` (room for a visible signature on the PDF's last page if asked)."""
    if kind.is_plan:
        from app.export.package import CROSSREF_XLSX, PLAN_DOCX, PLAN_PDF, render_documents

        _, docx, pdf, xlsx = render_documents(dossier, catalogue, evaluation, draft=draft, fonts=fonts, today=today,
                                              signature_space=signature_space)
        conditions = [{"indicator_id": c.indicator_id, "indicator_code": _code(catalogue, c.indicator_id),
                       "name": c.name, "passed": c.passed, "measured": c.measured, "threshold": c.threshold,
                       "gap": c.gap} for c in evaluation.conditions]
        return Rendered([(PLAN_PDF, pdf, "试点工作方案（PDF"), (PLAN_DOCX, docx, "试点工作方案（Word，可编辑"),
                         (CROSSREF_XLSX, xlsx, "评审指标对照表（Excel")], PLAN_PDF, {"starred_conditions": conditions})
    document = compose(kind, dossier, catalogue, draft=draft, today=today)
    if signature_space:
        from app.export.package import SIGNATURE_SPACE_MM

        document.end_space_mm = SIGNATURE_SPACE_MM
    docx, pdf = write(document, fonts=fonts)
    name = kind.document_name
    return Rendered([(f"{name}.pdf", pdf, f"{name}（PDF"), (f"{name}.docx", docx, f"{name}（Word，可编辑")],
                    f"{name}.pdf", {"starred_conditions": [], "targets": completion_summary(kind, dossier, catalogue)})


def _code(catalogue: Catalogue, indicator_id: str) -> str:
    try:
        return catalogue.indicator(indicator_id).code
    except KeyError:
        return ""


def compose(kind: PackageKind, dossier: Dossier, catalogue: Catalogue, *, draft: bool, today: date | None = None) -> Any:
    from app.export.annual_report import compose_report, compose_review

    if kind.name == "annual_report":
        assert kind.year is not None
        return compose_report(dossier, catalogue, kind.year, draft=draft, today=today)
    return compose_review(dossier, catalogue, draft=draft, today=today)


def write(document: Any, *, fonts: Any = None) -> tuple[bytes, bytes]:
    """(docx, pdf) of a composed document, by the plan's writers."""
    from app.export.docx_writer import write_docx
    from app.export.fonts import resolve_fonts
    from app.export.pdf_writer import write_pdf

    fonts = fonts or resolve_fonts()
    docx, pdf = io.BytesIO(), io.BytesIO()
    write_docx(document, docx, fonts=fonts)
    write_pdf(document, pdf, fonts=fonts)
    return docx.getvalue(), pdf.getvalue()


def completion_summary(kind: PackageKind, dossier: Dossier, catalogue: Catalogue) -> dict[str, Any]:
    from app.models import completion

    if kind.name == "annual_report":
        assert kind.year is not None
        pairs = [(r.indicator, r.completion) for r in completion.year_rows(dossier, catalogue, kind.year)]
    else:
        pairs = [(r.indicator, r.completion) for r in completion.period_rows(dossier, catalogue)]
    _, overall = completion.totals(catalogue, pairs)
    return {"counted": overall.counted, "met": overall.met, "completion": overall.text()}


def evidence(kind: PackageKind, dossier: Dossier, catalogue: Catalogue,
             until: date | None = None) -> list[NumberedEvidence]:
    """The evidence files that go into the package, numbered as the documents (dated ``until``) cite them."""
    if kind.is_plan:
        return number_evidence(dossier, catalogue)
    from app.export.annual_report import cited_evidence

    return cited_evidence(dossier, catalogue, kind.scope_year, until)


def blocking(kind: PackageKind, dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation) -> list[Any]:
    """The findings that refuse a final export of ``kind`` (each with its jump)."""
    from app.models.assessment import finding
    from app.models.pilot_findings import report_findings

    if dossier is not None and (problem := precondition(kind, dossier, final=True)) is not None:
        return [finding(Severity.ERROR, problem, None, None)]      # a marked sentence without placeholders
    if kind.is_plan:
        # the pilot years' notices (第十八条) are about the pilot, not gaps in the application
        return [f for f in evaluation.findings if f.severity in (Severity.BLOCKING, Severity.ERROR)
                and not (f.jump is not None and f.jump.part == "pilot")]
    return [f for f in report_findings(dossier, catalogue, kind.scope_year) if f.severity <= Severity.ERROR]


PRECONDITIONS = {    # why a package cannot be made (context "findings": the export dialog lists it as a finding)
    "approved_plan": QT_TRANSLATE_NOOP(
        "findings", "申报材料已获批复，试点工作方案以批复的版本为准，不再导出新的正式申报包（可导出草稿查阅）；"
                    "年度报告请在“试点进展”中导出。"),
    "review": QT_TRANSLATE_NOOP("findings", "开始复核后才能生成复核材料（试点期满后，在“试点进展”中开始复核）。"),
    "annual_report": QT_TRANSLATE_NOOP("findings", "申报材料获批复后才能生成年度试点工作开展情况。"),
}


def precondition(kind: PackageKind, dossier: Dossier, *, final: bool = False) -> str | None:
    """Why a package of ``kind`` cannot be made (None when it can); a report cannot be made even as a draft
    before its stage, and after approval the plan is exported only as a draft (the approved version stands)."""
    if kind.is_plan:
        if final and dossier.stage in lifecycle.APPROVED_STAGES:
            return PRECONDITIONS["approved_plan"]
        return None
    if kind.name == "review" and dossier.stage not in ("review", "completed"):
        return PRECONDITIONS["review"]
    if kind.name == "annual_report" and not pilot.is_approved(dossier):
        return PRECONDITIONS["annual_report"]
    return None


def content_hash(kind: PackageKind, dossier: Dossier) -> str:
    return lifecycle.content_hash(dossier) if kind.is_plan else pilot_stages.report_hash(dossier, kind.scope_year)


def stands(kind: PackageKind, dossier: Dossier, versions: Any, digest: str) -> str | None:
    """When the content is already finalised unchanged: the date of that 定稿 (ISO), else None."""
    if kind.is_plan:
        if dossier.stage in lifecycle.FROZEN_STAGES and versions and versions[-1].content_hash == digest:
            return versions[-1].finalised_at
        return None
    status = pilot_stages.status_of(dossier, kind.scope_year)
    if status.state in ("finalised", "submitted") and status.content_hash == digest:
        return status.finalised_at
    return None


def freeze_operation(kind: PackageKind, live: Dossier, *, note: str) -> tuple[Any, str]:
    """(the stage change that freezes the live content, the content hash it records)."""
    if kind.is_plan:
        op = lifecycle.prepare_finalise(live, note=note)
        assert op.version is not None
        return op, op.version.content_hash
    op = pilot_stages.prepare_report_finalise(live, kind.scope_year)
    return op, op.pilot[0][2]["content_hash"]
