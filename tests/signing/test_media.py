"""Read-back verification of a folder (a USB stick, a mounted disc) and of an ISO image, both made by the real
export: they verify; one byte changed, a file removed, a file added are each reported; Chinese names survive
the ISO round trip; hostile folders and images are refused."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pycdlib
import pytest

from app.signing.archive import ArchiveLimits
from app.signing.errors import HostileArchive, PackageUnreadable
from app.signing.verify import verify_package

from .conftest import Exported


def _evidence_names(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in (folder / "证明材料").iterdir())


# -- a folder -------------------------------------------------------------------------------------------
def test_folder_export_verifies(package_folder: Path) -> None:
    verdict = verify_package(package_folder)
    assert verdict.ok and verdict.kind == "folder", verdict.problems
    names = {m["path"] for m in verdict.manifest["members"]}
    assert "00-目录.pdf" in names                                # the table of contents is signed like the rest
    assert {p.relative_to(package_folder).as_posix() for p in package_folder.rglob("*") if p.is_file()} == \
        names | {"manifest.json", "manifest.json.p7s"}


def test_folder_one_byte_changed_is_reported(package_folder: Path) -> None:
    for name in ["00-目录.pdf", "试点工作方案.pdf", *_evidence_names(package_folder)]:
        path = package_folder / name
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        verdict = verify_package(package_folder)
        assert not verdict.ok and verdict.changed == [name], (name, verdict.problems)
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    assert verify_package(package_folder).ok


def test_folder_file_removed_and_added_are_reported(package_folder: Path) -> None:
    gone = _evidence_names(package_folder)[1]
    (package_folder / gone).unlink()
    (package_folder / "证明材料" / "附件7-补充材料.pdf").write_bytes(b"%PDF-1.4 not in the manifest")
    verdict = verify_package(package_folder)
    assert verdict.missing == [gone] and verdict.extra == ["证明材料/附件7-补充材料.pdf"]
    assert any(f"缺少文件“{gone}”：清单中列出，但文件夹中没有" in p for p in verdict.problems)


def test_manifest_edited_on_the_stick_is_reported(package_folder: Path) -> None:
    manifest = package_folder / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace("滨江市".encode(), "江滨市".encode(), 1))
    verdict = verify_package(package_folder)
    assert not verdict.ok and any("manifest.json 的签名无效" in p for p in verdict.problems)


def test_system_files_are_ignored_not_read(package_folder: Path) -> None:
    (package_folder / ".DS_Store").write_bytes(b"\0" * 10)
    (package_folder / "证明材料" / "Thumbs.db").write_bytes(b"\0")
    (package_folder / "System Volume Information").mkdir()
    (package_folder / "System Volume Information" / "IndexerVolumeGuid").write_bytes(b"x")
    verdict = verify_package(package_folder)
    assert verdict.ok, verdict.problems
    assert verdict.ignored == [".DS_Store", "System Volume Information", "证明材料/Thumbs.db"]
    assert any("已忽略操作系统生成的文件" in w for w in verdict.warnings)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_folder_with_a_symlink_is_refused(package_folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the verifier")
    os.symlink(secret, package_folder / "证明材料" / "附件9-链接.pdf")
    os.symlink(tmp_path, package_folder / "外部文件夹")
    with pytest.raises(HostileArchive) as refused:
        verify_package(package_folder)
    message = str(refused.value)
    assert message.startswith("拒绝处理该文件夹") and "附件9-链接.pdf" in message and "外部文件夹" in message
    assert "符号链接" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_folder_with_a_pipe_is_refused(package_folder: Path) -> None:
    os.mkfifo(package_folder / "证明材料" / "附件9-管道.pdf")
    with pytest.raises(HostileArchive, match="不是普通文件"):
        verify_package(package_folder)


def test_folder_names_equal_after_case_folding_are_refused(package_folder: Path) -> None:
    (package_folder / "Manifest.JSON").write_bytes(b"{}")
    if len(list(package_folder.glob("[Mm]anifest.[jJ]*"))) < 2:
        pytest.skip("the file system folds case")
    with pytest.raises(HostileArchive, match="仅大小写"):
        verify_package(package_folder)


def test_folder_limits(package_folder: Path) -> None:
    with pytest.raises(HostileArchive, match="过大"):
        verify_package(package_folder, limits=ArchiveLimits(max_member_size=20_000))
    with pytest.raises(HostileArchive, match="总大小"):
        verify_package(package_folder, limits=ArchiveLimits(max_total_size=100_000))
    with pytest.raises(HostileArchive, match="文件数量过多"):
        verify_package(package_folder, limits=ArchiveLimits(max_entries=5))
    deep = package_folder.joinpath(*["层"] * 14)
    deep.mkdir(parents=True)
    with pytest.raises(HostileArchive, match="嵌套过深"):
        verify_package(package_folder)


def test_a_folder_that_is_no_package(tmp_path: Path) -> None:
    (tmp_path / "笔记.txt").write_text("hello")
    with pytest.raises(PackageUnreadable, match="中没有 manifest.json，也没有申报包"):
        verify_package(tmp_path)


# -- an ISO image ---------------------------------------------------------------------------------------
def _read_iso(path: Path) -> pycdlib.PyCdlib:
    image = pycdlib.PyCdlib()
    image.open(str(path))
    return image


def test_iso_round_trip_keeps_chinese_names_and_label(package_iso: Path, exported: Exported) -> None:
    image = _read_iso(package_iso)
    try:
        names = sorted(f"{root.rstrip('/')}/{name}".lstrip("/")
                       for root, _dirs, files in image.walk(joliet_path="/") for name in files)
        label = image.joliet_vd.volume_identifier.decode("utf-16_be").strip()
        ascii_label = image.pvd.volume_identifier.decode().strip()
    finally:
        image.close()
    on_stick = sorted(p.relative_to(exported.folder).as_posix() for p in exported.folder.rglob("*") if p.is_file())
    assert names == on_stick and any(len(n.split("/")[-1].encode()) > 64 for n in names)  # pycdlib's own limit
    assert label.startswith("滨江市_20") and len(label) == len("滨江市_20261201")
    assert ascii_label.startswith("PILOTZONE_20")


def test_iso_export_verifies(package_iso: Path) -> None:
    verdict = verify_package(package_iso)
    assert verdict.ok and verdict.kind == "iso", verdict.problems
    assert "光盘映像 ISO" in verdict.report_lines()[0]


def test_iso_one_byte_changed_is_reported(package_iso: Path, evidence: list[str]) -> None:
    image = _read_iso(package_iso)
    target = evidence[1]
    record = image.get_record(joliet_path="/" + target)
    offset = record.extent_location() * 2048 + record.get_data_length() // 2
    image.close()
    data = bytearray(package_iso.read_bytes())
    data[offset] ^= 0x01
    package_iso.write_bytes(bytes(data))
    verdict = verify_package(package_iso)
    assert not verdict.ok and verdict.changed == [target]


def _rewrite(path: Path, change) -> Path:
    image = _read_iso(path)
    change(image)
    out = path.with_name("改过的.iso")
    image.write(str(out))
    image.close()
    return out


def test_iso_file_removed_is_reported(package_iso: Path, evidence: list[str]) -> None:
    target = evidence[4]

    def remove(image: pycdlib.PyCdlib) -> None:
        record = image.get_record(joliet_path="/" + target)
        iso_name = image.full_path_from_dirrecord(
            next(r for r in image.list_children(iso_path="/D001") if r.extent_location() == record.extent_location()))
        image.rm_file(iso_path=iso_name, joliet_path="/" + target)

    verdict = verify_package(_rewrite(package_iso, remove))
    assert not verdict.ok and verdict.missing == [target]
    assert any("光盘映像中没有" in p for p in verdict.problems)


def test_iso_file_added_is_reported(package_iso: Path) -> None:
    forged = b"%PDF-1.4 forged"

    def add(image: pycdlib.PyCdlib) -> None:
        image.add_fp(io.BytesIO(forged), len(forged), "/D001/X.PDF;1", joliet_path="/证明材料/附件9-补充.pdf")

    verdict = verify_package(_rewrite(package_iso, add))
    assert not verdict.ok and verdict.extra == ["证明材料/附件9-补充.pdf"]


def test_iso_file_only_in_the_iso9660_names_is_reported(package_iso: Path) -> None:
    """A file a Windows reader (Joliet) would not see but an old system would: still an extra file."""
    hidden = b"%PDF-1.4 only visible without Joliet"

    def add(image: pycdlib.PyCdlib) -> None:
        image.add_fp(io.BytesIO(hidden), len(hidden), "/HIDDEN.PDF;1")

    verdict = verify_package(_rewrite(package_iso, add))
    assert not verdict.ok and verdict.extra == ["HIDDEN.PDF"]
    assert any("另一套文件名" in p for p in verdict.problems)


@pytest.mark.skipif(shutil.which("genisoimage") is None, reason="genisoimage (Debian) makes the hostile image")
def test_iso_with_links_and_pipes_is_refused(tmp_path: Path, package_folder: Path) -> None:
    os.symlink("/etc/passwd", package_folder / "证明材料" / "附件9-链接.pdf")
    os.mkfifo(package_folder / "管道")
    image = tmp_path / "hostile.iso"
    subprocess.run(["genisoimage", "-quiet", "-R", "-J", "-joliet-long", "-input-charset", "utf-8", "-o", str(image),
                    str(package_folder)], check=True)
    with pytest.raises(HostileArchive) as refused:
        verify_package(image)
    message = str(refused.value)
    assert message.startswith("拒绝处理该光盘映像") and "附件9-链接.pdf" in message and "符号链接" in message
    assert "管道" in message


@pytest.mark.skipif(shutil.which("genisoimage") is None, reason="genisoimage (Debian) makes the image")
def test_an_image_burned_by_other_software_verifies(tmp_path: Path, exported: Exported) -> None:
    """genisoimage (as a disc burner would) from the exported folder: Joliet names, same files, verified."""
    image = tmp_path / "刻录.iso"
    subprocess.run(["genisoimage", "-quiet", "-J", "-joliet-long", "-input-charset", "utf-8", "-V", "BINJIANG",
                    "-o", str(image), str(exported.folder)], check=True)
    verdict = verify_package(image)
    assert verdict.ok, verdict.problems


def test_not_an_iso(tmp_path: Path) -> None:
    junk = tmp_path / "光盘.iso"
    junk.write_bytes(b"\0" * 40_000)
    with pytest.raises(PackageUnreadable, match="不是有效的光盘映像"):
        verify_package(junk)
    truncated = tmp_path / "截断.iso"
    truncated.write_bytes(b"\0" * 0x8001 + b"CD001" + b"\0" * 100)
    with pytest.raises(PackageUnreadable, match="不是有效的光盘映像"):
        verify_package(truncated)


def test_iso_limits(package_iso: Path) -> None:
    with pytest.raises(HostileArchive, match="拒绝处理该光盘映像.*过大"):
        verify_package(package_iso, limits=ArchiveLimits(max_member_size=20_000))
    with pytest.raises(HostileArchive, match="文件数量过多"):
        verify_package(package_iso, limits=ArchiveLimits(max_entries=5))
