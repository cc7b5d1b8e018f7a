"""EvidencePanel: dropping files, links, inline edits, removal with undo, previews."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

import app.ui.evidence as evidence_module
from app.models.dossier import Dossier
from app.ui.evidence import EvidencePanel
from app.ui.evidence_list import EvidenceListModel
from app.ui.indicator_picker import IndicatorLinkDialog
from app.ui.preview import PreviewPane

pytestmark = pytest.mark.gui

SPECIAL = "policy.special.special_policies"
COVERAGE = "infrastructure.private_network.coverage"


def drop(widget, paths: list[Path], pos: QPoint | None = None) -> QDropEvent:
    """Drag files over ``widget`` and drop them, as a file manager would (enter, move, drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = pos if pos is not None else widget.rect().center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)    # PySide marks the QPoint constructors
        enter = QDragEnterEvent(point, *args)
        move = QDragMoveEvent(point, *args)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    QApplication.sendEvent(widget, move)
    assert move.isAccepted(), "the widget refused the drop position"
    event = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(widget, event)
    return event


def test_drop_on_an_indicator_panel_adds_and_links(qtbot, empty_doc, sync_workers, small_pdf):
    panel = EvidencePanel(empty_doc, SPECIAL)
    qtbot.addWidget(panel)
    panel.show()
    assert "该不可偏离条件尚无证明材料" in panel.hint.text()
    drop(panel, [small_pdf])
    (item,) = empty_doc.dossier.evidence
    assert item.indicators == [SPECIAL]
    assert item.filename == "批复文件.pdf" and item.title == "批复文件" and item.size == small_pdf.stat().st_size
    assert item.media_type == "application/pdf"
    assert panel.model.rowCount() == 1
    assert panel.hint.text() == ""
    panel.select_item(item.id)
    panel.remove_selected()
    assert empty_doc.dossier.evidence == []
    assert "尚无证明材料" in panel.hint.text()
    empty_doc.session.undo()
    assert [e.id for e in empty_doc.dossier.evidence] == [item.id]
    assert panel.model.rowCount() == 1


def test_same_file_twice_is_linked_not_duplicated(qtbot, empty_doc, sync_workers, small_pdf):
    first = EvidencePanel(empty_doc, SPECIAL)
    second = EvidencePanel(empty_doc, COVERAGE)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    drop(first, [small_pdf])
    drop(second, [small_pdf])
    (item,) = empty_doc.dossier.evidence
    assert item.indicators == [SPECIAL, COVERAGE]
    assert "与已有的证明材料“批复文件”内容相同" in _import_report(second)
    assert second.model.rowCount() == 1
    # removing it from one card only unlinks it there
    second.select_item(item.id)
    second.remove_selected()
    assert empty_doc.dossier.evidence[0].indicators == [SPECIAL]


def test_drop_on_an_indicator_row_of_the_full_page(qtbot, empty_doc, sync_workers, small_png):
    panel = EvidencePanel(empty_doc)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    target = tree.items[COVERAGE]
    tree.scrollToItem(target)
    assert target.text(1) == "缺"
    drop(tree.viewport(), [small_png], tree.visualItemRect(target).center())
    (item,) = empty_doc.dossier.evidence
    assert item.indicators == [COVERAGE]
    assert target.text(1) == "1"
    assert panel.model.rowCount() == 1          # the full page lists everything


def test_inline_number_and_title_edits_are_undoable(qtbot, example_doc):
    model = EvidenceListModel(example_doc, None)
    first = example_doc.dossier.evidence[0]
    assert model.setData(model.index(0, model.NUMBER), "1-1")
    assert model.setData(model.index(0, model.TITLE), "滨江市专项政策文件汇编")
    assert example_doc.dossier.evidence[0].number == "1-1"
    assert model.index(0, model.TITLE).data() == "滨江市专项政策文件汇编"
    assert not model.setData(model.index(0, model.TITLE), "  ")       # a title cannot be blank
    example_doc.session.undo()
    assert example_doc.dossier.evidence[0].title == first.title
    example_doc.session.undo()
    assert example_doc.dossier.evidence[0].number == ""


