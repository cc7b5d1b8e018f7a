"""Render the app's screens to PNGs in docs/screenshots/ (offscreen, no display needed).

    python tools/screenshots.py [--out docs/screenshots] [--only home,gap-panel]

Each screenshot is one function registered with ``@shot("file-name")``; it
receives a ``Studio`` (a private workspace holding the example dossiers as
``.pzd`` files, and helpers to open them) and returns the widget to grab.
Adding a screenshot is adding one function.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SIZE = (1440, 900)
EXAMPLES = ROOT / "examples"
ShotFn = Callable[["Studio"], QWidget]
SHOTS: dict[str, ShotFn] = {}


def shot(name: str) -> Callable[[ShotFn], ShotFn]:
    """Register a screenshot function; ``name`` is the PNG's file name without extension."""
    def register(fn: ShotFn) -> ShotFn:
        SHOTS[name] = fn
        return fn
    return register


class Studio:
    """A throw-away workspace with the examples imported, and the app's controller."""

    def __init__(self, folder: Path) -> None:
        from app.ui import settings as prefs
        from app.ui import workers
        from app.ui.application import AppController
        from app.ui.open_dossier import read_path

        os.environ["PILOTZONE_HOME"] = str(folder / "home")
        prefs.use_settings(prefs.Settings.at_path(folder / "settings.ini"))
        prefs.settings().set(prefs.WORKSPACE_DIR, str(folder / "workspace"))
        workers.use_runner(workers.SyncRunner())
        self.workspace = prefs.settings().workspace_dir()
        self.paths: dict[str, Path] = {}
        for example in ("binjiang", "qingling-draft", "joint-lingang-yunchuan", "binjiang-year2"):
            loaded = read_path(workers.Progress(), EXAMPLES / f"{example}.json", workspace=self.workspace)
            loaded.file.close()
            self.paths[example] = loaded.path
        self.controller = AppController()

    def open(self, example: str) -> QWidget:
        """The dossier window of an example, 1440 × 900, gap panel visible."""
        self.controller.open_path(self.paths[example])
        window = self.controller.windows[-1]
        window.resize(*SIZE)
        window.gap_dock.show()
        window.show()
        settle()
        return window

    def close_all(self) -> None:
        for window in list(self.controller.windows):
            window.close()
        if self.controller.home is not None:
            self.controller.home.close()


def settle(ms: int = 60) -> None:
    """Let layouts and the 0 ms evaluation timer run (QTest.qWait, never processEvents: see workers.py)."""
    QTest.qWait(ms)


# -- the screenshots ----------------------------------------------------------------------------
@shot("home")
def home(studio: Studio) -> QWidget:
    window = studio.controller.show_home()
    window.resize(*SIZE)
    window.refresh()
    window.table.selectRow(0)
    return window


def _section(example: str, section_id: str, page: int = 0) -> ShotFn:
    def render(studio: Studio) -> QWidget:
        window = studio.open(example)
        window.show_page(section_id)
        window.wizards[section_id].set_page(page)
        return window
    return render


for _number, (_section_id, _page) in enumerate(
        (("policy", 0), ("infrastructure", 0), ("application", 1), ("ecosystem", 2), ("public_service", 0),
         ("site_visit", 0)), start=1):
    shot(f"section-{_number}-{_section_id}")(_section("binjiang", _section_id, _page))


@shot("gap-panel")
def gap_panel(studio: Studio) -> QWidget:
    """qingling-draft: five failing conditions; jump to the one about base stations."""
    window = studio.open("qingling-draft")
    window.go_to(window.doc.evaluation.conditions[1].jump)
    return window


@shot("plan-text")
def plan_text(studio: Studio) -> QWidget:
    window = studio.open("binjiang")
    window.show_page("plan")
    return window


@shot("basic-info")
def basic_info(studio: Studio) -> QWidget:
    window = studio.open("joint-lingang-yunchuan")
    window.show_page("basic")
    return window


@shot("export-dialog")
def export_dialog(studio: Studio) -> QWidget:
    """qingling-draft: a final export is refused and the dialog lists what to fix."""
    from app.ui.export_dialog import ExportDialog

    window = studio.open("qingling-draft")
    dialog = ExportDialog(window.doc, window)
    dialog.resize(900, 620)
    dialog.show()
    return dialog


@shot("pdf-preview")
def pdf_preview(studio: Studio) -> QWidget:
    """The plan of binjiang rendered and shown in the in-app preview before export."""
    from app.export.package import render_documents
    from app.ui.export_dialog import PdfPreviewDialog

    window = studio.open("binjiang")
    _, _, pdf, _ = render_documents(window.doc.dossier, window.doc.catalogue, window.doc.evaluation, draft=True)
    dialog = PdfPreviewDialog(pdf, window)
    dialog.resize(900, 900)
    dialog.show()
    settle(300)
    return dialog


@shot("verify-dialog")
def verify_dialog(studio: Studio) -> QWidget:
    """The signed sample package in docs/samples, verified offline."""
    from app.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(path=str(ROOT / "docs" / "samples" / "binjiang-申报包.zip"))
    dialog.resize(900, 640)
    dialog.show()
    dialog.start()
    return dialog


@shot("identities")
def identities_dialog(studio: Studio) -> QWidget:
    from app.signing import identities
    from app.ui.identity_dialog import IdentitiesDialog

    identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase="screenshot-only")
    dialog = IdentitiesDialog()
    dialog.show()
    return dialog


