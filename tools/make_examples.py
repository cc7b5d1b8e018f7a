"""Regenerate examples/*.json and their evidence folders (deterministic).

    python tools/make_examples.py

Three fictional cities with figures that hang together, so the samples teach
good habits rather than bad ones:

- 滨江市 (``binjiang.json`` + ``binjiang.evidence/``): a complete application
  that meets all six starred conditions and raises no warning;
- 临港市、云川市 (``joint-lingang-yunchuan.json`` + its evidence): a joint
  application whose combined 5G coverage passes although 云川市 alone is below
  30 per 10,000 — complete, no warning either;
- 青岭市 (``qingling-draft.json``): an early draft that meets one condition of
  six, with the traps the rules exist for (exactly 30.0 per 10,000, a factory
  entered twice, a scenario ticked twice, a provincial title, a 其他 title
  without its reason, an attestation missing).

Every 情况说明 is written for its indicator from the city's own figures; every
target grows from today's value; policies, data dates and evidence come before
the attestations, which come before the last edit.  Evidence PDFs embed the
bundled font so they render anywhere.  ``tests/core/test_examples.py`` checks
that ``check`` shows what each sample is meant to show.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import sys
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from app.models.catalogue import load_catalogue  # noqa: E402
from app.models.dossier import (  # noqa: E402
    AttestationAnswer, Dossier, EvidenceItem, FieldValue, Record,
)
from app.models.exchange import dumps  # noqa: E402
from app.models.numbers import format_exact  # noqa: E402

from examples_text import NARRATIVES, PLAN_TEXTS  # noqa: E402  (tools/examples_text.py)

CAT = load_catalogue()
SC = [s.id for s in CAT.scenario_lists["miit_typical"]]
OUT = ROOT / "examples"
pdfmetrics.registerFont(TTFont("UMing", str(ROOT / "resources" / "fonts" / "uming.ttc"), subfontIndex=0))

# Figures of each city's 现有基础条件 (indicator fields), and how fast each target grows a year.
FIGURES = {
    "滨江市": {
        "special_funds": "5000", "matching_funds": "12000", "supported_projects": "86",
        "guidance_fund": "20", "financial_products": "15", "financing_amount": "36.8",
        "built_projects": "126", "building_projects": "58", "private_networks": "312", "covered_factories": "268",
        "edge_nodes": "45", "upgraded_equipment": "18600", "upgraded_enterprises": "420", "deploying_enterprises": "96",
        "leading_industries": "4", "applying_enterprises": "1260", "replicable_solutions": "38",
        "graded_enterprises": "215", "international": "2", "national": "11", "industry": "27",
        "invention_patents": "1860", "other_ip": "4230", "above_scale": "5420", "little_giants": "68",
        "single_champions": "21", "terminals": "42000", "providers": "185", "jobs": "12600", "investment": "86.5",
        "industry_scale": "486.3", "national_talents": "46", "skilled_workers": "3200", "bases": "24",
        "service_platforms": "17",
    },
    "临港市": {
        "special_funds": "6000", "matching_funds": "15000", "supported_projects": "102",
        "guidance_fund": "30", "financial_products": "18", "financing_amount": "42.6",
        "built_projects": "148", "building_projects": "64", "private_networks": "356", "covered_factories": "301",
        "edge_nodes": "52", "upgraded_equipment": "21400", "upgraded_enterprises": "465", "deploying_enterprises": "108",
        "leading_industries": "5", "applying_enterprises": "1480", "replicable_solutions": "41",
        "graded_enterprises": "236", "international": "3", "national": "14", "industry": "31",
        "invention_patents": "2150", "other_ip": "4870", "above_scale": "6130", "little_giants": "74",
        "single_champions": "24", "terminals": "48500", "providers": "203", "jobs": "14800", "investment": "102.4",
        "industry_scale": "566.7", "national_talents": "51", "skilled_workers": "3650", "bases": "27",
        "service_platforms": "19",
    },
    "青岭市": {
        "special_funds": "2000", "matching_funds": "4500", "supported_projects": "31",
        "guidance_fund": "8", "financial_products": "6", "financing_amount": "12.4",
        "built_projects": "54", "building_projects": "22", "private_networks": "118", "covered_factories": "96",
        "edge_nodes": "14", "upgraded_equipment": "6200", "upgraded_enterprises": "150", "deploying_enterprises": "32",
        "leading_industries": "3", "applying_enterprises": "460", "replicable_solutions": "12",
        "graded_enterprises": "70", "international": "0", "national": "3", "industry": "9",
        "invention_patents": "540", "other_ip": "1320", "above_scale": "2860", "little_giants": "23",
        "single_champions": "6", "terminals": "12800", "providers": "58", "jobs": "3900", "investment": "28.6",
        "industry_scale": "142.5", "national_talents": "12", "skilled_workers": "980", "bases": "8",
        "service_platforms": "6",
    },
}
GROWTH = {"special_funds": "0.1", "financing_amount": "0.12", "base_stations": "0.09", "projects": "0.18",
          "private_networks": "0.15", "edge_nodes": "0.2", "upgraded_equipment": "0.18", "deploying_enterprises": "0.22",
          "applying_enterprises": "0.18", "replicable_solutions": "0.2", "standards": "0.15",
          "invention_patents": "0.14", "little_giants": "0.12", "terminals": "0.28", "providers": "0.13",
          "investment": "0.14", "industry_scale": "0.16", "national_talents": "0.12", "skilled_workers": "0.18",
          "bases": "0.15", "service_platforms": "0.15"}
STEP = {"qualified_factories": 2, "listed_projects": 2, "titles": 1}     # counts grow by whole things


def fix_ids(d: Dossier) -> None:
    ids = random.Random(d.id)
    for recs in d.registers.values():
        for r in recs:
            r.id = "%032x" % ids.getrandbits(128)
    for e in d.evidence:
        e.id = "%032x" % ids.getrandbits(128)


def ev_pdf(title: str, lines: list[str]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1, initialFontName="UMing")
    c.setTitle(title)
    c.setFont("UMing", 17)
    c.drawCentredString(297, 760, title)
    c.setFont("UMing", 11)
    y = 720
    for line in lines:
        for start in range(0, len(line), 40):
            c.drawString(72, y, line[start:start + 40])
            y -= 19
    c.drawString(72, 100, "（示例证明材料，城市与数据均为虚构，仅用于演示）")
    c.showPage()
    c.save()
    return buf.getvalue()


def fill_answers(d: Dossier, city: str, ctx: dict, *, skip_narratives: tuple[str, ...] = ()) -> None:
    """Fields from the city's figures, a narrative written for each indicator, targets growing from today."""
    figures = FIGURES[city]
    for ind in CAT.indicators():
        answer = d.answer(ind.id)
        for spec in ind.fields:
            answer.fields[spec.id] = FieldValue(value=figures[spec.id])
        if ind.id not in skip_narratives:
            answer.narrative = NARRATIVES[ind.id].format(**ctx, **figures)
    d.plan_texts = {key: text.format(**ctx) for key, text in PLAN_TEXTS.items()}


