"""The disc / USB layout from the one export use-case: the folder, 00-目录.pdf, the ISO image, the label PDF, and
failures that leave nothing behind (and the dossier as it was)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import OperationCancelled
from app.export.numbering import NumberedEvidence, utf16_length
from app.export.sinks import TargetNotEmpty
from app.export.submission import SignWith, export_submission
from app.models import lifecycle
from app.models.catalogue import load_catalogue
from app.models.dossier import EvidenceItem
from app.models.storage.exchange_import import import_exchange
from app.progress import Progress
from app.signing import identities
from app.signing.verify import verify_package

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()
PASS = "correct horse battery"


@pytest.fixture
def binjiang(tmp_path):
    file = import_exchange(ROOT / "examples" / "binjiang.json", tmp_path / "滨江市.pzd", author="王工")
    yield file
    file.close()


def _text(pdf: Path | bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "".join(page.extract_text() or "" for page in reader.pages)


def _state(file) -> tuple:
    file.flush()
    return (file.dossier.stage, file.dossier.revision, file.versions(), lifecycle.content_hash(file.dossier))


def test_folder_layout_with_its_table_of_contents(binjiang, tmp_path, pilotzone_home):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    out = tmp_path / "U盘" / "滨江市申报材料"
    outcome = export_submission(binjiang.session, CAT, out, final=True, file=binjiang, layout="folder",
                                sign_with=SignWith(identity.id, PASS))
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert {"00-目录.pdf", "manifest.json", "manifest.json.p7s", "试点工作方案.docx", "试点工作方案.pdf",
            "评审指标对照表.xlsx"} < set(files)
    assert len(files) == 12 and sum(f.startswith("证明材料/附件") for f in files) == 6
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    listed = [m["path"] for m in manifest["members"]]
    assert listed[0] == "00-目录.pdf" and set(listed) == set(files) - {"manifest.json", "manifest.json.p7s"}
    entry = manifest["members"][0]
    toc = (out / "00-目录.pdf").read_bytes()
    assert entry["sha256"] == hashlib.sha256(toc).hexdigest() and entry["size"] == len(toc)
    assert outcome.package.manifest_sha256 == hashlib.sha256((out / "manifest.json").read_bytes()).hexdigest()

    # the table lists every other file in the 对照表 order, with pages, size and SHA-256
    text = _text(toc).replace("\n", "")
    positions = [text.find(path) for path in listed[1:]]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), listed
    for member in manifest["members"][1:]:
        assert member["sha256"][:32] in text and member["sha256"][32:] in text
    plan_pages = len(PdfReader(out / "试点工作方案.pdf").pages)
    assert f"试点工作方案.pdf试点工作方案（PDF，已签名）{plan_pages}" in text
    assert "正式稿，第 1 版" in text and "申报材料目录" in text
    fonts = subprocess.run(["pdffonts", str(out / "00-目录.pdf")], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts and fonts.count(" yes yes ") >= 2      # only embedded, subset fonts
    assert verify_package(out).ok


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_packages_are_readable_as_any_new_file_not_private(binjiang, tmp_path):
    """A package is handed to colleagues: a folder, its files and a zip get the bits `mkdir` and `cp` would give
    (the temporary names they are written under are private: 0o700 and 0o600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    folder = tmp_path / "U盘" / "滨江市申报材料"
    export_submission(binjiang.session, CAT, folder, final=False, file=binjiang, layout="folder")
    zipped = tmp_path / "滨江市-申报包-草稿.zip"
    export_submission(binjiang.session, CAT, zipped, final=False, file=binjiang)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o777 & ~mask
    for path in [zipped, *(p for p in folder.rglob("*") if p.is_file())]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask, path
    for path in (p for p in folder.rglob("*") if p.is_dir()):
        assert stat.S_IMODE(path.stat().st_mode) == 0o777 & ~mask, path


def test_label_beside_the_package_carries_the_manifest_hash(binjiang, tmp_path, pilotzone_home):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    out = tmp_path / "滨江市申报光盘.iso"
    outcome = export_submission(binjiang.session, CAT, out, final=True, file=binjiang, layout="iso",
                                sign_with=SignWith(identity.id, PASS))
    label, digest = outcome.package.label, outcome.package.manifest_sha256
    assert label == tmp_path / f"滨江市申报光盘-光盘标签-{digest[:8]}.pdf" and label.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("滨江市.pzd", "pilotzone-"))) == \
        sorted([out.name, label.name])                                   # nothing else left beside them
    text = _text(label)
    short = " ".join(digest[i:i + 4] for i in range(0, 16, 4))
    for words in ("滨江市", "正式稿，第 1 版", short, "签名人：李明", "自签名证书", "光盘文件清单（共 12 个文件）",
                  "00-目录.pdf", "manifest.json.p7s"):
        assert words in text, words
    fonts = subprocess.run(["pdffonts", str(label)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts and fonts.count(" yes yes ") >= 2      # only embedded, subset fonts
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) or pdftoppm not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(label), str(tmp_path / "label")], check=True)
    for page in ("label-1.png", "label-2.png"):                            # the disc and the case cover
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / page)], capture_output=True,
                                 text=True).stdout.split()
        assert decoded == [digest], page


