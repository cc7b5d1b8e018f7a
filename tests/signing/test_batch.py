"""Checking many packages at once: one correct row per package, failures included, never stopping at the first."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.progress import Progress
from app.signing import batch

from .conftest import Exported, read_members, write_members


def _inbox(tmp_path: Path, exported: Exported, package_folder: Path, package_iso: Path) -> Path:
    """What a province receives: good packages in every medium, a tampered one, a draft, junk."""
    inbox = tmp_path / "收件"
    inbox.mkdir()
    (inbox / "01-滨江市.zip").write_bytes(exported.signed_zip)
    package_folder.rename(inbox / "02-滨江市U盘")
    package_iso.rename(inbox / "03-滨江市.iso")
    good = inbox / "01-滨江市.zip"
    tampered = [(n, d + b"x" if n == "评审指标对照表.xlsx" else d) for n, d in read_members(good)]
    write_members(inbox / "04-被改动.zip", tampered)
    (inbox / "05-青岭市草稿.zip").write_bytes(exported.draft_zip)
    (inbox / "06-损坏.zip").write_bytes(b"PK\x03\x04 broken")
    (inbox / "说明.txt").write_text("not a package")                  # not a package: not listed
    return inbox


def test_one_row_per_package_including_failures(tmp_path: Path, exported: Exported, package_folder: Path,
                                                package_iso: Path) -> None:
    inbox = _inbox(tmp_path, exported, package_folder, package_iso)
    paths = batch.expand([inbox])
    assert [p.name for p in paths] == ["01-滨江市.zip", "02-滨江市U盘", "03-滨江市.iso", "04-被改动.zip",
                                       "05-青岭市草稿.zip", "06-损坏.zip"]
    reports: list[str] = []
    entries = batch.verify_all(paths, progress=Progress(lambda d, t, what: reports.append(what)))
    assert len(entries) == 6 and sum(1 for r in reports if r.startswith("正在验证")) == 6
    table = batch.summary(entries)
    assert table.headers[:8] == list(batch.FIXED_COLUMNS)
    assert table.headers[8:14] == ["★1.1.2", "★2.1.1", "★3.2.1", "★3.3.1", "★4.3.1", "★6.1.1"]
    assert table.condition_names[1] == "2.1.1 5G网络覆盖率"
    rows = {row[0]: dict(zip(table.headers, row)) for row in table.rows}
    for name in ("01-滨江市.zip", "02-滨江市U盘", "03-滨江市.iso"):
        row = rows[name]
        assert row["结论"] == "通过" and row["城市"] == "滨江市" and row["阶段"] == "正式稿 第1版"
        assert row["签名人"] == "张三" and row["签名"] == "有效（自签名，身份未核实）"
        assert row["问题数"] == "0" and all(row[h] == "满足" for h in table.headers[8:14])
        assert "年" in row["版本日期"] and len(row["清单校验值"]) == 16
    assert rows["04-被改动.zip"]["结论"] == "未通过" and "评审指标对照表.xlsx" in rows["04-被改动.zip"]["问题"]
    draft = rows["05-青岭市草稿.zip"]
    assert draft["结论"] == "未通过" and draft["阶段"] == "草稿 第1版" and draft["签名"] == "未签名"
    assert draft["问题数"] == "6" and [draft[h] for h in table.headers[8:14]].count("未满足") == 5
    assert rows["06-损坏.zip"]["结论"] == "无法验证" and "不是有效的 zip" in rows["06-损坏.zip"]["问题"]

    xlsx = batch.write_summary_xlsx(entries, tmp_path / "汇总.xlsx")
    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == table.headers
    assert [[str(v) if v is not None else "" for v in row] for row in values[1:]] == table.rows
    assert sheet.cell(row=1, column=10).comment.text == "2.1.1 5G网络覆盖率"


def test_an_empty_folder_is_one_row_that_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "空"
    empty.mkdir()
    entries = batch.verify_all(batch.expand([empty]))
    assert len(entries) == 1 and not entries[0].ok and entries[0].verdict is None
    assert batch.summary(entries).rows[0][1] == "无法验证" and "没有申报包" in batch.summary(entries).rows[0][-1]
