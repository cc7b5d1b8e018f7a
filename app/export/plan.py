"""The 先导区试点工作方案 composed from a dossier, in the order of the 评审指标.

``compose_plan`` turns a dossier into the writer-neutral ``Document`` of
``app.export.document``; the Word and PDF writers lay it out per GB/T 9704.
Structure (工作规则第十条): 一、基本情况; 二、现有基础条件 (every indicator
in catalogue order: narrative, figures, registers as tables, the evidence
cited); 三、不可偏离条件达标情况; 四、试点目标 (annual targets, years 1–3);
五、重点任务 (the construction guide's five areas); 六、保障措施; 附件：证明材料清单;
附表：评审指标对照表.  In a draft, unfilled parts are flagged; a final
export is refused while any remain (``unfilled_parts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.export.document import Cover, Document, Heading, PageBreak, Paragraph, Table, TableOfContents
from app.export.numbering import NumberedEvidence, labels_by_indicator, number_evidence
from app.models.assessment import Evaluation, Severity
from app.models.hygiene import scrubbed
from app.models.targets import target_values
from app.models.catalogue import Catalogue, Indicator
from app.models.dossier import Dossier
from app.models.numbers import format_for_comparison, parse_decimal
from app.models.values import format_cell, human_size, quantity_in_base_units

CN_NUMERALS = "一二三四五六七八九十"
MISSING = "（未填写）"


def cn(n: int) -> str:
    if n <= 10:
        return CN_NUMERALS[n - 1]
    if n < 20:
        return "十" + CN_NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return CN_NUMERALS[tens - 1] + "十" + (CN_NUMERALS[ones - 1] if ones else "")


@dataclass(frozen=True)
class PlanContext:
    dossier: Dossier
    catalogue: Catalogue
    evaluation: Evaluation
    evidence: list[NumberedEvidence]
    draft: bool


def plan_title(dossier: Dossier) -> str:
    if dossier.title.strip():
        return dossier.title.strip()
    return f"{dossier.display_name()}“5G+工业互联网”融合应用先导区试点工作方案"


def plan_context(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool) -> PlanContext:
    # a file from an older version may hold text no Word/PDF file can (reported as an error by evaluate)
    dossier, evaluation = scrubbed(dossier), scrubbed(evaluation)
    return PlanContext(dossier, catalogue, evaluation, number_evidence(dossier, catalogue), draft)


def compose_plan(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool,
                 today: date | None = None) -> Document:
    return compose_document(plan_context(dossier, catalogue, evaluation, draft=draft), today=today)


def compose_document(ctx: PlanContext, *, today: date | None = None) -> Document:
    dossier, draft = ctx.dossier, ctx.draft
    when = today or date.today()
    cover_lines = [f"申报城市：{dossier.display_name()}"]
    if dossier.applicant:
        cover_lines.append(f"申报单位：{dossier.applicant}")
    if dossier.contact:
        cover_lines.append(f"联 系 人：{dossier.contact}")
    doc = Document(
        title=plan_title(dossier), cover=Cover(plan_title(dossier), cover_lines, f"{when.year}年{when.month}月"),
        draft=draft, blocks=[TableOfContents(levels=2)],
    )
    doc.blocks += _basic_situation(ctx)
    doc.blocks += _existing_conditions(ctx)
    doc.blocks += _starred_conditions(ctx)
    doc.blocks += _targets(ctx)
    doc.blocks += _key_tasks(ctx)
    doc.blocks += _plan_text_section(ctx, "六、保障措施", "safeguards", "safeguards")
    doc.blocks += _evidence_index(ctx)
    doc.blocks += crossref_blocks(ctx)
    doc.blocks += _closing(ctx, when)
    return doc


def _closing(ctx: PlanContext, when: date) -> list:
    """The 落款 on a page of its own; a signed package puts its visible signature block below it."""
    return [PageBreak(),
            Paragraph(f"申报单位：{ctx.dossier.applicant or ctx.dossier.display_name() + '人民政府'}",
                      indent_first_line=False, align="right"),
            Paragraph(f"{when.year}年{when.month}月{when.day}日", indent_first_line=False, align="right")]


def _text(ctx: PlanContext, text: str, *, required: bool = True) -> list[Paragraph]:
    text = text.strip()
    if text:
        return [Paragraph(p.strip()) for p in text.split("\n") if p.strip()]
    if not required:
        return []
    return [Paragraph("此部分尚未填写。", flagged=True)] if ctx.draft else [Paragraph(MISSING)]


def _basic_situation(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "一、基本情况", "overview")]
    blocks += _text(ctx, ctx.dossier.plan_texts.get("overview", ""))
    blocks.append(city_table(ctx))
    return blocks


def city_table(ctx: PlanContext) -> Table:
    spec = ctx.catalogue.register("cities")
    rows, flagged = [], set()
    for r, rec in enumerate(ctx.dossier.registers.get("cities", [])):
        pop = quantity_in_base_units(spec.column("population"), rec.get("population"))
        stations = rec.get("base_stations")
        ratio = ""
        if pop and isinstance(stations, int):
            ratio = format_for_comparison(stations * 10000 / pop, parse_decimal("30"))
        row = [rec.get("name") or "", rec.get("province") or "",
               format_cell(spec.column("population"), rec.get("population"), ctx.catalogue),
               "" if stations is None else str(stations), ratio,
               "；".join(x for x in (rec.get("population_source"), rec.get("base_stations_source")) if x)]
        for c in (0, 2, 3):
            if not row[c]:
                flagged.add((r, c))
        rows.append(row)
    if not rows:
        rows, flagged = [["", "", "", "", "", ""]], {(0, 0)}
    return Table(["城市", "所属省份", "常住人口", "5G基站数（个）", "每万人5G基站数（个）", "数据来源"], rows,
                 col_widths=[1.2, 1.1, 1.3, 1.2, 1.3, 2.4], caption="表1 申报城市基本情况",
                 flagged_cells=flagged if ctx.draft else set())


def _existing_conditions(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "二、现有基础条件", "conditions")]
    cites = labels_by_indicator(ctx.evidence)
    table_no = [1]
    for s_index, section in enumerate(ctx.catalogue.sections, start=1):
        blocks.append(Heading(2, f"（{cn(s_index)}）{section.name}", f"conditions.{section.id}"))
        for i_index, ind in enumerate(section.indicators, start=1):
            group = next(g for g in section.groups if g.id == ind.group_id)
            star = "★" if ind.starred else ""
            blocks.append(Heading(3, f"{i_index}.{star}{ind.name}（{group.name}）", f"ind.{ind.id}"))
            blocks += _indicator_body(ctx, ind, cites.get(ind.id, []), table_no)
    return blocks


def _indicator_body(ctx: PlanContext, ind: Indicator, cited: list[str], table_no: list[int]) -> list:
    answer = ctx.dossier.peek_answer(ind.id)
    blocks: list = _text(ctx, answer.narrative if answer else "", required=ind.narrative_required)
    if ind.fields:
        rows, flagged = [], set()
        for r, spec in enumerate(ind.fields):
            fv = answer.fields.get(spec.id) if answer else None
            value = fv.value if fv and fv.value else ""
            note = "暂定值，待核实" if fv and fv.provisional else (fv.note if fv else "")
            if not value and (spec.required or ctx.draft):
                flagged.add((r, 1))
            rows.append([spec.label, value or ("" if ctx.draft else MISSING), spec.unit, note])
        table_no[0] += 1
        blocks.append(Table(["指标项", "数值", "单位", "备注"], rows, col_widths=[3.2, 1.4, 1.0, 1.6],
                            caption=f"表{table_no[0]} {ind.name}主要数据",
                            flagged_cells=flagged if ctx.draft else set()))
    for register_id in ind.registers:
        if register_id == "cities":
            continue  # shown in 一、基本情况 (表1)
        table_no[0] += 1
        blocks.append(register_table(ctx, register_id, f"表{table_no[0]} {ctx.catalogue.register(register_id).name}"))
    if ind.attestations:
        blocks += _attestation_paragraphs(ctx)
    if cited:
        blocks.append(Paragraph(f"证明材料：{'、'.join(cited)}。"))
    elif ind.evidence_required:
        blocks.append(Paragraph("证明材料：尚未提供。", flagged=ctx.draft))
    return blocks


def register_table(ctx: PlanContext, register_id: str, caption: str) -> Table:
    spec = ctx.catalogue.register(register_id)
    columns = [c for c in spec.columns if c.id != "reason" or any(
        r.get("reason") for r in ctx.dossier.registers.get(register_id, []))]
    rows = [[str(n)] + [format_cell(c, rec.get(c.id), ctx.catalogue) for c in columns]
            for n, rec in enumerate(ctx.dossier.registers.get(register_id, []), start=1)]
    if not rows:
        rows = [["", "（无）"] + [""] * (len(columns) - 1)]
    width_by_type = {"text": 2.3, "scenario_set": 3.2, "date": 2.0, "choice": 1.6, "quantity": 1.4, "boolean": 1.2}
    widths = [0.75] + [width_by_type.get(c.type, 0.9) for c in columns]   # 序号 fits three digits
    return Table(["序号"] + [c.label for c in columns], rows, col_widths=widths, caption=caption,
                 flagged_cells={(0, 1)} if ctx.draft and rows[0][1] == "（无）" else set())


def _attestation_paragraphs(ctx: PlanContext) -> list:
    blocks = []
    for att in ctx.catalogue.attestations:
        ans = ctx.dossier.attestations.get(att.id)
        if ans and ans.is_complete_and_positive():
            who = f"{ans.role}{ans.person}" if ans.role else ans.person
            blocks.append(Paragraph(f"{att.text}（承诺人：{who}，{ans.date}）。"))
        else:
            blocks.append(Paragraph(f"{att.text}：尚未作出承诺。", flagged=ctx.draft))
    return blocks


def _starred_conditions(ctx: PlanContext) -> list:
    ev = ctx.evaluation
    rows = [[c.name, c.condition, c.measured, "满足" if c.passed else "不满足"] for c in ev.conditions]
    flagged = {(r, 3) for r, c in enumerate(ev.conditions) if not c.passed}
    blocks: list = [
        Heading(1, "三、不可偏离条件达标情况", "starred"),
        Paragraph(f"对照《{ctx.catalogue.title}》，{ctx.dossier.display_name()}满足不可偏离条件"
                  f" {ev.passed_count} 项（共 {len(ev.conditions)} 项）。"),
        Table(["指标", "不可偏离条件", "实测情况", "结论"], rows, col_widths=[2.2, 3.0, 2.2, 0.9],
              caption="表 不可偏离条件达标情况", flagged_cells=flagged if ctx.draft else set()),
    ]
    for c in ev.conditions:
        if not c.passed:
            blocks.append(Paragraph(f"{c.name}：{c.gap}。", flagged=ctx.draft))
    return blocks


def _targets(ctx: PlanContext) -> list:
    years = ctx.catalogue.pilot_years
    blocks: list = [Heading(1, "四、试点目标", "targets"),
                    Paragraph(f"试点期为{cn(years)}年，自批复之日起计算。分年度目标如下。")]
    for s_index, section in enumerate(ctx.catalogue.sections, start=1):
        rows, flagged = [], set()
        for ind in section.indicators:
            for spec in ind.targets:
                values = target_values(ctx.dossier, ctx.catalogue, ind, spec)   # derived ones computed
                row = [ind.name, spec.label, spec.unit] + [v or "" for v in values[:years]]
                flagged |= {(len(rows), 3 + y) for y in range(years) if not values[y]}
                rows.append(row)
        if rows:
            blocks.append(Heading(2, f"（{cn(s_index)}）{section.name}", f"targets.{section.id}"))
            blocks.append(Table(["指标", "目标项", "单位"] + [f"第{cn(y)}年" for y in range(1, years + 1)], rows,
                                col_widths=[2.4, 2.0, 0.9] + [0.9] * years,
                                flagged_cells=flagged if ctx.draft else set()))
    return blocks


def _key_tasks(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "五、重点任务", "tasks")]
    for a_index, area in enumerate(ctx.catalogue.guide_areas, start=1):
        title = area.name.split("、", 1)[-1]
        blocks.append(Heading(2, f"（{cn(a_index)}）{title}", f"tasks.{area.id}"))
        blocks.append(Paragraph(f"对照《{ctx.catalogue.guide_name}》：{'；'.join(area.items)}。"))
        blocks += _text(ctx, ctx.dossier.plan_texts.get(f"tasks.{area.id}", ""))
    return blocks


def _plan_text_section(ctx: PlanContext, heading: str, key: str, bookmark: str) -> list:
    return [Heading(1, heading, bookmark)] + _text(ctx, ctx.dossier.plan_texts.get(key, ""))


def _evidence_index(ctx: PlanContext) -> list:
    names = {ind.id: f"{ind.code} {ind.name}" for ind in ctx.catalogue.indicators()}
    rows = [[e.label, e.item.title or e.item.filename, "；".join(names.get(i, i) for i in e.item.indicators),
             e.item.filename, human_size(e.item.size)] for e in ctx.evidence]
    if not rows:
        rows = [["", "（尚无证明材料）", "", "", ""]]
    return [Heading(1, "附件：证明材料清单", "evidence"),
            Table(["编号", "材料名称", "对应指标", "文件名", "大小"], rows, col_widths=[0.8, 2.4, 2.8, 2.0, 0.9])]


def crossref_rows(ctx: PlanContext) -> list[list[str]]:
    """评审指标对照表: indicator → where the plan addresses it → evidence numbers → starred values."""
    cites = labels_by_indicator(ctx.evidence)
    conditions = {c.indicator_id: c for c in ctx.evaluation.conditions}
    rows = []
    for s_index, section in enumerate(ctx.catalogue.sections, start=1):
        for i_index, ind in enumerate(section.indicators, start=1):
            where = f"二、（{cn(s_index)}）{i_index}."
            c = conditions.get(ind.id)
            starred = f"{c.measured}；{'满足' if c.passed else '不满足'}" if c else ""
            rows.append([ind.code, ("★" if ind.starred else "") + ind.name, where,
                         "、".join(cites.get(ind.id, [])), starred])
    return rows


CROSSREF_COLUMNS = ["编号", "评审指标（三级）", "方案对应章节", "证明材料", "不可偏离条件实测"]


def crossref_blocks(ctx: PlanContext) -> list:
    return [Heading(1, "附表：评审指标对照表", "crossref"),
            Table(CROSSREF_COLUMNS, crossref_rows(ctx), col_widths=[0.9, 3.0, 1.5, 1.3, 1.9])]


def unfilled_parts(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation) -> list[str]:
    """What blocks a final export: failing starred conditions and missing required inputs."""
    return [f.message for f in evaluation.findings if f.severity in (Severity.BLOCKING, Severity.ERROR)]
