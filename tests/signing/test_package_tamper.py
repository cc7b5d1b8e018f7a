"""A signed package made by the real export path verifies; every kind of tampering is detected and named."""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app.signing import cms
from app.signing.manifest import encode_manifest, member_entry
from app.signing.verify import verify_package

from .conftest import SessionIdentities, read_members

Rezip = Callable[[Path, Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]], Path]
SIX = ["policy.special.special_policies", "infrastructure.private_network.coverage", "application.innovation.scenarios",
       "application.fiveg_factory.selected", "ecosystem.national_demo.titles", "site_visit.preparation.readiness"]


def _member_names(signed_package_bytes: bytes) -> list[str]:
    import io

    with zipfile.ZipFile(io.BytesIO(signed_package_bytes)) as zf:
        return zf.namelist()


def test_signed_package_verifies(signed_package: Path, session_ids: SessionIdentities) -> None:
    verdict = verify_package(signed_package)
    assert verdict.problems == [] and verdict.condition_problems == []
    assert verdict.ok and verdict.signed and verdict.signature_valid
    assert verdict.signer is not None and verdict.signer.sha256 == session_ids.signer.info.sha256
    assert verdict.signer.common_name == "张三" and verdict.signer.organisation == "某市工业和信息化局"
    assert verdict.signer.self_signed is True
    assert verdict.pdf is not None and verdict.pdf.ok
    assert [c["indicator_id"] for c in verdict.starred_conditions] == SIX
    report = "\n".join(verdict.report_lines())
    assert "验证通过" in report and "自签名" in report and "2.1.1 5G网络覆盖率" in report and "正式稿" in report
    assert verdict.to_dict()["ok"] is True
    json.dumps(verdict.to_dict(), ensure_ascii=False)  # serialisable for --json


def test_manifest_layout(signed_package: Path) -> None:
    with zipfile.ZipFile(signed_package) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert names[:3] == ["试点工作方案.pdf", "试点工作方案.docx", "评审指标对照表.xlsx"]
    assert names[-2:] == ["manifest.json", "manifest.json.p7s"]
    assert all(n.startswith("证明材料/附件") for n in names[3:-2]) and len(names) == 11
    assert manifest["format"] == "pilotzone-package" and manifest["format_version"] == 1
    assert [m["path"] for m in manifest["members"]] == names[:-2]
    assert manifest["signed_pdf"] == "试点工作方案.pdf" and manifest["stage"] == "final"
    assert manifest["signer"]["name"] == "张三" and manifest["signer"]["self_signed"] is True
    assert manifest["signer"]["key_storage"] == "software-pkcs12"
    assert [c["indicator_code"] for c in manifest["starred_conditions"]] == [
        "1.1.2", "2.1.1", "3.2.1", "3.3.1", "4.3.1", "6.1.1"]
    assert manifest["revision"] == 1 and manifest["version_date"]


