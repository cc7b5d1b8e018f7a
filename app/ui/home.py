"""The workspace home: every dossier in the workspace folder, and how far each is.

A sortable, searchable table (``DossierListModel`` behind a
``QSortFilterProxyModel``) with city/cities, file name (two dossiers of one
city are told apart by it), stage, starred conditions passed x/6, 完成度 and
last edit; actions to create, open, duplicate as a template, rename, archive
(「已归档（N）」 shows them, 取回 brings one back) and delete to the trash; recent files; 「打开示例」.  An empty workspace shows
a first-start guide instead of an empty table: 新建 / 打开示例 / 导入.
Activating a row (double-click or Enter) opens its dossier once.
Listing and file operations are the storage layer's ``Workspace``; this
module only asks and shows.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QMenu,
    QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from app.models.storage.summary import DossierSummary
from app.models.storage.workspace import Workspace
from app.translatable import Joined
from app.ui import settings as prefs
from app.ui.author import author_name
from app.ui.column_widths import ColumnFitter
from app.ui.dialogs import NewDossierDialog, ask_text, confirm, report_exception
from app.ui.pilot_home import lifecycle_columns, lifecycle_order, lifecycle_tooltip
from app.ui.screen_fit import fit_to_screen

log = logging.getLogger(__name__)

STAGE_LABELS = {"draft": "草稿", "finalised": "已定稿", "submitted": "已提交"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


def sample_path() -> Path:
    """The bundled example dossier 「滨江市」 (all six starred conditions met)."""
    return Path(__file__).resolve().parents[2] / "examples" / "binjiang.json"


def _short_time(text: str) -> str:
    """The last edit in the UI language's short date form (「2026/12/1 11:02」 in Chinese)."""
    from PySide6.QtCore import QDateTime, QLocale

    try:
        moment = datetime.fromisoformat(text).astimezone()
    except ValueError:
        return text
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class DossierListModel(QAbstractTableModel):
    """The workspace dossiers as table rows."""

    HEADERS = ("申报城市", "文件", "阶段", "不可偏离条件", "完成度", "最后编辑", "下一事项")
    CITY, FILE, STAGE, PASSED, COMPLETENESS, UPDATED, NEXT = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[DossierSummary] = []

    def set_entries(self, entries: list[DossierSummary]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self.entries[index.row()], index.column()
        name = Joined(tuple(entry.cities)).text(QCoreApplication.translate) or entry.name
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.problem:          # what is wrong, in the row itself (the whole text in its tooltip)
                reason = entry.problem.split("。")[0].replace(f"“{entry.path.name}”", "", 1)   # (the file column names it)
                return (name, entry.path.name, self.tr("无法读取"), "—", "—", "", reason)[column]
            stage, due = lifecycle_columns(entry)       # 试点第2年（2星）… and the next due item (app.ui.pilot_home)
            return (name, entry.path.name, stage, f"{entry.passed}/{entry.conditions}",
                    f"{round(entry.completeness * 100)}%", _short_time(entry.updated_at), due)[column]
        if role == SORT_ROLE:
            return (name, entry.path.name.lower(), lifecycle_order(entry), entry.passed, entry.completeness,
                    entry.updated_at, lifecycle_columns(entry)[1])[column]
        if role == PATH_ROLE:
            return str(entry.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.problem:
                return entry.problem
            if column in (self.STAGE, self.NEXT):
                return lifecycle_tooltip(entry) or None
            return str(entry.path) if column == self.FILE else (name if column == self.CITY else None)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PASSED and not entry.problem:
            return QBrush(QColor("#1b7f3b" if entry.passed == entry.conditions else "#c62828"))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FILE:
            return QBrush(QColor("#5f6368"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PASSED, self.COMPLETENESS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# translatable header texts (lupdate picks them up here)
def _headers_for_lupdate() -> None:
    DossierListModel.tr("申报城市"), DossierListModel.tr("文件"), DossierListModel.tr("阶段"), DossierListModel.tr("不可偏离条件")
    DossierListModel.tr("完成度"), DossierListModel.tr("最后编辑"), DossierListModel.tr("下一事项")
    DossierListModel.tr("草稿"), DossierListModel.tr("已定稿"), DossierListModel.tr("已提交")


class HomeWindow(QMainWindow):
    """The workspace home window."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("home_window")
        self.setWindowTitle(self.tr("工作区"))     # Qt adds 「 — 先导区申报助手」 (applicationDisplayName)
        self.model = DossierListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("dossier_list")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DossierListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # 申报城市 | 文件 | 阶段 | 不可偏离条件 | 完成度 | 最后编辑 | 下一事项: names and the next due item give way
        # first; the file takes the spare room.
        self.columns = ColumnFitter(self.table, "home", caps=[320, 420, 200, 160, 120, 200, 340],
                                    minimums=[140, 160, 10**6, 10**6, 10**6, 10**6, 180],
                                    priority=[0, 0, 1, 1, 1, 1, 0], grow=DossierListModel.FILE)
        self.model.modelReset.connect(self.columns.schedule)
        # ``activated`` is double-click (or a single click where the platform says so) and Enter: connecting
        # ``doubleClicked`` as well opened the dossier twice, the second time into a false 「已被打开」.
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("搜索城市、文件名、阶段…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.setCentralWidget(self._layout())
        fit_to_screen(self, 1200, 720)
        geometry = prefs.settings().get(prefs.HOME_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self.refresh()

    def _layout(self) -> QWidget:
        title = QLabel(self.tr("先导区申报助手"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        title.setFont(font)
        self.folder_label = QLabel()
        self.folder_label.setStyleSheet("color: #5f6368;")
        new = QPushButton(self.tr("新建申报…"))
        new.setDefault(True)
        new.clicked.connect(self.new_dossier)
        open_button = QPushButton(self.tr("打开…"))
        open_button.clicked.connect(self.open_file)
        sample = QPushButton(self.tr("打开示例"))
        sample.setToolTip(self.tr("打开“滨江市”示例申报（六项不可偏离条件全部满足）"))
        sample.clicked.connect(self.open_sample)
        verify = QPushButton(self.tr("验证申报包…"))
        verify.setToolTip(self.tr("收到申报包后，离线核验其完整性、签名和不可偏离条件记录"))
        verify.clicked.connect(self.verify_package)
        self.recent = QPushButton(self.tr("最近打开"))   # a push button's menu arrow has room of its own
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.recent.setMenu(self.recent_menu)
        self.row_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("duplicate", self.tr("复制为模板"), self.duplicate_selected),
                                ("rename", self.tr("重命名…"), self.rename_selected),
                                ("archive", self.tr("归档"), self.archive_selected),
                                ("delete", self.tr("删除"), self.delete_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.row_buttons[key] = button
        actions = QHBoxLayout()
        for widget in (new, open_button, sample, self.recent, verify):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.search)
        rows = QHBoxLayout()
        rows.addWidget(QLabel(self.tr("选中的申报：")))
        for button in self.row_buttons.values():
            rows.addWidget(button)
        self.archived_button = QPushButton()     # 「已归档（N）」: the list shows the archived dossiers instead
        self.archived_button.setObjectName("show_archived")
        self.archived_button.setCheckable(True)
        self.archived_button.setToolTip(self.tr("显示已归档的申报，可以取回到工作区"))
        self.archived_button.toggled.connect(lambda _on: self.refresh())
        rows.addSpacing(16)
        rows.addWidget(self.archived_button)
        rows.addStretch(1)
        note = QLabel(self.tr("完成度只反映材料填写情况，不代表评审得分。"))
        note.setStyleSheet("color: #5f6368;")
        rows.addWidget(note)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(rows)
        self.guide = self._first_start_guide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.guide)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.folder_label)
        layout.addLayout(actions)
        from app.ui.merge_notice import CopiesNotice
        self.copies_notice = CopiesNotice(body)
        self.copies_notice.merge_requested.connect(self.merge_copies)
        layout.addWidget(self.copies_notice)
        layout.addWidget(self.pages, 1)
        return body

    def _first_start_guide(self) -> QWidget:
        """What an empty workspace shows: three ways to begin, each saying what it does."""
        guide = QWidget()
        guide.setObjectName("first_start_guide")
        heading = QLabel(self.tr("工作区里还没有申报材料。从这里开始："))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        self.guide_buttons: dict[str, QPushButton] = {}
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for key, text, note, slot in (
                ("new", self.tr("新建申报…"), self.tr("为本市（或联合申报的几个城市）建立一份新的申报材料，"
                                                   "按评审指标逐项填写，随时看到六项不可偏离条件是否满足。"),
                 self.new_dossier),
                ("sample", self.tr("打开示例"), self.tr("打开“滨江市”示例：一份六项不可偏离条件全部满足的完整申报，"
                                                   "可以先看看各部分应当怎样填写。"), self.open_sample),
                ("import", self.tr("导入…"), self.tr("导入他人发来的申报材料：交换文件（.json）导入为"
                                                  "工作区中的一份副本，原文件不变；申报文件（.pzd）直接打开。"), self.open_file)):
            card = QFrame()
            card.setObjectName("guide_card")
            card.setStyleSheet("QFrame#guide_card { border: 1px solid #d9dde3; border-radius: 6px; "
                               "background: palette(base); }")
            button = QPushButton(text)
            button.setObjectName(f"guide_{key}")
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
            self.guide_buttons[key] = button
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("color: #5f6368;")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(16, 16, 16, 16)
            inner.addWidget(button)
            inner.addWidget(label)
            inner.addStretch(1)
            cards.addWidget(card, 1)
        layout = QVBoxLayout(guide)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addLayout(cards)
        layout.addStretch(1)
        return guide

    # -- data -------------------------------------------------------------------------------
    @property
    def workspace(self) -> Path:
        return prefs.settings().workspace_dir()

    def workspace_api(self) -> Workspace:
        return Workspace(self.workspace)

    def refresh(self) -> None:
        self.folder_label.setText(self.tr("工作区：{folder}").format(folder=self.workspace))
        workspace = self.workspace_api()
        active, archived = workspace.list(), workspace.list(archived=True)
        button = self.archived_button
        if not archived and button.isChecked():
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        button.setText(self.tr("已归档（{count}）").format(count=len(archived)))
        button.setVisible(bool(archived))
        self.model.set_entries(archived if button.isChecked() else active)
        self.row_buttons["archive"].setText(self.tr("取回") if button.isChecked() else self.tr("归档"))
        empty = not active and not archived
        self.pages.setCurrentWidget(self.guide if empty else self.list_page)
        self.search.setVisible(not empty)
        self.copies_notice.show_for(active)

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return Path(self.proxy.data(rows[0], PATH_ROLE)) if rows else None

    # -- actions ----------------------------------------------------------------------------
    def new_dossier(self) -> None:
        dialog = NewDossierDialog(self)
        if not dialog.exec():
            return
        spec = dialog.spec()
        try:
            path = self.workspace_api().create(spec.city, spec.province, partners=spec.partners,
                                               author=author_name())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            report_exception(self, exc, action=self.tr("新建申报"))
            return
        self.refresh()
        self.controller.open_path(path, self)

    def open_file(self) -> None:
        """打开… / 导入…: a .pzd opens in place; a .json exchange file is imported into the workspace as a copy."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开申报材料"), str(self.workspace),
                                              self.tr("申报材料 (*.pzd *.json)"))
        if name:
            self.controller.open_path(Path(name), self)

    def verify_package(self) -> None:
        from app.ui.verify_dialog import VerifyDialog

        VerifyDialog(self).exec()

    def open_sample(self) -> None:
        self.controller.open_path(sample_path(), self)   # the home lists it once its window is up

    def open_selected(self) -> None:
        if (path := self.selected_path()) is not None:
            self.controller.open_path(path, self)

    def _run(self, action: str, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            report_exception(self, exc, action=action)
        self.refresh()

    def duplicate_selected(self) -> None:
        """A new dossier for another city, reusing this one's registers and texts (not its city data)."""
        if (path := self.selected_path()) is None:
            return
        dialog = NewDossierDialog(self)
        dialog.setWindowTitle(self.tr("复制为模板：新城市"))
        dialog.partners.setEnabled(False)
        if dialog.exec():
            spec = dialog.spec()
            self._run(self.tr("复制为模板"), self.workspace_api().duplicate_as_template, path, spec.city, spec.province)

    def _release(self, path: Path, action: str) -> bool | None:
        """A file is moved only when closed.  When one of this program's windows shows it, ask to close that
        window (it writes its last edits): True once closed, None when the user keeps it open, False when no
        window of ours had it."""
        window = self.controller.window_for(path)
        if window is None:
            return False
        if not confirm(self, action, self.tr("“{name}”正在本程序的一个窗口中打开。关闭该窗口（已保存的修改不受影响）"
                                             "后再{action}？").format(name=path.name, action=action),
                       ok_text=self.tr("关闭窗口并{action}").format(action=action)):
            window.raise_()
            window.activateWindow()
            return None
        return True if window.close() else None

    def rename_selected(self) -> None:
        if (path := self.selected_path()) is None:
            return
        name = ask_text(self, self.tr("重命名"), self.tr("新的文件名："), path.stem)
        if not name or name == path.stem or (was_open := self._release(path, self.tr("重命名"))) is None:
            return
        try:
            target = self.workspace_api().rename(path, name)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            report_exception(self, exc, action=self.tr("重命名"))
            target = path
        self.refresh()
        if was_open:
            self.controller.open_path(target, self)     # back to work, under its new name

    def archive_selected(self) -> None:
        """归档 (out of the list, into 「归档」), or 取回 while the archived dossiers are shown."""
        if self.archived_button.isChecked():
            if (path := self.selected_path()) is not None:
                self._run(self.tr("取回"), self.workspace_api().unarchive, path)
        elif (path := self.selected_path()) is not None and self._release(path, self.tr("归档")) is not None:
            self._run(self.tr("归档"), self.workspace_api().archive, path)

    def delete_selected(self) -> None:
        if (path := self.selected_path()) is None or self._release(path, self.tr("删除")) is None:
            return
        if confirm(self, self.tr("删除申报"), self.tr("把“{name}”移到回收站？").format(name=path.name),
                   ok_text=self.tr("移到回收站")):
            self._run(self.tr("删除"), self.workspace_api().trash, path)

    def merge_copies(self, first: Path, second: Path) -> None:
        """Two copies of one dossier in the workspace: merge them into a new file (``MergeDialog``)."""
        from app.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(first, second, self, author=prefs.settings().get(prefs.AUTHOR_NAME),
                             names=(self.tr("副本一"), self.tr("副本二")))
        dialog.merged.connect(self._merged)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, path: Path) -> None:
        """After a merge the inputs are still there (same dossier id): offer to archive them, then open."""
        from app.ui.merge_notice import ask_after_merge

        dialog = self.merge_dialog
        choice = ask_after_merge(self, path)
        if choice == "archive":
            for old in (dialog.first, dialog.second):
                self._run(self.tr("归档"), self.workspace_api().archive, old)
        self.refresh()
        if choice:
            self.controller.open_path(path, self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = prefs.settings().recent_files()
        if not recent:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)
        for path in recent:
            self.recent_menu.addAction(path.name, lambda p=path: self.controller.open_path(p, self))

    def _context_menu(self, pos: Any) -> None:
        if self.table.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.tr("打开"), self.open_selected)
            menu.addAction(self.tr("复制为模板"), self.duplicate_selected)
            menu.addAction(self.tr("重命名…"), self.rename_selected)
            menu.addAction(self.row_buttons["archive"].text(), self.archive_selected)
            menu.addAction(self.tr("删除"), self.delete_selected)
            menu.exec(self.table.viewport().mapToGlobal(pos))

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.settings().set(prefs.HOME_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)

