"""Evidence (证明材料): the list, importing files, links to indicators, preview.

``EvidencePanel(doc, indicator_id)`` appears twice in the app: compact on
each indicator card (only that indicator's files; a drop links to it; the
strip says when a starred condition still has no evidence) and full-size on
the 「证明材料」 page (``indicator_id=None``: an indicator tree whose rows
are drop targets, every file, and an inline preview).

Importing runs on a worker (``app.ui.workers``) with progress and 取消:
into the dossier file with ``DossierFile.import_attachment`` when there is
one, else only hashed (the file stays where it is, and is previewed from
there).  The evidence item itself is added on the UI thread with
``edits.add_evidence``, so every import is one undo step.  A file already
attached (same SHA-256) is linked instead of added twice.
"""

from __future__ import annotations

import hashlib
import weakref
from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTemporaryDir, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSplitter, QTableView, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator, QVBoxLayout, QWidget,
)

from app.models import edits
from app.models.catalogue import Catalogue, Indicator
from app.models.dossier import EvidenceItem, new_id, now_iso
from app.ui import workers
from app.ui.preview import PreviewPane, guess_media_type

AnyIndex = QModelIndex | QPersistentModelIndex
CHUNK = 1 << 20
HINT_STYLE = "QLabel { color: #a12622; font-weight: bold; }"
MUTED_STYLE = "QLabel { color: #6b7280; }"


