"""After approval: the three pilot years of a dossier, as data (工作规则第十四条–第十八条).

An approved city runs a three-year pilot from the date of approval (第十四条),
reports each year's work (第十五条), is rated with one to five stars every year
(第十六条) and reviewed at the end (第十七条, 复核).  All of it is kept in
``Dossier.pilot``: a flat, ordered mapping of *entity keys* to JSON-able
dicts, one entity per row of the dossier file's ``pilot`` table, so an edit
rewrites only what it touched and the history names it (``pilot/<key>``):

=================================  ============================================================
key                                value
=================================  ============================================================
``approval``                       ``{"date", "number", "evidence": [ids], "note"}`` — 已批复
``frozen``                         the approved plan's targets and baseline (``FROZEN_FIELDS``)
``amendment/<id>``                 one recorded change of a target (date, reason, document)
``report/<year>``                  the year's report status: ``{"state", "finalised_at", …}``
``report/<year>/actual/<ind>/<t>``  the value reached: ``{"value", "evidence", "note", "source"}``
``report/<year>/text/<area>``      per 重点任务 area: ``{"done", "problems", "next"}``
``rating/<id>``                    ``{"year", "stars", "date", "document", "evidence"}`` (第十六条)
``incident/<id>``                  a 第十八条 matter: ``{"kind", "date", "description", …}``
``review``, ``review/text/<area>``  复核 status and texts (第十七条)
``decision/<kind>``                未获批复 / 已撤销 / 已完成: ``{"date", "number", "note"}``
=================================  ============================================================

This module reads that mapping into typed views and does the calendar (dates,
report states, text parts and 第十八条 kinds are Chinese in the documents and
offer ``text(tr)`` / ``cn_date(day, tr)`` for the UI's language); the
completion arithmetic is ``app.models.completion``, the edits
``app.models.pilot_edits``, the stage changes ``app.models.lifecycle`` and the
findings ``app.models.pilot_findings``.

The pilot period follows 《民法典》第二百零一条、第二百零二条: counted from the
day after approval, it ends on the corresponding day of the expiry year (the
last day of the month when there is none: 2月29日 → 2月28日).  Year 1 runs
from the approval date to its first anniversary; year *k* from the day after
anniversary *k − 1* to anniversary *k*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterator

from app.models.dossier import Dossier
from app.translatable import QT_TRANSLATE_NOOP, Phrase, Translate, date_phrase, phrase, untranslated

CONTEXT = "pilot"        # the translation context of the words below (the UI shows them; documents stay Chinese)
PILOT_YEARS = 3
REPORT_STATES = ("not_started", "drafting", "finalised", "submitted")
REPORT_STATE_LABELS = {"not_started": QT_TRANSLATE_NOOP("pilot", "未开始"),
                       "drafting": QT_TRANSLATE_NOOP("pilot", "起草中"),
                       "finalised": QT_TRANSLATE_NOOP("pilot", "已定稿"),
                       "submitted": QT_TRANSLATE_NOOP("pilot", "已报送")}
TEXT_PARTS = ("done", "problems", "next")
TEXT_PART_LABELS = {"done": QT_TRANSLATE_NOOP("pilot", "工作开展情况"),
                    "problems": QT_TRANSLATE_NOOP("pilot", "存在的问题"),
                    "next": QT_TRANSLATE_NOOP("pilot", "下一年度工作举措")}
REVIEW_PART_LABELS = {"done": QT_TRANSLATE_NOOP("pilot", "目标完成情况"),
                      "problems": QT_TRANSLATE_NOOP("pilot", "存在的问题"),
                      "next": QT_TRANSLATE_NOOP("pilot", "经验做法与下一步打算")}
# 第十八条: what each kind of incident is, and the clause it falls under.
INCIDENT_KINDS = {
    "cyber": (QT_TRANSLATE_NOOP("pilot", "重大网络安全事件"), "（一）"),
    "safety": (QT_TRANSLATE_NOOP("pilot", "重大安全生产事故"), "（一）"),
    "false_materials": (QT_TRANSLATE_NOOP("pilot", "提供虚假材料"), "（二）"),
    "non_cooperation": (QT_TRANSLATE_NOOP("pilot", "不配合评价复核等相关工作"), "（三）"),
    "other": (QT_TRANSLATE_NOOP("pilot", "其他重大问题，不再适合先导区试点"), "（五）"),
}
# 第十八条's items as the UI names them: 「第十八条（一）」 is 「Article 18 (1)」 in English.
CLAUSES = {"（一）": QT_TRANSLATE_NOOP("pilot", "第十八条（一）"), "（二）": QT_TRANSLATE_NOOP("pilot", "第十八条（二）"),
           "（三）": QT_TRANSLATE_NOOP("pilot", "第十八条（三）"), "（四）": QT_TRANSLATE_NOOP("pilot", "第十八条（四）"),
           "（五）": QT_TRANSLATE_NOOP("pilot", "第十八条（五）")}
DECISIONS = ("not_approved", "revoked", "completed")
FROZEN_FIELDS = ("revision", "content_hash", "frozen_at", "targets", "baseline")
BAR_YEARS = 3   # 第十八条: three years without MIIT industrial-internet projects


# -- the calendar (第十四条) ---------------------------------------------------------------
def parse_day(text: Any) -> date | None:
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def anniversary(start: date, years: int) -> date:
    """The corresponding day ``years`` later; 2月29日 without one falls on the month's last day (第二百零二条)."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return date(start.year + years, start.month, 28)


