"""What an edit is called — 「修改“常住人口”」, 「删除2条工厂」 — translatable, for 撤销 / 重做 in the Edit menu.

Every ready-made edit (``edits``, ``pilot_edits``, the register import) names its operation with one of
these phrases (``app.translatable``).  A phrase is its Chinese text, so the history row the dossier file
stores keeps exactly the Chinese description it always had (the file is the same in every UI language;
the history dialog describes rows by their paths and values, ``history_words``); the Edit menu shows the
session's ``undo_text`` / ``redo_text`` in the UI's language.  Catalogue names inside a description
(a column, a register's record, a field) are phrases of the context "catalogue"; indicator names and the
construction guide's areas are official and stay as published; evidence titles are what the city typed.
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, phrase

CONTEXT = "edits"

DESCRIPTIONS = {
    "change": QT_TRANSLATE_NOOP("edits", "修改“{what}”"),
    "narrative": QT_TRANSLATE_NOOP("edits", "修改“{name}”情况说明"),
    "target": QT_TRANSLATE_NOOP("edits", "修改“{label}”第{year}年目标"),
    "plan_text": QT_TRANSLATE_NOOP("edits", "修改方案正文"),
    "add_record": QT_TRANSLATE_NOOP("edits", "添加{name}"),
    "delete_records": QT_TRANSLATE_NOOP("edits", "删除{count}条{name}"),
    "paste_records": QT_TRANSLATE_NOOP("edits", "粘贴{count}条{name}"),
    "attestation": QT_TRANSLATE_NOOP("edits", "修改现场考察承诺"),
    "add_evidence": QT_TRANSLATE_NOOP("edits", "添加证明材料“{title}”"),
    "remove_evidence": QT_TRANSLATE_NOOP("edits", "移除证明材料“{title}”"),
    "change_evidence": QT_TRANSLATE_NOOP("edits", "修改证明材料“{title}”"),
    "import_records": QT_TRANSLATE_NOOP("edits", "从表格导入{name}（{counts}）"),
    "added": QT_TRANSLATE_NOOP("edits", "新增{count}条"),
    "updated": QT_TRANSLATE_NOOP("edits", "更新{count}条"),
    "counts_separator": QT_TRANSLATE_NOOP("edits", "，"),
    "restore": QT_TRANSLATE_NOOP("edits", "恢复历史值（{path}）"),
    "signing_identity": QT_TRANSLATE_NOOP("edits", "记录签名身份"),
    # the pilot years (app.models.pilot_edits)
    "clear_actual": QT_TRANSLATE_NOOP("edits", "清除“{label}”第{year}年实际完成值"),
    "enter_actual": QT_TRANSLATE_NOOP("edits", "填报“{label}”第{year}年实际完成值"),
    "import_actuals": QT_TRANSLATE_NOOP("edits", "导入第{year}年实际完成值（{count} 项）"),
    "area_text": QT_TRANSLATE_NOOP("edits", "修改“{area}”{part}"),
    "rating": QT_TRANSLATE_NOOP("edits", "记录第{year}年星级评定：{stars}星"),
    "remove": QT_TRANSLATE_NOOP("edits", "删除{what}"),
    "incident": QT_TRANSLATE_NOOP("edits", "记录第十八条事项：{kind}"),
    "amendment": QT_TRANSLATE_NOOP("edits", "调整“{label}”第{year}年目标：{old} → {new}"),
}

# Names of things an edit changes that are not the catalogue's.
NAMES = {
    "title": QT_TRANSLATE_NOOP("edits", "方案标题"), "applicant": QT_TRANSLATE_NOOP("edits", "申报单位"),
    "contact": QT_TRANSLATE_NOOP("edits", "联系人"), "stage": QT_TRANSLATE_NOOP("edits", "阶段"),
    "signing_identity": QT_TRANSLATE_NOOP("edits", "签名身份"),
    "rating": QT_TRANSLATE_NOOP("edits", "星级评定"), "incident": QT_TRANSLATE_NOOP("edits", "第十八条事项"),
    "amendment": QT_TRANSLATE_NOOP("edits", "目标调整"), "record": QT_TRANSLATE_NOOP("edits", "记录"),
    "none": QT_TRANSLATE_NOOP("edits", "（无）"),
}


def description(key: str, **params: Any) -> Phrase:
    """The description ``key`` with its values, as a phrase of the context "edits"."""
    return phrase(CONTEXT, DESCRIPTIONS[key], **params)


def name(key: str) -> Phrase:
    return phrase(CONTEXT, NAMES[key])


def import_counts(added: int, updated: int) -> Joined:
    """「新增3条，更新1条」."""
    parts = ([description("added", count=added)] if added else []) + \
        ([description("updated", count=updated)] if updated else [])
    return Joined(parts, DESCRIPTIONS["counts_separator"], CONTEXT)
