"""The verify report's words, translatable: conclusions, report lines, the summary's cells, the problems found.

``report`` (the report lines and the headline), ``wording`` (stage, signature kind, what a signature proves),
``batch`` (the summary's stage, date and signature cells), ``verify`` (each problem found), ``cms`` and
``pades`` (what a signature check found) build their sentences from these templates as phrases
(``app.translatable``).  A phrase is its Chinese text, so ``pilotzone verify`` prints, and the summary .xlsx
holds, exactly what they did; the verify dialog shows the same report in the UI's language.  What the
package itself records — the title, the cities, the signer's name, the starred conditions' measured values
as written at export — is shown as recorded.
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, phrase

CONTEXT = "verify"

WORDS = {
    # the headline and the report's lines (report.py)
    "draft": QT_TRANSLATE_NOOP("verify", "草稿"), "final": QT_TRANSLATE_NOOP("verify", "正式稿"),
    "staged": QT_TRANSLATE_NOOP("verify", "{text}（{stage}）"),
    "passed": QT_TRANSLATE_NOOP("verify", "验证通过：文件完整，签名有效"),
    "conditions_fail": QT_TRANSLATE_NOOP("verify", "文件完整、签名有效，但按申报包记录有 {n} 项不可偏离条件未满足"),
    "failed": QT_TRANSLATE_NOOP("verify", "验证未通过：发现 {n} 个问题"),
    "zip": QT_TRANSLATE_NOOP("verify", "zip 压缩包"), "folder": QT_TRANSLATE_NOOP("verify", "文件夹（U 盘或光盘）"),
    "iso": QT_TRANSLATE_NOOP("verify", "光盘映像 ISO"),
    "package": QT_TRANSLATE_NOOP("verify", "申报包：{path}（{kind}）"),
    "conclusion": QT_TRANSLATE_NOOP("verify", "结论：{headline}"),
    "problems": QT_TRANSLATE_NOOP("verify", "发现的问题（{n} 个）："),
    "item": QT_TRANSLATE_NOOP("verify", "  - {text}"),
    "title": QT_TRANSLATE_NOOP("verify", "申报材料：{title}"),
    "cities": QT_TRANSLATE_NOOP("verify", "申报城市：{cities}；指标目录：{edition} 年版"),
    "version": QT_TRANSLATE_NOOP("verify", "版本：{stage}"),
    "generated": QT_TRANSLATE_NOOP("verify", "生成时间：{when}；软件版本：{version}"),
    "manifest_hash": QT_TRANSLATE_NOOP("verify", "清单校验值（SHA-256）：{short}（完整：{full}）"),
    "files_ok": QT_TRANSLATE_NOOP("verify", "文件：清单列出 {n} 个，全部存在且与清单一致（大小和 SHA-256 校验值）"),
    "files_bad": QT_TRANSLATE_NOOP("verify", "文件：清单列出 {n} 个；{parts}"),
    "files_missing": QT_TRANSLATE_NOOP("verify", "缺少 {n} 个"), "files_changed": QT_TRANSLATE_NOOP("verify", "被改动 {n} 个"),
    "files_extra": QT_TRANSLATE_NOOP("verify", "多出 {n} 个"), "comma": QT_TRANSLATE_NOOP("verify", "，"),
    "unsigned": QT_TRANSLATE_NOOP("verify", "签名：没有（未签名的申报包只能核对文件是否与清单一致，不能说明清单本身未被改动，"
                                            "也不能说明它来自谁）"),
    "signature": QT_TRANSLATE_NOOP("verify", "签名："),
    "kind": QT_TRANSLATE_NOOP("verify", "  类型：{kind}；清单为 CMS 分离签名，{pdf}内为 PAdES 签名"),
    "plan_pdf": QT_TRANSLATE_NOOP("verify", "方案 PDF"),
    "signer": QT_TRANSLATE_NOOP("verify", "  签名人：{name}；单位：{organisation}"),
    "unnamed": QT_TRANSLATE_NOOP("verify", "（未写明）"),
    "validity": QT_TRANSLATE_NOOP("verify", "  证书有效期：{start} 至 {end}"),
    "fingerprint": QT_TRANSLATE_NOOP("verify", "  证书 SHA-256 指纹：{sha256}"),
    "signed_at": QT_TRANSLATE_NOOP("verify", "  签名时间：{when}"),
    "pdf_signature": QT_TRANSLATE_NOOP("verify", "  PDF 签名（{name}）：{state}"),
    "valid": QT_TRANSLATE_NOOP("verify", "有效"), "invalid": QT_TRANSLATE_NOOP("verify", "无效"),
    "identity": QT_TRANSLATE_NOOP("verify", "  身份：{text}"),
    "proves": QT_TRANSLATE_NOOP("verify", "  证明：{text}"),
    "does_not_prove": QT_TRANSLATE_NOOP("verify", "  不证明：{text}"),
    "conditions": QT_TRANSLATE_NOOP("verify", "不可偏离条件（按申报包记录，验证时未重新评审）：{passed}/{total} 项满足"),
    "condition": QT_TRANSLATE_NOOP("verify", "  ★ {title}：{mark}；实测 {measured}，要求 {threshold}"),
    "condition_gap": QT_TRANSLATE_NOOP("verify", "  ★ {title}：{mark}；实测 {measured}，要求 {threshold}；{gap}"),
    "met": QT_TRANSLATE_NOOP("verify", "满足"), "not_met": QT_TRANSLATE_NOOP("verify", "未满足"),
    "notes": QT_TRANSLATE_NOOP("verify", "提示："),
    "document_kind": QT_TRANSLATE_NOOP("verify", "文件类型：{label}"),
    "annual_report": QT_TRANSLATE_NOOP("verify", "年度试点工作开展情况"),
    "annual_report_year": QT_TRANSLATE_NOOP("verify", "第{year}年度试点工作开展情况"),
    "review": QT_TRANSLATE_NOOP("verify", "试点期满复核材料"),
    "period": QT_TRANSLATE_NOOP("verify", "报告期：{start} 至 {end}"),
    "completion": QT_TRANSLATE_NOOP("verify", "目标完成度（按清单记录，不是评价得分）：{completion}"),
    # stage, signature and what it proves (wording.py)
    "draft_internal": QT_TRANSLATE_NOOP("verify", "草稿（仅供内部审阅，不得报送）"),
    "revision": QT_TRANSLATE_NOOP("verify", "第 {n} 版"),
    "unnamed_condition": QT_TRANSLATE_NOOP("verify", "（未写明的条件）"),
    "software_key": QT_TRANSLATE_NOOP("verify", "软件密钥（电脑上的 PKCS#12 证书文件，不是 UKey 等硬件设备）"),
    "key_unrecorded": QT_TRANSLATE_NOOP("verify", "软件密钥（本软件只使用证书文件中的密钥签名）"),
    "self_signed": QT_TRANSLATE_NOOP("verify", "自签名证书（签名人自己生成，没有任何机构为其身份作证）"),
    "issued": QT_TRANSLATE_NOOP("verify", "由“{issuer}”签发的证书（导入的机构证书）"),
    "storage_and_certificate": QT_TRANSLATE_NOOP("verify", "{storage}；{certificate}"),
    # the summary's cells (batch.py)
    "stage_revision": QT_TRANSLATE_NOOP("verify", "{stage} 第{n}版"),
    "no_signature": QT_TRANSLATE_NOOP("verify", "未签名"),
    "self_signed_short": QT_TRANSLATE_NOOP("verify", "自签名"), "organisation": QT_TRANSLATE_NOOP("verify", "机构证书"),
    "trusted": QT_TRANSLATE_NOOP("verify", "有效（{kind}，已验证到可信根）"),
    "untrusted": QT_TRANSLATE_NOOP("verify", "不可信（{kind}，不能验证到所给根证书）"),
    "unchecked": QT_TRANSLATE_NOOP("verify", "有效（{kind}，身份未核实）"),
    "problem_separator": QT_TRANSLATE_NOOP("verify", "；"),
    "verifying": QT_TRANSLATE_NOOP("verify", "正在验证 {i}/{n}：{name}"),
    "done": QT_TRANSLATE_NOOP("verify", "完成"),
}

# What a software-key signature proves and does not prove, and what an unchecked identity means.
PROVES = QT_TRANSLATE_NOOP("verify", "从签名时起，清单所列的每个文件都没有被改动；签名是由持有该证书私钥的人做出的。")
DOES_NOT_PROVE = QT_TRANSLATE_NOOP(
    "verify", "这不是 GB/T 38540 规定的电子签章（电子印章须使用认可的电子认证服务机构签发的 SM2 证书和经认证的设备）；"
              "是否构成《电子签名法》第十三条所说的可靠电子签名，本软件不作判断。")
IDENTITY_UNCHECKED = QT_TRANSLATE_NOOP(
    "verify", "签名人身份未经核实：没有提供可信根证书（pilotzone verify --trust 根证书.pem），证书中的姓名和单位只是证书自己写明的。")


def words(key: str, **params: Any) -> Phrase:
    return phrase(CONTEXT, WORDS[key], **params)


def said(text: str) -> Phrase:
    """A whole sentence marked above (``PROVES`` …) as a phrase."""
    return phrase(CONTEXT, text)


def joined(items: Any, key: str) -> Joined:
    """Parts joined by the separator ``key`` («，», «；»)."""
    return Joined(items, WORDS[key], CONTEXT)
