"""Figures that cannot be right, targets against today, derived targets, dates — directly and through check --json."""

import json
from datetime import date

import pytest

from app.cli import main
from app.models import dates
from app.models.assessment import Severity, evaluate
from app.models.catalogue import load_catalogue
from app.models.dossier import AttestationAnswer, FieldValue
from app.models.exchange import dossier_from_json, dossier_to_json
from app.models.rules import evaluate_conditions
from app.models.targets import target_values
from tests.core.helpers import city, passing_dossier, policy, title

CAT = load_catalogue()
COVERAGE = CAT.indicator("infrastructure.private_network.coverage")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(dates, "today", lambda: date(2024, 6, 1))


def findings(dossier, severity=None):
    return [f for f in evaluate(dossier, CAT).findings if severity is None or f.severity == severity]


def check_json(tmp_path, capsys, dossier):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(dossier_to_json(dossier), ensure_ascii=False), encoding="utf-8")
    code = main(["check", "--json", str(path)])
    return code, json.loads(capsys.readouterr().out)


# -- units ------------------------------------------------------------------------------------------
def test_population_with_the_wan_forgotten_is_an_error_and_does_not_pass(tmp_path, capsys):
    d = passing_dossier()
    d.registers["cities"] = [city(population="800", unit="人", stations=30000)]      # 375,000 per 10,000
    coverage = next(c for c in evaluate_conditions(d, CAT) if c.indicator_id == COVERAGE.id)
    assert not coverage.passed
    errors = [f.message for f in findings(d, Severity.ERROR)]
    assert any("“常住人口”800人不在地级及以上城市常住人口的合理范围（10万人–5000万人）内：请核对单位：是否应为万人？" in m
               for m in errors)
    code, out = check_json(tmp_path, capsys, d)
    assert code == 1 and any("是否应为万人" in f["message"] and f["severity"] == "error" for f in out["findings"])


def test_more_than_150_stations_per_10000_is_a_warning():
    d = passing_dossier()
    d.registers["cities"] = [city(population="100", unit="万人", stations=15001)]
    warnings = [f for f in findings(d, Severity.WARNING) if "明显偏高" in f.message]
    assert len(warnings) == 1 and "150.01 个" in warnings[0].message
    assert warnings[0].jump.key == "cities"
    d.registers["cities"] = [city(population="100", unit="万人", stations=15000)]
    assert not [f for f in findings(d) if "明显偏高" in f.message]


def test_a_count_larger_than_its_parent_is_a_warning(tmp_path, capsys):
    d = passing_dossier()
    answer = d.answer("ecosystem.supply_chain.enterprises")
    answer.fields.update(above_scale=FieldValue("35"), little_giants=FieldValue("12"), single_champions=FieldValue("313"))
    messages = [f.message for f in findings(d, Severity.WARNING)]
    assert any("制造业单项冠军企业（313）多于规模以上制造业企业（35）" in m for m in messages)
    assert not any("小巨人”企业（12）多于" in m for m in messages)
    d.answer("infrastructure.private_network.network_quality").fields["covered_factories"] = FieldValue("3")
    code, out = check_json(tmp_path, capsys, d)
    assert any("具备10个以上典型应用场景的工厂（5）多于5G网络深度覆盖的工厂数（3）" in f["message"] for f in out["findings"])


# -- targets ----------------------------------------------------------------------------------------
def _with_targets(stations, funds=("800", "900", "1000")):
    d = passing_dossier()
    d.registers["cities"] = [city(population="1008.5", unit="万人", stations=35210)]
    d.answer("policy.funding.special_funds").fields["special_funds"] = FieldValue("728.7")
    d.answer("policy.funding.special_funds").targets["special_funds"] = list(funds)
    d.answer(COVERAGE.id).targets["base_stations"] = list(stations)
    return d


def test_targets_below_today_are_a_warning(tmp_path, capsys):
    d = _with_targets(["24", "27", "31"], ("44.5", "46.5", "49"))
    code, out = check_json(tmp_path, capsys, d)
    messages = [f["message"] for f in out["findings"] if f["severity"] == "warning"]
    assert any("“5G基站数”第1年、第2年、第3年目标（24、27、31 个）低于现状 35210 个" in m for m in messages)
    assert any("“专项资金投入”第1年、第2年、第3年目标（44.5、46.5、49 万元）低于现状 728.7 万元" in m for m in messages)


def test_a_target_below_the_previous_year_is_a_warning():
    d = _with_targets(["38000", "37000", "42000"])
    messages = [f.message for f in findings(d, Severity.WARNING) if "5G基站数”" in f.message]
    assert messages == ["2.1.1 5G网络覆盖率：“5G基站数”第2年目标 37000 个低于第1年目标 38000 个：请核对"]


