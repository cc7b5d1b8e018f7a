"""The rest of the English UI shows no Chinese but official names and what people entered or a package records.

With the compiled English translation installed (``test_english_pilot``'s fixture and collector), these
screens are read whole — labels, buttons, menus, every cell, header and tooltip:

* the gap panel and the export dialog of ``examples/qingling-draft.json``, whose findings carry validation
  messages (a title of category 其他 without its reason, a duplicated factory named by its columns);
* a register with a refused cell (typed text that is no number) and a record out of its plausible range
  (its tooltip), and the Edit menu's 撤销 / 重做 items naming the edit;
* the Plan Text page, the factories' scenario matrix (its batches), the history dialog;
* the merge dialog with a deleted-versus-changed and a changed-on-both-sides conflict, and its outcome;
* the verify dialog on the signed sample package, on a copy altered after signing, and on a folder of both.

What may stay Chinese is what ``test_english_pilot`` allows (official names, the dossier's own strings, the
package's inner file names), plus, where a screen shows them, the names of the files and people involved and
what the verified package itself records (its title, cities, signer, member files, the starred conditions'
measured values as written at export).  The command line keeps its Chinese: ``pilotzone verify`` and the
core's ``str()`` are checked to be unchanged.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from typing import Any, Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.models import edits
from app.models.catalogue import load_catalogue
from app.models.exchange import load_json_file
from app.ui import workers
from tests.ui.conftest import EXAMPLES
from tests.ui.test_english_pilot import (  # noqa: F401 - english is a fixture
    CJK, allowed, assert_english, chinese_left, english, shown_texts,
)

ROOT = EXAMPLES.parent
SAMPLE = ROOT / "docs" / "samples" / "binjiang-申报包.zip"


def upright(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Texts, with a vertical header (one character a line, the scenario matrix's) read as one line."""
    out = []
    for where, text in texts:
        lines = text.split("\n")
        out.append((where, "".join(lines) if len(lines) > 2 and all(len(line) <= 1 for line in lines) else text))
    return out


def names_for(dossier: Any, catalogue: Any, *extra: str) -> list[str]:
    aliases = {alias for scenarios in catalogue.scenario_lists.values() for s in scenarios for alias in s.aliases}
    return sorted(set(allowed(dossier, catalogue)) | {n for n in (*extra, *aliases) if n and CJK.search(n)},
                  key=len, reverse=True)


# -- findings with validation messages ------------------------------------------------------------------
def test_the_english_gap_panel_and_export_dialog_of_a_draft_with_invalid_records(english, open_window, qtbot):
    from app.ui.export_dialog import ExportDialog

    window = open_window("qingling-draft")
    names = names_for(window.doc.dossier, window.doc.catalogue)
    texts = shown_texts(window)
    findings = [text for where, text in texts if where.startswith("FindingsTree")]
    assert any('missing "' in text for text in findings)                 # 缺少“属部级及以上相关称号的理由”
    assert any("duplicates record" in text and "(same " in text for text in findings)
    assert_english(upright(texts), names)

    dialog = ExportDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = shown_texts(dialog)
    assert any('missing "' in text for _where, text in listed)
    assert_english(listed, names)
    dialog.close()
    message = next(f for f in window.doc.evaluation.findings if "缺少“属部级及以上相关称号的理由”" in f.message)
    assert message.message.endswith("：缺少“属部级及以上相关称号的理由”")       # the command line's words, unchanged


