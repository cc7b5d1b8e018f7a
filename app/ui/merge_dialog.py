"""文件 › 合并副本…: two copies of one dossier combined into a new file, conflicts chosen side by side.

The core decides everything (``app.models.storage.merge.plan_merge``: what each copy changed since they
parted; ``merge_result.write_merge``: the new file); this dialog reads the two files in the background,
says what will be taken from which copy, lists each conflict — where, the common value, each copy's value
with who changed it when — and lets the user tick the side to keep (or take one side for all), then writes
the result to a new ``.pzd`` beside the first copy.  Neither input is modified.
"""

from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.models.history_words import describe_value as describe_value_at
from app.models.storage.merge import MergePlan, conflict_label, describe_side, plan_merge
from app.models.storage.merge_result import MergeOutcome, write_merge
from app.ui.catalogue_text import core_text, error_text
from app.ui.dialogs import report_exception, show_info
from app.ui.screen_fit import fit_to_screen
from app.ui.workers import run_with_progress

CHOSEN_BG = QColor("#e3f1e6")
SIDES = ("a", "b")


def merged_name(first: Path) -> Path:
    """Where the result goes by default: ``<first>（合并）.pzd`` beside the first copy (never an existing file)."""
    candidate = first.with_name(f"{first.stem}（合并）{first.suffix}")
    number = 2
    while candidate.exists():
        candidate = first.with_name(f"{first.stem}（合并{number}）{first.suffix}")
        number += 1
    return candidate


