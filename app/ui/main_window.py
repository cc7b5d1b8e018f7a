"""The dossier window: navigation tree, section wizards, gap panel, menus.

Left: a tree of 申报城市/基本信息, the six first-level sections with their
second- and third-level indicators (each with a 完成度 badge, indicators with
blocking findings marked red), 方案正文, 证明材料 and 现场考察承诺.  Centre: the
page for the selected node.  Right: the gap panel dock.  Following a ``Jump``
(from the gap panel) selects the node, switches the wizard page, focuses the
widget that closes the gap and emits ``doc.focus_requested`` for editors that
select records themselves.

Pages are built the first time they are shown (``_page``; ``wizards`` builds a
section's wizard when it is first asked for): the window opens on 基本信息, so
opening a large dossier builds only what the first frame shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QCloseEvent, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication, QLabel, QMainWindow, QSplitter, QStackedWidget, QTreeWidget, QTreeWidgetItem,
    QWidget,
)

from app.errors import UserFacingError
from app.models import lifecycle
from app.models.assessment import Evaluation
from app.models.rules import Jump
from app.ui import settings as prefs
from app.ui.open_dossier import SAVE_FAILED, SAVE_MEMORY, SAVE_READ_ONLY, SAVE_SAVED, SAVE_SAVING, OpenDossier
from app.ui import pilot_window
from app.ui.catalogue_text import core_text
from app.ui.gap_panel import GapDock
from app.ui.wizard import (
    CARD_STYLE, BasicInfoPage, PlanTextPage, SectionWizard, WrapperPage, optional_widget, section_title,
)

KEY_ROLE = Qt.ItemDataRole.UserRole
BLOCKING_COLOUR = QColor("#c62828")
PAGE_KEYS = ("basic", "plan", "evidence", "attestations",   # the pages that are not section wizards
             *pilot_window.PILOT_PAGE_KEYS)


def dialogs() -> ModuleType:
    """``app.ui.dialogs``, imported when a dialog is first needed (its Qt classes are not on the first frame)."""
    from app.ui import dialogs as module

    return module


def _dot_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(QSize(12, 12))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class NavTree(QTreeWidget):
    """The dossier's table of contents with 完成度 badges and blocking marks."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setObjectName("nav")
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.items: dict[tuple[str, ...], QTreeWidgetItem] = {}
        self._blocking_icon = _dot_icon(BLOCKING_COLOUR)
        self._add(None, ("page", "basic"), self.tr("申报城市 / 基本信息"))
        for section in doc.catalogue.sections:
            top = self._add(None, ("section", section.id), section_title(section))
            for index, group in enumerate(section.groups):
                mid = self._add(top, ("group", section.id, str(index)), f"{group.code} {group.name}")
                for indicator in group.indicators:
                    star = " ★" if indicator.starred else ""
                    item = self._add(mid, ("indicator", indicator.id), f"{indicator.code} {indicator.name}{star}")
                    item.setToolTip(0, f"{indicator.code} {indicator.name}")
        self._add(None, ("page", "plan"), self.tr("方案正文"))
        self._add(None, ("page", "evidence"), self.tr("证明材料"))
        self._add(None, ("page", "attestations"), self.tr("现场考察承诺"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        doc.evaluated.connect(self.show_evaluation)
        self.show_evaluation(doc.evaluation)

    def _add(self, parent: QTreeWidgetItem | None, key: tuple[str, ...], text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KEY_ROLE, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if parent is None:
            self.addTopLevelItem(item)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
        else:
            parent.addChild(item)
        self.items[key] = item
        return item

    def show_evaluation(self, evaluation: Evaluation) -> None:
        blocking = evaluation.blocking_indicators()
        default = self.palette().text()
        for section in self.doc.catalogue.sections:
            self._badge(("section", section.id), evaluation.section_completeness[section.id])
            for index, group in enumerate(section.groups):
                shares = [evaluation.indicator_completeness[i.id] for i in group.indicators]
                self._badge(("group", section.id, str(index)), sum(shares) / len(shares))
                for indicator in group.indicators:
                    item = self.items[("indicator", indicator.id)]
                    self._badge(("indicator", indicator.id), evaluation.indicator_completeness[indicator.id])
                    is_blocking = indicator.id in blocking
                    item.setIcon(0, self._blocking_icon if is_blocking else QIcon())
                    item.setForeground(0, QBrush(BLOCKING_COLOUR) if is_blocking else default)
                    item.setToolTip(1, self.tr("不可偏离条件未满足") if is_blocking else "")

    def _badge(self, key: tuple[str, ...], share: object) -> None:
        self.items[key].setText(1, f"{round(float(share) * 100)}%")  # type: ignore[arg-type]

    def select_key(self, key: tuple[str, ...]) -> None:
        item = self.items.get(key)
        if item is not None and key[0] == "section":
            item.setExpanded(True)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item)


class SectionWizards(Mapping[str, SectionWizard]):
    """``window.wizards[section_id]``: the section's wizard, built (and added to the window) on first use."""

    def __init__(self, window: "DossierWindow") -> None:
        self._window = window
        self._ids = tuple(section.id for section in window.doc.catalogue.sections)

    def __getitem__(self, section_id: str) -> SectionWizard:
        if section_id not in self._ids:
            raise KeyError(section_id)
        return self._window._page(section_id)  # type: ignore[return-value]

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class DossierWindow(QMainWindow):
    """One open dossier."""

    closed = Signal(object)   # the window
    workspace_requested = Signal()      # 文件 › 返回工作区
    open_requested = Signal(object)     # 文件 › 打开…, or a merge result: a Path to open in its own window
    quit_requested = Signal()           # 文件 › 退出
    author_changed = Signal(str)        # 编辑 › 修改人姓名…: later edits are recorded under this name

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("dossier_window")
        self.setStyleSheet(CARD_STYLE)
        # Widgets are created inside their final parents: moving a finished subtree into the styled window
        # would make Qt resolve the style of every widget in it again.
        splitter = QSplitter(self)
        splitter.setObjectName("main_splitter")
        self.setCentralWidget(splitter)
        self.nav = NavTree(doc, splitter)
        splitter.addWidget(self.nav)
        self.stack = QStackedWidget(splitter)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 860])      # the tree elides long names (tooltips); the page needs the room
        self.pages: dict[str, QWidget] = {}                    # built so far
        self.basic = self._page("basic")
        self.gap_dock = GapDock(doc, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.gap_dock)
        self.gap_dock.panel.jump_requested.connect(self.go_to)
        self._build_actions()
        pilot_window.install(self)          # 试点进展, the annual reports, the behind-target dock
        self._build_status_bar()
        self.nav.currentItemChanged.connect(self._on_nav)
        doc.undo_state_changed.connect(self._update_undo_actions)
        doc.save_state_changed.connect(self._on_save_state)
        doc.changed.connect(self._on_changed)
        doc.evaluated.connect(self._on_evaluated)
        self._update_title()
        self._update_undo_actions()
        self._on_save_state(doc.save_state, doc.save_message)
        self._on_evaluated(doc.evaluation)
        self._restore_window()
        self.show_page("basic")

    # -- construction -----------------------------------------------------------------------
    def _page(self, key: str) -> QWidget:
        """The page for ``key`` (a PAGE_KEYS entry or a section id), built the first time it is needed."""
        page = self.pages.get(key)
        if page is None:
            page = self._build_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        return page

    def _build_page(self, key: str) -> QWidget:
        if (page := pilot_window.build_page(key, self)) is not None:
            return page
        if key == "basic":
            return BasicInfoPage(self.doc, self.stack)
        if key == "plan":
            return PlanTextPage(self.doc, self.stack)
        if key == "evidence":
            evidence = optional_widget("app.ui.evidence", "EvidencePanel", self.doc, None,
                                       placeholder=self.tr("证明材料面板尚未提供"))
            return WrapperPage(self.tr("证明材料"), self.tr("全部证明材料；每份材料可关联到一个或多个指标。"), evidence)
        if key == "attestations":
            attestations = optional_widget("app.ui.attestations", "AttestationEditor", self.doc,
                                           placeholder=self.tr("承诺事项编辑器尚未提供"))
            return WrapperPage(
                self.tr("现场考察承诺"), self.tr("每项承诺须由具名责任人确认并注明日期；任一项缺失或否定，该不可偏离条件不满足。"),
                attestations)
        section = self.doc.catalogue.section(key)
        wizard = SectionWizard(self.doc, section, self.stack)
        wizard.page_changed.connect(lambda index, s=section.id: self.nav.select_key(("group", s, str(index))))
        return wizard

    @property
    def wizards(self) -> SectionWizards:
        return SectionWizards(self)   # a view, not an attribute: no reference cycle keeps a closed window alive

    @property
    def plan(self) -> PlanTextPage:
        return self._page("plan")  # type: ignore[return-value]

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self._action(file_menu, self.tr("返回工作区(&W)"), self.workspace_requested.emit, QKeySequence("Ctrl+Shift+W"))
        self._action(file_menu, self.tr("打开(&O)…"), self.open_other, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.tr("立即保存(&S)"), self.save_now, QKeySequence.StandardKey.Save)
        file_menu.addSeparator()
        self.export_action = self._action(file_menu, self.tr("导出申报包(&E)…"), self.export_package, QKeySequence("Ctrl+E"))
        self._action(file_menu, self.tr("预览试点工作方案 PDF(&P)…"), self.preview_plan, QKeySequence("Ctrl+Shift+P"))
        self._action(file_menu, self.tr("验证申报包(&V)…"), self.verify_package)
        self._action(file_menu, self.tr("签名身份(&I)…"), self.manage_identities)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("合并副本(&M)…"), self.merge_copies)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("定稿当前版本(&F)…"), self.finalise_version)
        self._action(file_menu, self.tr("标记为已报送"), self.mark_submitted)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("关闭(&C)"), self.close, QKeySequence.StandardKey.Close)
        self._action(file_menu, self.tr("退出(&Q)"), self.quit_requested.emit, QKeySequence.StandardKey.Quit)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.undo_action = self._action(edit_menu, self.tr("撤销"), self.doc.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit_menu, self.tr("重做"), self.doc.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("修改历史与定稿以来的变化(&H)…"), self.show_history, QKeySequence("Ctrl+H"))
        self._action(edit_menu, self.tr("修改人姓名(&N)…"), self.change_author)
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.gap_toggle = self.gap_dock.toggleViewAction()
        self.gap_toggle.setText(self.tr("差距面板"))
        view_menu.addAction(self.gap_toggle)
        self._action(view_menu, self.tr("切换到差距面板"), self.toggle_gap_focus, QKeySequence("F6"))
        view_menu.addSeparator()
        self._action(view_menu, self.tr("下一页"), self.next_page, QKeySequence("Ctrl+PgDown"))
        self._action(view_menu, self.tr("上一页"), self.previous_page, QKeySequence("Ctrl+PgUp"))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("关于先导区申报助手"), self._about)

    # -- export and signing (dialogs in export_dialog / verify_dialog / identity_dialog) ---
    def export_package(self) -> None:
        from app.ui.export_dialog import ExportDialog

        self.doc.evaluate_now()
        dialog = ExportDialog(self.doc, self)
        dialog.jump_requested.connect(self.go_to)     # a double-clicked problem: go and fix it
        dialog.exec()

    def preview_plan(self) -> None:
        from app.ui.export_dialog import ExportDialog

        self.doc.evaluate_now()
        dialog = ExportDialog(self.doc, self)
        dialog.preview()

    def change_author(self) -> None:
        """The name the history records for later edits (kept in the settings; earlier entries keep theirs)."""
        from app.ui.author import ask_author

        ask_author(self, self.author_changed.emit, first_time=False)

    def open_other(self) -> None:
        """打开…: another dossier (.pzd) or exchange file (.json), in a window of its own."""
        from PySide6.QtWidgets import QFileDialog

        folder = str(self.doc.path.parent) if self.doc.path else str(prefs.settings().workspace_dir())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开申报材料"), folder, self.tr("申报材料 (*.pzd *.json)"))
        if name:
            self.open_requested.emit(Path(name))

    def show_history(self) -> None:
        from app.ui.history_dialog import HistoryDialog

        self.doc.flush()
        HistoryDialog(self.doc, self).exec()

    def finalise_version(self) -> None:
        """Freeze this version for submission (its content hash is recorded); later edits start a new revision."""
        from app.ui.dialogs import ask_text, show_info

        file = self.doc.file
        if file is None or self.doc.session.read_only:
            dialogs().show_error(self, self.tr("只有以可编辑方式打开的 .pzd 申报文件才能定稿。"))
            return
        note = ask_text(self, self.tr("定稿"), self.tr("定稿说明（例如：报省工信厅审核稿）："), self.tr("定稿"))
        if note is None:
            return
        try:
            version = lifecycle.finalise(self.doc.session, note=note)
        except UserFacingError as exc:      # e.g. already finalised, nothing changed since
            dialogs().report_exception(self, exc, action=self.tr("定稿"))
            return
        show_info(self, self.tr("已定稿"), self.tr("已定稿为第 {rev} 版（内容校验值 {digest}…）。之后的修改会开始新的修订。")
                  .format(rev=version.revision, digest=version.content_hash[:16]))

    def mark_submitted(self) -> None:
        file = self.doc.file
        if file is None or self.doc.session.read_only:
            dialogs().show_error(self, self.tr("只有以可编辑方式打开的 .pzd 申报文件才能标记为已报送。"))
            return
        try:
            lifecycle.mark_submitted(self.doc.session)
        except UserFacingError as exc:  # e.g. not finalised yet: a Chinese message
            dialogs().report_exception(self, exc, action=self.tr("标记为已报送"))

    def merge_copies(self) -> None:
        """文件 › 合并副本…: combine this file with another copy of the same dossier into a new file."""
        from app.ui.merge_dialog import MergeDialog

        path = self.doc.path
        if path is None or path.suffix.lower() != ".pzd":
            dialogs().show_error(self, self.tr("只有保存在 .pzd 申报文件中的申报材料才能合并副本。"))
            return
        try:
            self.doc.flush()       # the merge reads the file: everything typed so far must be in it
        except Exception as exc:  # noqa: BLE001 - shown to the user
            dialogs().report_exception(self, exc, action=self.tr("保存"))
            return
        dialog = MergeDialog(path, parent=self, author=prefs.settings().get(prefs.AUTHOR_NAME))
        dialog.merged.connect(self._offer_to_open)
        dialog.finished.connect(dialog.deleteLater)
        self.merge_dialog = dialog
        dialog.open()

    def _offer_to_open(self, path: object) -> None:
        if dialogs().confirm(self, self.tr("合并完成"), self.tr("是否打开合并结果“{name}”？").format(name=path.name),  # type: ignore[attr-defined]
                             ok_text=self.tr("打开")):
            self.open_requested.emit(path)

    def verify_package(self) -> None:
        from app.ui.verify_dialog import VerifyDialog

        VerifyDialog(self).exec()

    def manage_identities(self) -> None:
        from app.ui.identity_dialog import IdentitiesDialog

        IdentitiesDialog(self).exec()

    def _action(self, menu: object, text: str, slot: object, shortcut: object = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)   # every platform binding (Close is Ctrl+F4 *and* Ctrl+W on Linux)
        elif shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(lambda checked=False: slot())  # type: ignore[operator]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _build_status_bar(self) -> None:
        self.summary_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setObjectName("save_state")
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)

    # -- navigation -------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self._page(key))
        self.nav.select_key(("page", key) if key in PAGE_KEYS else ("section", key))

    def current_wizard(self) -> SectionWizard | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SectionWizard) else None

    def _on_nav(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        if item is None:
            return
        key = item.data(0, KEY_ROLE)
        if key[0] == "page":
            self.stack.setCurrentWidget(self._page(key[1]))
        elif key[0] == "section":
            self.stack.setCurrentWidget(self.wizards[key[1]])
        elif key[0] == "group":
            self.stack.setCurrentWidget(self.wizards[key[1]])
            self.wizards[key[1]].set_page(int(key[2]))
        elif key[0] == "indicator":
            indicator = self.doc.catalogue.indicator(key[1])
            self.stack.setCurrentWidget(self.wizards[indicator.section_id])
            self.wizards[indicator.section_id].show_indicator(indicator.id)
            self.nav.select_key(key)

    def go_to(self, jump: Jump) -> QWidget | None:
        """Show and focus what closes the gap a condition or finding describes."""
        if jump.part == "pilot":
            return pilot_window.go_to(self, jump)
        widget: QWidget | None = None
        if jump.part == "plan":
            self.show_page("plan")
            widget = self.plan.focus_key(jump.key)
        elif jump.indicator_id:
            indicator = self.doc.catalogue.indicator(jump.indicator_id)
            wizard = self.wizards[indicator.section_id]
            self.stack.setCurrentWidget(wizard)
            widget = wizard.focus_jump(jump)
            self.nav.select_key(("indicator", indicator.id))
        if jump.part in ("register", "attestation", "evidence"):
            self.doc.request_focus(jump)
        return widget

    def next_page(self) -> None:
        if (wizard := self.current_wizard()) is not None:
            wizard.next_page()

    def previous_page(self) -> None:
        if (wizard := self.current_wizard()) is not None:
            wizard.previous_page()

    def toggle_gap_focus(self) -> None:
        """F6: into the gap panel, and back to the page."""
        focus = QApplication.focusWidget()
        if focus is not None and self.gap_dock.isAncestorOf(focus):
            self.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.stack.currentWidget().focusNextChild()
            return
        self.gap_dock.show()
        self.gap_dock.raise_()
        self.gap_dock.panel.focus_panel()

    # -- state ------------------------------------------------------------------------------
    def _update_undo_actions(self) -> None:
        session = self.doc.session
        self.undo_action.setEnabled(session.can_undo)
        self.redo_action.setEnabled(session.can_redo)
        self.undo_action.setText(self.tr("撤销 {what}").format(what=core_text(session.undo_text)) if session.can_undo
                                 else self.tr("撤销"))
        self.redo_action.setText(self.tr("重做 {what}").format(what=core_text(session.redo_text)) if session.can_redo
                                 else self.tr("重做"))

    def _on_changed(self, changes: list) -> None:
        if any(c.kind in ("meta", "record") for c in changes):
            self._update_title()

    def _update_title(self) -> None:
        """「滨江市 — 滨江市.pzd」; Qt adds the application's name (``applicationDisplayName``) itself."""
        name = self.doc.display_name()
        where = f" — {self.doc.path.name}" if self.doc.path else ""
        if self.doc.session.read_only:
            where += self.tr("（只读）")
        elif self.doc.dossier.stage in lifecycle.APPROVED_STAGES:     # the plan is frozen: see 试点进展
            where += self.tr("（方案已批复，不再修改）")
        self.setWindowTitle(f"{name}{where}")

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self.summary_label.setText(self.tr("不可偏离条件 {passed}/{total} 项满足　完成度 {percent}%").format(
            passed=evaluation.passed_count, total=len(evaluation.conditions),
            percent=round(float(evaluation.overall_completeness) * 100)))

    def _on_save_state(self, state: str, message: str) -> None:
        texts = {SAVE_SAVED: self.tr("已保存"), SAVE_SAVING: self.tr("正在保存…"), SAVE_FAILED: self.tr("保存失败"),
                 SAVE_MEMORY: self.tr("未关联文件（仅在内存中）"), SAVE_READ_ONLY: self.tr("只读：修改不会保存")}
        self.save_label.setText(texts.get(state, state))
        self.save_label.setStyleSheet("color: #c62828; font-weight: 600;" if state == SAVE_FAILED else "")
        self.save_label.setToolTip(message)
        if state == SAVE_FAILED and message:
            dialogs().show_error(self, self.tr("自动保存失败：{reason}。请检查磁盘空间和文件权限；修改仍保留在窗口中，恢复后会再次保存。")
                       .format(reason=message))

    def save_now(self) -> None:
        try:
            self.doc.flush()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            dialogs().report_exception(self, exc, action=self.tr("保存"))

    def _restore_window(self) -> None:
        store = prefs.settings()
        state = store.get(prefs.MAIN_STATE)
        if not state.isEmpty():
            self.restoreState(state)          # docks first: hiding one must not shrink the restored window
        geometry = store.get(prefs.MAIN_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            room = self.screen().availableGeometry()
            if room.width() >= 1440 and room.height() >= 900:
                self.resize(1440, 900)
            else:       # a smaller screen (1280 × 800): the whole screen, never beyond its edges
                self.resize(room.size())
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_window_state(self) -> None:
        store = prefs.settings()
        store.set(prefs.MAIN_GEOMETRY, self.saveGeometry())
        store.set(prefs.MAIN_STATE, self.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.doc.flush()
        except Exception as exc:  # noqa: BLE001 - never lose data silently
            dialogs().report_exception(self, exc, action=self.tr("保存"))
            if not dialogs().confirm(self, self.tr("无法保存"), self.tr("最近的修改未能写入文件。仍要关闭窗口吗？"),
                           ok_text=self.tr("仍然关闭")):
                event.ignore()
                return
        self.save_window_state()
        try:
            self.doc.close()
        except Exception as exc:  # noqa: BLE001
            dialogs().report_exception(self, exc, action=self.tr("关闭文件"))
        self.closed.emit(self)
        super().closeEvent(event)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from app import __version__

        QMessageBox.about(self, self.tr("关于先导区申报助手"), self.tr(
            "先导区申报助手 {version}\n按《{title}》整理“5G+工业互联网”融合应用先导区申报材料。\n"
            "完成度只反映材料填写情况，不代表评审得分。").format(version=__version__, title=self.doc.catalogue.title))
