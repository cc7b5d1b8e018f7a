"""Small builders for dossiers in core tests."""

from app.models.dossier import AttestationAnswer, Dossier, Record

SCENARIOS = ["collab_rnd_design", "remote_equipment_control", "equipment_collaboration", "flexible_manufacturing",
             "onsite_assisted_assembly", "machine_vision_inspection", "equipment_fault_diagnosis",
             "plant_smart_logistics", "unmanned_smart_inspection", "production_site_monitoring",
             "production_unit_simulation", "precise_dynamic_operation"]


def city(name="测试市", population="800", unit="万人", stations=24001, province="某省"):
    return Record(values={"name": name, "province": province, "population": {"value": population, "unit": unit},
                          "base_stations": stations})


def policy(special=True, n=1):
    return Record(values={"title": f"政策{n}", "issuer": "市政府", "date": "2024-01-01", "special": special})


def factory(n_scenarios, name="工厂", scenarios=None):
    return Record(values={"enterprise": f"{name}公司", "factory": name,
                          "scenarios": list(scenarios if scenarios is not None else SCENARIOS[:n_scenarios])})


def fiveg(kind, n=1):
    return Record(values={"enterprise": f"企业{n}", "project": f"项目{n}", "kind": kind, "year": 2024})


def title(category="iiot_pilot_demo", n=1, reason=None, issuer="工业和信息化部", level="ministry"):
    values = {"category": category, "name": f"称号{n}", "year": 2023, "issuer": issuer, "issuer_level": level}
    if reason:
        values["reason"] = reason
    return Record(values=values)


def attest(dossier, ids, affirmed=True, person="王某", date="2024-03-01"):
    for att_id in ids:
        dossier.attestations[att_id] = AttestationAnswer(affirmed=affirmed, person=person, date=date)


def passing_dossier():
    d = Dossier()
    d.registers["cities"] = [city(stations=24001)]
    d.registers["policies"] = [policy()]
    d.registers["factories"] = [factory(10, f"工厂{i}") for i in range(5)]
    d.registers["fiveg_factories"] = [fiveg("pilot_demo")]
    d.registers["titles"] = [title(n=i) for i in range(5)]
    attest(d, ["no_major_cyber_incident", "no_major_safety_accident", "no_false_materials"])
    return d
