"""The 先导区试点工作方案 composed from a dossier, in the order of the 评审指标.

``compose_plan`` turns a dossier into the writer-neutral ``Document`` of
``app.export.document``; the Word and PDF writers lay it out per GB/T 9704.
Structure (工作规则第十条): 一、基本情况; 二、现有基础条件 (every indicator
in catalogue order: narrative, figures, registers as tables, the evidence
cited); 三、不可偏离条件达标情况; 四、试点目标 (annual targets, years 1–3);
五、重点任务 (one part per area of the catalogue's construction guide);
六、保障措施; the 落款 (申报单位 and the date of the version exported); then,
each on a new page, 附件：证明材料清单 and 附表：评审指标对照表.  Every table
is numbered and listed after the table of contents.  In a draft, unfilled
parts are flagged and the cover says which draft it is; a final export is
refused while any remain (``app.export.submission.blocking_findings``).

What the catalogue decides stays in the catalogue: the guide areas (and the
plan-text key of each, :func:`task_key`), the city table's columns and the
coverage threshold (the starred per-capita rule, :mod:`app.export.plan_tables`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.export.document import (Closing, Cover, Document, Heading, PageBreak, Paragraph, Table,
                                 TableOfContents)
from app.export.numbering import NumberedEvidence, labels_by_indicator, number_evidence
from app.export.plan_tables import (city_table, coverage_rule, evidence_table, fields_table, register_table,
                                    targets_table)
from app.export.typeset import cn_date, cn_number
from app.models.assessment import Evaluation
from app.models.catalogue import Catalogue, GuideArea, Indicator
from app.models.dates import attestation_holds
from app.models.dossier import Dossier
from app.models.hygiene import scrubbed

cn = cn_number  # the name the rest of the app knew
OVERVIEW_KEY, SAFEGUARDS_KEY = "overview", "safeguards"  # the plan's own parts (工作规则第十条), not catalogue data


def task_key(area: GuideArea) -> str:
    """The plan-text key of the 重点任务 part written for one construction-guide area."""
    return f"tasks.{area.id}"


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


def signer(dossier: Dossier) -> str:
    """The 署名: the 申报单位 (the city's 人民政府 when none is given)."""
    return dossier.applicant.strip() or dossier.display_name() + "人民政府"


def signers(dossier: Dossier) -> list[str]:
    """The 落款's 署名 lines: each body of a 申报单位 written as 「甲、乙」 on its own line (GB/T 9704 7.3.5.3)."""
    return [s.strip() for s in signer(dossier).split("、") if s.strip()]


def plan_context(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool) -> PlanContext:
    # a file from an older version may hold text no Word/PDF file can (reported as an error by evaluate)
    dossier, evaluation = scrubbed(dossier), scrubbed(evaluation)
    return PlanContext(dossier, catalogue, evaluation, number_evidence(dossier, catalogue), draft)


def compose_plan(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool,
                 today: date | datetime | str | None = None, draft_label: str = "") -> Document:
    return compose_document(plan_context(dossier, catalogue, evaluation, draft=draft), today=today,
                            draft_label=draft_label)


def compose_document(ctx: PlanContext, *, today: date | datetime | str | None = None,
                     draft_label: str = "") -> Document:
    """The plan as a :class:`Document`.

    *today* is the date of the version exported — the 定稿 date of a final
    export, the date of the draft otherwise (default: the system date); it is
    printed on the cover and in the 落款.  *draft_label* says which draft it
    is (e.g. 「第2稿」); a draft's cover and page marks carry it.
    """
    dossier, draft = ctx.dossier, ctx.draft
    when = cn_date(today if today not in (None, "") else date.today())
    cover_lines = [f"申报城市：{dossier.display_name()}", f"申报单位：{signer(dossier)}"]
    if dossier.contact:
        cover_lines.append(f"联 系 人：{dossier.contact}")
    which = f"草稿（{draft_label.strip()}）" if draft_label.strip() else "草稿"
    title = plan_title(dossier)
    doc = Document(
        title=title, cover=Cover(title, cover_lines, f"{which}　{when}" if draft else when), draft=draft,
        title_words=tuple(dossier.city_names()), author=signer(dossier), subject=ctx.catalogue.title,
        keywords="“5G+工业互联网”融合应用先导区；试点工作方案；" + "、".join(dossier.city_names()),
        blocks=[TableOfContents(levels=2, tables=True)],
    )
    doc.blocks += _basic_situation(ctx)
    doc.blocks += _existing_conditions(ctx)
    doc.blocks += _starred_conditions(ctx)
    doc.blocks += _targets(ctx)
    doc.blocks += _key_tasks(ctx)
    doc.blocks += [Heading(1, "六、保障措施", SAFEGUARDS_KEY)] + _text(ctx, ctx.dossier.plan_texts.get(SAFEGUARDS_KEY, ""))
    doc.blocks.append(Closing(signers(dossier), when))
    doc.blocks += _evidence_index(ctx)
    doc.blocks += crossref_blocks(ctx)
    doc.number_tables()
    if draft:
        doc.draft_note = f"{which} · {when} · " + ("含待补充内容，不得报送" if doc.has_flags() else "不得报送")
    return doc


def _text(ctx: PlanContext, text: str, *, required: bool = True) -> list[Paragraph]:
    text = text.strip()
    if text:
        return [Paragraph(p.strip()) for p in text.split("\n") if p.strip()]
    if not required:
        return []
    return [Paragraph("此部分尚未填写。", flagged=True)] if ctx.draft else [Paragraph("（未填写）")]


def _basic_situation(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "一、基本情况", OVERVIEW_KEY)]
    blocks += _text(ctx, ctx.dossier.plan_texts.get(OVERVIEW_KEY, ""))
    table = city_table(ctx)
    return blocks + ([table] if table is not None else [])


