"""The bundled samples show what they are meant to show, and teach good habits (tools/make_examples.py)."""

import json
import re
from fractions import Fraction

import pytest

from app.cli import main
from app.models.assessment import Severity, evaluate
from app.models.catalogue import load_catalogue
from app.models.dates import as_date
from app.models.exchange import load_json_file
from app.models.targets import target_values
from tests.core.test_exchange_and_cli import ROOT

CAT = load_catalogue()
COMPLETE = ["binjiang.json", "joint-lingang-yunchuan.json"]


def check_json(capsys, name):
    code = main(["check", "--json", str(ROOT / "examples" / name)])
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", COMPLETE)
def test_complete_samples_pass_all_six_with_no_finding_at_all(capsys, name):
    code, out = check_json(capsys, name)
    assert code == 0 and out["passed"] == 6
    assert out["findings"] == []


def test_the_draft_meets_one_condition_and_shows_each_trap(capsys):
    code, out = check_json(capsys, "qingling-draft.json")
    assert code == 1 and out["passed"] == 1
    messages = "\n".join(f["message"] for f in out["findings"])
    assert "与第4条（青岭冷轧5G智能工厂）重复" in messages                       # a factory entered twice
    assert "场景“机器视觉质检”重复登记，只计一次" in messages                   # a scenario ticked twice
    assert "由省级部门授予，不属部级及以上称号，未计入" in messages              # a provincial title
    assert "缺少“属部级及以上相关称号的理由”" in messages                       # 其他 without its reason
    assert "为暂定值" in messages
    coverage = next(c for c in out["starred_conditions"] if c["indicator_id"].endswith("coverage"))
    assert coverage["measured"] == "30.00 个/万人" and not coverage["passed"]


@pytest.mark.parametrize("name", ["binjiang.json", "joint-lingang-yunchuan.json", "qingling-draft.json"])
def test_narratives_are_written_for_their_indicator(name):
    dossier = load_json_file(ROOT / "examples" / name)
    texts = [a.narrative for a in dossier.indicators.values() if a.narrative]
    assert len(texts) >= 35 and len(set(texts)) == len(texts)                   # no template sentence
    for text in texts:
        assert "开展了系统性工作" not in text
        assert not re.search("““|””", text)                                       # no doubled quotes
    for ind in CAT.indicators():
        answer = dossier.peek_answer(ind.id)
        if answer and answer.narrative:
            for spec in ind.fields:                                              # the figures are the fields'
                assert answer.fields[spec.id].value in answer.narrative, (ind.id, spec.id)


@pytest.mark.parametrize("name", ["binjiang.json", "joint-lingang-yunchuan.json", "qingling-draft.json"])
def test_targets_grow_from_todays_values(name):
    dossier = load_json_file(ROOT / "examples" / name)
    ev = evaluate(dossier, CAT)
    assert not [f for f in ev.findings if "目标" in f.message and ("低于" in f.message or "高于" in f.message)]
    coverage = CAT.indicator("infrastructure.private_network.coverage")
    derived = target_values(dossier, CAT, coverage, coverage.target("stations_per_10k"))
    today = next(c for c in ev.conditions if c.indicator_id == coverage.id).measured_value
    assert all(Fraction(v) > today for v in derived) and derived == sorted(derived, key=Fraction)


@pytest.mark.parametrize("name", ["binjiang.json", "joint-lingang-yunchuan.json", "qingling-draft.json"])
def test_dates_are_consistent(name):
    dossier = load_json_file(ROOT / "examples" / name)
    attested = min(as_date(a.date) for a in dossier.attestations.values())
    events = [as_date(r.get("date")) for r in dossier.registers.get("policies", [])]
    events += [as_date(e.added_at) for e in dossier.evidence]
    assert all(when <= attested for when in events)
    assert as_date(dossier.created_at) <= attested <= as_date(dossier.updated_at)


def test_policies_do_not_share_titles():
    for name in ["binjiang.json", "joint-lingang-yunchuan.json", "qingling-draft.json"]:
        titles = [r.get("title") for r in load_json_file(ROOT / "examples" / name).registers["policies"]]
        assert len(titles) == len(set(titles))


def test_complete_samples_carry_evidence_for_every_indicator_that_asks_for_it():
    for name in COMPLETE:
        dossier = load_json_file(ROOT / "examples" / name)
        linked = {i for e in dossier.evidence for i in e.indicators}
        wanted = {i.id for i in CAT.indicators() if i.evidence_required or i.evidence_recommended}
        assert wanted <= linked
        folder = ROOT / "examples" / name.replace(".json", ".evidence")
        assert all((folder / e.sha256).stat().st_size == e.size for e in dossier.evidence)
        assert not [f for f in evaluate(dossier, CAT).findings if f.severity <= Severity.WARNING]
