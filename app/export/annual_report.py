"""The annual report (年度试点工作开展情况, 第十五条) and the 复核 material (第十七条) as ``Document``s.

Composed into the writer-neutral model of ``app.export.document`` — the same
Word and PDF writers lay them out in the GB/T 9704 style of the plan.

年度报告 (``compose_report``): an opening that cites 第十五条 and the approval;
一、目标完成情况 — every target the approved plan sets for the year (amended
where recorded) against the value reached, with the exact completion rate
(``app.models.completion``), totals per first-level indicator (labelled
完成度, never a score), the amendments and the targets not reached;
二、重点任务推进情况 — per area of the construction guide: work done,
problems, next year's measures; 三、星级评定与第十八条事项; 附件：证明材料清单.

复核材料 (``compose_review``): every target of years 1–3 against what was
reached, completion over the period per first-level indicator and in total,
the reports and ratings, the amendments, the review texts.

In a draft, unfilled parts are flagged; the export refuses a final document
while any remain (``app.models.pilot_findings.report_findings``).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from app.export.document import Closing, Document, Heading, PageBreak, Paragraph, Table
from app.export.numbering import NumberedEvidence
from app.export.plan import signer, signers
from app.export.typeset import cn_date
from app.export.typeset import cn_number as cn
from app.models import completion, pilot
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.models.numbers import NumberError, format_exact, format_rounded
from app.models.values import human_size

NOTICE_RULES = "《“5G+工业互联网”融合应用先导区试点工作规则（暂行）》"
NOT_SCORE = "完成度为各目标完成率（单项以100%计上限）的平均值，仅反映目标完成情况，不是评价得分。"


def report_title(dossier: Dossier, year: int | None) -> str:
    city = dossier.display_name()
    if year:
        return f"{city}“5G+工业互联网”融合应用先导区第{cn(year)}年度试点工作开展情况"
    return f"{city}“5G+工业互联网”融合应用先导区试点期满复核材料"


def known_on(items: list, until: date | None) -> list:
    """Ratings or incidents known on the document's date (a report dated before a rating does not show it)."""
    return [i for i in items if until is None or not i.date or i.date <= until.isoformat()]


def cited_evidence(dossier: Dossier, catalogue: Catalogue, year: int | None,
                   until: date | None = None) -> list[NumberedEvidence]:
    """The evidence a report cites (its values reached, in table order; then ratings, incidents known on its
    date ``until``), numbered 附件1…"""
    years = [year] if year else list(range(1, pilot.PILOT_YEARS + 1))
    ids: list[str] = []
    for y in years:
        for row in completion.year_rows(dossier, catalogue, y):
            ids += list(row.actual.evidence) if row.actual else []
    for rating in known_on(pilot.ratings(dossier), until):
        ids += list(rating.evidence) if rating.year in years else []
    for incident in known_on(pilot.incidents(dossier), until):
        ids += list(incident.evidence)
    items = [dossier.evidence_item(i) for i in dict.fromkeys(ids)]
    return [NumberedEvidence(item, seq) for seq, item in enumerate([i for i in items if i is not None], start=1)]


def _labels(numbered: list[NumberedEvidence]) -> dict[str, str]:
    return {e.item.id: e.label for e in numbered}


def _opening(dossier: Dossier, year: int | None) -> list:
    found = pilot.approval(dossier)
    day = found.day if found else None
    blocks = []
    if day is not None and found is not None:
        end = pilot.cn_date(pilot.pilot_end(day))
        blocks.append(Paragraph(f"{dossier.display_name()}于{pilot.cn_date(day)}经工业和信息化部批复"
                                f"（{found.number}）开展“5G+工业互联网”融合应用先导区试点，试点期三年，至{end}。"))
        if year:
            first, last = pilot.year_span(day, year)
            blocks.append(Paragraph(f"根据{NOTICE_RULES}第十五条，现将试点第{cn(year)}年度（{pilot.cn_date(first)}至"
                                    f"{pilot.cn_date(last)}）试点工作开展情况报告如下。"))
        else:
            blocks.append(Paragraph(f"根据{NOTICE_RULES}第十七条，试点期满后由工业和信息化部组织复核，考核试点工作方案"
                                    "目标完成情况。现将试点期目标完成情况及有关材料报告如下。"))
    return blocks