def test_the_english_cross_checks_targets_dates_and_plausibility(english):
    """The warnings that read across parts: a target below today and below last year, nested counts, a policy
    dated after the attestations, an attestation dated in the future, a city with too many stations per head."""
    from PySide6.QtCore import QCoreApplication

    from app.models.assessment import evaluate
    from app.models.operations import DossierSession

    dossier, catalogue = load_json_file(EXAMPLES / "binjiang.json"), load_catalogue()
    session = DossierSession(dossier)
    coverage = "infrastructure.private_network.coverage"
    edits.set_target(session, catalogue, coverage, "base_stations", 1, "30000")        # below today's stations
    edits.set_target(session, catalogue, coverage, "base_stations", 3, "39000")        # below year 2
    edits.set_field(session, catalogue, "ecosystem.supply_chain.enterprises", "little_giants", value="999999")
    city = dossier.registers["cities"][0]
    edits.set_cell(session, catalogue, "cities", city.id, "population", {"value": "200", "unit": "万人"})
    policy = dossier.registers["policies"][0]
    edits.set_cell(session, catalogue, "policies", policy.id, "date", "2024-06-01")   # after the attestations
    attestation = next(iter(dossier.attestations))
    edits.set_attestation(session, attestation, date="2099-01-01")
    findings = [(f.message, f.text(QCoreApplication.translate)) for f in evaluate(dossier, catalogue).findings]
    chinese = " ".join(message for message, _ in findings)
    assert "现状" in chinese and "晚于现场考察承诺的日期" in chinese and "明显偏高" in chinese
    assert "前者应是后者的一部分" in chinese and "的承诺日期2099年1月1日晚于今天" in chinese
    english = [text for _, text in findings]
    assert any("today's" in text for text in english) and any("implausibly high" in text for text in english)
    assert_english([("finding", text) for text in english], names_for(dossier, catalogue))


# -- a register, its refused cell, the Edit menu ---------------------------------------------------------
def test_an_english_register_with_a_refused_cell_and_the_edit_menu(english, open_window):
    window = open_window("binjiang")
    doc = window.doc
    city = doc.dossier.registers["cities"][0]
    edits.set_cell(doc.session, doc.catalogue, "cities", city.id, "population", {"value": "8000000", "unit": "万人"})
    window.show_page("basic")
    editor = window.pages["basic"].cities
    model = editor.model
    column = next(i for i, c in enumerate(model.spec.columns) if c.id == "base_stations")
    assert not model.setData(model.index(0, column), "三万五")               # not a number: refused, reported
    names = names_for(doc.dossier, doc.catalogue, "三万五")
    texts = shown_texts(window)
    tooltips = [text for where, text in texts if "register-cities" in where]
    assert any("is not a valid number" in text for text in tooltips)
    assert any("plausible" in text for text in tooltips)                   # 8000000万人: out of its range
    assert "not a valid number" in editor.message.text()
    undo = window.undo_action.text()
    assert undo.startswith("Undo Edit") and "Resident population" in undo, undo
    menu = [("menu", window.undo_action.text())]
    doc.undo()
    menu += [("menu", window.undo_action.text()), ("menu", window.redo_action.text())]
    assert window.redo_action.text().startswith("Redo Edit")
    assert_english(texts + menu, names)
    assert doc.session.redo_text == "修改“常住人口”"                       # the history stores the Chinese


def test_an_english_refused_paste_and_a_broken_pdf_preview(english, open_window, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.preview import PreviewPane
    from app.ui.register_clipboard import rows_from_tsv, show_paste_problems

    window = open_window("binjiang")
    doc = window.doc
    spec = doc.catalogue.register("cities")
    bad = "\n".join(f"城{n}\t省\t多少\t来源\t昨天\t" for n in range(20))      # what was pasted: the city's text
    _rows, problems, _header = rows_from_tsv(bad, spec, doc.catalogue)
    assert len(problems) > 15
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.informativeText()))
    show_paste_problems(window, problems)
    assert "…and" in shown[0] and "more problem(s)" in shown[0], shown[0]
    names = names_for(doc.dossier, doc.catalogue, "多少", "昨天", *(f"城{n}" for n in range(20)))
    assert_english([("paste", shown[0])], names)

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_path(broken)
    assert pane.mode == "error"
    assert_english([("preview", pane.message.text())], [])


