"""The pilot years in the dossier window: navigation, pages, the behind-target dock, the 试点 menu.

The dossier window (``app.ui.main_window``) calls three hooks and knows
nothing else about the pilot years: ``install`` (once the window is built),
``build_page`` (for the page keys ``timeline``, ``report.1``–``report.3`` and
``review``) and ``go_to`` (for a ``Jump`` whose part is ``pilot``: a
第十八条 notice, an overdue report, a target behind).  The navigation tree
gets 「试点进展」 always and the report pages once the dossier is approved;
the behind-target dock appears, tabbed with the gap panel, from approval on.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QMenu, QTreeWidgetItem, QWidget

from app.models import pilot
from app.models.rules import Jump
from app.ui.behind_panel import BehindDock

translate = QCoreApplication.translate   # lupdate reads translate("pilot_window", "text")

PILOT_PAGE_KEYS = ("timeline", "report.1", "report.2", "report.3", "review")
KEY_ROLE = Qt.ItemDataRole.UserRole


def build_page(key: str, window: Any) -> QWidget | None:
    """The page for a pilot key (None for any other key)."""
    if key == "timeline":
        from app.ui.timeline import TimelinePage

        page = TimelinePage(window.doc, window.stack)
        page.open_page.connect(window.show_page)
        return page
    if key.startswith("report.") or key == "review":
        from app.ui.annual_report import ReportPage

        return ReportPage(window.doc, int(key.split(".")[1]) if key != "review" else None, window.stack)
    return None


def go_to(window: Any, jump: Jump) -> QWidget | None:
    """Show what a pilot finding is about: the timeline card, or a report page's row."""
    key = jump.key if jump.key in PILOT_PAGE_KEYS else "timeline"
    window.show_page(key)
    page = window.pages[key]
    if key.startswith("report.") and hasattr(window, "behind_dock"):
        window.behind_dock.panel.set_year(int(key.split(".")[1]))
    return page.focus_jump(jump) if hasattr(page, "focus_jump") else page


class PilotHooks(QObject):
    """The window's pilot-years parts: the 试点进展 branch of the navigation tree (the report pages once
    approved), the behind-target dock's visibility and year, the 试点 menu's actions.

    A child of the window that reaches it through ``parent()`` and connects only its own methods: nothing
    here keeps a closed window alive (a lambda holding the window would).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.top = self._item(None, "timeline", translate("pilot_window", "试点进展"))
        font = self.top.font(0)
        font.setBold(True)
        self.top.setFont(0, font)
        self.children_: list[QTreeWidgetItem] = []
        window.doc.changed.connect(self._on_changed)
        window.stack.currentChanged.connect(self._follow_report)
        self.update()

    @property
    def window(self) -> Any:
        return self.parent()

    def _item(self, parent: QTreeWidgetItem | None, key: str, text: str) -> QTreeWidgetItem:
        nav = self.window.nav
        item = QTreeWidgetItem([text, ""])
        item.setData(0, KEY_ROLE, ("page", key))
        if parent is None:
            nav.addTopLevelItem(item)
        else:
            parent.addChild(item)
        nav.items[("page", key)] = item
        return item

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind == "meta" and c.key == "stage" for c in changes):
            self.update()

    def update(self) -> None:
        window = self.window
        d = window.doc.dossier
        wanted = [f"report.{y}" for y in range(1, pilot.PILOT_YEARS + 1)] if pilot.is_approved(d) else []
        if d.stage in ("review", "completed"):
            wanted.append("review")
        have = [item.data(0, KEY_ROLE)[1] for item in self.children_]
        if have == wanted:
            return
        for item in self.children_:
            self.top.removeChild(item)
            window.nav.items.pop(item.data(0, KEY_ROLE), None)
        names = {"review": translate("pilot_window", "复核")}
        self.children_ = [self._item(self.top, key, names.get(key)
                                     or translate("pilot_window", "第{n}年度报告").format(n=key[-1]))
                          for key in wanted]
        self.top.setExpanded(True)
        self.apply_dock(changed=True)

    def apply_dock(self, changed: bool = False) -> None:
        """The behind-target dock is shown (in front of the gap panel) once approved, hidden before."""
        dock = self.window.behind_dock
        approved = pilot.is_approved(self.window.doc.dossier)
        if approved and (changed or dock.isHidden()):
            dock.show()
            dock.raise_()
        elif not approved:
            dock.hide()

    def _follow_report(self, _index: int) -> None:
        """The behind-target panel follows the report page on show."""
        window = self.window
        page = window.stack.currentWidget()
        year = getattr(page, "year", None)
        if isinstance(year, int) and page is window.pages.get(f"report.{year}"):
            window.behind_dock.panel.set_year(year)

    def show_timeline(self) -> Any:
        self.window.show_page("timeline")
        return self.window.pages["timeline"]

    def on_timeline(self, method: str) -> None:
        getattr(self.show_timeline(), method)()


def install(window: Any) -> None:
    """Add the pilot years to a freshly built dossier window."""
    window.behind_dock = BehindDock(window.doc, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.behind_dock)
    window.tabifyDockWidget(window.gap_dock, window.behind_dock)
    window.behind_dock.hide()
    window.behind_dock.panel.jump_requested.connect(window.go_to)
    hooks = window.pilot_hooks = PilotHooks(window)
    # the window restores its saved dock layout after the hooks: put the dock right for this dossier after that
    QTimer.singleShot(0, hooks, hooks.apply_dock)
    _add_menu(window, hooks)


def _add_menu(window: Any, hooks: PilotHooks) -> None:
    bar = window.menuBar()
    menu = QMenu(translate("pilot_window", "试点(&L)"), window)
    actions = bar.actions()
    if actions:
        bar.insertMenu(actions[-1], menu)            # before 帮助, the last menu
    else:
        bar.addMenu(menu)
    window._action(menu, translate("pilot_window", "试点进展"), hooks.show_timeline, "Ctrl+Shift+L")
    menu.addSeparator()
    window._action(menu, translate("pilot_window", "记录批复…"), partial(hooks.on_timeline, "record_approval"))
    window._action(menu, translate("pilot_window", "记录第十八条事项…"), partial(hooks.on_timeline, "record_incident"))
    window._action(menu, translate("pilot_window", "调整目标…"), partial(hooks.on_timeline, "amend_target"))
    toggle = window.behind_dock.toggleViewAction()
    toggle.setText(translate("pilot_window", "目标完成情况面板"))
    menu.addSeparator()
    menu.addAction(toggle)
