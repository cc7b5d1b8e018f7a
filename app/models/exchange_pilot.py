"""The pilot years in the exchange format (version 2), and the migration of version 1 documents.

In memory and in the dossier file the pilot years are a flat mapping of
entity keys (``app.models.pilot``); in the exchange JSON they are one
readable ``pilot`` object grouped by kind — approval, the frozen plan,
amendments, reports by year (status, ``actuals``, ``texts``), ratings,
incidents, the 复核, decisions (``docs/exchange-format.md``).  Writing groups
the entities in a fixed order, so JSON → dossier → JSON gives back the same
text.  Reading checks every value against the catalogue and the dossier
(indicators, targets, guide areas, evidence ids, dates, 1–5 stars) and
reports the first problem with its JSON path, like the rest of the format.

A version-1 document is still read: it has no pilot years and only the
three application stages, so migrating it means reading it as it is; the
next write is version 2.
"""

from __future__ import annotations

from typing import Any, Callable

from app.models import pilot
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.models.lifecycle import APPROVED_STAGES
from app.models.numbers import NumberError, parse_decimal
from app.models.values import valid_date

STATUS_FIELDS = ("state", "finalised_at", "content_hash", "submitted_at", "started_at")


def migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A version-1 document as version 2 (nothing to add: no pilot years yet)."""
    return {**data, "format_version": 2}


# -- writing -----------------------------------------------------------------------------------
def pilot_to_json(dossier: Dossier) -> dict[str, Any]:
    """The nested ``pilot`` object of a dossier ({} when there is nothing after 报送)."""
    out: dict[str, Any] = {}
    flat = dossier.pilot
    for key in ("approval", "frozen"):
        if key in flat:
            out[key] = flat[key]
    amendments = [{"id": i, **b} for i, b in pilot.entities(dossier, "amendment")]
    if amendments:
        out["amendments"] = amendments
    reports: dict[str, Any] = {}
    for year in sorted({int(k.split("/")[1]) for k in flat if k.startswith("report/") and k.split("/")[1].isdigit()}):
        body = _scope_to_json(flat, f"report/{year}", with_actuals=True)
        if body:
            reports[str(year)] = body
    if reports:
        out["reports"] = reports
    for kind in ("ratings", "incidents"):
        items = [{"id": i, **b} for i, b in pilot.entities(dossier, kind[:-1])]
        if items:
            out[kind] = items
    review = _scope_to_json(flat, "review", with_actuals=False)
    if review:
        out["review"] = review
    decisions = {k: v for k, v in pilot.entities(dossier, "decision")}
    if decisions:
        out["decisions"] = decisions
    return out


def _scope_to_json(flat: dict[str, Any], scope: str, *, with_actuals: bool) -> dict[str, Any]:
    body: dict[str, Any] = dict(flat.get(scope) or {})
    actuals: dict[str, dict[str, Any]] = {}
    texts: dict[str, Any] = {}
    for key, value in flat.items():
        if not key.startswith(scope + "/"):
            continue
        parts = key[len(scope) + 1:].split("/")
        if parts[0] == "actual" and len(parts) == 3 and with_actuals:
            actuals.setdefault(parts[1], {})[parts[2]] = value
        elif parts[0] == "text" and len(parts) == 2:
            texts[parts[1]] = value
    if actuals:
        body["actuals"] = actuals
    if texts:
        body["texts"] = texts
    return body


# -- reading -----------------------------------------------------------------------------------
def read_pilot(dossier: Dossier, data: Any, catalogue: Catalogue, fail: Callable[[str, str], Exception]) -> None:
    """Fill ``dossier.pilot`` from the ``pilot`` object (structure already checked by the schema)."""
    data = data or {}
    evidence = {e.id for e in dossier.evidence}
    reader = _Reader(dossier, catalogue, evidence, fail)
    if "approval" in data:
        body = data["approval"]
        reader.date("pilot/approval/date", body.get("date"), required=True)
        reader.evidence("pilot/approval/evidence", body.get("evidence"))
        dossier.pilot["approval"] = body
    if "frozen" in data:
        for ind_id, by_target in data["frozen"].get("targets", {}).items():
            for target_id in by_target:
                reader.target(f"pilot/frozen/targets/{ind_id}/{target_id}", ind_id, target_id)
        dossier.pilot["frozen"] = data["frozen"]
    for index, body in enumerate(data.get("amendments", [])):
        path = f"pilot/amendments/{index}"
        reader.target(path, body["indicator"], body["target"])
        reader.year(f"{path}/year", body["year"])
        for part in ("old", "new"):
            reader.number(f"{path}/{part}", body.get(part))
        reader.date(f"{path}/date", body.get("date"), required=True)
        if not str(body.get("reason", "")).strip():
            raise fail(f"{path}/reason", "调整目标须说明理由")
        reader.put("amendment", body, path)
    for year_text, body in data.get("reports", {}).items():
        path = f"pilot/reports/{year_text}"
        reader.year(path, int(year_text) if year_text.isdigit() else 0)
        reader.scope(f"report/{int(year_text)}", body, path)
    for index, body in enumerate(data.get("ratings", [])):
        path = f"pilot/ratings/{index}"
        reader.year(f"{path}/year", body["year"])
        reader.date(f"{path}/date", body.get("date"), required=True)
        reader.evidence(f"{path}/evidence", body.get("evidence"))
        reader.put("rating", body, path)
    for index, body in enumerate(data.get("incidents", [])):
        path = f"pilot/incidents/{index}"
        reader.date(f"{path}/date", body.get("date"), required=True)
        reader.evidence(f"{path}/evidence", body.get("evidence"))
        reader.put("incident", body, path)
    if "review" in data:
        reader.scope("review", data["review"], "pilot/review")
    for kind, body in data.get("decisions", {}).items():
        reader.date(f"pilot/decisions/{kind}/date", body.get("date"), required=True)
        dossier.pilot[f"decision/{kind}"] = body
    if dossier.stage in APPROVED_STAGES and "approval" not in dossier.pilot:
        raise fail("pilot/approval", "申报材料处于批复之后的阶段，但缺少批复信息（批复日期、文号）")


class _Reader:
    def __init__(self, dossier: Dossier, catalogue: Catalogue, evidence: set[str],
                 fail: Callable[[str, str], Exception]) -> None:
        self.dossier, self.catalogue, self.known_evidence, self.fail = dossier, catalogue, evidence, fail
        self.areas = {a.id for a in catalogue.guide_areas}

    def date(self, path: str, value: Any, *, required: bool = False) -> None:
        if value in (None, "") and not required:
            return
        if not isinstance(value, str) or not valid_date(value):
            raise self.fail(path, "日期应为 YYYY-MM-DD 格式")

    def year(self, path: str, value: Any) -> None:
        if not isinstance(value, int) or not 1 <= value <= pilot.PILOT_YEARS:
            raise self.fail(path, f"试点年度应为 1–{pilot.PILOT_YEARS}")

    def number(self, path: str, value: Any) -> None:
        if value is None:
            return
        try:
            parse_decimal(value)
        except NumberError as exc:
            raise self.fail(path, str(exc)) from None

    def evidence(self, path: str, ids: Any) -> None:
        for evidence_id in ids or ():
            if evidence_id not in self.known_evidence:
                raise self.fail(path, f"引用了不存在的证明材料“{evidence_id}”")

    def target(self, path: str, indicator_id: str, target_id: str) -> None:
        try:
            self.catalogue.indicator(indicator_id).target(target_id)
        except KeyError:
            raise self.fail(path, f"评审指标（{self.catalogue.edition}年版）中没有指标目标“{indicator_id} / {target_id}”") from None

    def put(self, kind: str, body: dict[str, Any], path: str) -> None:
        key = f"{kind}/{body['id']}"
        if key in self.dossier.pilot:
            raise self.fail(f"{path}/id", f"编号“{body['id']}”重复")
        self.dossier.pilot[key] = {k: v for k, v in body.items() if k != "id"}

    def scope(self, scope: str, body: dict[str, Any], path: str) -> None:
        status = {k: body[k] for k in STATUS_FIELDS if k in body}
        if status:
            self.dossier.pilot[scope] = status
        for ind_id, by_target in body.get("actuals", {}).items():
            for target_id, value in by_target.items():
                where = f"{path}/actuals/{ind_id}/{target_id}"
                self.target(where, ind_id, target_id)
                self.number(f"{where}/value", value.get("value"))
                self.evidence(f"{where}/evidence", value.get("evidence"))
                self.dossier.pilot[f"{scope}/actual/{ind_id}/{target_id}"] = value
        for area_id, texts in body.get("texts", {}).items():
            if area_id not in self.areas:
                raise self.fail(f"{path}/texts/{area_id}", f"建设指南中没有“{area_id}”这一方面")
            self.dossier.pilot[f"{scope}/text/{area_id}"] = texts
