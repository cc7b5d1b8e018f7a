"""What the workspace list shows about a dossier's life after 报送: its stage, next due item, ratings.

The home list (``app.ui.home``) reads every file's summary without opening it;
the summary carries the pilot years' facts (``pilot_status.Facts``), and the
words — 试点第2年, 报送第1年度试点工作报告 … — are worked out here for today,
so a list left open over an anniversary shows the new year when refreshed.
Kept apart from ``home`` so that module only asks and shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import pilot, pilot_status
from app.translatable import Joined

translate = QCoreApplication.translate


def lifecycle_columns(entry: Any, today: date | None = None) -> tuple[str, str]:
    """(阶段 with the ratings received, 下一事项) for one summary row."""
    facts = entry.facts
    stage = pilot_status.stage_text(facts, today, translate)
    if facts.ratings:
        stars = Joined(tuple(translate("home", "{n}星").format(n=n) for _year, n in facts.ratings)).text(translate)
        stage = translate("home", "{stage}（{stars}）").format(stage=stage, stars=stars)
    if facts.incidents:
        stage = translate("home", "{stage} · 第十八条事项").format(stage=stage)
    return stage, pilot_status.next_due(facts, today, translate)


def lifecycle_order(entry: Any) -> int:
    """Sort key of the 阶段 column: the order of the stages (draft first … revoked last)."""
    order = pilot_status.STAGE_ORDER
    return order.index(entry.stage) if entry.stage in order else len(order)


def lifecycle_tooltip(entry: Any) -> str:
    facts = entry.facts
    lines = []
    if facts.approved:
        lines.append(translate("home", "批复日期：{date}").format(date=pilot.cn_date(facts.approved, translate)
                                                                 or facts.approved))
    if facts.ratings:
        ratings = pilot_status.ratings_text(facts, translate)
        lines.append(translate("home", "星级评定：{ratings}").format(ratings=ratings))
    late = pilot_status.overdue_reports(facts)
    if late:
        years = Joined(tuple(translate("home", "第{n}年度报告").format(n=year) for year, _day in late))
        lines.append(translate("home", "逾期未报送：{years}").format(years=years.text(translate)))
    if facts.incidents:
        lines.append(translate("home", "已记录第十八条事项 {n} 项").format(n=len(facts.incidents)))
    return "\n".join(lines)
