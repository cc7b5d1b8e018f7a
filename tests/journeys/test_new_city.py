"""Journey a: a first start with an empty workspace, to a new city whose application can be exported.

A person starts the app for the first time: the home guides (新建 / 打开示例 / 导入) and the app asks
once for the name the history will record.  They create 滨海市, fill every required input through the
wizard's own widgets and the register editors (typing into the real cells, choosing in the real combo
boxes, ticking the scenario matrix), answer the 现场考察 attestations, import the evidence through the
证明材料 page's 添加文件… and its file dialog, and watch the gap panel reach 6/6 — at which point the
export dialog says 可以导出.  (The signed final export and its verification from the home continue
this journey where the export use-case lands.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit, QTreeWidget, QTreeWidgetItem, QWidget,
)

from app.models.storage import read_dossier
from app.ui.dialogs import NewDossierDialog
from tests.journeys.conftest import idle, type_text

CITY, PROVINCE, AUTHOR = "滨海市", "江苏省", "李明"
LEVEL_MINISTRY = 2          # 授予部门级别: （未选择）, 国务院, 国家部委（部级）…


# -- what a person does with the mouse and keyboard ---------------------------------------------
def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def type_into(qtbot, widget: QWidget, text: str) -> None:
    if text.isascii():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def edit_cell(qtbot, editor, row: int, column_id: str, text: str = "", *, choice: int = 0) -> None:
    """Select a register cell, press F2, type (or pick the ``choice``-th entry of a list), press Enter."""
    column = [c.id for c in editor.spec.columns].index(column_id)
    index = editor.proxy.index(row, column)
    view = editor.view
    view.scrollTo(index)
    view.setCurrentIndex(index)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert field is not None and view.isAncestorOf(field), f"no editor opened for {column_id}"
    if isinstance(field, QComboBox):
        for _ in range(choice):
            qtbot.keyClick(field, Qt.Key.Key_Down)
    else:
        type_into(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def tick_cell(qtbot, editor, row: int, column_id: str) -> None:
    column = [c.id for c in editor.spec.columns].index(column_id)
    editor.view.setCurrentIndex(editor.proxy.index(row, column))
    editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)


def add_row(qtbot, editor) -> int:
    """The register's 「添加…」 button; the new row opens for typing — Escape leaves it for edit_cell."""
    button = next(b for b in editor.findChildren(type(editor.findChild(QWidget, "")) or QWidget)
                  if getattr(b, "text", lambda: "")().startswith("添加"))
    click(qtbot, button)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    return editor.model.rowCount() - 1


def choose_file_in_dialog(path: Path):
    """Answer a QFileDialog as a person does: type the file's path in 文件名称, press 打开."""
    def answer(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        type_text(name, str(path))
        click_button = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Open)
        click_button.click()
    return answer


