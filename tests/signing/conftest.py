"""Fixtures for the signing tests: identities, certificates, sample packages.

Expensive things (key pairs, the signed sample package) are built once per
session in a private home folder; tests copy them into their own tmp_path.
"""

from __future__ import annotations

import datetime as dt
import io
import socket
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from reportlab.pdfgen import canvas

from app.signing import identities
from tests.conftest import _blocked_create_connection, _blocked_getaddrinfo, _GuardedSocket
from app.signing.identities import LoadedSigner
from app.signing.manifest import write_package

PASSPHRASE = "correct horse battery 电池"


def make_cert(
    *,
    name: str = "测试签名人",
    org: str = "某市工业和信息化局",
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A self-signed EC certificate with an arbitrary validity period."""
    now = dt.datetime.now(dt.timezone.utc)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - dt.timedelta(days=1))
        .not_valid_after(not_after or now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def write_p12(path: Path, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, passphrase: str) -> Path:
    enc = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"test", key, cert, None, enc))
    return path


def make_pdf(title: str = "试点工作方案", pages: int = 2) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(pages):
        c.drawString(72, 760, f"{title.encode('unicode_escape').decode()} page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


MANIFEST_FIELDS = {
    "dossier_id": "dossier-0001",
    "dossier_title": "某市“5G+工业互联网”融合应用先导区申报材料",
    "cities": ["某市"],
    "catalogue_edition": "2024",
    "app_version": "0.1.0",
    "finalised_version_hash": "ab" * 32,
    "starred_conditions": [
        {"indicator_id": "A1", "name": "5G 基站数量", "passed": True, "measured": "12000 个",
         "threshold": "≥ 10000 个", "gap": ""},
        {"indicator_id": "B3", "name": "工业互联网平台", "passed": False, "measured": "2 个",
         "threshold": "≥ 3 个", "gap": "差 1 个"},
    ],
}


def sample_files() -> dict[str, bytes]:
    return {
        "试点工作方案.pdf": make_pdf(),
        "试点工作方案.docx": b"PK\x03\x04 docx-like blob " + bytes(range(256)) * 8,
        "评审指标对照表.xlsx": b"PK\x03\x04 xlsx-like blob " + b"\x00\x01\x02" * 500,
        "证明材料/附件1-专项政策文件.pdf": make_pdf("附件1", pages=1),
        "证明材料/附件2-基站统计表.csv": "区县,基站数\n甲区,5000\n乙区,7000\n".encode("utf-8"),
        "证明材料/附件3-照片.jpg": bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(range(200)) * 20,
    }


def block_network(mp: pytest.MonkeyPatch) -> None:
    """Session fixtures run before the root conftest's per-test guard: apply it here too."""
    mp.setattr(socket, "socket", _GuardedSocket)
    mp.setattr(socket, "create_connection", _blocked_create_connection)
    mp.setattr(socket, "getaddrinfo", _blocked_getaddrinfo)


@dataclass(frozen=True)
class SessionIdentities:
    home: Path
    signer: LoadedSigner
    other: LoadedSigner


@pytest.fixture(scope="session")
def session_ids(tmp_path_factory: pytest.TempPathFactory) -> SessionIdentities:
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as mp:
        block_network(mp)
        mp.setenv("PILOTZONE_HOME", str(home))
        main = identities.create_self_signed(name="张三", organisation="某市工业和信息化局", passphrase=PASSPHRASE)
        other = identities.create_self_signed(name="李四", organisation="另一单位", passphrase=PASSPHRASE)
        return SessionIdentities(
            home=home,
            signer=identities.load_signer(main, PASSPHRASE),
            other=identities.load_signer(other, PASSPHRASE),
        )


@pytest.fixture(scope="session")
def signed_package_bytes(tmp_path_factory: pytest.TempPathFactory, session_ids: SessionIdentities) -> bytes:
    out = tmp_path_factory.mktemp("pkg") / "申报包.zip"
    with pytest.MonkeyPatch.context() as mp:
        block_network(mp)
        write_package(out, files=sample_files(), signer=session_ids.signer, signed_pdf="试点工作方案.pdf",
                      **MANIFEST_FIELDS)
    return out.read_bytes()


@pytest.fixture
def signed_package(tmp_path: Path, signed_package_bytes: bytes) -> Path:
    path = tmp_path / "申报包.zip"
    path.write_bytes(signed_package_bytes)
    return path


def read_members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_members(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


@pytest.fixture
def rezip(tmp_path: Path) -> Callable[[Path, Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]], Path]:
    """rezip(src, transform) → a new zip with transform(members) as content."""
    counter = iter(range(10_000))

    def run(src: Path, transform: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]) -> Path:
        return write_members(tmp_path / f"altered-{next(counter)}.zip", transform(read_members(src)))

    return run
