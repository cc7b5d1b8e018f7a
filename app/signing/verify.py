"""Verification of a submission package (zip) produced by the exporter.

Package format (``format_version`` 1): zip members ``manifest.json`` (UTF-8
JSON), optional ``manifest.json.p7s`` (detached CMS over the exact manifest
bytes, DER) and the documents / evidence files listed in
``manifest["members"]`` as ``{"path", "size", "sha256"}``. ``signer`` records
the signer (name, organisation, ``certificate_sha256``, ``self_signed``) and
``signed_pdf`` names the member carrying a PAdES signature (or is null).

Public API::

    verify_package(path, *, limits=DEFAULT_LIMITS) -> PackageVerdict

Raises ``PackageUnreadable`` / ``NotAZipFile`` when the file cannot be read as
a zip and ``HostileArchive`` when it is refused as unsafe (see
:mod:`app.signing.archive`). Everything else is reported in the verdict:
``verdict.ok`` is True only when every check holds; each problem is one Chinese
sentence in ``verdict.problems``. Nothing is extracted except the signed PDF,
which is copied into a private ``tempfile.mkdtemp()`` folder for pyHanko and
removed afterwards. Producing packages: see :mod:`app.signing.manifest`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .archive import DEFAULT_LIMITS, ArchiveLimits, MemberDamaged, SafeArchive, member_name_problem, open_archive
from .certs import CertificateInfo, format_time
from .cms import verify_detached
from .pades import PdfVerification, verify_pdf

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_NAME",
    "SIGNATURE_NAME",
    "PackageVerdict",
    "verify_package",
    "validate_manifest",
]

FORMAT = "pilotzone-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.p7s"
_MAX_SIGNATURE = 1 << 20
_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")


@dataclass
class PackageVerdict:
    """Result of :func:`verify_package`; ``ok`` only if ``problems`` is empty."""

    path: str
    signed: bool = False
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    signer: CertificateInfo | None = None
    signing_time: Any = None
    pdf: PdfVerification | None = None
    manifest: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and self.signed

    @property
    def starred_conditions(self) -> list[dict[str, Any]]:
        items = (self.manifest or {}).get("starred_conditions")
        return [c for c in items if isinstance(c, dict)] if isinstance(items, list) else []

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "signed": self.signed,
            "problems": self.problems,
            "warnings": self.warnings,
            "missing": self.missing,
            "extra": self.extra,
            "changed": self.changed,
            "signer": self.signer.to_dict() if self.signer else None,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "pdf": self.pdf.to_dict() if self.pdf else None,
            "manifest": self.manifest,
            "starred_conditions": self.starred_conditions,
        }

    def report_lines(self) -> list[str]:
        """A Chinese, human-readable report."""
        lines = [f"申报包：{self.path}", "结论：验证通过，内容完整且签名有效。" if self.ok else "结论：验证未通过。"]
        m = self.manifest or {}
        if m:
            cities = "、".join(str(c) for c in m.get("cities") or [])
            lines += [
                f"申报材料：{m.get('dossier_title', '')}（编号 {m.get('dossier_id', '')}）",
                f"申报城市：{cities}；指标目录版本：{m.get('catalogue_edition', '')}",
                f"生成时间：{m.get('generated_at', '')}；软件版本：{m.get('app_version', '')}",
            ]
            lines += _report_lines(m)
        if self.signer:
            lines.append("签名证书：")
            lines += ["  " + line for line in self.signer.describe()]
        if self.signing_time:
            lines.append(f"签名时间：{format_time(self.signing_time)}")
        if self.pdf and self.pdf.signed:
            state = "有效" if self.pdf.ok else "无效"
            lines.append(f"PDF 签名（{m.get('signed_pdf')}）：{state}")
        if self.starred_conditions:
            lines.append("不可偏离条件（按申报包记录）：")
            for c in self.starred_conditions:
                mark = "通过" if c.get("passed") is True else "未通过"
                lines.append(
                    f"  ★ {c.get('name', '')}（{c.get('indicator_id', '')}）：{mark}；"
                    f"实测 {c.get('measured', '')}，要求 {c.get('threshold', '')}"
                    + (f"，差距 {c.get('gap')}" if c.get("gap") else "")
                )
        if self.problems:
            lines.append("发现的问题：")
            lines += [f"  - {p}" for p in self.problems]
        if self.warnings:
            lines.append("提示：")
            lines += [f"  - {w}" for w in self.warnings]
        return lines


_KIND_LABELS = {"annual_report": "年度试点工作开展情况", "review": "试点期满复核材料"}


def _report_lines(manifest: dict[str, Any]) -> list[str]:
    """What a report package's manifest says about itself: kind, year, period, completion (the plan has none)."""
    kind = manifest.get("document_kind")
    if kind not in _KIND_LABELS:
        return []
    year = manifest.get("report_year")
    label = f"第{year}年度试点工作开展情况" if kind == "annual_report" and isinstance(year, int) else _KIND_LABELS[kind]
    lines = [f"文件类型：{label}"]
    period = manifest.get("period")
    if isinstance(period, dict):
        lines.append(f"报告期：{period.get('start', '')} 至 {period.get('end', '')}")
    targets = manifest.get("targets")
    if isinstance(targets, dict) and targets.get("completion"):
        lines.append(f"目标完成度（按清单记录，不是评价得分）：{targets.get('completion')}")
    return lines


