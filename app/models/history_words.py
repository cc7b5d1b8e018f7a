"""A history entry in words an official reads: when, who, what kind of change, where, old → new.

History rows and the "changes since the last 定稿" address data by path
(``indicators/<id>/fields/<field>``, ``registers/cities/<record>/population``,
…) and keep values as JSON.  Nobody who checks an application should read
either: this module turns them into 「2026年12月1日 11:02 · 李明 · 修改 ·
2.1.1 5G网络覆盖率 › 申报城市 › 滨江市 › 常住人口 · 1008.5万人 → 1010万人」 —
field labels, scenario and category names joined with 「、」, Chinese dates,
records by their names, and never an internal id.

The history dialog and the CSV export (``storage.history.export_csv``) both
use ``describe_entry``; the templates are marked for translation
(``app.translatable``) and the catalogue's names (registers, columns, fields,
units, choices) are looked up in its context "catalogue"; the official names
(indicators, scenarios) stay as published.  The CSV keeps the Chinese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.models import pilot_words
from app.models.catalogue import Catalogue, ColumnSpec, RegisterSpec
from app.models.dossier import Dossier
from app.translatable import CATALOGUE_CONTEXT, LIST_CONTEXT, LIST_SEPARATOR, QT_TRANSLATE_NOOP, Translate, untranslated
from app.models.values import human_size, is_blank

CONTEXT = "history"

KINDS = {
    "add": QT_TRANSLATE_NOOP("history", "新增"),
    "delete": QT_TRANSLATE_NOOP("history", "删除"),
    "change": QT_TRANSLATE_NOOP("history", "修改"),
    "finalise": QT_TRANSLATE_NOOP("history", "定稿"),
    "submit": QT_TRANSLATE_NOOP("history", "报送"),
    "revise": QT_TRANSLATE_NOOP("history", "修订"),
    "import": QT_TRANSLATE_NOOP("history", "导入"),
    "merge": QT_TRANSLATE_NOOP("history", "合并"),
}
HOW_NOTES = {"undo": QT_TRANSLATE_NOOP("history", "{kind}（撤销）"),
             "redo": QT_TRANSLATE_NOOP("history", "{kind}（重做）")}
STAGES = {"draft": QT_TRANSLATE_NOOP("history", "草稿"), "finalised": QT_TRANSLATE_NOOP("history", "已定稿"),
          "submitted": QT_TRANSLATE_NOOP("history", "已报送")}
META = {"title": QT_TRANSLATE_NOOP("history", "方案标题"),
        "applicant": QT_TRANSLATE_NOOP("history", "申报单位"),
        "contact": QT_TRANSLATE_NOOP("history", "联系人及电话"), "stage": QT_TRANSLATE_NOOP("history", "阶段"),
        "signing_identity": QT_TRANSLATE_NOOP("history", "签名身份"),
        "catalogue_edition": QT_TRANSLATE_NOOP("history", "指标体系版本")}
PLAN = {"overview": QT_TRANSLATE_NOOP("history", "一、基本情况"),
        "tasks.policy": QT_TRANSLATE_NOOP("history", "五、重点任务（发展政策先导）"),
        "tasks.infrastructure": QT_TRANSLATE_NOOP("history", "五、重点任务（基础设施先导）"),
        "tasks.application": QT_TRANSLATE_NOOP("history", "五、重点任务（行业应用先导）"),
        "tasks.ecosystem": QT_TRANSLATE_NOOP("history", "五、重点任务（产业生态先导）"),
        "tasks.public_service": QT_TRANSLATE_NOOP("history", "五、重点任务（公共服务先导）"),
        "safeguards": QT_TRANSLATE_NOOP("history", "六、保障措施")}
EMPTY = QT_TRANSLATE_NOOP("history", "（空）")
TEXTS = {
    "narrative": QT_TRANSLATE_NOOP("history", "情况说明"),
    "target": QT_TRANSLATE_NOOP("history", "目标：{label}"),
    "year": QT_TRANSLATE_NOOP("history", "第{year}年"),
    "attestation": QT_TRANSLATE_NOOP("history", "现场考察承诺"),
    "evidence": QT_TRANSLATE_NOOP("history", "证明材料"),
    "plan": QT_TRANSLATE_NOOP("history", "方案正文"),
    "other": QT_TRANSLATE_NOOP("history", "其他内容"),
    "provisional": QT_TRANSLATE_NOOP("history", "（暂定值）"),
    "yes": QT_TRANSLATE_NOOP("history", "是"),
    "no": QT_TRANSLATE_NOOP("history", "否"),
    "unlisted": QT_TRANSLATE_NOOP("history", "{name}（非目录场景）"),
    "column_value": QT_TRANSLATE_NOOP("history", "{label}：{value}"),
    "blank_record": QT_TRANSLATE_NOOP("history", "（空白记录）"),
    "file_size": QT_TRANSLATE_NOOP("history", "文件：{name}（{size}）"),
    "file": QT_TRANSLATE_NOOP("history", "文件：{name}"),
    "linked": QT_TRANSLATE_NOOP("history", "关联指标：{codes}"),
    "unlinked": QT_TRANSLATE_NOOP("history", "未关联指标"),
    "affirmed": QT_TRANSLATE_NOOP("history", "承诺"),
    "declined": QT_TRANSLATE_NOOP("history", "不承诺"),
    "unanswered": QT_TRANSLATE_NOOP("history", "未选择"),
    "person_role": QT_TRANSLATE_NOOP("history", "{person}（{role}）"),
    "datetime": QT_TRANSLATE_NOOP("history", "{year}年{month}月{day}日 {time}"),
    "date": QT_TRANSLATE_NOOP("history", "{year}年{month}月{day}日"),
    "revision": QT_TRANSLATE_NOOP("history", "第 {revision} 版"),
    "revision_reopened": QT_TRANSLATE_NOOP("history", "第 {revision} 版（定稿后再次修改）"),
    "merged": QT_TRANSLATE_NOOP("history", "合并两个副本"),
    "quantity": QT_TRANSLATE_NOOP("history", "{value}{unit}"),
    "separator": QT_TRANSLATE_NOOP("history", "；"),
}
SEP = " › "


@dataclass(frozen=True)
class EntryWords:
    """One history entry as the six columns people read."""

    time: str
    author: str
    kind: str
    what: str
    old: str
    new: str


def describe_entry(entry: Any, catalogue: Catalogue, dossier: Dossier | None = None, *,
                   tr: Translate = untranslated) -> EntryWords:
    """``entry`` is a ``storage.history.HistoryEntry`` (seq, at, author, path, old, new, how, revision)."""
    how = entry.how
    if how in ("finalise", "submit", "revise"):
        what = tr(CONTEXT, TEXTS["revision"]).format(revision=entry.revision)
        if how == "revise":
            what = tr(CONTEXT, TEXTS["revision_reopened"]).format(revision=entry.revision)
    elif how == "merge" and entry.path == "meta/stage":     # the merge itself: which copies, how many changes
        what = _stored(entry, tr) or tr(CONTEXT, TEXTS["merged"])
    elif how in pilot_words.KINDS and entry.path == "meta/stage":     # 批复, 复核 …: what the change recorded
        what = _stored(entry, tr) or describe_path(entry.path, catalogue, dossier, tr=tr)
    else:
        what = describe_path(entry.path, catalogue, dossier, values=(entry.old, entry.new), tr=tr)
    return EntryWords(chinese_datetime(entry.at, tr=tr), entry.author or "—",
                      entry_kind(how, entry.path, entry.old, entry.new, tr=tr), what,
                      describe_value(entry.path, entry.old, catalogue, dossier, tr=tr),
                      describe_value(entry.path, entry.new, catalogue, dossier, tr=tr))


def _stored(entry: Any, tr: Translate) -> str:
    """The description the file stores (Chinese, as written) where the UI speaks Chinese; in another language
    nothing, and the entry is described in words (its details are in the entries recorded with it)."""
    chinese = tr(CONTEXT, TEXTS["merged"]) == TEXTS["merged"]
    return entry.description if chinese else ""


def entry_kind(how: str, path: str, old: Any, new: Any, *, tr: Translate = untranslated) -> str:
    """新增 / 删除 / 修改 (by what the change did), or 定稿 / 报送 / 修订 / 导入; undo and redo say so."""
    if how in ("finalise", "submit", "revise", "import", "merge"):
        return tr(CONTEXT, KINDS[how])
    if how in pilot_words.KINDS:
        return tr(CONTEXT, pilot_words.KINDS[how])
    whole = is_whole_item(path)
    if whole and old is None and new is not None:
        kind = tr(CONTEXT, KINDS["add"])
    elif whole and new is None and old is not None:
        kind = tr(CONTEXT, KINDS["delete"])
    else:
        kind = tr(CONTEXT, KINDS["change"])
    return tr(CONTEXT, HOW_NOTES[how]).format(kind=kind) if how in HOW_NOTES else kind


def is_whole_item(path: str) -> bool:
    """A path naming a whole record, evidence item or attestation (added or deleted as one)."""
    parts = path.split("/")
    return (parts[0] == "registers" and len(parts) == 3) or (parts[0] in ("evidence", "attestations")
                                                              and len(parts) == 2) \
        or (parts[0] == "pilot" and len(parts) == 3 and parts[1] in ("rating", "incident", "amendment"))


# -- where ---------------------------------------------------------------------------------------
def describe_path(path: str, catalogue: Catalogue, dossier: Dossier | None = None, *,
                  values: tuple[Any, ...] = (), tr: Translate = untranslated) -> str:
    """「2.1.1 5G网络覆盖率 › 5G基站数」, 「申报城市 › 滨江市 › 常住人口」 …; ``values`` (old, new) name a
    record or evidence item that is no longer in the dossier."""
    parts = path.split("/")
    head = parts[0]
    try:
        if head == "indicators" and len(parts) >= 3:
            ind = catalogue.indicator(parts[1])
            label = f"{ind.code} {ind.name}"
            if parts[2] == "narrative":
                return label + SEP + tr(CONTEXT, TEXTS["narrative"])
            if parts[2] == "fields" and len(parts) > 3:
                return label + SEP + _cat(ind.field(parts[3]).label, tr)
            if parts[2] == "targets" and len(parts) > 3:
                target = tr(CONTEXT, TEXTS["target"]).format(label=_cat(ind.target(parts[3]).label, tr))
                if len(parts) > 4:
                    target += SEP + tr(CONTEXT, TEXTS["year"]).format(year=parts[4])
                return label + SEP + target
            return label
        if head == "registers" and len(parts) >= 3:
            spec = catalogue.register(parts[1])
            name = _record_label(spec, dossier, parts[2], values)
            register = _cat(spec.name, tr)
            label = register + (SEP + name if name else "")
            if len(parts) > 3:
                label = register + SEP + (name or _cat(spec.record_name, tr)) + SEP + _cat(spec.column(parts[3]).label, tr)
            return label
        if head == "attestations" and len(parts) > 1:
            texts = {a.id: a.text for a in catalogue.attestations}
            return tr(CONTEXT, TEXTS["attestation"]) + SEP + (_cat(texts[parts[1]], tr) if parts[1] in texts
                                                              else parts[1])
        if head == "evidence" and len(parts) > 1:
            item = dossier.evidence_item(parts[1]) if dossier else None
            title = (item.title or item.filename) if item else next(
                (v.get("title") or v.get("filename") for v in values if isinstance(v, dict)), "")
            return tr(CONTEXT, TEXTS["evidence"]) + (SEP + title if title else "")
        if head == "plan_texts" and len(parts) > 1:
            return tr(CONTEXT, TEXTS["plan"]) + SEP + (tr(CONTEXT, PLAN[parts[1]]) if parts[1] in PLAN else parts[1])
        if head == "meta" and len(parts) > 1 and parts[1] in META:
            return tr(CONTEXT, META[parts[1]])
        if head == "pilot":
            return pilot_words.path_words(path, catalogue, tr=tr) or tr(CONTEXT, TEXTS["other"])
    except KeyError:
        pass
    return tr(CONTEXT, TEXTS["other"])


def _cat(name: str, tr: Translate) -> str:
    """A catalogue name in the UI's language."""
    return tr(CATALOGUE_CONTEXT, name) if name else name