@shot("history")
def history_dialog(studio: Studio) -> QWidget:
    """A few edits on binjiang, a 定稿, one more edit: the history and the changes since the 定稿."""
    from app.models import edits, lifecycle
    from app.ui.history_dialog import HistoryDialog

    window = studio.open("binjiang")
    doc = window.doc
    ind = "infrastructure.private_network.platform_projects"
    edits.set_field(doc.session, doc.catalogue, ind, "built_projects", value="128")
    city = doc.dossier.registers["cities"][0].id
    edits.set_cell(doc.session, doc.catalogue, "cities", city, "base_stations", 35600)
    doc.flush()
    lifecycle.finalise(doc.session, note="报省工信厅审核稿")
    edits.set_field(doc.session, doc.catalogue, ind, "built_projects", value="131")
    doc.flush()
    dialog = HistoryDialog(doc, window)
    dialog.resize(1100, 560)
    dialog.show()
    return dialog


@shot("history-since")
def history_since_final(studio: Studio) -> QWidget:
    """The same dialog on its second tab: what changed since the 定稿 (compared when the tab is shown)."""
    dialog = history_dialog(studio)
    dialog.tabs.setCurrentIndex(1)
    return dialog


@shot("register-import")
def register_import(studio: Studio) -> QWidget:
    """A district's factory list (merged headings, other column names, planted problems) being imported."""
    from benchmarks.spreadsheets import write_factory_workbook
    from app.ui.register_excel import open_import

    window = studio.open("binjiang")
    window.show_page("application")
    wizard = window.wizards["application"]
    wizard.show_indicator("application.innovation.scenarios")
    editor = next(e for e in window.findChildren(QWidget) if getattr(e, "register_id", "") == "factories"
                  and hasattr(e, "show_message"))
    existing = [(r.values["enterprise"], r.values["factory"]) for r in window.doc.dossier.registers["factories"]]
    path = studio.workspace.parent / "滨江市应用工厂名单（各区汇总）.xlsx"
    write_factory_workbook(path, 500, existing=existing)
    dialog = open_import(editor, path)
    dialog.filter.setCurrentIndex(dialog.filter.findData("invalid"))
    settle(200)
    return dialog


@shot("merge-dialog")
def merge_dialog(studio: Studio) -> QWidget:
    """Two copies edited apart (the consultant's and the city's): conflicts side by side, one already chosen."""
    import shutil

    from app.models import edits
    from app.models.storage import DossierFile
    from app.ui.merge_dialog import MergeDialog

    folder = studio.workspace.parent / "copies"
    folder.mkdir(exist_ok=True)
    first, second = folder / "滨江市.pzd", folder / "滨江市（市工信局）.pzd"
    shutil.copy(studio.paths["binjiang"], first)
    shutil.copy(first, second)
    from app.models.catalogue import load_catalogue
    cat = load_catalogue()
    ind = "infrastructure.private_network.platform_projects"
    with DossierFile.open(first, author="李明（咨询顾问）") as f:
        city = f.dossier.registers["cities"][0].id
        factory = f.dossier.registers["factories"][2].id
        edits.set_cell(f.session, cat, "cities", city, "base_stations", 36000)
        edits.set_field(f.session, cat, ind, "built_projects", value="131")
        edits.remove_records(f.session, cat, "factories", [factory])
        edits.set_meta(f.session, "title", "滨江市“5G+工业互联网”融合应用先导区试点工作方案（修改稿）")
    with DossierFile.open(second, author="王芳（市工信局）") as f:
        edits.set_cell(f.session, cat, "cities", city, "base_stations", 35800)
        edits.set_field(f.session, cat, ind, "built_projects", value="129")
        edits.set_cell(f.session, cat, "factories", factory, "industry", "高端装备")
        edits.set_plan_text(f.session, "safeguards", "建立市级工作专班，按月调度。")
    dialog = MergeDialog(first, second)
    dialog.choose(0, "b")
    dialog.show()
    return dialog


@shot("duplicate-factory")
def duplicate_factory(studio: Studio) -> QWidget:
    """qingling-draft: the repeated factory, reached from its error in the gap panel, marked in the register."""
    window = studio.open("qingling-draft")
    finding = next(f for f in window.doc.evaluation.findings if "重复（企业名称" in f.message)
    window.go_to(finding.jump)
    settle()
    window.go_to(finding.jump)          # again, now that the page is built: the row is scrolled into view
    wizard = window.wizards["application"]
    editor = wizard.page(wizard.current_index).cards[finding.jump.indicator_id].registers["factories"]
    editor.view.clearSelection()        # show the mark, not the selection over it
    return window


@shot("derived-targets")
def derived_targets(studio: Studio) -> QWidget:
    """binjiang: 5G网络覆盖率 with its annual targets; 每万人拥有5G基站数 derived from the station targets, read-only."""
    window = studio.open("binjiang")
    coverage = window.doc.catalogue.indicator("infrastructure.private_network.coverage")
    from app.models.rules import Jump
    window.go_to(Jump(coverage.id, "targets", "base_stations"))
    return window


sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots_registers import register_shots  # noqa: E402

register_shots(shot)
from screenshots_pilot import register_shots as register_pilot_shots  # noqa: E402

register_pilot_shots(shot, settle)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", default="", help="comma-separated screenshot names")
    args = parser.parse_args(argv)
    from app.ui.application import create_application

    app = create_application()
    wanted = [n for n in args.only.split(",") if n] or list(SHOTS)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        studio = Studio(Path(tmp))
        try:
            for name in wanted:
                widget = SHOTS[name](studio)
                settle(120)
                target = args.out / f"{name}.png"
                widget.grab().save(str(target))
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
                if widget is not studio.controller.home:
                    widget.close()
                for window in list(studio.controller.windows):   # dialogs leave their dossier window open
                    window.close()
                settle()
        finally:
            studio.close_all()
            settle()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