def test_growing_targets_raise_nothing():
    d = _with_targets(["38000", "41000", "45000"])
    assert not [f for f in findings(d) if "目标" in f.message and "低于" in f.message]


def test_direction_less_is_better_is_catalogue_data():
    from dataclasses import replace
    target = replace(CAT.indicator("policy.funding.special_funds").target("special_funds"), direction="less")
    from app.models.targets import target_warnings
    indicator = replace(CAT.indicator("policy.funding.special_funds"), targets=(target,))
    d = _with_targets(["38000", "41000", "45000"], ("700", "800", "600"))
    sentences = [s for _, _, s in target_warnings(indicator, d, CAT, {})]
    assert any("第2年、" not in s and "高于现状 728.7 万元" in s for s in sentences)


def test_stations_per_10000_are_derived_for_each_year_and_never_missing():
    d = _with_targets(["38000", "41000", "45000"])
    assert COVERAGE.target("stations_per_10k").derived
    assert target_values(d, CAT, COVERAGE, COVERAGE.target("stations_per_10k")) == ["37.68", "40.65", "44.62"]
    assert not [f for f in findings(d) if "每万人拥有5G基站数”第" in f.message]     # not reported missing
    d.answer(COVERAGE.id).targets["stations_per_10k"] = ["1", "2", "3"]             # a typed copy is ignored
    assert target_values(d, CAT, COVERAGE, COVERAGE.target("stations_per_10k")) == ["37.68", "40.65", "44.62"]
    assert "stations_per_10k" not in dossier_to_json(d)["indicators"][COVERAGE.id]["targets"]


def test_a_version_1_document_with_typed_derived_targets_still_reads():
    doc = dossier_to_json(_with_targets(["38000", "41000", "45000"]))
    doc["indicators"][COVERAGE.id]["targets"]["stations_per_10k"] = ["37.5", "40.5", "44.5"]
    dossier = dossier_from_json(doc)
    assert "stations_per_10k" not in dossier.answer(COVERAGE.id).targets


# -- dates ------------------------------------------------------------------------------------------
def test_a_future_date_is_an_error_and_the_record_does_not_count(tmp_path, capsys):
    d = passing_dossier()
    d.registers["policies"] = [policy(special=True)]
    d.registers["policies"][0].values["date"] = "2024-07-01"
    errors = [f.message for f in findings(d, Severity.ERROR)]
    assert any("“印发日期”2024年7月1日晚于今天（2024年6月1日），请核对" in m for m in errors)
    assert not next(c for c in evaluate_conditions(d, CAT) if c.indicator_id.endswith("special_policies")).passed
    d.registers["titles"][0].values["year"] = 2025
    assert any("“获得年度”2025年晚于今年（2024年）" in m for m in [f.message for f in findings(d, Severity.ERROR)])


def test_a_policy_dated_after_the_attestations_is_a_warning(tmp_path, capsys):
    d = passing_dossier()       # attested on 2024-03-01
    d.registers["policies"][0].values["date"] = "2024-04-15"
    code, out = check_json(tmp_path, capsys, d)
    assert any("“印发日期”2024年4月15日晚于现场考察承诺的日期（2024年3月1日）" in f["message"] and f["severity"] == "warning"
               for f in out["findings"])
    d.registers["titles"].append(title(n=9))
    d.registers["titles"][-1].values["year"] = 2024
    assert not [f for f in findings(d) if "获得年度" in f.message]                       # same year: fine


def test_a_future_attestation_is_an_error():
    d = passing_dossier()
    d.attestations["no_false_materials"] = AttestationAnswer(affirmed=True, person="王某", date="2024-12-01")
    assert any("承诺日期2024年12月1日晚于今天" in f.message for f in findings(d, Severity.ERROR))


def test_an_attestation_dated_after_today_is_not_yet_made_and_does_not_count():
    """Like a policy dated next month: 2/3 and the starred condition unmet, the sentence says why."""
    d = passing_dossier()
    d.attestations["no_false_materials"] = AttestationAnswer(affirmed=True, person="王某", date="2024-12-01")
    site = next(c for c in evaluate_conditions(d, CAT) if c.indicator_id == "site_visit.preparation.readiness")
    assert not site.passed
    assert site.measured == "2/3 项"
    assert "未提供虚假材料" in site.gap
    assert any("承诺日期2024年12月1日晚于今天" in detail for detail in site.details)
    d.attestations["no_false_materials"].date = "2024-06-01"                   # made today: it counts
    assert next(c for c in evaluate_conditions(d, CAT) if c.indicator_id == "site_visit.preparation.readiness").passed


def test_dates_are_shown_the_chinese_way_in_cells():
    from app.models.values import format_cell
    column = CAT.register("policies").column("date")
    assert format_cell(column, "2024-03-10", CAT) == "2024年3月10日"
    assert dates.format_date("2024-12-01") == "2024年12月1日"