def _quantity(value: Any, unit: str, tr: Translate) -> str:
    return tr(CONTEXT, TEXTS["quantity"]).format(value=value, unit=_cat(unit, tr)) if unit else str(value)


def _record_label(spec: RegisterSpec, dossier: Dossier | None, record_id: str, values: tuple[Any, ...]) -> str:
    record = dossier.record(spec.id, record_id) if dossier is not None else None
    if record is not None and record.label():
        return record.label()
    for value in values:          # a deleted record: its name as it was
        if isinstance(value, dict):
            for key in ("name", "title", "factory", "project", "enterprise"):
                if isinstance(value.get(key), str) and value[key].strip():
                    return value[key].strip()
    return ""


# -- values --------------------------------------------------------------------------------------
def describe_value(path: str, value: Any, catalogue: Catalogue, dossier: Dossier | None = None, *,
                   tr: Translate = untranslated) -> str:
    """A stored value in words (「（空）」 for nothing); never JSON, never an id."""
    if value is None or value == {} or value == [] or (isinstance(value, str) and not value.strip()):
        return tr(CONTEXT, EMPTY)
    parts = path.split("/")
    head = parts[0]
    try:
        if head == "meta" and parts[1:] == ["stage"]:
            stages = {**STAGES, **pilot_words.STAGES}
            return tr(CONTEXT, stages[value]) if value in stages else str(value)
        if head == "pilot" and (words := pilot_words.value_words(path, value, catalogue, tr=tr)):
            return words
        if head == "indicators" and len(parts) > 3 and parts[2] == "fields":
            return _field_value(value, catalogue.indicator(parts[1]).field(parts[3]).unit, tr)
        if head == "indicators" and len(parts) > 3 and parts[2] == "targets":
            return _quantity(value, catalogue.indicator(parts[1]).target(parts[3]).unit, tr)
        if head == "registers" and len(parts) == 4:
            return cell_words(catalogue.register(parts[1]).column(parts[3]), value, catalogue, tr=tr)
        if head == "registers" and len(parts) == 3 and isinstance(value, dict):
            return record_words(catalogue.register(parts[1]), value, catalogue, tr=tr)
        if head == "evidence" and isinstance(value, dict):
            return _evidence_words(value, catalogue, tr)
        if head == "attestations" and isinstance(value, dict):
            return _attestation_words(value, tr)
    except (KeyError, IndexError):
        pass
    return _plain(value, tr)


