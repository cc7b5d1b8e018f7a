"""Each starred condition at, just below and just above its boundary; exact arithmetic; joint cities."""

from fractions import Fraction

import pytest

from app.models.assessment import Severity, evaluate
from app.models.catalogue import load_catalogue
from app.models.rules import evaluate_conditions
from tests.core.helpers import SCENARIOS, attest, city, factory, fiveg, passing_dossier, policy, title

CAT = load_catalogue()
IDS = {
    "policy": "policy.special.special_policies",
    "coverage": "infrastructure.private_network.coverage",
    "scenarios": "application.innovation.scenarios",
    "fiveg": "application.fiveg_factory.selected",
    "titles": "ecosystem.national_demo.titles",
    "site": "site_visit.preparation.readiness",
}


def result(dossier, key):
    return {c.indicator_id: c for c in evaluate_conditions(dossier, CAT)}[IDS[key]]


def test_passing_dossier_passes_all_six():
    ev = evaluate(passing_dossier(), CAT)
    assert ev.passed_count == 6 and ev.all_passed
    assert not [f for f in ev.findings if f.severity == Severity.BLOCKING]


# -- 5G coverage: 超过 30 per 10,000, strictly -------------------------------------------------
def test_exactly_30_per_10000_fails_and_needs_one_station():
    d = passing_dossier()
    d.registers["cities"] = [city(population="8000000", unit="人", stations=24000)]
    r = result(d, "coverage")
    assert not r.passed
    assert r.measured_value == 30
    assert r.gap == "还需新增至少 1 个5G基站"


def test_floating_point_trap_is_avoided():
    # 309 stations for 10.3万人 is exactly 30 per 10,000; in floating point 309 / 10.3 is 29.999999999999996
    d = passing_dossier()
    d.registers["cities"] = [city(population="10.3", unit="万人", stations=309)]
    assert result(d, "coverage").measured_value == Fraction(30)
    assert not result(d, "coverage").passed


def test_one_station_above_passes_and_below_needs_two():
    d = passing_dossier()
    d.registers["cities"] = [city(population="800", unit="万人", stations=24001)]
    assert result(d, "coverage").passed and result(d, "coverage").gap == ""
    d.registers["cities"] = [city(population="800", unit="万人", stations=23999)]
    assert result(d, "coverage").gap == "还需新增至少 2 个5G基站"


def test_population_in_wan_is_converted_exactly():
    d = passing_dossier()
    d.registers["cities"] = [city(population="1274.83", unit="万人", stations=38245)]
    r = result(d, "coverage")
    assert r.measured_value == Fraction(38245 * 10000, 12748300)
    # 30 * 12,748,300 / 10,000 = 38,244.9 -> 38,245 stations pass, 38,244 fail and need exactly 1
    assert r.passed
    d.registers["cities"] = [city(population="1274.83", unit="万人", stations=38244)]
    assert result(d, "coverage").gap == "还需新增至少 1 个5G基站"


def test_measured_value_never_displays_as_the_threshold_when_it_is_not():
    d = passing_dossier()
    d.registers["cities"] = [city(population="10000000", unit="人", stations=30001)]
    r = result(d, "coverage")
    assert r.passed and not r.measured.startswith("30.00 ")


def test_joint_application_uses_combined_totals_and_shows_each_city():
    d = passing_dossier()
    d.registers["cities"] = [city("甲市", "500", "万人", 20000), city("乙市", "2000000", "人", 4000)]
    r = result(d, "coverage")
    # combined: 24,000 / 7,000,000 * 10,000 = 34.29 -> pass, although 乙市 alone has 20
    assert r.passed
    assert any(detail.startswith("甲市：40.00") and "达标" in detail for detail in r.details)
    assert any(detail.startswith("乙市：20.00") and "未达标" in detail for detail in r.details)


def test_missing_population_fails_with_instruction():
    d = passing_dossier()
    d.registers["cities"] = [city(population="", stations=100)]
    r = result(d, "coverage")
    assert not r.passed and "常住人口" in r.gap
    d.registers["cities"] = []
    assert "尚未登记申报城市" in result(d, "coverage").gap


# -- special policies: 不少于 1 -----------------------------------------------------------------
def test_policy_boundary():
    d = passing_dossier()
    d.registers["policies"] = [policy(special=False)]
    r = result(d, "policy")
    assert not r.passed and r.gap == "还需新增至少 1 项支持“5G+工业互联网”发展的专项政策文件"
    d.registers["policies"] = [policy(special=True)]
    assert result(d, "policy").passed
    d.registers["policies"] = [policy(special=True, n=1), policy(special=True, n=2)]
    assert result(d, "policy").passed


# -- scenarios: factories with 10 以上 (≥ 10) listed scenarios, 不少于 5 factories ---------------
def test_scenarios_boundary_per_factory_and_count():
    d = passing_dossier()
    d.registers["factories"] = [factory(10, f"F{i}") for i in range(4)] + [factory(9, "F9")]
    r = result(d, "scenarios")
    assert not r.passed and r.gap == "还差 1 家具备10个以上典型应用场景的工厂"
    assert r.details == ("F9：还差 1 个目录内典型应用场景",)
    d.registers["factories"][-1] = factory(10, "F9")
    assert result(d, "scenarios").passed
    d.registers["factories"].append(factory(11, "F10"))
    assert result(d, "scenarios").passed


