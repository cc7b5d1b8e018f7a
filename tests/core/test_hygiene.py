"""Input that cannot break a file later: control characters, lone surrogates, deep nesting, size, syntax errors."""

import json
import subprocess
import sys

import pytest

from app.models import edits, hygiene
from app.models.catalogue import load_catalogue
from app.models.exchange import InvalidDossier, dossier_from_json, dossier_to_json, load_json_file, loads
from app.models.hygiene import InvalidText
from app.models.operations import DossierSession
from app.models.values import parse_cell
from tests.core.helpers import passing_dossier
from tests.core.test_exchange_and_cli import ROOT

CAT = load_catalogue()


def run_cli(*args):
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def _document():
    return dossier_to_json(passing_dossier())


@pytest.mark.parametrize("mutate, path, words", [
    (lambda d: d["registers"]["titles"][0].update(name="称号\u0000一"), "registers/titles/0/name", "U+0000"),
    (lambda d: d.update(title="方案\u001b"), "title", "U+001B"),
    (lambda d: d["indicators"].update({"policy.special.national_strategy": {"narrative": "落实\ud800情况"}}),
     "indicators/policy.special.national_strategy/narrative", "不成对的代理项"),
    (lambda d: d["attestations"]["no_false_materials"].update(person="王\u0007某"),
     "attestations/no_false_materials/person", "U+0007"),
])
def test_text_no_document_can_hold_is_refused_at_import_naming_the_field(mutate, path, words):
    doc = _document()
    mutate(doc)
    with pytest.raises(InvalidDossier) as err:
        dossier_from_json(doc)
    assert err.value.path == path and words in err.value.problem


def test_a_control_character_fails_check_import_and_render_alike_without_traceback(tmp_path):
    doc = _document()
    doc["registers"]["titles"][0]["name"] = "称号\u0000一"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    for args in (("check", str(path)), ("check", "--json", str(path)), ("import", str(path), "-o", str(tmp_path / "x.pzd")),
                 ("render", str(path), "-o", str(tmp_path / "out"))):
        code, out, err = run_cli(*args)
        assert code == 2, (args, out, err)
        assert "Traceback" not in err and "registers/titles/0/name" in err and "U+0000" in err


