"""Where a dossier stands in its life, in words: the stage, the next due item, the ratings.

The workspace list shows this for every file without opening it, so it is
computed from a few *facts* (``Facts``: the stage, the approval date, each
report's state, the ratings, the incidents) that the dossier file keeps in
its summary row; the dossier window computes the same facts from the open
dossier.  Dates depend on today (a pilot year begins on an anniversary), so
the words are worked out when shown, never stored.  They are Chinese for the
command line; the home list and the timeline pass ``tr`` for the UI's
language (``app.translatable``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.models import pilot
from app.models.dossier import Dossier
from app.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "pilot_status"     # the translation context of the words below (the command line keeps the Chinese)
STAGE_WORDS = {"draft": QT_TRANSLATE_NOOP("pilot_status", "草稿"),
               "finalised": QT_TRANSLATE_NOOP("pilot_status", "已定稿"),
               "submitted": QT_TRANSLATE_NOOP("pilot_status", "已报送"),
               "approved": QT_TRANSLATE_NOOP("pilot_status", "已批复"),
               "not_approved": QT_TRANSLATE_NOOP("pilot_status", "未获批复"),
               "review": QT_TRANSLATE_NOOP("pilot_status", "复核"),
               "completed": QT_TRANSLATE_NOOP("pilot_status", "已完成"),
               "revoked": QT_TRANSLATE_NOOP("pilot_status", "已撤销")}
TEXTS = {
    "not_started": QT_TRANSLATE_NOOP("pilot_status", "已批复（试点未开始）"),
    "ended": QT_TRANSLATE_NOOP("pilot_status", "试点期满（待复核）"),
    "year": QT_TRANSLATE_NOOP("pilot_status", "试点第{year}年"),
    "finalise": QT_TRANSLATE_NOOP("pilot_status", "完成申报材料并定稿"),
    "submit": QT_TRANSLATE_NOOP("pilot_status", "报送申报材料"),
    "await_approval": QT_TRANSLATE_NOOP("pilot_status", "等待批复"),
    "reapply": QT_TRANSLATE_NOOP("pilot_status", "可修订后再次申报"),
    "completed": QT_TRANSLATE_NOOP("pilot_status", "试点已完成"),
    "barred": QT_TRANSLATE_NOOP("pilot_status", "三年内不得申请工业和信息化部工业互联网相关项目"),
    "barred_until": QT_TRANSLATE_NOOP("pilot_status", "三年内不得申请工业和信息化部工业互联网相关项目（至{date}）"),
    "submit_review": QT_TRANSLATE_NOOP("pilot_status", "报送复核材料"),
    "await_review": QT_TRANSLATE_NOOP("pilot_status", "等待复核结论"),
    "record_approval": QT_TRANSLATE_NOOP("pilot_status", "记录批复"),
    "starts": QT_TRANSLATE_NOOP("pilot_status", "试点自{date}开始"),
    "overdue": QT_TRANSLATE_NOOP("pilot_status", "报送第{year}年度试点工作报告（第{year}年已于{date}结束）"),
    "review": QT_TRANSLATE_NOOP("pilot_status", "复核（试点期已于{date}届满）"),
    "review_ahead": QT_TRANSLATE_NOOP("pilot_status", "复核（试点期至{date}届满，三个年度报告均已报送）"),
    "report": QT_TRANSLATE_NOOP("pilot_status", "第{year}年度试点工作报告（第{year}年至{date}）"),
    "rating": QT_TRANSLATE_NOOP("pilot_status", "第{year}年 {stars}星"),
    "ratings_separator": QT_TRANSLATE_NOOP("pilot_status", "；"),
}
STAGE_ORDER = tuple(STAGE_WORDS)


@dataclass(frozen=True)
class Facts:
    stage: str = "draft"
    approved: str = ""                                   # ISO date of the approval
    reports: dict[int, str] = field(default_factory=dict)   # year -> report state
    ratings: tuple[tuple[int, int], ...] = ()            # (year, stars)
    incidents: tuple[str, ...] = ()                      # kinds (pilot.INCIDENT_KINDS)
    review: str = "not_started"
    revoked: str = ""                                    # ISO date of the revocation

    def to_json(self) -> dict[str, Any]:
        return {"approved": self.approved, "reports": {str(k): v for k, v in self.reports.items()},
                "ratings": [list(r) for r in self.ratings], "incidents": list(self.incidents),
                "review": self.review, "revoked": self.revoked}

    @classmethod
    def from_json(cls, stage: str, data: Any) -> "Facts":
        data = data if isinstance(data, dict) else {}
        try:
            return cls(stage, str(data.get("approved", "")),
                       {int(k): str(v) for k, v in (data.get("reports") or {}).items()},
                       tuple((int(y), int(s)) for y, s in data.get("ratings") or ()),
                       tuple(str(k) for k in data.get("incidents") or ()), str(data.get("review", "not_started")),
                       str(data.get("revoked", "")))
        except (TypeError, ValueError):
            return cls(stage)


def facts(dossier: Dossier) -> Facts:
    found = pilot.approval(dossier)
    revoked = pilot.decision(dossier, "revoked") or {}
    return Facts(dossier.stage, found.date if found else "",
                 {y: pilot.report_status(dossier, y).state for y in range(1, pilot.PILOT_YEARS + 1)},
                 tuple((r.year, r.stars) for r in pilot.ratings(dossier)),
                 tuple(i.kind for i in pilot.incidents(dossier)), pilot.review_status(dossier).state,
                 str(revoked.get("date", "")))


def stage_text(f: Facts, today: date | None = None, tr: Translate = untranslated) -> str:
    """草稿 … 已批复（试点未开始）, 试点第2年, 试点期满（待复核）, 复核, 已完成, 已撤销 (``tr``: the UI's language)."""
    if f.stage == "approved":
        day = pilot.parse_day(f.approved)
        year = pilot.pilot_year(day, today or date.today()) if day else 0
        if year == 0:
            return tr(CONTEXT, TEXTS["not_started"])
        if year > pilot.PILOT_YEARS:
            return tr(CONTEXT, TEXTS["ended"])
        return tr(CONTEXT, TEXTS["year"]).format(year=year)
    return tr(CONTEXT, STAGE_WORDS[f.stage]) if f.stage in STAGE_WORDS else f.stage


def next_due(f: Facts, today: date | None = None, tr: Translate = untranslated) -> str:
    """The next thing to do, with its date where the notice gives one (第十四条、第十五条、第十七条)."""
    today = today or date.today()
    simple = {"draft": "finalise", "finalised": "submit", "submitted": "await_approval", "not_approved": "reapply",
              "completed": "completed"}
    if f.stage in simple:
        return tr(CONTEXT, TEXTS[simple[f.stage]])
    if f.stage == "revoked":
        day = pilot.parse_day(f.revoked)
        if day is None:
            return tr(CONTEXT, TEXTS["barred"])
        return tr(CONTEXT, TEXTS["barred_until"]).format(
            date=pilot.cn_date(pilot.anniversary(day, pilot.BAR_YEARS), tr))
    if f.stage == "review":
        return tr(CONTEXT, TEXTS["submit_review"] if f.review != "submitted" else TEXTS["await_review"])
    day = pilot.parse_day(f.approved)
    if day is None:
        return tr(CONTEXT, TEXTS["record_approval"])
    year = pilot.pilot_year(day, today)
    if year == 0:
        return tr(CONTEXT, TEXTS["starts"]).format(date=pilot.cn_date(day, tr))
    for k in range(1, min(year, pilot.PILOT_YEARS + 1)):
        if f.reports.get(k) != "submitted":
            return tr(CONTEXT, TEXTS["overdue"]).format(year=k, date=pilot.cn_date(pilot.year_span(day, k)[1], tr))
    while year <= pilot.PILOT_YEARS and f.reports.get(year) == "submitted":   # this year's report already sent
        year += 1
    if year > pilot.PILOT_YEARS:
        ended = pilot.pilot_end(day) < today
        return tr(CONTEXT, TEXTS["review" if ended else "review_ahead"]).format(
            date=pilot.cn_date(pilot.pilot_end(day), tr))
    return tr(CONTEXT, TEXTS["report"]).format(year=year, date=pilot.cn_date(pilot.year_span(day, year)[1], tr))


def overdue_reports(f: Facts, today: date | None = None) -> list[tuple[int, date]]:
    """(year, its last day) of every ended pilot year whose report is not yet submitted (第十五条)."""
    day = pilot.parse_day(f.approved)
    if f.stage not in ("approved", "review") or day is None:
        return []
    year = pilot.pilot_year(day, today or date.today())
    return [(k, pilot.year_span(day, k)[1]) for k in range(1, min(year, pilot.PILOT_YEARS + 1))
            if f.reports.get(k) != "submitted"]


def stars(n: int) -> str:
    """★★☆☆☆ for two stars (with the number: 2星)."""
    n = max(0, min(5, n))
    return "★" * n + "☆" * (5 - n)


def ratings_text(f: Facts, tr: Translate = untranslated) -> str:
    """第1年 2星；第2年 4星 ("" when none)."""
    return tr(CONTEXT, TEXTS["ratings_separator"]).join(tr(CONTEXT, TEXTS["rating"]).format(year=year, stars=n)
                                                        for year, n in f.ratings)
