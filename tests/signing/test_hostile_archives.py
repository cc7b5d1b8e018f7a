"""Hostile and malformed archives are refused; nothing is written outside temp."""

from __future__ import annotations

import hashlib
import os
import tempfile
import unicodedata
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.signing.archive import ArchiveLimits, member_name_problem, open_archive
from app.signing.errors import HostileArchive, NotAZipFile, PackageUnreadable
from app.signing.verify import verify_package

from .conftest import read_members


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package folder inside tmp_path; cwd and the temp dir are watched too."""
    pkg_dir = tmp_path / "packages" / "inbox"
    pkg_dir.mkdir(parents=True)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))

    yield pkg_dir
    fixed = {pkg_dir.parent, pkg_dir, cwd, private_tmp}
    leftovers = [
        p for p in tmp_path.rglob("*")
        if p not in fixed and not (p.parent == pkg_dir and p.suffix == ".zip")
    ]
    assert leftovers == [], f"files written outside the package: {leftovers}"
    assert not any(private_tmp.iterdir()), "temporary files were left behind"


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return path


def _refused(path: Path, *, limits: ArchiveLimits | None = None) -> str:
    with pytest.raises(HostileArchive) as err:
        verify_package(path, limits=limits) if limits else verify_package(path)
    message = str(err.value)
    assert message.startswith("拒绝处理该压缩包")
    return message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil", "路径穿越"),
        ("证明材料/../../evil", "路径穿越"),
        ("/etc/x", "绝对路径"),
        ("C:\\x", "绝对路径"),
        ("c:/windows/x", "绝对路径"),
        ("\\server\\share", "绝对路径"),
        ("..\\evil", "路径穿越"),
        ("证明材料\\附件.pdf", "反斜杠"),
        ("a//b", "不规范"),
        ("./a", "不规范"),
    ],
)
def test_bad_member_names_refused(sandbox: Path, name: str, expected: str) -> None:
    path = _zip(sandbox / "bad.zip", [("manifest.json", b"{}"), (zipfile.ZipInfo(name), b"owned")])
    message = _refused(path)
    assert expected in message
    assert name in message
    assert member_name_problem(name) is not None


def test_good_names_accepted() -> None:
    for name in ("manifest.json", "证明材料/附件1-专项政策文件.pdf", "a/b/c.txt", "证明材料/"):
        assert member_name_problem(name) is None, name


def test_symlink_entry_refused(sandbox: Path) -> None:
    link = zipfile.ZipInfo("证明材料/link.pdf")
    link.create_system = 3
    link.external_attr = (0o120777 << 16)
    path = _zip(sandbox / "link.zip", [("manifest.json", b"{}"), (link, b"/etc/passwd")])
    assert "符号链接" in _refused(path)


def test_duplicate_names_refused(sandbox: Path) -> None:
    path = _zip(sandbox / "dup.zip", [("manifest.json", b"{}"), ("a.pdf", b"1"), ("a.pdf", b"2")])
    assert "重复" in _refused(path)


def test_case_only_difference_refused(sandbox: Path) -> None:
    path = _zip(sandbox / "case.zip", [("manifest.json", b"{}"), ("Report.pdf", b"1"), ("report.PDF", b"2")])
    assert "大小写" in _refused(path)


def test_unicode_normalisation_difference_refused(sandbox: Path) -> None:
    nfc = unicodedata.normalize("NFC", "résumé.pdf")
    nfd = unicodedata.normalize("NFD", "résumé.pdf")
    assert nfc != nfd
    path = _zip(sandbox / "nfc.zip", [("manifest.json", b"{}"), (nfc, b"1"), (nfd, b"2")])
    assert "Unicode" in _refused(path)


def test_zip_bomb_refused(sandbox: Path) -> None:
    path = sandbox / "bomb.zip"
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        with zf.open("zeros.bin", "w") as dst:
            for _ in range(200):
                dst.write(chunk)
    assert path.stat().st_size < 1 << 20
    message = _refused(path)
    assert "压缩炸弹" in message and "zeros.bin" in message


def test_total_size_limit(sandbox: Path, signed_package_bytes: bytes) -> None:
    path = sandbox / "pkg.zip"
    path.write_bytes(signed_package_bytes)
    assert "总大小" in _refused(path, limits=ArchiveLimits(max_total_size=4096))


def test_oversized_member_refused(sandbox: Path, signed_package_bytes: bytes) -> None:
    path = sandbox / "pkg.zip"
    path.write_bytes(signed_package_bytes)
    message = _refused(path, limits=ArchiveLimits(max_member_size=3000))
    assert "过大" in message and "试点工作方案.pdf" in message


def test_too_many_entries_refused(sandbox: Path) -> None:
    path = _zip(sandbox / "many.zip", [(f"f{i}.txt", b"x") for i in range(30)])
    assert "成员数量过多" in _refused(path, limits=ArchiveLimits(max_entries=20))


def test_encrypted_member_refused(sandbox: Path) -> None:
    path = _zip(sandbox / "enc.zip", [("secret.txt", b"hidden")])
    raw = bytearray(path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = raw.find(signature)
        raw[at + flag_offset] |= 0x01
    path.write_bytes(bytes(raw))
    assert "已加密" in _refused(path)


def test_not_a_zip(sandbox: Path) -> None:
    text = sandbox / "notes.zip"
    text.write_text("这不是压缩包", encoding="utf-8")
    with pytest.raises(NotAZipFile, match="不是有效的 zip 压缩包"):
        verify_package(text)
    empty = sandbox / "empty.zip"
    empty.write_bytes(b"")
    with pytest.raises(NotAZipFile):
        verify_package(empty)
    with pytest.raises(PackageUnreadable, match="找不到文件"):
        verify_package(sandbox / "missing.zip")


def test_truncated_zip(sandbox: Path, signed_package_bytes: bytes) -> None:
    path = sandbox / "cut.zip"
    path.write_bytes(signed_package_bytes[: len(signed_package_bytes) // 2])
    with pytest.raises(NotAZipFile):
        verify_package(path)


def test_corrupted_compressed_data_named(sandbox: Path, signed_package_bytes: bytes) -> None:
    """Damage inside a member's compressed bytes (CRC failure) names the member."""
    path = sandbox / "pkg.zip"
    path.write_bytes(signed_package_bytes)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("试点工作方案.docx")
    assert info.compress_type == zipfile.ZIP_DEFLATED
    raw = bytearray(signed_package_bytes)
    header_len = 30 + len(info.filename.encode("utf-8")) + len(info.extra)
    raw[info.header_offset + header_len + info.compress_size // 2] ^= 0xFF
    path.write_bytes(bytes(raw))
    verdict = verify_package(path)
    assert not verdict.ok and verdict.changed == ["试点工作方案.docx"]
    assert any("已损坏" in p for p in verdict.problems)


def test_valid_package_verification_leaves_no_files(sandbox: Path, signed_package_bytes: bytes) -> None:
    path = sandbox / "pkg.zip"
    path.write_bytes(signed_package_bytes)
    before = sorted(os.listdir(sandbox))
    assert verify_package(path).ok
    assert sorted(os.listdir(sandbox)) == before


def test_open_archive_streams_members(sandbox: Path, signed_package_bytes: bytes) -> None:
    path = sandbox / "pkg.zip"
    path.write_bytes(signed_package_bytes)
    members = dict(read_members(path))
    with open_archive(path) as arc:
        size, digest = arc.hash_member("试点工作方案.docx")
    assert size == len(members["试点工作方案.docx"])
    assert digest == hashlib.sha256(members["试点工作方案.docx"]).hexdigest()