def human_size(size: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{size} B"


def missing_hint(indicator: Indicator, count: int) -> str:
    """What an indicator's strip says when it has no evidence ("" when nothing is missing)."""
    if count:
        return ""
    if indicator.starred:
        return QObject.tr("该不可偏离条件尚无证明材料")
    if indicator.evidence_required:
        return QObject.tr("该指标尚无证明材料（必附）")
    return ""


# -- where attachment bytes live ---------------------------------------------------------

class EvidenceStore:
    """Attachment bytes for one open dossier: its file, files imported this session, or ``<name>.evidence/``."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.sources: dict[str, Path] = {}         # sha256 -> original file (when there is no dossier file)
        self.temp = QTemporaryDir()

    def import_file(self, progress: workers.Progress, path: Path, done: int, total: int) -> tuple[str, int]:
        """(sha256, size) of ``path``, stored in the dossier file when there is one. Runs on a worker."""
        def report(bytes_done: int, _total: int) -> None:
            progress.report((done + bytes_done) >> 10, total >> 10)
        file = self.doc.file
        if file is not None and hasattr(file, "import_attachment"):
            return file.import_attachment(path, progress=report, cancel=lambda: progress.cancelled)
        digest, size = hashlib.sha256(), 0
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                progress.check()
                digest.update(chunk)
                size += len(chunk)
                report(size, total)
        sha = digest.hexdigest()
        self.sources[sha] = path
        return sha, size

    def local_path(self, item: EvidenceItem) -> Path | None:
        """A file on disk with the item's content (extracted to a private temp folder if needed)."""
        file = self.doc.file
        if file is not None and hasattr(file, "extract_blob"):
            target = Path(self.temp.path()) / f"{item.sha256}{Path(item.filename).suffix.lower()}"
            return target if target.exists() else file.extract_blob(item.sha256, target)
        source = self.sources.get(item.sha256)
        if source is not None and source.is_file() and source.stat().st_size == item.size:
            return source
        dossier_path = getattr(self.doc, "path", None)
        if dossier_path is not None:
            beside = Path(dossier_path).with_suffix(".evidence") / item.sha256
            if beside.is_file():
                return beside
        return None


_stores: "weakref.WeakKeyDictionary[Any, EvidenceStore]" = weakref.WeakKeyDictionary()


def evidence_store(doc: Any) -> EvidenceStore:
    if doc not in _stores:
        _stores[doc] = EvidenceStore(doc)
    return _stores[doc]


def import_files(parent: QWidget, doc: Any, paths: Iterable[Path], indicators: list[str],
                 on_done: Any = None) -> None:
    """Import files in the background (progress + 取消); add or link each one on the UI thread."""
    files = [Path(p) for p in paths if Path(p).is_file()]
    if not files:
        return
    store = evidence_store(doc)

    def work(progress: workers.Progress) -> list[tuple[Path, str, int]]:
        total = sum(p.stat().st_size for p in files) or 1
        results, done = [], 0
        for path in files:
            progress.check()
            sha, size = store.import_file(progress, path, done, total)
            results.append((path, sha, size))
            done += size
        return results

    def finished(results: list[tuple[Path, str, int]]) -> None:
        for path, sha, size in results:
            add_or_link(doc, path, sha, size, indicators)
        if on_done:
            on_done(len(results))

    def failed(exc: BaseException) -> None:
        if type(exc).__name__ in ("ImportCancelled", "Cancelled"):
            return
        from app.ui.dialogs import report_exception
        report_exception(parent, exc, action=QObject.tr("添加证明材料"))

    label = QObject.tr("正在添加 {n} 个文件……").format(n=len(files))
    workers.run_with_progress(parent, label, work, on_result=finished, on_error=failed)


def add_or_link(doc: Any, path: Path, sha: str, size: int, indicators: list[str]) -> None:
    existing = next((e for e in doc.dossier.evidence if e.sha256 == sha), None)
    if existing is not None:
        wanted = list(dict.fromkeys(existing.indicators + indicators))
        if wanted != existing.indicators:
            edits.update_evidence(doc.session, existing.id, indicators=wanted)
        return
    item = EvidenceItem(id=new_id(), sha256=sha, filename=path.name, size=size, title=path.stem,
                        media_type=guess_media_type(path.name), indicators=list(indicators), added_at=now_iso())
    edits.add_evidence(doc.session, item)


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


# -- the list -----------------------------------------------------------------------------

class EvidenceListModel(QAbstractTableModel):
    """Evidence items (optionally only those linked to one indicator); number and title edit in place."""

    NUMBER, TITLE, FILENAME, SIZE, LINKS = range(5)

    def __init__(self, doc: Any, indicator_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.indicator_id = indicator_id
        self.items: list[EvidenceItem] = self._select()
        doc.changed.connect(self._on_changed)

    def set_indicator(self, indicator_id: str | None) -> None:
        self.beginResetModel()
        self.indicator_id = indicator_id
        self.items = self._select()
        self.endResetModel()

    def _select(self) -> list[EvidenceItem]:
        return [e for e in self.doc.dossier.evidence if self.indicator_id is None or self.indicator_id in e.indicators]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("编号"), self.tr("标题"), self.tr("文件"), self.tr("大小"), self.tr("关联指标")][section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in (self.NUMBER, self.TITLE) else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        catalogue: Catalogue = self.doc.catalogue
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return item.number
            if column == self.TITLE:
                return item.title
            if column == self.FILENAME:
                return item.filename
            if column == self.SIZE:
                return human_size(item.size)
            return "、".join(catalogue.indicator(i).code for i in item.indicators if _known(catalogue, i)) \
                or (self.tr("未关联") if role == Qt.ItemDataRole.DisplayRole else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LINKS:
                return "\n".join(f"{catalogue.indicator(i).code} {catalogue.indicator(i).name}"
                                 for i in item.indicators if _known(catalogue, i)) or self.tr("尚未关联任何指标")
            if column == self.NUMBER:
                return self.tr("证明材料编号，例如 2-1；双击修改")
            return f"{item.title}\n{item.filename}（{human_size(item.size)}）"
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LINKS and not item.indicators:
            return QBrush(QColor("#a12622"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (self.NUMBER, self.TITLE):
            return False
        item = self.items[index.row()]
        text = str(value or "").strip()
        if index.column() == self.TITLE and not text:
            return False                       # a title is needed in the list of evidence
        key = "number" if index.column() == self.NUMBER else "title"
        self.doc.session.break_merge()
        edits.update_evidence(self.doc.session, item.id, **{key: text})
        self.doc.session.break_merge()
        return True

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind == "evidence" for c in changes):
            self.beginResetModel()
            self.items = self._select()
            self.endResetModel()


def _known(catalogue: Catalogue, indicator_id: str) -> bool:
    try:
        catalogue.indicator(indicator_id)
    except KeyError:
        return False
    return True


# -- drop targets ---------------------------------------------------------------------------

class FileDropTarget:
    """Accept drags that carry local files; ``files_were_dropped(paths)`` handles the drop."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_were_dropped(paths)

    def files_were_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError


class EvidenceTable(FileDropTarget, QTableView):
    """The evidence list; files dropped on it are imported, Delete removes the selection."""

    files_dropped = Signal(list)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)

    def files_were_dropped(self, paths: list[Path]) -> None:
        self.files_dropped.emit(paths)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class IndicatorTree(QTreeWidget):
    """Sections and their indicators with evidence counts; each indicator row is a drop target."""

    files_dropped = Signal(list, str)      # paths, indicator id

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("指标"), self.tr("份数")])
        self.setAcceptDrops(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.all_item = QTreeWidgetItem(self, [self.tr("全部证明材料"), ""])
        self.all_item.setData(0, Qt.ItemDataRole.UserRole, "")
        self.items: dict[str, QTreeWidgetItem] = {}
        for section in catalogue.sections:
            top = QTreeWidgetItem(self, [f"{section.code} {section.name}", ""])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for indicator in section.indicators:
                star = "★ " if indicator.starred else ""
                child = QTreeWidgetItem(top, [f"{star}{indicator.code} {indicator.name}", ""])
                child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
                child.setToolTip(0, f"{indicator.code} {indicator.name}")
                self.items[indicator.id] = child
        self.expandAll()

    def indicator_at(self, event: QDropEvent | QDragMoveEvent) -> str:
        item = self.itemAt(event.position().toPoint())
        return str(item.data(0, Qt.ItemDataRole.UserRole) or "") if item is not None else ""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if dropped_paths(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_paths(event) and self.indicator_at(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths, indicator = dropped_paths(event), self.indicator_at(event)
        if paths and indicator:
            event.acceptProposedAction()
            self.files_dropped.emit(paths, indicator)


class IndicatorLinkDialog(QDialog):
    """Choose the indicators one evidence item supports (a checkable tree)."""

    def __init__(self, catalogue: Catalogue, checked: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关联指标"))
        self.resize(560, 620)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        wanted = set(checked)
        for section in catalogue.sections:
            top = QTreeWidgetItem(self.tree, [f"{section.code} {section.name}"])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            for indicator in section.indicators:
                star = "★ " if indicator.starred else ""
                child = QTreeWidgetItem(top, [f"{star}{indicator.code} {indicator.name}"])
                child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if indicator.id in wanted else Qt.CheckState.Unchecked)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选这份材料所证明的指标（可多选）：")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        ids = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, Qt.ItemDataRole.UserRole) and item.checkState(0) == Qt.CheckState.Checked:
                ids.append(item.data(0, Qt.ItemDataRole.UserRole))
            iterator += 1
        return ids

    def set_checked(self, indicator_id: str, checked: bool) -> None:
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, Qt.ItemDataRole.UserRole) == indicator_id:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            iterator += 1


def choose_indicators(parent: QWidget, catalogue: Catalogue, checked: list[str]) -> list[str] | None:
    """Run the link dialog; None when cancelled (tests replace this function)."""
    dialog = IndicatorLinkDialog(catalogue, checked, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_files(parent: QWidget) -> list[Path]:
    """The 「添加文件…」 dialog (tests replace this function)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, QObject.tr("添加证明材料"), "",
        QObject.tr("常见材料 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;所有文件 (*)"))
    return [Path(n) for n in names]


class PreviewDialog(QDialog):
    """The preview in its own window (from an indicator card, where there is no room inline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预览证明材料"))
        self.resize(760, 900)
        self.pane = PreviewPane(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)


# -- the panel ------------------------------------------------------------------------------

class EvidencePanel(FileDropTarget, QWidget):
    """Evidence of one indicator (compact, on its card) or of the whole dossier (``indicator_id=None``)."""

    def __init__(self, doc: Any, indicator_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.indicator_id = indicator_id
        self.indicator = doc.catalogue.indicator(indicator_id) if indicator_id else None
        self.store = evidence_store(doc)
        self.model = EvidenceListModel(doc, indicator_id, self)
        self.table = EvidenceTable(self)
        self.table.setObjectName("evidence-list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EvidenceListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((EvidenceListModel.NUMBER, 56), (EvidenceListModel.FILENAME, 170),
                              (EvidenceListModel.SIZE, 76), (EvidenceListModel.LINKS, 96)):
            header.resizeSection(column, width)
        self.table.verticalHeader().setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        self.setFocusProxy(self.table)

        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.link_button = QPushButton(self.tr("关联指标…"), self)
        self.remove_button = QPushButton(self.tr("移除"), self)
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.add_button.clicked.connect(self.add_files)
        self.link_button.clicked.connect(self.link_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.preview_button.clicked.connect(self.preview_selected)
        self.hint = QLabel(self)
        self.hint.setObjectName("evidence-hint")
        self.count_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.hint, 1)
        for button in (self.add_button, self.link_button, self.remove_button, self.preview_button):
            buttons.addWidget(button)

        self.tree: IndicatorTree | None = None
        self.preview: PreviewPane | None = None
        self.dialog: PreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if indicator_id is None:
            self.tree = IndicatorTree(doc.catalogue, self)
            self.tree.files_dropped.connect(lambda paths, ind: self.import_paths(paths, [ind]))
            self.tree.currentItemChanged.connect(self._on_tree_current)
            self.preview = PreviewPane(self)
            self.preview_button.hide()
            centre = QWidget(self)
            centre_layout = QVBoxLayout(centre)
            centre_layout.setContentsMargins(0, 0, 0, 0)
            centre_layout.addLayout(buttons)
            centre_layout.addWidget(self.table, 1)
            splitter = QSplitter(Qt.Orientation.Horizontal, self)
            for widget in (self.tree, centre, self.preview):
                splitter.addWidget(widget)
            splitter.setStretchFactor(0, 2)
            splitter.setStretchFactor(1, 4)
            splitter.setStretchFactor(2, 3)
            splitter.setSizes([300, 560, 420])
            layout.addWidget(splitter, 1)
        else:
            self.setAcceptDrops(True)                    # anywhere on the card's panel links to its indicator
            self.table.setAcceptDrops(False)
            self.drop_hint = QLabel(self.tr("将文件拖放到这里，或点击“添加文件…”"), self)
            self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.drop_hint.setStyleSheet("QLabel { color: #6b7280; border: 1px dashed #b8bec7; "
                                         "border-radius: 4px; padding: 10px; }")
            layout.addLayout(buttons)
            layout.addWidget(self.drop_hint)
            layout.addWidget(self.table)
            layout.addStretch(1)
        self.table.files_dropped.connect(lambda paths: self.import_paths(paths, self._drop_indicators()))
        self.table.remove_requested.connect(self.remove_selected)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self._refresh)
        doc.changed.connect(self._on_changed)
        doc.focus_requested.connect(self._on_focus_requested)
        self._refresh()

    # -- importing ----------------------------------------------------------------------------
    def add_files(self) -> None:
        self.import_paths(open_files(self), self._drop_indicators())

    def import_paths(self, paths: list[Path], indicators: list[str]) -> None:
        import_files(self, self.doc, paths, [i for i in indicators if i])

    def _drop_indicators(self) -> list[str]:
        return [self.model.indicator_id] if self.model.indicator_id else []

    def files_were_dropped(self, paths: list[Path]) -> None:
        self.import_paths(paths, self._drop_indicators())

    # -- actions on the selection ---------------------------------------------------------
    def selected_items(self) -> list[EvidenceItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows if r < len(self.model.items)]

    def select_item(self, evidence_id: str) -> None:
        row = next((i for i, e in enumerate(self.model.items) if e.id == evidence_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def remove_selected(self) -> None:
        """Remove the selection (undoable); on a card, an item other indicators use is only unlinked."""
        for item in self.selected_items():
            others = [i for i in item.indicators if i != self.indicator_id]
            if self.indicator_id and others:
                edits.update_evidence(self.doc.session, item.id, indicators=others)
            else:
                edits.remove_evidence(self.doc.session, item.id)

    def link_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        current = list(dict.fromkeys(i for item in items for i in item.indicators))
        chosen = choose_indicators(self, self.doc.catalogue, current)
        if chosen is None:
            return
        for item in items:
            if chosen != item.indicators:
                edits.update_evidence(self.doc.session, item.id, indicators=chosen)

    def preview_selected(self) -> None:
        items = self.selected_items()
        if not items:
            return
        if self.preview is None:
            if self.dialog is None:
                self.dialog = PreviewDialog(self)
            self.dialog.show()
            self.dialog.raise_()
        self.show_preview(items[0])

    def show_preview(self, item: EvidenceItem) -> None:
        pane = self.preview if self.preview is not None else (self.dialog.pane if self.dialog else None)
        if pane is None:
            return
        label = " ".join(x for x in (item.number, item.title) if x) or item.filename
        try:
            path = self.store.local_path(item)
        except Exception as exc:   # noqa: BLE001 - a damaged attachment is shown, not raised
            pane.clear(self.tr("无法读取“{name}”：{error}").format(name=item.filename, error=exc))
            return
        if path is None:
            pane.clear(self.tr("找不到“{name}”的内容（文件未随申报一同保存）").format(name=item.filename))
            return
        pane.show_path(path, media_type=item.media_type, title=label)
        pane.title.setToolTip(item.filename)

    # -- refreshing ---------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.preview is not None and current.isValid() and current.row() < len(self.model.items):
            self.show_preview(self.model.items[current.row()])

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == EvidenceListModel.LINKS:
            self.link_selected()
        elif index.column() in (EvidenceListModel.FILENAME, EvidenceListModel.SIZE):
            self.preview_selected()

    def _on_tree_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        indicator = str(current.data(0, Qt.ItemDataRole.UserRole) or "") if current is not None else ""
        self.model.set_indicator(indicator or None)

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind == "evidence" for c in changes):
            self._refresh()

    def _refresh(self) -> None:
        evidence = self.doc.dossier.evidence
        shown = len(self.model.items)
        has_items = shown > 0
        for button in (self.link_button, self.remove_button, self.preview_button):
            button.setEnabled(has_items)
        if self.indicator is not None:
            self.count_label.setText(self.tr("已附 {n} 份").format(n=shown))
            hint = missing_hint(self.indicator, shown)
            if hint:
                self.hint.setText(("★ " if self.indicator.starred else "") + hint)
                self.hint.setStyleSheet(HINT_STYLE)
            else:
                recommended = self.indicator.evidence_recommended and not shown
                self.hint.setText(self.tr("建议附证明材料") if recommended else "")
                self.hint.setStyleSheet(MUTED_STYLE)
            self.drop_hint.setVisible(not has_items)
            self.table.setVisible(has_items)
            self.setFocusProxy(self.table if has_items else self.add_button)
            rows = min(max(shown, 1), 6)
            self.table.setFixedHeight(self.table.horizontalHeader().height() + rows
                                      * self.table.verticalHeader().defaultSectionSize() + 4)
        else:
            self.count_label.setText(self.tr("共 {n} 份证明材料").format(n=len(evidence)) if self.model.indicator_id is None
                                     else self.tr("所选指标 {n} 份（共 {total} 份）").format(n=shown, total=len(evidence)))
            missing = [ind for ind in self.doc.catalogue.indicators()
                       if missing_hint(ind, len(self.doc.dossier.evidence_for(ind.id)))]
            self.hint.setText(self.tr("{n} 项必附指标尚无材料").format(n=len(missing)) if missing else "")
            self.hint.setStyleSheet(HINT_STYLE)
            self._refresh_tree()

    def _refresh_tree(self) -> None:
        assert self.tree is not None
        for indicator_id, item in self.tree.items.items():
            indicator = self.doc.catalogue.indicator(indicator_id)
            count = len(self.doc.dossier.evidence_for(indicator_id))
            hint = missing_hint(indicator, count)
            item.setText(1, str(count) if count else ("缺" if hint else ""))
            item.setForeground(1, QBrush(QColor("#a12622" if hint else "#1f2937")))
            item.setToolTip(1, hint or self.tr("已附 {n} 份").format(n=count))
        self.tree.all_item.setText(1, str(len(self.doc.dossier.evidence)))

    def _on_focus_requested(self, jump: Any) -> None:
        if getattr(jump, "part", "") != "evidence":
            return
        if self.indicator_id is not None:
            if jump.indicator_id == self.indicator_id:
                self.table.setFocus(Qt.FocusReason.OtherFocusReason) if self.model.items \
                    else self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.isVisible() and self.tree is not None:
            item = self.tree.items.get(jump.indicator_id)
            if item is not None:
                self.tree.setCurrentItem(item)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
