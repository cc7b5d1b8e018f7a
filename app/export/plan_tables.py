"""The tables of the 试点工作方案: one function per kind, numbers in the type of their column, units in headers.

Kept apart from :mod:`app.export.plan` (which orders the sections) because
each table has its own small rules: a quantity is printed in its column's
default unit, exactly, with the unit in the header (「常住人口（万人）」); a
field's unit goes into its label; dates read 2024年3月10日; the city table's
columns and threshold come from the starred coverage rule of the catalogue.
Captions carry no number: :meth:`app.export.document.Document.number_tables`
numbers them in document order.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

from app.export.document import Table
from app.export.typeset import cn_date, cn_number
from app.models.catalogue import ColumnSpec, Indicator
from app.models.numbers import NumberError, format_exact, format_for_comparison, parse_decimal
from app.models.targets import target_values
from app.models.values import format_cell, quantity_in_base_units

if TYPE_CHECKING:
    from app.export.plan import PlanContext

MISSING = "（未填写）"


def in_unit(column: ColumnSpec, value: Any, unit: str | None) -> str | None:
    """A quantity printed exactly in *unit* (None when that cannot be done exactly)."""
    base = quantity_in_base_units(column, value)
    if base is None or not unit or unit not in column.units:
        return None
    try:
        return format_exact(base / parse_decimal(column.units[unit]))
    except NumberError:
        return None


def header(column: ColumnSpec) -> str:
    """A register column's header, with the unit its numbers are printed in."""
    if column.type == "quantity" and column.default_unit:
        return f"{column.label}（{column.default_unit}）"
    return column.label


def cell(column: ColumnSpec, value: Any, ctx: "PlanContext") -> str:
    """A register cell as printed: numbers without their unit (it is in the header), dates in Chinese."""
    if value is None:
        return ""
    if column.type == "quantity":
        exact = in_unit(column, value, column.default_unit)
        if exact is not None:
            return exact
    if column.type == "date":
        return cn_date(str(value))
    return format_cell(column, value, ctx.catalogue)


def coverage_rule(ctx: "PlanContext") -> tuple[Indicator, dict[str, Any]] | None:
    """The starred per-capita rule (5G基站 per 10,000 residents) and its indicator, from the catalogue."""
    for ind in ctx.catalogue.indicators():
        if ind.starred and ind.rule and ind.rule.get("kind") == "per_capita_above":
            return ind, ind.rule
    return None


def city_table(ctx: "PlanContext") -> Table | None:
    """表 申报城市基本情况: who applies, the two figures of the coverage rule and their ratio."""
    found = coverage_rule(ctx)
    if found is None:
        return None
    _ind, rule = found
    spec = ctx.catalogue.register(rule["register"])
    numerator, denominator = spec.column(rule["numerator"]), spec.column(rule["denominator"])
    per, threshold = Fraction(rule["per"]), parse_decimal(rule["threshold"])
    names = [c for c in spec.columns if c.type == "text" and c.required]
    sources = [c for c in spec.columns if c.type == "text" and not c.required]
    unit = rule["unit"].split("/")[0] if rule["measured_label"].startswith("每") else rule["unit"]
    columns = [c.label for c in names] + [header(denominator), header(numerator), f"{rule['measured_label']}（{unit}）"]
    columns += ["数据来源"] if sources else []
    rows, flagged = [], set()
    for r, rec in enumerate(ctx.dossier.registers.get(spec.id, [])):
        num, den = quantity_in_base_units(numerator, rec.get(numerator.id)), quantity_in_base_units(
            denominator, rec.get(denominator.id))
        ratio = format_for_comparison(num * per / den, threshold) if num is not None and den else ""
        row = [str(rec.get(c.id) or "") for c in names]
        row += [cell(denominator, rec.get(denominator.id), ctx), cell(numerator, rec.get(numerator.id), ctx), ratio]
        if sources:
            row.append("；".join(str(rec.get(c.id)) for c in sources if rec.get(c.id)))
        flagged |= {(r, c) for c in range(len(names) + 2) if not row[c]}
        rows.append(row)
    if not rows:
        rows, flagged = [[""] * len(columns)], {(0, 0)}
    return Table(columns, rows, caption=f"{spec.name}基本情况", flagged_cells=flagged if ctx.draft else set())


