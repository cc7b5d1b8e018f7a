"""验证申报包: check one package — a zip, a folder (a disc or USB stick), an ISO image — or a folder of many, offline.

The receiving side (province, ministry) picks a package or a folder; verification (``app.signing.batch`` over
``app.signing.verify``) runs off the UI thread with progress and 取消, never stopping at a failing package.
The verdict is shown by colour and in words: green when it verifies, amber when files and signature hold but
the package records failing starred conditions (a draft), red otherwise.  For several packages a table gives
one row each (city, version, signer, signature, the six conditions as recorded, problems) and exports as
.xlsx; the selected row's full report is shown below it.  An optional trusted root certificate marks a chain
to it as a checked identity (``--trust`` on the command line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.translatable import QT_TRANSLATE_NOOP
from app.ui import dialogs
from app.ui.catalogue_text import core_text
from app.ui.screen_fit import fit_to_screen
from app.ui.workers import run_with_progress

translate = QCoreApplication.translate   # lupdate reads translate("verify_dialog", "text")
COLOURS = {None: ("#f1f3f4", "#3c4043"), "ok": ("#e6f4ea", "#137333"), "warn": ("#fef7e0", "#8a5300"),
           "fail": ("#fce8e6", "#a50e0e")}
MARKS = {"满足": "✓", "未满足": "✗"}
SHOWN = ("申报包", "结论", "城市", "阶段", "版本日期", "签名人", "签名")      # the summary's columns on screen
# The summary's column names and conclusions as the table shows them (the .xlsx keeps the Chinese).
HEADINGS = {"申报包": QT_TRANSLATE_NOOP("VerifyDialog", "申报包"), "结论": QT_TRANSLATE_NOOP("VerifyDialog", "结论"),
            "城市": QT_TRANSLATE_NOOP("VerifyDialog", "城市"), "阶段": QT_TRANSLATE_NOOP("VerifyDialog", "阶段"),
            "版本日期": QT_TRANSLATE_NOOP("VerifyDialog", "版本日期"), "签名人": QT_TRANSLATE_NOOP("VerifyDialog", "签名人"),
            "签名": QT_TRANSLATE_NOOP("VerifyDialog", "签名"), "问题数": QT_TRANSLATE_NOOP("VerifyDialog", "问题数")}
CONCLUSIONS = {"通过": QT_TRANSLATE_NOOP("VerifyDialog", "通过"),
               "条件未满足": QT_TRANSLATE_NOOP("VerifyDialog", "条件未满足"),
               "未通过": QT_TRANSLATE_NOOP("VerifyDialog", "未通过"),
               "拒绝处理": QT_TRANSLATE_NOOP("VerifyDialog", "拒绝处理"),
               "无法验证": QT_TRANSLATE_NOOP("VerifyDialog", "无法验证")}


def _verify(progress, paths: list[str], trust: str) -> list[Any]:
    from app.signing import batch
    from app.signing.certs import load_trust_roots

    roots = load_trust_roots(trust) if trust else []
    return batch.verify_all(batch.expand(paths), trust_roots=roots, progress=progress)


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("验证申报包"))
        fit_to_screen(self, 1080, 720)
        self.path = QLineEdit(path)
        self.path.setPlaceholderText(self.tr("申报包：zip 或 ISO 文件，光盘、U 盘上的申报材料文件夹，或存放多个申报包的文件夹"))
        pick_file = QPushButton(self.tr("选择文件…"))
        pick_file.clicked.connect(self._browse_file)
        pick_folder = QPushButton(self.tr("选择文件夹…"))
        pick_folder.clicked.connect(self._browse_folder)
        self.run_button = QPushButton(self.tr("验证"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        for button in (pick_file, pick_folder, self.run_button):
            row.addWidget(button)
        self.trust = QLineEdit()
        self.trust.setPlaceholderText(self.tr("可选：可信根证书（.pem）——签名证书能验证到它时，才算核实了签名人身份"))
        pick_root = QPushButton(self.tr("选择根证书…"))
        pick_root.clicked.connect(self._browse_root)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust, 1)
        trust_row.addWidget(pick_root)
        self.verdict = QLabel(self.tr("尚未验证"))
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(44)
        self._style_verdict(None)
        self.table = QTableWidget(0, 0)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.export_button = QPushButton(self.tr("导出汇总表（Excel）…"))
        self.export_button.clicked.connect(self.export_summary)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        self.table_box = table_box
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_box)
        splitter.addWidget(self.report)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        table_box.hide()
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("验证完全离线进行，不访问网络。软件密钥的签名证明文件签名后未被改动，"
                                        "不是 GB/T 38540 电子签章。")), 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(trust_row)
        layout.addWidget(self.verdict)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.result = None          # the verdict of a single package
        self.entries: list[Any] = []

    # -- choosing ------------------------------------------------------------------------------------------
    def _browse_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择申报包"), "",
                                              self.tr("申报包 (*.zip *.iso);;所有文件 (*)"))
        if path:
            self.path.setText(path)
            self.start()

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("选择申报材料文件夹（光盘、U 盘），或存放多个申报包的文件夹"))
        if path:
            self.path.setText(path)
            self.start()

    def _browse_root(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择可信根证书"), "",
                                              self.tr("证书 (*.pem *.crt *.cer *.der);;所有文件 (*)"))
        if path:
            self.trust.setText(path)

    # -- verifying -----------------------------------------------------------------------------------------
    def start(self) -> None:
        path = self.path.text().strip()
        if not path or not Path(path).exists():
            self._show_failure(self.tr("找不到文件：{path}").format(path=path))
            return
        self.run_button.setEnabled(False)
        self.verdict.setText(self.tr("正在验证…"))
        self._style_verdict(None)
        self.report.clear()
        run_with_progress(self, self.tr("正在验证申报包…"), _verify, [path], self.trust.text().strip(),
                          on_result=self._show_entries, on_error=self._show_error,
                          on_cancel=lambda: self._show_failure(self.tr("已取消验证。")))

    def _show_entries(self, entries: list[Any]) -> None:
        from app.signing.report import state

        self.run_button.setEnabled(True)
        self.entries = entries
        single = len(entries) == 1
        self.result = entries[0].verdict if single else None
        self.table_box.setVisible(not single)
        if not single:                      # the table takes two fifths, the selected report the rest
            height = max(self.splitter.height(), 400)
            self.splitter.setSizes([height * 2 // 5, height - height * 2 // 5])
        self._fill_table(entries)
        if single:
            self._show_entry(entries[0])
            return
        passed = sum(1 for e in entries if e.ok)
        states = {("ok" if e.ok else state(e.verdict)) if e.verdict else "fail" for e in entries}
        worst = "fail" if "fail" in states else "warn" if "warn" in states else "ok"
        self.verdict.setText(self.tr("{mark} {n} 个申报包：{ok} 个验证通过，{bad} 个未通过或无法验证").format(
            mark={"ok": "✔", "warn": "⚠", "fail": "✘"}[worst], n=len(entries), ok=passed, bad=len(entries) - passed))
        self._style_verdict(worst)
        failing = next((i for i, e in enumerate(entries) if not e.ok), 0)
        self.table.selectRow(failing)

    def _show_entry(self, entry: Any) -> None:
        from app.signing.report import state

        if entry.verdict is None:
            self.verdict.setText(self.tr("✘ 拒绝处理：输入不安全") if entry.refused else self.tr("✘ 无法验证"))
            self._style_verdict("fail")
            self.report.setPlainText(self._entry_text(entry))
            return
        verdict = entry.verdict
        kind = state(verdict)
        self.verdict.setText({"ok": "✔ ", "warn": "⚠ ", "fail": "✘ "}[kind] + core_text(verdict.headline))
        self._style_verdict(kind)
        self.report.setPlainText(self._entry_text(entry))

    def _fill_table(self, entries: list[Any]) -> None:
        from app.signing import batch

        summary = batch.summary(entries)
        shown = [summary.headers.index(h) for h in SHOWN]
        first = len(batch.FIXED_COLUMNS)
        conditions = list(range(first, len(summary.headers) - 2))
        columns = shown + conditions + [len(summary.headers) - 2]
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(summary.rows))
        self.table.setHorizontalHeaderLabels([translate("VerifyDialog", HEADINGS[summary.headers[c]])
                                              if summary.headers[c] in HEADINGS else summary.headers[c]
                                              for c in columns])
        for offset, title in enumerate(summary.condition_names):
            self.table.horizontalHeaderItem(len(shown) + offset).setToolTip(title)
        for r, row in enumerate(summary.rows):
            for c, index in enumerate(columns):
                text = MARKS.get(row[index], row[index]) if index in conditions else core_text(row[index])
                if index == 1 and text in CONCLUSIONS:
                    text = translate("VerifyDialog", CONCLUSIONS[text])
                item = QTableWidgetItem(text)
                if index in conditions or index == 1:
                    item.setForeground(QColor("#137333" if row[index] in ("满足", "通过") else "#a50e0e"))
                if index == 0:
                    item.setToolTip(str(entries[r].path))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) == 1 and (row := rows.pop()) < len(self.entries):
            self.report.setPlainText(self._entry_text(self.entries[row]))

    @staticmethod
    def _entry_text(entry: Any) -> str:
        """The full report (or why there is none) in the UI's language (``pilotzone verify`` prints the Chinese)."""
        if entry.verdict is None:
            return f"{entry.path}\n\n{core_text(entry.error)}"
        return "\n".join(core_text(line) for line in entry.verdict.report_lines())

    def export_summary(self) -> None:
        from app.signing import batch

        if not self.entries:
            return
        default = str(Path(self.path.text().strip()) / self.tr("申报包验证汇总.xlsx"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("导出汇总表"), default, self.tr("Excel 工作簿 (*.xlsx)"))
        if not target:
            return
        target = target if target.lower().endswith(".xlsx") else target + ".xlsx"
        try:
            batch.write_summary_xlsx(self.entries, target)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            dialogs.report_exception(self, exc, action=self.tr("导出汇总表"))
            return
        dialogs.show_info(self, self.tr("导出汇总表"), self.tr("汇总表已保存：\n{path}").format(path=target))

    def _show_error(self, exc: BaseException) -> None:
        message, _ = dialogs.describe_exception(exc)
        self._show_failure(message if type(exc).__module__.startswith("app.") else str(exc) or message)

    def _show_failure(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.table_box.hide()
        self.verdict.setText(self.tr("✘ 无法验证"))
        self._style_verdict("fail")
        self.report.setPlainText(message)

    def _style_verdict(self, kind: str | None) -> None:
        background, foreground = COLOURS[kind]
        self.verdict.setStyleSheet(f"background: {background}; color: {foreground}; font-size: 16px;"
                                   "font-weight: bold; border-radius: 6px; padding: 8px;")
