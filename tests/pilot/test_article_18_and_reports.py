"""第十八条 findings, the reports' own gaps, and the signed annual report package verified like any other."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest
from pypdf import PdfReader

from app.cli import main
from app.export import kinds
from app.export.package import ExportBlocked, ExportError
from app.export.submission import SignWith, export_submission
from app.models import completion, pilot, pilot_edits
from app.models.assessment import Severity, evaluate
from app.models.pilot_findings import lifecycle_findings, report_findings
from app.signing import identities
from app.signing.verify import verify_package
from tests.pilot.conftest import CAT, IN_YEAR_2

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _fonts(monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")


def article_18(dossier, today=IN_YEAR_2):
    return [(f.severity, f.message) for f in lifecycle_findings(dossier, CAT, today) if "第十八条" in f.message]


def test_one_rating_of_three_stars_or_less_warns_two_block(approved):
    s, d = approved.session, approved.dossier
    pilot_edits.add_rating(s, year=1, stars=4, on="2026-11-20")
    assert article_18(d) == []
    s.undo()
    pilot_edits.add_rating(s, year=1, stars=3, on="2026-11-20")      # 「三星以下」 includes three stars
    [(severity, message)] = article_18(d)
    assert severity == Severity.WARNING and "第十八条（四）" in message and "再有一次" in message
    pilot_edits.add_rating(s, year=2, stars=1, on="2026-11-25")
    [(severity, message)] = article_18(d)
    assert severity == Severity.BLOCKING and "累计2次星级评定为三星以下（含三星；第1年三星、第2年一星）" in message
    assert "第十八条（四）" in message and "已批复的撤销" in message
    # the evaluation (gap panel, `pilotzone check`) carries it
    assert any(f.severity == Severity.BLOCKING and "第十八条（四）" in f.message for f in evaluate(d, CAT).findings)


def test_ratings_are_one_to_five_stars_once_a_year(approved):
    with pytest.raises(pilot_edits.PilotEditError, match="一星到五星"):
        pilot_edits.add_rating(approved.session, year=1, stars=0, on="2026-11-20")
    pilot_edits.add_rating(approved.session, year=1, stars=5, on="2026-11-20")
    with pytest.raises(pilot_edits.PilotEditError, match="已有记录"):
        pilot_edits.add_rating(approved.session, year=1, stars=2, on="2026-11-21")


@pytest.mark.parametrize(("kind", "clause"), [("cyber", "（一）"), ("safety", "（一）"), ("false_materials", "（二）"),
                                              ("non_cooperation", "（三）"), ("other", "（五）")])
def test_an_incident_is_a_blocking_notice_citing_its_clause(approved, kind, clause):
    pilot_edits.add_incident(approved.session, kind=kind, on="2026-05-03", description="园区数据泄露")
    [(severity, message)] = article_18(approved.dossier)
    assert severity == Severity.BLOCKING and f"第十八条{clause}" in message and "2026年5月3日" in message


def test_an_incident_before_approval_means_no_approval(submitted):
    pilot_edits.add_incident(submitted.session, kind="safety", on="2025-05-03", description="爆炸事故")
    [(severity, message)] = article_18(submitted.dossier)
    assert severity == Severity.BLOCKING and "不予批复" in message and "已批复的撤销" not in message
    assert submitted.dossier.stage == "submitted"                 # recording it does not reopen the application


def test_an_ended_year_without_its_report_is_a_warning(approved):
    late = [f for f in lifecycle_findings(approved.dossier, CAT, IN_YEAR_2) if "第十五条" in f.message]
    assert [f.severity for f in late] == [Severity.WARNING] and "试点第1年已于2026年9月18日结束" in late[0].message
    assert not [f for f in lifecycle_findings(approved.dossier, CAT, date(2026, 1, 1)) if "第十五条" in f.message]


def test_the_plan_export_ignores_pilot_notices_but_a_report_lists_its_gaps(approved):
    d = approved.dossier
    problems = report_findings(d, CAT, 1, IN_YEAR_2)
    errors = [f.message for f in problems if f.severity == Severity.ERROR]
    typed = [r for r in completion.year_rows(d, CAT, 1) if not r.target.derived]     # 每万人… is computed
    assert len([m for m in errors if "未填报实际完成值" in m]) == len(typed) == 25
    assert len([m for m in errors if "未填写工作开展情况" in m]) == 5
    with pytest.raises(ExportError, match="不再导出新的正式申报包"):
        export_submission(approved.session, CAT, approved.path.with_name("p.zip"), final=True, file=approved)


def fill_year_1(file, behind=("special_funds", "invention_patents")):
    s = file.session
    for row in completion.year_rows(file.dossier, CAT, 1):
        if row.target.derived:
            continue
        value = "1" if row.target.id in behind else row.planned
        pilot_edits.set_actual(s, CAT, 1, row.indicator.id, row.target.id, value=value)
    for area in CAT.guide_areas:
        pilot_edits.set_area_text(s, CAT, "report/1", area.id, "done", f"{area.name}：完成年度任务。")


def test_the_signed_year_1_report_is_verified_with_its_year(approved, tmp_path, pilotzone_home):
    with pytest.raises(ExportBlocked, match="未填报实际完成值"):
        export_submission(approved.session, CAT, tmp_path / "x.zip", final=True, file=approved,
                          kind=kinds.annual_report(1))
    fill_year_1(approved)
    behind = [r.target.id for r in completion.behind(completion.year_rows(approved.dossier, CAT, 1))]
    assert behind == ["special_funds", "invention_patents"]
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    out = tmp_path / "第1年度.zip"
    outcome = export_submission(approved.session, CAT, out, final=True, file=approved, kind=kinds.annual_report(1),
                                sign_with=SignWith(identity.id, PASS))
    assert outcome.report_finalised and outcome.finalised is None
    status = pilot.report_status(approved.dossier, 1)
    assert status.state == "finalised" and status.content_hash == outcome.content_hash
    assert approved.dossier.stage == "approved" and approved.dossier.revision == 1
    verdict = verify_package(out)
    assert verdict.ok, verdict.problems
    manifest = verdict.manifest
    assert manifest["document_kind"] == "annual_report" and manifest["report_year"] == 1
    assert manifest["period"] == {"start": "2025-09-18", "end": "2026-09-18"}
    assert manifest["finalised_version_hash"] == outcome.content_hash and manifest["targets"]["met"] == 24
    assert "文件类型：第1年度试点工作开展情况" in verdict.report_lines()
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        pdf = PdfReader(zf.open("第1年度试点工作开展情况.pdf"))
    assert names[:2] == ["第1年度试点工作开展情况.pdf", "第1年度试点工作开展情况.docx"]
    text = "".join("".join(page.extract_text() for page in pdf.pages).split())
    assert "第一年度试点工作开展情况" in text and "年度目标完成情况" in text and "第十五条" in text
    # exported again unchanged: the report's 定稿 stands
    again = export_submission(approved.session, CAT, tmp_path / "again.zip", final=True, file=approved,
                              kind=kinds.annual_report(1))
    assert not again.report_finalised and again.content_hash == outcome.content_hash
    assert main(["verify", str(out)]) == 0


def test_command_line_render_and_package_a_report(approved, tmp_path, capsys):
    fill_year_1(approved)
    path = approved.path
    approved.close()
    assert main(["render", str(path), "--report", "1", "-o", str(tmp_path / "docs")]) == 0
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["第1年度试点工作开展情况.docx",
                                                                    "第1年度试点工作开展情况.pdf"]
    assert main(["render", str(path), "--report", "2", "--final", "-o", str(tmp_path / "d2")]) == 2
    assert "未填报实际完成值" in capsys.readouterr().err
    assert main(["package", str(path), "--report", "1", "-o", str(tmp_path / "r1.zip")]) == 0
    assert "第1年度试点工作报告已定稿" in capsys.readouterr().out
    with zipfile.ZipFile(tmp_path / "r1.zip") as zf:
        assert json.loads(zf.read("manifest.json"))["report_year"] == 1
    assert main(["check", "--json", str(path)]) in (0, 1)
    lifecycle = json.loads(capsys.readouterr().out)["lifecycle"]
    assert lifecycle["stage"] == "approved" and lifecycle["reports"]["1"] == "finalised"
    assert main(["render", str(path), "--review", "-o", str(tmp_path / "rv")]) == 2
    assert "开始复核后" in capsys.readouterr().err
