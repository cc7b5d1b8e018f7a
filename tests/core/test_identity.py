"""The same thing entered twice counts once: identity per register (catalogue data) and its use by the rules."""

import pytest

from app.models.assessment import Severity, evaluate
from app.models.catalogue import load_catalogue
from app.models.dossier import Record
from app.models.identity import find_duplicates, normalise_text, record_identity
from app.models.rules import evaluate_conditions
from tests.core.helpers import city, factory, fiveg, passing_dossier, policy, title

CAT = load_catalogue()


def result(dossier, suffix):
    return next(c for c in evaluate_conditions(dossier, CAT) if c.indicator_id.endswith(suffix))


@pytest.mark.parametrize("a, b", [
    ("滨江市 汽车零部件 股份有限公司", "滨江市汽车零部件股份有限公司"),
    ("ＡＢＣ精密（滨江）有限公司", "abc精密(滨江)有限公司"),
    ("滨政发〔2023〕10号", "滨政发[2023]10号 "),
    ("《关于加快“5G+工业互联网”发展的若干措施》", '关于加快"5G+工业互联网"发展的若干措施'),
    ("machine_vision_inspection\n", "ｍachine_vision_inspection"),
])
def test_normalise_text_makes_spellings_of_one_thing_equal(a, b):
    assert normalise_text(a) == normalise_text(b)


def test_identity_is_catalogue_data():
    assert CAT.register("policies").identity == (("doc_number",), ("title", "issuer"))
    assert CAT.register("factories").identity == (("enterprise", "factory"),)
    assert CAT.register("cities").identity == (("name",),)


def test_record_identity_is_none_until_identifying_fields_are_filled():
    spec = CAT.register("factories")
    assert record_identity(spec, {}) is None
    assert record_identity(spec, {"enterprise": "甲公司", "factory": "  "}) is None
    assert record_identity(spec, {"enterprise": "甲公司", "factory": "一号工厂"}) == \
        record_identity(spec, {"enterprise": "甲 公司", "factory": "一号工厂 ", "industry": "钢铁"})


def test_policy_is_its_number_else_its_title_and_issuer():
    spec = CAT.register("policies")
    rows = [
        {"id": "a", "title": "政策甲", "doc_number": "滨政发〔2023〕10号", "issuer": "滨江市人民政府"},
        {"id": "b", "title": "政策甲（修订）", "doc_number": "滨政发[2023]10号", "issuer": "滨江市人民政府"},   # same 文号
        {"id": "c", "title": "政策乙", "doc_number": "滨政发〔2024〕3号", "issuer": "滨江市人民政府"},
        {"id": "d", "title": "政策乙", "doc_number": "滨政发〔2024〕4号", "issuer": "滨江市人民政府"},    # other 文号
        {"id": "e", "title": "政策丙", "issuer": "滨江市人民政府"},
        {"id": "f", "title": "政策丙", "doc_number": "滨政办发〔2023〕1号", "issuer": "滨江市人民政府"},   # no common 文号
        {"id": "g"},
    ]
    assert find_duplicates(spec, rows) == [["a", "b"], ["e", "f"]]


def test_find_duplicates_takes_records():
    spec = CAT.register("cities")
    records = [city("滨江市"), city("云川市"), city(" 滨江市")]
    assert find_duplicates(spec, records) == [[records[0].id, records[2].id]]


# -- the four counting traps of the issue: 4 things entered as 5 count as 4 -----------------------------
def test_same_factory_twice_counts_once():
    d = passing_dossier()
    d.registers["factories"] = [factory(10, f"F{i}") for i in range(4)] + [factory(10, "F0")]
    r = result(d, "scenarios")
    assert not r.passed and r.measured == "4 家" and r.gap == "还差 1 家具备10个以上典型应用场景的工厂"


def test_same_title_twice_counts_once():
    d = passing_dossier()
    d.registers["titles"] = [title(n=i) for i in range(4)] + [title(n=0)]
    r = result(d, "titles")
    assert not r.passed and r.measured == "4 项" and r.gap == "还需新增至少 1 项部级及以上相关称号"
    assert any("重复登记" in detail for detail in r.details)


def test_same_fiveg_project_twice_counts_once():
    d = passing_dossier()
    d.registers["fiveg_factories"] = [fiveg("factory_list", i) for i in range(4)] + [fiveg("factory_list", 0)]
    r = result(d, "selected")
    assert not r.passed and "入选5G工厂名录 4 个" in r.measured


def test_same_policy_twice_counts_once():
    d = passing_dossier()
    same = policy(n=1)
    same.values["doc_number"] = "滨政发〔2023〕10号"
    again = Record(values=dict(same.values, doc_number="滨政发[2023]10号"))
    d.registers["policies"] = [same, again]
    assert result(d, "special_policies").measured == "1 项"


def test_same_city_twice_counts_once():
    d = passing_dossier()
    d.registers["cities"] = [city("滨江市", "800", "万人", 24001), city("滨江市", "800", "万人", 24001)]
    r = result(d, "coverage")
    assert r.measured.startswith("30.00") and r.passed          # one city, not two summed
    assert any("重复" in detail for detail in r.details)


