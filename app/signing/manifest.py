"""The signed parts of a submission package, for the one package writer (``app.export.package``).

The writer calls, in this order:

1. ``pdf = sign_pdf(pdf_bytes, signer)``            → PAdES-signed PDF bytes
2. writes every member, recording ``{"path", "size", "sha256"}`` for each
3. ``manifest = build_manifest(..., members=members, signer=signer, signed_pdf="试点工作方案.pdf")``
4. ``data = encode_manifest(manifest)``; writes exactly these bytes as ``manifest.json``
5. ``p7s = sign_manifest(data, signer)``; writes it as ``manifest.json.p7s``

Signing raises ``CertificateExpired`` / ``CertificateNotYetValid`` (and ``PdfSigningFailed`` for a damaged
PDF). ``member_entry`` describes one member the way the manifest does (the tests forge members with it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from typing import Any

from .archive import member_name_problem
from .cms import sign_detached
from .identities import LoadedSigner
from .pades import sign_pdf as _sign_pdf
from .verify import FORMAT, FORMAT_VERSION, MANIFEST_NAME, SIGNATURE_NAME

__all__ = [
    "signer_entry",
    "member_entry",
    "build_manifest",
    "encode_manifest",
    "sign_manifest",
    "sign_pdf",
]

Content = bytes | str | os.PathLike[str]


def signer_entry(signer: LoadedSigner) -> dict[str, Any]:
    """The manifest's ``signer`` object for a loaded identity."""
    return {
        "name": signer.info.common_name,
        "organisation": signer.info.organisation,
        "certificate_sha256": signer.info.sha256,
        "self_signed": signer.info.self_signed,
        "key_storage": "software-pkcs12",       # the app signs only with keys kept in a PKCS#12 file
    }


def member_entry(path: str, content: Content) -> dict[str, Any]:
    """``{"path", "size", "sha256"}`` for bytes or a file (streamed in chunks)."""
    problem = member_name_problem(path)
    if problem or path in (MANIFEST_NAME, SIGNATURE_NAME):
        raise ValueError(f"不能使用该文件名：{problem or path}")
    digest = hashlib.sha256()
    if isinstance(content, bytes):
        digest.update(content)
        size = len(content)
    else:
        size = 0
        with open(content, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
    return {"path": path, "size": size, "sha256": digest.hexdigest()}


def build_manifest(
    *,
    dossier_id: str,
    dossier_title: str,
    cities: Sequence[str],
    catalogue_edition: str,
    app_version: str,
    finalised_version_hash: str,
    starred_conditions: Sequence[Mapping[str, Any]],
    members: Sequence[Mapping[str, Any]],
    signer: LoadedSigner | None = None,
    signed_pdf: str | None = None,
    generated_at: dt.datetime | None = None,
    stage: str | None = None,
    revision: int | None = None,
    version_date: dt.date | None = None,
) -> dict[str, Any]:
    """Assemble a format-1 manifest dict; ``stage`` ("final"/"draft"), ``revision`` and ``version_date`` (the
    date of the version the documents carry) are recorded when given."""
    when = (generated_at or dt.datetime.now().astimezone()).isoformat(timespec="seconds")
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "dossier_id": dossier_id,
        "dossier_title": dossier_title,
        "cities": list(cities),
        "catalogue_edition": catalogue_edition,
        "app_version": app_version,
        "generated_at": when,
        "finalised_version_hash": finalised_version_hash,
        "starred_conditions": [dict(c) for c in starred_conditions],
        "signer": signer_entry(signer) if signer else None,
        "signed_pdf": signed_pdf,
        "members": [dict(m) for m in members],
    } | {key: value for key, value in (("stage", stage), ("revision", revision),
                                       ("version_date", version_date.isoformat() if version_date else None))
         if value is not None}


def encode_manifest(manifest: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON bytes; these exact bytes are what ``manifest.json.p7s`` signs."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sign_manifest(manifest_bytes: bytes, signer: LoadedSigner) -> bytes:
    """Detached CMS (DER) over the exact manifest bytes → ``manifest.json.p7s``."""
    return sign_detached(manifest_bytes, signer)


def sign_pdf(pdf_bytes: bytes, signer: LoadedSigner, **options: Any) -> bytes:
    """PAdES-sign a PDF with a visible block on its last page (see :mod:`.pades`)."""
    return _sign_pdf(pdf_bytes, signer, **options)
