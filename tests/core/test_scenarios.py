"""Scenarios are resolved in one place (``catalogue.resolve_scenario``): exchange import, paste, matrix, rules."""

import json

import pytest

from app.cli import main
from app.models.catalogue import load_catalogue
from app.models.exchange import InvalidDossier, dossier_from_json, dossier_to_json
from app.models.values import parse_cell
from tests.core.helpers import passing_dossier

CAT = load_catalogue()
NAMES = [s.name for s in CAT.scenario_lists["miit_typical"]]
IDS = [s.id for s in CAT.scenario_lists["miit_typical"]]


def _document(scenarios):
    doc = dossier_to_json(passing_dossier())
    doc["registers"]["factories"][0]["scenarios"] = scenarios
    return doc


def _check_json(tmp_path, capsys, doc):
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code = main(["check", "--json", str(path)])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


@pytest.mark.parametrize("spelling", [
    NAMES[:10],                                                    # Chinese names
    NAMES[:9] + ["生产智能监测"],                                    # a known alias
    [i + " " for i in IDS[:10]],                                    # ids with a trailing space
    ["ｍachine_vision_inspection"] + IDS[:5] + IDS[6:10],           # a full-width letter
    [f" {n}\n" for n in NAMES[:10]],                               # spaces and a line break around names
])
def test_every_spelling_of_a_listed_scenario_counts_in_check_json(tmp_path, capsys, spelling):
    code, out, _ = _check_json(tmp_path, capsys, _document(spelling))
    assert code == 0
    scenarios = next(c for c in out["starred_conditions"] if c["indicator_id"] == "application.innovation.scenarios")
    assert scenarios["passed"] and scenarios["measured"] == "5 家"
    assert not [f for f in out["findings"] if "典型应用场景目录中" in f["message"]]


def test_import_stores_ids():
    dossier = dossier_from_json(_document(NAMES[:9] + ["生产智能监测"]))
    assert dossier.registers["factories"][0].values["scenarios"] == IDS[:10]


def test_an_unknown_scenario_is_refused_with_the_path_and_the_nearest_names(tmp_path, capsys):
    doc = _document(IDS[:9] + ["设备预测性维护"])
    with pytest.raises(InvalidDossier) as err:
        dossier_from_json(doc)
    assert err.value.path == "registers/factories/0/scenarios/9"
    assert "设备预测性维护" in err.value.problem and "最接近的目录场景：设备预测维护" in err.value.problem
    code, out, message = _check_json(tmp_path, capsys, doc)
    assert code == 2 and out is None
    assert "registers/factories/0/scenarios/9" in message and "设备预测维护" in message


def test_paste_uses_the_same_resolver_and_refuses_the_same_entries():
    column = CAT.register("factories").column("scenarios")
    assert parse_cell(column, "机器视觉 质检、生产智能监测，ｍachine_vision_inspection", CAT) == \
        ["machine_vision_inspection", "production_site_monitoring", "machine_vision_inspection"]
    with pytest.raises(ValueError, match="最接近的目录场景：设备预测维护"):
        parse_cell(column, "机器视觉质检、设备预测性维护", CAT)