def test_link_to_more_indicators(qtbot, example_doc, monkeypatch):
    panel = EvidencePanel(example_doc)
    qtbot.addWidget(panel)
    item = example_doc.dossier.evidence[0]
    before = list(item.indicators)
    assert SPECIAL in before and COVERAGE not in before
    dialog = IndicatorLinkDialog(example_doc.catalogue, item.indicators)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == item.indicators
    dialog.set_checked(COVERAGE, True)
    chosen = dialog.chosen()
    assert chosen == before + [COVERAGE]
    monkeypatch.setattr(evidence_module, "choose_indicators", lambda parent, catalogue, checked: chosen)
    panel.select_item(item.id)
    panel.link_selected()
    assert example_doc.dossier.evidence[0].indicators == before + [COVERAGE]
    example_doc.session.undo()
    assert example_doc.dossier.evidence[0].indicators == before


def test_pdf_preview_reports_pages(qtbot, small_pdf):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    assert pane.show_path(small_pdf)
    assert pane.mode == "pdf" and pane.page_count == 2
    assert "共 2 页" in pane.pages_label.text()
    assert pane.show_bytes(small_pdf.read_bytes(), filename="附件.pdf")
    assert pane.page_count == 2


def test_image_preview_shows_png(qtbot, small_png):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(400, 400)
    pane.show()
    assert pane.show_path(small_png)
    assert pane.mode == "image"
    assert pane.image.image().size().width() == 320
    assert not pane.image.pixmap().isNull()


def test_broken_and_unknown_files_are_explained(qtbot, tmp_path):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    broken = tmp_path / "坏文件.pdf"
    broken.write_bytes(b"not a pdf")
    assert not pane.show_path(broken)
    assert pane.mode == "error" and "无法打开" in pane.message.text()
    other = tmp_path / "说明.docx"
    other.write_bytes(b"PK")
    assert not pane.show_path(other)
    assert pane.mode == "other" and ".docx" in pane.message.text()


def test_full_page_previews_example_evidence(qtbot, example_doc):
    panel = EvidencePanel(example_doc)
    qtbot.addWidget(panel)
    panel.select_item(example_doc.dossier.evidence[0].id)
    assert panel.preview.mode == "pdf" and panel.preview.page_count >= 1


def test_import_into_a_dossier_file_and_preview_from_it(qtbot, tmp_path, sync_workers, small_pdf):
    storage = pytest.importorskip("app.models.storage")
    file = storage.DossierFile.create(tmp_path / "申报.pzd", Dossier())
    from app.ui.open_dossier import OpenDossier
    doc = OpenDossier.from_file(file)
    try:
        panel = EvidencePanel(doc)
        qtbot.addWidget(panel)
        panel.import_paths([small_pdf], [SPECIAL])
        (item,) = doc.dossier.evidence
        assert file.has_blob(item.sha256)
        small_pdf.unlink()                               # the preview must come from the dossier file
        panel.select_item(item.id)
        assert panel.preview.mode == "pdf" and panel.preview.page_count == 2
    finally:
        doc.close()


# -- what an import says about the files it did not simply add ---------------------------------------------

def _import_report(panel):
    """The message the last evidence import on ``panel`` left on screen (it is window-modal, not blocking)."""
    from PySide6.QtWidgets import QMessageBox
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "evidence-import-report" and w.isVisible()
             and w.parent() is panel]
    assert boxes, "the import said nothing"
    box = boxes[-1]
    text = box.text() + "\n" + box.informativeText()
    box.close()
    return text


@pytest.fixture
def file_doc(qapp, tmp_path):
    storage = pytest.importorskip("app.models.storage")
    from app.ui.open_dossier import OpenDossier
    file = storage.DossierFile.create(tmp_path / "申报.pzd", Dossier())
    doc = OpenDossier.from_file(file)
    yield doc
    doc.close()