def target_name(row: completion.TargetRow | completion.PeriodRow) -> str:
    """「1.1.2 新出台专项政策文件（项）」: the indicator's code, the target, its unit."""
    return f"{row.indicator.code} {row.target.label}（{row.target.unit}）"


def _year_table(rows: list[completion.TargetRow], labels: dict[str, str], *, draft: bool) -> Table:
    body, flagged = [], set()
    for n, row in enumerate(rows, start=1):
        c = row.completion
        value = row.actual.value if row.actual and row.actual.value else ""
        planned = (row.planned or "") + ("（调整）" if row.amendments else "")
        cites = "、".join(labels[e] for e in (row.actual.evidence if row.actual else ()) if e in labels)
        if not value:
            flagged.add((n - 1, 3))
        body.append([str(n), target_name(row), planned, value or ("" if draft else "（未填报）"), c.rate_text(),
                     c.status_label, cites])
    if not body:
        body = [["", "（批复的方案中没有本年度目标）", "", "", "", "", ""]]
    return Table(["序号", "指标及目标项", "年度目标", "实际完成", "完成率", "状态", "证明材料"], body,
                 col_widths=[0.6, 3.7, 1.2, 1.2, 1.2, 1.3, 1.2], caption="表1 年度目标完成情况",
                 flagged_cells=flagged if draft else set())


def _totals_table(catalogue: Catalogue, pairs: list, caption: str) -> tuple[Table, completion.Total]:
    sections, overall = completion.totals(catalogue, pairs)
    rows = [[s.name, str(sections[s.id].counted), str(sections[s.id].met), sections[s.id].text()]
            for s in catalogue.sections if sections[s.id].counted]
    rows.append(["合计", str(overall.counted), str(overall.met), overall.text()])
    return Table(["一级指标", "目标数", "已达成", "完成度"], rows, col_widths=[2.4, 1.2, 1.2, 3.2], caption=caption), overall


def _amendment_paragraphs(catalogue: Catalogue, amendments: list[pilot.Amendment]) -> list:
    out = []
    for a in amendments:
        try:
            spec = catalogue.indicator(a.indicator).target(a.target)
        except KeyError:
            continue
        doc = f"，依据{a.document}" if a.document else ""
        out.append(Paragraph(f"“{spec.label}”第{cn(a.year)}年目标于{pilot.cn_date(a.date)}由{a.old or '（未设）'}{spec.unit}"
                             f"调整为{a.new}{spec.unit}{doc}。理由：{a.reason}"))
    return out


def _behind_paragraphs(rows: list[completion.TargetRow]) -> list:
    late = [r for r in completion.behind(rows) if r.completion.status == completion.BEHIND]
    if not late:
        return [Paragraph("本年度目标均已达成。")] if rows and all(r.completion.status == completion.MET for r in rows) else []
    out = [Paragraph(f"未达成的目标{cn(len(late))}项：")]
    for n, r in enumerate(late, start=1):
        word = "尚差" if r.target.direction != "less" else "超出"
        out.append(Paragraph(f"（{cn(n)}）{r.indicator.code} {r.target.label}：目标{r.planned}{r.target.unit}，实际完成"
                             f"{r.actual.value if r.actual else ''}{r.target.unit}，完成率{r.completion.rate_text()}，"
                             f"{word}{show_number(r.completion.gap)}{r.target.unit}。"))
    return out


def show_number(value: Fraction | None) -> str:
    """An exact number as plain decimals (rounded to two places only when it does not terminate)."""
    if value is None:
        return ""
    try:
        return format_exact(value)
    except NumberError:
        return format_rounded(value, 2)


