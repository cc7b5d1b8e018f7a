"""The English UI of the pilot years shows no Chinese but the official names and what the city typed.

With the compiled English translation installed, the dossier window of 滨江市 in its second pilot year is
driven through the timeline (with a 第十八条 incident recorded, so its notice and card show), the three
annual report pages, the behind-target dock for each year, the export dialog of a report and, for a dossier
in its 复核, the review page; the workspace list's stage and next-due cells are read for the dates that
change them.  Everything these screens show — labels, buttons, tabs, combo boxes, every cell, header and
tooltip of their tables and trees, window titles — is collected, and the check is strict about what may stay
Chinese:

* the official names: sections (as the navigation numbers them, 「一、发展政策」), indicators, the
  construction guide's areas and items, MIIT's typical scenarios — they stay Chinese in every language;
* what the city entered: the dossier's own strings (city, title, the register records, the approval's
  document number, evidence titles and file names, the incident's description, amendment reasons, report
  texts …);
* the names of the files inside a package (「00-目录.pdf」), which stay Chinese for the ministry.

Those exact strings are removed from each text, longest first; any Chinese character or Chinese punctuation
left over was glued in by code and fails the test with the text it appeared in.  The catalogue's labels and
units are *not* allowed: the English UI must show their translations.  The menus are read whole, the undo/redo
items naming the last edit included (``tests/ui/test_english_rest.py`` covers the other screens).
"""

from __future__ import annotations

import re
import sys
from datetime import date
from typing import Any, Iterable, Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit, QMainWindow,
    QPlainTextEdit, QTabBar, QWidget,
)

from app.models import lifecycle, pilot_edits, pilot_stages, pilot_status
from app.models.catalogue import Catalogue, load_catalogue
from app.models.dossier import Dossier
from app.models.exchange import load_json_file
from app.paths import resource
from tests.ui.conftest import EXAMPLES

sys.path.insert(0, str(EXAMPLES.parent / "tools"))
import catalogue_strings  # noqa: E402  (the catalogue's names the UI translates)

QM = resource("translations", "pilotzone_en.qm")
# CJK ideographs, CJK symbols and punctuation (「、」「。」「〔」), full-width forms (「（」「：」「／」).
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
INCIDENT = "园区数据中心遭勒索软件攻击，生产系统停机两天"


@pytest.fixture
def english(qapp):
    if not QM.exists():
        pytest.skip("pilotzone_en.qm not compiled (pyside6-lrelease missing)")
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


# -- what may stay Chinese -------------------------------------------------------------------------------
def official_names(catalogue: Catalogue) -> set[str]:
    """The published names that stay Chinese in every language."""
    from app.ui.wizard import section_title

    names = {catalogue.raw["construction_guide"]["name"]}
    for section in catalogue.sections:
        names |= {section.name, section_title(section)}
        names |= {group.name for group in section.groups}
        names |= {text for indicator in section.indicators for text in (indicator.name, indicator.condition)}
    for area in catalogue.guide_areas:
        names |= {area.name, area.name.split("、", 1)[-1], *area.items}
    for scenarios in catalogue.scenario_lists.values():
        names |= {scenario.name for scenario in scenarios}
    return names


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
        yield from value.splitlines()        # a multi-line text is shown line by line as well
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def entered_by_the_city(dossier: Dossier) -> set[str]:
    """The dossier's own strings the pilot screens can show: what people typed or attached."""
    found = {dossier.display_name(), dossier.title, dossier.applicant, dossier.contact}
    found |= set(dossier.city_names())
    found |= {s for item in dossier.evidence for s in (item.title, item.filename, item.number)}
    found |= set(_strings(dossier.pilot))
    found |= {s for records in dossier.registers.values() for record in records for s in _strings(record.values)}
    return found


def package_files() -> set[str]:
    """The names of the files in a package that the UI names: they stay Chinese (documents for the ministry)."""
    from app.export.contents_pdf import CONTENTS_PDF

    return {CONTENTS_PDF}


def allowed(dossier: Dossier, catalogue: Catalogue) -> list[str]:
    """What may stay Chinese, longest first — never a name the catalogue has translated (a unit such as 「万人」
    is stored with a typed quantity, but the UI must say it in English)."""
    names = {n.strip() for n in official_names(catalogue) | entered_by_the_city(dossier) | package_files()
             if n and CJK.search(n)} - set(catalogue_strings.catalogue_names())
    return sorted(names, key=len, reverse=True)


def chinese_left(text: str, names: Iterable[str]) -> str:
    for name in names:
        text = text.replace(name, "")
    return "".join(CJK.findall(text))