def year_span(approved: date, year: int) -> tuple[date, date]:
    """First and last day (inclusive) of pilot year ``year`` (1-based)."""
    first = approved if year == 1 else anniversary(approved, year - 1) + timedelta(days=1)
    return first, anniversary(approved, year)


def pilot_end(approved: date) -> date:
    return anniversary(approved, PILOT_YEARS)


def pilot_year(approved: date, today: date) -> int:
    """0 before approval, 1–3 during the pilot, 4 once the period has ended."""
    if today < approved:
        return 0
    for year in range(1, PILOT_YEARS + 1):
        if today <= anniversary(approved, year):
            return year
    return PILOT_YEARS + 1


def cn_date(day: date | str | None, tr: Translate = untranslated) -> str:
    """2025年9月18日 (how dates are written in the documents and the Chinese UI; ``tr``: the UI's language)."""
    if isinstance(day, str):
        day = parse_day(day)
    return date_phrase(day).text(tr) if day else ""


def date_words(day: date | str | None) -> Phrase | str:
    """A date as a translatable phrase for a sentence built in the core ("" when there is none)."""
    if isinstance(day, str):
        day = parse_day(day)
    return date_phrase(day) if day else ""


def clause_text(clause: str, tr: Translate = untranslated) -> str:
    """「第十八条（一）」 in the UI's language (an unknown clause as 第十八条 + it)."""
    return tr(CONTEXT, CLAUSES[clause]) if clause in CLAUSES else "第十八条" + clause


def clause_words(clause: str) -> Phrase | str:
    return phrase(CONTEXT, CLAUSES[clause]) if clause in CLAUSES else "第十八条" + clause


# -- typed views ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Approval:
    date: str
    number: str = ""
    evidence: tuple[str, ...] = ()
    note: str = ""

    @property
    def day(self) -> date | None:
        return parse_day(self.date)


@dataclass(frozen=True)
class Rating:
    id: str
    year: int
    stars: int
    date: str = ""
    document: str = ""
    evidence: tuple[str, ...] = ()

    @property
    def below_three(self) -> bool:
        """第十八条（四）「三星以下」: 「以下」 includes the number itself (《民法典》第一千二百五十九条)."""
        return self.stars <= 3