def _existing_conditions(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "二、现有基础条件", "conditions")]
    cites = labels_by_indicator(ctx.evidence)
    for s_index, section in enumerate(ctx.catalogue.sections, start=1):
        blocks.append(Heading(2, f"（{cn(s_index)}）{section.name}", f"conditions.{section.id}"))
        for i_index, ind in enumerate(section.indicators, start=1):
            group = next(g for g in section.groups if g.id == ind.group_id)
            star = "★" if ind.starred else ""
            blocks.append(Heading(3, f"{i_index}.{star}{ind.name}（{group.name}）", f"ind.{ind.id}"))
            blocks += _indicator_body(ctx, ind, cites.get(ind.id, []))
    return blocks


def _indicator_body(ctx: PlanContext, ind: Indicator, cited: list[str]) -> list:
    answer = ctx.dossier.peek_answer(ind.id)
    blocks: list = _text(ctx, answer.narrative if answer else "", required=ind.narrative_required)
    if ind.fields:
        blocks.append(fields_table(ctx, ind))
    coverage = coverage_rule(ctx)
    shown_in_overview = coverage[1]["register"] if coverage else None
    for register_id in ind.registers:
        if register_id != shown_in_overview:  # the city table is in 一、基本情况
            blocks.append(register_table(ctx, register_id))
    if ind.attestations:
        blocks += _attestation_paragraphs(ctx)
    if cited:
        blocks.append(Paragraph(f"证明材料：{'、'.join(cited)}。"))
    elif ind.evidence_required:
        blocks.append(Paragraph("证明材料：尚未提供。", flagged=ctx.draft))
    return blocks


def _attestation_paragraphs(ctx: PlanContext) -> list:
    blocks = []
    for att in ctx.catalogue.attestations:
        ans = ctx.dossier.attestations.get(att.id)
        if ans and attestation_holds(ans):
            who = f"{ans.role}{ans.person}" if ans.role else ans.person
            blocks.append(Paragraph(f"{att.text}（承诺人：{who}，{cn_date(ans.date)}）。"))
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
        Table(["指标", "不可偏离条件", "实测情况", "结论"], rows, caption="不可偏离条件达标情况",
              flagged_cells=flagged if ctx.draft else set()),
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
        table = targets_table(ctx, section.name, section.indicators)
        if table is not None:
            blocks += [Heading(2, f"（{cn(s_index)}）{section.name}", f"targets.{section.id}"), table]
    return blocks


def _key_tasks(ctx: PlanContext) -> list:
    blocks: list = [Heading(1, "五、重点任务", "tasks")]
    for a_index, area in enumerate(ctx.catalogue.guide_areas, start=1):
        title = area.name.split("、", 1)[-1]
        blocks.append(Heading(2, f"（{cn(a_index)}）{title}", task_key(area)))
        blocks.append(Paragraph(f"对照《{ctx.catalogue.guide_name}》：{'；'.join(area.items)}。"))
        blocks += _text(ctx, ctx.dossier.plan_texts.get(task_key(area), ""))
    return blocks


def _evidence_index(ctx: PlanContext) -> list:
    return [PageBreak(), Heading(1, "附件：证明材料清单", "evidence"), evidence_table(ctx)]


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
    return [PageBreak(), Heading(1, "附表：评审指标对照表", "crossref"),
            Table(CROSSREF_COLUMNS, crossref_rows(ctx), caption="评审指标对照表")]
