"""Cross-reference checks of a catalogue edition file: every id it names must exist in it.

The JSON schema (``resources/schema/catalogue.schema.json``) checks the shape
of an edition; these checks what a schema cannot: unique indicator ids, and
that rules, identities, target baselines and plausibility checks name
registers, columns, lists, fields and attestations that the file defines.
They are cheap, so they run every time an edition is loaded (the schema check
runs in the test suite).  Messages are Chinese, for whoever edits the file.
"""

from __future__ import annotations

from typing import Any, Iterator


def cross_reference_problems(data: dict[str, Any]) -> Iterator[str]:
    ids: set[str] = set()
    registers = {r["id"]: r for r in data["registers"]}
    attestation_ids = {a["id"] for a in data["attestations"]}
    lists = set(data["scenario_lists"]) | set(data["choice_lists"])
    area_ids = {a["id"] for a in data["construction_guide"]["areas"]}
    from app.models.catalogue import normalise_name   # the module that imports this one

    for reg in data["registers"]:
        headings: dict[str, str] = {}
        for col in reg["columns"]:
            for heading in (col["label"], *col.get("synonyms", ())):
                key = normalise_name(heading)
                if headings.setdefault(key, col["id"]) != col["id"]:
                    yield f"登记表 {reg['id']} 的列标题或别名“{heading}”同时指向 {headings[key]} 和 {col['id']}"
            if col.get("list") and col["list"] not in lists:
                yield f"登记表 {reg['id']} 的列 {col['id']} 引用了不存在的列表 {col['list']}"
            if col["type"] == "quantity" and not col.get("units"):
                yield f"登记表 {reg['id']} 的列 {col['id']} 缺少单位"
        column_ids = {col["id"] for col in reg["columns"]}
        for alternative in reg.get("identity", []):
            for col_id in alternative:
                if col_id not in column_ids:
                    yield f"登记表 {reg['id']} 的识别列 {col_id} 不存在"
    for section in data["sections"]:
        if section.get("guide_area") and section["guide_area"] not in area_ids:
            yield f"一级指标 {section['id']} 引用了不存在的建设指南方面"
        for group in section["groups"]:
            for ind in group["indicators"]:
                if ind["id"] in ids:
                    yield f"指标编号重复：{ind['id']}"
                ids.add(ind["id"])
                for reg_id in ind.get("registers", []):
                    if reg_id not in registers:
                        yield f"指标 {ind['id']} 引用了不存在的登记表 {reg_id}"
                rule = ind.get("rule")
                if rule:
                    yield from _rule_problems(ind["id"], rule, registers, attestation_ids, data)
                for target in ind.get("targets", []):
                    if "baseline" in target:
                        yield from _operand_problems(f"目标 {ind['id']}/{target['id']}", target["baseline"], ind, registers)
                    derived = target.get("derived")
                    if derived and derived["target"] not in {t["id"] for t in ind["targets"]}:
                        yield f"目标 {ind['id']}/{target['id']} 引用了不存在的目标 {derived['target']}"
                    if derived:
                        yield from _operand_problems(f"目标 {ind['id']}/{target['id']}", {"register_sum": {
                            "register": derived["register"], "column": derived["denominator"]}}, ind, registers)
    indicators = {i["id"]: i for s in data["sections"] for g in s["groups"] for i in g["indicators"]}
    for check in data.get("plausibility", []):
        if check["indicator"] not in indicators:
            yield f"合理性检查引用了不存在的指标 {check['indicator']}"
        for key in ("child", "parent"):
            if key in check:
                yield from _operand_problems("合理性检查", check[key], indicators.get(check["indicator"], {}), registers,
                                             indicators)


def _operand_problems(where: str, operand: dict[str, Any], ind: dict[str, Any], registers: dict[str, Any],
                      indicators: dict[str, Any] | None = None) -> Iterator[str]:
    """Every id an operand names must exist (see app.models.targets.operand_value)."""
    own = {f["id"] for f in ind.get("fields", [])}
    for field_id in operand.get("fields", []):
        if field_id not in own:
            yield f"{where} 引用了不存在的数据项 {field_id}"
    if "field" in operand and indicators is not None:
        other = indicators.get(operand["field"][0])
        if other is None or operand["field"][1] not in {f["id"] for f in other.get("fields", [])}:
            yield f"{where} 引用了不存在的数据项 {'/'.join(operand['field'])}"
    for key in ("register_sum", "count", "distinct"):
        if key in operand:
            body = operand[key]
            reg = registers.get(body["register"])
            if reg is None:
                yield f"{where} 引用了不存在的登记表 {body['register']}"
                continue
            columns = {c["id"] for c in reg["columns"]}
            wanted = [body["column"]] if "column" in body else list(body.get("columns", [])) + list(body.get("where", {}))
            for col in wanted:
                if col not in columns:
                    yield f"{where} 引用了登记表 {reg['id']} 中不存在的列 {col}"


def _rule_problems(ind_id: str, rule: dict[str, Any], registers: dict[str, Any],
                   attestation_ids: set[str], data: dict[str, Any]) -> Iterator[str]:
    kind = rule["kind"]
    if kind == "any_of":
        for sub in rule["rules"]:
            yield from _rule_problems(ind_id, sub, registers, attestation_ids, data)
        return
    if kind == "attestations":
        for att in rule["attestations"]:
            if att not in attestation_ids:
                yield f"指标 {ind_id} 的规则引用了不存在的承诺事项 {att}"
        return
    reg = registers.get(rule["register"])
    if reg is None:
        yield f"指标 {ind_id} 的规则引用了不存在的登记表 {rule['register']}"
        return
    columns = {c["id"]: c for c in reg["columns"]}
    needed = [k for k in ("numerator", "denominator", "column") if k in rule]
    needed += list(rule.get("where", {}))
    if "not_counted" in rule:
        needed.append(rule["not_counted"]["column"])
    for key in needed:
        col_id = rule[key] if key in ("numerator", "denominator", "column") else key
        if col_id not in columns:
            yield f"指标 {ind_id} 的规则引用了登记表 {reg['id']} 中不存在的列 {col_id}"
    if kind == "records_with_min_distinct" and rule["list"] not in data["scenario_lists"]:
        yield f"指标 {ind_id} 的规则引用了不存在的场景列表 {rule['list']}"
