"""Section wizards, generated from the catalogue — no hand-written page per indicator.

A ``SectionWizard`` shows one first-level section as a stack of pages, one
per second-level indicator; each page lists its third-level indicators as
``IndicatorCard``s (fields, annual targets, 情况说明, the indicator's
registers, its evidence strip, and for 现场考察 the attestations).

Register, evidence and attestation editors come from ``app.ui.registers``,
``app.ui.evidence`` and ``app.ui.attestations`` (written alongside); they
are imported lazily, and a placeholder is shown where one is not available.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from app.models.assessment import Evaluation
from app.models.catalogue import Group, Indicator, Section
from app.models.rules import Jump
from app.ui.open_dossier import OpenDossier
from app.ui.field_editors import NumberFieldEditor
from app.ui.catalogue_text import catalogue_text
from app.ui.indicator_form import IndicatorForm
from app.ui.text_editors import LongTextEditor, narrative_editor

log = logging.getLogger(__name__)

CHINESE_NUMERALS = "一二三四五六七八九十"
CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid #d9dde3; border-radius: 6px; }")
STAR_STYLE = "color: #b3261e; font-weight: 600;"
MUTED_STYLE = "color: #5f6368;"


def optional_widget(module: str, class_name: str, *args: Any, placeholder: str,
                    parent: QWidget | None = None) -> QWidget:
    """``module.class_name(*args, parent=parent)``, or a placeholder label if it is not available."""
    try:
        cls = getattr(importlib.import_module(module), class_name)
    except (ImportError, AttributeError):
        return _placeholder(placeholder, parent)
    try:
        return cls(*args, parent=parent)
    except Exception:   # a broken editor must not take the whole window down
        log.exception("could not create %s.%s", module, class_name)
        return _placeholder(placeholder, parent)


def _placeholder(text: str, parent: QWidget | None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("placeholder")
    label.setStyleSheet("color: #80868b; border: 1px dashed #c4c7cc; border-radius: 4px; padding: 10px;")
    label.setWordWrap(True)
    return label


def section_title(section: Section) -> str:
    numeral = CHINESE_NUMERALS[int(section.code) - 1] if section.code.isdigit() else section.code
    return f"{numeral}、{section.name}"


def heading(text: str, size: int = 12, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size / 10)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class IndicatorCard(QFrame):
    """Everything the city enters for one third-level indicator."""

    def __init__(self, doc: OpenDossier, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.indicator = doc, indicator
        self.setObjectName("card")          # styled by CARD_STYLE on the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        title_row = QHBoxLayout()
        title = heading(f"{indicator.code}  {indicator.name}", 11)
        title_row.addWidget(title, 1)
        self.badge = QLabel()
        self.badge.setStyleSheet(MUTED_STYLE)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        if indicator.starred:
            star = QLabel(self.tr("★ 不可偏离条件：{condition}").format(condition=indicator.condition))
            star.setStyleSheet(STAR_STYLE)
            star.setWordWrap(True)
            layout.addWidget(star)
        self.fields: dict[str, NumberFieldEditor] = {}
        self.targets: IndicatorForm | None = None      # the form, when the indicator has annual targets
        if indicator.fields or indicator.targets:
            self.form = IndicatorForm(doc, indicator, self)
            self.fields = self.form.fields
            self.targets = self.form if indicator.targets else None
            layout.addWidget(self.form)
        self.narrative: LongTextEditor = narrative_editor(doc, indicator)
        label = self.tr("情况说明（必填）") if indicator.narrative_required else self.tr("情况说明")
        layout.addWidget(heading(label, 10))
        layout.addWidget(self.narrative)
        self.registers: dict[str, QWidget] = {}
        for register_id in indicator.registers:
            spec = doc.catalogue.register(register_id)
            layout.addWidget(heading(self.tr("登记表：{name}").format(name=catalogue_text(spec.name)), 10))
            widget = optional_widget("app.ui.registers", "RegisterEditor", doc, register_id,
                                     placeholder=self.tr("“{name}”登记表编辑器尚未提供").format(name=catalogue_text(spec.name)))
            self.registers[register_id] = widget
            layout.addWidget(widget)
        self.attestations: QWidget | None = None
        if indicator.attestations:
            layout.addWidget(heading(self.tr("现场考察承诺"), 10))
            self.attestations = optional_widget("app.ui.attestations", "AttestationEditor", doc,
                                                placeholder=self.tr("承诺事项编辑器尚未提供"))
            layout.addWidget(self.attestations)
        evidence_label = self.tr("证明材料（必附）") if indicator.evidence_required else self.tr("证明材料")
        layout.addWidget(heading(evidence_label, 10))
        self.evidence = optional_widget("app.ui.evidence", "EvidencePanel", doc, indicator.id,
                                        placeholder=self.tr("证明材料面板尚未提供"))
        layout.addWidget(self.evidence)
        doc.evaluated.connect(self._on_evaluated)
        self._on_evaluated(doc.evaluation)

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        share = evaluation.indicator_completeness.get(self.indicator.id)
        self.badge.setText(self.tr("完成度 {percent}%").format(percent=round(share * 100)) if share is not None else "")

    def widget_for(self, jump: Jump) -> QWidget:
        """The widget that closes the jump's gap (falls back to the narrative)."""
        if jump.part == "field" and jump.key in self.fields:
            return self.fields[jump.key].focus_editor()
        if jump.part == "targets" and self.targets is not None:
            return self.targets.focus_target(jump.key) or self.targets
        if jump.part == "register":
            widget = self.registers.get(jump.key) or next(iter(self.registers.values()), None)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return widget
        if jump.part == "attestation" and self.attestations is not None:
            self.attestations.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.attestations
        if jump.part == "evidence":
            self.evidence.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.evidence
        return self.narrative.focus_editor()


