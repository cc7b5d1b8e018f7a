"""Realistic register spreadsheets as districts and enterprises send them (deterministic: seeded).

Used by the import tests (``tests/core/test_register_import.py``) and the import benchmark row: a factory
list as a workbook with an instructions sheet first, a merged title row, a two-row header with merged
cells, the app's columns under other names and in another order, a 序号 and a 备注 column, an enterprise
merged down over its two factories, blank lines, scenarios separated by 、，, ; or line breaks and written by
name, alias or id — and planted problems whose number is known, so a test can check the preview's counts:

* rows with a scenario that is not on MIIT's list (invalid),
* rows without an enterprise name (invalid),
* repeats of an earlier row, spelled with other spaces and full-width letters (duplicate),
* repeats of records the dossier already holds (duplicate).

``write_policy_csv`` does the same for policy documents as CSV (GB18030 or UTF-8): dates in four spellings,
impossible dates, missing issuers, a 文号 repeated with other brackets.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from benchmarks.generate import COMPANY_SUFFIX, INDUSTRIES, ISSUERS, POLICY_TOPICS

PREFIXES = ["宏达", "华兴", "瑞丰", "恒力", "金帆", "东方", "明阳", "远景", "中联", "海天", "天合", "新华", "长城",
            "安信", "博源", "创新", "鼎盛", "福瑞", "光大", "国泰", "汇通", "嘉诚", "锦华", "凯达", "力拓", "龙腾",
            "美诚", "南钢", "启明", "荣盛", "三友", "盛世", "泰和", "万向", "祥瑞", "兴业", "永安", "正泰", "卓越",
            "紫光"]
FACTORY_KINDS = ["智能工厂", "第一工厂", "第二工厂", "总装车间", "数字化车间", "5G全连接工厂", "精密加工基地",
                 "新材料产业园"]
DISTRICTS = ["滨江区", "临江区", "高新区", "经开区", "江北新区", "南湖区"]
SEPARATORS = ["、", "，", ",", ";", "；", "\n"]
UNKNOWN_SCENARIOS = ["智慧食堂", "无人售货", "VR党建"]
HEADINGS = ["序号", "单位名称", "所属行业", "工厂", "所在地", "应用场景", "备注"]   # row 4 of the sheet


@dataclass
class Planted:
    """What a generated sheet holds: data rows (blank lines not counted) and the problems planted in them."""

    rows: int = 0
    blank: int = 0
    invalid: int = 0
    duplicate: int = 0
    lines: dict[str, list[int]] = field(default_factory=dict)   # kind → sheet row numbers

    @property
    def add(self) -> int:
        return self.rows - self.invalid - self.duplicate

    def note(self, kind: str, line: int) -> None:
        self.lines.setdefault(kind, []).append(line)


def _scenarios(rng: random.Random, scenarios: Sequence[tuple[str, str, tuple[str, ...]]]) -> str:
    picks = rng.sample(list(scenarios), rng.randint(3, 14))
    parts = []
    for sid, name, aliases in picks:
        form = rng.random()
        parts.append(aliases[0] if aliases and form < 0.5 else sid if form < 0.05 else f" {name}" if form < 0.1 else name)
    sep = rng.choice(SEPARATORS)
    return sep.join(parts)


def factory_rows(count: int, *, seed: int = 11, existing: Sequence[tuple[str, str]] = (),
                 scenarios: Sequence[tuple[str, str, tuple[str, ...]]] = ()) -> tuple[list[list[str]], Planted]:
    """``count`` data rows in ``HEADINGS`` order (blank lines included, counted in ``Planted.blank``)."""
    rng = random.Random(seed)
    if not scenarios:
        from app.models.catalogue import load_catalogue

        scenarios = [(s.id, s.name, s.aliases) for s in load_catalogue().scenario_lists["miit_typical"]]
    planted = Planted()
    rows: list[list[str]] = []
    made: list[tuple[str, str]] = []           # valid new factories, which later rows may repeat
    names = iter(rng.sample([(p, i, s) for p in PREFIXES for i in INDUSTRIES for s in COMPANY_SUFFIX],
                            len(PREFIXES) * len(INDUSTRIES) * len(COMPANY_SUFFIX)))
    existing = list(existing)
    line, previous = 5, ""                     # the first data row of the sheet; what the last row was
    while planted.rows < count:
        if rows and planted.rows % 50 == 25:
            rows.append([""] * len(HEADINGS))
            planted.blank += 1
            line += 1
            previous = "blank"
        roll = rng.random()
        kind = "new"
        if existing and roll < 0.01:
            kind, (enterprise, factory) = "duplicate-existing", existing.pop(0)
            industry = rng.choice(INDUSTRIES)
        elif made and roll < 0.03:
            kind, (enterprise, factory) = "duplicate-row", rng.choice(made)
            enterprise = enterprise[:2] + " " + enterprise[2:]          # other spacing: still the same factory
            factory = factory.replace("5G", "５Ｇ")
            industry = rng.choice(INDUSTRIES)
        elif previous == "new" and roll < 0.08:
            kind = "sibling"                                            # the same enterprise's second factory
            enterprise, industry, factory = rows[-1][1], rows[-1][2], rows[-1][3] + "二期"
        else:
            prefix, industry, suffix = next(names)
            enterprise = f"滨江{prefix}{industry}{suffix}"
            factory = f"{prefix}{rng.choice(FACTORY_KINDS)}"
        scenario_text = _scenarios(rng, scenarios)
        if kind.startswith("duplicate"):
            planted.duplicate += 1
        elif roll > 0.98:
            scenario_text += "、" + rng.choice(UNKNOWN_SCENARIOS)
            kind = "unknown-scenario"
        elif roll > 0.96 and previous != "new":
            enterprise, kind = "", "no-enterprise"
        if kind in ("unknown-scenario", "no-enterprise"):
            planted.invalid += 1
        elif kind in ("new", "sibling"):
            made.append((enterprise, factory))
        planted.note(kind, line)
        rows.append([str(planted.rows + 1), enterprise, industry, factory, rng.choice(DISTRICTS), scenario_text,
                     rng.choice(["", "", "", "已验收", "在建"])])
        planted.rows += 1
        line += 1
        previous = kind if kind == "new" else "other"
    return rows, planted


def write_factory_workbook(path: Path, count: int, *, seed: int = 11,
                           existing: Sequence[tuple[str, str]] = ()) -> Planted:
    """The factory list as a district sends it (see the module docstring); returns what was planted."""
    from openpyxl import Workbook

    rows, planted = factory_rows(count, seed=seed, existing=existing)
    book = Workbook()
    notes = book.active
    notes.title = "填表说明"
    notes.append(["请各区县于3月10日前报送本辖区应用“5G+工业互联网”的工厂名单。"])
    notes.append(["应用场景请按工业和信息化部公布的典型应用场景填写，多个场景用顿号分隔。"])
    sheet = book.create_sheet("工厂名单")
    sheet.append(["滨江市“5G+工业互联网”应用工厂名单（2024年）"])
    sheet.append(["填报单位：滨江市工业和信息化局　　填报日期：2024年3月1日"])
    sheet.append(["序号", "企业信息", None, "工厂", "所在地", "应用场景", "备注"])
    sheet.append([None, "单位名称", "所属行业", None, None, None, None])
    for row in rows:
        sheet.append([int(row[0]) if row[0] else None, *[cell or None for cell in row[1:]]])
    sheet.merge_cells("A1:G1")
    sheet.merge_cells("A2:G2")
    sheet.merge_cells("B3:C3")
    for letter in "ADEFG":
        sheet.merge_cells(f"{letter}3:{letter}4")
    for line in planted.lines.get("sibling", []):     # the enterprise written once over its two factories
        sheet.merge_cells(f"B{line - 1}:B{line}")
    book.save(path)
    return planted


def policy_rows(count: int, *, seed: int = 5) -> tuple[list[list[str]], Planted]:
    """Policy documents in the order 序号, 政策名称, 发文字号, 发文单位, 发布日期, 是否专项."""
    rng = random.Random(seed)
    planted = Planted()
    rows: list[list[str]] = []
    numbers: list[str] = []
    line = 2
    for n in range(1, count + 1):
        if n % 100 == 50:
            rows.append([""] * 6)
            planted.blank += 1
            line += 1
        year = rng.randint(2019, 2024)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}/{month}/{day}", f"{year}年{month}月{day}日",
                           f"{year}.{month}.{day}"])
        number = f"滨政发〔{year}〕{n}号"
        issuer = rng.choice(ISSUERS).replace("市", "滨江市", 1)
        roll = rng.random()
        if numbers and roll < 0.02:
            number = rng.choice(numbers).replace("〔", "[").replace("〕", "]")
            planted.duplicate += 1
            planted.note("duplicate-number", line)
        elif roll > 0.98:
            date = f"{year}-02-30"
            planted.invalid += 1
            planted.note("bad-date", line)
        elif 0.96 < roll <= 0.98:
            issuer = ""
            planted.invalid += 1
            planted.note("no-issuer", line)
        numbers.append(number)
        rows.append([str(n), f"关于{rng.choice(POLICY_TOPICS)}的通知（第{n}号）", number, issuer, date,
                     rng.choice(["是", "否", "否"])])
        planted.rows += 1
        line += 1
    return rows, planted


def write_policy_csv(path: Path, count: int, *, encoding: str = "gb18030", seed: int = 5) -> Planted:
    rows, planted = policy_rows(count, seed=seed)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(["序号", "政策名称", "发文字号", "发文单位", "发布日期", "是否专项"])
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return planted
