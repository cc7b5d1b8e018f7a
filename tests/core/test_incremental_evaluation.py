"""The incremental Evaluator always agrees with a fresh evaluation, edit after edit (and after undo/redo)."""

import random

from app.models import edits
from app.models.assessment import Evaluator, evaluate
from app.models.catalogue import load_catalogue
from app.models.dossier import EvidenceItem
from app.models.exchange import load_json_file
from app.models.operations import DossierSession
from tests.core.test_exchange_and_cli import ROOT

CAT = load_catalogue()


def same(a, b):
    assert a.conditions == b.conditions
    assert a.findings == b.findings
    assert a.indicator_completeness == b.indicator_completeness
    assert a.overall_completeness == b.overall_completeness


def test_incremental_matches_fresh_over_random_edits():
    rng = random.Random(7)
    dossier = load_json_file(ROOT / "examples" / "qingling-draft.json")
    session = DossierSession(dossier)
    evaluator = Evaluator(dossier, CAT)
    session.listeners.append(lambda op, changes, how: evaluator.invalidate(changes))
    same(evaluator.evaluate(), evaluate(dossier, CAT))
    city = dossier.registers["cities"][0].id
    factory = dossier.registers["factories"][4].id
    actions = [
        lambda: edits.set_cell(session, CAT, "cities", city, "base_stations", rng.choice([23999, 24000, 24001, 30000])),
        lambda: edits.set_cell(session, CAT, "factories", factory, "scenarios",
                               rng.sample([s.id for s in CAT.scenario_lists["miit_typical"]], rng.randint(8, 12))),
        lambda: edits.add_record(session, CAT, "titles", {"category": "other", "name": "示范区", "year": 2024,
                                                          "issuer": "工业和信息化部"}),
        lambda: edits.add_record(session, CAT, "fiveg_factories", {"enterprise": "甲", "project": "乙",
                                                                   "kind": "factory_list", "year": 2024}),
        lambda: edits.set_narrative(session, CAT, "policy.special.national_strategy", rng.choice(["", "已落实。"])),
        lambda: edits.set_field(session, CAT, "policy.funding.special_funds", "special_funds",
                                value=rng.choice([None, "100", "abc"]), provisional=rng.choice([True, False])),
        lambda: edits.set_target(session, CAT, "infrastructure.private_network.coverage", "base_stations", 2,
                                 rng.choice([None, "30000"])),
        lambda: edits.set_attestation(session, "no_false_materials", affirmed=rng.choice([True, False, None]),
                                      person="王某", date="2024-03-01"),
        lambda: edits.add_evidence(session, EvidenceItem(id=f"e{rng.random()}", sha256="0" * 64, filename="a.pdf",
                                                         size=1, indicators=[rng.choice(
                                                             [i.id for i in CAT.indicators()])])),
        lambda: edits.set_plan_text(session, "overview", rng.choice(["", "概况"])),
        session.undo,
        session.redo,
    ]
    for _ in range(150):
        rng.choice(actions)()
        same(evaluator.evaluate(), evaluate(dossier, CAT))


def test_field_edit_reuses_register_and_condition_results():
    dossier = load_json_file(ROOT / "examples" / "binjiang.json")
    session = DossierSession(dossier)
    evaluator = Evaluator(dossier, CAT)
    session.listeners.append(lambda op, changes, how: evaluator.invalidate(changes))
    first = evaluator.evaluate()
    edits.set_field(session, CAT, "policy.funding.special_funds", "special_funds", value="999")
    second = evaluator.evaluate()
    assert all(a is b for a, b in zip(first.conditions, second.conditions))   # not recomputed
    city = dossier.registers["cities"][0].id
    edits.set_cell(session, CAT, "cities", city, "base_stations", 10)
    third = evaluator.evaluate()
    assert third.conditions[1] is not second.conditions[1] and not third.conditions[1].passed
    assert third.conditions[0] is second.conditions[0]
