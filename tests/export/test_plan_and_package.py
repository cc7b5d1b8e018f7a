"""The 试点工作方案 composed from real dossiers, read back; the package zip checked member by member."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from pypdf import PdfReader

from app.export.package import (
    CROSSREF_XLSX, PLAN_DOCX, PLAN_PDF, ExportBlocked, ExportCancelled, build_package,
    folder_evidence_opener, render_documents,
)
from app.export.submission import export_submission
from app.models.assessment import evaluate
from app.models.catalogue import load_catalogue, normalise_name
from app.models.exchange import load_json_file
from app.models.operations import DossierSession
from app.models.lifecycle import content_hash
from app.progress import Progress

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()


@pytest.fixture(scope="module")
def binjiang_docs():
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
        return dossier, render_documents(dossier, CAT, evaluate(dossier, CAT), draft=False, today=date(2024, 3, 15))


@pytest.fixture(scope="module")
def qingling_docs():
    dossier = load_json_file(ROOT / "examples" / "qingling-draft.json")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
        return dossier, render_documents(dossier, CAT, evaluate(dossier, CAT), draft=True)


def _pdf_text(data: bytes) -> str:
    return normalise_name("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))


def test_docx_has_every_section_and_indicator_in_catalogue_order(binjiang_docs):
    _, (_, docx, _, _) = binjiang_docs
    doc = DocxDocument(io.BytesIO(docx))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    tops = [h for h in headings if doc and h[:2] in ("一、", "二、", "三、", "四、", "五、", "六、")]
    assert [t[:2] for t in tops] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert tops[2] == "三、不可偏离条件达标情况" and tops[3] == "四、试点目标"
    positions = []
    for ind in CAT.indicators():
        matches = [i for i, h in enumerate(headings) if ind.name in h]
        assert matches, ind.name
        positions.append(matches[0])
    assert positions == sorted(positions)
    assert "附件：证明材料清单" in headings


def test_pdf_states_each_starred_verdict_and_cites_evidence(binjiang_docs):
    dossier, (_, _, pdf, _) = binjiang_docs
    text = _pdf_text(pdf)
    assert normalise_name("满足不可偏离条件 6 项（共 6 项）") in text
    for c in evaluate(dossier, CAT).conditions:
        assert normalise_name(c.measured) in text
    assert normalise_name("证明材料：附件1") in text
    assert "【待补充】" not in text
    reader = PdfReader(io.BytesIO(pdf))
    outline_titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "三、不可偏离条件达标情况" in outline_titles and "附表：评审指标对照表" in outline_titles


def test_pdf_fonts_are_embedded(binjiang_docs, tmp_path):
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts not installed")
    _, (_, _, pdf, _) = binjiang_docs
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert lines and all(" yes yes " in line for line in lines), lines


def test_draft_flags_unfilled_parts_and_failing_conditions(qingling_docs):
    _, (_, docx, pdf, _) = qingling_docs
    text = _pdf_text(pdf)
    assert "【待补充】" in text
    assert normalise_name("还需新增至少 1 个5G基站") in text
    assert "不满足" in text
    assert any("【待补充】" in p.text for p in DocxDocument(io.BytesIO(docx)).paragraphs)


def test_crossref_workbook_lists_37_indicators_and_six_conditions(binjiang_docs):
    from app.export.crossref_xlsx import COLUMNS, CONDITION_COLUMNS, HEADER_ROW

    dossier, (_, _, _, xlsx) = binjiang_docs
    wb = load_workbook(io.BytesIO(xlsx))
    sheet = wb["评审指标对照表"]
    assert [c.value for c in sheet[HEADER_ROW]] == COLUMNS
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))[:-1]  # the last row: 合计
    assert [r[2] for r in rows] == [ind.code for ind in CAT.indicators()]
    assert [r[3] for r in rows] == [ind.name for ind in CAT.indicators()]
    # three levels: each first-level indicator with its points, merged over its rows; the second level likewise
    merged = {str(m) for m in sheet.merged_cells.ranges}
    row = HEADER_ROW + 1
    for section in CAT.sections:
        assert sheet.cell(row=row, column=1).value == f"{section.name}（{section.points}分）"
        last = row + len(section.indicators) - 1
        assert last == row or f"A{row}:A{last}" in merged
        g_row = row
        for group in section.groups:
            assert sheet.cell(row=g_row, column=2).value == group.name
            g_row += len(group.indicators)
        row = last + 1
    assert sheet.cell(row=row, column=1).value == "合计（100分）"
    starred = [r for r in rows if r[4] == "★"]
    assert len(starred) == 6 and all(r[6] for r in starred)  # every starred indicator cites evidence
    assert {r[9] for r in starred} == {"满足"}
    conditions = list(wb["不可偏离条件"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert [c.value for c in wb["不可偏离条件"][HEADER_ROW]] == CONDITION_COLUMNS
    assert len(conditions) == 6 and {r[5] for r in conditions} == {"满足"}
    # set up to print: fonts, borders, A4 landscape, fit to width, header row on every page, frozen panes
    for ws in (sheet, wb["不可偏离条件"]):
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert ws.page_setup.fitToHeight == 0
        assert ws.print_title_rows.replace("$", "") == f"{HEADER_ROW}:{HEADER_ROW}"
        assert ws.freeze_panes in ("E4", "C4")
        body = ws.cell(row=HEADER_ROW + 1, column=4)
        assert body.font.name == "仿宋" and ws.cell(row=HEADER_ROW, column=1).font.name == "宋体"
        assert all(getattr(body.border, side).style == "thin" for side in ("left", "right", "top", "bottom"))
    assert "2024年3月15日" in sheet["A2"].value and dossier.applicant in sheet["A2"].value


def test_final_package_is_refused_while_conditions_fail(tmp_path):
    dossier = load_json_file(ROOT / "examples" / "qingling-draft.json")
    with pytest.raises(ExportBlocked) as err:
        export_submission(DossierSession(dossier), CAT, tmp_path / "x.zip", evidence=folder_evidence_opener(tmp_path),
                          final=True)
    assert "5G网络覆盖率" in str(err.value)
    assert not list(tmp_path.iterdir())


def test_package_members_match_manifest(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    out = tmp_path / "申报包.zip"
    seen = []
    result = build_package(dossier, CAT, out, open_evidence=folder_evidence_opener(ROOT / "examples" / "binjiang.evidence"),
                           final=True, progress=Progress(lambda d, t, w: seen.append((d, t))))
    assert seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        for member in manifest["members"]:
            data = zf.read(member["path"])
            assert len(data) == member["size"] and hashlib.sha256(data).hexdigest() == member["sha256"]
        listed = {m["path"] for m in manifest["members"]}
    assert set(names) - listed == {"manifest.json"}
    assert {PLAN_DOCX, PLAN_PDF, CROSSREF_XLSX} <= listed
    evidence = sorted(n for n in names if n.startswith("证明材料/"))
    assert len(evidence) == len(dossier.evidence) and evidence[0].startswith("证明材料/附件1-")
    by_hash = {e.sha256 for e in dossier.evidence}
    assert {m["sha256"] for m in manifest["members"] if m["path"].startswith("证明材料/")} == by_hash
    assert manifest["dossier_id"] == dossier.id and manifest["catalogue_edition"] == "2023"
    assert manifest["finalised_version_hash"] == content_hash(dossier)
    assert [c["passed"] for c in manifest["starred_conditions"]] == [True] * 6
    assert result.path == out and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cancel_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    with pytest.raises(ExportCancelled):
        build_package(dossier, CAT, tmp_path / "x.zip",
                      open_evidence=folder_evidence_opener(ROOT / "examples" / "binjiang.evidence"),
                      final=True, progress=Progress(cancel_after=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_corrupt_evidence_is_detected(tmp_path, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    folder = tmp_path / "ev"
    shutil.copytree(ROOT / "examples" / "binjiang.evidence", folder)
    victim = folder / dossier.evidence[0].sha256
    victim.write_bytes(victim.read_bytes()[:-1] + b"X")
    from app.export.package import ExportError
    with pytest.raises(ExportError, match="校验值不符"):
        build_package(dossier, CAT, tmp_path / "x.zip", open_evidence=folder_evidence_opener(folder), final=True)
    assert not (tmp_path / "x.zip").exists()


def test_cli_package_exit_codes(tmp_path):
    env = {"PILOTZONE_BUNDLED_FONTS_ONLY": "1"}
    import os
    run = lambda *a: subprocess.run([sys.executable, "-m", "app", *a], capture_output=True, text=True, cwd=ROOT,
                                    env={**os.environ, **env}, timeout=120)
    bad = run("package", "examples/qingling-draft.json", "-o", str(tmp_path / "q.zip"))
    assert bad.returncode == 2 and "正式导出前" in bad.stderr and "Traceback" not in bad.stderr
    good = run("package", "examples/binjiang.json", "-o", str(tmp_path / "b.zip"))
    assert good.returncode == 0, good.stderr
    assert zipfile.ZipFile(tmp_path / "b.zip").testzip() is None


def test_cli_draft_package_of_a_pzd_carries_its_evidence_and_leaves_it_a_draft(tmp_path, monkeypatch):
    """`package 滨江.pzd --draft` opened the file without its attachments and refused: 「证明材料的内容不在申报材料中」."""
    from app.cli import main

    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    pzd = tmp_path / "滨江 市.pzd"
    assert main(["import", str(ROOT / "examples" / "binjiang.json"), "-o", str(pzd)]) == 0
    before = pzd.read_bytes()
    assert main(["package", str(pzd), "--draft", "-o", str(tmp_path / "草稿.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "草稿.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        evidence = [m for m in manifest["members"] if m["path"].startswith("证明材料/")]
        assert len(evidence) == 6
        for member in evidence:
            assert hashlib.sha256(zf.read(member["path"])).hexdigest() == member["sha256"]
    assert pzd.read_bytes() == before      # a draft export does not finalise or touch the dossier


MEMORY_SCRIPT = r"""
import os, sys, hashlib
from pathlib import Path
sys.path.insert(0, sys.argv[1])
os.environ["PILOTZONE_BUNDLED_FONTS_ONLY"] = "1"
from app.models.exchange import load_json_file
from app.models.catalogue import load_catalogue
from app.models.dossier import EvidenceItem
from app.export.package import build_package, folder_evidence_opener
work = Path(sys.argv[2]); folder = work / "ev"; folder.mkdir()
d = load_json_file(Path(sys.argv[1]) / "examples" / "binjiang.json"); d.evidence.clear()
block = os.urandom(1 << 20)
for n in range(int(sys.argv[3])):
    h = hashlib.sha256(); p = folder / "tmp"
    with open(p, "wb") as f:
        for i in range(50):
            chunk = block[i:] + block[:i] + n.to_bytes(4, "big"); f.write(chunk); h.update(chunk)
    p.rename(folder / h.hexdigest())
    d.evidence.append(EvidenceItem(id=f"e{n}", sha256=h.hexdigest(), filename=f"video{n}.mp4", size=(folder / h.hexdigest()).stat().st_size,
                                   title=f"视频{n}", indicators=["site_visit.preparation.readiness"]))
def hwm_mb():  # VmHWM is per address space (ru_maxrss would inherit the forking parent's peak)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
before = hwm_mb()
build_package(d, load_catalogue(), work / "out.zip", open_evidence=folder_evidence_opener(folder), final=False)
after = hwm_mb()
print(before, after, (work / "out.zip").stat().st_size >> 20)
"""


def _export_peak(tmp_path, files: int) -> tuple[int, int, int]:
    work = tmp_path / f"n{files}"
    work.mkdir()
    proc = subprocess.run([sys.executable, "-c", MEMORY_SCRIPT, str(ROOT), str(work), str(files)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    before, after, zip_mb = map(int, proc.stdout.split())
    return before, after, zip_mb


def test_export_memory_stays_flat_with_large_evidence(tmp_path):
    """Peak RSS with 300 MB of evidence equals the peak with 50 MB (documents cost the same) and stays < 300 MB."""
    _, small_peak, small_zip = _export_peak(tmp_path, 1)
    _, large_peak, large_zip = _export_peak(tmp_path, 6)
    assert small_zip >= 50 and large_zip >= 300
    assert large_peak < 300, large_peak
    assert large_peak - small_peak < 25, (small_peak, large_peak)