def _blob_count(doc) -> int:
    import sqlite3
    with sqlite3.connect(doc.file.path) as conn:
        return conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0]


def test_a_file_with_the_content_of_one_already_attached_is_stored_once_and_the_user_told(
        qtbot, tmp_path, sync_workers, small_pdf, file_doc):
    panel = EvidencePanel(file_doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.import_paths([small_pdf], [SPECIAL])
    copy = tmp_path / "复印件" / "批复文件（扫描）.pdf"
    copy.parent.mkdir()
    copy.write_bytes(small_pdf.read_bytes())
    panel.import_paths([copy], [COVERAGE])
    (item,) = file_doc.dossier.evidence
    assert item.indicators == [SPECIAL, COVERAGE]             # linked, not added a second time
    assert _blob_count(file_doc) == 1
    text = _import_report(panel)
    assert "批复文件（扫描）.pdf" in text and "与已有的证明材料“批复文件”内容相同" in text
    # two copies in one batch: one item, and the second named
    other = tmp_path / "现场.txt"
    other.write_text("现场照片说明", encoding="utf-8")
    twin = tmp_path / "现场（副本）.txt"
    twin.write_text("现场照片说明", encoding="utf-8")
    panel.import_paths([other, twin], [])
    assert [e.filename for e in file_doc.dossier.evidence] == ["批复文件.pdf", "现场.txt"]
    assert "现场（副本）.txt" in _import_report(panel)


def test_files_that_cannot_be_added_are_named_and_the_rest_of_the_batch_is_added(
        qtbot, tmp_path, sync_workers, small_pdf, small_png, file_doc):
    empty = tmp_path / "空白扫描.pdf"
    empty.write_bytes(b"")
    bell = tmp_path / "通知\a.pdf"
    bell.write_bytes(b"%PDF-1.4 bell")
    gone = tmp_path / "已删除.pdf"                # chosen in the dialog, gone before the import reads it
    panel = EvidencePanel(file_doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.import_paths([small_pdf, empty, bell, gone, small_png], [SPECIAL])
    assert [e.filename for e in file_doc.dossier.evidence] == ["批复文件.pdf", "现场照片.png"]
    assert _blob_count(file_doc) == 2                           # nothing stored for the files refused
    text = _import_report(panel)
    assert "3 个文件未添加" in text
    assert "空白扫描.pdf：文件是空的（0 字节）" in text
    assert "通知" in text and "控制字符" in text
    assert "已删除.pdf：找不到该文件" in text
    file_doc.session.undo()                                     # the batch is one step per file added
    assert [e.filename for e in file_doc.dossier.evidence] == ["批复文件.pdf"]


def test_an_import_with_nothing_unusual_says_nothing(qtbot, sync_workers, small_pdf, file_doc):
    from PySide6.QtWidgets import QMessageBox
    panel = EvidencePanel(file_doc)
    qtbot.addWidget(panel)
    panel.import_paths([small_pdf], [])
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is panel]


def test_titles_keep_their_beginning_when_the_column_is_narrow(qtbot, example_doc):
    """Six titles 「滨江市发展政策证明材料汇编」… all showed as 「滨江市…料汇编」: the title is cut at its end,
    the file name keeps its end (.pdf)."""
    from PySide6.QtWidgets import QStyleOptionViewItem
    panel = EvidencePanel(example_doc)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.table.setColumnWidth(EvidenceListModel.TITLE, 110)
    modes = {}
    for column in (EvidenceListModel.TITLE, EvidenceListModel.FILENAME):
        index = panel.model.index(0, column)
        option = QStyleOptionViewItem()
        option.initFrom(panel.table)
        option.textElideMode = panel.table.textElideMode()
        panel.table.itemDelegateForIndex(index).initStyleOption(option, index)
        modes[column] = option.textElideMode
    assert modes == {EvidenceListModel.TITLE: Qt.TextElideMode.ElideRight,
                     EvidenceListModel.FILENAME: Qt.TextElideMode.ElideMiddle}
