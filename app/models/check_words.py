"""The sentences of the checks that read across parts — targets against today, nested counts, dates against
the attestations — translatable.

``targets.target_warnings``, ``plausibility.plausibility_findings`` and ``dates.after_attestations`` /
``future_attestations`` (and ``cross_checks``, naming the indicator) write their warnings as phrases of these templates (context "findings", like every
other finding): the gap panel shows them in the UI's language, the command line and exports keep the Chinese.
The catalogue's own words in them (a target's label and unit, an operand's label, a plausibility check's
message) are phrases of the context "catalogue".
"""

from __future__ import annotations

from typing import Any

from app.translatable import QT_TRANSLATE_NOOP, Joined, Phrase, phrase

CONTEXT = "findings"

CHECKS = {
    "lower": QT_TRANSLATE_NOOP("findings", "低于"), "higher": QT_TRANSLATE_NOOP("findings", "高于"),
    "not_lower": QT_TRANSLATE_NOOP("findings", "不低于"), "not_higher": QT_TRANSLATE_NOOP("findings", "不高于"),
    "year": QT_TRANSLATE_NOOP("findings", "第{year}年"),
    "falls_back": QT_TRANSLATE_NOOP(
        "findings", "“{label}”第{year}年目标 {value} {unit}{word}第{previous_year}年目标 {previous} {unit}：请核对"),
    "below_today": QT_TRANSLATE_NOOP(
        "findings", "“{label}”{years}目标（{values} {unit}）{word}现状 {baseline} {unit}（{what}）：目标应{should}现状，"
                    "请核对数值和单位"),
    "nested": QT_TRANSLATE_NOOP(
        "findings", "{code} {name}：{child}（{child_value}）多于{parent}（{parent_value}），前者应是后者的一部分：请核对"),
    "unnamed": QT_TRANSLATE_NOOP("findings", "未命名"),
    "after_attestations": QT_TRANSLATE_NOOP(
        "findings", "{register}第{position}条（{record}）：“{label}”{when}晚于现场考察承诺的日期（{attested}）：承诺应在材料齐备后"
                    "作出，请核对日期或重新签署承诺"),
    "a_year": QT_TRANSLATE_NOOP("findings", "{year}年"),
    "attested_in_future": QT_TRANSLATE_NOOP("findings", "“{attestation}”的承诺日期{day}晚于今天（{today}），请核对"),
    "of_indicator": QT_TRANSLATE_NOOP("findings", "{code} {name}：{sentence}"),
}


def check(key: str, **params: Any) -> Phrase:
    return phrase(CONTEXT, CHECKS[key], **params)


def listed(items: Any) -> Joined:
    """Items joined by the list separator (「、」)."""
    return Joined(items)