def _area_blocks(dossier: Dossier, catalogue: Catalogue, scope: str, *, draft: bool, heading: str) -> list:
    labels = pilot.REVIEW_PART_LABELS if scope == "review" else pilot.TEXT_PART_LABELS
    blocks: list = [Heading(1, heading, f"{scope}.tasks")]
    for index, area in enumerate(catalogue.guide_areas, start=1):
        blocks.append(Heading(2, f"（{cn(index)}）{area.name.split('、', 1)[-1]}", f"{scope}.{area.id}"))
        texts = pilot.area_text(dossier, scope, area.id)
        for n, part in enumerate(pilot.TEXT_PARTS, start=1):
            blocks.append(Heading(3, f"{n}.{labels[part]}"))
            paragraphs = [p.strip() for p in texts[part].split("\n") if p.strip()]
            if paragraphs:
                blocks += [Paragraph(p) for p in paragraphs]
            elif part == "done":
                blocks.append(Paragraph("此部分尚未填写。", flagged=True) if draft else Paragraph("（未填写）"))
            else:
                blocks.append(Paragraph("无。"))
    return blocks


def _ratings_blocks(dossier: Dossier, years: list[int], labels: dict[str, str], heading: str,
                    until: date) -> list:
    blocks: list = [Heading(1, heading, "ratings")]
    found = [r for r in known_on(pilot.ratings(dossier), until) if r.year in years or len(years) > 1]
    if found:
        rows = [[f"第{cn(r.year)}年", f"{r.stars}星", pilot.cn_date(r.date), r.document,
                 "、".join(labels[e] for e in r.evidence if e in labels)] for r in found]
        blocks.append(Table(["试点年度", "星级", "评定日期", "评定文件", "证明材料"], rows,
                            col_widths=[1.2, 0.9, 1.6, 3.2, 1.2], caption="表3 星级评定情况"))
    else:
        blocks.append(Paragraph("截至本报告日期，尚未收到星级评定结果。"))
    low = [r for r in known_on(pilot.ratings(dossier), until) if r.below_three]
    if low:
        blocks.append(Paragraph(f"试点以来星级评定为三星以下（含三星）{len(low)}次。依工作规则第十八条（四），"
                                "累计两次星级评定为三星以下的，撤销批复。"))
    events = known_on(pilot.incidents(dossier), until)
    if events:
        for i in events:
            blocks.append(Paragraph(f"{pilot.cn_date(i.date)}，{i.label}：{i.description}"
                                    f"（工作规则第十八条{i.clause}）。"))
    else:
        blocks.append(Paragraph("截至本报告日期，未记录工作规则第十八条所列事项。"))
    return blocks


def _evidence_index(numbered: list[NumberedEvidence], heading: str) -> list:
    rows = [[e.label, e.item.title or e.item.filename, e.item.filename, human_size(e.item.size)] for e in numbered]
    if not rows:
        rows = [["", "（未引用证明材料）", "", ""]]
    return [PageBreak(), Heading(1, heading, "evidence"),
            Table(["编号", "材料名称", "文件名", "大小"], rows, col_widths=[0.9, 3.2, 2.6, 1.3])]


def _closing(dossier: Dossier, when: date) -> list:
    """The 落款 (署名 and 成文日期) right after the text, as the plan's (GB/T 9704-2012 7.3.5.2)."""
    return [Closing(signers(dossier), cn_date(when))]


def _document(dossier: Dossier, catalogue: Catalogue, year: int | None, draft: bool) -> Document:
    what = "年度试点工作开展情况" if year else "试点期满复核材料"
    return Document(title=report_title(dossier, year), draft=draft, title_words=tuple(dossier.city_names()),
                    author=signer(dossier), subject=catalogue.title,
                    keywords=f"“5G+工业互联网”融合应用先导区；{what}；" + "、".join(dossier.city_names()))


