"""The pilot years' history entries in words: 「第1年度报告 › 1.2.1 专项资金投入 › 实际完成值 · 5500万元 → 4510万元」.

``app.models.history_words`` puts every history entry into words an official
reads; the entries of the pilot years (paths ``pilot/<entity key>``, see
``app.models.pilot``) and the stage changes after 报送 (批复, 复核, a report's
定稿 …) are worded here, with the same translatable templates, so the history
dialog and its CSV export never show a key or JSON for them either.
"""

from __future__ import annotations

from typing import Any

from app.models.catalogue import Catalogue
from app.translatable import CATALOGUE_CONTEXT, QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "history"
SEP = " › "

KINDS = {
    "approve": QT_TRANSLATE_NOOP("history", "批复"),
    "reject": QT_TRANSLATE_NOOP("history", "未获批复"),
    "start_review": QT_TRANSLATE_NOOP("history", "开始复核"),
    "complete": QT_TRANSLATE_NOOP("history", "复核完成"),
    "revoke": QT_TRANSLATE_NOOP("history", "撤销批复"),
    "report_finalise": QT_TRANSLATE_NOOP("history", "报告定稿"),
    "report_submit": QT_TRANSLATE_NOOP("history", "报告报送"),
    "report_revise": QT_TRANSLATE_NOOP("history", "报告修订"),
}
STAGES = {"approved": QT_TRANSLATE_NOOP("history", "已批复"), "not_approved": QT_TRANSLATE_NOOP("history", "未获批复"),
          "review": QT_TRANSLATE_NOOP("history", "复核"), "completed": QT_TRANSLATE_NOOP("history", "已完成"),
          "revoked": QT_TRANSLATE_NOOP("history", "已撤销")}
TEXTS = {
    "approval": QT_TRANSLATE_NOOP("history", "批复"),
    "frozen": QT_TRANSLATE_NOOP("history", "批复时冻结的方案目标"),
    "amendment": QT_TRANSLATE_NOOP("history", "目标调整"),
    "report": QT_TRANSLATE_NOOP("history", "第{year}年度报告"),
    "review": QT_TRANSLATE_NOOP("history", "复核材料"),
    "actual": QT_TRANSLATE_NOOP("history", "实际完成值"),
    "rating": QT_TRANSLATE_NOOP("history", "星级评定"),
    "incident": QT_TRANSLATE_NOOP("history", "第十八条事项"),
    "decision": QT_TRANSLATE_NOOP("history", "决定"),
    "state": QT_TRANSLATE_NOOP("history", "状态"),
    "stars": QT_TRANSLATE_NOOP("history", "第{year}年 {stars}星（{date}）"),
    "amended": QT_TRANSLATE_NOOP("history", "“{label}”第{year}年目标 {old} → {new}（{date}，{reason}）"),
    "approved": QT_TRANSLATE_NOOP("history", "{date}，{number}"),
    "frozen_value": QT_TRANSLATE_NOOP("history", "{n} 项指标的分年度目标"),
    "amount": QT_TRANSLATE_NOOP("history", "{value}{unit}"),
    "part": QT_TRANSLATE_NOOP("history", "{part}：{text}"),
    "separator": QT_TRANSLATE_NOOP("history", "；"),
}
REPORT_STATES = {"not_started": QT_TRANSLATE_NOOP("history", "未开始"), "drafting": QT_TRANSLATE_NOOP("history", "起草中"),
                 "finalised": QT_TRANSLATE_NOOP("history", "已定稿"), "submitted": QT_TRANSLATE_NOOP("history", "已报送")}
AREA_PARTS = {"done": QT_TRANSLATE_NOOP("history", "工作开展情况"), "problems": QT_TRANSLATE_NOOP("history", "存在的问题"),
              "next": QT_TRANSLATE_NOOP("history", "下一年度工作举措")}


def _target(catalogue: Catalogue, indicator_id: str, target_id: str,
            tr: Translate = untranslated) -> tuple[str, str]:
    """「2.1.1 5G基站数」 and its unit, the catalogue's names in the UI's language."""
    indicator = catalogue.indicator(indicator_id)
    spec = indicator.target(target_id)
    return f"{indicator.code} {tr(CATALOGUE_CONTEXT, spec.label)}", tr(CATALOGUE_CONTEXT, spec.unit) if spec.unit else ""


def _amount(value: Any, unit: str, tr: Translate) -> str:
    return tr(CONTEXT, TEXTS["amount"]).format(value=value, unit=unit) if unit else str(value)


def path_words(path: str, catalogue: Catalogue, *, tr: Translate = untranslated) -> str | None:
    """Where a ``pilot/…`` entry is, in words (None when it cannot be read)."""
    parts = path.split("/")[1:]
    if not parts:
        return None
    head = parts[0]
    try:
        if head in ("approval", "frozen", "amendment", "rating", "incident", "decision"):
            return tr(CONTEXT, TEXTS[head])
        if head in ("report", "review"):
            where = tr(CONTEXT, TEXTS["report"]).format(year=parts[1]) if head == "report" \
                else tr(CONTEXT, TEXTS["review"])
            rest = parts[2:] if head == "report" else parts[1:]
            if rest[:1] == ["actual"] and len(rest) == 3:
                return where + SEP + _target(catalogue, rest[1], rest[2], tr)[0] + SEP + tr(CONTEXT, TEXTS["actual"])
            if rest[:1] == ["text"] and len(rest) == 2:
                area = next(a for a in catalogue.guide_areas if a.id == rest[1])
                return where + SEP + area.name.split("、", 1)[-1]
            return where + (SEP + tr(CONTEXT, TEXTS["state"]) if not rest else "")
    except (KeyError, IndexError, StopIteration):
        return None
    return None


def value_words(path: str, value: Any, catalogue: Catalogue, *, tr: Translate = untranslated) -> str | None:
    """A ``pilot/…`` value in words (None: let the general wording have it)."""
    parts = path.split("/")[1:]
    if not parts or not isinstance(value, dict):
        return None
    head = parts[0]
    try:
        if head in ("report", "review") and "actual" in parts and "value" in value:
            unit = _target(catalogue, parts[-2], parts[-1], tr)[1]
            return _amount(value["value"], unit, tr) if value.get("value") not in (None, "") else None
        if head in ("report", "review") and "text" in parts:
            return tr(CONTEXT, TEXTS["separator"]).join(
                tr(CONTEXT, TEXTS["part"]).format(part=tr(CONTEXT, AREA_PARTS[k]), text=v) for k, v in value.items()
                if k in AREA_PARTS and str(v).strip()) or None
        if head in ("report", "review") and "state" in value:
            return tr(CONTEXT, REPORT_STATES.get(value["state"], value["state"]))
        if head == "rating":
            return tr(CONTEXT, TEXTS["stars"]).format(year=value.get("year"), stars=value.get("stars"),
                                                      date=value.get("date", ""))
        if head == "amendment":
            label, unit = _target(catalogue, value["indicator"], value["target"], tr)
            return tr(CONTEXT, TEXTS["amended"]).format(label=label, year=value.get("year"),
                                                        old=_amount(value.get("old") or "—", unit, tr),
                                                        new=_amount(value.get("new"), unit, tr), date=value.get("date", ""),
                                                        reason=value.get("reason", ""))
        if head == "approval":
            return tr(CONTEXT, TEXTS["approved"]).format(date=value.get("date", ""), number=value.get("number", ""))
        if head == "frozen":
            return tr(CONTEXT, TEXTS["frozen_value"]).format(n=len(value.get("targets") or {}))
    except (KeyError, IndexError):
        return None
    return None
