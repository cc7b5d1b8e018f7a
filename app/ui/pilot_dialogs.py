"""The small forms of the pilot years: 批复, 未获批复, 星级评定, 第十八条事项, 调整目标, 撤销, 复核完成, evidence.

Each dialog only collects values; the timeline page passes the core call that
records them (``commit``: ``app.models.pilot_stages`` for stage changes,
``app.models.pilot_edits`` for the rest), which checks them and refuses with a
Chinese message — nothing is recorded until the core accepts it, and the form
stays open over the message with everything typed, to be corrected.  Dates are
picked from a calendar and never later than today.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.errors import UserFacingError
from app.models import pilot
from app.models.catalogue import Catalogue
from app.ui.catalogue_text import catalogue_text
from app.ui.screen_fit import fit_to_screen

translate = QCoreApplication.translate   # lupdate reads translate("pilot_dialogs", "text")


def attempt(parent: QWidget | None, action: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a core call; a refusal becomes the usual Chinese dialog and nothing changes (None is returned)."""
    try:
        return fn(*args, **kwargs)
    except UserFacingError as exc:
        from app.ui.dialogs import report_exception

        report_exception(parent, exc, action=action)
        return None


def date_edit(value: str = "", parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    day = pilot.parse_day(value)
    edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


Commit = Callable[[dict[str, Any]], Any]


class FormDialog(QDialog):
    """A titled form with 确定/取消.  With ``commit``, 确定 hands ``collect()``'s values to it and closes only
    when the core accepts them; a refusal is shown over the form, which keeps what was typed."""

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None, *,
                 commit: Commit | None = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self.collect: Callable[[], dict[str, Any]] = dict
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368;")
            layout.addWidget(note)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}          # by label (keyboard users and tests find them here)
        layout.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.commit is not None:
            try:
                self.commit(self.collect())
            except UserFacingError as exc:
                from app.ui.dialogs import report_exception

                report_exception(self, exc, action=self.windowTitle())
                return
        super().accept()

    def ask(self, collect: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
        """Show the form; the values (recorded through ``commit`` when given) or None when cancelled."""
        self.collect = collect
        return collect() if self.exec() else None

    def add(self, label: str, widget: QWidget) -> Any:
        self.form.addRow(label, widget)
        self.fields[label] = widget
        return widget

    def line(self, label: str, value: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(placeholder)
        return self.add(label, edit)

    def day(self, label: str, value: str = "") -> QDateEdit:
        return self.add(label, date_edit(value))

    def text(self, label: str, value: str = "", placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(90)
        return self.add(label, edit)

    def choice(self, label: str, items: list[tuple[str, Any]], current: Any = None) -> QComboBox:
        combo = QComboBox()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        return self.add(label, combo)


def approval_dialog(parent: QWidget, current: pilot.Approval | None = None, *,
                    commit: Commit | None = None) -> dict[str, str] | None:
    """批复日期, 批复文号, 说明 (the 批复 document is attached afterwards, from the timeline)."""
    title = translate("pilot_dialogs", "更正批复信息") if current else translate("pilot_dialogs", "记录批复")
    dialog = FormDialog(title, translate("pilot_dialogs", "工业和信息化部批复同意开展先导区试点。试点期为三年，自批复之日起计算（工作规则第十四条）；"
                                         "批复后试点工作方案冻结，分年度目标以批复的版本为准。"), parent, commit=commit)
    day = dialog.day(translate("pilot_dialogs", "批复日期"), current.date if current else "")
    number = dialog.line(translate("pilot_dialogs", "批复文号"), current.number if current else "",
                         translate("pilot_dialogs", "例如：工信厅信管函〔2025〕188号"))
    note = dialog.line(translate("pilot_dialogs", "说明"), current.note if current else "")
    return dialog.ask(lambda: {"on": iso(day), "number": number.text(), "note": note.text()})


def decision_dialog(parent: QWidget, title: str, intro: str, *, clause: bool = False,
                    commit: Commit | None = None) -> dict[str, str] | None:
    """未获批复 / 撤销批复 / 复核完成: date, document number, note (and the 第十八条 item for a revocation)."""
    dialog = FormDialog(title, intro, parent, commit=commit)
    day = dialog.day(translate("pilot_dialogs", "日期"))
    number = dialog.line(translate("pilot_dialogs", "文号"), "", translate("pilot_dialogs", "通知或批复的文号（如有）"))
    clauses = [(translate("pilot_dialogs", "（一）发生重大网络安全事件、重大安全生产事故等"), "（一）"),
               (translate("pilot_dialogs", "（二）提供虚假材料"), "（二）"),
               (translate("pilot_dialogs", "（三）不配合评价复核等相关工作"), "（三）"),
               (translate("pilot_dialogs", "（四）累计两次星级评定为三星以下"), "（四）"),
               (translate("pilot_dialogs", "（五）存在其他重大问题"), "（五）")]
    item = dialog.choice(translate("pilot_dialogs", "第十八条"), clauses, "（四）") if clause else None
    note = dialog.line(translate("pilot_dialogs", "说明"))

    def collect() -> dict[str, str]:
        values = {"on": iso(day), "number": number.text(), "note": note.text()}
        if item is not None:
            values["clause"] = item.currentData()
        return values
    return dialog.ask(collect)


def rating_dialog(parent: QWidget, year: int, *, commit: Commit | None = None) -> dict[str, Any] | None:
    dialog = FormDialog(translate("pilot_dialogs", "记录第{n}年星级评定").format(n=year), translate("pilot_dialogs", 
        "工业和信息化部每年组织开展试点评价，以一星到五星体现试点建设质量（工作规则第十六条）。累计两次星级评定为三星以下"
        "（含三星）的，撤销批复（第十八条（四））。"), parent, commit=commit)
    stars = QSpinBox()
    stars.setRange(1, 5)
    stars.setValue(3)
    stars.setSuffix(translate("pilot_dialogs", " 星"))
    dialog.add(translate("pilot_dialogs", "星级"), stars)
    day = dialog.day(translate("pilot_dialogs", "评定日期"))
    document = dialog.line(translate("pilot_dialogs", "评定文件"), "", translate("pilot_dialogs", "通知名称或文号"))
    return dialog.ask(lambda: {"year": year, "stars": stars.value(), "on": iso(day), "document": document.text()})


def incident_dialog(parent: QWidget, *, commit: Commit | None = None) -> dict[str, str] | None:
    dialog = FormDialog(translate("pilot_dialogs", "记录第十八条事项"), translate("pilot_dialogs", 
        "发生重大网络安全事件、重大安全生产事故，提供虚假材料，不配合评价复核等，或存在其他重大问题的，不予批复，"
        "已批复的撤销，三年内不允许申请工业和信息化部工业互联网相关项目（工作规则第十八条）。"), parent, commit=commit)
    kinds = [(translate("pilot_dialogs", "{kind}（{clause}）").format(
        kind=translate(pilot.CONTEXT, label), clause=pilot.clause_text(clause, translate)), key)
        for key, (label, clause) in pilot.INCIDENT_KINDS.items()]
    kind = dialog.choice(translate("pilot_dialogs", "类别"), kinds)
    day = dialog.day(translate("pilot_dialogs", "发生日期"))
    description = dialog.text(translate("pilot_dialogs", "经过"), "", translate("pilot_dialogs", "简要说明事项经过"))
    document = dialog.line(translate("pilot_dialogs", "相关文件"))
    return dialog.ask(lambda: {"kind": kind.currentData(), "on": iso(day), "description": description.toPlainText(),
                               "document": document.text()})


def amendment_dialog(parent: QWidget, catalogue: Catalogue, dossier: Any, year: int = 1,
                     target: tuple[str, str] | None = None, *, commit: Commit | None = None) -> dict[str, Any] | None:
    dialog = FormDialog(translate("pilot_dialogs", "调整目标"), translate("pilot_dialogs", 
        "批复的目标保持不变；调整以新的记录保存，注明日期和理由，年度报告和复核材料同时列出原目标和调整后的目标。"), parent,
        commit=commit)
    targets = [(translate("pilot_dialogs", "{code} {label}（{unit}）").format(
        code=ind.code, label=catalogue_text(spec.label), unit=catalogue_text(spec.unit)), (ind.id, spec.id))
               for ind in catalogue.indicators() for spec in ind.targets if not spec.derived]
    which = dialog.choice(translate("pilot_dialogs", "目标"), targets, target)
    years = dialog.choice(translate("pilot_dialogs", "年度"), [(translate("pilot_dialogs", "第{n}年").format(n=y), y) for y in (1, 2, 3)], year)
    current = dialog.add(translate("pilot_dialogs", "现行目标"), QLabel())

    def show_current() -> None:
        ind_id, target_id = which.currentData()
        value = pilot.effective_target(dossier, ind_id, target_id, years.currentData())
        current.setText(value or translate("pilot_dialogs", "（未设）"))

    which.currentIndexChanged.connect(show_current)
    years.currentIndexChanged.connect(show_current)
    show_current()
    new = dialog.line(translate("pilot_dialogs", "调整后目标"))
    day = dialog.day(translate("pilot_dialogs", "调整日期"))
    reason = dialog.line(translate("pilot_dialogs", "理由"), "", translate("pilot_dialogs", "必填"))
    document = dialog.line(translate("pilot_dialogs", "依据文件"))
    def collect() -> dict[str, Any]:
        ind_id, target_id = which.currentData()
        return {"indicator_id": ind_id, "target_id": target_id, "year": years.currentData(), "new": new.text(),
                "on": iso(day), "reason": reason.text(), "document": document.text()}
    return dialog.ask(collect)


class EvidenceChooser(QDialog):
    """Which evidence items back a value (ticked), its note, and 添加文件… through the one evidence import."""

    def __init__(self, doc: Any, title: str, chosen: list[str], note: str = "", *, indicators: list[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.indicators = doc, list(indicators)
        self.setWindowTitle(title)
        fit_to_screen(self, 620, 460)
        self.list = QListWidget()
        self.list.setObjectName("evidence_choices")
        self.note = QLineEdit(note)
        add = QPushButton(self.tr("添加文件…"))
        add.clicked.connect(self.add_files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("勾选支撑该数值的证明材料：")))
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        form.addRow(self.tr("备注"), self.note)
        layout.addLayout(form)
        layout.addLayout(row)
        self._fill(chosen)

    def _fill(self, chosen: list[str]) -> None:
        self.list.clear()
        for item in self.doc.dossier.evidence:
            row = QListWidgetItem(self.tr("{title}（{file}）").format(title=item.title or item.filename,
                                                                   file=item.filename))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(row)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def add_files(self) -> None:
        from app.ui.evidence import open_files
        from app.ui.evidence_import import import_files

        paths = open_files(self)
        if not paths:
            return
        before = {e.id for e in self.doc.dossier.evidence}
        names = {p.name for p in paths}

        def done(_count: int) -> None:
            added = [e.id for e in self.doc.dossier.evidence if e.id not in before or e.filename in names]
            self._fill(list(dict.fromkeys(self.chosen() + added)))

        import_files(self, self.doc, paths, self.indicators, on_done=done)

