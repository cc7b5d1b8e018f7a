"""Generate a large, realistic dossier for the benchmarks (deterministic: seeded).

``python -m benchmarks.generate OUT [--small] [--seed N]`` writes::

    OUT/evidence-src/      the raw evidence files (random, incompressible bytes)
    OUT/sources.json       title, linked indicators and size of every source file
    OUT/workspace/大型申报.pzd   the dossier, with every evidence file imported

The dossier is built through the real model and storage API
(``DossierFile.create``, edits through the session, ``DossierFile.finalise``,
then ``DossierFile.add_evidence_file``), so the file is exactly what the app
would have written.  The benchmark runner uses the steps separately
(``write_sources``, ``create_base``, ``draft_history``, ``import_evidence``) so
that the import itself is one of the timed figures.

Default size: 3 cities, 400 factories with scenarios, 300 policy documents,
200 titles, 80 5G-factory projects, every indicator filled, a drafting history
of 40,000 edits with two finalised versions, 2,000 evidence files totalling
2 GiB (scan/PDF-like sizes, a few large "videos").
``--small``: 1 city, 40 factories, 30 policies, 20 titles, 1,000 edits, 50 files ≈ 20 MiB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from app.models import lifecycle
from app.models.catalogue import Catalogue, load_catalogue
from app.models.dossier import PLAN_TEXT_KEYS, AttestationAnswer, Dossier, FieldValue, IndicatorAnswer, Record

MiB = 1 << 20
GiB = 1 << 30
PZD_NAME = "大型申报.pzd"
SOURCE_DIR = "evidence-src"
SOURCES_JSON = "sources.json"
WORKSPACE_DIR = "workspace"


@dataclass(frozen=True)
class Size:
    cities: int
    factories: int
    policies: int
    titles: int
    fiveg_factories: int
    evidence_files: int
    evidence_bytes: int
    videos: int
    video_share: float      # fraction of the evidence bytes that are videos
    edits: int              # the drafting history: weeks of edits, finalised at a third and at two thirds


FULL = Size(cities=3, factories=400, policies=300, titles=200, fiveg_factories=80, evidence_files=2000,
            evidence_bytes=2 * GiB, videos=8, video_share=0.4, edits=40_000)
SMALL = Size(cities=1, factories=40, policies=30, titles=20, fiveg_factories=10, evidence_files=50,
             evidence_bytes=20 * MiB, videos=1, video_share=0.3, edits=1_000)

CITIES = [("滨江市", "浙江省", "1008.5"), ("临港市", "山东省", "1034.21"), ("云川市", "山东省", "556.3"),
          ("江陵市", "湖北省", "842.7"), ("嘉禾市", "江苏省", "689.05")]
INDUSTRIES = ["汽车零部件", "装备制造", "电子信息", "钢铁", "石化", "纺织服装", "家电", "生物医药", "新材料",
              "船舶海工", "食品饮料", "有色金属", "工程机械", "航空航天", "电力装备"]
COMPANY_SUFFIX = ["股份有限公司", "集团有限公司", "有限公司", "科技有限公司", "制造有限公司"]
ISSUERS = ["市人民政府", "市人民政府办公室", "市工业和信息化局", "市发展和改革委员会", "市科学技术局", "市财政局"]
POLICY_TOPICS = ["加快推进“5G+工业互联网”融合发展若干政策措施", "“5G+工业互联网”专项行动计划（2024—2026年）",
                 "制造业数字化转型实施方案", "工业互联网创新发展三年行动计划", "5G应用“扬帆”行动实施方案",
                 "智能制造发展规划", "关于支持企业技术改造的若干意见", "数字经济高质量发展实施意见",
                 "工业企业上云用云行动方案", "“专精特新”中小企业培育办法"]
TITLE_NAMES = {
    "iiot_pilot_demo": "工业互联网试点示范项目（5G全连接工厂方向）",
    "it_manufacturing_fusion_demo": "新一代信息技术与制造业融合发展试点示范项目",
    "smart_manufacturing_demo": "智能制造试点示范项目",
    "new_industrialization_base": "国家新型工业化产业示范基地",
    "industry_finance_pilot_city": "国家产融合作试点城市",
    "other": "国家级绿色工厂",
}
SENTENCES = [
    "近年来，{city}坚持以“5G+工业互联网”融合应用为抓手，统筹推进网络、平台、安全和应用体系建设。",
    "围绕“{name}”，{city}建立了市、区两级协同推进机制，明确责任分工和年度目标。",
    "全市累计推动{n}家重点企业开展5G全连接工厂建设，形成一批可复制、可推广的典型场景。",
    "通过专项资金、首台套保险补偿和融资担保等方式，带动社会投资{m}亿元。",
    "依托龙头企业和基础电信企业，打造覆盖研发设计、生产制造、运维服务的行业解决方案。",
    "下一步，{city}将持续完善政策体系，扩大应用广度和深度，推动产业链上下游协同转型。",
    "相关数据来源于统计部门及行业主管部门的正式统计，具体情况见所附证明材料。",
]
EXTENSIONS = [(".pdf", "application/pdf", 0.6), (".jpg", "image/jpeg", 0.25), (".png", "image/png", 0.1),
              (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0.05)]


@dataclass
class SourceFile:
    path: str          # relative to the source folder
    title: str
    indicators: list[str]
    size: int


# -- dossier -------------------------------------------------------------------------------------
def _date(rng: random.Random, start_year: int = 2021, end_year: int = 2024) -> str:
    return f"{rng.randint(start_year, end_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _text(rng: random.Random, city: str, name: str, sentences: int) -> str:
    picks = [SENTENCES[i % len(SENTENCES)] for i in range(sentences)]
    rng.shuffle(picks)
    return "".join(s.format(city=city, name=name, n=rng.randint(20, 400), m=rng.randint(5, 300)) for s in picks)


def _number(rng: random.Random, kind: str) -> str:
    if kind == "integer":
        return str(rng.randint(1, 5000))
    return f"{rng.randint(1, 9000)}.{rng.randint(0, 9)}"


def build_dossier(size: Size = FULL, *, seed: int = 7, catalogue: Catalogue | None = None) -> Dossier:
    """The dossier without evidence: registers, every indicator answer, plan texts, attestations."""
    rng = random.Random(seed)
    cat = catalogue or load_catalogue("2023")
    cities = [CITIES[i % len(CITIES)] for i in range(size.cities)]
    lead = cities[0][0]
    names = "、".join(c[0] for c in cities)
    d = Dossier(id=hashlib.sha256(f"bench-{seed}-{size}".encode()).hexdigest()[:32], catalogue_edition=cat.edition,
                title=f"{names}“5G+工业互联网”融合应用先导区{'联合申报' if len(cities) > 1 else ''}试点工作方案",
                applicant="、".join(f"{c[0]}人民政府" for c in cities),
                contact=f"{lead}工业和信息化局 李明 0571-88880000",
                created_at="2024-02-01T09:00:00+08:00", updated_at="2024-03-12T17:30:00+08:00")
    for name, province, population in cities:
        pop = float(population)
        d.register("cities").append(Record(values={
            "name": name, "province": province, "population": {"value": population, "unit": "万人"},
            "population_source": f"《{name}2023年国民经济和社会发展统计公报》", "population_date": "2024-03-20",
            "base_stations": int(pop * rng.uniform(32, 45)), "base_stations_source": f"{province}通信管理局",
            "base_stations_date": "2024-02-29"}))
    for i in range(size.policies):
        city = cities[i % len(cities)][0]
        topic = POLICY_TOPICS[i % len(POLICY_TOPICS)]
        year = 2021 + i % 4
        d.register("policies").append(Record(values={
            "title": f"{city}{topic}" + (f"（第{i // len(POLICY_TOPICS) + 1}批）" if i >= len(POLICY_TOPICS) else ""),
            "doc_number": f"{city[:2]}政发〔{year}〕{i + 1}号", "issuer": city + rng.choice(ISSUERS),
            "date": _date(rng, year, year), "special": i % 3 == 0}))
    scenario_ids = [s.id for s in cat.scenario_lists["miit_typical"]]
    for i in range(size.factories):
        city = cities[i % len(cities)][0]
        industry = INDUSTRIES[i % len(INDUSTRIES)]
        # Skewed like real registers: most factories run a handful of scenarios, some lighthouse ones 10+.
        count = min(len(scenario_ids), 10 + rng.randint(0, 8) if i % 7 == 0 else rng.randint(1, 9))
        d.register("factories").append(Record(values={
            "enterprise": f"{city}{industry}{COMPANY_SUFFIX[i % len(COMPANY_SUFFIX)]}",
            "factory": f"{city}{industry}{i + 1}号智能工厂", "industry": industry, "city": city,
            "scenarios": rng.sample(scenario_ids, count)}))
    for i in range(size.fiveg_factories):
        city = cities[i % len(cities)][0]
        d.register("fiveg_factories").append(Record(values={
            "enterprise": f"{city}第{i + 1}制造有限公司", "project": f"{city}第{i + 1}制造5G工厂",
            "kind": "pilot_demo" if i % 4 == 0 else "factory_list", "year": 2021 + i % 4,
            "level": ("line", "workshop", "factory", "unknown")[i % 4]}))
    categories = list(TITLE_NAMES)
    for i in range(size.titles):
        category = categories[i % len(categories)]
        values = {"category": category, "name": f"{TITLE_NAMES[category]}（{cities[i % len(cities)][0]}第{i + 1}项）",
                  "year": 2019 + i % 5, "issuer": "工业和信息化部", "issuer_level": "ministry"}
        if category == "other":
            values["reason"] = "由国家部委认定，与“5G+工业互联网”融合应用直接相关"
        d.register("titles").append(Record(values=values))
    for ind in cat.indicators():
        answer = IndicatorAnswer(narrative=_text(rng, lead, ind.name, 7) * 2)
        for spec in ind.fields:
            answer.fields[spec.id] = FieldValue(value=_number(rng, spec.type))
        for target in ind.targets:
            base = rng.randint(10, 500)
            answer.targets[target.id] = [str(base + 10 * y) if target.type == "integer" else f"{base + 2.5 * y}"
                                         for y in range(cat.pilot_years)]
        d.indicators[ind.id] = answer
    for key in PLAN_TEXT_KEYS:
        d.plan_texts[key] = _text(rng, lead, key, 7) * 3
    for att in cat.attestations:
        d.attestations[att.id] = AttestationAnswer(affirmed=True, person="王建国", role="市工业和信息化局局长",
                                                   date="2024-03-10")
    return d


# -- evidence source files -----------------------------------------------------------------------
def plan_sources(size: Size = FULL, *, seed: int = 7, catalogue: Catalogue | None = None) -> list[SourceFile]:
    """Names, sizes and links of the evidence files (sizes skewed like scans/PDFs, a few big videos)."""
    rng = random.Random(seed * 1000 + 1)
    cat = catalogue or load_catalogue("2023")
    indicators = [ind for ind in cat.indicators()]
    n_docs = size.evidence_files - size.videos
    video_bytes = int(size.evidence_bytes * size.video_share)
    doc_bytes = size.evidence_bytes - video_bytes
    # Log-normal document sizes (median ~300 KB scan, long tail of multi-MB PDFs), scaled to the total.
    raw = [math.exp(rng.gauss(0, 1.1)) for _ in range(n_docs)]
    scale = doc_bytes / sum(raw)
    doc_sizes = [max(4096, int(r * scale)) for r in raw]
    doc_sizes[-1] += doc_bytes - sum(doc_sizes)
    video_weights = [rng.uniform(0.6, 1.4) for _ in range(size.videos)]
    video_sizes = [int(video_bytes * w / sum(video_weights)) for w in video_weights]
    if video_sizes:
        video_sizes[-1] += video_bytes - sum(video_sizes)
    out: list[SourceFile] = []
    for i, file_size in enumerate(doc_sizes):
        ind = indicators[i % len(indicators)]
        links = [ind.id] + ([rng.choice(indicators).id] if rng.random() < 0.25 else [])
        ext = rng.choices([e[0] for e in EXTENSIONS], weights=[e[2] for e in EXTENSIONS])[0]
        folder = ind.section_id
        out.append(SourceFile(f"{folder}/{i + 1:04d}-{ind.name[:20]}证明材料{ext}", f"{ind.name}证明材料（{i + 1}）",
                              sorted(set(links)), file_size))
    for j, file_size in enumerate(video_sizes):
        ind = indicators[(j * 7) % len(indicators)]
        out.append(SourceFile(f"videos/现场视频-{j + 1:02d}-{ind.name[:16]}.mp4", f"{ind.name}现场视频（{j + 1}）",
                              [ind.id], file_size))
    return out


def write_sources(folder: Path, size: Size = FULL, *, seed: int = 7,
                  progress: Callable[[int, int], None] | None = None) -> list[SourceFile]:
    """Write the evidence files (AES-CTR keystream: fast, deterministic, incompressible) and sources.json."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    folder = Path(folder)
    sources = plan_sources(size, seed=seed)
    total, done = sum(s.size for s in sources), 0
    zeros = bytes(4 * MiB)
    for index, src in enumerate(sources):
        key = hashlib.sha256(f"pilotzone-bench-{seed}-{index}".encode()).digest()
        enc = Cipher(algorithms.AES(key), modes.CTR(bytes(16))).encryptor()
        path = folder / src.path
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            left = src.size
            while left:
                n = min(left, len(zeros))
                fh.write(enc.update(zeros[:n]))
                left -= n
        done += src.size
        if progress is not None:
            progress(done, total)
    (folder.parent / SOURCES_JSON).write_text(json.dumps([asdict(s) for s in sources], ensure_ascii=False, indent=0),
                                              encoding="utf-8")
    return sources