def validate_manifest(manifest: Any) -> list[str]:
    """Structural problems of a decoded manifest (empty list if acceptable)."""
    if not isinstance(manifest, dict):
        return ["manifest.json 的内容不是 JSON 对象。"]
    if manifest.get("format") != FORMAT:
        return ["manifest.json 不是“先导区申报包”格式（format 字段不符）。"]
    if manifest.get("format_version") != FORMAT_VERSION:
        return [f"不支持的申报包格式版本：{manifest.get('format_version')!r}（本软件支持版本 {FORMAT_VERSION}）。"]
    members = manifest.get("members")
    if not isinstance(members, list):
        return ["manifest.json 缺少成员清单（members）。"]
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
            problems.append(f"manifest.json 的成员清单中有格式错误的条目：{json.dumps(entry, ensure_ascii=False)[:120]}")
            continue
        name = entry["path"]
        bad = member_name_problem(name)
        if bad or name in (MANIFEST_NAME, SIGNATURE_NAME):
            problems.append(f"manifest.json 的成员清单中有非法路径：{bad or name}")
        elif name in seen:
            problems.append(f"manifest.json 的成员清单中“{name}”重复出现。")
        seen.add(name)
    signer = manifest.get("signer")
    if signer is not None and not (isinstance(signer, dict) and isinstance(signer.get("certificate_sha256"), str)):
        problems.append("manifest.json 中的签名人信息（signer）格式错误。")
    if manifest.get("signed_pdf") is not None and not isinstance(manifest.get("signed_pdf"), str):
        problems.append("manifest.json 中的 signed_pdf 字段格式错误。")
    return problems


def _check_members(
    arc: SafeArchive, manifest: dict[str, Any], verdict: PackageVerdict, pdf_sink: BinaryIO | None
) -> bool:
    """Hash every listed member; returns True if the signed PDF was copied to ``pdf_sink``."""
    listed = {e["path"]: e for e in manifest["members"]}
    signed_pdf = manifest.get("signed_pdf")
    pdf_copied = False
    for name, entry in listed.items():
        if name not in arc:
            verdict.missing.append(name)
            verdict.problems.append(f"缺少文件“{name}”：清单中列出，但压缩包中没有。")
            continue
        sink = pdf_sink if name == signed_pdf else None
        try:
            size, digest = arc.hash_member(name, copy_to=sink)
        except MemberDamaged:
            verdict.changed.append(name)
            verdict.problems.append(f"文件“{name}”已损坏，无法读取（压缩数据校验失败）。")
            continue
        if size != entry["size"] or digest != entry["sha256"].lower():
            verdict.changed.append(name)
            verdict.problems.append(f"文件“{name}”已被改动：大小或 SHA-256 校验值与清单不一致。")
        elif sink is not None:
            pdf_copied = True
    for name in sorted(set(arc.names) - set(listed) - {MANIFEST_NAME, SIGNATURE_NAME}):
        verdict.extra.append(name)
        verdict.problems.append(f"多出文件“{name}”：压缩包中有，但清单中没有列出。")
    return pdf_copied


