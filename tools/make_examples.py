"""Regenerate examples/*.json and examples/binjiang.evidence/ (deterministic).

    python tools/make_examples.py

The examples are fictional cities with realistic figures: one application
that meets all six starred conditions, one joint application, and an early
draft that fails five.  Evidence PDFs embed the bundled font so they render
anywhere.
"""
import hashlib, io, json, sys, random
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from app.models.catalogue import load_catalogue
from app.models.dossier import *
from app.models.exchange import dumps
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

cat = load_catalogue()
SC = [s.id for s in cat.scenario_lists["miit_typical"]]
OUT = ROOT / "examples"
rng = random.Random(2023)
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("UMing", str(ROOT / "resources" / "fonts" / "uming.ttc"), subfontIndex=0))

def fix_ids(d):
    ids = random.Random(d.id)
    for recs in d.registers.values():
        for r in recs:
            r.id = "%032x" % ids.getrandbits(128)
    for e in d.evidence:
        e.id = "%032x" % ids.getrandbits(128)

def ev_pdf(title, lines):
    buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1, initialFontName="UMing")
    c.setTitle(title); c.setFont("UMing", 18); c.drawCentredString(297, 760, title)
    c.setFont("UMing", 12)
    y = 720
    for l in lines:
        c.drawString(72, y, l); y -= 22
    c.drawString(72, 120, "（示例证明材料，仅用于演示）")
    c.showPage(); c.save(); return buf.getvalue()

def narrative(ind, city):
    return (f"{city}围绕“{ind.name}”开展了系统性工作。近年来，{city}坚持以“5G+工业互联网”融合应用为抓手，"
            f"统筹推进相关工作，形成了较好的工作基础，具体情况见相关证明材料。")

def fill_common(d, city, evidence_dir, *, skip_narr=()):
    d.plan_texts = {
        "overview": f"{city}位于长江下游，制造业基础雄厚，是区域性先进制造业基地。本方案按照《“5G+工业互联网”融合应用先导区试点评审指标（2023年版）》列明现有基础条件，并制定试点期间分年度目标。",
        "tasks.policy": "完善专项政策体系，设立“5G+工业互联网”专项资金，推动产融合作。",
        "tasks.infrastructure": "加快5G工业专网部署，推进边缘计算节点和新型工业网络建设。",
        "tasks.application": "聚焦主导产业，培育典型应用场景，开展5G工厂建设，形成复制推广模式。",
        "tasks.ecosystem": "健全技术创新体系，打造产业供给能力，形成生态聚集效应。",
        "tasks.public_service": "强化人才引育，提升产业服务，加强成果转化。",
        "safeguards": "成立由市政府主要负责同志任组长的先导区建设领导小组，建立定期调度机制，强化资金和要素保障。",
    }
    for ind in cat.indicators():
        a = d.answer(ind.id)
        if ind.id not in skip_narr:
            a.narrative = narrative(ind, city)
        for f in ind.fields:
            a.fields[f.id] = FieldValue(value=str(rng.randint(20, 400)) if f.type == "integer" else f"{rng.randint(10, 900)}.{rng.randint(0,9)}")
        for t in ind.targets:
            if t.derived:
                continue
            base = rng.randint(5, 50)
            a.targets[t.id] = [str(base), str(base + 3), str(base + 7)] if t.type == "integer" else [f"{base}.5", f"{base+2}.5", f"{base+5}"]

def add_evidence(d, evidence_dir, title, ind_ids, number, lines):
    data = ev_pdf(title, lines)
    sha = hashlib.sha256(data).hexdigest()
    evidence_dir.mkdir(parents=True, exist_ok=True)
    (evidence_dir / sha).write_bytes(data)
    d.evidence.append(EvidenceItem(id=new_id(), sha256=sha, filename=f"{title}.pdf", size=len(data), title=title,
                                   number=number, media_type="application/pdf", indicators=list(ind_ids),
                                   added_at="2024-03-01T10:00:00+08:00"))

def factories(n_full, n_part, city, extra=None):
    recs = []
    names = ["汽车零部件", "电子信息", "装备制造", "钢铁", "石化", "家电", "纺织", "建材", "电力装备", "新材料"]
    for i in range(n_full + n_part):
        k = rng.randint(10, 14) if i < n_full else rng.randint(4, 9)
        sc = rng.sample(SC, k)
        recs.append(Record(values={"enterprise": f"{city}{names[i % len(names)]}股份有限公司", "factory": f"{city}{names[i % len(names)]}{i+1}号智能工厂",
                                   "industry": names[i % len(names)], "city": city, "scenarios": sc}))
    return recs

def policies(city, n_special, n_other):
    r = []
    for i in range(n_special):
        r.append(Record(values={"title": f"{city}加快推进“5G+工业互联网”融合发展若干政策措施" if i == 0 else f"{city}“5G+工业互联网”专项行动计划（2024—2026年）",
                                "doc_number": f"{city[:2]}政发〔202{3+i}〕{10+i}号", "issuer": f"{city}人民政府", "date": f"202{3+i}-0{3+i}-15", "special": True}))
    for i in range(n_other):
        r.append(Record(values={"title": f"{city}制造业数字化转型实施方案", "doc_number": f"{city[:2]}政办发〔2023〕{30+i}号",
                                "issuer": f"{city}人民政府办公室", "date": "2023-06-20", "special": False}))
    return r