def register_table(ctx: "PlanContext", register_id: str) -> Table:
    """A register, one row per record.

    Optional columns nobody filled are left out; a text column holding the
    same value in every row (所在城市 of a one-city application) is said once
    in the caption instead, leaving its width to the columns that need it.
    """
    spec = ctx.catalogue.register(register_id)
    records = ctx.dossier.registers.get(register_id, [])
    columns = [c for c in spec.columns if c.required or any(r.get(c.id) not in (None, "") for r in records)]
    same: list[str] = []
    if len(records) > 1:
        for c in list(columns[1:]):
            values = {cell(c, rec.get(c.id), ctx) for rec in records}
            if c.type in ("text", "choice") and len(values) == 1 and all(values):
                same.append(f"{c.label}均为{values.pop()}")
                columns.remove(c)
    rows = [[str(n)] + [cell(c, rec.get(c.id), ctx) for c in columns] for n, rec in enumerate(records, start=1)]
    if not rows:
        rows = [["", "（无）"] + [""] * (len(columns) - 1)]
    caption = spec.name + (f"（{'，'.join(same)}）" if same else "")
    return Table(["序号"] + [header(c) for c in columns], rows, caption=caption,
                 flagged_cells={(0, 1)} if ctx.draft and rows[0][1] == "（无）" else set())


def fields_table(ctx: "PlanContext", ind: Indicator) -> Table:
    """An indicator's figures: 指标项 (with its unit) | 数值 | 备注 (when any figure has a note)."""
    answer = ctx.dossier.peek_answer(ind.id)
    rows, flagged = [], set()
    for r, spec in enumerate(ind.fields):
        fv = answer.fields.get(spec.id) if answer else None
        value = fv.value if fv and fv.value else ""
        note = "暂定值，待核实" if fv and fv.provisional else (fv.note if fv else "")
        if not value and (spec.required or ctx.draft):
            flagged.add((r, 1))
        label = f"{spec.label}（{spec.unit}）" if spec.unit else spec.label
        rows.append([label, value or ("" if ctx.draft else MISSING), note])
    if any(row[2] for row in rows):
        return Table(["指标项", "数值", "备注"], rows, caption=f"{ind.name}主要数据",
                     align=["left", "right", "left"], flagged_cells=flagged if ctx.draft else set())
    return Table(["指标项", "数值"], [row[:2] for row in rows], caption=f"{ind.name}主要数据",
                 align=["left", "right"], flagged_cells=flagged if ctx.draft else set())


def targets_table(ctx: "PlanContext", section_name: str, indicators: tuple[Indicator, ...]) -> Table | None:
    years = ctx.catalogue.pilot_years
    rows, flagged = [], set()
    for ind in indicators:
        for spec in ind.targets:
            values = target_values(ctx.dossier, ctx.catalogue, ind, spec)   # derived ones computed
            label = f"{spec.label}（{spec.unit}）" if spec.unit else spec.label
            flagged |= {(len(rows), 2 + y) for y in range(years) if not values[y]}
            rows.append([ind.name, label] + [v or "" for v in values[:years]])
    if not rows:
        return None
    return Table(["指标", "目标项"] + [f"第{cn_number(y)}年" for y in range(1, years + 1)], rows,
                 caption=f"{section_name}分年度目标", align=["left", "left"] + ["right"] * years,
                 flagged_cells=flagged if ctx.draft else set())


def size_mb(size: int) -> str:
    """A file size in MB with two decimals (at least 0.01 for a non-empty file)."""
    if size <= 0:
        return "0"
    hundredths = max(1, round(size * 100 / (1 << 20)))
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def evidence_table(ctx: "PlanContext") -> Table:
    names = {ind.id: f"{ind.code} {ind.name}" for ind in ctx.catalogue.indicators()}
    rows = [[e.label, e.item.title or e.item.filename, "；".join(names.get(i, i) for i in e.item.indicators),
             e.item.filename, size_mb(e.item.size)] for e in ctx.evidence]
    if not rows:
        rows = [["", "（尚无证明材料）", "", "", ""]]
    return Table(["编号", "材料名称", "对应指标", "文件名", "大小（MB）"], rows, caption="证明材料清单",
                 align=["left", "left", "left", "left", "right"])
