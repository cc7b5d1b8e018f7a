"""The verify report in words: what was checked, what holds, what fails — for the dialog and ``pilotzone verify``.

It names the package's stage (a 草稿 says so), counts as problems both the files and signatures that fail
and the starred conditions the package records as failing, shows indicators by number and name and dates the
Chinese way, and says honestly what kind of signature it checked, what that proves and what it does not
(``app.signing.wording``).  Every line is a phrase (``app.signing.verify_words``): Chinese for the command
line, in the UI's language in the verify dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.translatable import Joined

from .certs import format_time
from .verify_words import DOES_NOT_PROVE, IDENTITY_UNCHECKED, PROVES, joined, said, words
from .wording import chinese_datetime, condition_title, short_hash, signature_kind, stage_line

if TYPE_CHECKING:
    from .verify import PackageVerdict

KINDS = ("zip", "folder", "iso")


def state(verdict: "PackageVerdict") -> str:
    """"ok" (green), "warn" (files and signature hold, but conditions fail as recorded) or "fail" (red)."""
    if verdict.ok:
        return "ok"
    return "warn" if verdict.intact else "fail"


def headline(verdict: "PackageVerdict") -> str:
    if verdict.ok:
        text = words("passed")
    elif verdict.intact:
        text = words("conditions_fail", n=len(verdict.condition_problems))
    else:
        text = words("failed", n=verdict.problem_count)
    stage = verdict.stage if verdict.stage in ("draft", "final") else ""
    return words("staged", text=text, stage=words(stage)) if stage else text


def _files_line(verdict: "PackageVerdict") -> str:
    listed = len((verdict.manifest or {}).get("members") or [])
    if not (verdict.missing or verdict.changed or verdict.extra):
        return words("files_ok", n=listed)
    parts = [words(key, n=len(found)) for key, found in (("files_missing", verdict.missing),
                                                         ("files_changed", verdict.changed),
                                                         ("files_extra", verdict.extra)) if found]
    return words("files_bad", n=listed, parts=joined(parts, "comma"))


def _signature_lines(verdict: "PackageVerdict") -> list[str]:
    manifest = verdict.manifest or {}
    if not verdict.signed:
        return [words("unsigned")]
    signer = verdict.signer
    lines = [words("signature"), words("kind", kind=signature_kind(signer, manifest),
                                       pdf=manifest.get("signed_pdf") or words("plan_pdf"))]
    if signer is not None:
        lines += [words("signer", name=signer.common_name or words("unnamed"),
                        organisation=signer.organisation or words("unnamed")),
                  words("validity", start=format_time(signer.not_before), end=format_time(signer.not_after)),
                  words("fingerprint", sha256=signer.sha256)]
    if verdict.signing_time:
        lines.append(words("signed_at", when=format_time(verdict.signing_time)))
    if verdict.pdf and verdict.pdf.signed:
        lines.append(words("pdf_signature", name=manifest.get("signed_pdf"),
                           state=words("valid" if verdict.pdf.ok else "invalid")))
    lines.append(words("identity", text=verdict.trust_explanation or said(IDENTITY_UNCHECKED)))
    lines.append(words("proves", text=said(PROVES)))
    lines.append(words("does_not_prove", text=said(DOES_NOT_PROVE)))
    return lines


def report_lines(verdict: "PackageVerdict") -> list[str]:
    m = verdict.manifest or {}
    kind = words(verdict.kind) if verdict.kind in KINDS else verdict.kind
    lines = [words("package", path=verdict.path, kind=kind), words("conclusion", headline=headline(verdict))]
    if verdict.problem_count:                        # what is wrong first, the details after
        lines.append(words("problems", n=verdict.problem_count))
        lines += [words("item", text=p) for p in verdict.problems + verdict.condition_problems]
    if m:
        lines.append(words("title", title=m.get("dossier_title", "")))
        lines.append(words("cities", cities=Joined(str(c) for c in m.get("cities") or []),
                           edition=m.get("catalogue_edition", "")))
        if stage := stage_line(m):
            lines.append(words("version", stage=stage))
        lines += report_kind_lines(m)
        lines.append(words("generated", when=chinese_datetime(m.get("generated_at")), version=m.get("app_version", "")))
    if verdict.manifest_sha256:
        lines.append(words("manifest_hash", short=short_hash(verdict.manifest_sha256), full=verdict.manifest_sha256))
    if m:
        lines.append(_files_line(verdict))
        lines += _signature_lines(verdict)
    if conditions := verdict.starred_conditions:
        passed = sum(1 for c in conditions if c.get("passed") is True)
        lines.append(words("conditions", passed=passed, total=len(conditions)))
        for c in conditions:
            mark = words("met" if c.get("passed") is True else "not_met")
            shown: dict[str, Any] = {"title": condition_title(c), "mark": mark, "measured": c.get("measured", ""),
                                     "threshold": c.get("threshold", "")}
            lines.append(words("condition_gap", gap=c.get("gap"), **shown) if c.get("gap") else words("condition", **shown))
    if verdict.warnings:
        lines.append(words("notes"))
        lines += [words("item", text=w) for w in verdict.warnings]
    return lines


def report_kind_lines(manifest: dict[str, Any]) -> list[str]:
    """What an annual report's (or the 复核's) manifest says about itself: kind, year, period, completion."""
    kind = manifest.get("document_kind")
    if kind not in ("annual_report", "review"):
        return []
    year = manifest.get("report_year")
    label = words("annual_report_year", year=year) if kind == "annual_report" and isinstance(year, int) \
        else words(kind)
    lines = [words("document_kind", label=label)]
    period = manifest.get("period")
    if isinstance(period, dict):
        lines.append(words("period", start=period.get("start", ""), end=period.get("end", "")))
    targets = manifest.get("targets")
    if isinstance(targets, dict) and targets.get("completion"):
        lines.append(words("completion", completion=targets.get("completion")))
    return lines