def test_a_long_file_list_continues_on_pages_of_its_own():
    from app.export.disc_label import label_pdf

    files = [(f"证明材料/附件{i}-材料.pdf", 1000 * i) for i in range(1, 151)]
    pdf = label_pdf({"cities": ["滨江市"], "dossier_title": "标题", "stage": "final"}, "ab" * 32, files=files)
    text = _text(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2 + 3 and "另有 124 个文件，完整清单见下页" in text
    assert "附件150-材料.pdf" in text


def test_cancel_while_the_image_is_written_leaves_nothing(binjiang, tmp_path):
    before = _state(binjiang)
    reports: list[str] = []
    progress = Progress(lambda done, total, what: reports.append(what),
                        cancel_after=lambda: "正在生成光盘映像（ISO）" in reports)
    with pytest.raises(OperationCancelled):
        export_submission(binjiang.session, CAT, tmp_path / "x.iso", final=True, file=binjiang, layout="iso",
                          progress=progress)
    assert "正在生成光盘映像（ISO）" in reports
    assert _state(binjiang) == before
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("滨江市.pzd")]


def test_cancel_while_the_folder_is_written_leaves_nothing(binjiang, tmp_path):
    before = _state(binjiang)
    reports: list[str] = []
    progress = Progress(lambda d, t, what: reports.append(what),
                        cancel_after=lambda: any(r.startswith("正在写入附件3") for r in reports))
    with pytest.raises(OperationCancelled):
        export_submission(binjiang.session, CAT, tmp_path / "盘", final=True, file=binjiang, layout="folder",
                          progress=progress)
    assert _state(binjiang) == before
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("滨江市.pzd")]


def test_a_folder_with_files_in_it_is_refused_and_kept(binjiang, tmp_path):
    target = tmp_path / "U盘"
    target.mkdir()
    (target / "别人的文件.docx").write_bytes(b"keep me")
    before = _state(binjiang)
    with pytest.raises(TargetNotEmpty, match="已有文件"):
        export_submission(binjiang.session, CAT, target, final=True, file=binjiang, layout="folder")
    assert _state(binjiang) == before and [p.name for p in target.iterdir()] == ["别人的文件.docx"]
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    export_submission(binjiang.session, CAT, empty, final=True, file=binjiang, layout="folder")
    assert verify_package(empty).manifest is not None and binjiang.dossier.stage == "finalised"


def test_no_version_recorded_means_no_folder_and_no_label(binjiang, tmp_path):
    """The 定稿 fails after the folder and label were written (edited meanwhile): both are removed."""
    def apply(fn):
        if fn.__name__ == "record":
            binjiang.session.dossier.title = "导出期间被修改"
        return fn()

    with pytest.raises(Exception, match="导出期间申报材料被修改"):
        export_submission(binjiang.session, CAT, tmp_path / "盘", final=True, file=binjiang, layout="folder",
                          apply=apply)
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("滨江市.pzd")]


def test_names_up_to_64_characters_survive_the_image(tmp_path):
    """pycdlib alone refuses a Joliet name over 64 UTF-8 bytes (21 Chinese characters); the format allows 64
    characters, and the image keeps them."""
    import pycdlib

    from app.export.iso_image import DiscImageError, volume_labels, write_iso

    folder = tmp_path / "盘"
    (folder / "证明材料").mkdir(parents=True)
    long = "附件12-" + "入选工业和信息化部发布的工业互联网试点示范" * 3
    long = long[:60] + ".pdf"
    (folder / "证明材料" / long).write_bytes(b"%PDF-1.4 long")
    (folder / "00-目录.pdf").write_bytes(b"%PDF-1.4 toc")
    write_iso(folder, tmp_path / "x.iso", labels=volume_labels(["临港市", "云川市"], date(2026, 12, 1)))
    image = pycdlib.PyCdlib()
    image.open(str(tmp_path / "x.iso"))
    try:
        names = sorted(f"{root.rstrip('/')}/{n}" for root, _d, files in image.walk(joliet_path="/") for n in files)
        with image.open_file_from_iso(joliet_path=f"/证明材料/{long}") as fh:
            assert fh.read() == b"%PDF-1.4 long"
        assert image.joliet_vd.volume_identifier.decode("utf-16_be").strip() == "临港市、云川市_20261201"
    finally:
        image.close()
    assert names == ["/00-目录.pdf", f"/证明材料/{long}"] and len(long) == 64
    (folder / "证明材料" / ("长" * 65 + ".pdf")).write_bytes(b"x")
    with pytest.raises(DiscImageError, match="超过 64 个字符"):
        write_iso(folder, tmp_path / "y.iso", labels=("盘", "PILOTZONE"))
    assert not (tmp_path / "y.iso").exists()


def test_evidence_names_fit_a_disc():
    """Every file name of the package fits Joliet's 64 characters and has no character a disc refuses."""
    item = EvidenceItem(id="e1", sha256="0" * 64, filename="x.pdf", size=1, media_type="application/pdf",
                        title="很长的标题;" * 30, indicators=[])
    name = NumberedEvidence(item, 123).archive_name
    leaf = name.split("/")[1]
    assert utf16_length(leaf) == 64 and leaf.startswith("附件123-很长的标题_") and leaf.endswith(".pdf")
    assert ";" not in name
    wide = NumberedEvidence(EvidenceItem(id="e1", sha256="0" * 64, filename="x.pdf", size=1, media_type="application/pdf",
                                         title="𠀀" * 40, indicators=[]), 1).archive_name
    assert utf16_length(wide.split("/")[1]) <= 64
