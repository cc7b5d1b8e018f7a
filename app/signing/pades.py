"""PAdES signatures on PDFs, with a visible signature block on the last page.

Public API::

    sign_pdf(pdf: bytes, signer: LoadedSigner, *, reason=..., location=None,
             box=None, field_name="Signature1", at=None, font_dirs=None) -> bytes
    verify_pdf(pdf: bytes | BinaryIO | path) -> PdfVerification

Signing is fully offline (``SigSeedSubFilter.PADES``, SHA-256, no timestamp
server, no OCSP/CRL). The visible block (signer name, organisation, date and
certificate fingerprint) is placed at the bottom right of the last page unless
``box=(x1, y1, x2, y2)`` is given; see :mod:`app.signing.stamp` for fonts.
"""

from __future__ import annotations

import binascii
import datetime as dt
import io
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle

from .certs import CertificateInfo, certificate_info
from .cms import offline_context
from .errors import PdfSigningFailed
from .identities import LoadedSigner
from .problem_words import problem
from .stamp import render_stamp

__all__ = ["PdfVerification", "sign_pdf", "verify_pdf", "STAMP_SIZE"]

log = logging.getLogger(__name__)

STAMP_SIZE = (250.0, 86.0)
_MARGIN = 36.0


class _PdfPageFromBytes(PdfContent):
    """Like pyHanko's ``ImportedPdfPage`` but from bytes (no temporary file)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        super().__init__()

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        name = b"/Stamp" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name + b" Do"


def _stamp_lines(info: CertificateInfo, when: dt.datetime) -> tuple[list[str], list[str]]:
    local = when.astimezone()
    fp = info.sha256[:16].upper()
    chinese = [
        "电子签名" + ("（自签名证书）" if info.self_signed else ""),
        f"签署人：{info.common_name}",
        f"单位：{info.organisation}",
        f"日期：{local:%Y年%m月%d日 %H:%M}",
        f"证书指纹：{fp}",
    ]
    def ascii_only(text: str) -> str:
        return text if text.isascii() else "(see signature properties)"
    latin = [
        "Digitally signed" + (" (self-signed)" if info.self_signed else ""),
        f"Signer: {ascii_only(info.common_name)}",
        f"Org.: {ascii_only(info.organisation)}",
        f"Date: {local:%Y-%m-%d %H:%M %z}",
        f"SHA-256: {fp}",
    ]
    return chinese, latin


_FOOTER_CLEARANCE = 35 * 72 / 25.4 + 6   # the 35 mm bottom margin, plus a little air


def _default_box(pdf: bytes) -> tuple[float, float, float, float]:
    reader = PdfFileReader(io.BytesIO(pdf))
    pages = reader.root["/Pages"]
    last = pages
    while last.get("/Type") != "/Page":  # walk down the page tree to the last leaf
        last = last["/Kids"][-1].get_object()
    x1, y1, x2, y2 = (float(v) for v in last["/MediaBox"])
    w, h = STAMP_SIZE
    right = max(x1, x2) - _MARGIN
    bottom = min(y1, y2) + _FOOTER_CLEARANCE   # above the page number 「— N —」 of a GB/T 9704 page
    return (right - w, bottom, right, bottom + h)


def sign_pdf(
    pdf: bytes,
    signer: LoadedSigner,
    *,
    reason: str = "申报材料签署",
    location: str | None = None,
    box: tuple[float, float, float, float] | None = None,
    field_name: str = "Signature1",
    at: dt.datetime | None = None,
    font_dirs: list[Path] | None = None,
) -> bytes:
    """Return ``pdf`` with a visible PAdES signature appended (incremental update)."""
    signer.check_validity(at=at)
    when = at or dt.datetime.now(dt.timezone.utc)
    try:
        rect = box or _default_box(pdf)
        chinese, latin = _stamp_lines(signer.info, when)
        stamp_pdf, font = render_stamp(
            chinese,
            width=rect[2] - rect[0],
            height=rect[3] - rect[1],
            fallback_lines=latin,
            search_dirs=font_dirs,
        )
        log.debug("signature block font: %s (covers Chinese: %s)", font.path.name, font.covers_text)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name,
            md_algorithm="sha256",
            subfilter=SigSeedSubFilter.PADES,
            reason=reason,
            location=location,
            name=signer.info.common_name or None,
        )
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer.pyhanko_signer,
            stamp_style=StaticStampStyle(background=_PdfPageFromBytes(stamp_pdf), border_width=0),
            new_field_spec=fields.SigFieldSpec(field_name, on_page=-1, box=rect),
        )
        out = io.BytesIO()
        pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises many types for bad PDFs
        log.debug("PDF signing failed: %r", exc)
        raise PdfSigningFailed(f"PDF 签名失败：文件可能已损坏或格式不受支持（{type(exc).__name__}）。") from exc
    return out.getvalue()




@dataclass
class PdfVerification:
    """Outcome of :func:`verify_pdf` (about the last signature in the file)."""

    signed: bool
    intact: bool = False
    covers_whole_document: bool = False
    signature_count: int = 0
    signer: CertificateInfo | None = None
    signing_time: dt.datetime | None = None
    explanation: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.covers_whole_document

    def to_dict(self) -> dict[str, Any]:
        return {
            "signed": self.signed,
            "intact": self.intact,
            "covers_whole_document": self.covers_whole_document,
            "signature_count": self.signature_count,
            "signer": self.signer.to_dict() if self.signer else None,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "explanation": self.explanation,
            "notes": list(self.notes),
        }


def verify_pdf(pdf: bytes | BinaryIO | str | os.PathLike[str]) -> PdfVerification:
    """Verify the PDF's signatures offline; never raises for bad input."""
    if isinstance(pdf, (str, os.PathLike)):
        with open(pdf, "rb") as fh:
            return verify_pdf(fh)
    stream: BinaryIO = io.BytesIO(pdf) if isinstance(pdf, (bytes, bytearray)) else pdf
    try:
        sigs = PdfFileReader(stream, strict=False).embedded_signatures
    except Exception as exc:  # noqa: BLE001
        log.debug("unreadable PDF: %r", exc)
        return PdfVerification(signed=False, explanation=problem("pdf_unreadable"))
    if not sigs:
        return PdfVerification(signed=False, explanation=problem("pdf_no_signature"))
    result = PdfVerification(signed=True, signature_count=len(sigs), intact=True)
    for idx, sig in enumerate(sigs):
        try:
            cert = sig.signer_cert
            status = validate_pdf_signature(
                sig, offline_context(cert), key_usage_settings=KeyUsageConstraints()
            )
        except Exception as exc:  # noqa: BLE001
            log.debug("PDF signature %d validation error: %r", idx, exc)
            result.intact = False
            result.explanation = problem("pdf_damaged")
            continue
        if not (status.intact and status.valid):
            result.intact = False
            result.explanation = problem("pdf_changed")
        if idx == len(sigs) - 1:
            result.signer = certificate_info(cert.dump())
            result.signing_time = status.signer_reported_dt
            result.covers_whole_document = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if result.intact and not result.covers_whole_document:
        result.explanation = problem("pdf_appended")
    if result.signer and result.signer.self_signed:
        result.notes.append(problem("pdf_self_signed"))
    return result
