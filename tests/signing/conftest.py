"""Fixtures for the signing tests: identities, certificates, and packages made by the real export path.

Every package the signing and verification tests check is written by the one export use-case
(``app.export.submission.export_submission`` → ``app.export.package.build_package``) from the binjiang example
(imported with ``import_exchange``, as the app does): signed and unsigned zips, a folder, an ISO image, and
the qingling draft.  Expensive things (key pairs, the exports) are made once per session in a private home
folder; tests copy them into their own tmp_path before changing anything.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
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

PASSPHRASE = "correct horse battery 电池"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


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


@dataclass(frozen=True)
class Exported:
    """The binjiang example exported once per session by the real export use-case, in every layout."""

    signed_zip: bytes
    unsigned_zip: bytes
    draft_zip: bytes               # qingling-draft, unsigned draft: five starred conditions fail
    folder: Path                   # signed, a folder as for a USB stick (copy it before changing it)
    iso: bytes                     # signed, an ISO disc image
    label: Path                    # the folder's label PDF
    manifest_sha256: str           # of the folder's manifest.json


def export_example(out: Path, *, name: str = "binjiang", final: bool = True, sign_with=None,
                   layout: str = "zip"):
    """``app.export.submission.export_submission`` on an example imported into a .pzd (as the app does)."""
    from app.export.submission import export_submission
    from app.models.catalogue import load_catalogue
    from app.models.storage.exchange_import import import_exchange

    pzd = out.parent / f".{out.name}.{name}.pzd"
    dossier_file = import_exchange(EXAMPLES / f"{name}.json", pzd, author="测试")
    try:
        return export_submission(dossier_file.session, load_catalogue(), out, final=final, file=dossier_file,
                                 sign_with=sign_with, layout=layout)
    finally:
        dossier_file.close()


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory, session_ids: SessionIdentities) -> Exported:
    from app.export.submission import SignWith

    folder = tmp_path_factory.mktemp("exported")
    sign = SignWith(session_ids.signer.identity.id, PASSPHRASE)
    with pytest.MonkeyPatch.context() as mp:
        block_network(mp)
        mp.setenv("PILOTZONE_HOME", str(session_ids.home))
        mp.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
        export_example(folder / "signed.zip", sign_with=sign)
        export_example(folder / "unsigned.zip")
        export_example(folder / "draft.zip", name="qingling-draft", final=False)
        on_stick = export_example(folder / "滨江市申报材料", sign_with=sign, layout="folder")
        export_example(folder / "滨江市申报光盘.iso", sign_with=sign, layout="iso")
    return Exported((folder / "signed.zip").read_bytes(), (folder / "unsigned.zip").read_bytes(),
                    (folder / "draft.zip").read_bytes(), on_stick.package.path,
                    (folder / "滨江市申报光盘.iso").read_bytes(), on_stick.package.label,
                    on_stick.package.manifest_sha256)


@pytest.fixture(scope="session")
def evidence(exported: Exported) -> list[str]:
    """The evidence files' names in the packages (证明材料/附件N-…), in order."""
    import json

    manifest = json.loads((exported.folder / "manifest.json").read_text("utf-8"))
    return [m["path"] for m in manifest["members"] if m["path"].startswith("证明材料/")]


@pytest.fixture(scope="session")
def signed_package_bytes(exported: Exported) -> bytes:
    return exported.signed_zip


@pytest.fixture
def signed_package(tmp_path: Path, signed_package_bytes: bytes) -> Path:
    path = tmp_path / "申报包.zip"
    path.write_bytes(signed_package_bytes)
    return path


@pytest.fixture
def unsigned_package(tmp_path: Path, exported: Exported) -> Path:
    path = tmp_path / "未签名.zip"
    path.write_bytes(exported.unsigned_zip)
    return path


@pytest.fixture
def package_folder(tmp_path: Path, exported: Exported) -> Path:
    """A copy of the signed folder export, as a stick or mounted disc would hold it."""
    return Path(shutil.copytree(exported.folder, tmp_path / "U盘" / exported.folder.name))


@pytest.fixture
def package_iso(tmp_path: Path, exported: Exported) -> Path:
    path = tmp_path / "申报光盘.iso"
    path.write_bytes(exported.iso)
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
