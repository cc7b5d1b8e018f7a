"""The documented, versioned JSON exchange form of a dossier.

``dossier_to_json`` and ``dossier_from_json`` are exact inverses (see
``docs/exchange-format.md``).  Reading is strict: the structure is checked
against ``resources/schema/dossier-v<N>.schema.json`` of the document's version
and every value against the catalogue edition the document names; the first
problem is reported as ``InvalidDossier`` with the JSON path and a Chinese
explanation.  Version 2 adds the pilot years (``app.models.exchange_pilot``);
a version-1 document is still read and migrated; writing is always version 2.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from app.errors import UserFacingError, os_reason
from app.files import check_regular_file
from app.models.catalogue import Catalogue, CatalogueError, load_catalogue
from app.models.dossier import (
    PLAN_TEXT_KEYS, AttestationAnswer, Dossier, EvidenceItem, FieldValue, Record,
)
from app.models.hygiene import (
    MAX_DEPTH, MAX_DOCUMENT_BYTES, depth, depth_message, first_bad_string, parse_json_text, size_message,
)
from app.models.values import check_value, unknown_scenario_message, valid_date

FORMAT = "pilotzone-dossier"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)


class InvalidDossier(UserFacingError, ValueError):
    """A document that is not a valid dossier; `path` says where."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path or "(根)"
        self.problem = problem
        super().__init__(f"{self.path}：{problem}")


def dossier_to_json(dossier: Dossier) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": dossier.id,
        "catalogue_edition": dossier.catalogue_edition,
        "title": dossier.title,
        "applicant": dossier.applicant,
        "contact": dossier.contact,
        "signing_identity": dossier.signing_identity,
        "stage": dossier.stage,
        "created_at": dossier.created_at,
        "updated_at": dossier.updated_at,
        "registers": {
            reg_id: [{"id": rec.id, **rec.values} for rec in records]
            for reg_id, records in dossier.registers.items()
        },
        "indicators": {
            ind_id: {
                "fields": {k: {"value": v.value, "provisional": v.provisional, "note": v.note}
                           for k, v in ans.fields.items()},
                "narrative": ans.narrative,
                "targets": {k: list(v) for k, v in ans.targets.items() if k not in _derived_targets(dossier, ind_id)},
            }
            for ind_id, ans in dossier.indicators.items()
        },
        "evidence": [
            {"id": e.id, "sha256": e.sha256, "filename": e.filename, "size": e.size, "title": e.title,
             "number": e.number, "media_type": e.media_type, "indicators": list(e.indicators), "added_at": e.added_at}
            for e in dossier.evidence
        ],
        "attestations": {
            k: {"affirmed": a.affirmed, "person": a.person, "role": a.role, "date": a.date}
            for k, a in dossier.attestations.items()
        },
        "plan_texts": dict(dossier.plan_texts),
        **_pilot_json(dossier),
    }


def _pilot_json(dossier: Dossier) -> dict[str, Any]:
    """Version 2's ``pilot`` object, left out when there is nothing after 报送 (app.models.exchange_pilot)."""
    from app.models.exchange_pilot import pilot_to_json

    body = pilot_to_json(dossier)
    return {"pilot": body} if body else {}


def _derived_targets(dossier: Dossier, indicator_id: str) -> set[str]:
    """Targets computed from others (每万人拥有5G基站数): never written, ignored when read."""
    try:
        indicator = load_catalogue(dossier.catalogue_edition).indicator(indicator_id)
    except (CatalogueError, KeyError):
        return set()
    return {t.id for t in indicator.targets if t.derived}


def dumps(dossier: Dossier) -> str:
    return json.dumps(dossier_to_json(dossier), ensure_ascii=False, indent=2) + "\n"


def load_json_file(path: Path | str) -> Dossier:
    """Read a JSON dossier from disk; InvalidDossier for anything unreadable or invalid."""
    try:
        size = check_regular_file(path).st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InvalidDossier("", size_message(size))
        with open(path, "rb") as fh:
            data = fh.read(MAX_DOCUMENT_BYTES + 1)     # a file that grew since: never more than the limit
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InvalidDossier("", size_message(len(data)))
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidDossier("", "文件不是 UTF-8 编码的文本，无法作为 JSON 读取") from None
    except OSError as exc:
        raise InvalidDossier("", f"无法读取文件：{os_reason(exc)}") from None
    return loads(text)


def loads(text: str) -> Dossier:
    try:
        data = parse_json_text(text)
    except ValueError as exc:
        raise InvalidDossier("", str(exc)) from None
    return dossier_from_json(data)


