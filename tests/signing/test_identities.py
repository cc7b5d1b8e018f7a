"""Identity store: create, import, list, passphrases, validity, key protection."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from app.signing import cms, identities, pades
from app.signing.errors import (
    CertificateExpired,
    CertificateNotYetValid,
    IdentityExists,
    IdentityNotFound,
    InvalidPkcs12,
    WeakPassphrase,
    WrongPassphrase,
)

from .conftest import PASSPHRASE, make_cert, make_pdf, write_p12


def test_data_home_follows_env(pilotzone_home: Path) -> None:
    assert identities.data_home() == pilotzone_home
    assert identities.list_identities() == []


def test_create_list_get_and_load(pilotzone_home: Path) -> None:
    ident = identities.create_self_signed(name="王五", organisation="某市工信局", passphrase=PASSPHRASE)
    assert ident.self_signed is True
    assert ident.subject == "O=某市工信局,CN=王五"
    assert (pilotzone_home / "identities" / f"{ident.id}.p12").is_file()
    meta = json.loads((pilotzone_home / "identities" / f"{ident.id}.json").read_text("utf-8"))
    assert meta["certificate_sha256"] == ident.certificate_sha256
    assert meta["display_name"] == "王五" and meta["organisation"] == "某市工信局"
    assert dt.datetime.fromisoformat(meta["not_after"]) > dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=700)

    assert [i.id for i in identities.list_identities()] == [ident.id]
    assert identities.get_identity("王五") == ident
    assert identities.get_identity(ident.id) == ident
    assert identities.get_identity(ident.certificate_sha256) == ident
    with pytest.raises(IdentityNotFound, match="找不到签名身份"):
        identities.get_identity("赵六")

    signer = identities.load_signer(ident, PASSPHRASE)
    assert signer.info.common_name == "王五"
    assert signer.info.sha256 == ident.certificate_sha256
    assert "PRIVATE" not in repr(signer)


def test_rsa_identity(pilotzone_home: Path) -> None:
    ident = identities.create_self_signed(
        name="RSA 用户", organisation="测试", passphrase=PASSPHRASE, key_type="rsa", rsa_bits=2048
    )
    assert ident.key_type == "RSA-2048"
    signer = identities.load_signer(ident, PASSPHRASE)
    assert cms.verify_detached(b"data", cms.sign_detached(b"data", signer)).intact


def test_wrong_passphrase_on_load(pilotzone_home: Path) -> None:
    ident = identities.create_self_signed(name="王五", organisation="某市工信局", passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="口令不正确"):
        identities.load_signer(ident, "not the passphrase")


def test_short_passphrase_refused(pilotzone_home: Path) -> None:
    with pytest.raises(WeakPassphrase, match="口令太短"):
        identities.create_self_signed(name="王五", organisation="某市工信局", passphrase="short")
    assert identities.list_identities() == []


def test_private_key_never_stored_unencrypted(pilotzone_home: Path, tmp_path: Path) -> None:
    key, cert = make_cert(name="导入者")
    src = write_p12(tmp_path / "in.p12", key, cert, PASSPHRASE)
    identities.create_self_signed(name="王五", organisation="某市工信局", passphrase=PASSPHRASE)
    identities.import_pkcs12(src, passphrase=PASSPHRASE)
    stored = sorted((pilotzone_home / "identities").glob("*.p12"))
    assert len(stored) == 2
    for p12 in stored:
        data = p12.read_bytes()
        with pytest.raises(ValueError):
            pkcs12.load_key_and_certificates(data, None)
        with pytest.raises(ValueError):
            pkcs12.load_key_and_certificates(data, b"")
        key_back, cert_back, _ = pkcs12.load_key_and_certificates(data, PASSPHRASE.encode())
        assert key_back is not None and cert_back is not None
    for path in pilotzone_home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"PRIVATE KEY" not in content, path
            assert b"BEGIN" not in content, path


def test_import_pkcs12(pilotzone_home: Path, tmp_path: Path) -> None:
    key, cert = make_cert(name="导入者", org="导入单位")
    src = write_p12(tmp_path / "in.p12", key, cert, PASSPHRASE)
    ident = identities.import_pkcs12(src, passphrase=PASSPHRASE)
    assert ident.display_name == "导入者" and ident.organisation == "导入单位"
    assert ident.self_signed is True
    # re-encrypted for storage under the same passphrase
    signer = identities.load_signer(ident, PASSPHRASE)
    assert signer.info.sha256 == ident.certificate_sha256
    with pytest.raises(IdentityExists):
        identities.import_pkcs12(src, passphrase=PASSPHRASE)


def test_import_with_new_store_passphrase(pilotzone_home: Path, tmp_path: Path) -> None:
    key, cert = make_cert()
    src = write_p12(tmp_path / "in.p12", key, cert, "original-pass")
    ident = identities.import_pkcs12(src, passphrase="original-pass", store_passphrase="new-store-pass")
    with pytest.raises(WrongPassphrase):
        identities.load_signer(ident, "original-pass")
    assert identities.load_signer(ident, "new-store-pass").info.sha256 == ident.certificate_sha256


def test_import_wrong_passphrase(pilotzone_home: Path, tmp_path: Path) -> None:
    key, cert = make_cert()
    src = write_p12(tmp_path / "in.p12", key, cert, PASSPHRASE)
    with pytest.raises(WrongPassphrase) as err:
        identities.import_pkcs12(src, passphrase="wrong passphrase")
    assert str(err.value).startswith("口令不正确")
    assert identities.list_identities() == []


def test_import_not_a_p12(pilotzone_home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"this is not a certificate")
    with pytest.raises(InvalidPkcs12, match="不是有效的 PKCS#12"):
        identities.import_pkcs12(junk, passphrase=PASSPHRASE)
    with pytest.raises(InvalidPkcs12, match="无法读取"):
        identities.import_pkcs12(tmp_path / "missing.p12", passphrase=PASSPHRASE)


def _import_with_period(tmp_path: Path, not_before: dt.datetime, not_after: dt.datetime) -> identities.LoadedSigner:
    key, cert = make_cert(name="期限测试", not_before=not_before, not_after=not_after)
    ident = identities.import_pkcs12(write_p12(tmp_path / "c.p12", key, cert, PASSPHRASE), passphrase=PASSPHRASE)
    return identities.load_signer(ident, PASSPHRASE)


def test_expired_certificate_cannot_sign(pilotzone_home: Path, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    expired_at = now - dt.timedelta(days=3)
    signer = _import_with_period(tmp_path, now - dt.timedelta(days=400), expired_at)
    with pytest.raises(CertificateExpired) as err:
        cms.sign_detached(b"manifest", signer)
    assert "过期" in str(err.value)
    local = expired_at.astimezone()
    assert f"{local.year}年{local.month}月{local.day}日" in str(err.value)
    with pytest.raises(CertificateExpired):
        pades.sign_pdf(make_pdf(), signer)


def test_not_yet_valid_certificate_cannot_sign(pilotzone_home: Path, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    starts = now + dt.timedelta(days=10)
    signer = _import_with_period(tmp_path, starts, now + dt.timedelta(days=400))
    with pytest.raises(CertificateNotYetValid) as err:
        cms.sign_detached(b"manifest", signer)
    assert "尚未生效" in str(err.value)
    local = starts.astimezone()
    assert f"{local.year}年{local.month}月{local.day}日" in str(err.value)
    with pytest.raises(CertificateNotYetValid):
        pades.sign_pdf(make_pdf(), signer)


def test_passphrase_cache() -> None:
    cache = identities.PassphraseCache()
    assert cache.get("abc") is None
    cache.remember("abc", "secret-value")
    assert cache.get("abc") == "secret-value" and "abc" in cache
    assert "secret-value" not in repr(cache)
    cache.forget("abc")
    assert cache.get("abc") is None
    cache.remember("x", "y")
    cache.clear()
    assert "x" not in cache
    expiring = identities.PassphraseCache(ttl_seconds=0.0)
    expiring.remember("abc", "secret-value")
    assert expiring.get("abc") is None


def test_signature_made_while_valid_still_verifies_after_expiry(pilotzone_home: Path, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    signer = _import_with_period(tmp_path, now - dt.timedelta(days=30), now - dt.timedelta(days=1))
    signed_at = now - dt.timedelta(days=5)
    sig = cms.sign_detached(b"manifest", signer, at=signed_at)
    result = cms.verify_detached(b"manifest", sig)
    assert result.intact
    assert result.signing_time is not None and abs((result.signing_time - signed_at).total_seconds()) < 2
    assert any("过期" in note for note in result.notes)