def _check_signature(arc: SafeArchive, manifest_bytes: bytes, manifest: dict[str, Any], verdict: PackageVerdict) -> None:
    if SIGNATURE_NAME not in arc:
        verdict.problems.append("未签名：压缩包中没有 manifest.json.p7s 签名文件，无法确认内容来源与完整性。")
        return
    verdict.signed = True
    try:
        signature = arc.read_small(SIGNATURE_NAME, max_size=_MAX_SIGNATURE)
    except MemberDamaged:
        verdict.problems.append("签名文件 manifest.json.p7s 已损坏，无法读取。")
        return
    result = verify_detached(manifest_bytes, signature)
    verdict.signer, verdict.signing_time = result.signer, result.signing_time
    verdict.warnings += result.notes
    if not result.intact:
        verdict.problems.append(f"manifest.json 的签名无效：{result.explanation}")
    declared = manifest.get("signer")
    if not isinstance(declared, dict):
        verdict.problems.append("manifest.json 没有记录签名人信息，与签名文件不符。")
    elif result.signer is not None:
        if declared.get("certificate_sha256", "").lower() != result.signer.sha256:
            verdict.problems.append("manifest.json 中记录的签名证书指纹与实际签名所用证书不一致。")
        elif declared.get("name") and declared.get("name") != result.signer.common_name:
            verdict.warnings.append(
                f"清单记录的签名人“{declared.get('name')}”与证书中的姓名“{result.signer.common_name}”不同。"
            )


def _check_pdf(pdf_file: BinaryIO, manifest: dict[str, Any], verdict: PackageVerdict) -> None:
    name = manifest["signed_pdf"]
    pdf_file.seek(0)
    result = verify_pdf(pdf_file)
    verdict.pdf = result
    if not result.signed:
        verdict.problems.append(f"“{name}”应带有 PDF 数字签名，但{result.explanation or '没有找到签名'}")
        return
    if not result.intact:
        verdict.problems.append(f"“{name}”的 PDF 签名无效：{result.explanation}")
    elif not result.covers_whole_document:
        verdict.problems.append(f"“{name}”的 PDF 签名没有覆盖整个文件：{result.explanation}")
    if verdict.signer and result.signer and result.signer.sha256 != verdict.signer.sha256:
        verdict.problems.append(f"“{name}”的 PDF 签名人与申报包签名人不是同一证书。")


def verify_package(path: str | os.PathLike[str], *, limits: ArchiveLimits = DEFAULT_LIMITS) -> PackageVerdict:
    """Verify a submission package without trusting it (see module docstring)."""
    verdict = PackageVerdict(path=str(path))
    with open_archive(path, limits=limits) as arc:
        if MANIFEST_NAME not in arc:
            verdict.problems.append("压缩包中没有 manifest.json，不是本软件导出的申报包，无法核对。")
            return verdict
        try:
            manifest_bytes = arc.read_small(MANIFEST_NAME)
            manifest = json.loads(manifest_bytes.decode("utf-8"))
        except MemberDamaged:
            verdict.problems.append("manifest.json 已损坏，无法读取。")
            return verdict
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            verdict.problems.append("manifest.json 不是有效的 UTF-8 JSON 文件。")
            return verdict
        structural = validate_manifest(manifest)
        if structural:
            verdict.problems += structural
            return verdict
        verdict.manifest = manifest
        signed_pdf = manifest.get("signed_pdf")
        if signed_pdf is not None and signed_pdf not in {e["path"] for e in manifest["members"]}:
            verdict.problems.append(f"manifest.json 的 signed_pdf 指向“{signed_pdf}”，但它不在成员清单中。")
            signed_pdf = None
        workdir = tempfile.mkdtemp(prefix="pilotzone-verify-") if signed_pdf else None
        try:
            sink = open(Path(workdir) / "signed.pdf", "w+b") if workdir else None  # noqa: SIM115
            try:
                pdf_ok = _check_members(arc, manifest, verdict, sink)
                _check_signature(arc, manifest_bytes, manifest, verdict)
                if sink is not None and pdf_ok:
                    _check_pdf(sink, manifest, verdict)
            finally:
                if sink is not None:
                    sink.close()
        finally:
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)
        if verdict.signed and signed_pdf is None:
            verdict.warnings.append("该申报包没有单独签名的 PDF（signed_pdf 为空），仅对清单进行了签名。")
    return verdict