class GroupPage(QScrollArea):
    """One wizard page: a second-level indicator and its third-level cards."""

    def __init__(self, doc: OpenDossier, section: Section, group: Group, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 24)
        layout.setSpacing(14)
        layout.addWidget(heading(f"{group.code}  {group.name}", 13))
        self.cards: dict[str, IndicatorCard] = {}
        for indicator in group.indicators:
            card = IndicatorCard(doc, indicator)
            self.cards[indicator.id] = card
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)


class SectionWizard(QWidget):
    """A first-level section as pages with 上一页/下一页 and 「第 2/4 页」.

    Pages are built the first time they are shown, so opening a dossier
    builds only what is on screen.
    """

    page_changed = Signal(int)

    def __init__(self, doc: OpenDossier, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.section = doc, section
        self.setObjectName(f"wizard:{section.id}")
        self.stack = QStackedWidget()
        self._pages: list[GroupPage | None] = [None] * len(section.groups)
        self._slots: list[QWidget] = []
        for _group in section.groups:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots.append(slot)
            self.stack.addWidget(slot)
        title = heading(section_title(section), 15)
        points = QLabel(self.tr("分值 {points} 分（由评审专家打分）").format(points=section.points))
        points.setStyleSheet(MUTED_STYLE)
        head = QHBoxLayout()
        head.setContentsMargins(16, 16, 16, 4)
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(points)
        self.back = QPushButton(self.tr("上一页"))
        self.next = QPushButton(self.tr("下一页"))
        self.back.setToolTip("Ctrl+PgUp")
        self.next.setToolTip("Ctrl+PgDown")
        self.indicator = QLabel()
        self.indicator.setObjectName("page_indicator")
        self.back.clicked.connect(self.previous_page)
        self.next.clicked.connect(self.next_page)
        foot = QHBoxLayout()
        foot.setContentsMargins(16, 8, 16, 12)
        foot.addWidget(self.back)
        foot.addStretch(1)
        foot.addWidget(self.indicator)
        foot.addStretch(1)
        foot.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e0e3e7;")
        layout.addWidget(line)
        layout.addLayout(foot)
        self._update_buttons()

    def page(self, index: int) -> GroupPage:
        """The page of the index-th second-level indicator (built on first use)."""
        built = self._pages[index]
        if built is None:
            built = GroupPage(self.doc, self.section, self.section.groups[index])
            self._slots[index].layout().addWidget(built)
            self._pages[index] = built
        return built

    @property
    def page_count(self) -> int:
        return len(self._pages)

    @property
    def current_index(self) -> int:
        return self.stack.currentIndex()

    def showEvent(self, event: Any) -> None:
        self.page(self.current_index)
        super().showEvent(event)

    def set_page(self, index: int) -> None:
        if 0 <= index < self.page_count and index != self.stack.currentIndex():
            self.page(index)
            self.stack.setCurrentIndex(index)
            self._update_buttons()
            self.page_changed.emit(index)

    def next_page(self) -> None:
        self.set_page(self.current_index + 1)

    def previous_page(self) -> None:
        self.set_page(self.current_index - 1)

    def _update_buttons(self) -> None:
        index, total = self.current_index, self.page_count
        self.indicator.setText(self.tr("第 {current}/{total} 页").format(current=index + 1, total=total))
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < total - 1)

    def page_of(self, indicator_id: str) -> int:
        for index, group in enumerate(self.section.groups):
            if any(ind.id == indicator_id for ind in group.indicators):
                return index
        return -1

    def show_indicator(self, indicator_id: str) -> IndicatorCard | None:
        """Switch to the indicator's page and scroll its card into view."""
        index = self.page_of(indicator_id)
        if index < 0:
            return None
        self.set_page(index)
        page = self.page(index)
        card = page.cards[indicator_id]
        page.ensureWidgetVisible(card, 0, 0)
        return card

    def focus_jump(self, jump: Jump) -> QWidget | None:
        """Show the page of the jump's indicator and focus the widget that closes the gap."""
        card = self.show_indicator(jump.indicator_id)
        if card is None:
            return None
        widget = card.widget_for(jump)
        self.page(self.current_index).ensureWidgetVisible(widget, 20, 40)
        return widget