class MergeDialog(QDialog):
    """Merge ``first`` with ``second`` (asked for when not given) into a new file; ``merged`` gives its path."""

    merged = Signal(object)      # Path of the new file

    def __init__(self, first: Path, second: Path | None = None, parent: QWidget | None = None, *,
                 author: str = "", names: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("合并副本"))
        self.first, self.second, self.author = Path(first), Path(second) if second else None, author
        self.names = names or (self.tr("本文件"), self.tr("副本"))   # what the two sides are called
        self.plan: MergePlan | None = None
        self.outcome: MergeOutcome | None = None
        intro = QLabel(self.tr("同一份申报材料的两个副本各自修改过时，可在此合并：两边各自的修改都会保留；"
                               "同一内容两边改得不同时，请逐项选择采用哪一边。合并结果保存为新文件，两个原文件不会被修改。"))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5f6368;")
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setTextFormat(Qt.TextFormat.PlainText)
        choose = QPushButton(self.tr("选择副本…"))
        choose.clicked.connect(self.choose_second)
        self.summary = QLabel()
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("merge_conflicts")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 345 if column > 1 else 120)   # 「王芳（市工信局） 修改于 2026年12月1日 15:59」
        self.table.itemChanged.connect(self._on_item_changed)
        self.all_a = QPushButton(self.tr("全部采用{side}").format(side=self.names[0]))
        self.all_a.clicked.connect(lambda: self.choose_all("a"))
        self.all_b = QPushButton(self.tr("全部采用{side}").format(side=self.names[1]))
        self.all_b.clicked.connect(lambda: self.choose_all("b"))
        self.merge_button = QPushButton(self.tr("合并为新文件…"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.ask_and_merge)
        cancel = QPushButton(self.tr("取消"))
        cancel.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_a)
        buttons.addWidget(self.all_b)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)        # the table's room while it is hidden (_refresh), so the text stays together
        layout.addLayout(buttons)
        fit_to_screen(self, 1100, 620)
        self._show_files()
        self._refresh()
        if self.second is not None:
            self.load()

    # -- reading --------------------------------------------------------------------------------
    def choose_second(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择要合并的副本"), str(self.first.parent),
                                              self.tr("申报材料 (*.pzd)"))
        if name:
            self.second = Path(name)
            self._show_files()
            self.load()

    def load(self) -> None:
        """Read both copies and work out the merge (in the background)."""
        if self.second is None:
            return
        self.plan = None
        self._refresh()
        run_with_progress(self, self.tr("正在比较两个副本…"), lambda _p, a, b: plan_merge(a, b), self.first, self.second,
                          on_result=self._loaded, on_error=self._failed)

    def _loaded(self, plan: MergePlan) -> None:
        self.plan = plan
        self._fill()
        self._refresh()

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.summary.setStyleSheet("color: #b3261e;")
        report_exception(self, exc, action=self.tr("合并副本"))

    # -- choosing -------------------------------------------------------------------------------
    def _fill(self) -> None:
        assert self.plan is not None
        plan = self.plan
        self.table.blockSignals(True)
        self.table.setHorizontalHeaderLabels([self.tr("冲突的内容"), self.tr("两边分开前"),
                                              self._side(0, self.first.name),
                                              self._side(1, self.second.name if self.second else "")])
        self.table.setRowCount(len(plan.conflicts))
        for row, conflict in enumerate(plan.conflicts):
            note = self.tr("\n（一方删除，另一方修改）") if conflict.kind == "delete_edit" else ""
            label = conflict_label(plan, conflict, tr=QCoreApplication.translate) + note
            self.table.setItem(row, 0, self._item(label))
            base = "—" if conflict.base is None else describe_value_at(conflict.key, conflict.base, plan.catalogue,
                                                                        tr=QCoreApplication.translate)
            self.table.setItem(row, 1, self._item(base))
            for column, side in ((2, "a"), (3, "b")):
                who = conflict.who_a if side == "a" else conflict.who_b
                item = self._item(describe_side(conflict, side, plan.catalogue, tr=QCoreApplication.translate)
                                  + "\n" + self._who(who))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if conflict.choice == side else Qt.CheckState.Unchecked)
                item.setToolTip(self.tr("勾选以采用这一边的内容"))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._paint_choices()

    def _item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setToolTip(text)
        return item

    def _who(self, who: tuple[str, str] | None) -> str:
        if who is None:
            return self.tr("（没有修改记录）")
        author, at = who
        from app.models.history_words import chinese_datetime   # the history's own wording: 2026年12月1日 13:44

        return self.tr("{author} 修改于 {at}").format(author=author or self.tr("未署名"),
                                                   at=chinese_datetime(at, tr=QCoreApplication.translate))

    def choose(self, row: int, side: str) -> None:
        """Keep ``side`` ("a" or "b") for the conflict in ``row``."""
        assert self.plan is not None
        self.plan.conflicts[row].choice = side
        self.table.blockSignals(True)
        for column, each in ((2, "a"), (3, "b")):
            self.table.item(row, column).setCheckState(Qt.CheckState.Checked if each == side else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._paint_choices()
        self._refresh()

    def choose_all(self, side: str) -> None:
        if self.plan is not None:
            for row in range(len(self.plan.conflicts)):
                self.choose(row, side)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (2, 3) and self.plan is not None:
            side = SIDES[item.column() - 2]
            if item.checkState() == Qt.CheckState.Checked:
                self.choose(item.row(), side)
            elif self.plan.conflicts[item.row()].choice == side:
                self.plan.conflicts[item.row()].choice = None
                self._paint_choices()
                self._refresh()

    def _paint_choices(self) -> None:
        if self.plan is None:
            return
        for row, conflict in enumerate(self.plan.conflicts):
            for column, side in ((2, "a"), (3, "b")):
                item = self.table.item(row, column)
                item.setBackground(QBrush(CHOSEN_BG) if conflict.choice == side else QBrush())

    # -- state and writing ---------------------------------------------------------------------
    def _show_files(self) -> None:
        second = self.second.name if self.second else self.tr("（请选择）")
        self.files.setText(self._side(0, str(self.first)) + "\n" + self._side(1, str(second)))

    def _side(self, index: int, file: str) -> str:
        """「本文件：滨江市.pzd」: which side, and its file."""
        return self.tr("{side}：{file}").format(side=self.names[index], file=file)

    def _refresh(self) -> None:
        plan = self.plan
        has_conflicts = plan is not None and bool(plan.conflicts)
        for button in (self.all_a, self.all_b):
            button.setEnabled(has_conflicts)
        self.table.setVisible(has_conflicts)
        layout = self.layout()
        layout.setStretch(layout.indexOf(self.table) + 1, 0 if has_conflicts else 1)
        self.merge_button.setEnabled(plan is not None and not plan.unresolved)
        if plan is None:
            if self.second is None:
                self.summary.setText(self.tr("请选择要与本文件合并的副本（同一份申报材料的另一个 .pzd 文件）。"))
            return
        from app.models.storage.merge import count_changes

        if plan.contained:
            fuller = self.first.name if plan.contained == "a" else (self.second.name if self.second else "")
            text = self.tr("“{fuller}”已包含另一个文件的全部修改，无需合并；合并结果将与“{fuller}”相同。").format(fuller=fuller)
        else:
            text = self.tr("两份分开后，{first}有 {a} 处修改、{second}有 {b} 处修改将自动合并。").format(
                first=self.names[0], second=self.names[1], a=count_changes(plan.from_a), b=count_changes(plan.from_b))
            if plan.conflicts:
                text += self.tr("另有 {n} 处两边改得不同（冲突），请在下表中勾选要采用的一边；还有 {left} 处未选择。").format(
                    n=len(plan.conflicts), left=len(plan.unresolved))
        self.summary.setStyleSheet("")
        self.summary.setText(text)
        self.summary.setToolTip(self._auto_merged(plan))

    def _auto_merged(self, plan: MergePlan) -> str:
        """What is taken from each side without asking (first 20 of each), for the summary's tooltip."""
        from app.models.history_words import describe_path

        lines = []
        for name, leaves, dossier in ((self.names[0], plan.from_a, plan.a.copy.dossier),
                                      (self.names[1], plan.from_b, plan.b.copy.dossier)):
            places = list(dict.fromkeys(describe_path("/".join(leaf.split("/")[:3]) if leaf.startswith("registers/")
                                                      else leaf, plan.catalogue, dossier, tr=QCoreApplication.translate)
                                        for leaf in leaves))
            if places:
                more = self.tr("……等 {n} 处").format(n=len(places)) if len(places) > 20 else ""
                lines.append(self.tr("采用{side}的修改：").format(side=name) + self.tr("；").join(places[:20]) + more)
        return "\n".join(lines)

    def ask_and_merge(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存合并结果"), str(merged_name(self.first)),
                                              self.tr("申报材料 (*.pzd)"))
        if name:
            self.merge_to(Path(name) if name.lower().endswith(".pzd") else Path(name + ".pzd"))

    def merge_to(self, dest: Path) -> None:
        """Write the result to ``dest`` (in the background); on success ``merged`` is emitted and the dialog closes."""
        if self.plan is None:
            return
        run_with_progress(self, self.tr("正在合并…"), lambda _p, plan, path: write_merge(
                              plan, path, author=self.author, overwrite=True), self.plan, dest,
                          on_result=self._written, on_error=lambda exc: report_exception(self, exc, action=self.tr("合并副本")))

    def _written(self, outcome: MergeOutcome) -> None:
        self.outcome = outcome
        show_info(self, self.tr("合并完成"), core_text(outcome.describe(self.first.name,
                                                                     self.second.name if self.second else "")))
        self.merged.emit(outcome.path)
        self.accept()