def _field_value(value: Any, unit: str, tr: Translate) -> str:
    if not isinstance(value, dict):
        return _quantity(value, unit, tr)
    text = _quantity(value["value"], unit, tr) if not is_blank(value.get("value")) else tr(CONTEXT, EMPTY)
    return text + (tr(CONTEXT, TEXTS["provisional"]) if value.get("provisional") else "")


def cell_words(column: ColumnSpec, value: Any, catalogue: Catalogue, *, tr: Translate = untranslated) -> str:
    """One register cell: choices and scenarios by name (「、」-joined), dates in Chinese, yes/no in words."""
    if is_blank(value):
        return tr(CONTEXT, EMPTY)
    kind = column.type
    if kind == "boolean":
        return tr(CONTEXT, TEXTS["yes"]) if value else tr(CONTEXT, TEXTS["no"])
    if kind == "quantity" and isinstance(value, dict):
        return _quantity(value.get("value") or "", value.get("unit") or "", tr)
    if kind == "choice":
        return _cat(catalogue.choice_name(column.list or "", value), tr)
    if kind == "scenario_set" and isinstance(value, list):
        names = {s.id: s.name for s in catalogue.scenario_lists.get(column.list or "", ())}
        return tr(LIST_CONTEXT, LIST_SEPARATOR).join(names.get(v, tr(CONTEXT, TEXTS["unlisted"]).format(name=v))
                                                     for v in value)
    if kind == "date":
        return chinese_date(str(value), tr=tr)
    return str(value)


