"""The dossier: everything a city enters for one application.

Plain data classes, no behaviour beyond small look-ups.  Values keep the form
people typed them in, canonicalised: decimals as strings ("1274.83"),
integers as ``int``, quantities as ``{"value": str, "unit": str}``, dates as
ISO strings, choices as ids, scenario sets as lists of ids.  That form is
what the JSON exchange format and the dossier file store, so a round trip
loses nothing.  Rules parse values exactly when they need them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

# Free-text parts of the 试点工作方案 that are not tied to one indicator.
PLAN_TEXT_KEYS = (
    "overview",           # 一、基本情况
    "tasks.policy",       # 五、重点任务 by the construction guide's five areas
    "tasks.infrastructure",
    "tasks.application",
    "tasks.ecosystem",
    "tasks.public_service",
    "safeguards",         # 六、保障措施
)

STAGES = ("draft", "finalised", "submitted",                       # the application (app.models.lifecycle)
          "approved", "not_approved", "review", "completed", "revoked")  # after it (app.models.pilot)


def new_id() -> str:
    import uuid   # not needed to open a dossier (it imports platform)

    return uuid.uuid4().hex


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


@dataclass
class FieldValue:
    """One typed numeric input of an indicator."""

    value: str | None = None
    provisional: bool = False
    note: str = ""

    def is_empty(self) -> bool:
        return self.value is None or self.value == ""


@dataclass
class IndicatorAnswer:
    """What a city enters for one third-level indicator."""

    fields: dict[str, FieldValue] = field(default_factory=dict)
    narrative: str = ""
    # target id -> one value per pilot year (None where not yet set)
    targets: dict[str, list[str | None]] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return (not self.narrative and all(v.is_empty() and not v.provisional for v in self.fields.values())
                and all(all(x in (None, "") for x in vals) for vals in self.targets.values()))


@dataclass
class Record:
    """One row of a register (a city, a policy document, a factory, …)."""

    id: str = field(default_factory=new_id)
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, column: str, default: Any = None) -> Any:
        return self.values.get(column, default)

    def label(self) -> str:
        """What people call this record: its name, title, factory, project or enterprise ("" if none)."""
        for key in ("name", "title", "factory", "project", "enterprise"):
            value = self.values.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""


@dataclass
class EvidenceItem:
    """A supporting document (证明材料) referenced by content hash."""

    id: str
    sha256: str
    filename: str
    size: int
    title: str = ""
    number: str = ""          # 证明材料编号, e.g. "2-1"; empty until numbered
    media_type: str = "application/octet-stream"
    indicators: list[str] = field(default_factory=list)
    added_at: str = ""


@dataclass
class AttestationAnswer:
    """One of the 现场考察 attestations, made by a named person on a date."""

    affirmed: bool | None = None
    person: str = ""
    role: str = ""
    date: str = ""

    def is_complete_and_positive(self) -> bool:
        return self.affirmed is True and bool(self.person.strip()) and bool(self.date)


@dataclass
class Dossier:
    id: str = field(default_factory=new_id)
    catalogue_edition: str = "2023"
    title: str = ""
    applicant: str = ""       # 申报单位, e.g. "某某市人民政府"
    contact: str = ""         # 联系人及电话
    signing_identity: str = ""  # id of the signing identity that signs this dossier's packages
    stage: str = "draft"       # see app.models.lifecycle
    revision: int = 1          # the revision being drafted, or the one finalised (stage finalised/submitted)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    registers: dict[str, list[Record]] = field(default_factory=dict)
    indicators: dict[str, IndicatorAnswer] = field(default_factory=dict)
    evidence: list[EvidenceItem] = field(default_factory=list)
    attestations: dict[str, AttestationAnswer] = field(default_factory=dict)
    plan_texts: dict[str, str] = field(default_factory=dict)
    # After approval: the pilot years, keyed by entity (see app.models.pilot)
    pilot: dict[str, Any] = field(default_factory=dict)

    # -- small look-ups used everywhere -------------------------------------------------
    def register(self, register_id: str) -> list[Record]:
        return self.registers.setdefault(register_id, [])

    def answer(self, indicator_id: str) -> IndicatorAnswer:
        return self.indicators.setdefault(indicator_id, IndicatorAnswer())

    def peek_answer(self, indicator_id: str) -> IndicatorAnswer | None:
        """The answer if one exists, without creating it (for read-only callers)."""
        return self.indicators.get(indicator_id)

    def record(self, register_id: str, record_id: str) -> Record | None:
        for rec in self.registers.get(register_id, ()):
            if rec.id == record_id:
                return rec
        return None

    def evidence_for(self, indicator_id: str) -> list[EvidenceItem]:
        return [e for e in self.evidence if indicator_id in e.indicators]

    def evidence_item(self, evidence_id: str) -> EvidenceItem | None:
        for item in self.evidence:
            if item.id == evidence_id:
                return item
        return None

    def city_names(self) -> list[str]:
        return [str(r.get("name") or "").strip() for r in self.registers.get("cities", ()) if r.get("name")]

    def display_name(self) -> str:
        names = self.city_names()
        if names:
            return "、".join(names)
        return self.title or "未命名申报"