# -- the journey ----------------------------------------------------------------------------------
def test_a_new_city_from_an_empty_workspace_to_an_exportable_dossier(workspace, app_controller, modals, qtbot,
                                                                      tmp_path):
    named: list[str] = []

    def give_name(dialog: QWidget) -> None:                           # the name the history records, asked once
        type_text(dialog.name, AUTHOR)
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        named.append(AUTHOR)
    modals.expect(lambda d: d.objectName() == "author_dialog", give_name)
    home = app_controller.show_home()
    home.resize(1440, 900)
    qtbot.waitExposed(home)
    assert home.pages.currentWidget() is home.guide                    # an empty workspace guides
    assert set(home.guide_buttons) == {"new", "sample", "import"}
    qtbot.waitUntil(lambda: named == [AUTHOR])

    # 新建申报…
    def fill_new_dossier(dialog: QWidget) -> None:
        type_text(dialog.city, CITY)
        type_text(dialog.province, PROVINCE)
        click(qtbot, next(b for b in dialog.findChildren(QWidget) if getattr(b, "text", lambda: "")() == "创建"))
    modals.expect(lambda d: isinstance(d, NewDossierDialog), fill_new_dossier)
    click(qtbot, home.guide_buttons["new"])
    qtbot.waitUntil(lambda: len(app_controller.windows) == 1, timeout=20000)
    window = app_controller.windows[0]
    window.resize(1440, 900)
    qtbot.waitExposed(window)
    doc = window.doc
    assert doc.file.author == AUTHOR and doc.path.parent == workspace
    assert window.gap_dock.panel.summary.text() == "不可偏离条件：0/6 项满足"

    # every section, page by page: typed fields, annual targets, required narratives, registers
    registers = {"cities": fill_cities, "policies": fill_policies, "factories": fill_factories,
                 "fiveg_factories": fill_fiveg_factories, "titles": fill_titles}
    for section in doc.catalogue.sections:
        click_item(qtbot, window.nav, window.nav.items[("section", section.id)])
        wizard = window.wizards[section.id]
        assert window.stack.currentWidget() is wizard
        for number in range(wizard.page_count):
            page = wizard.page(wizard.current_index)
            for card in page.cards.values():
                page.ensureWidgetVisible(card)
                for editor in card.fields.values():
                    type_into(qtbot, editor.edit, "120")
                if card.targets is not None:
                    for cell in card.targets.cells.values():
                        type_into(qtbot, cell, "36")
                if card.indicator.narrative_required:
                    type_into(qtbot, card.narrative.focus_editor(), f"{CITY}围绕“{card.indicator.name}”开展了工作。")
                for register_id, editor in card.registers.items():
                    page.ensureWidgetVisible(editor)
                    registers[register_id](qtbot, editor)
            if number < wizard.page_count - 1:
                click(qtbot, wizard.next)

    # 现场考察承诺: each attestation answered 是 by a named person, with a date
    click_item(qtbot, window.nav, window.nav.items[("page", "attestations")])
    for row in window.pages["attestations"].content.rows.values():
        row.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClick(row.answer, Qt.Key.Key_Down)                    # 未答复 → 是
        for field, text in ((row.person, "王建国"), (row.role, "市工业和信息化局局长"), (row.date, "2024-03-10")):
            type_into(qtbot, field, text)
            qtbot.keyClick(field, Qt.Key.Key_Return)

    # 证明材料: one document per indicator that must have one, through 添加文件… and the file dialog
    click_item(qtbot, window.nav, window.nav.items[("page", "evidence")])
    panel = window.pages["evidence"].content
    needed = [ind for ind in doc.catalogue.indicators() if ind.evidence_required]
    for indicator in needed:
        pdf = evidence_pdf(tmp_path / f"{indicator.code}证明材料.pdf", indicator.name)
        click_item(qtbot, panel.tree, panel.tree.items[indicator.id])
        before = len(doc.dossier.evidence)
        modals.expect(lambda d: isinstance(d, QFileDialog), choose_file_in_dialog(pdf))
        click(qtbot, panel.add_button)
        qtbot.waitUntil(lambda: len(doc.dossier.evidence) == before + 1, timeout=20000)   # imported off-thread
        assert doc.dossier.evidence[-1].indicators == [indicator.id]
    idle(qtbot)

    # the gap panel: all six starred conditions hold
    qtbot.waitUntil(lambda: window.gap_dock.panel.summary.text() == "不可偏离条件：6/6 项满足")
    assert all(row.result.passed for row in window.gap_dock.panel.rows)

    # the export dialog (Ctrl+E) has nothing left to ask for
    seen: dict[str, str] = {}

    def read_export_dialog(dialog: QWidget) -> None:
        seen["label"] = dialog.problems_label.text()
        seen["export_enabled"] = str(dialog.export_button.isEnabled())
        dialog.reject()
    modals.expect(lambda d: d.objectName() != "author_dialog" and "导出" in d.windowTitle(), read_export_dialog)
    window.export_action.trigger()
    assert seen == {"label": "可以导出。", "export_enabled": "True"}
    assert modals.unexpected == []

    # and it is all on disk, recorded under the author's name
    doc.flush()
    saved = read_dossier(doc.path)
    assert saved.display_name() == CITY and len(saved.evidence) == len(needed)
    entries = doc.file.history_for("registers/policies")
    assert entries and {e.author for e in entries} == {AUTHOR}