def fiveg(city, pilot, listed):
    r = []
    for i in range(pilot):
        r.append(Record(values={"enterprise": f"{city}重工集团有限公司", "project": f"{city}重工5G全连接工厂", "kind": "pilot_demo", "year": 2023, "level": "factory"}))
    for i in range(listed):
        r.append(Record(values={"enterprise": f"{city}第{i+1}制造有限公司", "project": f"{city}第{i+1}制造5G工厂", "kind": "factory_list", "year": 2023 + (i % 2), "level": ["line", "workshop", "factory"][i % 3]}))
    return r

TITLES = [("iiot_pilot_demo", "工业互联网试点示范项目（5G全连接工厂方向）", 2023, "工业和信息化部"),
          ("it_manufacturing_fusion_demo", "新一代信息技术与制造业融合发展试点示范项目", 2022, "工业和信息化部"),
          ("smart_manufacturing_demo", "智能制造试点示范工厂揭榜单位", 2022, "工业和信息化部"),
          ("new_industrialization_base", "国家新型工业化产业示范基地（工业互联网）", 2021, "工业和信息化部"),
          ("industry_finance_pilot_city", "国家产融合作试点城市", 2021, "工业和信息化部、财政部、中国人民银行、银保监会、证监会"),
          ("other", "国家级工业互联网示范区", 2022, "工业和信息化部")]

def titles(n, other_reason=True):
    r = []
    for cat_id, name, year, issuer in TITLES[:n]:
        v = {"category": cat_id, "name": name, "year": year, "issuer": issuer, "issuer_level": "ministry"}
        if cat_id == "other" and other_reason:
            v["reason"] = "由工业和信息化部认定授予，属部级称号"
        r.append(Record(values=v))
    return r

def attest(d, n=3):
    for i, a in enumerate(cat.attestations[:n]):
        d.attestations[a.id] = AttestationAnswer(affirmed=True, person="王建国", role="市工业和信息化局局长", date="2024-03-10")

def city(name, prov, pop, unit, stations):
    return Record(values={"name": name, "province": prov, "population": {"value": pop, "unit": unit},
                          "population_source": f"《{name}2023年国民经济和社会发展统计公报》", "population_date": "2024-03-20",
                          "base_stations": stations, "base_stations_source": f"{prov}通信管理局", "base_stations_date": "2024-02-29"})

# 1. passes all six
d = Dossier(id="a1b2c3d4e5f60718293a4b5c6d7e8f90", title="滨江市“5G+工业互联网”融合应用先导区试点工作方案", applicant="滨江市人民政府",
            contact="滨江市工业和信息化局 李明 0571-88880000", created_at="2024-02-01T09:00:00+08:00", updated_at="2024-03-12T17:30:00+08:00")
ev = OUT / "binjiang.evidence"
fill_common(d, "滨江市", ev)
d.registers["cities"] = [city("滨江市", "浙江省", "1008.5", "万人", 35210)]
d.registers["policies"] = policies("滨江市", 2, 2)
d.registers["factories"] = factories(7, 3, "滨江市")
d.registers["fiveg_factories"] = fiveg("滨江市", 1, 6)
d.registers["titles"] = titles(6)
attest(d)
for ind in cat.starred():
    add_evidence(d, ev, f"{ind.name}证明材料", [ind.id], "", [f"指标：{ind.name}", "本材料为示例。"])
fix_ids(d); (OUT / "binjiang.json").write_text(dumps(d), encoding="utf-8")

# 2. joint application: passes combined; one city below on its own
d = Dossier(id="0f1e2d3c4b5a69788796a5b4c3d2e1f0", title="临港市、云川市“5G+工业互联网”融合应用先导区联合申报试点工作方案",
            applicant="临港市人民政府、云川市人民政府", contact="临港市经济和信息化局 张华 0532-66660000",
            created_at="2024-02-05T09:00:00+08:00", updated_at="2024-03-15T11:00:00+08:00")
fill_common(d, "临港市", None)
d.registers["cities"] = [city("临港市", "山东省", "1034.21", "万人", 38900), city("云川市", "山东省", "2684000", "人", 6420)]
d.registers["policies"] = policies("临港市", 1, 1) + policies("云川市", 1, 0)
d.registers["factories"] = factories(4, 2, "临港市") + factories(2, 1, "云川市")
d.registers["fiveg_factories"] = fiveg("临港市", 0, 4) + fiveg("云川市", 0, 2)
d.registers["titles"] = titles(5)
attest(d)
fix_ids(d); (OUT / "joint-lingang-yunchuan.json").write_text(dumps(d), encoding="utf-8")

# 3. fails several
d = Dossier(id="9a8b7c6d5e4f30211203f4e5d6c7b8a9", title="青岭市“5G+工业互联网”融合应用先导区试点工作方案（初稿）", applicant="青岭市人民政府",
            created_at="2024-01-10T09:00:00+08:00", updated_at="2024-01-20T16:00:00+08:00")
fill_common(d, "青岭市", None, skip_narr={"policy.special.national_strategy", "application.innovation.scenarios"})
d.registers["cities"] = [city("青岭市", "河南省", "800", "万人", 24000)]   # exactly 30.0 per 10,000: fails
d.registers["policies"] = policies("青岭市", 1, 1)
fs = factories(4, 2, "青岭市")
fs[4].values["scenarios"] = SC[:9] + ["machine_vision_inspection"]  # a scenario twice: only 9 count
d.registers["factories"] = fs
d.registers["fiveg_factories"] = fiveg("青岭市", 0, 3)
t = titles(6, other_reason=False)
d.registers["titles"] = t[:4] + t[5:]          # 4 titles + an "other" without a reason
d.answer("policy.funding.special_funds").fields["special_funds"].provisional = True
attest(d, 2)
fix_ids(d); (OUT / "qingling-draft.json").write_text(dumps(d), encoding="utf-8")
print("ok")
