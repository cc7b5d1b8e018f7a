"""Verification of a submission package — a zip, a folder (a mounted disc, a USB stick) or an ISO disc image.

Package format (``format_version`` 1): ``manifest.json`` (UTF-8 JSON), optional ``manifest.json.p7s``
(detached CMS over the exact manifest bytes, DER) and the documents / evidence files listed in
``manifest["members"]`` as ``{"path", "size", "sha256"}``; a folder or disc also lists its ``00-目录.pdf``
there. ``signer`` records the signer (name, organisation, ``certificate_sha256``, ``self_signed``,
``key_storage``), ``signed_pdf`` names the member carrying a PAdES signature (or is null), ``stage``,
``revision`` and ``version_date`` the version, ``starred_conditions`` the six results with indicator numbers.

Public API::

    verify_package(path, *, limits=DEFAULT_LIMITS, trust_roots=()) -> PackageVerdict

Raises ``PackageUnreadable`` (``NotAZipFile``, ``NotADiscImage``) when the input cannot be read as a package
and ``HostileArchive`` when it is refused as unsafe (``app.signing.archive``, ``app.signing.media``).
Everything else is reported in the verdict: every missing, changed and extra file, the signatures, whether
the signer chains to a trusted root the reader gave, and the starred conditions as the package records them
(``app.signing.report`` words it). Nothing is extracted except the signed PDF, which is copied into a
private ``tempfile.mkdtemp()`` folder for pyHanko and removed afterwards. Producing packages:
``app.export.package`` (the one writer) with :mod:`app.signing.manifest`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from typing import Any, BinaryIO

from cryptography import x509

from app.errors import os_reason
from app.files import check_regular_file
from app.translatable import Joined

from .archive import DEFAULT_LIMITS, ArchiveLimits, MemberDamaged, member_name_problem, open_archive
from .certs import CertificateInfo
from .cms import verify_detached
from .errors import PackageUnreadable
from .media import FolderSource, IsoSource, looks_like_iso
from .pades import PdfVerification, verify_pdf
from .problem_words import problem, where

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "SIGNATURE_NAME",
    "PackageVerdict",
    "verify_package",
    "validate_manifest",
    "open_package",
]

FORMAT = "pilotzone-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.p7s"
_MAX_SIGNATURE = 1 << 20
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass
class PackageVerdict:
    """Result of :func:`verify_package`: ``ok`` only if it is signed, every file matches, the signature holds
    (and chains to a given trusted root), and every starred condition passed as the package records it."""

    path: str
    kind: str = "zip"                      # "zip", "folder" or "iso"
    signed: bool = False
    problems: list[str] = field(default_factory=list)            # files and signatures
    condition_problems: list[str] = field(default_factory=list)  # starred conditions failing, as recorded
    warnings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)             # system files on a stick or disc, not read
    signer: CertificateInfo | None = None
    signing_time: Any = None
    pdf: PdfVerification | None = None
    manifest: dict[str, Any] | None = None
    manifest_sha256: str = ""
    trusted: bool | None = None            # None: no trusted root given
    trust_explanation: str = ""
    signature_valid: bool = False          # both signatures hold and name the manifest's signer

    @property
    def intact(self) -> bool:
        """Signed, and files and signatures all hold (whatever the conditions recorded)."""
        return self.signed and not self.problems

    @property
    def ok(self) -> bool:
        return self.intact and not self.condition_problems

    @property
    def problem_count(self) -> int:
        return len(self.problems) + len(self.condition_problems)

    @property
    def stage(self) -> str | None:
        return (self.manifest or {}).get("stage")

    @property
    def starred_conditions(self) -> list[dict[str, Any]]:
        items = (self.manifest or {}).get("starred_conditions")
        return [c for c in items if isinstance(c, dict)] if isinstance(items, list) else []

    @property
    def headline(self) -> str:
        from .report import headline

        return headline(self)

    def report_lines(self) -> list[str]:
        """A Chinese, human-readable report (``app.signing.report``)."""
        from .report import report_lines

        return report_lines(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "ok": self.ok,
            "intact": self.intact,
            "signed": self.signed,
            "stage": self.stage,
            "headline": self.headline,
            "problem_count": self.problem_count,
            "problems": self.problems,
            "condition_problems": self.condition_problems,
            "warnings": self.warnings,
            "missing": self.missing,
            "extra": self.extra,
            "changed": self.changed,
            "ignored": self.ignored,
            "signer": self.signer.to_dict() if self.signer else None,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "trusted": self.trusted,
            "trust_explanation": self.trust_explanation,
            "pdf": self.pdf.to_dict() if self.pdf else None,
            "manifest_sha256": self.manifest_sha256,
            "manifest": self.manifest,
            "starred_conditions": self.starred_conditions,
        }



def validate_manifest(manifest: Any) -> list[str]:
    """Structural problems of a decoded manifest (empty list if acceptable)."""
    if not isinstance(manifest, dict):
        return [problem("manifest_not_object")]
    if manifest.get("format") != FORMAT:
        return [problem("manifest_format")]
    if manifest.get("format_version") != FORMAT_VERSION:
        return [problem("manifest_version", version=repr(manifest.get("format_version")), supported=FORMAT_VERSION)]
    members = manifest.get("members")
    if not isinstance(members, list):
        return [problem("no_members")]
    problems: list[str] = []
    seen: set[str] = set()
    for entry in members:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("size"), int)
            and not isinstance(entry.get("size"), bool)
            and entry["size"] >= 0
            and isinstance(entry.get("sha256"), str)
            and _HEX64.match(entry["sha256"])
        ):
            problems.append(problem("bad_member", entry=json.dumps(entry, ensure_ascii=False)[:120]))
            continue
        name = entry["path"]
        bad = member_name_problem(name)
        if bad or name in (MANIFEST_NAME, SIGNATURE_NAME):
            problems.append(problem("bad_path", path=bad or name))
        elif name in seen:
            problems.append(problem("repeated", name=name))
        seen.add(name)
    signer = manifest.get("signer")
    if signer is not None and not (isinstance(signer, dict) and isinstance(signer.get("certificate_sha256"), str)):
        problems.append(problem("bad_signer"))
    if manifest.get("signed_pdf") is not None and not isinstance(manifest.get("signed_pdf"), str):
        problems.append(problem("bad_signed_pdf"))
    return problems


def _check_members(arc: Any, manifest: dict[str, Any], verdict: PackageVerdict, pdf_sink: BinaryIO | None) -> bool:
    """Hash every listed member; returns True if the signed PDF was copied to ``pdf_sink``."""
    listed = {e["path"]: e for e in manifest["members"]}
    signed_pdf = manifest.get("signed_pdf")
    pdf_copied = False
    for name, entry in listed.items():
        if name not in arc:
            verdict.missing.append(name)
            verdict.problems.append(problem("missing", name=name, where=where(arc)))
            continue
        sink = pdf_sink if name == signed_pdf else None
        try:
            size, digest = arc.hash_member(name, copy_to=sink)
        except MemberDamaged:
            verdict.changed.append(name)
            reason = problem("zip_crc" if arc.kind == "zip" else "read_error")
            verdict.problems.append(problem("damaged", name=name, reason=reason))
            continue
        if size != entry["size"] or digest != entry["sha256"].lower():
            verdict.changed.append(name)
            verdict.problems.append(problem("changed", name=name))
        elif sink is not None:
            pdf_copied = True
    for name in sorted(set(arc.names) - set(listed) - {MANIFEST_NAME, SIGNATURE_NAME}):
        verdict.extra.append(name)
        verdict.problems.append(problem("extra", name=name, where=where(arc)))
    for name in arc.hidden:
        verdict.extra.append(name)
        verdict.problems.append(problem("hidden", name=name))
    return pdf_copied


def _check_signature(arc: Any, manifest_bytes: bytes, manifest: dict[str, Any], verdict: PackageVerdict,
                     trust_roots: Sequence[x509.Certificate]) -> None:
    if SIGNATURE_NAME not in arc:
        verdict.problems.append(problem("unsigned", where=where(arc)))
        return
    verdict.signed = True
    try:
        signature = arc.read_small(SIGNATURE_NAME, max_size=_MAX_SIGNATURE)
    except MemberDamaged:
        verdict.problems.append(problem("signature_damaged"))
        return
    result = verify_detached(manifest_bytes, signature, trust_roots=trust_roots)
    verdict.signer, verdict.signing_time = result.signer, result.signing_time
    verdict.trusted, verdict.trust_explanation = result.trusted, result.trust_explanation
    verdict.warnings += result.notes
    if not result.intact:
        verdict.problems.append(problem("signature_invalid", explanation=result.explanation))
    elif result.trusted is False:
        verdict.problems.append(result.trust_explanation)
    declared = manifest.get("signer")
    verdict.signature_valid = result.intact
    if not isinstance(declared, dict):
        verdict.signature_valid = False
        verdict.problems.append(problem("signer_unrecorded"))
    elif result.signer is not None:
        if declared.get("certificate_sha256", "").lower() != result.signer.sha256:
            verdict.signature_valid = False
            verdict.problems.append(problem("fingerprint_differs"))
        elif declared.get("name") and declared.get("name") != result.signer.common_name:
            verdict.warnings.append(problem("name_differs", recorded=declared.get("name"),
                                            actual=result.signer.common_name))


def _check_pdf(pdf_file: BinaryIO, manifest: dict[str, Any], verdict: PackageVerdict) -> None:
    name = manifest["signed_pdf"]
    pdf_file.seek(0)
    result = verify_pdf(pdf_file)
    verdict.pdf = result
    if not (result.ok and verdict.signer and result.signer and result.signer.sha256 == verdict.signer.sha256):
        verdict.signature_valid = False
    if not result.signed:
        verdict.problems.append(problem("pdf_unsigned", name=name,
                                        explanation=result.explanation or problem("no_signature_found")))
        return
    if not result.intact:
        verdict.problems.append(problem("pdf_invalid", name=name, explanation=result.explanation))
    elif not result.covers_whole_document:
        verdict.problems.append(problem("pdf_partial", name=name, explanation=result.explanation))
    if verdict.signer and result.signer and result.signer.sha256 != verdict.signer.sha256:
        verdict.problems.append(problem("pdf_other_signer", name=name))


def open_package(path: str | os.PathLike[str], *, limits: ArchiveLimits = DEFAULT_LIMITS) -> Any:
    """The package at ``path`` opened for reading and vetted: a folder, an ISO image or a zip."""
    target = Path(path)
    if target.is_dir():
        return FolderSource(target, limits)
    if not target.exists():
        raise PackageUnreadable(f"找不到文件“{path}”。")
    try:
        check_regular_file(target)      # a pipe or a device (/dev/zero) would be read for ever
    except OSError as exc:
        raise PackageUnreadable(f"无法验证“{path}”：{os_reason(exc)}。") from None
    if _is_dossier_file(target):
        raise PackageUnreadable(f"“{target.name}”是申报材料文件（.pzd），不是申报包：申报包由“导出”"
                                "（或 pilotzone package）生成，请验证导出的 zip、ISO 光盘映像或文件夹。")
    if looks_like_iso(target):
        return IsoSource(target, limits)
    return open_archive(target, limits=limits)


def _is_dossier_file(path: Path) -> bool:
    """A .pzd (a SQLite file), whatever its name: what a city edits, given where its package was meant."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def verify_package(path: str | os.PathLike[str], *, limits: ArchiveLimits = DEFAULT_LIMITS,
                   trust_roots: Sequence[x509.Certificate] = ()) -> PackageVerdict:
    """Verify a submission package without trusting it (see module docstring)."""
    with open_package(path, limits=limits) as arc:
        verdict = PackageVerdict(path=str(path), kind=arc.kind, ignored=list(arc.ignored))
        if verdict.ignored:
            verdict.warnings.append(problem("ignored", names=Joined(verdict.ignored[:10]),
                                            more="……" if len(verdict.ignored) > 10 else ""))
        if MANIFEST_NAME not in arc and arc.kind == "folder":      # a folder of anything: not a package at all
            raise PackageUnreadable(f"文件夹“{path}”中没有 manifest.json，也没有申报包（zip、ISO 或申报材料文件夹）："
                                    "不是本软件导出的申报包，无法核对。")
        if MANIFEST_NAME not in arc:
            verdict.problems.append(problem("no_manifest", where=where(arc)))
            return verdict
        try:
            manifest_bytes = arc.read_small(MANIFEST_NAME)
            manifest = json.loads(manifest_bytes.decode("utf-8"))
        except MemberDamaged:
            verdict.problems.append(problem("manifest_damaged"))
            return verdict
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            verdict.problems.append(problem("manifest_not_json"))
            return verdict
        verdict.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        structural = validate_manifest(manifest)
        if structural:
            verdict.problems += structural
            return verdict
        verdict.manifest = manifest
        signed_pdf = manifest.get("signed_pdf")
        if signed_pdf is not None and signed_pdf not in {e["path"] for e in manifest["members"]}:
            verdict.problems.append(problem("signed_pdf_unlisted", name=signed_pdf))
            signed_pdf = None
        workdir = tempfile.mkdtemp(prefix="pilotzone-verify-") if signed_pdf else None
        try:
            sink = open(Path(workdir) / "signed.pdf", "w+b") if workdir else None  # noqa: SIM115
            try:
                pdf_ok = _check_members(arc, manifest, verdict, sink)
                _check_signature(arc, manifest_bytes, manifest, verdict, trust_roots)
                if sink is not None and pdf_ok:
                    _check_pdf(sink, manifest, verdict)
            finally:
                if sink is not None:
                    sink.close()
        finally:
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)
        if verdict.signed and signed_pdf is None:
            verdict.warnings.append(problem("no_signed_pdf"))
        verdict.condition_problems = _failing_conditions(verdict.starred_conditions)
    return verdict


def _failing_conditions(conditions: list[dict[str, Any]]) -> list[str]:
    """One sentence per starred condition the package records as not passed (its gap, when recorded)."""
    from .wording import condition_title

    return [problem("condition_failed_gap", title=condition_title(c), gap=c["gap"]) if c.get("gap")
            else problem("condition_failed", title=condition_title(c)) for c in conditions if c.get("passed") is not True]