# -- the registers, as a person fills them --------------------------------------------------------
def fill_cities(qtbot, editor) -> None:
    """滨海市 came with the new dossier: its population (万人) and 5G base stations."""
    edit_cell(qtbot, editor, 0, "population", "800")
    edit_cell(qtbot, editor, 0, "base_stations", "30000")
    qtbot.waitUntil(lambda: editor.condition.text().startswith("✓"))   # the rules engine agrees


def fill_policies(qtbot, editor) -> None:
    row = add_row(qtbot, editor)
    edit_cell(qtbot, editor, row, "title", "滨海市加快“5G+工业互联网”融合发展若干措施")
    edit_cell(qtbot, editor, row, "issuer", "滨海市人民政府")
    edit_cell(qtbot, editor, row, "date", "2024-03-15")
    tick_cell(qtbot, editor, row, "special")
    qtbot.waitUntil(lambda: editor.condition.text().startswith("✓"))   # the rules engine agrees


def fill_factories(qtbot, editor) -> None:
    for n in range(1, 6):
        row = add_row(qtbot, editor)
        edit_cell(qtbot, editor, row, "enterprise", f"滨海第{n}制造有限公司")
        edit_cell(qtbot, editor, row, "factory", f"滨海第{n}智能工厂")
    editor.tabs.setCurrentWidget(editor.matrix)                        # 典型应用场景矩阵: ten ticks a factory
    matrix = editor.matrix
    qtbot.waitExposed(matrix.view)
    for row in range(5):
        for column in range(matrix.model.FIRST, matrix.model.FIRST + 10):
            index = matrix.model.index(row, column)
            matrix.view.scrollTo(index)
            qtbot.mouseClick(matrix.view.viewport(), Qt.MouseButton.LeftButton,
                             pos=matrix.view.visualRect(index).center())
    qtbot.waitUntil(lambda: editor.condition.text().startswith("✓"))   # the rules engine agrees


def fill_fiveg_factories(qtbot, editor) -> None:
    row = add_row(qtbot, editor)
    edit_cell(qtbot, editor, row, "enterprise", "滨海重工集团有限公司")
    edit_cell(qtbot, editor, row, "project", "滨海重工5G全连接工厂")
    edit_cell(qtbot, editor, row, "kind", choice=1)                   # 工业互联网试点示范（5G工厂方向）
    edit_cell(qtbot, editor, row, "year", "2023")
    qtbot.waitUntil(lambda: editor.condition.text().startswith("✓"))   # the rules engine agrees


def fill_titles(qtbot, editor) -> None:
    for n in range(1, 6):
        row = add_row(qtbot, editor)
        edit_cell(qtbot, editor, row, "category", choice=n)             # the first five categories
        edit_cell(qtbot, editor, row, "name", f"滨海市第{n}项示范")
        edit_cell(qtbot, editor, row, "year", "2022")
        edit_cell(qtbot, editor, row, "issuer", "工业和信息化部")
        edit_cell(qtbot, editor, row, "issuer_level", choice=LEVEL_MINISTRY)
    qtbot.waitUntil(lambda: editor.condition.text().startswith("✓"))   # the rules engine agrees


def evidence_pdf(path: Path, title: str) -> Path:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, f"Evidence: {path.stem.encode('unicode_escape').decode()}")
    pdf.drawString(72, 700, title.encode("unicode_escape").decode()[:80])
    pdf.showPage()
    pdf.save()
    return path