def test_english_refusals_of_the_pilot_years(english, open_window, monkeypatch):
    """A value reached that is no number, and an edit of the approved plan: refused, in English."""
    from app.models.lifecycle import PlanFrozen
    from app.ui import dialogs
    from app.ui.catalogue_text import error_text

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message, **_kw: shown.append(message))
    window = open_window("binjiang-year2")
    doc = window.doc
    window.show_page("report.2")
    model = window.pages["report.2"].model
    row = next(r for r in range(model.rowCount()) if not model.rows[r].target.derived)
    assert not model.setData(model.index(row, model.VALUE_COLUMN), "五千")
    assert shown and "is not a valid number" in shown[0] and "actual value" in shown[0], shown
    with pytest.raises(PlanFrozen) as frozen:
        edits.set_plan_text(doc.session, "safeguards", "新的保障措施")
    assert str(frozen.value).startswith("申报材料已获批复，试点工作方案已冻结")           # the command line's words
    shown.append(error_text(frozen.value))
    assert shown[-1].startswith("The application is approved")
    assert_english([("refusal", text) for text in shown], names_for(doc.dossier, doc.catalogue, "五千"))


# -- the Plan Text page, the scenario matrix, the history -------------------------------------------------
def test_the_english_plan_text_page_and_scenario_matrix(english, open_window):
    window = open_window("binjiang")
    doc = window.doc
    names = names_for(doc.dossier, doc.catalogue)
    window.show_page("plan")
    page = window.pages["plan"]
    headings = [label.text() for label in page.findChildren(QLabel)]
    assert "1. Overview" in headings and "6. Safeguards" in headings
    assert_english(shown_texts(window), names)

    factories = doc.evaluation.conditions[2].jump                       # 应用场景数量: the factories register
    window.go_to(factories)
    wizard = window.wizards["application"]
    editor = wizard.page(wizard.current_index).cards[factories.indicator_id].registers["factories"]
    editor.tabs.setCurrentWidget(editor.matrix)
    matrix = editor.matrix.view.model()
    tips = [matrix.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(matrix.columnCount())]
    assert any(tip and "Batch 1 (May 2021)" in tip for tip in tips)
    assert_english(upright(shown_texts(window)) + [("matrix tip", tip or "") for tip in tips], names)



def test_the_english_history_dialog(english, tmp_path, qtbot):
    from app.models.storage.exchange_import import import_exchange
    from app.ui import application
    from app.ui.history_dialog import HistoryDialog

    path = tmp_path / "滨江市.pzd"
    import_exchange(EXAMPLES / "binjiang.json", path).close()
    controller = application.AppController()
    controller.open_path(path)
    window = controller.windows[0]
    doc = window.doc
    record, factory = doc.dossier.registers["policies"][0], doc.dossier.registers["factories"][0]
    before = [record.values["title"], factory.values["industry"]]           # what the city had entered
    edits.set_cell(doc.session, doc.catalogue, "policies", record.id, "title", record.values["title"] + "（修订）")
    edits.set_cell(doc.session, doc.catalogue, "factories", factory.id, "industry", "高端装备")
    city = doc.dossier.registers["cities"][0]
    edits.set_cell(doc.session, doc.catalogue, "cities", city.id, "population", {"value": "1010", "unit": "万人"})
    doc.flush()
    dialog = HistoryDialog(doc, window)
    qtbot.addWidget(dialog)
    history = shown_texts(dialog)
    assert any("Resident population" in text for _where, text in history)
    assert_english(history, names_for(doc.dossier, doc.catalogue, *before))
    window.close()


