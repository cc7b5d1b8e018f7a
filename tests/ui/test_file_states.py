"""A dossier held by another instance, a damaged file, history and 定稿: what the user is offered and sees."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import lifecycle
from app.models import edits
from app.models.catalogue import load_catalogue
from app.models.exchange import load_json_file
from app.models.operations import ReadOnlyDossier, SetMeta, SetNarrative
from app.models.storage import DossierFile, DossierFileError, read_dossier
from app.ui import application
from app.ui.history_dialog import HistoryDialog, HistoryModel
from tests.storage.damage import overwrite_root_page

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PROJECTS = "infrastructure.private_network.platform_projects"


@pytest.fixture
def answers(monkeypatch):
    """Answer every confirm() with the given value and record the questions; swallow message boxes."""
    asked: list[str] = []
    reply = {"value": True}

    def fake_confirm(parent, title, text, *, ok_text=None):
        asked.append(text)
        return reply["value"]

    monkeypatch.setattr("app.ui.dialogs.confirm", fake_confirm)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    return asked, reply


def make_pzd(tmp_path: Path, name: str = "binjiang") -> Path:
    path = tmp_path / f"{name}.pzd"
    DossierFile.create(path, load_json_file(EXAMPLES / "qingling-draft.json")).close()
    return path


def test_a_file_held_elsewhere_opens_read_only_on_request(tmp_path, qtbot, answers):
    asked, _ = answers
    path = make_pzd(tmp_path)
    holder = DossierFile.open(path)                       # another instance is editing it
    try:
        controller = application.AppController()
        controller.open_path(path)
        assert any("只读方式打开" in question for question in asked)
        window = controller.windows[0]
        qtbot.addWidget(window)
        assert "只读" in window.windowTitle() and window.save_label.text().startswith("只读")
        with pytest.raises(ReadOnlyDossier):
            edits.set_narrative(window.doc.session, window.doc.catalogue, PROJECTS, "不会被保存")
        window.close()
    finally:
        holder.close()
    assert read_dossier(path).answer(PROJECTS).narrative != "不会被保存"


def test_a_damaged_file_is_salvaged_into_a_new_file(tmp_path, qtbot, answers):
    asked, _ = answers
    path = make_pzd(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])           # truncated, as after a failed copy
    before = path.read_bytes()
    controller = application.AppController()
    controller.open_path(path)
    assert any("恢复到一个新文件" in q for q in asked)
    assert path.read_bytes() == before                     # the original is left untouched
    recovered = [p for p in tmp_path.glob("*.pzd") if p != path]
    assert recovered and "恢复" in recovered[0].name
    assert controller.windows, asked
    qtbot.addWidget(controller.windows[0])
    controller.windows[0].close()


@pytest.mark.parametrize("recover", [False, True])
def test_a_damaged_history_opens_the_dossier_then_offers_to_recover_it(tmp_path, qtbot, answers, recover):
    asked, reply = answers
    path = make_pzd(tmp_path)
    with DossierFile.open(path, author="张三") as f:
        edits.set_narrative(f.session, load_catalogue(f.dossier.catalogue_edition), PROJECTS, "已建成项目120个。")
    overwrite_root_page(path, "history", 8, 400, b"\xa5")     # a bad sector in the history
    reply["value"] = recover
    controller = application.AppController()
    controller.open_path(path)                      # the check of the history runs after the window is up
    assert "修改历史" in asked[0] and "恢复到一个新文件" in asked[0]
    assert len(asked) == (2 if recover else 1) and (not recover or "已恢复出" in asked[1])   # the salvage report
    recovered = [p for p in tmp_path.glob("*.pzd") if p != path]
    window = controller.windows[0]
    qtbot.addWidget(window)
    if recover:
        assert recovered and "恢复" in recovered[0].name and window.doc.path == recovered[0]
        assert window.doc.dossier.answer(PROJECTS).narrative == "已建成项目120个。"
    else:
        assert recovered == [] and window.doc.path == path     # still editing the original, told what is wrong
        assert "损坏" in window.statusBar().currentMessage()
        edits.set_narrative(window.doc.session, window.doc.catalogue, PROJECTS, "仍可编辑")
        window.doc.flush()
    window.close()
    if not recover:
        assert read_dossier(path).answer(PROJECTS).narrative == "仍可编辑"


def test_declining_leaves_the_home_window(tmp_path, qtbot, answers):
    _, reply = answers
    reply["value"] = False
    path = make_pzd(tmp_path)
    holder = DossierFile.open(path)
    try:
        controller = application.AppController()
        controller.open_path(path)
        assert controller.windows == [] and controller.home is not None
        qtbot.addWidget(controller.home)
    finally:
        holder.close()


def test_history_per_indicator_csv_and_changes_since_finalised(tmp_path, qtbot, answers, monkeypatch):
    path = make_pzd(tmp_path)
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    qtbot.addWidget(window)
    doc = window.doc
    edits.set_narrative(doc.session, doc.catalogue, PROJECTS, "已建成项目120个。")
    doc.flush()
    digest = lifecycle.finalise(doc.session, note="报省审核稿").content_hash
    edits.set_field(doc.session, doc.catalogue, PROJECTS, "built_projects", value="130")
    doc.flush()

    dialog = HistoryDialog(doc, window, indicator_id=PROJECTS)
    qtbot.addWidget(dialog)
    contents = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert contents and all(c.startswith("2.1.2 ") for c in contents)
    assert any(c.endswith("情况说明") for c in contents)
    assert any(dialog.model.index(r, 5).data() == "130个" for r in range(dialog.model.rowCount()))
    assert dialog.since.rowCount() == 0                # the snapshot is compared only when its tab is shown
    dialog.tabs.setCurrentIndex(1)
    since = [(dialog.since.item(r, 0).text(), dialog.since.item(r, 2).text()) for r in range(dialog.since.rowCount())]
    assert any("已申报建成项目数" in name and now == "130个" for name, now in since)
    assert "第 1 版" in dialog.since_label.text() and len(digest) == 64

    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export_csv()
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert len(rows) > 2
    window.close()


def open_history_of(tmp_path, qtbot, titles: list[str], page: int, monkeypatch):
    """A dossier whose title and 2.1.2 narrative were edited alternately (every edit its own history row),
    open in its window, with the history dialog over it reading ``page`` entries at a time."""
    path = make_pzd(tmp_path)
    with DossierFile.open(path, author="张三") as f:
        for i, title in enumerate(titles):
            f.session.do(SetMeta("title", f.dossier.title, title, "修改“方案标题”"), merge=False)
            f.session.do(SetNarrative(PROJECTS, f.dossier.answer(PROJECTS).narrative, f"第{i}版说明"), merge=False)
    monkeypatch.setattr(HistoryModel, "PAGE", page)
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    qtbot.addWidget(window)
    dialog = HistoryDialog(window.doc, window)
    qtbot.addWidget(dialog)
    return window, dialog


def test_a_long_history_opens_at_once_and_scrolls_down_to_the_first_change(tmp_path, qtbot, monkeypatch):
    titles = [f"方案标题第{i}稿" for i in range(1, 351)]
    window, dialog = open_history_of(tmp_path, qtbot, titles, 100, monkeypatch)
    dialog.show()
    qtbot.waitExposed(dialog)
    total = dialog.model.total
    assert total >= 700 and f"{total:,}" in dialog.count_label.text()
    assert dialog.model.rowCount() == 100                       # one page read, not the whole history
    assert dialog.model.index(0, 5).data() == "第349版说明"

    def scrolled_to_the_end() -> bool:
        dialog.history.scrollToBottom()                          # the view asks the model for the next page
        return dialog.model.rowCount() == total
    qtbot.waitUntil(scrolled_to_the_end, timeout=10000)
    new_titles = [dialog.model.index(r, 5).data() for r in range(total) if dialog.model.index(r, 3).data() == "方案标题"]
    assert new_titles == titles[::-1]                           # every edit once, newest first

    dialog.scope.setCurrentIndex(dialog.scope.findData(f"indicators/{PROJECTS}"))
    assert dialog.model.total == 350 and dialog.model.rowCount() == 100
    assert "350" in dialog.count_label.text()
    window.close()


def test_a_history_page_that_cannot_be_read_keeps_the_rows_shown_and_says_why(tmp_path, qtbot, monkeypatch):
    window, dialog = open_history_of(tmp_path, qtbot, [f"标题{i}" for i in range(30)], 20, monkeypatch)
    assert dialog.model.rowCount() == 20

    def damaged(*args, **kwargs):
        raise DossierFileError("“binjiang.pzd”已损坏，无法读取修改历史。")
    monkeypatch.setattr(window.doc.file, "history_for", damaged)
    dialog.model.fetchMore()
    assert dialog.model.rowCount() == 20 and not dialog.model.canFetchMore()
    assert "已损坏" in dialog.count_label.text() and "出错" in dialog.count_label.text()

    dialog.count_label.clear()
    monkeypatch.setattr(window.doc.file, "history_count", damaged)
    dialog.scope.setCurrentIndex(dialog.scope.findData(f"indicators/{PROJECTS}"))   # no exception escapes
    assert dialog.model.rowCount() == 0 and "已损坏" in dialog.count_label.text()
    window.close()