def test_duplicate_and_unlisted_scenarios_do_not_count():
    d = passing_dossier()
    tricky = SCENARIOS[:9] + [SCENARIOS[0], "5G+AR远程培训"]
    d.registers["factories"] = [factory(10, f"F{i}") for i in range(4)] + [factory(0, "X", scenarios=tricky)]
    assert not result(d, "scenarios").passed
    messages = [f.message for f in evaluate(d, CAT).findings]
    assert any("重复登记" in m for m in messages)
    assert any("5G+AR远程培训" in m and "不计入" in m for m in messages)


# -- 5G factories: pilot ≥ 1 OR list ≥ 5 ------------------------------------------------------
@pytest.mark.parametrize("pilot, listed, passed", [(0, 4, False), (0, 5, True), (1, 0, True), (0, 0, False), (1, 6, True)])
def test_fiveg_factory_either_branch(pilot, listed, passed):
    d = passing_dossier()
    d.registers["fiveg_factories"] = [fiveg("pilot_demo", i) for i in range(pilot)] + \
                                     [fiveg("factory_list", 10 + i) for i in range(listed)]
    r = result(d, "fiveg")
    assert r.passed is passed
    if not passed:
        assert f"还需至少 {5 - listed} 个项目入选5G工厂名录" in r.gap
        assert "还需至少 1 个项目入选工业互联网试点示范（5G工厂方向）" in r.gap


# -- titles: 不少于 5; "other" needs a reason -------------------------------------------------
def test_titles_boundary_and_other_needs_reason():
    d = passing_dossier()
    d.registers["titles"] = [title(n=i) for i in range(4)]
    assert result(d, "titles").gap == "还需新增至少 1 项部级及以上相关称号"
    d.registers["titles"].append(title("other", 9))
    r = result(d, "titles")
    assert not r.passed and "不完整" in r.details[0]
    d.registers["titles"][-1] = title("other", 9, reason="国家级示范区，部级认定")
    assert result(d, "titles").passed


def test_incomplete_record_does_not_count():
    d = passing_dossier()
    d.registers["titles"][0].values.pop("year")
    assert not result(d, "titles").passed


# -- site visit attestations ---------------------------------------------------------------
def test_attestations_all_three_named_and_dated():
    d = passing_dossier()
    d.attestations.clear()
    attest(d, ["no_major_cyber_incident", "no_major_safety_accident"])
    r = result(d, "site")
    assert not r.passed and "未提供虚假材料" in r.gap
    attest(d, ["no_false_materials"], person="")
    assert not result(d, "site").passed
    attest(d, ["no_false_materials"], affirmed=False)
    r = result(d, "site")
    assert not r.passed and "否定" in r.gap
    attest(d, ["no_false_materials"])
    assert result(d, "site").passed


# -- findings and completeness --------------------------------------------------------------
def test_findings_severities_and_completeness_weighting():
    d = passing_dossier()
    ev = evaluate(d, CAT)
    errors = [f for f in ev.findings if f.severity == Severity.ERROR]
    assert any("尚无证明材料" in f.message for f in errors)
    assert any("未填写情况说明" in f.message for f in errors)
    assert 0 < ev.overall_completeness < 1
    # fill the whole site-visit section: its completeness becomes 1, weighted by 5 points of 100
    d.answer("site_visit.preparation.readiness").narrative = "已成立领导小组。"
    from app.models.dossier import EvidenceItem
    d.evidence.append(EvidenceItem(id="e1", sha256="0" * 64, filename="a.pdf", size=1,
                                   indicators=["site_visit.preparation.readiness"]))
    ev2 = evaluate(d, CAT)
    assert ev2.section_completeness["site_visit"] == 1
    assert ev2.overall_completeness - ev.overall_completeness == (1 - ev.section_completeness["site_visit"]) * 5 / 100


def test_provisional_value_is_a_warning():
    from app.models.dossier import FieldValue
    d = passing_dossier()
    d.answer("policy.funding.special_funds").fields["special_funds"] = FieldValue("100", provisional=True)
    ev = evaluate(d, CAT)
    assert any(f.severity == Severity.WARNING and "暂定值" in f.message for f in ev.findings)


def test_blocking_findings_jump_to_the_register():
    d = passing_dossier()
    d.registers["cities"] = [city(stations=10)]
    blocking = [f for f in evaluate(d, CAT).findings if f.severity == Severity.BLOCKING]
    assert len(blocking) == 1
    assert blocking[0].jump.part == "register" and blocking[0].jump.key == "cities"



def test_population_in_the_wrong_unit_is_flagged():
    """8000000 pasted into the 万人 column would be 800亿 people: the record says so instead of passing silently."""
    from app.models.values import record_problems

    reg = CAT.registers["cities"]
    for value, unit, ok in (("8000000", "万人", False), ("5000", "万人", True), ("5000.0001", "万人", False),
                            ("8000000", "人", True), ("50000000", "人", True), ("50000001", "人", False)):
        problems = record_problems(reg, city(population=value, unit=unit), CAT)
        assert (problems == []) == ok, (value, unit, problems)
        if not ok:
            assert problems == ["“常住人口”超过合理上限（5000万人），请核对数值和单位"]
