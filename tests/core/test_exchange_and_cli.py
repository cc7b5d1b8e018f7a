"""JSON exchange form (lossless, strict, path-naming errors) and the `pilotzone` command line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.exchange import InvalidDossier, dossier_from_json, dossier_to_json, dumps, load_json_file, loads

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip_losslessly(path):
    original = json.loads(path.read_text(encoding="utf-8"))
    dossier = load_json_file(path)
    assert dossier_to_json(dossier) == original
    assert json.loads(dumps(loads(dumps(dossier)))) == original


def _doc():
    return json.loads((ROOT / "examples" / "binjiang.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("mutate, path, words", [
    (lambda d: d.update(format="something-else"), "format", "不是先导区申报材料"),
    (lambda d: d.update(format_version=99), "format_version", "比本程序支持的版本"),
    (lambda d: d["registers"]["cities"][0]["population"].update(unit="千人"), "registers/cities/0/population", "千人"),
    (lambda d: d["registers"]["cities"][0].update(base_stations="many"), "registers/cities/0/base_stations", "整数"),
    (lambda d: d["registers"]["cities"][0]["population"].update(value=1274.83), "registers/cities/0/population", "文本"),
    (lambda d: d["registers"]["cities"][0].update(base_stations=-1), "registers/cities/0/base_stations", "不能小于"),
    (lambda d: d["registers"].update(unknown=[]), "registers/unknown", "没有登记表"),
    (lambda d: d["indicators"].update({"no.such.indicator": {}}), "indicators/no.such.indicator", "没有指标"),
    (lambda d: d["registers"]["policies"][1].update(id=d["registers"]["policies"][0]["id"]), "registers/policies/1/id", "重复"),
    (lambda d: d["evidence"][0].update(sha256="xyz"), "evidence/0/sha256", "格式不正确"),
    (lambda d: d["attestations"]["no_false_materials"].update(date="2024/3/1"), "attestations/no_false_materials/date", "YYYY-MM-DD"),
    (lambda d: d.pop("id"), "(根)", "id"),
])
def test_invalid_documents_name_the_path_and_problem(mutate, path, words):
    doc = _doc()
    mutate(doc)
    with pytest.raises(InvalidDossier) as err:
        dossier_from_json(doc)
    assert err.value.path == path
    assert words in str(err.value)


def test_malformed_json_is_rejected_with_line_and_column():
    with pytest.raises(InvalidDossier, match="第 1 行"):
        loads('{"format": ')


def run_cli(*args):
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_check_passing_example_exits_0(capsys):
    assert main(["check", str(ROOT / "examples" / "binjiang.json")]) == 0
    out = capsys.readouterr().out
    assert "6/6 项满足" in out and "完成度" in out and "得分" not in out.replace("不是评审得分", "")


def test_check_failing_example_exits_1_with_gap_sentences(capsys):
    assert main(["check", str(ROOT / "examples" / "qingling-draft.json")]) == 1
    out = capsys.readouterr().out
    assert "1/6 项满足" in out
    assert "还需新增至少 1 个5G基站" in out
    assert "还差 1 家具备10个以上典型应用场景的工厂" in out
    assert "还需至少 2 个项目入选5G工厂名录" in out
    assert "还需新增至少 1 项部级及以上相关称号" in out


def test_check_joint_example_shows_each_city(capsys):
    assert main(["check", str(ROOT / "examples" / "joint-lingang-yunchuan.json")]) == 0
    out = capsys.readouterr().out
    assert "临港市：" in out and "云川市：" in out and "未达标" in out


def test_check_json_output(capsys):
    assert main(["check", "--json", str(ROOT / "examples" / "qingling-draft.json")]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] == 1 and data["total"] == 6
    coverage = [c for c in data["starred_conditions"] if c["indicator_id"].endswith("coverage")][0]
    assert coverage["passed"] is False and coverage["gap"] == "还需新增至少 1 个5G基站"


def test_malformed_json_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pilotzone-dossier", ', encoding="utf-8")
    code, out, err = run_cli("check", str(bad))
    assert code == 2 and "不是有效的申报材料" in err and "Traceback" not in err


def test_binary_and_missing_files_exit_2(tmp_path, capsys):
    binary = tmp_path / "x.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["check", str(binary)]) == 2
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    err = capsys.readouterr().err
    assert "找不到文件" in err


def test_catalogue_command_text_and_json(capsys):
    assert main(["catalogue"]) == 0
    out = capsys.readouterr().out
    assert out.count("*") >= 7 and "5G网络覆盖率" in out and "现场考察（5分）" in out
    assert main(["catalogue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["edition"] == "2023"


def test_core_imports_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None; sys.modules['shiboken6'] = None\n"
            "import app.models.catalogue, app.models.rules, app.models.assessment, app.models.exchange, "
            "app.models.operations, app.models.edits, app.cli\n"
            "import pkgutil, importlib, app.models\n"
            "[importlib.import_module('app.models.' + m.name) for m in pkgutil.iter_modules(app.models.__path__)]\n"
            "print('ok')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_describing_the_commands_imports_no_document_or_signing_library():
    """Every ``pilotzone`` command builds the parser first (``check`` included): the export, signing and
    storage commands describe themselves without importing pyHanko, cryptography, reportlab or python-docx,
    which only the command that runs needs (~0.5 s)."""
    heavy = ("pyhanko", "cryptography", "reportlab", "docx", "openpyxl", "pypdf", "sqlite_utils", "jsonschema")
    code = ("import sys, json, app.cli\n"
            "parser = app.cli.build_parser()\n"
            "parser.parse_args(['verify', 'x.zip']); parser.parse_args(['identity', 'list'])\n"
            f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


def test_import_says_where_its_evidence_came_from_or_that_there_was_no_folder(tmp_path, capsys):
    assert main(["import", str(ROOT / "examples" / "binjiang.json"), "-o", str(tmp_path / "滨江.pzd")]) == 0
    assert "证明材料 6 个文件，来自 " in capsys.readouterr().err
    assert main(["import", str(ROOT / "examples" / "qingling-draft.json"), "-o", str(tmp_path / "青岭.pzd")]) == 0
    err = capsys.readouterr().err
    assert "证明材料 0 个文件，没有证明材料文件夹" in err and "qingling-draft.evidence" not in err
