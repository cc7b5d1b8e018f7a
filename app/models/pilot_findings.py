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
from app.models.assessment import Finding, Severity, finding
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.models.pilot_status import facts, overdue_reports
from app.models.rules import Jump
from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, phrase

# What 第十八条 says follows: 不予批复 before approval, 撤销 after (context "findings", as every finding sentence;
# the sentences are templates with their values, so the gap panel and the timeline show them in the UI's language).
CONSEQUENCES = {
    "submitted": QT_TRANSLATE_NOOP("findings", "不予批复，三年内不允许申请工业和信息化部工业互联网相关项目"),
    "approved": QT_TRANSLATE_NOOP("findings", "已批复的撤销，三年内不允许申请工业和信息化部工业互联网相关项目"),
}
STAR_WORDS = {1: QT_TRANSLATE_NOOP("findings", "一星"), 2: QT_TRANSLATE_NOOP("findings", "二星"),
              3: QT_TRANSLATE_NOOP("findings", "三星"), 4: QT_TRANSLATE_NOOP("findings", "四星"),
              5: QT_TRANSLATE_NOOP("findings", "五星")}
TIMELINE = Jump("", "pilot", "timeline")
TEMPLATES = {
    "low_twice": QT_TRANSLATE_NOOP(
        "findings", "累计{n}次星级评定为三星以下（含三星；{ratings}）：依工作规则第十八条（四），{consequence}。"),
    "rating": QT_TRANSLATE_NOOP("findings", "第{year}年{stars}"),
    "low_once": QT_TRANSLATE_NOOP(
        "findings", "第{year}年星级评定为{stars}，属三星以下（含三星）：依工作规则第十八条（四），累计两次星级评定为三星以下的，"
                    "{consequence}；再有一次即达到撤销条件。"),
    "incident": QT_TRANSLATE_NOOP("findings", "{date}发生{incident}（{description}）：依工作规则{clause}，{consequence}。"),
    "overdue": QT_TRANSLATE_NOOP(
        "findings", "试点第{year}年已于{date}结束，第{year}年度试点工作开展情况尚未报送（工作规则第十五条）。"),
    "no_targets": QT_TRANSLATE_NOOP("findings", "批复的试点工作方案中没有第{year}年目标，无法对照填报"),
    "actual_missing": QT_TRANSLATE_NOOP("findings", "第{year}年“{indicator} › {target}”：未填报实际完成值"),
    "actual_invalid": QT_TRANSLATE_NOOP("findings", "第{year}年“{indicator} › {target}”：实际完成值不是有效数字"),
    "actual_evidence": QT_TRANSLATE_NOOP("findings", "第{year}年“{indicator} › {target}”：建议关联证明材料"),
    "text_missing": QT_TRANSLATE_NOOP("findings", "“{area}”：未填写{part}"),
    "text_recommended": QT_TRANSLATE_NOOP("findings", "“{area}”：建议填写{part}"),
    "year_running": QT_TRANSLATE_NOOP("findings", "试点第{year}年至{date}结束，现在填报的是截至目前的数据"),
}


def consequence(dossier: Dossier) -> str:
    """What 第十八条 says follows, for this dossier: 不予批复 before approval, 撤销 after."""
    return CONSEQUENCES["submitted" if dossier.stage == "submitted" else "approved"]


def _stars(n: int) -> Phrase | int:
    return phrase("findings", STAR_WORDS[n]) if n in STAR_WORDS else n


def lifecycle_findings(dossier: Dossier, catalogue: Catalogue, today: date | None = None) -> list[Finding]:
    if dossier.stage not in ("submitted", "approved", "review"):
        return []
    findings = []
    then = phrase("findings", consequence(dossier))
    low = [r for r in pilot.ratings(dossier) if r.below_three]
    if len(low) >= 2:
        which = Joined(tuple(phrase("findings", TEMPLATES["rating"], year=r.year, stars=_stars(r.stars)) for r in low))
        findings.append(finding(Severity.BLOCKING, TEMPLATES["low_twice"], None, Jump("", "pilot", "ratings"),
                                n=len(low), ratings=which, consequence=then))
    elif low:
        r = low[0]
        findings.append(finding(Severity.WARNING, TEMPLATES["low_once"], None, Jump("", "pilot", "ratings"),
                                year=r.year, stars=_stars(r.stars), consequence=then))
    for incident in pilot.incidents(dossier):
        findings.append(finding(Severity.BLOCKING, TEMPLATES["incident"], None,
                                Jump("", "pilot", "incidents", incident.id), date=pilot.date_words(incident.date),
                                incident=incident.words, description=incident.description,
                                clause=pilot.clause_words(incident.clause), consequence=then))
    for year, last in overdue_reports(facts(dossier), today):
        findings.append(finding(Severity.WARNING, TEMPLATES["overdue"], None, Jump("", "pilot", f"report.{year}"),
                                year=year, date=pilot.date_words(last)))
    return findings


def text_jump(page: Jump, area_id: str, part: str) -> Jump:
    """To one text of a report page: its area's tab and editor (``record_id`` 「text/<area>/<part>」)."""
    return Jump("", page.part, page.key, f"text/{area_id}/{part}")


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
            findings.append(finding(Severity.ERROR, TEMPLATES["no_targets"], None, page, year=y))
        for row in rows:
            if row.target.derived:
                continue            # computed from its part, whose own value is checked
            # the indicator's official name stays Chinese; the target's label is the catalogue's (translated)
            where = {"year": y, "indicator": row.indicator.name, "target": phrase("catalogue", row.target.label)}
            jump = Jump(row.indicator.id, "pilot", f"report.{y}", row.target.id)
            if row.actual is None or row.actual.value in (None, ""):
                findings.append(finding(Severity.ERROR, TEMPLATES["actual_missing"], row.indicator.id, jump, **where))
            elif completion.number(row.actual.value) is None:
                findings.append(finding(Severity.ERROR, TEMPLATES["actual_invalid"], row.indicator.id, jump, **where))
            elif not row.actual.evidence and year:
                findings.append(finding(Severity.WARNING, TEMPLATES["actual_evidence"], row.indicator.id, jump,
                                        **where))
    labels = pilot.REVIEW_PART_LABELS if not year else pilot.TEXT_PART_LABELS
    for area in catalogue.guide_areas:
        texts = pilot.area_text(dossier, scope, area.id)
        name = area.name.split("、", 1)[-1]          # the construction guide's own heading (official, Chinese)
        if not texts["done"].strip():
            findings.append(finding(Severity.ERROR, TEMPLATES["text_missing"], None, text_jump(page, area.id, "done"),
                                    area=name, part=phrase(pilot.CONTEXT, labels["done"])))
        for part in ("problems", "next"):
            if not texts[part].strip():
                findings.append(finding(Severity.WARNING, TEMPLATES["text_recommended"], None,
                                        text_jump(page, area.id, part), area=name,
                                        part=phrase(pilot.CONTEXT, labels[part])))
    day = pilot.approved_on(dossier)
    if year and day is not None:
        last = pilot.year_span(day, year)[1]
        if (today or date.today()) <= last:
            findings.append(finding(Severity.WARNING, TEMPLATES["year_running"], None, page, year=year,
                                    date=pilot.date_words(last)))
    findings.sort(key=lambda f: f.severity)
    return findings
