"""JSON → .pzd → JSON is lossless, attachments byte-identical; the CLI commands around it."""

from __future__ import annotations

import hashlib

import pytest

from app.cli import main
from app.models.exchange import dumps
from app.models.storage import DossierFile, read_dossier
from tests.storage.conftest import EXAMPLES


@pytest.mark.parametrize("name", ["binjiang", "joint-lingang-yunchuan", "qingling-draft", "binjiang-year2"])
def test_cli_round_trip_is_byte_identical(tmp_path, name, capsys):
    src = EXAMPLES / f"{name}.json"
    pzd, out = tmp_path / f"{name}.pzd", tmp_path / "out" / f"{name}.json"
    out.parent.mkdir()
    assert main(["import", str(src), "-o", str(pzd)]) == 0
    assert main(["export-json", str(pzd), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == src.read_text(encoding="utf-8")
    original = EXAMPLES / f"{name}.evidence"
    if original.is_dir():
        for f in original.iterdir():
            exported = out.with_suffix(".evidence") / f.name
            assert exported.read_bytes() == f.read_bytes()
            assert hashlib.sha256(exported.read_bytes()).hexdigest() == f.name


def test_round_trip_after_edits_and_reopen(pzd, binjiang):
    with DossierFile.open(pzd) as f:
        assert dumps(f.dossier) == dumps(binjiang)
    assert dumps(read_dossier(pzd)) == dumps(binjiang)


def test_export_to_stdout_writes_no_evidence(pzd, capsys, tmp_path):
    assert main(["export-json", str(pzd)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("{")
    assert "未导出" in captured.err
    assert not list(tmp_path.glob("*.evidence"))


def test_import_refuses_missing_evidence_unless_allowed(tmp_path, capsys):
    src = tmp_path / "doc.json"
    src.write_text((EXAMPLES / "binjiang.json").read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "doc.pzd"
    assert main(["import", str(src), "-o", str(out)]) == 2
    assert "缺少 6 个证明材料文件" in capsys.readouterr().err
    assert not out.exists()
    assert main(["import", str(src), "-o", str(out), "--allow-missing-evidence"]) == 0
    assert "警告" in capsys.readouterr().err
    assert len(read_dossier(out).evidence) == 6
    # Exporting reports the attachments that are not in the file.
    assert main(["export-json", str(out), "-o", str(tmp_path / "again.json")]) == 2
    assert "无法导出" in capsys.readouterr().err


def test_import_refuses_evidence_with_wrong_hash(tmp_path, capsys):
    src = tmp_path / "doc.json"
    src.write_text((EXAMPLES / "binjiang.json").read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "doc.evidence"
    folder.mkdir()
    for f in (EXAMPLES / "binjiang.evidence").iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    victim = sorted(folder.iterdir())[0]
    victim.write_bytes(b"tampered")
    assert main(["import", str(src), "-o", str(tmp_path / "doc.pzd")]) == 2
    assert "SHA-256 不符" in capsys.readouterr().err
    assert not (tmp_path / "doc.pzd").exists()


def test_import_invalid_json_and_existing_output(tmp_path, capsys, pzd):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["import", str(bad), "-o", str(tmp_path / "x.pzd")]) == 2
    assert "不是有效的申报材料" in capsys.readouterr().err
    assert main(["import", str(EXAMPLES / "qingling-draft.json"), "-o", str(pzd)]) == 2
    assert "已存在" in capsys.readouterr().err


def test_check_accepts_pzd(pzd, capsys):
    assert main(["check", str(pzd)]) == 0
    assert "6/6" in capsys.readouterr().out


def test_check_reports_bad_pzd_in_chinese(tmp_path, capsys):
    bad = tmp_path / "bad.pzd"
    bad.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    assert main(["check", str(bad)]) == 2
    assert "不是申报文件" in capsys.readouterr().err


def test_export_json_that_fails_midway_leaves_no_half_written_evidence(pzd, tmp_path, capsys):
    """The evidence is written file by file before the JSON: a failure at the fifth file left four files in a
    folder beside no JSON. What was there before stays; what this export wrote goes."""
    out = tmp_path / "导出 结果.json"
    folder = tmp_path / "导出 结果.evidence"
    folder.mkdir()
    (folder / "旧文件.txt").write_text("kept")
    hashes = sorted({e.sha256 for e in read_dossier(pzd).evidence})
    (folder / hashes[4]).mkdir()         # a folder where the fifth file goes: it cannot be written
    assert main(["export-json", str(pzd), "-o", str(out)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == sorted(["旧文件.txt", hashes[4]])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_export_json_cancelled_midway_removes_the_folder_it_made(pzd, tmp_path, capsys, monkeypatch):
    from app.models.storage import blobs

    real_extract, calls = blobs.extract, []

    def extract_then_ctrl_c(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_extract(*args, **kwargs)

    monkeypatch.setattr(blobs, "extract", extract_then_ctrl_c)
    out = tmp_path / "导出.json"
    assert main(["export-json", str(pzd), "-o", str(out)]) == 130
    assert "已取消" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [pzd.name]