@dataclass(frozen=True)
class Incident:
    id: str
    kind: str
    date: str = ""
    description: str = ""
    document: str = ""
    evidence: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return INCIDENT_KINDS.get(self.kind, (self.kind, ""))[0]

    def text(self, tr: Translate = untranslated) -> str:
        """The kind in the UI's language."""
        return tr(CONTEXT, self.label) if self.kind in INCIDENT_KINDS else self.label

    @property
    def words(self) -> Phrase | str:
        return phrase(CONTEXT, self.label) if self.kind in INCIDENT_KINDS else self.label

    @property
    def clause(self) -> str:
        return INCIDENT_KINDS.get(self.kind, ("", "（五）"))[1]


@dataclass(frozen=True)
class Amendment:
    id: str
    indicator: str
    target: str
    year: int
    old: str | None
    new: str | None
    date: str = ""
    reason: str = ""
    document: str = ""


@dataclass(frozen=True)
class Actual:
    value: str | None = None
    evidence: tuple[str, ...] = ()
    note: str = ""
    source: str = "typed"      # typed | imported


@dataclass(frozen=True)
class ReportStatus:
    state: str = "not_started"
    finalised_at: str = ""
    content_hash: str = ""
    submitted_at: str = ""

    @property
    def label(self) -> str:
        return REPORT_STATE_LABELS.get(self.state, self.state)

    def text(self, tr: Translate = untranslated) -> str:
        """The state in the UI's language."""
        return tr(CONTEXT, self.label) if self.state in REPORT_STATE_LABELS else self.label


@dataclass
class Frozen:
    """The approved plan's targets and baseline, as they were when approved (never overwritten)."""

    revision: int = 0
    content_hash: str = ""
    frozen_at: str = ""
    targets: dict[str, dict[str, list[str | None]]] = field(default_factory=dict)
    baseline: dict[str, dict[str, str | None]] = field(default_factory=dict)