class FormPage(QScrollArea):
    """A scrolling page with a title and an intro line (the non-indicator pages)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(16, 16, 16, 24)
        self.body.setSpacing(12)
        self.body.addWidget(heading(title, 15))
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            note.setStyleSheet(MUTED_STYLE)
            self.body.addWidget(note)
        self.setWidget(body)

    def finish(self) -> None:
        self.body.addStretch(1)


class BasicInfoPage(FormPage):
    """申报城市 / 基本信息: title, applicant, contact, stage, and the cities register."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        from app.ui.field_editors import MetaLineEditor, StageLabel

        super().__init__(self.tr("申报城市 / 基本信息"),
                         self.tr("联合申报时，在下表中逐一登记各城市；常住人口与5G基站数按合计计算每万人基站数。"), parent)
        body = self.body.parentWidget()
        card = QFrame(body)
        card.setObjectName("card")
        self.body.addWidget(card)
        form = QFormLayout(card)
        form.setContentsMargins(16, 12, 16, 12)
        self.editors = {key: MetaLineEditor(doc, key, card) for key in ("title", "applicant", "contact")}
        form.addRow(self.tr("方案标题"), self.editors["title"])
        form.addRow(self.tr("申报单位"), self.editors["applicant"])
        form.addRow(self.tr("联系人及电话"), self.editors["contact"])
        self.stage = StageLabel(doc, card)
        form.addRow(self.tr("阶段"), self.stage)
        self.body.addWidget(heading(self.tr("申报城市"), 11))
        self.cities = optional_widget("app.ui.registers", "RegisterEditor", doc, "cities",
                                      placeholder=self.tr("“申报城市”登记表编辑器尚未提供"), parent=body)
        self.body.addWidget(self.cities)
        self.finish()


class PlanTextPage(FormPage):
    """方案正文: overview, key tasks by the construction guide's five areas, safeguards."""

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None) -> None:
        from app.models.assessment import CONTEXT, PLAN_TEXT_LABELS
        from app.models.dossier import PLAN_TEXT_KEYS
        from app.translatable import Joined
        from app.ui.text_editors import plan_text_editor

        translate = QCoreApplication.translate        # the parts' headings are the findings' names of them

        super().__init__(self.tr("方案正文"), self.tr("试点工作方案中不属于单项指标的部分。重点任务按《{guide}》的五个方面组织。")
                         .format(guide=doc.catalogue.guide_name), parent)
        areas = {area.id: area for area in doc.catalogue.guide_areas}
        self.editors: dict[str, LongTextEditor] = {}
        for key in PLAN_TEXT_KEYS:
            self.body.addWidget(heading(translate(CONTEXT, PLAN_TEXT_LABELS[key]) if key in PLAN_TEXT_LABELS else key, 11))
            area = areas.get(key.removeprefix("tasks.")) if key.startswith("tasks.") else None
            hint = Joined(area.items).text(translate) if area else ""      # the guide's items: official names
            if hint:
                note = QLabel(self.tr("建设指南：{items}").format(items=hint))
                note.setWordWrap(True)
                note.setStyleSheet(MUTED_STYLE)
                self.body.addWidget(note)
            self.editors[key] = plan_text_editor(doc, key, placeholder=hint)
            self.body.addWidget(self.editors[key])
        self.finish()

    def focus_key(self, key: str) -> QWidget | None:
        editor = self.editors.get(key)
        if editor is None:
            return None
        widget = editor.focus_editor()
        self.ensureWidgetVisible(editor, 20, 60)
        return widget


class WrapperPage(FormPage):
    """A page hosting one of the shared editors (evidence list, attestations)."""

    def __init__(self, title: str, intro: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.content = content
        self.body.addWidget(content, 1)