@lru_cache(maxsize=2)
def _schema_validator(version: int = FORMAT_VERSION) -> Any:
    import jsonschema

    from app.paths import resource

    schema = json.loads(resource("schema", f"dossier-v{version}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _read_version(data: dict[str, Any]) -> int:
    """The schema version a document is checked against: 1 for a version-1 document, else the current one."""
    version = data.get("format_version")
    return 1 if version == 1 and not isinstance(version, bool) else FORMAT_VERSION


def _migrated(data: dict[str, Any], version: int) -> dict[str, Any]:
    """A checked document of an older version, as the current version (app.models.exchange_pilot)."""
    from app.models.exchange_pilot import migrate_v1

    return migrate_v1(data) if version == 1 else data


def dossier_from_json(data: Any, catalogue: Catalogue | None = None) -> Dossier:
    if not isinstance(data, dict):
        raise InvalidDossier("", "顶层应为 JSON 对象")
    if depth(data) > MAX_DEPTH:
        raise InvalidDossier("", depth_message())
    bad = first_bad_string(data)
    if bad is not None:
        raise InvalidDossier(bad[0], bad[1])
    if data.get("format") != FORMAT:
        raise InvalidDossier("format", f"不是先导区申报材料文件（format 应为 “{FORMAT}”）")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise InvalidDossier("format_version", f"文件格式版本 {version} 比本程序支持的版本 {FORMAT_VERSION} 新，请升级程序")
    version = _read_version(data)
    errors = sorted(_schema_validator(version).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        err = errors[0]
        raise InvalidDossier(_path(err.absolute_path), _schema_message(err))
    data = _migrated(data, version)
    if catalogue is None:
        try:
            catalogue = load_catalogue(data["catalogue_edition"])
        except CatalogueError:
            raise InvalidDossier("catalogue_edition", f"不认识的评审指标版本“{data['catalogue_edition']}”") from None
    dossier = Dossier(
        id=data["id"], catalogue_edition=data["catalogue_edition"], title=data.get("title", ""),
        applicant=data.get("applicant", ""), contact=data.get("contact", ""),
        signing_identity=data.get("signing_identity", ""), stage=data.get("stage", "draft"),
        created_at=data.get("created_at", ""), updated_at=data.get("updated_at", ""),
    )
    _read_registers(dossier, data.get("registers", {}), catalogue)
    _read_indicators(dossier, data.get("indicators", {}), catalogue)
    _read_evidence(dossier, data.get("evidence", []), catalogue)
    _read_attestations(dossier, data.get("attestations", {}), catalogue)
    for key, text in data.get("plan_texts", {}).items():
        if key not in PLAN_TEXT_KEYS:
            raise InvalidDossier(f"plan_texts/{key}", f"未知的方案章节“{key}”")
        dossier.plan_texts[key] = text
    _read_pilot(dossier, data, catalogue)
    return dossier


def _read_pilot(dossier: Dossier, data: dict[str, Any], catalogue: Catalogue) -> None:
    """Version 2's pilot years (none in a version-1 document)."""
    from app.models.exchange_pilot import read_pilot

    read_pilot(dossier, data.get("pilot"), catalogue, InvalidDossier)


def _path(parts: Any) -> str:
    return "/".join(str(p) for p in parts)


def _schema_message(err: Any) -> str:
    validator = err.validator
    if validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return f"缺少必填项“{missing}”"
    if validator == "type":
        return f"类型不正确（应为 {err.validator_value}）：{_short(err.instance)}"
    if validator == "additionalProperties":
        return f"包含不认识的项：{err.message}"
    if validator in ("const", "enum"):
        return f"取值不正确：{_short(err.instance)}（应为 {err.validator_value!r}）"
    if validator == "pattern":
        return f"格式不正确：{_short(err.instance)}"
    return err.message[:300]


def _short(value: Any) -> str:
    """A value for a message: its beginning only (a document can hold a very long string or list)."""
    import reprlib

    shortener = reprlib.Repr()
    shortener.maxstring = shortener.maxother = 80
    return shortener.repr(value)


def _read_registers(dossier: Dossier, registers: dict[str, Any], catalogue: Catalogue) -> None:
    for reg_id, rows in registers.items():
        if reg_id not in catalogue.registers:
            raise InvalidDossier(f"registers/{reg_id}", f"评审指标（{catalogue.edition}年版）中没有登记表“{reg_id}”")
        spec = catalogue.registers[reg_id]
        columns = {c.id: c for c in spec.columns}
        seen: set[str] = set()
        records = dossier.register(reg_id)
        for index, row in enumerate(rows):
            path = f"registers/{reg_id}/{index}"
            if row["id"] in seen:
                raise InvalidDossier(f"{path}/id", f"记录编号“{row['id']}”重复")
            seen.add(row["id"])
            values = {}
            for key, value in row.items():
                if key == "id":
                    continue
                if key not in columns:
                    raise InvalidDossier(f"{path}/{key}", f"登记表“{spec.name}”没有“{key}”这一列")
                problem = check_value(columns[key], value, catalogue)
                if problem:
                    raise InvalidDossier(f"{path}/{key}", f"{columns[key].label}{problem}")
                if columns[key].type == "scenario_set":
                    value = _resolved_scenarios(columns[key], value, catalogue, f"{path}/{key}")
                values[key] = value
            records.append(Record(id=row["id"], values=values))


def _resolved_scenarios(column: Any, entries: list[str], catalogue: Catalogue, path: str) -> list[str]:
    """Scenario entries as ids (names, aliases and ids however spelled); an unknown entry refuses the document."""
    resolved = []
    for index, entry in enumerate(entries):
        scenario_id = catalogue.resolve_scenario(column.list or "", entry)
        if scenario_id is None:
            raise InvalidDossier(f"{path}/{index}", unknown_scenario_message(catalogue, column.list or "", entry))
        resolved.append(scenario_id)
    return resolved


def _read_indicators(dossier: Dossier, indicators: dict[str, Any], catalogue: Catalogue) -> None:
    for ind_id, body in indicators.items():
        path = f"indicators/{ind_id}"
        try:
            ind = catalogue.indicator(ind_id)
        except KeyError:
            raise InvalidDossier(path, f"评审指标（{catalogue.edition}年版）中没有指标“{ind_id}”") from None
        answer = dossier.answer(ind_id)
        for field_id, fv in body.get("fields", {}).items():
            try:
                ind.field(field_id)
            except KeyError:
                raise InvalidDossier(f"{path}/fields/{field_id}", f"指标“{ind.name}”没有“{field_id}”这一项") from None
            answer.fields[field_id] = FieldValue(value=fv.get("value"), provisional=fv.get("provisional", False),
                                                 note=fv.get("note", ""))
        answer.narrative = body.get("narrative", "")
        for target_id, values in body.get("targets", {}).items():
            try:
                target = ind.target(target_id)
            except KeyError:
                raise InvalidDossier(f"{path}/targets/{target_id}", f"指标“{ind.name}”没有目标“{target_id}”") from None
            if target.derived:           # computed from its parts; a typed copy (version 1 documents) is ignored
                continue
            if len(values) > catalogue.pilot_years:
                raise InvalidDossier(f"{path}/targets/{target_id}", f"试点期只有 {catalogue.pilot_years} 年")
            answer.targets[target_id] = list(values)


def _read_evidence(dossier: Dossier, items: list[Any], catalogue: Catalogue) -> None:
    seen: set[str] = set()
    known = {ind.id for ind in catalogue.indicators()}
    for index, item in enumerate(items):
        path = f"evidence/{index}"
        if item["id"] in seen:
            raise InvalidDossier(f"{path}/id", f"证明材料编号“{item['id']}”重复")
        seen.add(item["id"])
        for ind_id in item.get("indicators", []):
            if ind_id not in known:
                raise InvalidDossier(f"{path}/indicators", f"引用了不存在的指标“{ind_id}”")
        if "/" in item["filename"] or "\\" in item["filename"]:
            raise InvalidDossier(f"{path}/filename", "文件名不能包含路径")
        dossier.evidence.append(EvidenceItem(
            id=item["id"], sha256=item["sha256"], filename=item["filename"], size=item["size"],
            title=item.get("title", ""), number=item.get("number", ""),
            media_type=item.get("media_type", "application/octet-stream"),
            indicators=list(item.get("indicators", [])), added_at=item.get("added_at", ""),
        ))


def _read_attestations(dossier: Dossier, attestations: dict[str, Any], catalogue: Catalogue) -> None:
    known = {a.id for a in catalogue.attestations}
    for key, body in attestations.items():
        if key not in known:
            raise InvalidDossier(f"attestations/{key}", f"未知的承诺事项“{key}”")
        if body.get("date") and not valid_date(body["date"]):
            raise InvalidDossier(f"attestations/{key}/date", "日期应为 YYYY-MM-DD 格式")
        dossier.attestations[key] = AttestationAnswer(
            affirmed=body.get("affirmed"), person=body.get("person", ""), role=body.get("role", ""),
            date=body.get("date", ""),
        )
