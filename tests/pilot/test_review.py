"""The 复核 at the end: every target of years 1–3 against what was reached, level targets by their last year,
flow targets by the sums, exported and verified like an annual report."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from fractions import Fraction

import pytest

from app.export import kinds
from app.export.package import ExportBlocked
from app.export.submission import export_submission
from app.models import completion, lifecycle, pilot_edits, pilot_stages
from app.models.lifecycle import StageError
from tests.pilot.conftest import CAT

FLOW = ("policy.special.special_policies", "new_policies")          # 新出台专项政策文件: each year's own number
LEVEL = ("policy.funding.special_funds", "special_funds")


@pytest.fixture(autouse=True)
def _fonts(monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")


@pytest.fixture
def reviewed(submitted):
    """Approved in 2022, all three years reported (flow: 2 + 1 + 0 against 2 + 1 + 1), the 复核 started."""
    s = submitted.session
    pilot_stages.approve(s, on="2022-03-01", number="x号")
    for year in (1, 2, 3):
        for row in completion.year_rows(submitted.dossier, CAT, year):
            if row.target.derived:
                continue
            value = {1: "2", 2: "1", 3: "0"}[year] if row.key == FLOW else row.planned
            pilot_edits.set_actual(s, CAT, year, row.indicator.id, row.target.id, value=value)
    pilot_stages.start_review(s, today=date(2025, 6, 1))
    return submitted


def test_the_period_judges_levels_by_the_last_year_and_flows_by_the_sums(reviewed):
    d = reviewed.dossier
    assert d.answer(FLOW[0]).targets[FLOW[1]] == ["2", "1", "1"]
    rows = {r.indicator.id + "/" + r.target.id: r for r in completion.period_rows(d, CAT)}
    flow = rows["/".join(FLOW)].completion
    assert (flow.target, flow.actual, flow.rate) == (4, 3, Fraction(3, 4)) and flow.status == completion.BEHIND
    level = rows["/".join(LEVEL)]
    assert level.completion == level.years[2].completion and level.completion.status == completion.MET
    with pytest.raises(StageError, match="以批复的版本"):
        lifecycle.finalise(reviewed.session)


def test_the_review_material_is_exported_and_frozen_like_a_report(reviewed, tmp_path):
    with pytest.raises(ExportBlocked, match="目标完成情况"):
        export_submission(reviewed.session, CAT, tmp_path / "x.zip", final=True, file=reviewed, kind=kinds.REVIEW)
    for area in CAT.guide_areas:
        pilot_edits.set_area_text(reviewed.session, CAT, "review", area.id, "done", "三年目标基本完成。")
    outcome = export_submission(reviewed.session, CAT, tmp_path / "复核.zip", final=True, file=reviewed,
                                kind=kinds.REVIEW)
    assert outcome.report_finalised and pilot_stages.status_of(reviewed.dossier, None).state == "finalised"
    with zipfile.ZipFile(tmp_path / "复核.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert "试点期满复核材料.pdf" in zf.namelist()
    assert manifest["document_kind"] == "review" and manifest["period"] == {"start": "2022-03-01", "end": "2025-03-01"}
    assert manifest["targets"]["counted"] == 26 and manifest["targets"]["met"] == 25
    pilot_stages.complete(reviewed.session, on="2025-06-30", number="复核通过")
    assert reviewed.dossier.stage == "completed"
