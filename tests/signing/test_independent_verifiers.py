"""Independent verifiers accept the packages the real export writes — OpenSSL for the manifest's CMS signature,
poppler's pdfsig for the plan's PAdES signature — in a zip, a folder and an ISO image (skipped where the tools
are missing); and they reject a changed manifest or PDF, as ours does."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pycdlib
import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from .conftest import Exported, SessionIdentities

OPENSSL = shutil.which("openssl")
PDFSIG = shutil.which("pdfsig")


def _members(exported: Exported, kind: str, tmp_path: Path) -> dict[str, bytes]:
    """manifest.json, its signature and the plan PDF as written in one layout."""
    wanted = ("manifest.json", "manifest.json.p7s", "试点工作方案.pdf")
    if kind == "zip":
        path = tmp_path / "p.zip"
        path.write_bytes(exported.signed_zip)
        with zipfile.ZipFile(path) as zf:
            return {n: zf.read(n) for n in wanted}
    if kind == "folder":
        return {n: (exported.folder / n).read_bytes() for n in wanted}
    path = tmp_path / "p.iso"
    path.write_bytes(exported.iso)
    image = pycdlib.PyCdlib()
    image.open(str(path))
    try:
        out = {}
        for name in wanted:
            with image.open_file_from_iso(joliet_path="/" + name) as fh:
                out[name] = fh.read()
        return out
    finally:
        image.close()


def _openssl_verify(folder: Path, manifest: bytes, signature: bytes, signer_pem: Path) -> subprocess.CompletedProcess:
    (folder / "manifest.json").write_bytes(manifest)
    (folder / "manifest.json.p7s").write_bytes(signature)
    return subprocess.run([OPENSSL, "cms", "-verify", "-binary", "-inform", "DER", "-in", str(folder / "manifest.json.p7s"),
                           "-content", str(folder / "manifest.json"), "-CAfile", str(signer_pem), "-purpose", "any",
                           "-out", str(folder / "out.bin")], capture_output=True, text=True)


@pytest.mark.skipif(OPENSSL is None, reason="openssl not installed")
@pytest.mark.parametrize("kind", ["zip", "folder", "iso"])
def test_openssl_verifies_the_manifest_signature(kind: str, exported: Exported, session_ids: SessionIdentities,
                                                 tmp_path: Path) -> None:
    members = _members(exported, kind, tmp_path)
    signer_pem = tmp_path / "signer.pem"
    signer_pem.write_bytes(session_ids.signer.certificate.public_bytes(Encoding.PEM))
    good = _openssl_verify(tmp_path, members["manifest.json"], members["manifest.json.p7s"], signer_pem)
    assert good.returncode == 0 and "Verification successful" in good.stderr, good.stderr
    assert (tmp_path / "out.bin").read_bytes() == members["manifest.json"]
    changed = members["manifest.json"].replace("滨江市".encode(), "江滨市".encode(), 1)
    bad = _openssl_verify(tmp_path, changed, members["manifest.json.p7s"], signer_pem)
    assert bad.returncode != 0


@pytest.mark.skipif(PDFSIG is None, reason="pdfsig (poppler-utils) not installed")
@pytest.mark.parametrize("kind", ["zip", "folder", "iso"])
def test_pdfsig_verifies_the_plan_signature(kind: str, exported: Exported, tmp_path: Path) -> None:
    pdf = _members(exported, kind, tmp_path)["试点工作方案.pdf"]
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([PDFSIG, str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out, out
    assert "Signer Certificate Common Name: 张三" in out
    damaged = bytearray(pdf)
    damaged[len(pdf) // 3] ^= 0x01
    path.write_bytes(bytes(damaged))
    assert "Signature is Valid" not in subprocess.run([PDFSIG, str(path)], capture_output=True, text=True).stdout
