"""History entries in words: field labels, names not ids, 「、」-joined lists, Chinese dates, kinds by effect."""

from __future__ import annotations

import re

from app.models.catalogue import load_catalogue
from app.models.dossier import Dossier, Record
from app.models.history_words import chinese_date, chinese_datetime, describe_entry, describe_path, describe_value
from app.models.storage.history import HistoryEntry

CAT = load_catalogue()
ID = "b0ee695a1c2d4e5f8a9b0c1d2e3f4a5b"


def entry(path, old, new, how="do", at="2026-12-01T11:02:48+08:00", author="李明", revision=1):
    return HistoryEntry(1, at, author, path, old, new, how, revision)


def no_internals(*texts: str) -> None:
    for text in texts:
        assert ID not in text and "{" not in text and "[" not in text and "registers/" not in text, text
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text      # no catalogue ids such as machine_vision


def test_added_and_deleted_records_say_so_with_their_names_and_values():
    record = {"id": ID, "title": "关于加快5G发展的若干措施", "issuer": "滨江市人民政府", "date": "2024-03-01",
              "special": True}
    added = describe_entry(entry(f"registers/policies/{ID}", None, {"id": ID}), CAT, Dossier())
    assert (added.kind, added.what, added.old, added.new) == ("新增", "政策文件", "（空）", "（空白记录）")
    deleted = describe_entry(entry(f"registers/policies/{ID}", record, None), CAT, Dossier())
    assert deleted.kind == "删除"
    assert deleted.what == "政策文件 › 关于加快5G发展的若干措施"
    assert deleted.old == ("文件名称：关于加快5G发展的若干措施；发文机关：滨江市人民政府；印发日期：2024年3月1日；"
                           "“5G+工业互联网”专项政策：是")
    no_internals(*vars(added).values(), *vars(deleted).values())


def test_undoing_an_addition_is_a_deletion_marked_as_undo():
    words = describe_entry(entry(f"registers/policies/{ID}", {"id": ID, "title": "甲"}, None, how="undo"), CAT)
    assert words.kind == "删除（撤销）"


def test_scenarios_and_categories_by_name_joined_with_the_chinese_comma():
    dossier = Dossier(registers={"factories": [Record(id=ID, values={"factory": "滨江1号智能工厂"})]})
    words = describe_entry(entry(f"registers/factories/{ID}/scenarios", ["collab_rnd_design"],
                                 ["collab_rnd_design", "remote_equipment_control"]), CAT, dossier)
    assert words.what == "应用“5G+工业互联网”的工厂 › 滨江1号智能工厂 › 典型应用场景"
    assert (words.kind, words.old, words.new) == ("修改", "协同研发设计", "协同研发设计、远程设备操控")
    category = describe_value(f"registers/titles/{ID}/category", "smart_manufacturing_demo", CAT)
    assert category == "智能制造试点示范项目"
    no_internals(*vars(words).values(), category)


def test_fields_targets_stage_and_attestations_in_words():
    ind = "infrastructure.private_network.coverage"
    assert describe_path(f"indicators/{ind}/targets/base_stations/2", CAT) == "2.1.1 5G网络覆盖率 › 目标：5G基站数 › 第2年"
    assert describe_value(f"indicators/{ind}/targets/base_stations/2", "27000", CAT) == "27000个"
    assert describe_value("meta/stage", "finalised", CAT) == "已定稿"
    attestation = describe_entry(entry("attestations/no_major_cyber_incident", None,
                                       {"affirmed": True, "person": "王五", "role": "局长", "date": "2024-05-06"}), CAT)
    assert attestation.what == "现场考察承诺 › 申报城市未发生重大网络安全事件"
    assert attestation.new == "承诺；王五（局长）；2024年5月6日"
    final = describe_entry(entry("meta/stage", "draft", "finalised", how="finalise", revision=2), CAT)
    assert (final.kind, final.what, final.old, final.new) == ("定稿", "第 2 版", "草稿", "已定稿")


def test_evidence_by_title_file_and_indicator_codes():
    item = {"id": ID, "sha256": "ab" * 32, "filename": "统计公报.pdf", "size": 2048, "title": "2023年统计公报",
            "number": "2-1", "indicators": ["infrastructure.private_network.coverage"]}
    words = describe_entry(entry(f"evidence/{ID}", None, item), CAT, Dossier())
    assert (words.kind, words.what) == ("新增", "证明材料 › 2023年统计公报")
    assert words.new == "2-1 2023年统计公报；文件：统计公报.pdf（2.0 KB）；关联指标：2.1.1"
    no_internals(*vars(words).values())


def test_dates_are_chinese_and_local():
    assert chinese_date("2024-03-01") == "2024年3月1日"
    text = chinese_datetime("2026-12-01T11:02:48+00:00")
    assert re.fullmatch(r"2026年12月1日 \d\d:\d\d", text)


def test_templates_go_through_the_translator():
    def english(context: str, text: str) -> str:
        return {"新增": "Added", "{year}年{month}月{day}日 {time}": "{year}-{month}-{day} {time}"}.get(text, text)

    words = describe_entry(entry(f"registers/policies/{ID}", None, {"id": ID}), CAT, tr=english)
    assert words.kind == "Added" and words.time.startswith("2026-12-1 ")
