"""Certificate facts shown to the user, and the validity-period check.

:class:`CertificateInfo` is the one description of a certificate used by the
identity store, the CMS and PAdES verifiers and the package verdict: subject
common name and organisation, validity period, whether it is self-signed and
its SHA-256 fingerprint (lower-case hex of the DER encoding).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path
from dataclasses import asdict, dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from app.errors import os_reason
from app.files import check_regular_file
from app.translatable import datetime_phrase

from .errors import CertificateExpired, CertificateNotYetValid, TrustRootUnreadable

__all__ = [
    "CertificateInfo",
    "certificate_info",
    "check_validity",
    "format_time",
    "is_self_signed",
    "load_trust_roots",
]


def format_time(moment: dt.datetime) -> str:
    """An aware datetime in the local time zone, the way a Chinese reader writes it: 「2025年3月1日 09:30」
    (a phrase: 2025-03-01 09:30 in the English UI)."""
    return datetime_phrase(moment.astimezone())


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def is_self_signed(cert: x509.Certificate) -> bool:
    """True when the certificate is its own issuer and its signature checks out."""
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except Exception:  # noqa: BLE001 - any failure means "not self-signed"
        return False
    return True


@dataclass(frozen=True)
class CertificateInfo:
    """What the user needs to know about a signer certificate."""

    common_name: str
    organisation: str
    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    sha256: str
    serial: str
    issuer_common_name: str = ""

    def is_valid_at(self, moment: dt.datetime | None = None) -> bool:
        moment = moment or dt.datetime.now(dt.timezone.utc)
        return self.not_before <= moment <= self.not_after

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["not_before"] = self.not_before.isoformat()
        data["not_after"] = self.not_after.isoformat()
        return data

    def describe(self) -> list[str]:
        """Chinese lines describing the certificate."""
        lines = [
            f"签名人：{self.common_name or '（未写明）'}",
            f"单位：{self.organisation or '（未写明）'}",
            f"证书主题：{self.subject}",
            f"有效期：{format_time(self.not_before)} 至 {format_time(self.not_after)}",
            "证书类型：自签名证书（未经第三方认证机构签发，只能说明签名人自称的身份）"
            if self.self_signed
            else f"证书类型：由“{self.issuer_common_name or self.issuer}”签发",
            f"证书 SHA-256 指纹：{self.sha256}",
        ]
        return lines


def certificate_info(cert: x509.Certificate | bytes) -> CertificateInfo:
    """Describe a certificate given as a ``cryptography`` object or DER bytes."""
    if isinstance(cert, (bytes, bytearray)):
        cert = x509.load_der_x509_certificate(bytes(cert))
    der = cert.public_bytes(Encoding.DER)
    return CertificateInfo(
        common_name=_name_attr(cert.subject, NameOID.COMMON_NAME),
        organisation=_name_attr(cert.subject, NameOID.ORGANIZATION_NAME),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=is_self_signed(cert),
        sha256=hashlib.sha256(der).hexdigest(),
        serial=format(cert.serial_number, "x"),
        issuer_common_name=_name_attr(cert.issuer, NameOID.COMMON_NAME),
    )


def load_trust_roots(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """The certificates of a PEM (one or several) or DER file the reader trusts as roots (``--trust``)."""
    try:
        check_regular_file(path)        # a pipe or a device would be read for ever
        data = Path(path).read_bytes()
    except OSError as exc:
        raise TrustRootUnreadable(f"无法读取可信根证书文件“{path}”：{os_reason(exc)}。") from exc
    try:
        certs = x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data else [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise TrustRootUnreadable(f"“{path}”不是证书文件（应为 PEM 或 DER 格式的 X.509 证书）。") from exc
    return certs


def check_validity(info: CertificateInfo, *, at: dt.datetime | None = None) -> None:
    """Raise if the certificate cannot be used for signing at ``at`` (default now)."""
    moment = at or dt.datetime.now(dt.timezone.utc)
    period = f"有效期 {format_time(info.not_before)} 至 {format_time(info.not_after)}"
    if moment < info.not_before:
        raise CertificateNotYetValid(
            f"证书“{info.common_name}”尚未生效：要到 {format_time(info.not_before)} 才能使用"
            f"（{period}）。请检查电脑时间，或换用已生效的证书。"
        )
    if moment > info.not_after:
        raise CertificateExpired(
            f"证书“{info.common_name}”已于 {format_time(info.not_after)} 过期"
            f"（{period}），不能再用于签名。请换用有效的证书。"
        )

