"""The verify report in words: what was checked, what holds, what fails — for the dialog and ``pilotzone verify``.

It names the package's stage (a 草稿 says so), counts as problems both the files and signatures that fail
and the starred conditions the package records as failing, shows indicators by number and name and dates the
Chinese way, and says honestly what kind of signature it checked, what that proves and what it does not
(``app.signing.wording``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .certs import format_time
from .wording import (
    DOES_NOT_PROVE, IDENTITY_UNCHECKED, PROVES, chinese_datetime, condition_title, short_hash, signature_kind,
    stage_line,
)

if TYPE_CHECKING:
    from .verify import PackageVerdict

KINDS = {"zip": "zip 压缩包", "folder": "文件夹（U 盘或光盘）", "iso": "光盘映像 ISO"}


def state(verdict: "PackageVerdict") -> str:
    """"ok" (green), "warn" (files and signature hold, but conditions fail as recorded) or "fail" (red)."""
    if verdict.ok:
        return "ok"
    return "warn" if verdict.intact else "fail"


def headline(verdict: "PackageVerdict") -> str:
    stage = {"draft": "草稿", "final": "正式稿"}.get(verdict.stage or "", "")
    suffix = f"（{stage}）" if stage else ""
    if verdict.ok:
        return f"验证通过：文件完整，签名有效{suffix}"
    if verdict.intact:
        return (f"文件完整、签名有效，但按申报包记录有 {len(verdict.condition_problems)} 项不可偏离条件未满足"
                f"{suffix}")
    return f"验证未通过：发现 {verdict.problem_count} 个问题{suffix}"


def _files_line(verdict: "PackageVerdict") -> str:
    listed = len((verdict.manifest or {}).get("members") or [])
    if not (verdict.missing or verdict.changed or verdict.extra):
        return f"文件：清单列出 {listed} 个，全部存在且与清单一致（大小和 SHA-256 校验值）"
    parts = [f"缺少 {len(verdict.missing)} 个" if verdict.missing else "",
             f"被改动 {len(verdict.changed)} 个" if verdict.changed else "",
             f"多出 {len(verdict.extra)} 个" if verdict.extra else ""]
    return f"文件：清单列出 {listed} 个；" + "，".join(p for p in parts if p)


def _signature_lines(verdict: "PackageVerdict") -> list[str]:
    manifest = verdict.manifest or {}
    if not verdict.signed:
        return ["签名：没有（未签名的申报包只能核对文件是否与清单一致，不能说明清单本身未被改动，也不能说明它来自谁）"]
    signer = verdict.signer
    lines = ["签名：", f"  类型：{signature_kind(signer, manifest)}；清单为 CMS 分离签名，"
                       f"{manifest.get('signed_pdf') or '方案 PDF'}内为 PAdES 签名"]
    if signer is not None:
        lines += [f"  签名人：{signer.common_name or '（未写明）'}；单位：{signer.organisation or '（未写明）'}",
                  f"  证书有效期：{format_time(signer.not_before)} 至 {format_time(signer.not_after)}",
                  f"  证书 SHA-256 指纹：{signer.sha256}"]
    if verdict.signing_time:
        lines.append(f"  签名时间：{format_time(verdict.signing_time)}")
    if verdict.pdf and verdict.pdf.signed:
        lines.append(f"  PDF 签名（{manifest.get('signed_pdf')}）：{'有效' if verdict.pdf.ok else '无效'}")
    lines.append(f"  身份：{verdict.trust_explanation or IDENTITY_UNCHECKED}")
    lines.append(f"  证明：{PROVES}")
    lines.append(f"  不证明：{DOES_NOT_PROVE}")
    return lines


def report_lines(verdict: "PackageVerdict") -> list[str]:
    m = verdict.manifest or {}
    lines = [f"申报包：{verdict.path}（{KINDS.get(verdict.kind, verdict.kind)}）", f"结论：{headline(verdict)}"]
    if verdict.problem_count:                        # what is wrong first, the details after
        lines.append(f"发现的问题（{verdict.problem_count} 个）：")
        lines += [f"  - {p}" for p in verdict.problems + verdict.condition_problems]
    if m:
        cities = "、".join(str(c) for c in m.get("cities") or [])
        lines.append(f"申报材料：{m.get('dossier_title', '')}")
        lines.append(f"申报城市：{cities}；指标目录：{m.get('catalogue_edition', '')} 年版")
        if stage := stage_line(m):
            lines.append(f"版本：{stage}")
        lines += report_kind_lines(m)
        lines.append(f"生成时间：{chinese_datetime(m.get('generated_at'))}；软件版本：{m.get('app_version', '')}")
    if verdict.manifest_sha256:
        lines.append(f"清单校验值（SHA-256）：{short_hash(verdict.manifest_sha256)}（完整：{verdict.manifest_sha256}）")
    if m:
        lines.append(_files_line(verdict))
        lines += _signature_lines(verdict)
    if conditions := verdict.starred_conditions:
        passed = sum(1 for c in conditions if c.get("passed") is True)
        lines.append(f"不可偏离条件（按申报包记录，验证时未重新评审）：{passed}/{len(conditions)} 项满足")
        for c in conditions:
            mark = "满足" if c.get("passed") is True else "未满足"
            lines.append(f"  ★ {condition_title(c)}：{mark}；实测 {c.get('measured', '')}，要求 {c.get('threshold', '')}"
                         + (f"；{c.get('gap')}" if c.get("gap") else ""))
    if verdict.warnings:
        lines.append("提示：")
        lines += [f"  - {w}" for w in verdict.warnings]
    return lines


_REPORT_KINDS = {"annual_report": "年度试点工作开展情况", "review": "试点期满复核材料"}


def report_kind_lines(manifest: dict[str, Any]) -> list[str]:
    """What an annual report's (or the 复核's) manifest says about itself: kind, year, period, completion."""
    kind = manifest.get("document_kind")
    if kind not in _REPORT_KINDS:
        return []
    year = manifest.get("report_year")
    label = f"第{year}年度试点工作开展情况" if kind == "annual_report" and isinstance(year, int) else _REPORT_KINDS[kind]
    lines = [f"文件类型：{label}"]
    period = manifest.get("period")
    if isinstance(period, dict):
        lines.append(f"报告期：{period.get('start', '')} 至 {period.get('end', '')}")
    targets = manifest.get("targets")
    if isinstance(targets, dict) and targets.get("completion"):
        lines.append(f"目标完成度（按清单记录，不是评价得分）：{targets.get('completion')}")
    return lines
