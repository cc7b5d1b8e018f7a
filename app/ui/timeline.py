"""试点进展: the dossier's life after 报送, as a timeline — approval, the three pilot years, the 复核.

One card per step, top to bottom: 申报 (versions, 报送), 批复 (date, 文号, the
批复 document), 试点第1/2/3年 (its dates, its report's state and completion,
the year's star rating), 复核, then the 第十八条 matters and the amendments of
targets.  A red notice at the top carries the blocking findings of 第十八条
(two ratings of 三星以下, an incident) and an amber one the warnings.  Every
button asks with a small form (``app.ui.pilot_dialogs``) and records through
the core — stage changes by ``app.models.pilot_stages``, the rest by
``app.models.pilot_edits`` — so the history, undo and autosave are the usual
ones; the page redraws from ``doc.changed``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models import completion, pilot, pilot_edits, pilot_stages
from app.models.assessment import Severity
from app.models.pilot_findings import lifecycle_findings
from app.models.pilot_status import facts, next_due, stage_text, stars
from app.models.rules import Jump
from app.translatable import Joined
from app.ui import pilot_dialogs
from app.ui.catalogue_text import catalogue_text
from app.ui.pilot_dialogs import attempt as _report
from app.ui.open_dossier import OpenDossier
from app.ui.wizard import FormPage, heading

translate = QCoreApplication.translate
DONE, CURRENT, LATER, PROBLEM = "#1b7f3b", "#1a73e8", "#9aa0a6", "#c62828"
NOTICE_STYLES = {Severity.BLOCKING: "background: #fce8e6; color: #a50e0e; border: 1px solid #f1a8a3;",
                 Severity.WARNING: "background: #fef7e0; color: #7a4f01; border: 1px solid #f5d48a;"}


def _date(day: Any) -> str:
    """A date as the UI writes it (「2025年9月18日」; 2025-09-18 in English)."""
    return pilot.cn_date(day, translate)


class Card(QFrame):
    """One step of the timeline: a coloured rail on the left, a title, lines, buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 10, 16, 12)
        self.layout_.setSpacing(4)
        self.title = heading("", 11)
        self.layout_.addWidget(self.title)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.lines)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.layout_.addLayout(self.buttons)
        self._buttons: list[QPushButton] = []

    def show_step(self, title: str, lines: list[str], colour: str) -> None:
        self.title.setText(title)
        self.lines.setText("\n".join(lines))
        self.lines.setVisible(bool(lines))
        self.setStyleSheet(f"QFrame#card {{ border-left: 5px solid {colour}; }}")

    def set_buttons(self, buttons: list[tuple[str, Callable[[], Any], bool]]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        while self.buttons.count():
            self.buttons.takeAt(0)
        for text, slot, enabled in buttons:
            button = QPushButton(text, self)
            button.setEnabled(enabled)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons.addWidget(button)
            self._buttons.append(button)
        self.buttons.addStretch(1)

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == text), None)


