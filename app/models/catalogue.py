"""The indicator catalogue: one edition of the 评审指标, loaded from data.

An edition is one JSON file under ``resources/catalogue/`` (``2023.json`` is
the 2023 edition from 工信厅信管〔2023〕66号).  Everything the app generates
from the catalogue — wizards, editors, rules, export order — reads these
types, so a later edition is a new file, not new code.  The file is checked
against ``resources/schema/catalogue.schema.json`` and for internal
consistency (unique ids, every reference resolvable) when loaded.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from app.errors import UserFacingError
from app.models.catalogue_checks import cross_reference_problems
from app.models.identity import normalise_text
from app.paths import resource

DEFAULT_EDITION = "2023"


class CatalogueError(UserFacingError):
    """The catalogue file is missing or does not describe a valid edition."""


@dataclass(frozen=True)
class ColumnSpec:
    id: str
    label: str
    type: str
    required: bool = False
    required_when: dict[str, Any] | None = None
    units: dict[str, str] = field(default_factory=dict)
    default_unit: str | None = None
    min: str | None = None
    max: str | None = None
    exclusive_min: bool = False
    list: str | None = None
    plausible: dict[str, str] | None = None     # {"min", "max" (base unit), "what", "below", "above"}
    year: bool = False                          # an integer holding a calendar year
    before_attestations: bool = False           # an event the 现场考察 attestations should postdate
    synonyms: tuple[str, ...] = ()    # other headings of this column in spreadsheets (企业名称: 单位名称, 企业…)


@dataclass(frozen=True)
class RegisterSpec:
    id: str
    name: str
    record_name: str
    columns: tuple[ColumnSpec, ...]
    scope: str = "indicator"
    # alternative column sets that identify a record, in order of preference (see app.models.identity)
    identity: tuple[tuple[str, ...], ...] = ()

    def column(self, column_id: str) -> ColumnSpec:
        for col in self.columns:
            if col.id == column_id:
                return col
        raise KeyError(column_id)


@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str
    type: str
    unit: str = ""
    min: str | None = None
    max: str | None = None
    required: bool = False


@dataclass(frozen=True)
class TargetSpec:
    id: str
    label: str
    unit: str
    type: str
    direction: str = "more"                     # "more" or "less" is better
    kind: str = "level"                         # "level": reached by that year; "flow": that year's own amount
    baseline: dict[str, Any] | None = field(default=None, compare=False)   # today's value (see app.models.targets)
    derived: dict[str, Any] | None = field(default=None, compare=False)    # computed, never typed


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    section_id: str
    group_id: str
    code: str
    starred: bool = False
    condition: str = ""
    rule: dict[str, Any] | None = None
    registers: tuple[str, ...] = ()
    attestations: bool = False
    fields: tuple[FieldSpec, ...] = ()
    narrative_required: bool = False
    narrative_hint: str = ""
    targets: tuple[TargetSpec, ...] = ()
    evidence_required: bool = False
    evidence_recommended: bool = False

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields:
            if spec.id == field_id:
                return spec
        raise KeyError(field_id)

    def target(self, target_id: str) -> TargetSpec:
        for spec in self.targets:
            if spec.id == target_id:
                return spec
        raise KeyError(target_id)


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    code: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Section:
    id: str
    name: str
    points: int
    code: str
    guide_area: str | None
    groups: tuple[Group, ...]

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for g in self.groups for ind in g.indicators)


@dataclass(frozen=True)
class Scenario:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    batch: int | None = None


@dataclass(frozen=True)
class Choice:
    id: str
    name: str
    requires_reason: bool = False


@dataclass(frozen=True)
class Attestation:
    id: str
    text: str


@dataclass(frozen=True)
class GuideArea:
    id: str
    name: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    edition: str
    title: str
    source: str
    pilot_years: int
    sections: tuple[Section, ...]
    registers: dict[str, RegisterSpec]
    scenario_lists: dict[str, tuple[Scenario, ...]]
    choice_lists: dict[str, tuple[Choice, ...]]
    attestations: tuple[Attestation, ...]
    guide_name: str
    guide_areas: tuple[GuideArea, ...]
    plausibility: tuple[dict[str, Any], ...] = ()
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def indicators(self) -> Iterator[Indicator]:
        for section in self.sections:
            yield from section.indicators

    def groups(self) -> Iterator[Group]:
        for section in self.sections:
            yield from section.groups

    def indicator(self, indicator_id: str) -> Indicator:
        return self._indicator_index()[indicator_id]

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def starred(self) -> tuple[Indicator, ...]:
        return tuple(ind for ind in self.indicators() if ind.starred)

    def register(self, register_id: str) -> RegisterSpec:
        return self.registers[register_id]

    def choice_ids(self, list_id: str) -> frozenset[str]:
        """The ids of a choice list (checked for every choice cell of every record)."""
        key = "_choice_ids_" + list_id
        cached = self.__dict__.get(key)
        if cached is None:
            cached = frozenset(c.id for c in self.choice_lists[list_id])
            object.__setattr__(self, key, cached)
        return cached

    def choice_name(self, list_id: str, choice_id: str) -> str:
        for choice in self.choice_lists[list_id]:
            if choice.id == choice_id:
                return choice.name
        return choice_id

    def scenario_index(self, list_id: str) -> dict[str, str]:
        """Map every scenario id, name and alias (normalised) to the scenario id."""
        return self._scenario_index(list_id)

    def resolve_scenario(self, list_id: str, text: str) -> str | None:
        """The one resolver of scenario entries (exchange import, paste, the matrix, the rules).

        An id, a Chinese name or a known alias, however spelled: full-width
        letters, spaces, line breaks and case do not matter
        (``identity.normalise_text``).  None for anything not on the list.
        """
        if not isinstance(text, str):
            return None
        return self._scenario_index(list_id).get(normalise_text(text))

    def nearest_scenarios(self, list_id: str, text: str, n: int = 3) -> list[str]:
        """The names of the listed scenarios closest to an unknown entry, for the message that refuses it."""
        from difflib import SequenceMatcher

        wanted = normalise_text(text)
        scored = []
        for sc in self.scenario_lists[list_id]:
            best = max(SequenceMatcher(None, wanted, normalise_text(name)).ratio() for name in (sc.name, *sc.aliases, sc.id))
            scored.append((-best, sc.name))
        return [name for _, name in sorted(scored)[:n]]

    # caches: the catalogue is immutable, so computed indexes can be kept
    def _indicator_index(self) -> dict[str, Indicator]:
        cached = self.__dict__.get("_ind_index")
        if cached is None:
            cached = {ind.id: ind for ind in self.indicators()}
            object.__setattr__(self, "_ind_index", cached)
        return cached

    def _scenario_index(self, list_id: str) -> dict[str, str]:
        key = "_scn_index_" + list_id
        cached = self.__dict__.get(key)
        if cached is None:
            cached = {}
            for sc in self.scenario_lists[list_id]:
                for name in (sc.id, sc.name, *sc.aliases):
                    cached[normalise_text(name)] = sc.id
            object.__setattr__(self, key, cached)
        return cached


def normalise_name(text: str) -> str:
    """NFKC, no whitespace: the seed text and pasted cells vary in spacing."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def catalogue_dir() -> Path:
    return resource("catalogue")