def record_words(spec: RegisterSpec, value: dict[str, Any], catalogue: Catalogue, *,
                 tr: Translate = untranslated) -> str:
    """A whole record: 「文件名称：…；发文机关：…」 in the register's column order."""
    parts = []
    for column in spec.columns:
        cell = value.get(column.id)
        if not is_blank(cell) and not (column.type == "scenario_set" and not cell):
            parts.append(tr(CONTEXT, TEXTS["column_value"]).format(label=_cat(column.label, tr),
                                                               value=cell_words(column, cell, catalogue, tr=tr)))
    return tr(CONTEXT, TEXTS["separator"]).join(parts) or tr(CONTEXT, TEXTS["blank_record"])


def _evidence_words(value: dict[str, Any], catalogue: Catalogue, tr: Translate) -> str:
    name = " ".join(str(value[k]) for k in ("number", "title") if value.get(k))
    parts = [name] if name else []
    if value.get("filename"):
        size = value.get("size")
        parts.append(tr(CONTEXT, TEXTS["file_size"]).format(name=value["filename"], size=human_size(size))
                     if isinstance(size, int) else tr(CONTEXT, TEXTS["file"]).format(name=value["filename"]))
    codes = []
    for indicator_id in value.get("indicators") or ():
        try:
            codes.append(catalogue.indicator(indicator_id).code)
        except KeyError:
            continue
    parts.append(tr(CONTEXT, TEXTS["linked"]).format(codes=tr(LIST_CONTEXT, LIST_SEPARATOR).join(codes)) if codes
                 else tr(CONTEXT, TEXTS["unlinked"]))
    return tr(CONTEXT, TEXTS["separator"]).join(parts)


