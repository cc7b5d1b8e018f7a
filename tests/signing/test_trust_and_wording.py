"""Honest labels: what kind of signature was checked, what it proves and not; ``--trust ROOT.pem`` marks a chain to
a given root as trusted; reports use indicator numbers and Chinese dates, and a draft says it is one."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.cli import main as pilotzone
from app.export.submission import SignWith
from app.signing import identities
from app.signing.certs import load_trust_roots
from app.signing.errors import TrustRootUnreadable
from app.signing.verify import verify_package

from .conftest import PASSPHRASE, Exported, export_example

ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
INTERNAL_ID = re.compile(r"[a-z_]+\.[a-z_]+\.[a-z_]+")


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "测试")])


def _ca(tmp_path: Path, cn: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=10))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    pem = tmp_path / f"{cn}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, pem


@pytest.fixture
def organisation_identity(pilotzone_home: Path, tmp_path: Path) -> tuple[identities.Identity, Path]:
    """An identity whose certificate an organisation's CA issued (imported from a PKCS#12 with the chain)."""
    ca_key, ca_cert, ca_pem = _ca(tmp_path, "滨江市电子政务根证书")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    leaf = (x509.CertificateBuilder().subject_name(_name("李明")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = tmp_path / "李明.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"li", key, leaf, [ca_cert], serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    return identities.import_pkcs12(p12, passphrase=PASSPHRASE), ca_pem


def test_a_chain_to_the_given_root_is_trusted(organisation_identity, tmp_path: Path, monkeypatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    identity, root_pem = organisation_identity
    out = tmp_path / "机构签名.zip"
    export_example(out, sign_with=SignWith(identity.id, PASSPHRASE))
    untrusted = verify_package(out)
    assert untrusted.ok and untrusted.trusted is None
    assert "签名人身份未经核实" in "\n".join(untrusted.report_lines())
    assert "由“滨江市电子政务根证书”签发的证书" in "\n".join(untrusted.report_lines())

    trusted = verify_package(out, trust_roots=load_trust_roots(root_pem))
    assert trusted.ok and trusted.trusted is True
    assert "已验证到可信根证书“滨江市电子政务根证书”" in "\n".join(trusted.report_lines())

    _, _, other_pem = _ca(tmp_path, "另一个根证书")
    other = verify_package(out, trust_roots=load_trust_roots(other_pem))
    assert not other.ok and other.trusted is False
    assert any("不能验证到所给的可信根证书" in p for p in other.problems)

    assert pilotzone(["verify", str(out), "--trust", str(root_pem)]) == 0
    assert "已验证到可信根证书" in capsys.readouterr().out
    assert pilotzone(["verify", str(out), "--trust", str(other_pem)]) == 1
    capsys.readouterr()
    assert pilotzone(["verify", str(out), "--trust", str(other_pem), "--trust", str(root_pem)]) == 0


def test_a_self_signed_package_is_not_trusted_by_someone_elses_root(signed_package: Path, tmp_path: Path) -> None:
    _, _, root = _ca(tmp_path, "某根证书")
    verdict = verify_package(signed_package, trust_roots=load_trust_roots(root))
    assert verdict.trusted is False and not verdict.ok


def test_a_trust_root_that_is_no_certificate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "root.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n")
    with pytest.raises(TrustRootUnreadable, match="不是证书文件"):
        load_trust_roots(junk)
    assert pilotzone(["verify", "x.zip", "--trust", str(junk)]) == 2
    assert "不是证书文件" in capsys.readouterr().err


def test_report_says_what_the_signature_is_proves_and_does_not(signed_package: Path) -> None:
    report = "\n".join(verify_package(signed_package).report_lines())
    assert "软件密钥" in report and "自签名证书" in report
    assert "证明：从签名时起，清单所列的每个文件都没有被改动" in report
    assert "不是 GB/T 38540 规定的电子签章" in report and "《电子签名法》第十三条" in report
    assert "签名人身份未经核实" in report


def test_report_has_no_internal_ids_nor_iso_timestamps(signed_package: Path, exported: Exported,
                                                       tmp_path: Path) -> None:
    draft = tmp_path / "草稿.zip"
    draft.write_bytes(exported.draft_zip)
    for path in (signed_package, draft):
        report = "\n".join(verify_package(path).report_lines())
        assert not ISO_TIMESTAMP.search(report), report
        assert not INTERNAL_ID.search(report.replace("manifest.json", "")), INTERNAL_ID.search(report)
        assert re.search(r"生成时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}", report)
        assert "★ 2.1.1 5G网络覆盖率" in report


def test_an_unsigned_draft_says_so_and_counts_its_failing_conditions(exported: Exported, tmp_path: Path) -> None:
    draft = tmp_path / "草稿.zip"
    draft.write_bytes(exported.draft_zip)
    verdict = verify_package(draft)
    failing = [c for c in verdict.starred_conditions if c["passed"] is not True]
    assert len(failing) == 5 and verdict.stage == "draft"
    assert verdict.problem_count == 1 + 5                 # unsigned, and the five conditions as recorded
    assert verdict.headline == "验证未通过：发现 6 个问题（草稿）"
    report = "\n".join(verdict.report_lines())
    assert "版本：草稿（仅供内部审阅，不得报送）" in report and "1/6 项满足" in report
    assert "不可偏离条件未满足（按申报包记录）：★3.2.1 应用场景数量" in report
    data = json.loads(json.dumps(verdict.to_dict(), ensure_ascii=False))
    assert data["stage"] == "draft" and data["problem_count"] == 6 and len(data["condition_problems"]) == 5


def test_expired_or_not_yet_valid_or_wrong_passphrase_writes_nothing(pilotzone_home: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    """Through the real export: the identity is checked before anything is written."""
    from app.signing.errors import CertificateExpired, CertificateNotYetValid, WrongPassphrase

    from .conftest import make_cert, write_p12

    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    now = dt.datetime.now(dt.timezone.utc)
    cases = [(CertificateExpired, now - dt.timedelta(days=400), now - dt.timedelta(days=1), PASSPHRASE),
             (CertificateNotYetValid, now + dt.timedelta(days=5), now + dt.timedelta(days=400), PASSPHRASE),
             (WrongPassphrase, now - dt.timedelta(days=1), now + dt.timedelta(days=400), "not the passphrase")]
    for number, (error, start, end, passphrase) in enumerate(cases):
        key, cert = make_cert(name=f"期限{number}", not_before=start, not_after=end)
        identity = identities.import_pkcs12(write_p12(tmp_path / f"{number}.p12", key, cert, PASSPHRASE),
                                            passphrase=PASSPHRASE)
        for layout, out in (("zip", tmp_path / f"{number}.zip"), ("folder", tmp_path / f"盘{number}"),
                            ("iso", tmp_path / f"{number}.iso")):
            with pytest.raises(error):
                export_example(out, sign_with=SignWith(identity.id, passphrase), layout=layout)
            assert not out.exists()
    assert not list(tmp_path.glob("*光盘标签*")) and not list(tmp_path.glob(".*part"))
