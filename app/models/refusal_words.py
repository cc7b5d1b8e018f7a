"""Why an edit or a stage change of the pilot years is refused, translatable.

``pilot_edits`` (actual values, ratings, 第十八条 matters, amended targets, the approval's details),
``actuals_table`` (a row of the actual values' form it skips),
``pilot_stages`` (the approval, the 复核) and ``lifecycle`` (an edit of the approved plan) raise their
refusals with these phrases (``app.translatable``): the command line and the log read the Chinese, the
UI's refusal dialog (``app.ui.dialogs.report_exception``) shows the same sentence in its language.
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Phrase, date_phrase, phrase

CONTEXT = "refusals"

REFUSALS = {
    "with_problem": QT_TRANSLATE_NOOP("refusals", "{what}：{problem}"),
    "not_approved": QT_TRANSLATE_NOOP("refusals", "申报材料获批复后才能{what}。"),
    "negative": QT_TRANSLATE_NOOP("refusals", "{what}不能为负数。"),
    "not_a_date": QT_TRANSLATE_NOOP("refusals", "{what}应为有效日期（YYYY-MM-DD）。"),
    "not_a_date_was": QT_TRANSLATE_NOOP("refusals", "{what}应为有效日期（YYYY-MM-DD），现为“{text}”。"),
    "in_future": QT_TRANSLATE_NOOP("refusals", "{what}{day}晚于今天，请核对。"),
    "years": QT_TRANSLATE_NOOP("refusals", "试点期只有 {n} 年。"),
    "evidence_gone": QT_TRANSLATE_NOOP("refusals", "所选的证明材料已不在申报材料中。"),
    "evidence_gone_choose": QT_TRANSLATE_NOOP("refusals", "所选的证明材料已不在申报材料中，请重新选择。"),
    "derived": QT_TRANSLATE_NOOP("refusals", "“{label}”由其他数值计算得出，无需填写。"),
    "stars": QT_TRANSLATE_NOOP("refusals", "星级应为一星到五星。"),
    "rated": QT_TRANSLATE_NOOP("refusals", "第{year}年的星级评定已有记录；如需更正，请修改该记录。"),
    "not_submitted": QT_TRANSLATE_NOOP("refusals", "报送之后才能记录第十八条事项。"),
    "unknown_kind": QT_TRANSLATE_NOOP("refusals", "未知的事项类别“{kind}”。"),
    "no_account": QT_TRANSLATE_NOOP("refusals", "请简要说明事项经过。"),
    "no_reason": QT_TRANSLATE_NOOP("refusals", "调整目标须说明理由。"),
    "no_target": QT_TRANSLATE_NOOP("refusals", "请填写“{label}”第{year}年调整后的目标值。"),
    "same_target": QT_TRANSLATE_NOOP("refusals", "调整后的目标与现行目标相同（{old}），无需调整。"),
    "no_approval": QT_TRANSLATE_NOOP("refusals", "尚未记录批复。"),
    "no_number": QT_TRANSLATE_NOOP("refusals", "请填写批复文号。"),
    "no_number_example": QT_TRANSLATE_NOOP("refusals", "请填写批复文号（例如：工信厅信管函〔2025〕××号）。"),
    "review_early": QT_TRANSLATE_NOOP("refusals", "试点期满后才能开始复核（试点期至{end}）。"),
    "review_unapproved": QT_TRANSLATE_NOOP("refusals", "尚未记录批复，无法开始复核。"),
    "plan_frozen": QT_TRANSLATE_NOOP("refusals", "申报材料已{stage}，试点工作方案已冻结，不能再修改方案内容。调整分年度目标请在"
                                                 "“试点进展”中使用“调整目标”，并注明日期和理由。"),
    # what is being done or entered, inside the sentences above
    "enter_actuals": QT_TRANSLATE_NOOP("refusals", "填报实际完成值"),
    "import_actuals": QT_TRANSLATE_NOOP("refusals", "导入实际完成值"),
    "write_report": QT_TRANSLATE_NOOP("refusals", "撰写年度报告"),
    "record_rating": QT_TRANSLATE_NOOP("refusals", "记录星级评定"),
    "amend_target": QT_TRANSLATE_NOOP("refusals", "调整目标"),
    "actual_value": QT_TRANSLATE_NOOP("refusals", "“{label}”第{year}年实际完成值"),
    "amended_value": QT_TRANSLATE_NOOP("refusals", "“{label}”第{year}年调整后目标"),
    "rated_on": QT_TRANSLATE_NOOP("refusals", "评定日期"), "happened_on": QT_TRANSLATE_NOOP("refusals", "发生日期"),
    "amended_on": QT_TRANSLATE_NOOP("refusals", "调整日期"), "approved_on": QT_TRANSLATE_NOOP("refusals", "批复日期"),
    "date": QT_TRANSLATE_NOOP("refusals", "日期"),
    # a row of the actual values' form that is not imported (app.models.actuals_table)
    "which_target": QT_TRANSLATE_NOOP("refusals", "无法确定是哪一项目标（{code} {target}）"),
    "no_such_target": QT_TRANSLATE_NOOP("refusals", "批复的方案中没有第{year}年的“{label}”目标"),
    "target_value": QT_TRANSLATE_NOOP("refusals", "“{label}”：{problem}"),
    # after the pilot (已完成, 已撤销): nothing is amended or reported any more
    "plan_closed": QT_TRANSLATE_NOOP("refusals", "申报材料已{stage}，试点工作方案不能再修改。"),
    "closed": QT_TRANSLATE_NOOP("refusals", "申报材料已{stage}，不能再{what}。"),
    "record_incident": QT_TRANSLATE_NOOP("refusals", "记录第十八条事项"),
    "change_records": QT_TRANSLATE_NOOP("refusals", "修改试点进展的记录"),
    # the stage an approved plan is in, after 「申报材料已」 (「申报材料已获批复」 …; the word has no 已 of its own)
    "stage_approved": QT_TRANSLATE_NOOP("refusals", "获批复"), "stage_review": QT_TRANSLATE_NOOP("refusals", "进入复核"),
    "stage_completed": QT_TRANSLATE_NOOP("refusals", "完成复核"),
    "stage_revoked": QT_TRANSLATE_NOOP("refusals", "被撤销批复"),
}
CLOSED_STAGES = ("completed", "revoked")     # the pilot is over: the plan and the pilot years are a record


def stage_words(stage: str) -> Phrase | str:
    """What a dossier from 已批复 on 「已」 is (获批复, 进入复核, 完成复核, 被撤销批复), for the sentences above."""
    key = f"stage_{stage}"
    return refusal(key) if key in REFUSALS else stage


def refusal(key: str, **params: Any) -> Phrase:
    return phrase(CONTEXT, REFUSALS[key], **params)


def in_future(what: Any, day: Any) -> Phrase:
    """「批复日期2030年1月1日晚于今天，请核对。」"""
    return refusal("in_future", what=what, day=date_phrase(day))
