"""The live gap panel: what still stops the application, and how far along it is.

Top: the six starred conditions (不可偏离条件), each with measured value vs
threshold, 「满足」/「不满足」 by text *and* colour, the sentence that says what
closes the gap, and details.  Middle: findings grouped by severity
(阻断/错误/提示).  Bottom: 完成度 per section and overall — never a score.

The panel only listens to ``doc.evaluated``; clicking (or pressing Enter on)
a condition or finding emits ``jump_requested`` with the ``Jump`` to follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QGridLayout, QLabel, QProgressBar, QScrollArea, QSplitter, QStyledItemDelegate,
    QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app.models.assessment import Evaluation, Finding, Severity
from app.models.numbers import format_rounded
from app.models.rules import ConditionResult, Jump
from app.ui.open_dossier import OpenDossier
from app.ui.wizard import section_title

translate = QCoreApplication.translate   # severity labels and finding sentences: context "findings" (app.models)

PASS_COLOUR = "#1b7f3b"
FAIL_COLOUR = "#c62828"
SEVERITY_COLOURS = {Severity.BLOCKING: "#c62828", Severity.ERROR: "#b45309", Severity.WARNING: "#5f6368"}
JUMP_ROLE = Qt.ItemDataRole.UserRole + 1


class ConditionRow(QFrame):
    """One starred condition; focusable and clickable (Enter/Space/click → jump)."""

    activated = Signal(object)   # Jump

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("condition")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.result: ConditionResult | None = None
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setFixedWidth(56)
        self.name = QLabel()
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.gap = QLabel()
        self.gap.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #5f6368;")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.status, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.numbers, 1, 1)
        grid.addWidget(self.gap, 2, 1)
        grid.addWidget(self.details, 3, 1)
        grid.setColumnStretch(1, 1)

    def show_result(self, result: ConditionResult) -> None:
        self.result = result
        colour = PASS_COLOUR if result.passed else FAIL_COLOUR
        self.status.setText(self.tr("满足") if result.passed else self.tr("不满足"))
        self.status.setStyleSheet(f"color: white; background: {colour}; border-radius: 3px; padding: 2px 4px;"
                                  "font-weight: 600;")
        self.setStyleSheet(f"QFrame#condition {{ border-left: 4px solid {colour}; background: palette(base); }}"
                           "QFrame#condition:focus { background: #e8f0fe; }")
        self.name.setText(result.name)
        self.numbers.setText(self.tr("实测：{measured}\n要求：{threshold}").format(
            measured=result.measured_text(translate), threshold=result.threshold_text(translate)))
        self.gap.setText(result.gap_text(translate))
        self.gap.setStyleSheet(f"color: {FAIL_COLOUR};")
        self.gap.setVisible(bool(result.gap))
        self.details.setText("\n".join(result.details_text(translate)))
        self.details.setVisible(bool(result.details))
        self.setToolTip(result.condition)
        self.setAccessibleName(f"{self.status.text()} {result.name}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        if self.result is not None:
            self.activated.emit(self.result.jump or Jump(self.result.indicator_id, "narrative"))


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit word-wrapped text at the view's current width."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view
        # The (hidden) header is kept exactly as wide as the viewport.  Asking for viewport() itself would
        # hand Python a plain QWidget*, and PySide then creates every QtWidgets class to find its type
        # (~20 ms, once per process, on the start-up path).
        self._header = view.header()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth = 1 if index.parent().isValid() else 0
        width = max(80, self._header.width() - self.view.indentation() * (depth + 1) - 12)
        rect = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(width, rect.height() + 8)


class FindingsTree(QTreeWidget):
    """Findings grouped by severity; long messages wrap instead of being cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()


