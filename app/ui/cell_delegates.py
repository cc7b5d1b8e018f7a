"""Cell editors for register tables, one kind per catalogue column type.

The register model stores typed values (see ``app.models.values``); people
edit text.  These delegates give each column type a fitting editor — a
combo box for choices, a number field with a unit box for quantities, a
plain line for text, dates, numbers and scenario lists — and hand back
*text* to the model, which parses it with ``values.parse_cell``.  Nothing is
coerced here: a value the parser refuses is refused by the model and shown
to the user.  Boolean columns need no editor (the model makes them
checkable); ``CheckCellDelegate`` draws a centred check box for matrices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLineEdit, QStyledItemDelegate, QWidget

from app.models.catalogue import Catalogue, ColumnSpec
from app.ui.catalogue_text import catalogue_text

if TYPE_CHECKING:
    # PySide creates a class's Python type (and all its enums) when it is first named; QStyle alone costs
    # ~10 ms, so the style classes are named only where a check box is drawn.
    from PySide6.QtWidgets import QStyleOptionViewItem

# Roles shared by the register model and its delegates.
ColumnSpecRole = Qt.ItemDataRole.UserRole + 1     # the ColumnSpec of the cell
RawValueRole = Qt.ItemDataRole.UserRole + 2       # the stored value (int, str, dict, list, bool, None)
EditTextRole = Qt.ItemDataRole.UserRole + 3       # the text an editor starts from
RefusedTextRole = Qt.ItemDataRole.UserRole + 4    # what was typed into the cell and refused (None when nothing was)

AnyIndex = QModelIndex | QPersistentModelIndex


class QuantityEditor(QWidget):
    """A number field followed by a unit box (人 / 万人)."""

    def __init__(self, column: ColumnSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("数值"))
        self.unit = QComboBox(self)
        self.unit.addItems(list(column.units))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.unit)
        self.setFocusProxy(self.number)
        self.setAutoFillBackground(True)

    def set_value(self, value: Any) -> None:
        if isinstance(value, dict):
            self.number.setText(str(value.get("value") or ""))
            unit = value.get("unit") or self.column.default_unit
        else:
            self.number.setText("")
            unit = self.column.default_unit
        if unit:
            self.unit.setCurrentText(unit)
        self.number.selectAll()

    def text(self) -> str:
        """The entry as text with its unit, e.g. ``1274.83万人``; empty when the number is empty."""
        number = self.number.text().strip()
        if not number:
            return ""
        if any(number.endswith(u) for u in self.column.units):
            return number      # the person typed a unit: theirs wins, the parser reads it
        return number + self.unit.currentText()


class CellDelegate(QStyledItemDelegate):
    """Creates the editor that fits the column type; returns text for the model to parse."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        column: ColumnSpec | None = index.data(ColumnSpecRole)
        if column is None:
            return super().createEditor(parent, option, index)
        if column.type == "choice":
            combo = QComboBox(parent)
            combo.addItem(self.tr("（未选择）"), "")
            for choice in self.catalogue.choice_lists[column.list or ""]:
                combo.addItem(catalogue_text(choice.name), choice.id)
            return combo
        if column.type == "quantity":
            return QuantityEditor(column, parent)
        edit = QLineEdit(parent)
        placeholder = {
            "date": self.tr("例如 2024-03-01"),
            "integer": self.tr("整数"),
            "decimal": self.tr("数值"),
            "scenario_set": self.tr("场景名称，以“、”分隔"),
        }.get(column.type)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        raw = index.data(RawValueRole)
        refused = index.data(RefusedTextRole)     # a refused entry comes back to be corrected, not typed again
        if isinstance(editor, QComboBox):
            position = editor.findData(raw or "")
            editor.setCurrentIndex(max(position, 0))
        elif isinstance(editor, QuantityEditor):
            editor.set_value(raw)
            if refused:
                editor.number.setText(refused)
                editor.number.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(refused or str(index.data(EditTextRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            # the catalogue's own name, which the model parses (the combo may show a translation)
            column: ColumnSpec | None = index.data(ColumnSpecRole)
            choice = editor.currentData()
            text = self.catalogue.choice_name(column.list or "", choice) if choice and column is not None else ""
            model.setData(index, text, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QuantityEditor):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QuantityEditor):
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        elif isinstance(editor, QLineEdit):
            # a column sized for its shown text is too narrow to edit it (「2023年12月31日」 lost its first digit):
            # the editor grows to the right over its neighbours, as far as the table shows
            wanted = editor.fontMetrics().horizontalAdvance(editor.text() or editor.placeholderText()) + 16
            room = editor.parentWidget().width() - rect.left() if editor.parentWidget() is not None else wanted
            rect.setWidth(max(rect.width(), min(wanted, room)))
        editor.setGeometry(rect)


class CheckCellDelegate(QStyledItemDelegate):
    """A check box drawn in the middle of the cell; a click anywhere in the cell toggles it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStyleOptionViewItem

        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            super().paint(painter, option, index)
            return
        # background (selection, colour roles) without the default left-aligned indicator
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        plain.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        box = QStyleOptionButton()
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, option.widget)
        box.rect = QRect(0, 0, size, size)
        box.rect.moveCenter(option.rect.center())
        box.state = QStyle.StateFlag.State_Enabled
        checked = Qt.CheckState(state) == Qt.CheckState.Checked if not isinstance(state, Qt.CheckState) \
            else state == Qt.CheckState.Checked
        box.state |= QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        if not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            box.state &= ~QStyle.StateFlag.State_Enabled
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, option.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        if index.data(Qt.ItemDataRole.CheckStateRole) is None \
                or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        toggle = False
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            toggle = event.button() == Qt.MouseButton.LeftButton and option.rect.contains(event.position().toPoint())
        elif event.type() == QEvent.Type.MouseButtonDblClick:
            return True        # swallow: a double click must not toggle twice
        elif event.type() == QEvent.Type.KeyPress:
            toggle = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)  # type: ignore[attr-defined]
        if not toggle:
            return False
        state = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole))
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 26), max(hint.height(), 24))
