"""What the rules say about a pilot in progress: the warnings of 第十八条 and the reports' own gaps.

``lifecycle_findings`` joins the dossier's evaluation (gap panel, ``pilotzone
check``): a star rating of 三星以下 is a warning that a second one leads to
revocation; two are a blocking notice citing 第十八条（四）; a major
cybersecurity incident or production-safety accident is a blocking notice
citing （一） (and 虚假材料, 不配合评价复核, other major problems cite （二）（三）
（五））; a pilot year that ended without its report is a warning (第十五条).

「三星以下」 counts three stars too: 「以下」 includes the number itself
(《民法典》第一千二百五十九条; ``../shared/domain.md``).

``report_findings`` is what an annual report (or the 复核) still lacks before
its final export: every target's value reached, the narrative of each
重点任务 area; evidence and the other two texts are recommended.
"""

from __future__ import annotations

from datetime import date

from app.models import completion, pilot
from app.models.assessment import Finding, Severity
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.models.pilot_status import facts, overdue_reports
from app.models.rules import Jump

ARTICLE = "工作规则第十八条"
BAR = "三年内不允许申请工业和信息化部工业互联网相关项目"


def consequence(dossier: Dossier) -> str:
    """What 第十八条 says follows, for this dossier: 不予批复 before approval, 撤销 after."""
    return f"{'不予批复' if dossier.stage == 'submitted' else '已批复的撤销'}，{BAR}"
STAR_WORDS = {1: "一星", 2: "二星", 3: "三星", 4: "四星", 5: "五星"}
TIMELINE = Jump("", "pilot", "timeline")


def lifecycle_findings(dossier: Dossier, catalogue: Catalogue, today: date | None = None) -> list[Finding]:
    if dossier.stage not in ("submitted", "approved", "review"):
        return []
    findings = []
    low = [r for r in pilot.ratings(dossier) if r.below_three]
    if len(low) >= 2:
        which = "、".join(f"第{r.year}年{STAR_WORDS.get(r.stars, r.stars)}" for r in low)
        findings.append(Finding(Severity.BLOCKING, f"累计{len(low)}次星级评定为三星以下（{which}）：依{ARTICLE}（四），"
                                f"{consequence(dossier)}。", None, Jump("", "pilot", "ratings")))
    elif low:
        r = low[0]
        findings.append(Finding(Severity.WARNING, f"第{r.year}年星级评定为{STAR_WORDS.get(r.stars, r.stars)}，属三星以下"
                                f"（含三星）：依{ARTICLE}（四），累计两次星级评定为三星以下的，{consequence(dossier)}；"
                                "再有一次即达到撤销条件。", None, Jump("", "pilot", "ratings")))
    for incident in pilot.incidents(dossier):
        findings.append(Finding(Severity.BLOCKING, f"{pilot.cn_date(incident.date)}发生{incident.label}"
                                f"（{incident.description}）：依{ARTICLE}{incident.clause}，{consequence(dossier)}。",
                                None, Jump("", "pilot", "incidents", incident.id)))
    for year, last in overdue_reports(facts(dossier), today):
        findings.append(Finding(Severity.WARNING, f"试点第{year}年已于{pilot.cn_date(last)}结束，第{year}年度试点工作"
                                f"开展情况尚未报送（工作规则第十五条）。", None, Jump("", "pilot", f"report.{year}")))
    return findings


def report_findings(dossier: Dossier, catalogue: Catalogue, year: int | None,
                    today: date | None = None) -> list[Finding]:
    """What the report of ``year`` (the 复核 when None) still lacks; 错误 blocks its final export."""
    findings: list[Finding] = []
    scope = f"report/{year}" if year else "review"
    page = Jump("", "pilot", f"report.{year}" if year else "review")
    years = [year] if year else list(range(1, pilot.PILOT_YEARS + 1))
    for y in years:
        rows = completion.year_rows(dossier, catalogue, y)
        if not rows and year:
            findings.append(Finding(Severity.ERROR, f"批复的试点工作方案中没有第{y}年目标，无法对照填报", None, page))
        for row in rows:
            if row.target.derived:
                continue            # computed from its part, whose own value is checked
            where = f"第{y}年“{row.indicator.name} › {row.target.label}”"
            jump = Jump(row.indicator.id, "pilot", f"report.{y}", row.target.id)
            if row.actual is None or row.actual.value in (None, ""):
                findings.append(Finding(Severity.ERROR, f"{where}：未填报实际完成值", row.indicator.id, jump))
            elif completion.number(row.actual.value) is None:
                findings.append(Finding(Severity.ERROR, f"{where}：实际完成值不是有效数字", row.indicator.id, jump))
            elif not row.actual.evidence and year:
                findings.append(Finding(Severity.WARNING, f"{where}：建议关联证明材料", row.indicator.id, jump))
    labels = pilot.REVIEW_PART_LABELS if not year else pilot.TEXT_PART_LABELS
    for area in catalogue.guide_areas:
        texts = pilot.area_text(dossier, scope, area.id)
        name = area.name.split("、", 1)[-1]
        if not texts["done"].strip():
            findings.append(Finding(Severity.ERROR, f"“{name}”：未填写{labels['done']}", None, page))
        for part in ("problems", "next"):
            if not texts[part].strip():
                findings.append(Finding(Severity.WARNING, f"“{name}”：建议填写{labels[part]}", None, page))
    day = pilot.approved_on(dossier)
    if year and day is not None:
        last = pilot.year_span(day, year)[1]
        if (today or date.today()) <= last:
            findings.append(Finding(Severity.WARNING, f"试点第{year}年至{pilot.cn_date(last)}结束，"
                                    "现在填报的是截至目前的数据", None, page))
    findings.sort(key=lambda f: f.severity)
    return findings
