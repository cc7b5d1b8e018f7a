"""Detached CMS (PKCS#7) signatures over bytes, e.g. ``manifest.json.p7s``.

Public API::

    sign_detached(data: bytes, signer: LoadedSigner, *, at=None) -> bytes   # DER
    verify_detached(data: bytes, signature: bytes) -> CmsVerification

The signature is SHA-256, with the signer certificate embedded. Verification
runs offline: the validation context trusts only the embedded signer
certificate and never fetches anything (no OCSP / CRL / AIA). Its purpose is
integrity ("has anything changed since signing?") and telling *who* signed;
a self-signed certificate is accepted but reported as self-signed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from collections.abc import Sequence

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.sign.general import extract_certificate_info
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import CertificateValidator, ValidationContext

from app.translatable import Joined

from .certs import CertificateInfo, certificate_info, format_time
from .identities import LoadedSigner
from .problem_words import problem

__all__ = ["CmsVerification", "sign_detached", "verify_detached", "offline_context"]

log = logging.getLogger(__name__)


def offline_context(trust_root: Any) -> ValidationContext:
    """A validation context that trusts one certificate and never goes online."""
    return ValidationContext(trust_roots=[trust_root], allow_fetching=False)


@dataclass
class CmsVerification:
    """Outcome of :func:`verify_detached`.

    ``intact`` is True only if the data is exactly what was signed and the
    signature value checks out against the embedded signer certificate.
    """

    intact: bool
    signer: CertificateInfo | None = None
    signing_time: dt.datetime | None = None
    explanation: str = ""
    notes: list[str] = field(default_factory=list)
    trusted: bool | None = None          # None: no trusted root was given; else whether the chain reaches one
    trust_explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "intact": self.intact,
            "trusted": self.trusted,
            "trust_explanation": self.trust_explanation,
            "signer": self.signer.to_dict() if self.signer else None,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "explanation": self.explanation,
            "notes": list(self.notes),
        }


def sign_detached(data: bytes, signer: LoadedSigner, *, at: dt.datetime | None = None) -> bytes:
    """Return a DER-encoded detached CMS signature over ``data``.

    Raises CertificateExpired / CertificateNotYetValid if the signer's
    certificate is not valid at ``at`` (default: now).
    """
    signer.check_validity(at=at)
    when = (at or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    content_info = asyncio.run(
        signer.pyhanko_signer.async_sign_general_data(
            bytes(data),
            "sha256",
            detached=True,
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=when),
        )
    )
    log.debug("created detached CMS signature (%d data bytes)", len(data))
    return bytes(content_info.dump())


def _parse(signature: bytes) -> cms.SignedData:
    """Parse strictly: exactly the shape :func:`sign_detached` produces.

    Fields outside the signed attributes (CMS versions, the digest algorithm
    set, unsigned attributes) are not protected by the signature value, so a
    lenient parser would accept a modified ``.p7s`` as valid. We require one
    signer, SHA-256, CMS v1, no unsigned attributes and no CRLs; the embedded
    certificate is pinned by the caller (the manifest records its fingerprint).
    """
    raw = bytes(signature)
    content_info = cms.ContentInfo.load(raw, strict=True)
    if content_info["content_type"].native != "signed_data":
        raise ValueError("not signed data")
    signed_data = content_info["content"]
    signer_infos = signed_data["signer_infos"]
    if len(signer_infos) != 1:
        raise ValueError("expected exactly one signer")
    signer_info = signer_infos[0]
    if signed_data["encap_content_info"]["content"].native is not None:
        raise ValueError("not a detached signature")
    if signed_data["version"].native != "v1" or signer_info["version"].native != "v1":
        raise ValueError("unexpected CMS version")
    digests = [a["algorithm"].native for a in signed_data["digest_algorithms"]]
    if digests != ["sha256"] or signer_info["digest_algorithm"]["algorithm"].native != "sha256":
        raise ValueError("unexpected digest algorithm")
    if signer_info["unsigned_attrs"].native is not None or signed_data["crls"].native is not None:
        raise ValueError("unexpected unsigned data")
    content_info.native  # force a full parse of every field  # noqa: B018
    return signed_data


def verify_detached(data: bytes, signature: bytes, *, trust_roots: Sequence[x509.Certificate] = ()) -> CmsVerification:
    """Check a detached CMS signature over ``data``; never raises for bad input.

    With ``trust_roots`` (the reader's own, e.g. an organisation's CA), also whether the signer's certificate
    chains to one of them (``trusted``), offline: the certificates carried in the signature are the only
    intermediates, and revocation is not checked (nothing is fetched).
    """
    try:
        signed_data = _parse(signature)
        signer_cert = extract_certificate_info(signed_data).signer_cert
    except Exception as exc:  # noqa: BLE001 - any malformed input is "not intact"
        log.debug("unparseable CMS signature: %s", type(exc).__name__)
        return CmsVerification(
            intact=False,
            explanation=problem("cms_unreadable"),
        )
    try:
        info = certificate_info(signer_cert.dump())
    except Exception:  # noqa: BLE001
        return CmsVerification(intact=False, explanation=problem("cms_certificate"))
    try:
        status = asyncio.run(
            async_validate_detached_cms(
                bytes(data),
                signed_data,
                signer_validation_context=offline_context(signer_cert),
                key_usage_settings=KeyUsageConstraints(),
            )
        )
    except Exception as exc:  # noqa: BLE001
        log.debug("CMS validation error: %s", type(exc).__name__)
        return CmsVerification(intact=False, signer=info, explanation=problem("cms_error"))

    signing_time = status.signer_reported_dt
    result = CmsVerification(intact=bool(status.intact and status.valid), signer=info, signing_time=signing_time)
    if not status.intact:
        result.explanation = problem("cms_changed")
    elif not status.valid:
        result.explanation = problem("cms_value")
    if info.self_signed:
        result.notes.append(problem("cms_self_signed"))
    if signing_time is not None and not (info.not_before <= signing_time <= info.not_after):
        result.notes.append(problem("cms_time", when=format_time(signing_time)))
    elif dt.datetime.now(dt.timezone.utc) > info.not_after:
        result.notes.append(problem("cms_expired", when=format_time(info.not_after)))
    if trust_roots:
        result.trusted, result.trust_explanation = _chain_to_roots(signed_data, signer_cert, trust_roots,
                                                                   signing_time)
    return result


def _chain_to_roots(signed_data: cms.SignedData, signer_cert: Any, roots: Sequence[x509.Certificate],
                    at: dt.datetime | None) -> tuple[bool, str]:
    anchors = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in roots]
    carried = [c.chosen for c in (signed_data["certificates"] or []) if c.name == "certificate"]
    context = ValidationContext(trust_roots=anchors, other_certs=carried, allow_fetching=False,
                                revocation_mode="soft-fail", moment=at)
    names = Joined(certificate_info(c).common_name or certificate_info(c).subject for c in roots)
    try:
        path = asyncio.run(CertificateValidator(signer_cert, carried, validation_context=context)
                           .async_validate_usage(set()))
    except Exception as exc:  # noqa: BLE001 - any failure means "not shown to chain to the given roots"
        log.debug("chain validation failed: %s", type(exc).__name__)
        return False, problem("untrusted", names=names)
    root = path.first.subject.native.get("common_name", "") if path is not None else ""
    return True, problem("trusted", root=root or names)