def fill_targets(d: Dossier, today: dict[str, Fraction]) -> None:
    for ind in CAT.indicators():
        answer = d.answer(ind.id)
        for target in ind.targets:
            if target.derived:
                continue                                  # computed from its parts, never typed
            if target.kind == "flow":
                answer.targets[target.id] = ["2", "1", "1"]
                continue
            base = today[target.id]
            if target.id in STEP:
                values = [base + STEP[target.id] * year for year in (1, 2, 3)]
            else:
                rate = Fraction(GROWTH[target.id])
                values = [base * (1 + rate) ** year for year in (1, 2, 3)]
            if target.type == "integer":
                answer.targets[target.id] = [str(round(v)) for v in values]
            else:
                answer.targets[target.id] = [format_exact(Fraction(round(v * 10), 10)) for v in values]


def baselines(d: Dossier, city_names: list[str]) -> dict[str, Fraction]:
    """Today's value behind each target, from the dossier itself (as the rules read it)."""
    from app.models.assessment import evaluate
    from app.models.targets import operand_value

    conditions = {c.indicator_id: c for c in evaluate(d, CAT).conditions}
    found = {}
    for ind in CAT.indicators():
        for target in ind.targets:
            if target.baseline:
                found[target.id] = operand_value(target.baseline, d, CAT, ind, conditions)
    return found


def add_evidence(d: Dossier, folder: Path | None, title: str, ind_ids: list[str], lines: list[str], day: str) -> None:
    data = ev_pdf(title, lines)
    sha = hashlib.sha256(data).hexdigest()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / sha).write_bytes(data)
    d.evidence.append(EvidenceItem(id="", sha256=sha, filename=f"{title}.pdf", size=len(data), title=title,
                                   media_type="application/pdf", indicators=list(ind_ids),
                                   added_at=f"{day}T10:00:00+08:00"))


