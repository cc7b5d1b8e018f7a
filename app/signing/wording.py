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

The words a screen shows are phrases (``app.signing.verify_words``): the same Chinese in documents and on the
command line, the UI's language in the verify dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.translatable import date_phrase, datetime_phrase

from .verify_words import joined, words

STAGES = ("final", "draft")
KEY_STORAGE = {"software-pkcs12": "software_key"}       # what the manifest records -> its words (verify_words)


def chinese_date(value: dt.date | dt.datetime | str | None) -> str:
    """「2026年12月1日」; an ISO string is parsed; anything unreadable is shown as it is."""
    parsed = _parse(value)
    if parsed is None:
        return "" if value is None else str(value)
    day = parsed.astimezone() if isinstance(parsed, dt.datetime) and parsed.tzinfo else parsed
    return date_phrase(day)


def chinese_datetime(value: dt.datetime | str | None) -> str:
    """「2026年12月1日 11:02」 in the local time zone."""
    parsed = _parse(value)
    if not isinstance(parsed, dt.datetime):
        return chinese_date(value)
    local = parsed.astimezone() if parsed.tzinfo else parsed
    return datetime_phrase(local)


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
        parts.append(words("draft_internal"))
    elif stage in STAGES:
        parts.append(words(stage))
    if isinstance(manifest.get("revision"), int):
        parts.append(words("revision", n=manifest["revision"]))
    when = manifest.get("version_date") or manifest.get("generated_at")
    if when:
        parts.append(chinese_date(when))
    return joined(parts, "comma")


def condition_title(condition: dict[str, Any]) -> str:
    """「1.1.2 专项政策制定及实施情况」 — the indicator's number and name, never its internal id."""
    code = str(condition.get("indicator_code") or "").strip()
    name = str(condition.get("name") or "").strip()
    return f"{code} {name}".strip() or words("unnamed_condition")


def signature_kind(signer: Any, manifest: dict[str, Any]) -> str:
    """What kind of signature this is: key storage and certificate (self-signed / issued by whom)."""
    recorded = (manifest.get("signer") or {}) if isinstance(manifest.get("signer"), dict) else {}
    storage = words(KEY_STORAGE.get(str(recorded.get("key_storage", "")), "key_unrecorded"))
    if signer is None:
        return storage
    if signer.self_signed:
        certificate = words("self_signed")
    else:
        issuer = getattr(signer, "issuer_common_name", "") or signer.issuer
        certificate = words("issued", issuer=issuer)
    return words("storage_and_certificate", storage=storage, certificate=certificate)