def _tuple(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def approval(dossier: Dossier) -> Approval | None:
    body = dossier.pilot.get("approval")
    if not isinstance(body, dict) or not body.get("date"):
        return None
    return Approval(body["date"], body.get("number", ""), _tuple(body.get("evidence")), body.get("note", ""))


def approved_on(dossier: Dossier) -> date | None:
    found = approval(dossier)
    return found.day if found else None


def frozen(dossier: Dossier) -> Frozen | None:
    body = dossier.pilot.get("frozen")
    if not isinstance(body, dict):
        return None
    return Frozen(int(body.get("revision", 0)), body.get("content_hash", ""), body.get("frozen_at", ""),
                  {k: dict(v) for k, v in (body.get("targets") or {}).items()},
                  {k: dict(v) for k, v in (body.get("baseline") or {}).items()})


def entities(dossier: Dossier, prefix: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, body) of every entity whose key is ``prefix/<id>``, in insertion order."""
    start = prefix + "/"
    for key, body in dossier.pilot.items():
        if key.startswith(start) and "/" not in key[len(start):] and isinstance(body, dict):
            yield key[len(start):], body


def ratings(dossier: Dossier) -> list[Rating]:
    found = [Rating(rid, int(b.get("year", 0)), int(b.get("stars", 0)), b.get("date", ""), b.get("document", ""),
                    _tuple(b.get("evidence"))) for rid, b in entities(dossier, "rating")]
    return sorted(found, key=lambda r: (r.year, r.date))


def incidents(dossier: Dossier) -> list[Incident]:
    found = [Incident(iid, b.get("kind", "other"), b.get("date", ""), b.get("description", ""),
                      b.get("document", ""), _tuple(b.get("evidence"))) for iid, b in entities(dossier, "incident")]
    return sorted(found, key=lambda i: i.date)


def amendments(dossier: Dossier) -> list[Amendment]:
    found = [Amendment(aid, b.get("indicator", ""), b.get("target", ""), int(b.get("year", 0)), b.get("old"),
                       b.get("new"), b.get("date", ""), b.get("reason", ""), b.get("document", ""))
             for aid, b in entities(dossier, "amendment")]
    return sorted(found, key=lambda a: a.date)    # stable: same-day amendments keep the order they were made


def report_status(dossier: Dossier, year: int) -> ReportStatus:
    body = dossier.pilot.get(f"report/{year}")
    if not isinstance(body, dict):
        has_content = any(k.startswith(f"report/{year}/") for k in dossier.pilot)
        return ReportStatus("drafting" if has_content else "not_started")
    return ReportStatus(body.get("state", "drafting"), body.get("finalised_at", ""), body.get("content_hash", ""),
                        body.get("submitted_at", ""))


def review_status(dossier: Dossier) -> ReportStatus:
    body = dossier.pilot.get("review")
    if not isinstance(body, dict):
        has_content = any(k.startswith("review/") for k in dossier.pilot)
        return ReportStatus("drafting" if has_content else "not_started")
    return ReportStatus(body.get("state", "drafting"), body.get("finalised_at", ""), body.get("content_hash", ""),
                        body.get("submitted_at", ""))


def actual_key(year: int, indicator_id: str, target_id: str) -> str:
    return f"report/{year}/actual/{indicator_id}/{target_id}"


def actual(dossier: Dossier, year: int, indicator_id: str, target_id: str) -> Actual | None:
    body = dossier.pilot.get(actual_key(year, indicator_id, target_id))
    if not isinstance(body, dict):
        return None
    return Actual(body.get("value"), _tuple(body.get("evidence")), body.get("note", ""), body.get("source", "typed"))


def area_text(dossier: Dossier, scope: str, area_id: str) -> dict[str, str]:
    """The three texts of one 重点任务 area for ``scope`` ("report/1", "review"), "" where unwritten."""
    body = dossier.pilot.get(f"{scope}/text/{area_id}")
    body = body if isinstance(body, dict) else {}
    return {part: str(body.get(part, "")) for part in TEXT_PARTS}


def decision(dossier: Dossier, kind: str) -> dict[str, Any] | None:
    body = dossier.pilot.get(f"decision/{kind}")
    return body if isinstance(body, dict) else None


# -- targets: frozen, then amended -----------------------------------------------------------
def frozen_target(dossier: Dossier, indicator_id: str, target_id: str, year: int) -> str | None:
    """The target of ``year`` as approved (from the frozen plan; the live plan before approval)."""
    snap = frozen(dossier)
    if snap is not None:
        values = snap.targets.get(indicator_id, {}).get(target_id) or []
    else:
        answer = dossier.peek_answer(indicator_id)
        values = (answer.targets.get(target_id) if answer else None) or []
    return values[year - 1] if len(values) >= year else None


def target_history(dossier: Dossier, indicator_id: str, target_id: str, year: int) -> list[Amendment]:
    return [a for a in amendments(dossier) if (a.indicator, a.target, a.year) == (indicator_id, target_id, year)]


def effective_target(dossier: Dossier, indicator_id: str, target_id: str, year: int) -> str | None:
    """The target that counts for ``year``: the approved one, or the latest amendment of it."""
    changes = target_history(dossier, indicator_id, target_id, year)
    return changes[-1].new if changes else frozen_target(dossier, indicator_id, target_id, year)


def is_approved(dossier: Dossier) -> bool:
    return dossier.stage in ("approved", "review", "completed", "revoked") and approval(dossier) is not None


def stopped_on(dossier: Dossier) -> date | None:
    """The day a revoked pilot stopped (第十八条): the years after it are not run, and there is no 复核."""
    if dossier.stage != "revoked":
        return None
    return parse_day((decision(dossier, "revoked") or {}).get("date"))


def current_year(dossier: Dossier, today: date | None = None) -> int:
    """The pilot year ``today`` falls in (0 before approval or when not approved, 4 after the period); a revoked
    pilot stays in the year it was revoked in."""
    day = approved_on(dossier)
    if day is None or not is_approved(dossier):
        return 0
    today = today or date.today()
    stopped = stopped_on(dossier)
    return pilot_year(day, min(today, stopped) if stopped else today)