def available_editions() -> list[str]:
    return sorted(p.stem for p in catalogue_dir().glob("*.json"))


@lru_cache(maxsize=8)
def load_catalogue(edition: str = DEFAULT_EDITION) -> Catalogue:
    path = catalogue_dir() / f"{edition}.json"
    if not path.is_file():
        raise CatalogueError(f"找不到评审指标版本“{edition}”（{path}）")
    # Bundled editions are schema-checked by the test suite (tests/core/test_catalogue.py); at start-up only
    # the cheap cross-reference checks run, which keeps jsonschema off the start-up path.
    return load_catalogue_file(path, schema_check=False)


def load_catalogue_file(path: Path, *, schema_check: bool = True) -> Catalogue:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"评审指标文件无法读取：{path}：{exc}") from exc
    validate_catalogue_data(data, schema_check=schema_check)
    return _build(data)


def validate_catalogue_data(data: Any, *, schema_check: bool = True) -> None:
    """Schema check plus cross-reference checks; raises CatalogueError."""
    if not schema_check:
        if not isinstance(data, dict) or data.get("format") != "pilotzone-catalogue":
            raise CatalogueError("评审指标文件不符合格式：不是评审指标目录文件")
        problems = list(cross_reference_problems(data))
        if problems:
            raise CatalogueError("评审指标文件前后不一致：" + "；".join(problems))
        return
    import jsonschema

    schema = json.loads(resource("schema", "catalogue.schema.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(根)"
        raise CatalogueError(f"评审指标文件不符合格式：{where}：{first.message}")
    problems = list(cross_reference_problems(data))
    if problems:
        raise CatalogueError("评审指标文件前后不一致：" + "；".join(problems))


def _build(data: dict[str, Any]) -> Catalogue:
    registers = {
        r["id"]: RegisterSpec(
            id=r["id"], name=r["name"], record_name=r["record_name"], scope=r.get("scope", "indicator"),
            columns=tuple(ColumnSpec(**{**c, "synonyms": tuple(c.get("synonyms", ()))}) for c in r["columns"]),
            identity=tuple(tuple(alternative) for alternative in r.get("identity", ())),
        )
        for r in data["registers"]
    }
    sections = []
    for s_index, s in enumerate(data["sections"], start=1):
        groups = []
        for g_index, g in enumerate(s["groups"], start=1):
            indicators = []
            for i_index, i in enumerate(g["indicators"], start=1):
                narrative = i.get("narrative", {})
                evidence = i.get("evidence", {})
                indicators.append(Indicator(
                    id=i["id"], name=i["name"], section_id=s["id"], group_id=g["id"],
                    code=f"{s_index}.{g_index}.{i_index}",
                    starred=i.get("starred", False), condition=i.get("condition", ""), rule=i.get("rule"),
                    registers=tuple(i.get("registers", ())), attestations=i.get("attestations", False),
                    fields=tuple(FieldSpec(**f) for f in i.get("fields", ())),
                    narrative_required=narrative.get("required", False), narrative_hint=narrative.get("hint", ""),
                    targets=tuple(TargetSpec(**t) for t in i.get("targets", ())),
                    evidence_required=evidence.get("required", False),
                    evidence_recommended=evidence.get("recommended", False),
                ))
            groups.append(Group(id=g["id"], name=g["name"], code=f"{s_index}.{g_index}", indicators=tuple(indicators)))
        sections.append(Section(id=s["id"], name=s["name"], points=s["points"], code=str(s_index),
                                guide_area=s.get("guide_area"), groups=tuple(groups)))
    return Catalogue(
        edition=data["edition"], title=data["title"], source=data["source"], pilot_years=data["pilot_years"],
        sections=tuple(sections), registers=registers,
        scenario_lists={k: tuple(Scenario(id=s["id"], name=s["name"], aliases=tuple(s.get("aliases", ())),
                                          batch=s.get("batch")) for s in v["scenarios"])
                        for k, v in data["scenario_lists"].items()},
        choice_lists={k: tuple(Choice(**c) for c in v["choices"]) for k, v in data["choice_lists"].items()},
        attestations=tuple(Attestation(**a) for a in data["attestations"]),
        guide_name=data["construction_guide"]["name"],
        guide_areas=tuple(GuideArea(id=a["id"], name=a["name"], items=tuple(a["items"]))
                          for a in data["construction_guide"]["areas"]),
        plausibility=tuple(data.get("plausibility", ())),
        raw=data,
    )
