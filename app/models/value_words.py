"""The words of the validation messages, translatable: typed values, numbers, text no document can hold, dates.

``values`` (``check_value``, ``parse_cell``, ``parse_field``, ``record_problems``, ``format_cell``), ``numbers``
(``NumberError``, ``in_range``), ``hygiene`` (``text_problem``) and ``dates`` (``format_date``,
``future_problem``) return these as phrases (``app.translatable``).  A phrase *is* its Chinese text, so the
command line, the CSV export and the exchange import's error lists read exactly what they read before; the
UI shows the same message in its language — in a finding of the gap panel and the export dialog, a register
cell's tooltip, a field's inline message, a refused paste.  Catalogue names inside a message (a column's
label, a unit, a choice) are phrases of the context "catalogue"; MIIT's scenario names stay as published.
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, phrase

CONTEXT = "values"

WORDS = {
    # numbers (app.models.numbers)
    "number_not_text": QT_TRANSLATE_NOOP("values", "数值必须是文本形式的十进制数"),
    "not_a_number": QT_TRANSLATE_NOOP("values", "“{text}”不是有效的数字"),
    "not_whole": QT_TRANSLATE_NOOP("values", "“{text}”不是整数"),
    "not_finite": QT_TRANSLATE_NOOP("values", "该数值不能精确表示为有限小数"),
    "above_exclusive_minimum": QT_TRANSLATE_NOOP("values", "必须大于 {minimum}"),
    "below_minimum": QT_TRANSLATE_NOOP("values", "不能小于 {minimum}"),
    "above_maximum": QT_TRANSLATE_NOOP("values", "不能大于 {maximum}"),
    # text no document can hold (app.models.hygiene)
    "lone_surrogate": QT_TRANSLATE_NOOP(
        "values", "含有无效字符（U+{code}，第 {position} 个字符，不成对的代理项，常见于损坏的复制内容），请删除后重新输入"),
    "control_character": QT_TRANSLATE_NOOP(
        "values", "含有不可见的控制字符（U+{code}，第 {position} 个字符），文档中无法保存，请删除后重新输入"),
    # stored values (app.models.values.check_value)
    "not_text": QT_TRANSLATE_NOOP("values", "应为文本"),
    "not_boolean": QT_TRANSLATE_NOOP("values", "应为 true 或 false"),
    "not_integer": QT_TRANSLATE_NOOP("values", "应为整数"),
    "not_quantity": QT_TRANSLATE_NOOP("values", "应为 {\"value\": 数值文本, \"unit\": 单位}"),
    "unit_not_allowed": QT_TRANSLATE_NOOP("values", "单位“{unit}”不在允许的单位（{units}）中"),
    "above_limit": QT_TRANSLATE_NOOP("values", "超过合理上限（{limit}{unit}），请核对数值和单位"),
    "not_date": QT_TRANSLATE_NOOP("values", "应为日期（YYYY-MM-DD）"),
    "not_choice": QT_TRANSLATE_NOOP("values", "“{value}”不是可选项"),
    "not_scenario_list": QT_TRANSLATE_NOOP("values", "应为场景编号的列表"),
    "unknown_type": QT_TRANSLATE_NOOP("values", "未知的列类型 {kind}"),
    "decimal_as_text": QT_TRANSLATE_NOOP("values", "数值应以文本形式保存（例如 \"1274.83\"），以免精度损失"),
    # typed or pasted text (app.models.values.parse_cell, parse_field, parse_date)
    "date_format": QT_TRANSLATE_NOOP("values", "“{text}”不是有效日期，请按 2024年3月1日 或 2024-03-01 的格式填写"),
    "no_such_date": QT_TRANSLATE_NOOP("values", "“{text}”不是有效日期"),
    "labelled": QT_TRANSLATE_NOOP("values", "{label}{problem}"),
    "yes_or_no": QT_TRANSLATE_NOOP("values", "“{text}”应填“是”或“否”"),
    "not_one_of": QT_TRANSLATE_NOOP("values", "“{text}”不是可选项（可选：{names}）"),
    "unknown_scenario": QT_TRANSLATE_NOOP(
        "values", "“{entry}”不在工业和信息化部已发布的典型应用场景目录中，不能计入（最接近的目录场景：{nearest}）；"
                  "请改用目录中的名称，目录外的应用可写入情况说明"),
    "field_not_integer": QT_TRANSLATE_NOOP("values", "{label}应为整数"),
    # a record's problems (app.models.values.record_problems, dates.future_problem)
    "missing": QT_TRANSLATE_NOOP("values", "缺少“{label}”"),
    "unselected": QT_TRANSLATE_NOOP("values", "未选择“{label}”"),
    "quoted": QT_TRANSLATE_NOOP("values", "“{label}”{problem}"),
    "implausible": QT_TRANSLATE_NOOP("values", "“{label}”{shown}不在{what}的合理范围（{span}）内：{hint}"),
    "span": QT_TRANSLATE_NOOP("values", "{low}{unit}–{high}{unit}"),
    "future_date": QT_TRANSLATE_NOOP("values", "“{label}”{day}晚于今天（{today}），请核对"),
    "future_year": QT_TRANSLATE_NOOP("values", "“{label}”{year}年晚于今年（{this_year}年），请核对"),
    # a cell as the register shows it (app.models.values.format_cell)
    "quantity": QT_TRANSLATE_NOOP("values", "{value}{unit}"),
    "yes": QT_TRANSLATE_NOOP("values", "是"),
    "no": QT_TRANSLATE_NOOP("values", "否"),
    "unlisted_scenario": QT_TRANSLATE_NOOP("values", "{name}（非目录场景）"),
    # a row of a sheet the register import skips (app.models.register_import)
    "separator": QT_TRANSLATE_NOOP("values", "；"),
    "column_problem": QT_TRANSLATE_NOOP("values", "{label}：{problem}"),
    "existing_record": QT_TRANSLATE_NOOP("values", "已有的{record_name}“{label}”"),
    "sheet_row": QT_TRANSLATE_NOOP("values", "第{line}行"),
    "duplicate_of": QT_TRANSLATE_NOOP("values", "与{what}重复"),
    "duplicate_of_same": QT_TRANSLATE_NOOP("values", "与{what}重复（{same}相同）"),
    "same_record_id": QT_TRANSLATE_NOOP("values", "与第{line}行的记录编号相同"),
}


def words(key: str, **params: Any) -> Phrase:
    """The message ``key`` with its values, as a phrase of the context "values"."""
    return phrase(CONTEXT, WORDS[key], **params)


def reasons(items: Any) -> Joined:
    """Several problems in one sentence, 「；」 between them."""
    return Joined(items, WORDS["separator"], CONTEXT)