def read_sources(out_dir: Path) -> list[SourceFile]:
    return [SourceFile(**item) for item in json.loads((Path(out_dir) / SOURCES_JSON).read_text(encoding="utf-8"))]


# -- the dossier file ----------------------------------------------------------------------------
def create_base(path: Path, size: Size = FULL, *, seed: int = 7) -> Path:
    """Write the ``.pzd`` (no evidence yet) through ``DossierFile.create``."""
    from app.models.storage import DossierFile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    DossierFile.create(path, build_dossier(size, seed=seed), author="基准测试", overwrite=True).close()
    return path


def draft_history(path: Path, size: Size = FULL, *, seed: int = 7) -> int:
    """Weeks of drafting through the session, as the app records it; returns the history rows.

    ``size.edits`` edits: three in four rename a factory or take the rename back (a register cell), one in
    four rewords an indicator's 情况说明 (a history row then holds the old and the new text); the draft is
    finalised at a third and at two thirds, so later edits start revisions 2 and 3 with a frozen snapshot
    each.  Nothing a rule reads is changed, so the evaluation figures judge the same dossier.
    """
    import sqlite3

    from app.models import edits
    from app.models.storage import DossierFile

    rng = random.Random(seed + 1)
    with DossierFile.open(path, author="基准测试") as dfile:
        session, dossier = dfile.session, dfile.dossier
        catalogue = load_catalogue(dossier.catalogue_edition)
        factories = dossier.register("factories")
        names = {rec.id: rec.values["factory"] for rec in factories}
        indicators = [ind.id for ind in catalogue.indicators()]
        narratives = {ind: dossier.answer(ind).narrative for ind in indicators}
        for n in range(size.edits):
            if n in (size.edits // 3, 2 * size.edits // 3):
                lifecycle.finalise(session, note=f"第{n * 3 // size.edits}稿")
            if n % 4 == 3:
                ind = rng.choice(indicators)
                edits.set_narrative(session, catalogue, ind, narratives[ind] + f"（第{n}次修改）")
            else:
                rec = rng.choice(factories)      # renamed, or the rename taken back
                renamed = rec.values["factory"] != names[rec.id]
                edits.set_cell(session, catalogue, "factories", rec.id, "factory",
                               names[rec.id] if renamed else names[rec.id] + "（二期）")
        dfile.flush(timeout=600)
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM history").fetchone()[0]
    finally:
        conn.close()


def import_evidence(path: Path, source_dir: Path, sources: list[SourceFile],
                    progress: Callable[[int, int], None] | None = None) -> int:
    """Import every source file as evidence (``DossierFile.add_evidence_file``); returns the bytes imported."""
    from app.models.storage import DossierFile

    done = 0
    with DossierFile.open(path, author="基准测试") as dfile:
        for index, src in enumerate(sources):
            dfile.add_evidence_file(Path(source_dir) / src.path, title=src.title, indicators=src.indicators)
            done += src.size
            if progress is not None:
                progress(index + 1, len(sources))
        dfile.flush(timeout=600)
    return done


def generate(out_dir: Path, size: Size = FULL, *, seed: int = 7, log: Callable[[str], None] = print) -> Path:
    out_dir = Path(out_dir)
    src_dir = out_dir / SOURCE_DIR
    t = time.perf_counter()
    sources = write_sources(src_dir, size, seed=seed)
    log(f"wrote {len(sources)} evidence files ({sum(s.size for s in sources) / MiB:.0f} MiB) "
        f"in {time.perf_counter() - t:.1f} s")
    pzd = out_dir / WORKSPACE_DIR / PZD_NAME
    t = time.perf_counter()
    create_base(pzd, size, seed=seed)
    draft_history(pzd, size, seed=seed)
    import_evidence(pzd, src_dir, sources)
    log(f"wrote {pzd} ({pzd.stat().st_size / MiB:.0f} MiB) in {time.perf_counter() - t:.1f} s")
    return pzd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write into (created)")
    parser.add_argument("--small", action="store_true", help="the small CI-sized dossier")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    generate(args.out, SMALL if args.small else FULL, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