def test_a_duplicate_is_an_error_naming_both_rows_with_a_jump_to_the_repeat():
    d = passing_dossier()
    repeat = factory(10, "工厂2")
    d.registers["factories"].append(repeat)
    findings = [f for f in evaluate(d, CAT).findings if "重复" in f.message and f.severity == Severity.ERROR]
    assert len(findings) == 1
    assert findings[0].message.startswith("应用“5G+工业互联网”的工厂第6条（工厂2）与第3条（工厂2）重复（企业名称、工厂名称相同）")
    assert findings[0].jump.part == "register" and findings[0].jump.key == "factories"
    assert findings[0].jump.record_id == repeat.id


def test_a_repeat_with_an_incomplete_first_entry_still_counts_once():
    d = passing_dossier()
    d.registers["titles"] = [title(n=i) for i in range(5)]
    first = d.registers["titles"][0]
    first.values.pop("issuer")
    d.registers["titles"].append(Record(values=dict(first.values, issuer="工业和信息化部")))
    r = result(d, "titles")
    assert r.passed and r.measured == "5 项"


# -- issuer level: only 部级及以上 counts, whatever the category ------------------------------------------
def test_a_provincial_title_does_not_count_and_says_why():
    d = passing_dossier()
    d.registers["titles"][4] = title("smart_manufacturing_demo", 4, issuer="示例省经济和信息化厅", level="provincial")
    r = result(d, "titles")
    assert not r.passed and r.measured == "4 项"
    assert any("由省级部门授予，不属部级及以上称号，未计入" in detail for detail in r.details)
    warnings = [f for f in evaluate(d, CAT).findings if "不属部级及以上称号" in f.message]
    assert warnings and warnings[0].jump.record_id == d.registers["titles"][4].id


def test_an_other_title_needs_its_issuer_level_as_well_as_a_reason():
    d = passing_dossier()
    d.registers["titles"][4] = title("other", 4, reason="省级称号", issuer="示例省人民政府", level="provincial")
    assert not result(d, "titles").passed
    d.registers["titles"][4].values.pop("issuer_level")
    r = result(d, "titles")
    assert not r.passed and "不完整" in " ".join(r.details)
    d.registers["titles"][4] = title("other", 4, reason="国务院批复设立", issuer="国务院", level="state_council")
    assert result(d, "titles").passed


# -- the same traps through `pilotzone check --json` ------------------------------------------------------
def _check_json(tmp_path, capsys, dossier):
    import json

    from app.cli import main
    from app.models.exchange import dossier_to_json
    path = tmp_path / "d.json"
    path.write_text(json.dumps(dossier_to_json(dossier), ensure_ascii=False), encoding="utf-8")
    code = main(["check", "--json", str(path)])
    out = json.loads(capsys.readouterr().out)
    return code, {c["indicator_id"].rsplit(".", 1)[-1]: c for c in out["starred_conditions"]}, out["findings"]


@pytest.mark.parametrize("register, make, key, measured", [
    ("factories", lambda: [factory(10, f"F{i}") for i in range(4)] + [factory(10, "F3")], "scenarios", "4 家"),
    ("titles", lambda: [title(n=i) for i in range(4)] + [title(n=2)], "titles", "4 项"),
    ("fiveg_factories", lambda: [fiveg("factory_list", i) for i in range(4)] + [fiveg("factory_list", 1)], "selected",
     "入选5G工厂名录 4 个"),
])
def test_four_entered_as_five_count_as_four_in_check_json(tmp_path, capsys, register, make, key, measured):
    d = passing_dossier()
    d.registers[register] = make()
    code, conditions, found = _check_json(tmp_path, capsys, d)
    assert code == 1 and not conditions[key]["passed"] and measured in conditions[key]["measured"]
    assert any("重复" in f["message"] and f["severity"] == "error" for f in found)


def test_same_policy_number_and_same_city_in_check_json(tmp_path, capsys):
    d = passing_dossier()
    first = policy(n=1)
    first.values["doc_number"] = "示政发〔2024〕1号"
    d.registers["policies"] = [first, Record(values=dict(first.values, title="另一个标题", doc_number="示政发[2024]1号"))]
    d.registers["cities"] = [city("滨江市", "800", "万人", 24001), city(" 滨江市 ", "800", "万人", 24001)]
    code, conditions, found = _check_json(tmp_path, capsys, d)
    assert conditions["special_policies"]["measured"] == "1 项"
    assert conditions["coverage"]["measured"].startswith("30.00")
    assert sum("重复" in f["message"] and f["severity"] == "error" for f in found) == 2


def test_a_provincial_title_in_check_json(tmp_path, capsys):
    d = passing_dossier()
    d.registers["titles"][4] = title("smart_manufacturing_demo", 4, issuer="示例省经济和信息化厅", level="provincial")
    code, conditions, found = _check_json(tmp_path, capsys, d)
    assert code == 1 and conditions["titles"]["measured"] == "4 项"
    assert any("由省级部门授予" in d for d in conditions["titles"]["details"])
