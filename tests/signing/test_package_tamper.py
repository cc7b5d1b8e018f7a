"""A signed sample package verifies; every kind of tampering is detected and named."""

from __future__ import annotations

import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app.signing import cms
from app.signing.verify import verify_package
from app.signing.manifest import (
    build_manifest,
    encode_manifest,
    member_entry,
    sign_manifest,
    sign_pdf,
    write_package,
)

from .conftest import MANIFEST_FIELDS, SessionIdentities, read_members, sample_files, write_members

Rezip = Callable[[Path, Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]], Path]
MEMBER_NAMES = ["manifest.json", "manifest.json.p7s", *sample_files()]


def test_signed_package_verifies(signed_package: Path, session_ids: SessionIdentities) -> None:
    verdict = verify_package(signed_package)
    assert verdict.problems == []
    assert verdict.ok and verdict.signed
    assert verdict.signer is not None and verdict.signer.sha256 == session_ids.signer.info.sha256
    assert verdict.signer.common_name == "张三" and verdict.signer.organisation == "某市工业和信息化局"
    assert verdict.signer.self_signed is True
    assert verdict.pdf is not None and verdict.pdf.ok
    assert [c["indicator_id"] for c in verdict.starred_conditions] == ["A1", "B3"]
    report = "\n".join(verdict.report_lines())
    assert "验证通过" in report and "自签名" in report and "5G 基站数量" in report and "未通过" in report
    assert verdict.to_dict()["ok"] is True
    json.dumps(verdict.to_dict(), ensure_ascii=False)  # serialisable for --json


def test_manifest_layout(signed_package: Path) -> None:
    with zipfile.ZipFile(signed_package) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
    assert names[:2] == ["manifest.json", "manifest.json.p7s"]
    assert manifest["format"] == "pilotzone-package" and manifest["format_version"] == 1
    assert {m["path"] for m in manifest["members"]} == set(sample_files())
    assert manifest["signed_pdf"] == "试点工作方案.pdf"
    assert manifest["signer"]["name"] == "张三" and manifest["signer"]["self_signed"] is True


def _positions(length: int, seed: str) -> list[int]:
    rng = random.Random(seed)
    return sorted({0, length // 2, length - 1, *(rng.randrange(length) for _ in range(3))})


@pytest.mark.parametrize("member", MEMBER_NAMES)
def test_single_byte_change_in_every_member_is_detected(signed_package: Path, rezip: Rezip, member: str) -> None:
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
    assert any("附件9-伪造.pdf" in p for p in verdict.problems)


def test_member_removed_is_named(signed_package: Path, rezip: Rezip) -> None:
    gone = "证明材料/附件2-基站统计表.csv"
    verdict = verify_package(rezip(signed_package, lambda m: [x for x in m if x[0] != gone]))
    assert not verdict.ok and verdict.missing == [gone]
    assert any(gone in p for p in verdict.problems)


def test_member_renamed_is_named(signed_package: Path, rezip: Rezip) -> None:
    old, new = "证明材料/附件3-照片.jpg", "证明材料/附件3-照片-改.jpg"
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
                manifest["starred_conditions"][1]["passed"] = True
                data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            out.append((name, data))
        return out

    verdict = verify_package(rezip(signed_package, edit))
    assert not verdict.ok
    assert any("manifest.json 的签名无效" in p for p in verdict.problems), verdict.problems


def test_consistently_forged_member_is_detected(signed_package: Path, rezip: Rezip) -> None:
    """Change a file AND update its hash in the manifest: the signature catches it."""
    target = "证明材料/附件2-基站统计表.csv"
    forged = "区县,基站数\n甲区,9000\n乙区,9000\n".encode("utf-8")

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


def test_unsigned_package_written_without_signer(tmp_path: Path) -> None:
    out = tmp_path / "unsigned.zip"
    manifest = write_package(out, files=sample_files(), **MANIFEST_FIELDS)
    assert manifest["signer"] is None and manifest["signed_pdf"] is None
    verdict = verify_package(out)
    assert verdict.problems == ["未签名：压缩包中没有 manifest.json.p7s 签名文件，无法确认内容来源与完整性。"]
    assert not verdict.ok and verdict.missing == [] and verdict.changed == []


def test_reordered_rezip_is_accepted(signed_package: Path, rezip: Rezip) -> None:
    reordered = rezip(signed_package, lambda m: list(reversed(m)))
    with zipfile.ZipFile(reordered) as zf:
        assert zf.namelist()[-1] == "manifest.json"
    verdict = verify_package(reordered)
    assert verdict.ok, verdict.problems


def test_stored_rezip_is_accepted(signed_package: Path, tmp_path: Path) -> None:
    members = read_members(signed_package)
    out = tmp_path / "stored.zip"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    assert verify_package(out).ok


def test_manual_building_blocks(tmp_path: Path, session_ids: SessionIdentities) -> None:
    """The step-by-step exporter API produces a package that verifies."""
    signer = session_ids.signer
    files = sample_files()
    files["试点工作方案.pdf"] = sign_pdf(files["试点工作方案.pdf"], signer)
    members = [member_entry(name, data) for name, data in files.items()]
    manifest = build_manifest(members=members, signer=signer, signed_pdf="试点工作方案.pdf", **MANIFEST_FIELDS)
    data = encode_manifest(manifest)
    write_members(tmp_path / "manual.zip",
                  [("manifest.json", data), ("manifest.json.p7s", sign_manifest(data, signer)), *files.items()])
    assert verify_package(tmp_path / "manual.zip").ok


def test_writer_refuses_bad_names(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_package(tmp_path / "x.zip", files={"../evil.pdf": b"x"}, **MANIFEST_FIELDS)
    with pytest.raises(ValueError):
        write_package(tmp_path / "x.zip", files={"A.pdf": b"x", "a.pdf": b"y"}, **MANIFEST_FIELDS)
    assert not (tmp_path / "x.zip").exists()
