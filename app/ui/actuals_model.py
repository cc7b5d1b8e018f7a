"""The tables of the annual report pages: a year's targets against the values reached, and the whole period.

``ActualsModel`` (Qt model/view over ``app.models.completion``'s rows) shows
one pilot year: the target that counts (amended where recorded), the value
reached — the one editable column, written through ``pilot_edits.set_actual``
—, the exact completion rate, its state and the evidence.  ``PeriodModel``
shows years 1–3 side by side for the 复核, read-only.  A value typed in the
table changes only its cells (``dataChanged``), so the editor and the current
row survive the redraw that follows every edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from app.models import completion, pilot, pilot_edits
from app.models.numbers import format_short
from app.translatable import QT_TRANSLATE_NOOP
from app.ui.catalogue_text import catalogue_text
from app.ui.open_dossier import OpenDossier
from app.ui.pilot_dialogs import attempt

translate = QCoreApplication.translate
STATUS_COLOURS = {completion.MET: "#1b7f3b", completion.BEHIND: "#c62828", completion.MISSING: "#80868b"}


class _TargetRowsModel(QAbstractTableModel):
    """A table of targets, a row each (``rows``), with ``HEADERS`` translated in the subclass's own context."""

    HEADERS: tuple[str, ...] = ()
    rows: list[Any]

    def replace_rows(self, rows: list[Any]) -> None:
        """New rows: the same targets only change their cells (an open editor and the current row survive a
        value typed in the table); other targets reset the model."""
        keys = [(r.indicator.id, r.target.id) for r in rows]
        if self.rows and keys == [(r.indicator.id, r.target.id) for r in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(type(self).__name__, self.HEADERS[section])   # lupdate lists them by that context
        return None


def target_name(row: Any) -> str:
    """「2.1.1 5G基站数（个）」: the code, then the target's label and unit from the catalogue in the UI's language."""
    return translate("ActualsModel", "{code} {label}（{unit}）").format(
        code=row.indicator.code, label=catalogue_text(row.target.label), unit=catalogue_text(row.target.unit))


class ActualsModel(_TargetRowsModel):
    """One pilot year's targets against the values reached; the 实际完成 column is edited in place."""

    HEADERS = (QT_TRANSLATE_NOOP("ActualsModel", "指标及目标项"), QT_TRANSLATE_NOOP("ActualsModel", "年度目标"),
               QT_TRANSLATE_NOOP("ActualsModel", "实际完成"), QT_TRANSLATE_NOOP("ActualsModel", "完成率"),
               QT_TRANSLATE_NOOP("ActualsModel", "状态"), QT_TRANSLATE_NOOP("ActualsModel", "证明材料"))
    VALUE_COLUMN = 2

    def __init__(self, doc: OpenDossier, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.year = doc, year
        self.rows: list[completion.TargetRow] = []
        self.reload()

    def reload(self) -> None:
        self.replace_rows(completion.year_rows(self.doc.dossier, self.doc.catalogue, self.year))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        row = self.rows[index.row()]
        if index.column() == self.VALUE_COLUMN and not row.target.derived and self._editable():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _editable(self) -> bool:
        return self.doc.dossier.stage in ("approved", "review") and not self.doc.session.read_only

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        c = row.completion
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return target_name(row)
            if column == 1:
                return (row.planned or "") + (self.tr("（已调整）") if row.amendments else "")
            if column == 2:
                value = row.actual.value if row.actual and row.actual.value else ""
                return value if role == Qt.ItemDataRole.EditRole else value or ""
            if column == 3:
                return c.rate_text(translate)
            if column == 4:
                return c.status_text(translate)
            if column == 5:
                return self._evidence_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (3, 4):
            return QBrush(QColor(STATUS_COLOURS.get(c.status, "#202124")))
        if role == Qt.ItemDataRole.BackgroundRole and column == 2 and self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return QBrush(QColor("#fffbe6" if c.status == completion.MISSING else "#ffffff"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _evidence_text(self, row: completion.TargetRow) -> str:
        ids = row.actual.evidence if row.actual else ()
        return self.tr("{n} 份").format(n=len(ids)) if ids else ""

    def _tooltip(self, row: completion.TargetRow, column: int) -> str:
        lines = [self.tr("{code} {name} › {label}（{unit}）").format(
            code=row.indicator.code, name=row.indicator.name, label=catalogue_text(row.target.label),
            unit=catalogue_text(row.target.unit))]
        if row.amendments:
            lines.append(self.tr("批复目标 {approved}；").format(approved=row.approved or "—") + self.tr("；").join(
                self.tr("{date}调整为 {new}（{reason}）").format(date=pilot.cn_date(a.date, translate), new=a.new,
                                                                reason=a.reason)
                for a in row.amendments))
        if row.target.derived:
            lines.append(self.tr("由其他数值计算得出，无需填写"))
        if row.actual and row.actual.note:
            lines.append(self.tr("备注：{note}").format(note=row.actual.note))
        gap = row.completion.gap
        if gap is not None:
            lines.append(self.tr("差距：{gap} {unit}").format(gap=format_short(gap),
                                                            unit=catalogue_text(row.target.unit)))
        return "\n".join(lines)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.VALUE_COLUMN:
            return False
        row = self.rows[index.row()]
        changed = attempt(self.parent(), self.tr("填报实际完成值"), pilot_edits.set_actual, self.doc.session,
                          self.doc.catalogue, self.year, row.indicator.id, row.target.id, value=str(value or ""))
        return changed is not None


class PeriodModel(_TargetRowsModel):
    """The whole period for the 复核: each year's target / value reached, and the judgement (read-only)."""

    HEADERS = (QT_TRANSLATE_NOOP("PeriodModel", "指标及目标项"), QT_TRANSLATE_NOOP("PeriodModel", "第一年 目标／实际"),
               QT_TRANSLATE_NOOP("PeriodModel", "第二年 目标／实际"), QT_TRANSLATE_NOOP("PeriodModel", "第三年 目标／实际"),
               QT_TRANSLATE_NOOP("PeriodModel", "期末完成率"), QT_TRANSLATE_NOOP("PeriodModel", "结论"))

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.rows: list[completion.PeriodRow] = []
        self.reload()

    def reload(self) -> None:
        self.replace_rows(completion.period_rows(self.doc.dossier, self.doc.catalogue))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return target_name(row)
            if 1 <= column <= 3:
                year = row.years[column - 1]
                if year is None:
                    return "—"
                reached = year.actual.value if year.actual and year.actual.value else self.tr("未填报")
                return self.tr("{target}／{actual}").format(target=year.planned, actual=reached)
            return row.completion.rate_text(translate) if column == 4 else row.completion.status_text(translate)
        if role == Qt.ItemDataRole.ForegroundRole and column in (4, 5):
            return QBrush(QColor(STATUS_COLOURS.get(row.completion.status, "#202124")))
        return None
