"""The live behind-target panel: which of a pilot year's targets are not (yet) reached.

Like the gap panel for the application: a dock beside the page that follows
every edit.  For the chosen pilot year (by default the earliest one whose
report is not yet submitted) it shows the completion of the year (labelled
完成度, never a score), then the targets not reached — furthest behind
first, each with its exact rate and what is missing (「尚差 990 万元」, or
「超出」 for a less-is-better target) — then those without a value reached.
Clicking (or Enter on) a row opens that year's report on its row.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from app.models import completion, pilot
from app.models.numbers import format_short
from app.models.rules import Jump
from app.ui.catalogue_text import catalogue_text
from app.ui.gap_panel import FAIL_COLOUR, PASS_COLOUR, FindingsTree
from app.ui.open_dossier import OpenDossier

ROW_ROLE = Qt.ItemDataRole.UserRole + 3
translate = QCoreApplication.translate    # lupdate reads translate("BehindPanel", "text")


def default_year(dossier: Any, today: date) -> int:
    """The year to watch: the earliest started one whose report is not submitted, else the current one."""
    current = min(max(pilot.current_year(dossier, today), 1), pilot.PILOT_YEARS)
    for year in range(1, current + 1):
        if pilot.report_status(dossier, year).state != "submitted":
            return year
    return current


def gap_text(row: completion.TargetRow) -> str:
    gap = row.completion.gap
    if gap is None:
        return ""
    text = format_short(gap)
    unit = catalogue_text(row.target.unit)
    if row.target.direction != "less":
        return translate("BehindPanel", "尚差 {gap} {unit}").format(gap=text, unit=unit)
    return translate("BehindPanel", "超出 {gap} {unit}").format(gap=text, unit=unit)


class BehindPanel(QWidget):
    jump_requested = Signal(object)        # Jump to the report page's row

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.doc, self.today = doc, today
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("behind_year")
        for year in range(1, pilot.PILOT_YEARS + 1):
            self.year_box.addItem(self.tr("第{n}年").format(n=year), year)
        self.year_box.setCurrentIndex(default_year(doc.dossier, today()) - 1)
        self.year_box.currentIndexChanged.connect(lambda _index: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("behind_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.tree = FindingsTree(self)
        self.tree.setObjectName("behind_targets")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.itemClicked.connect(self._on_item)
        self.tree.itemActivated.connect(self._on_item)
        self.note = QLabel(self.tr("完成度为各目标完成率（单项以100%计上限）的平均值，不是评价得分。"), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("试点年度"), self))
        top.addWidget(self.year_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        doc.changed.connect(self._on_changed)
        self.refresh()

    @property
    def year(self) -> int:
        return int(self.year_box.currentData())

    def set_year(self, year: int) -> None:
        self.year_box.setCurrentIndex(year - 1)

    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind in ("pilot", "meta") for c in changes):
            self.refresh()

    def refresh(self) -> None:
        rows = completion.year_rows(self.doc.dossier, self.doc.catalogue, self.year)
        _, total = completion.totals(self.doc.catalogue, [(r.indicator, r.completion) for r in rows])
        behind = [r for r in completion.behind(rows) if r.completion.status == completion.BEHIND]
        missing = [r for r in rows if r.completion.status == completion.MISSING]
        if not pilot.is_approved(self.doc.dossier):
            self.summary.setText(self.tr("申报材料获批复后，这里列出未达成的年度目标。"))
        else:
            self.summary.setText(self.tr("第{n}年完成度 {total}；未达成 {behind} 项，未填报 {missing} 项").format(
                n=self.year, total=total.text(translate), behind=len(behind), missing=len(missing)))
        self.summary.setStyleSheet(f"color: {FAIL_COLOUR if behind else PASS_COLOUR};")
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for title, items, colour in ((self.tr("未达成（{n}）"), behind, FAIL_COLOUR),
                                     (self.tr("未填报（{n}）"), missing, "#5f6368")):
            group = QTreeWidgetItem([title.format(n=len(items))])
            group.setForeground(0, QBrush(QColor(colour)))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for row in items:
                text = f"{row.indicator.code} {catalogue_text(row.target.label)}"
                if row.completion.status == completion.BEHIND:
                    text += self.tr("：目标 {target}，实际 {actual}，完成 {rate}（{gap}）").format(
                        target=row.planned, actual=row.actual.value if row.actual else "",
                        rate=row.completion.rate_text(translate), gap=gap_text(row))
                else:
                    text += self.tr("：目标 {target} {unit}").format(target=row.planned,
                                                                  unit=catalogue_text(row.target.unit))
                child = QTreeWidgetItem([text])
                child.setData(0, ROW_ROLE, (row.indicator.id, row.target.id))
                child.setToolTip(0, text)
                group.addChild(child)
            group.setExpanded(True)
        self.tree.setUpdatesEnabled(True)

    def behind_keys(self) -> list[tuple[str, str]]:
        """(indicator id, target id) of the rows listed as not reached (for tests and keyboard helpers)."""
        group = self.tree.topLevelItem(0)
        return [group.child(i).data(0, ROW_ROLE) for i in range(group.childCount())] if group else []

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, ROW_ROLE)
        if key:
            self.jump_requested.emit(Jump(key[0], "pilot", f"report.{self.year}", key[1]))


class BehindDock(QDockWidget):
    """The behind-target panel as a dock, tabbed with the gap panel once the dossier is approved."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("目标完成情况"))
        self.setObjectName("behind_dock")
        self.panel = BehindPanel(doc, self)
        self.setWidget(self.panel)
        self.setMinimumWidth(360)
