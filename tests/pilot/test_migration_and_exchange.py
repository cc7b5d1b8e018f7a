"""Exchange format 1 → 2 and dossier file schema 2 → 3: old documents and files still read, migrated with a backup."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from app.models import pilot, pilot_edits, pilot_stages
from app.models.exchange import FORMAT_VERSION, InvalidDossier, dossier_from_json, dossier_to_json, dumps, loads
from app.models.storage import DossierFile, read_dossier, read_summary
from app.models.storage.migrations import SCHEMA_VERSION
from tests.pilot.conftest import APPROVED, CAT, EXAMPLES, IN_YEAR_2
from tests.storage.conftest import FIXTURES


def v1_document() -> dict:
    data = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    assert data["format_version"] == 1 and "pilot" not in data
    return data


def test_a_version_1_document_is_read_and_written_as_version_2():
    data = v1_document()
    dossier = dossier_from_json(data)
    out = dossier_to_json(dossier)
    assert FORMAT_VERSION == 2 and out["format_version"] == 2 and "pilot" not in out
    # a derived target typed into an old document is ignored (it is computed), everything else is kept
    data["indicators"]["infrastructure.private_network.coverage"]["targets"].pop("stations_per_10k")
    assert {k: v for k, v in out.items() if k != "format_version"} == {k: v for k, v in data.items()
                                                                        if k != "format_version"}
    assert dumps(loads(dumps(dossier))) == dumps(dossier)


def test_version_1_keeps_its_own_rules():
    data = v1_document()
    with pytest.raises(InvalidDossier, match="pilot"):
        dossier_from_json({**data, "pilot": {}})               # version 1 has no pilot years
    with pytest.raises(InvalidDossier, match="stage"):
        dossier_from_json({**data, "stage": "approved"})


def test_the_year_2_sample_round_trips_and_is_checked():
    text = (EXAMPLES / "binjiang-year2.json").read_text(encoding="utf-8")
    dossier = loads(text)
    assert dumps(dossier) == text
    assert dossier.stage == "approved" and pilot.approval(dossier).date == "2025-09-18"
    assert pilot.report_status(dossier, 1).state == "submitted"
    assert [(r.year, r.stars) for r in pilot.ratings(dossier)] == [(1, 2)]
    assert pilot.current_year(dossier, IN_YEAR_2) == 2


@pytest.mark.parametrize(("change", "where", "what"), [
    (lambda p: p["ratings"][0].update(stars=6), "pilot/ratings/0/stars", ""),
    (lambda p: p["ratings"][0].update(year=4), "pilot/ratings/0/year", "1–3"),
    (lambda p: p["reports"]["1"]["texts"].update(nowhere={"done": "x"}), "pilot/reports/1/texts/nowhere", "建设指南"),
    (lambda p: p["reports"]["1"]["actuals"]["policy.funding.special_funds"]["special_funds"].update(value="四十"),
     "pilot/reports/1/actuals/policy.funding.special_funds/special_funds/value", "不是有效的数字"),
    (lambda p: p["approval"].update(evidence=["missing"]), "pilot/approval/evidence", "不存在的证明材料"),
    (lambda p: p["amendments"][0].update(reason=" "), "pilot/amendments/0/reason", "理由"),
    (lambda p: p.pop("approval"), "pilot/approval", "缺少批复信息"),
])
def test_invalid_pilot_years_are_refused_with_their_path(change, where, what):
    data = json.loads((EXAMPLES / "binjiang-year2.json").read_text(encoding="utf-8"))
    change(data["pilot"])
    with pytest.raises(InvalidDossier) as caught:
        dossier_from_json(data)
    assert caught.value.path == where and what in caught.value.problem


def test_a_version_2_file_is_backed_up_migrated_and_then_holds_the_pilot_years(tmp_path):
    path = tmp_path / "old.pzd"
    shutil.copy(FIXTURES / "v2.pzd", path)
    assert read_dossier(path).pilot == {} and read_summary(path).schema_version == 2   # read-only: not migrated
    with DossierFile.open(path, author="测试") as f:
        assert f.schema_version == 2 and f.backup_path == tmp_path / "old.v2.bak.pzd"
        s = f.session
        from app.models import lifecycle

        lifecycle.finalise(s)
        lifecycle.mark_submitted(s)
        pilot_stages.approve(s, on=APPROVED, number="x号")
        pilot_edits.set_actual(s, CAT, 1, "policy.funding.special_funds", "special_funds", value="50")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert conn.execute("SELECT count(*) FROM pilot").fetchone()[0] == 3          # approval, frozen, one value
    conn.close()
    backup = sqlite3.connect(tmp_path / "old.v2.bak.pzd")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
    assert backup.execute("SELECT count(*) FROM sqlite_master WHERE name = 'pilot'").fetchone()[0] == 0
    backup.close()
    summary = read_summary(path)
    assert summary.stage == "approved" and summary.facts.approved == APPROVED
    assert summary.facts.reports[1] == "drafting"
    assert pilot.actual(read_dossier(path), 1, "policy.funding.special_funds", "special_funds").value == "50"
