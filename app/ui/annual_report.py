"""The annual report pages (第N年度试点工作开展情况) and the 复核 page of the dossier window.

Top: the report period and state, and what can be done with it — preview the
PDF, export it (the one export dialog, ``ExportDialog(kind=…)``: Word, PDF,
the evidence it cites, signed, verified by ``pilotzone verify``), mark it
submitted, fill the values in from a spreadsheet.  Then the table of every
target the approved plan sets for the year (``ActualsModel``): the year's
target (amended where recorded), the value reached — typed in the table —,
the exact completion rate and its state, and the evidence (double-click;
the table models are ``app.ui.actuals_model``).
Then per area of the construction guide the three texts of the report.  The
复核 page shows the whole period read-only (``PeriodModel``) and its texts.
Every value goes through ``app.models.pilot_edits``; the page redraws from
``doc.changed``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from app.export import kinds
from app.models import completion, pilot, pilot_edits, pilot_stages
from app.models.rules import Jump
from app.translatable import Joined
from app.ui.actuals_model import ActualsModel, PeriodModel
from app.ui.catalogue_text import catalogue_text, core_text
from app.ui.open_dossier import OpenDossier
from app.ui.pilot_dialogs import attempt as _report
from app.ui.text_editors import LongTextEditor
from app.ui.wizard import MUTED_STYLE, FormPage, heading

ROW_HEIGHT = 30
translate = QCoreApplication.translate


class ReportPage(FormPage):
    """第N年度试点工作开展情况 (``year``) or the 复核 (``year`` None)."""

    def __init__(self, doc: OpenDossier, year: int | None, parent: QWidget | None = None) -> None:
        kind = kinds.annual_report(year) if year else kinds.REVIEW
        super().__init__(kind.document_text(translate), "", parent)
        self.kind, self.doc, self.year = kind, doc, year
        self.scope = pilot_stages.scope_of(year)
        self.setObjectName(f"report_page_{year or 'review'}")
        self.period = QLabel()
        self.period.setStyleSheet(MUTED_STYLE)
        self.period.setWordWrap(True)
        self.body.addWidget(self.period)
        self.body.addLayout(self._buttons())
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.model = ActualsModel(doc, year, self) if year else PeriodModel(doc, self)
        self.table = QTableView()
        self.table.setObjectName("actuals_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._double_clicked)
        self.body.addWidget(self.table)
        self.body.addWidget(heading(self.tr("重点任务推进情况") if year else self.tr("试点工作总结"), 12))
        self.tabs = QTabWidget()
        self.editors: dict[tuple[str, str], LongTextEditor] = {}
        labels = pilot.TEXT_PART_LABELS if year else pilot.REVIEW_PART_LABELS
        for area in doc.catalogue.guide_areas:
            tab = QWidget()
            layout = QVBoxLayout(tab)
            note = QLabel(self.tr("建设指南：{items}").format(items=Joined(area.items).text(translate)))
            note.setStyleSheet(MUTED_STYLE)
            note.setWordWrap(True)
            layout.addWidget(note)
            for part in pilot.TEXT_PARTS:
                layout.addWidget(QLabel(translate(pilot.CONTEXT, labels[part])))
                editor = self._text_editor(area.id, part)
                self.editors[(area.id, part)] = editor
                layout.addWidget(editor)
            self.tabs.addTab(tab, area.name.split("、", 1)[-1])
        self.body.addWidget(self.tabs)
        self.finish()
        doc.changed.connect(self._on_changed)
        self.refresh()

    def _buttons(self) -> QVBoxLayout:
        """Two short rows, so the page fits beside the dock on a 1280-pixel screen."""
        rows = QVBoxLayout()
        first = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览 PDF…"))
        self.preview_button.clicked.connect(self.preview)
        self.export_button = QPushButton(self.tr("导出年度报告…") if self.year else self.tr("导出复核材料…"))
        self.export_button.setObjectName("export_report")
        self.export_button.setToolTip(self.tr("Word、PDF 和所引证明材料，可签名；正式稿导出后定稿"))
        self.export_button.clicked.connect(self.export)
        self.submit_button = QPushButton(self.tr("标记为已报送"))
        self.submit_button.clicked.connect(self.mark_submitted)
        for button in (self.preview_button, self.export_button, self.submit_button):
            first.addWidget(button)
        first.addStretch(1)
        rows.addLayout(first)
        if self.year:
            second = QHBoxLayout()
            self.form_button = QPushButton(self.tr("导出填报表…"))
            self.form_button.setToolTip(self.tr("本年度目标的 Excel 填报表，供各部门填写实际完成值"))
            self.form_button.clicked.connect(self.write_form)
            self.import_button = QPushButton(self.tr("导入实际完成值…"))
            self.import_button.clicked.connect(self.import_values)
            second.addWidget(self.form_button)
            second.addWidget(self.import_button)
            second.addStretch(1)
            rows.addLayout(second)
        return rows

    def _text_editor(self, area_id: str, part: str) -> LongTextEditor:
        key = f"{self.scope}/text/{area_id}"
        return LongTextEditor(
            self.doc, read=lambda: pilot.area_text(self.doc.dossier, self.scope, area_id)[part],
            write=lambda text: _report(self, self.tr("撰写报告"), pilot_edits.set_area_text, self.doc.session,
                                       self.doc.catalogue, self.scope, area_id, part, text),
            matches=lambda c: c.kind == "pilot" and c.key == key, minimum_height=70,
            object_name=f"{self.scope}.{area_id}.{part}")

    # -- state ---------------------------------------------------------------------------------
    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind in ("pilot", "meta", "evidence") for c in changes):
            self.refresh()

    def refresh(self) -> None:
        d = self.doc.dossier
        self.model.reload()
        self.table.setFixedHeight(ROW_HEIGHT * max(self.model.rowCount(), 1) + self.table.horizontalHeader().height() + 6)
        status = pilot_stages.status_of(d, self.year)
        day = pilot.approved_on(d)
        if day is not None and self.year:
            first, last = pilot.year_span(day, self.year)
            period = self.tr("报告期：{first}至{last}").format(first=pilot.cn_date(first, translate),
                                                         last=pilot.cn_date(last, translate))
        elif day is not None:
            period = self.tr("试点期：{first}至{last}").format(first=pilot.cn_date(day, translate),
                                                         last=pilot.cn_date(pilot.pilot_end(day), translate))
        else:
            period = self.tr("申报材料获批复后填报。")
        self.period.setText(self.tr("{period}　　状态：{state}").format(period=period, state=status.text(translate)))
        pairs = [(r.indicator, r.completion) for r in self.model.rows]
        _, total = completion.totals(self.doc.catalogue, pairs)
        self.summary.setText(self.tr("完成度 {total}。完成度为各目标完成率（单项以100%计上限）的平均值，不是评价得分。").format(
            total=total.text(translate)))
        ready = kinds.precondition(self.kind, d) is None
        self.preview_button.setEnabled(ready)
        self.export_button.setEnabled(ready)
        self.submit_button.setEnabled(status.state == "finalised")
        if self.year:
            self.import_button.setEnabled(ready and d.stage in ("approved", "review"))
            self.form_button.setEnabled(ready)

    # -- actions -------------------------------------------------------------------------------
    def _double_clicked(self, index: QModelIndex) -> None:
        if self.year and index.column() == 5:
            self.choose_evidence(index.row())

    def choose_evidence(self, row_index: int) -> None:
        from app.ui.pilot_dialogs import EvidenceChooser

        row = self.model.rows[row_index]
        chosen = list(row.actual.evidence) if row.actual else []
        title = self.tr("证明材料：{label}").format(label=catalogue_text(row.target.label))
        dialog = EvidenceChooser(self.doc, title, chosen, row.actual.note if row.actual else "",
                                 indicators=[row.indicator.id], parent=self)
        if dialog.exec():
            _report(self, self.tr("关联证明材料"), pilot_edits.set_actual, self.doc.session, self.doc.catalogue,
                    self.year, row.indicator.id, row.target.id, evidence=dialog.chosen(), note=dialog.note.text())

    def select_target(self, indicator_id: str, target_id: str) -> QWidget:
        for i, row in enumerate(self.model.rows):
            if row.indicator.id == indicator_id and row.target.id == target_id:
                index = self.model.index(i, 2)
                self.table.setCurrentIndex(index)
                self.ensureWidgetVisible(self.table)
                self.table.setFocus()
                return self.table
        return self.table

    def focus_jump(self, jump: Jump) -> QWidget:
        if jump.record_id.startswith("text/"):
            return self.select_text(*jump.record_id.split("/")[1:3])
        if jump.indicator_id and jump.record_id:
            return self.select_target(jump.indicator_id, jump.record_id)
        return self.table

    def select_text(self, area_id: str, part: str) -> QWidget:
        """The editor of one text of an area: its tab shown, scrolled to and focused."""
        editor = self.editors.get((area_id, part))
        if editor is None:
            return self.table
        areas = [a.id for a in self.doc.catalogue.guide_areas]
        self.tabs.setCurrentIndex(areas.index(area_id))
        self.ensureWidgetVisible(editor)
        editor.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def preview(self) -> None:
        from app.ui.export_dialog import preview_pdf

        preview_pdf(self, self.doc, self.kind)

    def export(self) -> Any:
        from app.ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.doc, self, kind=self.kind)
        self.export_dialog.jump_requested.connect(self.focus_jump)
        self.export_dialog.exec()
        return self.export_dialog

    def mark_submitted(self) -> None:
        _report(self, self.tr("标记为已报送"), pilot_stages.report_submit, self.doc.session, self.year)

    def write_form(self) -> None:
        from app.models.actuals_table import write_form

        name = self.tr("{city}-第{n}年实际完成值填报表.xlsx").format(city=self.doc.display_name(), n=self.year)
        folder = Path(self.doc.path).parent if self.doc.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出填报表"), str(folder / name), self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            _report(self, self.tr("导出填报表"), write_form, path, self.doc.dossier, self.doc.catalogue, self.year)

    def import_values(self) -> None:
        from app.models.actuals_table import read_values
        from app.ui.dialogs import show_info

        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入实际完成值"), "",
                                              self.tr("表格 (*.xlsx *.csv)"))
        if not path:
            return
        found = _report(self, self.tr("导入实际完成值"), read_values, path, self.doc.dossier, self.doc.catalogue,
                        self.year)
        if found is None:
            return
        count = _report(self, self.tr("导入实际完成值"), pilot_edits.import_actuals, self.doc.session,
                        self.doc.catalogue, self.year, found.values, notes=found.notes)
        lines = [self.tr("已导入 {n} 项实际完成值（可撤销）。").format(n=count or 0)]
        lines += [self.tr("第 {row} 行未导入：{reason}").format(row=row, reason=core_text(reason))
                  for row, reason in found.skipped]
        show_info(self, self.tr("导入实际完成值"), "\n".join(lines))