class TimelinePage(FormPage):
    """The 试点进展 page of the dossier window."""

    open_page = Signal(str)          # "report.1" … "review": the window shows that page

    def __init__(self, doc: OpenDossier, parent: QWidget | None = None, *, today: Callable[[], date] = date.today):
        super().__init__(self.tr("试点进展"), self.tr(
            "试点期三年，自批复之日起计算（工作规则第十四条）；每年报送上一年度试点工作开展情况（第十五条），工业和信息化部"
            "每年评定星级（第十六条），期满后组织复核（第十七条）。"), parent)
        self.doc, self.today = doc, today
        self.setObjectName("timeline_page")
        self.notice = QLabel()
        self.notice.setObjectName("article18_notice")
        self.notice.setWordWrap(True)
        self.body.addWidget(self.notice)
        self.status = QLabel()
        self.status.setObjectName("pilot_status")
        self.status.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.status)
        self.cards: dict[str, Card] = {}
        for key in ("application", "approval", "year.1", "year.2", "year.3", "review", "incidents", "amendments"):
            self.cards[key] = Card()
            self.body.addWidget(self.cards[key])
        self.finish()
        doc.changed.connect(self._on_changed)
        doc.evaluated.connect(self._on_evaluated)
        self.refresh()

    # -- drawing ------------------------------------------------------------------------------
    def _on_changed(self, changes: list[Any]) -> None:
        if any(c.kind in ("meta", "pilot", "evidence") for c in changes):
            self.refresh()

    def _on_evaluated(self, _evaluation: Any) -> None:
        self.refresh_notice()

    def refresh(self) -> None:
        d, today = self.doc.dossier, self.today()
        f = facts(d)
        self.status.setText(self.tr("当前阶段：{stage}　　下一事项：{due}").format(
            stage=stage_text(f, today, translate), due=next_due(f, today, translate)))
        self._application()
        self._approval()
        day = pilot.approved_on(d) if pilot.is_approved(d) else None
        current = pilot.current_year(d, today) if day else 0
        for year in range(1, pilot.PILOT_YEARS + 1):
            self._year(year, day, current)
        self._review(day, current)
        self._incidents()
        self._amendments()
        self.refresh_notice()

    def refresh_notice(self) -> None:
        found = [f for f in lifecycle_findings(self.doc.dossier, self.doc.catalogue, self.today())
                 if "第十八条" in f.message]
        if not found:
            self.notice.hide()
            return
        worst = min(f.severity for f in found)
        self.notice.setText("\n".join(self.tr("【{severity}】{text}").format(severity=f.severity.text(translate),
                                                                          text=f.text(translate)) for f in found))
        self.notice.setStyleSheet(NOTICE_STYLES.get(worst, NOTICE_STYLES[Severity.WARNING])
                                  + "border-radius: 4px; padding: 8px 10px; font-weight: 600;")
        self.notice.setProperty("severity", worst.key)
        self.notice.show()

    def _application(self) -> None:
        d = self.doc.dossier
        versions = self.doc.file.versions() if self.doc.file is not None else []
        lines = [self.tr("第 {n} 版定稿：{at}{sub}").format(
            n=v.revision, at=_date(v.finalised_at[:10]),
            sub=self.tr("，{at}报送").format(at=_date(v.submitted_at[:10])) if v.submitted_at else "")
            for v in versions[-3:]]
        done = d.stage not in ("draft", "finalised")
        if not lines:        # no dossier file (or no version recorded in it): say what the stage says
            lines = [self.tr("尚未定稿") if d.stage == "draft" else self.tr("已定稿") if d.stage == "finalised"
                     else self.tr("已报送（第 {n} 版）").format(n=d.revision)]
        self.cards["application"].show_step(self.tr("申报"), lines, DONE if done else CURRENT)
        self.cards["application"].set_buttons([])

    def _approval(self) -> None:
        d, card = self.doc.dossier, self.cards["approval"]
        found = pilot.approval(d)
        if d.stage == "not_approved":
            body = pilot.decision(d, "not_approved") or {}
            card.show_step(self.tr("未获批复"), [self.tr("{date}{number}；修改申报材料即开始新的修订，可在以后的批次再次申报。").format(
                date=_date(body.get("date")), number=self._in_brackets(body.get("number")))],
                PROBLEM)
            card.set_buttons([])
            return
        if found is None:
            waiting = d.stage == "submitted"
            card.show_step(self.tr("批复"), [self.tr("申报材料报送后，在此记录工业和信息化部的批复。") if not waiting
                                            else self.tr("已报送，等待批复。")], CURRENT if waiting else LATER)
            card.set_buttons([(self.tr("记录批复…"), self.record_approval, waiting),
                              (self.tr("记录未获批复…"), self.record_rejection, waiting)])
            return
        day = found.day
        cited = [d.evidence_item(e) for e in found.evidence]
        lines = [self.tr("{date}批复（{number}），试点期至{end}。").format(
            date=_date(day), number=found.number, end=_date(pilot.pilot_end(day)) if day else "")]
        files = Joined(tuple(e.title or e.filename for e in cited if e)).text(translate)
        lines.append(self.tr("批复文件：{files}").format(files=files or self.tr("（未附）")))
        snap = pilot.frozen(d)
        if snap is not None:
            lines.append(self.tr("批复时冻结的方案：第 {n} 版（内容校验值 {digest}…）").format(
                n=snap.revision, digest=snap.content_hash[:12]))
        card.show_step(self.tr("已批复"), lines, DONE)
        editable = d.stage in ("approved", "review")
        card.set_buttons([(self.tr("更正批复信息…"), self.correct_approval, editable),
                          (self.tr("批复文件…"), self.attach_approval_document, editable)])

    def _year(self, year: int, day: date | None, current: int) -> None:
        d, card = self.doc.dossier, self.cards[f"year.{year}"]
        if day is None:
            card.show_step(self.tr("试点第{n}年").format(n=year), [], LATER)
            card.set_buttons([])
            return
        first, last = pilot.year_span(day, year)
        status = pilot.report_status(d, year)
        _, total = completion.totals(self.doc.catalogue, [(r.indicator, r.completion)
                                                          for r in completion.year_rows(d, self.doc.catalogue, year)])
        lines = [self.tr("年度报告：{state}　完成度 {completion}").format(state=status.text(translate),
                                                                  completion=total.text(translate))]
        rating = next((r for r in pilot.ratings(d) if r.year == year), None)
        if rating is not None:
            lines.append(self.tr("星级评定：{stars} {n}星（{date}{doc}）").format(
                stars=stars(rating.stars), n=rating.stars, date=_date(rating.date),
                doc=self.tr("，{document}").format(document=rating.document) if rating.document else ""))
        else:
            lines.append(self.tr("星级评定：尚未记录"))
        late = year < current and status.state != "submitted"
        stopped = pilot.stopped_on(d)
        colour = PROBLEM if late or (rating and rating.below_three) or (stopped and year == current) else \
            DONE if year < current and status.state == "submitted" else \
            CURRENT if year == current and not stopped else LATER
        if stopped and year >= current:       # revoked (第十八条): that year stopped, the later ones never ran
            marker = self.tr("（{date}撤销批复）").format(date=_date(stopped)) if year == current \
                else self.tr("（未进行）")
        else:
            marker = self.tr("（当前）") if year == current else self.tr("（已结束）") if year < current else ""
        card.show_step(self.tr("试点第{n}年{marker}：{first}至{last}").format(
            n=year, marker=marker, first=_date(first), last=_date(last)), lines, colour)
        editable = d.stage in ("approved", "review")
        buttons = [(self.tr("打开第{n}年度报告").format(n=year), lambda y=year: self.open_page.emit(f"report.{y}"), True)]
        if rating is None:
            buttons.append((self.tr("记录星级评定…"), lambda y=year: self.record_rating(y), editable and year <= current))
        else:
            buttons.append((self.tr("删除星级评定"), lambda r=rating: self.remove(f"rating/{r.id}"), editable))
        card.set_buttons(buttons)

    def _review(self, day: date | None, current: int) -> None:
        d, card = self.doc.dossier, self.cards["review"]
        status = pilot.review_status(d)
        if d.stage in ("review", "completed"):
            lines = [self.tr("复核材料：{state}").format(state=status.text(translate))]
            done = pilot.decision(d, "completed")
            if done:
                lines.append(self.tr("{date}复核完成{number}。").format(
                    date=_date(done.get("date")), number=self._in_brackets(done.get("number"))))
            card.show_step(self.tr("复核"), lines, DONE if done else CURRENT)
            card.set_buttons([(self.tr("打开复核材料"), lambda: self.open_page.emit("review"), True),
                              (self.tr("记录复核完成…"), self.record_completion, d.stage == "review")])
            return
        revoked = pilot.decision(d, "revoked") if d.stage == "revoked" else None
        if revoked is not None:
            card.show_step(self.tr("复核"), [self.tr("批复已于{date}撤销（{clause}），不再组织复核。").format(
                date=_date(revoked.get("date")), clause=pilot.clause_text(revoked.get("clause", ""), translate))],
                LATER)
            card.set_buttons([(self.tr("开始复核"), self.start_review, False)])
            return
        end = _date(pilot.pilot_end(day)) if day else ""
        text = self.tr("试点期满（{end}）后，工业和信息化部组织复核，考核方案目标完成情况（第十七条）。").format(end=end) if end \
            else self.tr("试点期满后，工业和信息化部组织复核（第十七条）。")
        card.show_step(self.tr("复核"), [text], CURRENT if current > pilot.PILOT_YEARS else LATER)
        card.set_buttons([(self.tr("开始复核"), self.start_review, d.stage == "approved" and current > pilot.PILOT_YEARS)])

    def _incidents(self) -> None:
        d, card = self.doc.dossier, self.cards["incidents"]
        events = pilot.incidents(d)
        lines = [self.tr("{date} {kind}（{clause}）：{description}").format(
            date=_date(i.date), kind=i.text(translate), clause=pilot.clause_text(i.clause, translate),
            description=i.description) for i in events]
        revoked = pilot.decision(d, "revoked")
        if revoked:
            lines.append(self.tr("{date}撤销批复（{clause}{number}）。").format(
                date=_date(revoked.get("date")), clause=pilot.clause_text(revoked.get("clause", ""), translate),
                number=self.tr("，{number}").format(number=revoked["number"]) if revoked.get("number") else ""))
        card.show_step(self.tr("第十八条事项"), lines or [self.tr("未记录。")], PROBLEM if lines else LATER)
        open_ = d.stage in ("submitted", "approved", "review")
        buttons = [(self.tr("记录事项…"), self.record_incident, open_)]
        buttons += [(self.tr("删除：{what}").format(what=i.text(translate)), lambda i=i: self.remove(f"incident/{i.id}"),
                     open_)
                    for i in events[-1:]]
        buttons.append((self.tr("记录撤销批复…"), self.record_revocation, d.stage in ("approved", "review")))
        card.set_buttons(buttons)

    def _amendments(self) -> None:
        d, card = self.doc.dossier, self.cards["amendments"]
        lines = []
        for a in pilot.amendments(d):
            try:
                spec = self.doc.catalogue.indicator(a.indicator).target(a.target)
            except KeyError:
                continue
            lines.append(self.tr("{date}：“{label}”第{year}年目标 {old} → {new} {unit}（{reason}）").format(
                date=_date(a.date), label=catalogue_text(spec.label), year=a.year, old=a.old or "—", new=a.new,
                unit=catalogue_text(spec.unit), reason=a.reason))
        card.show_step(self.tr("目标调整"), lines or [self.tr("分年度目标以批复的版本为准，尚无调整。")],
                       CURRENT if lines else LATER)
        card.set_buttons([(self.tr("调整目标…"), self.amend_target, d.stage in ("approved", "review"))])

    def _in_brackets(self, number: Any) -> str:
        """「（工信厅信管函〔2025〕188号）」 after a date: the document number, where one was recorded."""
        return self.tr("（{number}）").format(number=number) if number else ""

    # -- actions ------------------------------------------------------------------------------
    def record_approval(self) -> None:
        pilot_dialogs.approval_dialog(self, commit=lambda v: pilot_stages.approve(
            self.doc.session, on=v["on"], number=v["number"], note=v["note"]))

    def correct_approval(self) -> None:
        pilot_dialogs.approval_dialog(self, pilot.approval(self.doc.dossier),
                                      commit=lambda v: pilot_edits.update_approval(self.doc.session, **v))

    def attach_approval_document(self) -> None:
        found = pilot.approval(self.doc.dossier)
        chooser = pilot_dialogs.EvidenceChooser(self.doc, self.tr("批复文件"), list(found.evidence) if found else [],
                                                found.note if found else "", parent=self)
        if chooser.exec():
            _report(self, self.tr("批复文件"), pilot_edits.update_approval, self.doc.session,
                    evidence=chooser.chosen(), note=chooser.note.text())

    def record_rejection(self) -> None:
        pilot_dialogs.decision_dialog(self, self.tr("记录未获批复"), self.tr("本批次未获批复。"),
                                      commit=lambda v: pilot_stages.reject(self.doc.session, **v))

    def record_rating(self, year: int) -> None:
        pilot_dialogs.rating_dialog(self, year, commit=lambda v: pilot_edits.add_rating(self.doc.session, **v))

    def record_incident(self) -> None:
        pilot_dialogs.incident_dialog(self, commit=lambda v: pilot_edits.add_incident(self.doc.session, **v))

    def record_revocation(self) -> None:
        pilot_dialogs.decision_dialog(self, self.tr("记录撤销批复"), self.tr(
            "依工作规则第十八条撤销批复；撤销后三年内不允许申请工业和信息化部工业互联网相关项目。"), clause=True,
            commit=lambda v: pilot_stages.revoke(self.doc.session, **v))

    def amend_target(self, year: int = 0, target: tuple[str, str] | None = None) -> None:
        current = pilot.current_year(self.doc.dossier, self.today())

        def commit(values: dict[str, Any]) -> Any:
            values = dict(values)
            return pilot_edits.amend_target(self.doc.session, self.doc.catalogue, values.pop("indicator_id"),
                                            values.pop("target_id"), values.pop("year"), **values)
        pilot_dialogs.amendment_dialog(self, self.doc.catalogue, self.doc.dossier,
                                       year or min(max(current, 1), pilot.PILOT_YEARS), target, commit=commit)

    def start_review(self) -> None:
        _report(self, self.tr("开始复核"), pilot_stages.start_review, self.doc.session, today=self.today())

    def record_completion(self) -> None:
        pilot_dialogs.decision_dialog(self, self.tr("记录复核完成"), self.tr("工业和信息化部复核完成。"),
                                      commit=lambda v: pilot_stages.complete(self.doc.session, **v))

    def remove(self, key: str) -> None:
        _report(self, self.tr("删除"), pilot_edits.remove_entity, self.doc.session, key)

    def focus_jump(self, jump: Jump) -> QWidget:
        """Scroll to the card a finding is about (ratings, incidents)."""
        card = self.cards["incidents"] if jump.key == "incidents" else self.cards["approval"]
        if jump.key == "ratings":
            card = next((self.cards[f"year.{r.year}"] for r in reversed(pilot.ratings(self.doc.dossier))
                         if r.below_three), card)
        self.ensureWidgetVisible(card)
        return card
