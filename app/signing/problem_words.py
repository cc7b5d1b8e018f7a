"""What verification finds wrong with a package, translatable: a file missing or changed, a signature that fails.

``verify`` (the manifest, the files, the signatures), ``cms`` (the manifest's signature) and ``pades`` (the
PDF's signature) write each finding as a phrase (``app.translatable``) of these templates: its Chinese text is
what ``pilotzone verify`` prints and the summary .xlsx holds, the verify dialog shows it in the UI's language.
File names, paths and certificate names inside a finding are shown as they are.
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Phrase, phrase

CONTEXT = "verify"

PROBLEMS = {
    # the manifest (verify.validate_manifest, verify.verify_package)
    "manifest_not_object": QT_TRANSLATE_NOOP("verify", "manifest.json 的内容不是 JSON 对象。"),
    "manifest_format": QT_TRANSLATE_NOOP("verify", "manifest.json 不是“先导区申报包”格式（format 字段不符）。"),
    "manifest_version": QT_TRANSLATE_NOOP("verify", "不支持的申报包格式版本：{version}（本软件支持版本 {supported}）。"),
    "no_members": QT_TRANSLATE_NOOP("verify", "manifest.json 缺少成员清单（members）。"),
    "bad_member": QT_TRANSLATE_NOOP("verify", "manifest.json 的成员清单中有格式错误的条目：{entry}"),
    "bad_path": QT_TRANSLATE_NOOP("verify", "manifest.json 的成员清单中有非法路径：{path}"),
    "repeated": QT_TRANSLATE_NOOP("verify", "manifest.json 的成员清单中“{name}”重复出现。"),
    "bad_signer": QT_TRANSLATE_NOOP("verify", "manifest.json 中的签名人信息（signer）格式错误。"),
    "bad_signed_pdf": QT_TRANSLATE_NOOP("verify", "manifest.json 中的 signed_pdf 字段格式错误。"),
    "no_manifest": QT_TRANSLATE_NOOP("verify", "{where}中没有 manifest.json，不是本软件导出的申报包，无法核对。"),
    "manifest_damaged": QT_TRANSLATE_NOOP("verify", "manifest.json 已损坏，无法读取。"),
    "manifest_not_json": QT_TRANSLATE_NOOP("verify", "manifest.json 不是有效的 UTF-8 JSON 文件。"),
    "signed_pdf_unlisted": QT_TRANSLATE_NOOP("verify", "manifest.json 的 signed_pdf 指向“{name}”，但它不在成员清单中。"),
    "ignored": QT_TRANSLATE_NOOP("verify", "已忽略操作系统生成的文件（未核对）：{names}{more}"),
    "no_signed_pdf": QT_TRANSLATE_NOOP("verify", "该申报包没有单独签名的 PDF（signed_pdf 为空），仅对清单进行了签名。"),
    # the files (verify._check_members)
    "missing": QT_TRANSLATE_NOOP("verify", "缺少文件“{name}”：清单中列出，但{where}中没有。"),
    "damaged": QT_TRANSLATE_NOOP("verify", "文件“{name}”已损坏，无法读取（{reason}）。"),
    "zip_crc": QT_TRANSLATE_NOOP("verify", "压缩数据校验失败"), "read_error": QT_TRANSLATE_NOOP("verify", "读取出错"),
    "changed": QT_TRANSLATE_NOOP("verify", "文件“{name}”已被改动：大小或 SHA-256 校验值与清单不一致。"),
    "extra": QT_TRANSLATE_NOOP("verify", "多出文件“{name}”：{where}中有，但清单中没有列出。"),
    "hidden": QT_TRANSLATE_NOOP("verify", "多出文件“{name}”：只在光盘映像的另一套文件名中可见（有的电脑能看到，有的看不到），"
                                          "清单中没有列出。"),
    # the signatures (verify._check_signature, verify._check_pdf, cms, pades)
    "unsigned": QT_TRANSLATE_NOOP("verify", "未签名：{where}中没有 manifest.json.p7s 签名文件，无法确认内容来源与完整性。"),
    "signature_damaged": QT_TRANSLATE_NOOP("verify", "签名文件 manifest.json.p7s 已损坏，无法读取。"),
    "signature_invalid": QT_TRANSLATE_NOOP("verify", "manifest.json 的签名无效：{explanation}"),
    "signer_unrecorded": QT_TRANSLATE_NOOP("verify", "manifest.json 没有记录签名人信息，与签名文件不符。"),
    "fingerprint_differs": QT_TRANSLATE_NOOP("verify", "manifest.json 中记录的签名证书指纹与实际签名所用证书不一致。"),
    "name_differs": QT_TRANSLATE_NOOP("verify", "清单记录的签名人“{recorded}”与证书中的姓名“{actual}”不同。"),
    "pdf_unsigned": QT_TRANSLATE_NOOP("verify", "“{name}”应带有 PDF 数字签名，但{explanation}"),
    "no_signature_found": QT_TRANSLATE_NOOP("verify", "没有找到签名"),
    "pdf_invalid": QT_TRANSLATE_NOOP("verify", "“{name}”的 PDF 签名无效：{explanation}"),
    "pdf_partial": QT_TRANSLATE_NOOP("verify", "“{name}”的 PDF 签名没有覆盖整个文件：{explanation}"),
    "pdf_other_signer": QT_TRANSLATE_NOOP("verify", "“{name}”的 PDF 签名人与申报包签名人不是同一证书。"),
    "condition_failed": QT_TRANSLATE_NOOP("verify", "不可偏离条件未满足（按申报包记录）：★{title}"),
    "condition_failed_gap": QT_TRANSLATE_NOOP("verify", "不可偏离条件未满足（按申报包记录）：★{title}——{gap}"),
    "cms_unreadable": QT_TRANSLATE_NOOP("verify", "签名文件无法解析或不含签名人证书，不是本软件生成的有效签名。"),
    "cms_certificate": QT_TRANSLATE_NOOP("verify", "签名中的签名人证书已损坏，无法识别。"),
    "cms_error": QT_TRANSLATE_NOOP("verify", "签名校验过程出错，签名无法确认。"),
    "cms_changed": QT_TRANSLATE_NOOP("verify", "签名所保护的内容已被改动：内容与签名时不一致。"),
    "cms_value": QT_TRANSLATE_NOOP("verify", "签名值校验失败：签名已损坏或与签名人证书不匹配。"),
    "cms_self_signed": QT_TRANSLATE_NOOP("verify", "签名人使用的是自签名证书，身份未经第三方认证机构确认。"),
    "cms_time": QT_TRANSLATE_NOOP("verify", "签名时间 {when} 不在证书有效期内。"),
    "cms_expired": QT_TRANSLATE_NOOP("verify", "签名证书已于 {when} 过期；签名是在有效期内做出的。"),
    "untrusted": QT_TRANSLATE_NOOP("verify", "签名证书不能验证到所给的可信根证书（{names}）。"),
    "trusted": QT_TRANSLATE_NOOP("verify", "签名证书已验证到可信根证书“{root}”（离线验证，未检查吊销状态）。"),
    "pdf_unreadable": QT_TRANSLATE_NOOP("verify", "PDF 文件无法解析，可能已损坏。"),
    "pdf_no_signature": QT_TRANSLATE_NOOP("verify", "该 PDF 没有数字签名。"),
    "pdf_damaged": QT_TRANSLATE_NOOP("verify", "PDF 签名无法校验：签名数据已损坏。"),
    "pdf_changed": QT_TRANSLATE_NOOP("verify", "PDF 签名后内容已被改动，或签名值无效。"),
    "pdf_appended": QT_TRANSLATE_NOOP("verify", "PDF 在签名之后又被追加修改，签名没有覆盖整个文件。"),
    "pdf_self_signed": QT_TRANSLATE_NOOP("verify", "PDF 签名人使用的是自签名证书。"),
    # where the files are, inside a sentence (``arc.where``)
    "in_zip": QT_TRANSLATE_NOOP("verify", "压缩包"), "in_folder": QT_TRANSLATE_NOOP("verify", "文件夹"),
    "in_iso": QT_TRANSLATE_NOOP("verify", "光盘映像"),
}


def problem(key: str, **params: Any) -> Phrase:
    return phrase(CONTEXT, PROBLEMS[key], **params)


def where(source: Any) -> str:
    """「压缩包」「文件夹」「光盘映像」: the package as a sentence names it (a phrase when it is one of those)."""
    key = f"in_{getattr(source, 'kind', '')}"
    return problem(key) if key in PROBLEMS and PROBLEMS[key] == source.where else source.where