def test_what_passes_check_renders(tmp_path):
    """Unusual characters a document can hold (tab, line/paragraph separators, zero-width, emoji, private use)
    pass ``check`` and then ``render`` completes."""
    doc = json.loads((ROOT / "examples" / "binjiang.json").read_text(encoding="utf-8"))
    odd = "甲\t乙\u2028丙\u2029丁\u200b戊😀\ue000〔2023〕＆<>&\"'"
    doc["registers"]["titles"][0]["name"] += odd
    doc["registers"]["policies"][0]["title"] += odd
    doc["indicators"]["policy.special.national_strategy"]["narrative"] += odd
    doc["plan_texts"]["overview"] += odd
    doc["applicant"] += odd
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("check", str(path))
    assert code == 0, err
    code, _, err = run_cli("render", str(path), "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "试点工作方案.docx").stat().st_size > 0


def test_100000_nested_brackets_end_check_and_import_with_a_message(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    for args in (("check", str(path)), ("import", str(path), "-o", str(tmp_path / "x.pzd"))):
        code, _, err = run_cli(*args)
        assert code == 2 and "Traceback" not in err and "RecursionError" not in err
        assert "嵌套层数超过" in err


def test_nesting_deeper_than_the_format_needs_is_refused_even_when_it_parses():
    doc = _document()
    deep: list = []
    for _ in range(40):
        deep = [deep]
    doc["plan_texts"]["overview"] = deep
    with pytest.raises(InvalidDossier, match="嵌套层数超过"):
        dossier_from_json(doc)
    with pytest.raises(InvalidDossier, match="嵌套层数超过"):
        loads(json.dumps(doc))


def test_brackets_inside_strings_do_not_count_as_nesting():
    doc = _document()
    doc["plan_texts"]["overview"] = "[" * 500 + "{" * 500
    assert loads(json.dumps(doc)).plan_texts["overview"].startswith("[[[")


def test_document_size_is_limited(tmp_path, monkeypatch):
    monkeypatch.setattr(hygiene, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr("app.models.exchange.MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidDossier, match="文件过大"):
        load_json_file(path)
    with pytest.raises(InvalidDossier, match="文件过大"):
        loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, words", [
    ('{"format": "pilotzone-dossier",}', "多余的逗号"),
    ("{'format': 1}", "双引号括起的键名"),
    ('{"format" "x"}', "冒号"),
    ('{"a": 1 "b": 2}', "逗号"),
    ('{"a": "abc', "结尾的英文双引号"),
    ('{"a": 1} x', "多余的内容"),
    ("", "应为一个值"),
])
def test_json_syntax_errors_are_explained_in_chinese(text, words):
    with pytest.raises(InvalidDossier) as err:
        loads(text)
    message = str(err.value)
    assert words in message and "第 1 行" in message
    assert "Expecting" not in message and "delimiter" not in message


def test_a_key_given_twice_is_refused_not_silently_overwritten(tmp_path):
    """json.loads keeps the last of two equal keys: a hand-joined document with two "registers" would lose one
    of them without a word."""
    doc = json.dumps(_document(), ensure_ascii=False)
    twice = '{"title": "先写的标题", ' + doc[1:]
    with pytest.raises(InvalidDossier) as err:
        loads(twice)
    assert "“title”" in str(err.value) and "两次" in str(err.value)
    path = tmp_path / "重复 键.json"
    path.write_text('{"registers": {}, ' + doc[1:], encoding="utf-8")
    code, _out, err_text = run_cli("check", str(path))
    assert code == 2 and "“registers”" in err_text and "Traceback" not in err_text


def test_a_number_too_long_for_python_gets_a_chinese_sentence():
    with pytest.raises(InvalidDossier) as err:
        loads('{"format": "pilotzone-dossier", "x": ' + "9" * 5000 + "}")
    message = str(err.value)
    assert "数字" in message and "位" in message
    assert "limit" not in message and "int_max_str_digits" not in message


def test_paste_and_typing_refuse_control_characters_naming_nothing_coerced():
    column = CAT.register("titles").column("name")
    with pytest.raises(ValueError, match=r"U\+0000"):
        parse_cell(column, "称号\u0000", CAT)
    assert parse_cell(column, "称号\t一", CAT) == "称号\t一"


def test_edits_are_the_last_net():
    session = DossierSession(passing_dossier())
    record = session.dossier.registers["titles"][0]
    with pytest.raises(InvalidText, match="称号/项目名称"):
        edits.set_cell(session, CAT, "titles", record.id, "name", "称号\u0000")
    with pytest.raises(InvalidText, match="情况说明"):
        edits.set_narrative(session, CAT, "policy.special.national_strategy", "\ud800")
    with pytest.raises(InvalidText, match="方案标题"):
        edits.set_meta(session, "title", "\x1f")
    with pytest.raises(InvalidText, match="承诺人"):
        edits.set_attestation(session, "no_false_materials", person="\x00")
    with pytest.raises(InvalidText, match="文件名称"):
        edits.paste_records(session, CAT, "policies", [{"title": "\x0b"}])
    assert session.dossier.registers["titles"][0].values["name"] == record.values["name"]


def test_a_file_written_before_the_entrances_refused_such_text_gets_error_findings():
    """A .pzd from an older version may hold such text: check names it as an error, which blocks a final export."""
    from app.models.assessment import Severity, evaluate
    d = passing_dossier()
    d.registers["titles"][0].values["name"] = "称号\u0000"
    d.answer("policy.special.national_strategy").narrative = "落实\x1b"
    d.plan_texts["overview"] = "概况\x00"
    d.title = "方案\x07"
    errors = [f.message for f in evaluate(d, CAT).findings if f.severity == Severity.ERROR]
    assert any("“称号/项目名称”含有不可见的控制字符（U+0000" in m for m in errors)
    assert any("情况说明含有不可见的控制字符（U+001B" in m for m in errors)
    assert any("一、基本情况”含有不可见的控制字符" in m for m in errors)
    assert any("“方案标题”含有" in m for m in errors)
    titles = next(c for c in evaluate(d, CAT).conditions if c.indicator_id.endswith("titles"))
    assert not titles.passed          # the record is not complete, so it does not count


def test_an_older_file_holding_a_control_character_renders_and_is_refused_as_final(tmp_path):
    """What passed ``check`` (here: 6/6, with an error finding naming the bad text) renders; the final package is
    refused because of that error — never a traceback or "All strings must be XML compatible"."""
    from app.models.storage import DossierFile
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    dossier.evidence.clear()
    dossier.registers["titles"][0].values["name"] += "\x00"
    dossier.answer("policy.special.national_strategy").narrative += "\x1b"
    pzd = tmp_path / "old.pzd"
    DossierFile.create(pzd, dossier).close()                 # as an older version could have written it
    code, out, err = run_cli("check", str(pzd))
    assert code == 0 and "U+0000" in out and "U+001B" in out
    code, out, err = run_cli("render", str(pzd), "-o", str(tmp_path / "out"))
    assert code == 0, err
    from docx import Document
    text = "\n".join(p.text for p in Document(str(tmp_path / "out" / "试点工作方案.docx")).paragraphs)
    assert "\ufffd" in text and "\x00" not in text
    code, out, err = run_cli("package", str(pzd), "-o", str(tmp_path / "p.zip"))
    assert code == 2 and "Traceback" not in err and "含有不可见的控制字符" in err


def test_scrubbed_copies_only_what_changes():
    d = passing_dossier()
    assert hygiene.scrubbed(d) is d
    d.registers["titles"][0].values["name"] = "称号\x00"
    clean = hygiene.scrubbed(d)
    assert clean is not d and clean.registers["titles"][0].values["name"] == "称号\ufffd"
    assert d.registers["titles"][0].values["name"] == "称号\x00"                 # the original is untouched
    assert clean.registers["policies"] is d.registers["policies"]


def test_dates_as_people_and_spreadsheets_write_them():
    from app.models.values import parse_date

    for text in ("2024-03-01", "2024/3/1", "2024.3.1", "2024年3月1日", "2024 年 3 月 1 日", "2024-03-01 00:00:00",
                 "2024/3/1 0:00", "2024-03-01T00:00:00"):
        assert parse_date(text) == "2024-03-01", text
    with pytest.raises(ValueError, match="“45352”不是有效日期，请按 2024年3月1日 或 2024-03-01 的格式填写"):
        parse_date("45352")
    with pytest.raises(ValueError, match="不是有效日期"):
        parse_date("2024-03-01 下午")
    with pytest.raises(ValueError):
        parse_date("2023-02-29")