# -- what a screen shows ---------------------------------------------------------------------------------
def _columns(model: Any, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:                   # a list model (QListView's): one column, its count not exposed to Python
        return 1


def _model_texts(model: Any, where: str, parent: QModelIndex = QModelIndex()) -> Iterator[tuple[str, str]]:
    if not parent.isValid():
        for column in range(_columns(model, parent)):
            yield f"{where} header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} [{row}, {column}]", value
            if column == 0 and model.rowCount(index):
                yield from _model_texts(model, f"{where} [{row}] >", index)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything ``root`` and its visible descendants show."""
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    widgets = [root] + [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    for widget in widgets:
        where = f"{type(widget).__name__}#{widget.objectName()}"
        found.append((f"{where} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [(f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QDockWidget):
            found.append((where, widget.windowTitle()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += list(_model_texts(widget.model(), where))
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            found.append(("menu", menu_action.text()))
            if menu_action.menu() is not None:
                found += [("menu item", a.text()) for a in menu_action.menu().actions()]
    return found


def assert_english(texts: list[tuple[str, str]], names: list[str]) -> None:
    glued = [f"{where}: {text!r} (left: {left})" for where, text in texts if (left := chinese_left(text, names))]
    assert not glued, "Chinese built in code on the English UI:\n" + "\n".join(glued)


# -- the screens -----------------------------------------------------------------------------------------
def test_the_english_pilot_screens_show_chinese_only_in_official_names_and_entered_text(english, open_window,
                                                                                        qtbot):
    window = open_window("binjiang-year2")
    session = window.doc.session
    pilot_edits.add_incident(session, kind="cyber", on="2026-11-02", description=INCIDENT, document="滨网信〔2026〕9号")
    names = allowed(window.doc.dossier, window.doc.catalogue)

    window.show_page("timeline")
    timeline = window.pages["timeline"]
    assert timeline.notice.isVisible() and INCIDENT in timeline.notice.text()
    assert "Article 18" in timeline.notice.text()
    texts = shown_texts(window)
    assert any(INCIDENT in text for _where, text in texts)
    assert_english(texts, names)

    for year in (1, 2, 3):
        window.show_page(f"report.{year}")
        page = window.pages[f"report.{year}"]
        assert page.model.rowCount() > 0
        for dock_year in (1, 2, 3):
            window.behind_dock.panel.set_year(dock_year)
            assert_english(shown_texts(window), names)

    from app.export import kinds
    from app.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.doc, window, kind=kinds.annual_report(2))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problems.topLevelItemCount() > 0          # what the year-2 report still lacks, listed
    assert_english(shown_texts(dialog), names)
    dialog.close()


def test_the_english_review_page_and_timeline_of_a_dossier_in_its_review(english, open_window):
    dossier = load_json_file(EXAMPLES / "binjiang.json")
    window = open_window(dossier)
    session = window.doc.session
    lifecycle.finalise(session)
    lifecycle.mark_submitted(session)
    pilot_stages.approve(session, on="2022-03-01", number="工信厅信管函〔2022〕31号")
    pilot_edits.add_rating(session, year=1, stars=3, on="2023-04-01", document="")
    pilot_edits.add_rating(session, year=2, stars=2, on="2024-04-01", document="")
    pilot_stages.start_review(session, today=date(2025, 6, 1))
    names = allowed(window.doc.dossier, window.doc.catalogue)
    for page in ("timeline", "review"):
        window.show_page(page)
        assert_english(shown_texts(window), names)
    assert "Article 18 (4)" in window.pages["timeline"].notice.text()


def test_the_english_home_list_says_the_stage_and_the_next_due_item(english, tmp_path):
    from app.models.storage import read_summary
    from app.models.storage.exchange_import import import_exchange
    from app.ui.home import DossierListModel
    from app.ui.pilot_home import lifecycle_columns, lifecycle_tooltip

    import_exchange(EXAMPLES / "binjiang-year2.json", tmp_path / "binjiang-year2.pzd").close()
    entry = read_summary(tmp_path / "binjiang-year2.pzd")
    names = allowed(load_json_file(EXAMPLES / "binjiang-year2.json"), load_catalogue())
    model = DossierListModel()
    model.set_entries([entry])
    texts = list(_model_texts(model, "home"))
    for day in (date(2025, 9, 1), date(2026, 12, 1), date(2027, 10, 1), date(2028, 10, 1)):
        texts += [(f"home {day}", text) for text in (*lifecycle_columns(entry, day), lifecycle_tooltip(entry))]
    assert ("home 2026-12-01", "Pilot year 2 (2★)") in texts
    assert_english(texts, names)


def test_the_english_starred_conditions_of_a_failing_draft(english, open_window):
    """The six conditions as the rules measure them — measured, required, the gap, the details — in English."""
    window = open_window("qingling-draft")
    names = allowed(window.doc.dossier, window.doc.catalogue)
    rows = window.gap_dock.panel.rows
    texts = [text for row in rows for text in shown_texts(row)]
    assert sum(not row.result.passed for row in rows) == 5
    assert any("needed" in text for _where, text in texts) and any("at least" in text for _where, text in texts)
    assert_english(texts, names)


def test_every_english_stage_and_next_due_item(english):
    from PySide6.QtCore import QCoreApplication

    tr = QCoreApplication.translate
    reports = {1: "submitted", 2: "drafting"}
    variants = [pilot_status.Facts(stage) for stage in pilot_status.STAGE_ORDER]
    variants += [pilot_status.Facts("approved", "2025-09-18", reports, ((1, 2),)),
                 pilot_status.Facts("approved", "2030-01-01"), pilot_status.Facts("approved"),
                 pilot_status.Facts("review", "2022-03-01", review="submitted"),
                 pilot_status.Facts("revoked", "2022-03-01", revoked="2024-05-06")]
    texts = []
    for facts in variants:
        for day in (date(2026, 12, 1), date(2027, 10, 1), date(2028, 10, 1)):
            texts += [(f"{facts} {day}", pilot_status.stage_text(facts, day, tr)),
                      (f"{facts} {day}", pilot_status.next_due(facts, day, tr))]
        texts.append((f"{facts}", pilot_status.ratings_text(facts, tr)))
    assert_english(texts, [])                       # nothing entered, nothing official: no Chinese at all
    assert "2027-05-06" in pilot_status.next_due(variants[-1], date(2026, 12, 1), tr)
    assert pilot_status.next_due(variants[-1], date(2026, 12, 1)) == \
        "三年内不得申请工业和信息化部工业互联网相关项目（至2027年5月6日）"       # the command line keeps Chinese