def section_evidence(d: Dossier, folder: Path, city: str, day: str) -> None:
    """One compiled evidence file per first-level indicator, linked to every indicator of it that asks for one."""
    titles = {
        "policy": (f"{city}发展政策类证明材料汇编", ["专项政策文件及印发通知", "专项资金和配套资金拨付文件", "产融合作与产业引导基金设立文件"]),
        "infrastructure": (f"{city}基础设施类证明材料汇编", ["通信管理局5G基站数量证明", "统计公报常住人口摘录",
                                                       "发展管理平台项目清单", "边缘计算节点与网络化改造统计"]),
        "application": (f"{city}行业应用类证明材料汇编", ["典型应用场景工厂清单及现场照片", "5G工厂名录与试点示范公示文件",
                                                    "复制推广解决方案目录", "安全分类分级管理企业名单"]),
        "ecosystem": (f"{city}产业生态类证明材料汇编", ["部级及以上称号批复文件", "标准与知识产权统计", "规上企业与专精特新企业名单",
                                                  "招商引资与产业规模统计"]),
        "public_service": (f"{city}公共服务类证明材料汇编", ["人才计划入选名单", "产业学院与实训基地认定文件",
                                                     "公共服务平台清单", "安全保障、成果转化与知识产权保护制度"]),
        "site_visit": (f"{city}先导区试点建设领导小组文件及承诺书", ["领导小组成立文件", "工作推进机制", "现场考察承诺书"]),
    }
    for section in CAT.sections:
        ids = [i.id for i in section.indicators if i.evidence_required or i.evidence_recommended]
        title, lines = titles[section.id]
        add_evidence(d, folder, title, ids, [f"{n}. {line}" for n, line in enumerate(lines, start=1)], day)


def city_record(name: str, province: str, pop: str, unit: str, stations: int, stations_date: str) -> Record:
    return Record(values={"name": name, "province": province, "population": {"value": pop, "unit": unit},
                          "population_source": f"《{name}2023年国民经济和社会发展统计公报》",
                          "population_date": "2023-12-31", "base_stations": stations,
                          "base_stations_source": f"{province}通信管理局", "base_stations_date": stations_date})


def policy(title: str, number: str, issuer: str, day: str, special: bool) -> Record:
    return Record(values={"title": title, "doc_number": number, "issuer": issuer, "date": day, "special": special})


INDUSTRY_FACTORIES = [("汽车零部件", "精密制造"), ("电子信息", "智能终端"), ("装备制造", "重型装备"), ("钢铁", "冷轧"),
                      ("石化", "炼化一体化"), ("家电", "空调"), ("纺织", "化纤"), ("建材", "绿色建材"),
                      ("电力装备", "输变电设备"), ("新材料", "锂电材料")]


def factories(city: str, prefix: str, full: int, partial: int, rng: random.Random, offset: int = 0) -> list[Record]:
    records = []
    for i in range(full + partial):
        industry, product = INDUSTRY_FACTORIES[(i + offset) % len(INDUSTRY_FACTORIES)]
        scenarios = rng.sample(SC, rng.randint(10, 14) if i < full else rng.randint(5, 9))
        records.append(Record(values={
            "enterprise": f"{prefix}{industry}股份有限公司", "factory": f"{prefix}{product}5G智能工厂",
            "industry": industry, "city": city, "scenarios": scenarios}))
    return records


def fiveg(prefix: str, pilot: int, listed: int, offset: int = 0) -> list[Record]:
    records = []
    for i in range(pilot):
        records.append(Record(values={"enterprise": f"{prefix}重工集团有限公司", "project": f"{prefix}重工工程机械5G全连接工厂",
                                      "kind": "pilot_demo", "year": 2023, "level": "factory"}))
    for i in range(listed):
        industry, product = INDUSTRY_FACTORIES[(i + offset) % len(INDUSTRY_FACTORIES)]
        records.append(Record(values={"enterprise": f"{prefix}{industry}股份有限公司", "project": f"{prefix}{product}5G工厂",
                                      "kind": "factory_list", "year": 2023,
                                      "level": ("workshop", "factory", "line")[i % 3]}))
    return records


