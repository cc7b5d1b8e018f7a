"""Human-readable names for the paths that history and diffs use.

History rows and "changes since the last finalised version" address data by
path (``indicators/<id>/fields/<field>``, ``registers/cities/<record>/population``,
…).  People read 「2.1.1 5G网络覆盖率 › 申报城市 › 滨江市 › 常住人口」 instead.
"""

from __future__ import annotations

import json
from typing import Any

from app.models.catalogue import Catalogue
from app.models.dossier import Dossier

_META = {"title": "方案标题", "applicant": "申报单位", "contact": "联系人", "stage": "阶段",
         "signing_identity": "签名身份", "updated_at": "修改时间"}
_PLAN = {"overview": "一、基本情况", "tasks.policy": "重点任务（发展政策先导）",
         "tasks.infrastructure": "重点任务（基础设施先导）", "tasks.application": "重点任务（行业应用先导）",
         "tasks.ecosystem": "重点任务（产业生态先导）", "tasks.public_service": "重点任务（公共服务先导）",
         "safeguards": "六、保障措施"}


def describe_path(path: str, catalogue: Catalogue, dossier: Dossier | None = None) -> str:
    parts = path.split("/")
    head = parts[0]
    try:
        if head == "indicators" and len(parts) >= 3:
            ind = catalogue.indicator(parts[1])
            label = f"{ind.code} {ind.name}"
            if parts[2] == "narrative":
                return f"{label} › 情况说明"
            if parts[2] == "fields" and len(parts) > 3:
                return f"{label} › {ind.field(parts[3]).label}"
            if parts[2] == "targets" and len(parts) > 3:
                year = f" › 第{parts[4]}年" if len(parts) > 4 else ""
                return f"{label} › 目标：{ind.target(parts[3]).label}{year}"
            return label
        if head == "registers" and len(parts) >= 3:
            spec = catalogue.register(parts[1])
            label = f"{spec.name} › {_record_name(dossier, parts[1], parts[2]) or spec.record_name}"
            if len(parts) > 3:
                label += f" › {spec.column(parts[3]).label}"
            return label
        if head == "attestations" and len(parts) > 1:
            texts = {a.id: a.text for a in catalogue.attestations}
            return f"现场考察承诺 › {texts.get(parts[1], parts[1])}"
        if head == "evidence" and len(parts) > 1:
            item = dossier.evidence_item(parts[1]) if dossier else None
            return f"证明材料 › {item.title or item.filename}" if item else "证明材料"
        if head == "plan_texts" and len(parts) > 1:
            return f"方案正文 › {_PLAN.get(parts[1], parts[1])}"
        if head == "meta" and len(parts) > 1:
            return _META.get(parts[1], parts[1])
    except KeyError:
        pass
    return path


def _record_name(dossier: Dossier | None, register_id: str, record_id: str) -> str:
    rec = dossier.record(register_id, record_id) if dossier is not None else None
    return rec.label() if rec is not None else ""


def short_value(value: Any, limit: int = 60) -> str:
    """A value as one short line for tables ("（空）" for nothing)."""
    if value is None or value == "" or value == [] or value == {}:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict) and set(value) <= {"value", "unit"}:
        text = f"{value.get('value') or ''}{value.get('unit') or ''}"
    elif isinstance(value, dict) and "value" in value and "provisional" in value:
        text = str(value.get("value") or "（空）") + ("（暂定）" if value.get("provisional") else "")
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


STAGE_LABELS = {"draft": "草稿", "finalised": "已定稿", "submitted": "已报送"}


def describe_value(path: str, value: Any) -> str:
    """``short_value``, with stage codes shown as 草稿 / 已定稿 / 已报送."""
    if path == "meta/stage" and value in STAGE_LABELS:
        return STAGE_LABELS[value]
    return short_value(value)


def describe_value_at(path: str, value: Any, catalogue: Catalogue) -> str:
    """A value as people read it where it lives: a register cell as the editor shows it (scenario names,
    choice names, 是/否, 1274.83万人), an evidence item by its title, anything else as ``describe_value``."""
    from app.models.values import format_cell

    parts = path.split("/")
    try:
        if value is not None and parts[0] == "registers" and len(parts) == 4:
            text = format_cell(catalogue.register(parts[1]).column(parts[3]), value, catalogue)
            return short_value(text)
        if isinstance(value, dict) and parts[0] == "evidence":
            return short_value(f"{value.get('title') or ''}（{value.get('filename') or ''}）")
    except KeyError:
        pass
    return describe_value(path, value)