def _positions(length: int, seed: str) -> list[int]:
    rng = random.Random(seed)
    return sorted({0, length // 2, length - 1, *(rng.randrange(length) for _ in range(3))})


def test_single_byte_change_in_every_member_is_detected(signed_package: Path, rezip: Rezip) -> None:
    """Start, middle, end and three random places of every member, the manifest and its signature included."""
    for member in _member_names(signed_package.read_bytes()):
        _flip_everywhere(signed_package, rezip, member)


def _flip_everywhere(signed_package: Path, rezip: Rezip, member: str) -> None:
    original = dict(read_members(signed_package))[member]
    for pos in _positions(len(original), member):

        def alter(members: list[tuple[str, bytes]], pos: int = pos) -> list[tuple[str, bytes]]:
            out = []
            for name, data in members:
                if name == member:
                    data = data[:pos] + bytes([data[pos] ^ 0x20]) + data[pos + 1 :]
                out.append((name, data))
            return out

        verdict = verify_package(rezip(signed_package, alter))
        assert not verdict.ok, f"change at byte {pos} of {member} not detected"
        text = " ".join(verdict.problems)
        if member.startswith("manifest.json"):
            assert "manifest.json" in text, verdict.problems
        else:
            assert verdict.changed == [member], (pos, verdict.problems)
            assert member in text


def test_member_added_is_named(signed_package: Path, rezip: Rezip) -> None:
    verdict = verify_package(rezip(signed_package, lambda m: [*m, ("证明材料/附件9-伪造.pdf", b"%PDF-fake")]))
    assert not verdict.ok and verdict.extra == ["证明材料/附件9-伪造.pdf"]
    assert any("附件9-伪造.pdf" in p and "压缩包中有" in p for p in verdict.problems)


def test_member_removed_is_named(signed_package: Path, rezip: Rezip, evidence: list[str]) -> None:
    gone = evidence[1]
    verdict = verify_package(rezip(signed_package, lambda m: [x for x in m if x[0] != gone]))
    assert not verdict.ok and verdict.missing == [gone]
    assert any(gone in p for p in verdict.problems)


def test_member_renamed_is_named(signed_package: Path, rezip: Rezip, evidence: list[str]) -> None:
    old = evidence[2]
    new = old.replace(".pdf", "（改）.pdf")
    verdict = verify_package(rezip(signed_package, lambda m: [((new if n == old else n), d) for n, d in m]))
    assert not verdict.ok and verdict.missing == [old] and verdict.extra == [new]


def test_signed_pdf_removed(signed_package: Path, rezip: Rezip) -> None:
    verdict = verify_package(rezip(signed_package, lambda m: [x for x in m if x[0] != "试点工作方案.pdf"]))
    assert not verdict.ok and verdict.missing == ["试点工作方案.pdf"]


def test_signature_from_another_key_is_detected(
    signed_package: Path, rezip: Rezip, session_ids: SessionIdentities
) -> None:
    def resign(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        manifest = dict(members)["manifest.json"]
        forged = cms.sign_detached(manifest, session_ids.other)
        return [(n, forged if n == "manifest.json.p7s" else d) for n, d in members]

    verdict = verify_package(rezip(signed_package, resign))
    assert not verdict.ok
    assert any("指纹" in p for p in verdict.problems), verdict.problems
    assert any("PDF 签名人" in p for p in verdict.problems), verdict.problems


def test_manifest_edited_is_detected(signed_package: Path, rezip: Rezip) -> None:
    def edit(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        out = []
        for name, data in members:
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["starred_conditions"][1]["measured"] = "99.99 个/万人"
                data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            out.append((name, data))
        return out

    verdict = verify_package(rezip(signed_package, edit))
    assert not verdict.ok
    assert any("manifest.json 的签名无效" in p for p in verdict.problems), verdict.problems


def test_consistently_forged_member_is_detected(signed_package: Path, rezip: Rezip, evidence: list[str]) -> None:
    """Change a file AND update its hash in the manifest: the signature catches it."""
    target = evidence[1]
    forged = b"%PDF-1.4 a different statistics table"

    def forge(members: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        out = []
        for name, data in members:
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["members"] = [member_entry(target, forged) if m["path"] == target else m
                                       for m in manifest["members"]]
                data = encode_manifest(manifest)
            elif name == target:
                data = forged
            out.append((name, data))
        return out

    verdict = verify_package(rezip(signed_package, forge))
    assert not verdict.ok and verdict.changed == []
    assert any("签名无效" in p for p in verdict.problems)


def test_unsigned_package_is_a_problem(signed_package: Path, rezip: Rezip) -> None:
    verdict = verify_package(rezip(signed_package, lambda m: [x for x in m if x[0] != "manifest.json.p7s"]))
    assert not verdict.ok and not verdict.signed
    assert any(p.startswith("未签名") for p in verdict.problems)


def test_unsigned_package_from_the_export(unsigned_package: Path) -> None:
    verdict = verify_package(unsigned_package)
    assert verdict.manifest is not None and verdict.manifest["signer"] is None and verdict.manifest["signed_pdf"] is None
    assert verdict.problems == ["未签名：压缩包中没有 manifest.json.p7s 签名文件，无法确认内容来源与完整性。"]
    assert not verdict.ok and verdict.missing == [] and verdict.changed == []
    assert verdict.headline == "验证未通过：发现 1 个问题（正式稿）"


def test_reordered_rezip_is_accepted(signed_package: Path, rezip: Rezip) -> None:
    reordered = rezip(signed_package, lambda m: list(reversed(m)))
    with zipfile.ZipFile(reordered) as zf:
        assert zf.namelist()[0] == "manifest.json.p7s" and zf.namelist()[-1] == "试点工作方案.pdf"
    verdict = verify_package(reordered)
    assert verdict.ok, verdict.problems


def test_stored_rezip_is_accepted(signed_package: Path, tmp_path: Path) -> None:
    members = read_members(signed_package)
    out = tmp_path / "stored.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    assert verify_package(out).ok
