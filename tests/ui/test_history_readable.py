"""修改历史 as an official reads it: names, kinds, Chinese dates, the author from the settings; no ids, no JSON."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.models import edits, lifecycle
from app.models.storage import DossierFile
from app.models.storage.workspace import new_dossier
from app.ui import application
from app.ui import settings as prefs
from app.ui.history_dialog import HistoryDialog


def test_the_history_dialog_speaks_words(tmp_path, qtbot):
    prefs.settings().set(prefs.AUTHOR_NAME, "李明")
    path = tmp_path / "滨海市.pzd"
    DossierFile.create(path, new_dossier("滨海市", "江苏省")).close()
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    doc = window.doc
    policy = edits.add_record(doc.session, doc.catalogue, "policies", {"title": "关于加快5G发展的若干措施"})
    edits.remove_records(doc.session, doc.catalogue, "policies", [policy.id])      # within the autosave window
    factory = edits.add_record(doc.session, doc.catalogue, "factories", {"factory": "滨海1号智能工厂"})
    edits.set_cell(doc.session, doc.catalogue, "factories", factory.id, "scenarios",
                   ["machine_vision_inspection", "equipment_fault_diagnosis"])
    edits.add_record(doc.session, doc.catalogue, "titles", {"category": "smart_manufacturing_demo"})
    lifecycle.finalise(doc.session, note="报省审核稿")
    doc.flush()

    dialog = HistoryDialog(doc, window)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    kinds = [row[2] for row in rows]
    assert kinds[0] == "定稿" and rows[0][3] == "第 1 版" and (rows[0][4], rows[0][5]) == ("草稿", "已定稿")
    assert {"新增", "删除", "修改"} <= set(kinds)
    added = [row for row in rows if row[2] == "新增" and row[3].startswith("政策文件")]
    deleted = [row for row in rows if row[2] == "删除" and row[3].startswith("政策文件")]
    assert len(added) == 1 and len(deleted) == 1                            # both, though a moment apart
    assert deleted[0][3] == "政策文件 › 关于加快5G发展的若干措施"
    assert deleted[0][4] == "文件名称：关于加快5G发展的若干措施" and deleted[0][5] == "（空）"
    scenarios = next(row for row in rows if row[3].endswith("典型应用场景"))
    assert scenarios[3] == "应用“5G+工业互联网”的工厂 › 滨海1号智能工厂 › 典型应用场景"
    assert scenarios[5] == "机器视觉质检、设备故障诊断"
    title = next(row for row in rows if row[3].startswith("部级及以上相关称号"))
    assert title[5] == "称号类别：智能制造试点示范项目"
    assert {row[1] for row in rows} == {"李明"}                              # not the OS account
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d", row[0]) for row in rows)
    everything = " ".join(" ".join(row) for row in rows)
    assert policy.id not in everything and factory.id not in everything
    assert not re.search(r"[{}\[\]]|null|machine_vision|registers/", everything)
    whole = model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert whole == rows[0][3]                                              # a cut cell has it whole in the tooltip
    window.close()
