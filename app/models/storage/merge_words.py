"""What the merge of two copies says — a conflict's sides, the outcome, a refusal — translatable.

``merge.describe_side`` and ``merge.conflict_label`` take the UI's ``tr``; ``MergeOutcome.describe`` and the
refusals (``MergeError``) are phrases (``app.translatable``), their Chinese text what the command line and
the log read, the merge dialog showing them in the UI's language.  The history rows a merge writes keep
their Chinese descriptions (the file is the same in every language).
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Phrase, phrase

CONTEXT = "merge"

WORDS = {
    "deleted": QT_TRANSLATE_NOOP("merge", "（已删除）"),
    "empty": QT_TRANSLATE_NOOP("merge", "（空）"),
    "edited": QT_TRANSLATE_NOOP("merge", "修改了 {cells}"),
    "cell": QT_TRANSLATE_NOOP("merge", "{label}：{value}"),
    "separator": QT_TRANSLATE_NOOP("merge", "；"),
    "contained": QT_TRANSLATE_NOOP("merge", "“{fuller}”已包含“{other}”的全部修改，合并结果与“{fuller}”相同：{name}。"),
    "merged": QT_TRANSLATE_NOOP("merge", "已合并为“{name}”：采用“{a}”的修改 {from_a} 处、“{b}”的修改 {from_b} 处，"
                                         "解决冲突 {conflicts} 处；合并结果为草稿。"),
    "missing": QT_TRANSLATE_NOOP("merge", "有 {n} 个证明材料文件在两个文件中都没有内容，只保留了材料信息。"),
    "with_missing": QT_TRANSLATE_NOOP("merge", "{outcome}{missing}"),
    "unresolved": QT_TRANSLATE_NOOP("merge", "还有 {n} 处冲突没有选择采用哪一方的修改。"),
    "itself": QT_TRANSLATE_NOOP("merge", "“{name}”不能与它自己合并，请选择同一份申报材料的另一个副本。"),
    "not_copies": QT_TRANSLATE_NOOP("merge", "“{a}”和“{b}”不是同一份申报材料的副本（申报编号不同），不能合并。"
                                             "只有从同一份申报复制出来、分别修改过的文件才能合并。"),
    "editions": QT_TRANSLATE_NOOP("merge", "“{a}”和“{b}”使用的评审指标版本不同（{edition_a}年版、{edition_b}年版），"
                                           "不能合并。"),
    "piloted": QT_TRANSLATE_NOOP("merge", "“{label}”已记录批复或试点期事项（{name}），批复之后的申报材料不能合并副本："
                                          "请在一份文件中继续填写。"),
    "onto_input": QT_TRANSLATE_NOOP("merge", "合并结果不能保存为输入文件“{name}”本身，请另选一个文件名。"),
    "exists": QT_TRANSLATE_NOOP("merge", "文件“{name}”已存在。"),
    "in_use": QT_TRANSLATE_NOOP("merge", "“{name}”正由{holder}打开，不能覆盖。"),
}


def words(key: str, **params: Any) -> Phrase:
    return phrase(CONTEXT, WORDS[key], **params)