def titles(city: str, prefix: str, n: int) -> list[Record]:
    ministry = "工业和信息化部"
    rows = [
        ("iiot_pilot_demo", f"2023年工业互联网试点示范项目（5G全连接工厂方向）：{prefix}重工工程机械5G全连接工厂", 2023, ministry, "ministry"),
        ("it_manufacturing_fusion_demo", f"2022年新一代信息技术与制造业融合发展试点示范项目：{prefix}电子信息工业互联网平台", 2022,
         ministry, "ministry"),
        ("smart_manufacturing_demo", f"2022年度智能制造示范工厂揭榜单位：{prefix}装备制造重型装备智能工厂", 2022, ministry, "ministry"),
        ("new_industrialization_base", f"国家新型工业化产业示范基地（工业互联网·{city}）", 2021, ministry, "ministry"),
        ("industry_finance_pilot_city", f"国家产融合作试点城市（{city}）", 2021, "工业和信息化部、财政部、中国人民银行、银保监会、证监会",
         "ministry"),
        ("other", f"国家工业互联网平台应用创新推广中心（{city}）", 2022, ministry, "ministry"),
    ]
    records = []
    for category, name, year, issuer, level in rows[:n]:
        values = {"category": category, "name": name, "year": year, "issuer": issuer, "issuer_level": level}
        if category == "other":
            values["reason"] = "由工业和信息化部认定授予，属部级称号，与“5G+工业互联网”融合应用直接相关"
        records.append(Record(values=values))
    return records


def attest(d: Dossier, day: str, person: str, role: str, n: int = 3) -> None:
    for a in CAT.attestations[:n]:
        d.attestations[a.id] = AttestationAnswer(affirmed=True, person=person, role=role, date=day)


def finish(d: Dossier, name: str, city_names: list[str]) -> None:
    fill_targets(d, baselines(d, city_names))
    fix_ids(d)
    (OUT / f"{name}.json").write_text(dumps(d), encoding="utf-8")


def binjiang() -> None:
    rng = random.Random(2023)
    d = Dossier(id="a1b2c3d4e5f60718293a4b5c6d7e8f90", title="滨江市“5G+工业互联网”融合应用先导区试点工作方案",
                applicant="滨江市人民政府", contact="滨江市工业和信息化局 李明 0571-88880000",
                created_at="2024-02-01T09:00:00+08:00", updated_at="2024-03-12T17:30:00+08:00")
    d.registers["cities"] = [city_record("滨江市", "浙江省", "1008.5", "万人", 35210, "2024-02-29")]
    d.registers["policies"] = [
        policy("滨江市加快推进“5G+工业互联网”融合发展若干政策措施", "滨政发〔2023〕12号", "滨江市人民政府", "2023-03-15", True),
        policy("滨江市“5G+工业互联网”专项行动计划（2024—2026年）", "滨政办发〔2024〕3号", "滨江市人民政府办公室", "2024-01-18", True),
        policy("滨江市制造业数字化转型实施方案", "滨政办发〔2023〕31号", "滨江市人民政府办公室", "2023-06-20", False),
        policy("滨江市促进数字经济高质量发展若干政策", "滨政发〔2022〕27号", "滨江市人民政府", "2022-11-08", False),
    ]
    d.registers["factories"] = factories("滨江市", "滨江", 7, 3, rng)
    d.registers["fiveg_factories"] = fiveg("滨江", 1, 6)
    d.registers["titles"] = titles("滨江市", "滨江", 6)
    attest(d, "2024-03-10", "王建国", "滨江市工业和信息化局局长")
    ctx = {"city": "滨江市", "province": "浙江省", "population": "1008.5万", "stations": "35210", "per10k": "34.91",
           "leader": "市长", "river": "钱塘江南岸", "industries": "汽车零部件、电子信息、装备制造和新材料",
           "factories": "7", "listed": "6", "pilot": "1", "titles": "6", "policy": "《滨江市加快推进“5G+工业互联网”融合发展若干政策措施》"}
    fill_answers(d, "滨江市", ctx)
    folder = OUT / "binjiang.evidence"
    shutil.rmtree(folder, ignore_errors=True)
    section_evidence(d, folder, "滨江市", "2024-03-05")
    finish(d, "binjiang", ["滨江市"])


