"""The 「Excel」 button of a register editor: import from .xlsx/.csv, export to .xlsx, a blank template.

Kept apart from ``app.ui.registers`` (the editor's table and paste) so the editor only adds one button.
Export and template are ``app.models.register_io.write_register``; import is ``RegisterImportDialog``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

translate = QCoreApplication.translate   # lupdate reads translate("register_excel", "text")

# A register editor is on the dossier window's first frame; what its button opens is imported when used.


def excel_button(editor: Any) -> QPushButton:
    """A drop-down button with the register's spreadsheet actions; ``editor`` is a ``RegisterEditor``.

    A push button with a menu like its neighbours (a QToolButton's instant-popup arrow is drawn over its text
    in the Fusion style: 「Excel」 lost its last letter).
    """
    button = QPushButton(editor)
    button.setObjectName(f"excel-{editor.register_id}")
    button.setText(translate("register_excel", "Excel"))
    button.setToolTip(translate("register_excel", "从 Excel/CSV 导入、导出为 Excel，或下载空白模板"))
    menu = QMenu(button)
    menu.addAction(translate("register_excel", "从 Excel/CSV 导入…"), lambda: choose_and_import(editor))
    menu.addAction(translate("register_excel", "导出为 Excel…"), lambda: export_register(editor))
    menu.addAction(translate("register_excel", "下载空白模板…"), lambda: export_register(editor, template=True))
    button.setMenu(menu)
    return button


def _folder(editor: Any) -> str:
    path = getattr(editor.doc, "path", None)
    return str(Path(path).parent) if path else str(Path.home())


def choose_and_import(editor: Any) -> Any:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(editor, translate("register_excel", "选择要导入的表格"), _folder(editor),
                                          translate("register_excel", "表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)"))
    return open_import(editor, Path(name)) if name else None


def open_import(editor: Any, path: Path) -> Any:
    """The import dialog for ``path``, shown window-modal; its result message goes to the editor."""
    from app.ui.register_import_dialog import RegisterImportDialog

    dialog = RegisterImportDialog(editor.doc, editor.register_id, editor.window())
    dialog.finished.connect(lambda result: _imported(editor, dialog, result))
    dialog.open()
    dialog.load(path)           # an unreadable file: the reason is shown and the dialog closes
    editor.import_dialog = dialog      # tests and the journey reach it here
    return dialog


def _imported(editor: Any, dialog: Any, result: int) -> None:
    if result and dialog.result_text:
        editor.show_message(dialog.result_text)
    dialog.deleteLater()


def export_register(editor: Any, *, template: bool = False) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    from app.models.register_io import write_register
    from app.models.storage.workspace import safe_filename
    from app.ui.catalogue_text import catalogue_text
    from app.ui.dialogs import report_exception

    spec = editor.spec
    register = catalogue_text(spec.name)
    stem = translate("register_excel", "{register}-空白模板").format(register=register) if template else \
        translate("register_excel", "{name}-{register}").format(name=_dossier_name(editor), register=register)
    name, _ = QFileDialog.getSaveFileName(editor, translate("register_excel", "保存为 Excel"),
                                          str(Path(_folder(editor)) / f"{safe_filename(stem)}.xlsx"),
                                          translate("register_excel", "Excel 工作簿 (*.xlsx)"))
    if not name:
        return None
    dest = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
    try:
        count = write_register(dest, spec, editor.doc.catalogue, [] if template else editor.model.records)
    except Exception as exc:  # noqa: BLE001 - shown to the user
        report_exception(_parent(editor), exc, action=translate("register_excel", "导出为 Excel"))
        return None
    editor.show_message(translate("register_excel", "已保存空白模板“{name}”").format(name=dest.name) if template else
                        translate("register_excel", "已导出 {n} 条{record}到“{name}”；在 Excel 中修改后可用“从 Excel/CSV 导入”更新").format(
                            n=count, record=catalogue_text(spec.record_name), name=dest.name))
    return dest


def _dossier_name(editor: Any) -> str:
    display = getattr(editor.doc, "display_name", None)
    return display() if callable(display) else editor.doc.dossier.display_name()


def _parent(editor: Any) -> QWidget:
    return editor.window()