def compose_report(dossier: Dossier, catalogue: Catalogue, year: int, *, draft: bool,
                   today: date | None = None) -> Document:
    """第N年度试点工作开展情况."""
    when = today or date.today()
    numbered = cited_evidence(dossier, catalogue, year, when)
    labels = _labels(numbered)
    rows = completion.year_rows(dossier, catalogue, year)
    doc = _document(dossier, catalogue, year, draft)
    doc.blocks += _opening(dossier, year)
    table, overall = _totals_table(catalogue, [(r.indicator, r.completion) for r in rows], "表2 按一级指标汇总")
    doc.blocks += [Heading(1, "一、目标完成情况", "targets"),
                   Paragraph(f"批复的试点工作方案设定第{cn(year)}年度目标{overall.counted}项，已达成{overall.met}项，"
                             f"完成度{overall.text().split('（')[0]}。{NOT_SCORE}"),
                   _year_table(rows, labels, draft=draft), table]
    doc.blocks += _behind_paragraphs(rows)
    doc.blocks += _amendment_paragraphs(catalogue, [a for a in pilot.amendments(dossier) if a.year == year])
    doc.blocks += _area_blocks(dossier, catalogue, f"report/{year}", draft=draft, heading="二、重点任务推进情况")
    doc.blocks += _ratings_blocks(dossier, [year], labels, "三、星级评定与第十八条事项", when)
    doc.blocks += _closing(dossier, when)
    doc.blocks += _evidence_index(numbered, "附件：证明材料清单")
    return doc


def _period_table(rows: list[completion.PeriodRow], *, draft: bool) -> Table:
    body, flagged = [], set()
    for n, row in enumerate(rows, start=1):
        cells = []
        for y, year_row in enumerate(row.years):
            if year_row is None:
                cells.append("—")
                continue
            reached = year_row.actual.value if year_row.actual and year_row.actual.value else ""
            if not reached:
                flagged.add((n - 1, 2 + y))
            cells.append(f"{year_row.planned}／{reached or '（未填报）'}")
        c = row.completion
        body.append([str(n), target_name(row), *cells, c.rate_text(), c.status_label])
    if not body:
        body = [["", "（批复的方案中没有目标）", "", "", "", "", ""]]
    return Table(["序号", "指标及目标项", "第一年 目标／实际", "第二年 目标／实际", "第三年 目标／实际", "期末完成率", "结论"],
                 body, col_widths=[0.6, 3.2, 1.5, 1.5, 1.5, 1.2, 1.3], caption="表1 试点目标完成情况",
                 flagged_cells=flagged if draft else set())


def compose_review(dossier: Dossier, catalogue: Catalogue, *, draft: bool, today: date | None = None) -> Document:
    """试点期满复核材料 (第十七条)."""
    when = today or date.today()
    numbered = cited_evidence(dossier, catalogue, None, when)
    labels = _labels(numbered)
    rows = completion.period_rows(dossier, catalogue)
    doc = _document(dossier, catalogue, None, draft)
    doc.blocks += _opening(dossier, None)
    table, overall = _totals_table(catalogue, [(r.indicator, r.completion) for r in rows], "表2 按一级指标汇总")
    doc.blocks += [Heading(1, "一、目标完成情况", "targets"),
                   Paragraph(f"批复的试点工作方案设定目标{overall.counted}项（累计量目标按三年合计、水平量目标按第三年"
                             f"判定），已达成{overall.met}项，完成度{overall.text().split('（')[0]}。{NOT_SCORE}"),
                   _period_table(rows, draft=draft), table]
    doc.blocks += _amendment_paragraphs(catalogue, pilot.amendments(dossier))
    reports = [f"第{cn(y)}年度报告{pilot.report_status(dossier, y).label}" for y in range(1, pilot.PILOT_YEARS + 1)]
    doc.blocks += [Heading(1, "二、年度报告报送情况", "reports"), Paragraph("；".join(reports) + "。")]
    doc.blocks += _ratings_blocks(dossier, list(range(1, pilot.PILOT_YEARS + 1)), labels, "三、星级评定与第十八条事项",
                                  when)
    doc.blocks += _area_blocks(dossier, catalogue, "review", draft=draft, heading="四、试点工作总结")
    doc.blocks += _closing(dossier, when)
    doc.blocks += _evidence_index(numbered, "附件：证明材料清单")
    return doc