def _attestation_words(value: dict[str, Any], tr: Translate) -> str:
    affirmed = value.get("affirmed")
    parts = [tr(CONTEXT, TEXTS["affirmed"]) if affirmed is True else tr(CONTEXT, TEXTS["declined"]) if affirmed is False
             else tr(CONTEXT, TEXTS["unanswered"])]
    person = str(value.get("person") or "").strip()
    role = str(value.get("role") or "").strip()
    if person:
        parts.append(tr(CONTEXT, TEXTS["person_role"]).format(person=person, role=role) if role else person)
    if value.get("date"):
        parts.append(chinese_date(str(value["date"]), tr=tr))
    return tr(CONTEXT, TEXTS["separator"]).join(parts)


def _plain(value: Any, tr: Translate) -> str:
    if isinstance(value, bool):
        return tr(CONTEXT, TEXTS["yes"]) if value else tr(CONTEXT, TEXTS["no"])
    if isinstance(value, dict):
        return tr(CONTEXT, TEXTS["separator"]).join(_plain(v, tr) for k, v in value.items()
                                                     if k != "id" and not is_blank(v)) or tr(CONTEXT, EMPTY)
    if isinstance(value, list):
        return tr(LIST_CONTEXT, LIST_SEPARATOR).join(_plain(v, tr) for v in value if not is_blank(v)) \
            or tr(CONTEXT, EMPTY)
    return str(value)


# -- dates ---------------------------------------------------------------------------------------
def chinese_datetime(iso: str, *, tr: Translate = untranslated) -> str:
    """An ISO time with offset as local 「2026年12月1日 11:02」."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso or "")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return tr(CONTEXT, TEXTS["datetime"]).format(
        year=moment.year, month=moment.month, day=moment.day, time=f"{moment.hour:02d}:{moment.minute:02d}")


def chinese_date(iso: str, *, tr: Translate = untranslated) -> str:
    """「2024-03-01」 as 「2024年3月1日」 (anything else unchanged)."""
    try:
        day = date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return str(iso)
    return tr(CONTEXT, TEXTS["date"]).format(year=day.year, month=day.month, day=day.day)
