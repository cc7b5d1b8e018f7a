"""Producing the signed parts of a submission package (for the exporter).

Simplest use — one call writes the whole package atomically::

    signer = identities.load_signer(identity, passphrase)
    manifest = write_package(
        "申报包.zip",
        files={"试点工作方案.pdf": pdf_bytes, "试点工作方案.docx": Path(...),
               "证明材料/附件1-专项政策文件.pdf": Path(...)},
        signer=signer,                 # None → unsigned package
        signed_pdf="试点工作方案.pdf",   # PAdES-signed inside the package
        dossier_id=..., dossier_title=..., cities=[...], catalogue_edition=...,
        app_version=..., finalised_version_hash=..., starred_conditions=[...],
    )

Building blocks, if the exporter writes the zip itself (in this order):

1. ``pdf = sign_pdf(pdf_bytes, signer)``           → PAdES-signed PDF bytes
2. ``members = [member_entry(path, content), ...]``  (every member except the
   manifest and its signature; ``content`` is bytes or a file path)
3. ``manifest = build_manifest(..., members=members, signer=signer,
   signed_pdf="试点工作方案.pdf")``
4. ``data = encode_manifest(manifest)``; write exactly these bytes as
   ``manifest.json``
5. ``p7s = sign_manifest(data, signer)``; write as ``manifest.json.p7s``

Signing raises ``CertificateExpired`` / ``CertificateNotYetValid`` (and
``PdfSigningFailed`` for a damaged PDF); member names are checked with the
same rules the verifier applies (``ValueError`` with a Chinese message).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
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
    "write_package",
]

Content = bytes | str | os.PathLike[str]


def signer_entry(signer: LoadedSigner) -> dict[str, Any]:
    """The manifest's ``signer`` object for a loaded identity."""
    return {
        "name": signer.info.common_name,
        "organisation": signer.info.organisation,
        "certificate_sha256": signer.info.sha256,
        "self_signed": signer.info.self_signed,
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
) -> dict[str, Any]:
    """Assemble a format-1 manifest dict."""
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
    }


def encode_manifest(manifest: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON bytes; these exact bytes are what ``manifest.json.p7s`` signs."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sign_manifest(manifest_bytes: bytes, signer: LoadedSigner) -> bytes:
    """Detached CMS (DER) over the exact manifest bytes → ``manifest.json.p7s``."""
    return sign_detached(manifest_bytes, signer)


def sign_pdf(pdf_bytes: bytes, signer: LoadedSigner, **options: Any) -> bytes:
    """PAdES-sign a PDF with a visible block on its last page (see :mod:`.pades`)."""
    return _sign_pdf(pdf_bytes, signer, **options)


def write_package(
    out_path: str | os.PathLike[str],
    *,
    files: Mapping[str, Content],
    signer: LoadedSigner | None = None,
    signed_pdf: str | None = None,
    **manifest_fields: Any,
) -> dict[str, Any]:
    """Write a complete package atomically; returns the manifest written.

    ``manifest_fields`` are the keyword arguments of :func:`build_manifest`
    other than ``members``, ``signer`` and ``signed_pdf``.
    """
    folded: dict[str, str] = {}
    for name in files:
        key = unicodedata.normalize("NFC", name).casefold()
        if key in folded:
            raise ValueError(f"文件名“{name}”与“{folded[key]}”冲突（仅大小写或写法不同）。")
        folded[key] = name
    if signed_pdf is not None and signed_pdf not in files:
        raise ValueError(f"要签名的 PDF“{signed_pdf}”不在文件列表中。")
    if signed_pdf is not None and signer is None:
        raise ValueError("没有签名身份，无法对 PDF 签名。")
    contents: dict[str, Content] = dict(files)
    if signer is not None and signed_pdf is not None:
        raw = contents[signed_pdf]
        pdf = raw if isinstance(raw, bytes) else Path(raw).read_bytes()
        contents[signed_pdf] = sign_pdf(pdf, signer)
    members = [member_entry(name, content) for name, content in contents.items()]
    manifest = build_manifest(members=members, signer=signer, signed_pdf=signed_pdf, **manifest_fields)
    data = encode_manifest(manifest)
    p7s = sign_manifest(data, signer) if signer is not None else None

    target = Path(out_path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST_NAME, data)
            if p7s is not None:
                zf.writestr(SIGNATURE_NAME, p7s)
            for name, content in contents.items():
                if isinstance(content, bytes):
                    zf.writestr(name, content)
                else:
                    zf.write(content, arcname=name)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return manifest