def joint() -> None:
    rng = random.Random(2024)
    d = Dossier(id="0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                title="临港市、云川市“5G+工业互联网”融合应用先导区联合申报试点工作方案",
                applicant="临港市人民政府、云川市人民政府", contact="临港市经济和信息化局 张华 0532-66660000",
                created_at="2024-02-05T09:00:00+08:00", updated_at="2024-03-15T11:00:00+08:00")
    d.registers["cities"] = [city_record("临港市", "山东省", "1034.21", "万人", 38900, "2024-02-29"),
                             city_record("云川市", "山东省", "2684000", "人", 6420, "2024-02-29")]
    d.registers["policies"] = [
        policy("临港市“5G+工业互联网”融合应用三年行动方案（2023—2025年）", "临政发〔2023〕8号", "临港市人民政府", "2023-04-12", True),
        policy("临港市工业互联网平台培育实施办法", "临工信发〔2023〕21号", "临港市工业和信息化局", "2023-08-30", False),
        policy("云川市支持“5G+工业互联网”发展的若干措施", "云政办发〔2023〕15号", "云川市人民政府办公室", "2023-09-18", True),
    ]
    d.registers["factories"] = factories("临港市", "临港", 4, 2, rng) + factories("云川市", "云川", 2, 1, rng, offset=4)
    d.registers["fiveg_factories"] = fiveg("临港", 0, 4) + fiveg("云川", 0, 2, offset=4)
    d.registers["titles"] = titles("临港市", "临港", 5)
    attest(d, "2024-03-12", "张华", "临港市经济和信息化局局长")
    ctx = {"city": "临港市、云川市", "province": "山东省", "population": "1302.61万", "stations": "45320",
           "per10k": "34.79", "leader": "两市市长", "river": "胶州湾北岸", "industries": "装备制造、石化、家电和纺织",
           "factories": "6", "listed": "6", "pilot": "0", "titles": "5",
           "policy": "《临港市“5G+工业互联网”融合应用三年行动方案（2023—2025年）》和《云川市支持“5G+工业互联网”发展的若干措施》"}
    fill_answers(d, "临港市", ctx)
    folder = OUT / "joint-lingang-yunchuan.evidence"
    shutil.rmtree(folder, ignore_errors=True)
    section_evidence(d, folder, "临港市、云川市", "2024-03-08")
    finish(d, "joint-lingang-yunchuan", ["临港市", "云川市"])


def qingling() -> None:
    rng = random.Random(2025)
    d = Dossier(id="9a8b7c6d5e4f30211203f4e5d6c7b8a9", title="青岭市“5G+工业互联网”融合应用先导区试点工作方案（初稿）",
                applicant="青岭市人民政府", created_at="2024-01-10T09:00:00+08:00", updated_at="2024-01-20T16:00:00+08:00")
    d.registers["cities"] = [city_record("青岭市", "河南省", "800", "万人", 24000, "2023-12-31")]   # exactly 30.0: fails
    d.registers["policies"] = [
        policy("青岭市加快“5G+工业互联网”发展实施意见", "青政发〔2023〕19号", "青岭市人民政府", "2023-05-22", True),
        policy("青岭市制造业高质量发展三年行动计划", "青政办发〔2023〕40号", "青岭市人民政府办公室", "2023-07-03", False),
    ]
    fs = factories("青岭市", "青岭", 4, 2, rng)
    fs[4].values["scenarios"] = SC[:9] + [SC[5]]                       # a scenario ticked twice: 9 count
    repeat = Record(values=dict(fs[3].values, enterprise=fs[3].values["enterprise"].replace("股份", " 股份")))
    d.registers["factories"] = fs + [repeat]                          # the same factory twice: counted once
    d.registers["fiveg_factories"] = fiveg("青岭", 0, 3)
    rows = titles("青岭市", "青岭", 6)
    rows[5].values.pop("reason")                                          # 其他 without its reason: incomplete
    provincial = Record(values={"category": "smart_manufacturing_demo", "name": "河南省智能制造示范工厂（青岭装备制造）",
                                "year": 2023, "issuer": "河南省工业和信息化厅", "issuer_level": "provincial"})
    d.registers["titles"] = rows[:4] + [provincial, rows[5]]             # 4 count: the provincial title does not
    d.answer("policy.funding.special_funds").fields["special_funds"] = FieldValue("2000", provisional=True)
    attest(d, "2024-01-18", "赵明", "青岭市工业和信息化局局长", n=2)
    ctx = {"city": "青岭市", "province": "河南省", "population": "800万", "stations": "24000", "per10k": "30.00",
           "leader": "市长", "river": "伏牛山东麓", "industries": "装备制造、食品加工和新材料",
           "factories": "4", "listed": "3", "pilot": "0", "titles": "4", "policy": "《青岭市加快“5G+工业互联网”发展实施意见》"}
    fill_answers(d, "青岭市", ctx, skip_narratives=("policy.special.national_strategy", "application.innovation.scenarios"))
    d.answer("policy.funding.special_funds").fields["special_funds"].provisional = True
    finish(d, "qingling-draft", ["青岭市"])


if __name__ == "__main__":
    binjiang()
    joint()
    qingling()
    print("ok")