class GapPanel(QWidget):
    """Conditions, findings and 完成度 of the latest evaluation."""

    jump_requested = Signal(object)   # Jump

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        # Every widget is created inside its final parent: re-parenting a finished subtree into the styled
        # window makes Qt re-resolve the style of each widget in it again.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter)
        top = QScrollArea(splitter)
        splitter.addWidget(top)
        top.setWidgetResizable(True)
        top.setFrameShape(QFrame.Shape.NoFrame)
        conditions = QWidget()
        top.setWidget(conditions)
        self.conditions_layout = QVBoxLayout(conditions)
        self.conditions_layout.setContentsMargins(6, 6, 6, 6)
        self.conditions_layout.setSpacing(6)
        self.summary = QLabel(conditions)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.rows: list[ConditionRow] = []
        self.conditions_layout.addWidget(self.summary)
        self.conditions_layout.addStretch(1)
        self.findings = FindingsTree(splitter)
        splitter.addWidget(self.findings)
        self.findings.setObjectName("findings")
        self.findings.setHeaderHidden(True)
        self.findings.setWordWrap(True)
        self.findings.setUniformRowHeights(False)
        self.findings.setIndentation(14)
        self.findings.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.header().setStretchLastSection(True)
        self.findings.itemClicked.connect(self._on_item)
        self.findings.itemActivated.connect(self._on_item)
        self.completeness = QWidget(splitter)
        splitter.addWidget(self.completeness)
        self.completeness_grid = QGridLayout(self.completeness)
        self.completeness_grid.setContentsMargins(6, 4, 6, 6)
        self.completeness_grid.setVerticalSpacing(3)
        self.bars: dict[str, QProgressBar] = {}
        self._build_completeness()
        for index, stretch in enumerate((3, 2, 0)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([470, 280, 170])
        doc.evaluated.connect(self.show_evaluation)
        self.show_evaluation(doc.evaluation)

    def _build_completeness(self) -> None:
        title = QLabel(self.tr("完成度"), self.completeness)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.completeness_grid.addWidget(title, 0, 0)
        self.overall = self._bar("overall")
        self.completeness_grid.addWidget(self.overall, 0, 1)
        for row, section in enumerate(self.doc.catalogue.sections, start=1):
            self.completeness_grid.addWidget(QLabel(section_title(section), self.completeness), row, 0)
            self.completeness_grid.addWidget(self._bar(section.id), row, 1)
        self.completeness_grid.setColumnStretch(1, 1)

    def _bar(self, key: str) -> QProgressBar:
        bar = QProgressBar(self.completeness)
        bar.setRange(0, 1000)
        bar.setFixedHeight(16)
        bar.setObjectName(f"completeness:{key}")
        self.bars[key] = bar
        return bar

    # -- updating ---------------------------------------------------------------------------
    def show_evaluation(self, evaluation: Evaluation) -> None:
        while len(self.rows) < len(evaluation.conditions):
            row = ConditionRow(self.conditions_layout.parentWidget())
            row.activated.connect(self.jump_requested)
            self.conditions_layout.insertWidget(len(self.rows) + 1, row)
            self.rows.append(row)
        for row, result in zip(self.rows, evaluation.conditions):
            row.show_result(result)
        self.summary.setText(self.tr("不可偏离条件：{passed}/{total} 项满足").format(
            passed=evaluation.passed_count, total=len(evaluation.conditions)))
        self.summary.setStyleSheet(f"color: {PASS_COLOUR if evaluation.all_passed else FAIL_COLOUR};")
        self._show_findings(evaluation.findings)
        self._set_bar(self.overall, evaluation.overall_completeness)
        for section_id, share in evaluation.section_completeness.items():
            self._set_bar(self.bars[section_id], share)

    @staticmethod
    def _set_bar(bar: QProgressBar, share: object) -> None:
        bar.setValue(round(float(share) * 1000))  # type: ignore[arg-type]
        bar.setFormat(f"{format_rounded(share * 100, 0)}%")  # type: ignore[operator]

    def _show_findings(self, findings: tuple[Finding, ...]) -> None:
        expanded = {self.findings.topLevelItem(i).data(0, JUMP_ROLE): self.findings.topLevelItem(i).isExpanded()
                    for i in range(self.findings.topLevelItemCount())}
        scroll = self.findings.verticalScrollBar().value()
        self.findings.setUpdatesEnabled(False)
        self.findings.clear()
        for severity in Severity:
            items = [f for f in findings if f.severity == severity]
            group = QTreeWidgetItem([self.tr("{label}（{count}）").format(label=severity.text(translate),
                                                                           count=len(items))])
            group.setData(0, JUMP_ROLE, severity.key)
            group.setForeground(0, QBrush(QColor(SEVERITY_COLOURS[severity])))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.findings.addTopLevelItem(group)
            for finding in items:
                text = finding.text(translate)
                child = QTreeWidgetItem([text])
                child.setData(0, Qt.ItemDataRole.UserRole, finding)
                child.setToolTip(0, text)
                group.addChild(child)
            group.setExpanded(expanded.get(severity.key, severity != Severity.WARNING))
        self.findings.setUpdatesEnabled(True)
        self.findings.verticalScrollBar().setValue(scroll)

    def _on_item(self, item: QTreeWidgetItem, column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            jump = finding.jump or (Jump(finding.indicator_id, "narrative") if finding.indicator_id else None)
            if jump is not None:
                self.jump_requested.emit(jump)

    def focus_panel(self) -> None:
        """Keyboard entry point (F6): the first condition."""
        if self.rows:
            self.rows[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.findings.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def finding_items(self) -> list[QTreeWidgetItem]:
        """All finding items (for tests and keyboard helpers)."""
        return [self.findings.topLevelItem(i).child(j) for i in range(self.findings.topLevelItemCount())
                for j in range(self.findings.topLevelItem(i).childCount())]


class GapDock(QDockWidget):
    """The gap panel as a hideable dock (View menu toggles it)."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("差距与完成度"))
        self.setObjectName("gap_dock")
        self.panel = GapPanel(doc, self)
        self.setWidget(self.panel)
        self.setMinimumWidth(360)
