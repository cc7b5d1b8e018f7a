"""Regenerate examples/binjiang-year2.json and its evidence folder: 滨江市 in its second pilot year.

    python tools/make_pilot_example.py

Built from examples/binjiang.json (so run tools/make_examples.py first when that changes) by the app's own
operations, as a city would: 定稿 and 报送 the application, record the approval (2025-09-18, with the 批复
document as evidence), type the first year's values reached (most met, four behind) with evidence, write the
five areas' texts, 定稿 and 报送 the first year's report, record the ministry's rating of the first year — two
stars, 三星以下, so the dossier carries the 第十八条（四） warning — and start the second year (an amended
target, two values so far). Deterministic: fixed dates and ids, evidence PDFs with invariant bytes.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.models import edits, lifecycle, pilot_edits, pilot_stages  # noqa: E402
from app.models.catalogue import load_catalogue  # noqa: E402
from app.models.completion import number, year_rows  # noqa: E402
from app.models.dossier import EvidenceItem  # noqa: E402
from app.models.exchange import dumps, load_json_file  # noqa: E402
from app.models.numbers import format_rounded  # noqa: E402
from app.models.operations import DossierSession  # noqa: E402

SOURCE = ROOT / "examples" / "binjiang.json"
OUT = ROOT / "examples" / "binjiang-year2.json"
APPROVED = "2025-09-18"
BEHIND = {"special_funds": "0.82", "private_networks": "0.93", "invention_patents": "0.95", "investment": "0.9"}
MET = "1.03"
TEXTS = {
    "policy": ("出台《滨江市“5G+工业互联网”融合应用先导区建设三年行动计划（2025—2027年）》及配套资金管理办法，"
               "设立市级专项资金，全年支持“5G+工业互联网”项目41个。",
               "专项资金到位进度慢于计划，部分区县配套资金尚未落实。",
               "推动区县配套资金在上半年到位，建立项目资金拨付月报制度。"),
    "infrastructure": ("新建5G基站2,140个，工业园区5G深度覆盖率提高到92%；建成5G虚拟专网15张、边缘计算节点9个。",
                       "独立专网建设成本高，中小企业部署意愿不足。",
                       "联合基础电信企业推出面向中小企业的轻量化专网套餐，年内新增专网8张。"),
    "application": ("围绕汽车零部件、电子信息两大主导产业新增5G工厂7家，推广机器视觉质检、设备预测维护等场景。",
                    "行业解决方案复制推广的标准化程度不高。",
                    "编制重点行业5G工厂建设指引，遴选10个可复制的解决方案在链上企业推广。"),
    "ecosystem": ("新增专精特新“小巨人”企业3家，主导或参与制定5G工业应用标准9项，引进模组企业2家。",
                  "发明专利授权数量低于年度目标，招商引资到位资金不足。",
                  "设立产业知识产权服务站，加快在谈项目签约落地。"),
    "public_service": ("建成“5G+工业互联网”公共服务平台2个，培训技术技能人才1,260人次，新增实训基地3个。",
                       "高端复合型人才引进仍有缺口。",
                       "实施“5G+工业互联网”领军人才专项，推动校企共建现代产业学院。"),
}


def evidence_pdf(title: str, lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "UMing" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("UMing", str(ROOT / "resources" / "fonts" / "uming.ttc"), subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1, initialFontName="UMing")
    c.setTitle(title)
    c.setFont("UMing", 18)
    c.drawCentredString(297, 760, title)
    c.setFont("UMing", 12)
    for i, line in enumerate(lines):
        c.drawString(72, 720 - 22 * i, line)
    c.drawString(72, 120, "（示例证明材料，仅用于演示）")
    c.showPage()
    c.save()
    return buf.getvalue()


class Builder:
    def __init__(self) -> None:
        self.catalogue = load_catalogue()
        self.dossier = load_json_file(SOURCE)
        self.dossier.id = "%032x" % random.Random(OUT.stem).getrandbits(128)     # its own file beside 滨江's
        self.session = DossierSession(self.dossier)
        self.files: dict[str, bytes] = {}
        self.ids = random.Random(20250918)

    def evidence(self, title: str, lines: list[str], indicators: list[str], on: str) -> str:
        data = evidence_pdf(title, lines)
        sha = hashlib.sha256(data).hexdigest()
        self.files[sha] = data
        item = EvidenceItem(id="%032x" % self.ids.getrandbits(128), sha256=sha, filename=f"{title}.pdf", size=len(data),
                            title=title, media_type="application/pdf", indicators=indicators,
                            added_at=f"{on}T10:00:00+08:00")
        edits.add_evidence(self.session, item)
        return item.id

    def build(self) -> None:
        s, cat = self.session, self.catalogue
        s.do(lifecycle.prepare_finalise(self.dossier, note="报省工信厅", at="2024-03-15T09:00:00+08:00"))
        lifecycle.mark_submitted(s)
        pilot_stages.approve(s, on=APPROVED, number="工信厅信管函〔2025〕188号", at="2025-09-20T09:00:00+08:00")
        approval = self.evidence("关于同意滨江市开展“5G+工业互联网”融合应用先导区试点的批复",
                                 ["工信厅信管函〔2025〕188号", "同意滨江市开展先导区试点，试点期三年。"], [], "2025-09-20")
        pilot_edits.update_approval(s, evidence=[approval])
        stations = self.evidence("2025—2026年度5G基站建设情况统计", ["滨江市通信管理办公室", "新建5G基站2,140个。"],
                                 ["infrastructure.private_network.coverage"], "2026-09-25")
        funds = self.evidence("2026年度市级“5G+工业互联网”专项资金拨付文件", ["滨财企〔2026〕36号"],
                              ["policy.funding.special_funds"], "2026-09-26")
        for row in year_rows(self.dossier, cat, 1):
            if row.target.derived:
                continue                                                        # computed from its part
            factor = BEHIND.get(row.target.id, MET)
            reached = number(row.planned) * number(factor)                       # type: ignore[operator]
            text = str(int(reached)) if row.target.type == "integer" else format_rounded(reached, 1)
            cites = [stations] if row.target.id == "base_stations" else [funds] if row.target.id == "special_funds" else []
            pilot_edits.set_actual(s, cat, 1, row.indicator.id, row.target.id, value=text, evidence=cites)
        for area, (done, problems, nxt) in TEXTS.items():
            for part, text in (("done", done), ("problems", problems), ("next", nxt)):
                pilot_edits.set_area_text(s, cat, "report/1", area, part, text)
        s.do(pilot_stages.prepare_report_finalise(self.dossier, 1, at="2026-10-15T16:00:00+08:00"))
        pilot_stages.report_submit(s, 1, at="2026-10-20T10:00:00+08:00")
        rating = self.evidence("2026年度先导区试点评价结果通知", ["滨江市：二星"], [], "2026-11-20")
        pilot_edits.add_rating(s, year=1, stars=2, on="2026-11-20", document="工信厅信管函〔2026〕231号",
                               evidence=[rating])
        pilot_edits.amend_target(s, cat, "policy.funding.special_funds", "special_funds", 2, new="5600",
                                 on="2026-11-25", reason="市级财政预算调整，专项资金第二年度安排相应调减",
                                 document="滨政办〔2026〕58号")
        for row in year_rows(self.dossier, cat, 2):                           # the second year under way
            if row.target.id in ("base_stations", "listed_projects"):
                reached = number(row.planned) * number("0.9")                   # type: ignore[operator]
                pilot_edits.set_actual(s, cat, 2, row.indicator.id, row.target.id, value=str(int(reached)))
        self._stable_ids()
        self.dossier.updated_at = "2026-11-28T17:30:00+08:00"

    def _stable_ids(self) -> None:
        """Rating and amendment ids from the fixed seed (the operations draw random ones)."""
        renamed = {}
        for key, body in self.dossier.pilot.items():
            head = key.split("/")[0]
            if head in ("rating", "amendment", "incident"):
                key = f"{head}/{self.ids.getrandbits(128):032x}"
            renamed[key] = body
        self.dossier.pilot = renamed

    def write(self) -> None:
        OUT.write_text(dumps(self.dossier), encoding="utf-8")
        folder = OUT.with_suffix(".evidence")
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        for item in self.dossier.evidence:
            source = SOURCE.with_suffix(".evidence") / item.sha256
            target = folder / item.sha256
            if item.sha256 in self.files:
                target.write_bytes(self.files[item.sha256])
            else:
                shutil.copyfile(source, target)


def main() -> int:
    builder = Builder()
    builder.build()
    builder.write()
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
