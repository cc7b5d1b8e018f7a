"""Signing identities kept in the user's data folder.

Layout (``<home>`` is ``$PILOTZONE_HOME`` if set, else
``app.paths.user_data_dir()``)::

    <home>/identities/<id>.p12    encrypted PKCS#12 (PBES2, SHA-256, AES-256-CBC)
    <home>/identities/<id>.json   public metadata (no secrets)

``<id>`` is the first 16 hex digits of the certificate's SHA-256 fingerprint.
Private keys exist on disk only inside the encrypted PKCS#12 container; they
are never written unencrypted, not even to a temporary file. Passphrases are
never logged or stored (see :class:`PassphraseCache` for an opt-in, in-memory,
per-session cache).

Public API::

    data_home() -> Path
    create_self_signed(*, name, organisation, passphrase, valid_days=730, key_type="ec") -> Identity
    import_pkcs12(path, *, passphrase, store_passphrase=None, display_name=None) -> Identity
    list_identities() -> list[Identity]
    get_identity(id_or_name) -> Identity
    delete_identity(identity) -> None
    load_signer(identity, passphrase) -> LoadedSigner
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.keys.internal import (
    translate_pyca_cryptography_cert_to_asn1,
    translate_pyca_cryptography_key_to_asn1,
)
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.errors import os_reason
from app.files import atomic_write_bytes, check_regular_file
from app.paths import user_data_dir

from .certs import CertificateInfo, certificate_info, check_validity
from .passphrase_cache import PassphraseCache
from .errors import (
    AmbiguousIdentity,
    IdentityExists,
    IdentityNotFound,
    InvalidIdentityDetails,
    InvalidPkcs12,
    WeakPassphrase,
    WrongPassphrase,
)

__all__ = [
    "Identity",
    "LoadedSigner",
    "PassphraseCache",
    "MIN_PASSPHRASE_LENGTH",
    "data_home",
    "identities_dir",
    "create_self_signed",
    "import_pkcs12",
    "list_identities",
    "get_identity",
    "delete_identity",
    "load_signer",
]

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 8
_KDF_ROUNDS = 200_000


def data_home() -> Path:
    """The user's pilotzone data folder (``$PILOTZONE_HOME`` wins): the same one as every other user file."""
    return user_data_dir()


def identities_dir(*, create: bool = False) -> Path:
    folder = data_home() / "identities"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            folder.chmod(0o700)
        except OSError:  # pragma: no cover - e.g. on some Windows file systems
            pass
    return folder


@dataclass(frozen=True)
class Identity:
    """Public metadata of a stored signing identity."""

    id: str
    display_name: str
    organisation: str
    subject: str
    certificate_sha256: str
    not_before: str
    not_after: str
    self_signed: bool
    created: str
    key_type: str

    @property
    def p12_path(self) -> Path:
        return identities_dir() / f"{self.id}.p12"

    @property
    def not_after_dt(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.not_after)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class LoadedSigner:
    """A decrypted identity, ready for :mod:`app.signing.cms` / :mod:`app.signing.pades`.

    Lives in memory only. ``check_validity()`` raises
    :class:`~app.signing.errors.CertificateExpired` /
    :class:`~app.signing.errors.CertificateNotYetValid`.
    """

    identity: Identity
    certificate: x509.Certificate
    info: CertificateInfo
    pyhanko_signer: SimpleSigner

    def check_validity(self, *, at: dt.datetime | None = None) -> None:
        check_validity(self.info, at=at)

    def __repr__(self) -> str:  # never show key material
        return f"LoadedSigner(identity={self.identity.id!r}, cn={self.info.common_name!r})"


# --------------------------------------------------------------------- storage


def _encryption(passphrase: str) -> serialization.KeySerializationEncryption:
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def _require_storable(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"口令太短：保存私钥的口令至少需要 {MIN_PASSPHRASE_LENGTH} 个字符。"
        )


def _write_atomic(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data, mode=0o600)