# -- the merge dialog -------------------------------------------------------------------------------------
def test_the_english_merge_dialog_with_conflicts_and_its_outcome(english, tmp_path, qtbot, monkeypatch):
    from app.models.storage import DossierFile
    from app.models.storage.exchange_import import import_exchange
    from app.ui import merge_dialog
    from app.ui.merge_dialog import MergeDialog

    workers.use_runner(workers.SyncRunner())
    first, second = tmp_path / "滨江市.pzd", tmp_path / "滨江市（市工信局）.pzd"
    import_exchange(EXAMPLES / "binjiang.json", first).close()
    shutil.copy(first, second)
    catalogue = load_catalogue()
    with DossierFile.open(first, author="李明（咨询顾问）") as f:
        city, factory = f.dossier.registers["cities"][0].id, f.dossier.registers["factories"][2].id
        edits.set_cell(f.session, catalogue, "cities", city, "base_stations", 36000)
        edits.remove_records(f.session, catalogue, "factories", [factory])
    with DossierFile.open(second, author="王芳（市工信局）") as f:
        edits.set_cell(f.session, catalogue, "cities", city, "base_stations", 35800)
        edits.set_cell(f.session, catalogue, "factories", factory, "industry", "auto_parts")
        edits.set_plan_text(f.session, "safeguards", "建立市级工作专班，按月调度。")
    dossier = load_json_file(EXAMPLES / "binjiang.json")
    names = names_for(dossier, catalogue, first.name, second.name, str(first), str(second), "李明（咨询顾问）",
                      "王芳（市工信局）", "滨江市（合并）.pzd")
    dialog = MergeDialog(first, second)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    conflicts = shown_texts(dialog) + [("summary tooltip", dialog.summary.toolTip())]
    cells = [dialog.table.item(r, c).text() for r in range(2) for c in range(4)]
    assert any("(deleted)" in cell for cell in cells) and any("changed Industry" in cell for cell in cells), cells
    assert_english(conflicts, names)

    shown: list[str] = []
    monkeypatch.setattr(merge_dialog, "show_info", lambda _parent, title, text: shown.append(text))
    dialog.choose_all("b")
    dialog.merge_to(tmp_path / "滨江市（合并）.pzd")
    assert shown and shown[0].startswith('Merged into "滨江市（合并）.pzd"'), shown
    assert_english([("outcome", text) for text in shown], names)


# -- the verify dialog ------------------------------------------------------------------------------------
def _package_records(manifest: dict[str, Any]) -> list[str]:
    """What a package records and the report shows as recorded: title, cities, signer, files, measured values."""
    found = [manifest.get("dossier_title", ""), *manifest.get("cities", []), manifest.get("signed_pdf") or ""]
    found += [str(v) for v in (manifest.get("signer") or {}).values()]
    found += [m["path"] for m in manifest.get("members", [])]
    found += [str(c.get(k) or "") for c in manifest.get("starred_conditions", []) for k in ("measured", "threshold", "gap")]
    return found


def test_the_english_verify_dialog_on_signed_altered_and_many_packages(english, tmp_path, qtbot):
    from app.signing.verify import verify_package
    from app.ui.verify_dialog import VerifyDialog

    workers.use_runner(workers.SyncRunner())
    inbox = tmp_path / "收件"
    good = inbox / "滨江市-申报包.zip"
    inbox.mkdir()
    shutil.copy(SAMPLE, good)
    altered = inbox / "滨江市-申报材料（被改动）"
    with zipfile.ZipFile(SAMPLE) as archive:
        archive.extractall(altered)
        manifest = json.loads(archive.read("manifest.json"))
    (altered / "评审指标对照表.xlsx").write_bytes(b"changed after signing")
    records = _package_records(manifest)
    names = names_for(load_json_file(EXAMPLES / "binjiang.json"), load_catalogue(), *records, str(good), good.name,
                      str(altered), altered.name, str(inbox))

    for path in (good, altered, inbox):
        dialog = VerifyDialog(path=str(path))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        texts = shown_texts(dialog) + [("report", line) for line in dialog.report.toPlainText().splitlines()]
        assert_english(texts, names)
        if path is good:
            assert dialog.verdict.text().startswith("✔ Verified"), dialog.verdict.text()
            assert "  Proves: none of the files" in dialog.report.toPlainText()
        if path is altered:
            assert 'File "评审指标对照表.xlsx" has been altered' in dialog.report.toPlainText()
        if path is inbox:
            cells = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
                     for c in range(dialog.table.columnCount())]
            assert any(cell.startswith("Valid (self-signed") for cell in cells), cells
            assert any(cell.startswith("Final v") or cell == "Final" for cell in cells), cells
        dialog.close()
    lines = verify_package(good).report_lines()                          # ``pilotzone verify`` keeps the Chinese
    assert lines[1] == "结论：验证通过：文件完整，签名有效（正式稿）"
    assert any(line.startswith("  证明：从签名时起") for line in lines)
