"""The words a reader sees about a package: dates, sizes, hashes, stage, and what a signature does and does not prove.

One place for them, so the verify report (dialog and ``pilotzone verify``), the summary table, the disc label
and the 00-目录 say the same thing the same way: local Chinese dates (「2026年12月1日 11:02」), never ISO
timestamps; indicator numbers and names, never internal ids; and honest signature labels.

The app signs with a software key (a PKCS#12 file on the computer: self-signed, or imported from an
organisation).  Such a signature shows that the files are unchanged since they were signed by whoever holds
that key.  It is not an electronic seal (电子签章) under GB/T 38540 — those use SM2 certificates from a
recognised CA on certified devices — and it establishes the signer's identity only as far as a trusted root
supplied by the reader (``pilotzone verify --trust ROOT.pem``) vouches for the certificate.  Whether it meets
《电子签名法》第十三条 is for the law to say, not this program.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

STAGES = {"final": "正式稿", "draft": "草稿"}
KEY_STORAGE = {"software-pkcs12": "软件密钥（电脑上的 PKCS#12 证书文件，不是 UKey 等硬件设备）"}

PROVES = "从签名时起，清单所列的每个文件都没有被改动；签名是由持有该证书私钥的人做出的。"
DOES_NOT_PROVE = (
    "这不是 GB/T 38540 规定的电子签章（电子印章须使用认可的电子认证服务机构签发的 SM2 证书和经认证的设备）；"
    "是否构成《电子签名法》第十三条所说的可靠电子签名，本软件不作判断。"
)
IDENTITY_UNCHECKED = "签名人身份未经核实：没有提供可信根证书（pilotzone verify --trust 根证书.pem），证书中的姓名和单位只是证书自己写明的。"


def chinese_date(value: dt.date | dt.datetime | str | None) -> str:
    """「2026年12月1日」; an ISO string is parsed; anything unreadable is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return "" if value is None else str(value)
    day = parsed.astimezone() if isinstance(parsed, dt.datetime) and parsed.tzinfo else parsed
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_datetime(value: dt.datetime | str | None) -> str:
    """「2026年12月1日 11:02」 in the local time zone."""
    parsed = _parse(value)
    if not isinstance(parsed, dt.datetime):
        return chinese_date(value)
    local = parsed.astimezone() if parsed.tzinfo else parsed
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def _parse(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.datetime.fromisoformat(value) if "T" in value or " " in value else dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def short_hash(sha256: str) -> str:
    """The first 16 hex digits in groups of four: 「1a2b 3c4d 5e6f 7a8b」 (what the disc label prints)."""
    head = sha256[:16]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def human_size(size: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} 字节"


def stage_line(manifest: dict[str, Any]) -> str:
    """「正式稿，第 2 版，2026年12月1日」 / 「草稿（不得报送），第 1 版，…」 from what the manifest records."""
    stage = manifest.get("stage")
    parts = []
    if stage == "draft":
        parts.append("草稿（仅供内部审阅，不得报送）")
    elif stage in STAGES:
        parts.append(STAGES[stage])
    if isinstance(manifest.get("revision"), int):
        parts.append(f"第 {manifest['revision']} 版")
    when = manifest.get("version_date") or manifest.get("generated_at")
    if when:
        parts.append(chinese_date(when))
    return "，".join(parts)


def condition_title(condition: dict[str, Any]) -> str:
    """「1.1.2 专项政策制定及实施情况」 — the indicator's number and name, never its internal id."""
    code = str(condition.get("indicator_code") or "").strip()
    name = str(condition.get("name") or "").strip()
    return f"{code} {name}".strip() or "（未写明的条件）"


def signature_kind(signer: Any, manifest: dict[str, Any]) -> str:
    """What kind of signature this is: key storage and certificate (self-signed / issued by whom)."""
    recorded = (manifest.get("signer") or {}) if isinstance(manifest.get("signer"), dict) else {}
    storage = KEY_STORAGE.get(str(recorded.get("key_storage", "")), "软件密钥（本软件只使用证书文件中的密钥签名）")
    if signer is None:
        return storage
    if signer.self_signed:
        certificate = "自签名证书（签名人自己生成，没有任何机构为其身份作证）"
    else:
        issuer = getattr(signer, "issuer_common_name", "") or signer.issuer
        certificate = f"由“{issuer}”签发的证书（导入的机构证书）"
    return f"{storage}；{certificate}"