def _store(
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    cert: x509.Certificate,
    extra_certs: list[x509.Certificate],
    *,
    passphrase: str,
    display_name: str,
    key_type: str,
) -> Identity:
    info = certificate_info(cert)
    ident = Identity(
        id=info.sha256[:16],
        display_name=display_name,
        organisation=info.organisation,
        subject=info.subject,
        certificate_sha256=info.sha256,
        not_before=info.not_before.isoformat(),
        not_after=info.not_after.isoformat(),
        self_signed=info.self_signed,
        created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        key_type=key_type,
    )
    folder = identities_dir(create=True)
    if (folder / f"{ident.id}.json").exists():
        raise IdentityExists(f"该证书已保存为签名身份“{display_name}”（编号 {ident.id}），无需重复导入。")
    blob = pkcs12.serialize_key_and_certificates(
        display_name.encode("utf-8"), key, cert, extra_certs or None, _encryption(passphrase)
    )
    _write_atomic(folder / f"{ident.id}.p12", blob)
    meta = json.dumps(ident.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    _write_atomic(folder / f"{ident.id}.json", meta)
    log.info("stored signing identity %s (%s)", ident.id, ident.subject)
    return ident


def _key_type(key: object) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return f"EC-{key.curve.name}"
    raise InvalidPkcs12("不支持该证书的密钥类型：只支持 RSA 和椭圆曲线（EC）密钥。")


MAX_VALID_DAYS = 36500          # a hundred years: far beyond any use, well inside what a certificate's date holds
MAX_NAME_CHARS = 64             # X.509's upper bound for a common name and an organisation name (RFC 5280)


def _certificate_text(label: str, text: str) -> str:
    """``text`` stripped, or ``InvalidIdentityDetails``: empty, longer than a certificate holds, or holding a
    character no document can show (it would be drawn in the signature block of the PDF)."""
    import unicodedata

    text = text.strip()
    if not text:
        raise InvalidIdentityDetails(f"{label}不能为空。")
    if len(text) > MAX_NAME_CHARS:
        raise InvalidIdentityDetails(f"{label}最多 {MAX_NAME_CHARS} 个字符（证书的限制），现有 {len(text)} 个。")
    for index, char in enumerate(text, start=1):
        if unicodedata.category(char) in ("Cc", "Cs"):
            raise InvalidIdentityDetails(f"{label}含有不可见的控制字符或无效字符（U+{ord(char):04X}，第 {index} 个字符），"
                                         "请删除后重新输入。")
    return text


def create_self_signed(
    *,
    name: str,
    organisation: str,
    passphrase: str,
    valid_days: int = 730,
    key_type: Literal["ec", "rsa"] = "ec",
    rsa_bits: int = 3072,
) -> Identity:
    """Create a key pair and a self-signed certificate (CN=name, O=organisation)."""
    name = _certificate_text("签名人姓名", name)
    organisation = _certificate_text("单位名称", organisation)
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise InvalidIdentityDetails(f"有效天数应在 1 到 {MAX_VALID_DAYS} 之间（现为 {valid_days}）。")
    _require_storable(passphrase)
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    if key_type == "rsa":
        key = rsa.generate_private_key(public_exponent=65537, key_size=rsa_bits)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _store(key, cert, [], passphrase=passphrase, display_name=name, key_type=_key_type(key))


def _load_p12(data: bytes, passphrase: str) -> tuple[object, x509.Certificate | None, list[x509.Certificate]]:
    try:
        asn1_pkcs12.Pfx.load(data)["auth_safe"].native  # structural check only
    except Exception as exc:  # noqa: BLE001 - any parse failure means "not a p12"
        raise InvalidPkcs12("该文件不是有效的 PKCS#12 证书文件（.p12 / .pfx）。") from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise WrongPassphrase() from exc
    return key, cert, list(extra)


def import_pkcs12(
    path: str | os.PathLike[str],
    *,
    passphrase: str,
    store_passphrase: str | None = None,
    display_name: str | None = None,
) -> Identity:
    """Import a .p12/.pfx; it is re-encrypted for storage under ``store_passphrase``
    (default: the same passphrase)."""
    try:
        check_regular_file(path)        # a pipe or a device would be read for ever
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidPkcs12(f"无法读取证书文件“{path}”：{os_reason(exc)}。") from exc
    key, cert, extra = _load_p12(data, passphrase)
    if key is None or cert is None:
        raise InvalidPkcs12("证书文件中没有私钥或签名证书，无法用于签名。")
    kind = _key_type(key)
    target = passphrase if store_passphrase is None else store_passphrase
    _require_storable(target)
    info = certificate_info(cert)
    return _store(
        key,  # type: ignore[arg-type]
        cert,
        extra,
        passphrase=target,
        display_name=(display_name or info.common_name or info.subject).strip(),
        key_type=kind,
    )


def list_identities() -> list[Identity]:
    """All stored identities, sorted by display name."""
    folder = identities_dir()
    if not folder.is_dir():
        return []
    found: list[Identity] = []
    for meta in sorted(folder.glob("*.json")):
        try:
            raw = json.loads(meta.read_text(encoding="utf-8"))
            ident = Identity(**{f: raw[f] for f in Identity.__dataclass_fields__})
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("ignoring unreadable identity metadata %s", meta.name)
            continue
        if ident.p12_path.is_file():
            found.append(ident)
    return sorted(found, key=lambda i: (i.display_name, i.id))


def get_identity(id_or_name: str) -> Identity:
    """Find an identity by id, unique id prefix, fingerprint or display name."""
    wanted = id_or_name.strip()
    idents = list_identities()
    for ident in idents:
        if wanted in (ident.id, ident.certificate_sha256):
            return ident
    by_name = [i for i in idents if i.display_name == wanted]
    if not by_name and len(wanted) >= 4:
        by_name = [i for i in idents if i.id.startswith(wanted.lower())]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        ids = "、".join(i.id for i in by_name)
        raise AmbiguousIdentity(f"有多个签名身份名为“{wanted}”（编号 {ids}），请用编号指定。")
    raise IdentityNotFound(f"找不到签名身份“{wanted}”。")


def delete_identity(identity: Identity) -> None:
    """Remove a stored identity (its key container and metadata)."""
    folder = identities_dir()
    for suffix in (".p12", ".json"):
        (folder / f"{identity.id}{suffix}").unlink(missing_ok=True)


def load_signer(identity: Identity | str, passphrase: str) -> LoadedSigner:
    """Decrypt a stored identity into memory; wrong passphrase → WrongPassphrase."""
    ident = identity if isinstance(identity, Identity) else get_identity(identity)
    try:
        data = ident.p12_path.read_bytes()
    except OSError as exc:
        raise IdentityNotFound(f"签名身份“{ident.display_name}”的密钥文件不存在或无法读取。") from exc
    key, cert, extra = _load_p12(data, passphrase)
    if key is None or cert is None:
        raise InvalidPkcs12("保存的密钥文件已损坏：缺少私钥或证书。")
    registry = SimpleCertificateStore()
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in extra])
    signer = SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=registry,
    )
    return LoadedSigner(identity=ident, certificate=cert, info=certificate_info(cert), pyhanko_signer=signer)
