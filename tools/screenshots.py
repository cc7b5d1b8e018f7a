"""Render the app's screens to PNGs in docs/screenshots/ (offscreen, no display needed).

    python tools/screenshots.py [--out docs/screenshots] [--only home,gap-panel] [--size 1280x800] [--lang en]

Each screenshot is one function registered with ``@shot("file-name")``; it
receives a ``Studio`` (a private workspace holding the example dossiers as
``.pzd`` files, and helpers to open them) and returns the widget to grab.
Adding a screenshot is adding one function.

Windows are drawn at the app's default size, 1440 × 900 (``--size`` for
another, e.g. the 1280 × 800 set of wizard pages in ``docs/screenshots/1280x800``);
a window is never widened to fit a table — what does not fit is what a user
sees.  ``wizard-<n.m>`` is every page of every section wizard.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.ui.screen_fit import offscreen_platform  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())   # a screen with room for 1440 × 900 windows

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SIZE = [1440, 900]          # --size changes it for the whole run
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
        prefs.settings().set(prefs.AUTHOR_NAME, "李明")      # the history's 修改人 (the app asks once)
        workers.use_runner(workers.SyncRunner())
        self.workspace = prefs.settings().workspace_dir()
        self.paths: dict[str, Path] = {}
        for example in ("binjiang", "qingling-draft", "joint-lingang-yunchuan", "binjiang-year2"):
            loaded = read_path(workers.Progress(), EXAMPLES / f"{example}.json", workspace=self.workspace)
            loaded.file.close()
            self.paths[example] = loaded.path
        self.pristine = folder / "pristine"
        self.pristine.mkdir()
        for path in self.paths.values():
            shutil.copy2(path, self.pristine / path.name)
        self.controller = AppController()
        self.extra: list[QWidget] = []      # windows a shot made outside the controller (closed after it)

    def open(self, example: str) -> QWidget:
        """The dossier window of an example at SIZE (1440 × 900), gap panel visible."""
        path = self.paths[example]
        for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copy2(self.pristine / path.name, path)        # every shot starts from the example as shipped
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


def grab_with_dialogs(widget: QWidget):
    """The window's picture with any dialog shown over it (a separate window offscreen) painted centred on it."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QDialog

    picture = widget.grab()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
               and w is not widget and w.parentWidget() is not None and w.parentWidget().window() is widget]
    if dialogs:
        painter = QPainter(picture)
        for dialog in dialogs:
            image = dialog.grab()
            painter.drawPixmap((picture.width() - image.width()) // 2, (picture.height() - image.height()) // 3,
                               image)
        painter.end()
    return picture


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


@shot("home-first-start")
def home_first_start(studio: Studio) -> QWidget:
    """An empty workspace on the first start: the guide, and the question for the user's name."""
    from app.ui import settings as prefs
    from app.ui.application import AppController
    from app.ui.home import HomeWindow

    store = prefs.settings()
    empty = studio.workspace.parent / "empty-workspace"
    saved = store.get(prefs.WORKSPACE_DIR), store.get(prefs.AUTHOR_NAME)
    store.set(prefs.WORKSPACE_DIR, str(empty))
    store.set(prefs.AUTHOR_NAME, "")
    try:
        controller = AppController(ask_author=True)
        window = HomeWindow(controller)
        controller.home = window
        window.resize(*SIZE)
        window.show()
        controller.ask_author_if_needed(window)
        settle(200)
        studio.extra.append(window)
        return window
    finally:
        store.set(prefs.WORKSPACE_DIR, saved[0])
        store.set(prefs.AUTHOR_NAME, saved[1])


def _section(example: str, section_id: str, page: int = 0) -> ShotFn:
    def render(studio: Studio) -> QWidget:
        window = studio.open(example)
        window.show_page(section_id)
        window.wizards[section_id].set_page(page)
        return window
    return render


def _wizard_pages() -> list[tuple[str, str, int]]:
    """(shot name, section id, page) for every page of every section wizard, from the catalogue."""
    from app.models.catalogue import load_catalogue

    return [(f"wizard-{group.code}", section.id, index) for section in load_catalogue().sections
            for index, group in enumerate(section.groups)]


for _name, _section_id, _page in _wizard_pages():
    shot(_name)(_section("binjiang", _section_id, _page))


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


def _exports(studio: Studio) -> Path:
    """binjiang exported signed as a zip, a folder (a USB stick) and an ISO, the qingling draft unsigned, and a
    folder someone changed after signing: what a province receives (made once per run)."""
    inbox = studio.workspace.parent / "省厅收件"
    if inbox.is_dir():
        return inbox
    from app.export.submission import SignWith, export_submission
    from app.models.catalogue import load_catalogue
    from app.models.storage import DossierFile
    from app.signing import identities

    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase="screenshot-only")
    catalogue = load_catalogue()
    with DossierFile.open(studio.paths["binjiang"]) as file:
        sign = SignWith(identity.id, "screenshot-only")
        for layout, name in (("zip", "滨江市-申报包.zip"), ("folder", "滨江市-申报材料（U盘）"), ("iso", "滨江市-申报光盘.iso")):
            export_submission(file.session, catalogue, inbox / name, final=True, file=file, sign_with=sign,
                              layout=layout)
    with DossierFile.open(studio.paths["qingling-draft"]) as file:
        export_submission(file.session, catalogue, inbox / "青岭市-申报包-草稿.zip", final=False, file=file)
    changed = inbox / "滨江市-申报材料（签名后被改动的副本）"
    shutil.copytree(inbox / "滨江市-申报材料（U盘）", changed)
    (changed / "评审指标对照表.xlsx").write_bytes(b"changed after signing")
    for label in inbox.glob("*光盘标签*"):
        label.unlink()
    return inbox


@shot("verify-folder")
def verify_folder(studio: Studio) -> QWidget:
    """A package folder as on a USB stick or a mounted disc, verified file by file against its signed manifest."""
    from app.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(path=str(_exports(studio) / "滨江市-申报材料（U盘）"))
    dialog.resize(1080, 720)
    dialog.show()
    dialog.start()
    return dialog


@shot("verify-many")
def verify_many(studio: Studio) -> QWidget:
    """A folder of packages as a province receives them: one row each, failures included."""
    from app.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(path=str(_exports(studio)))
    dialog.resize(1080, 720)
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
    """Edits on binjiang (a field, a city's base stations, a factory's scenarios, a policy added and deleted at
    once), a 定稿, one more edit: the history in words, and the changes since the 定稿."""
    from app.models import edits, lifecycle
    from app.ui.history_dialog import HistoryDialog

    window = studio.open("binjiang")
    doc = window.doc
    ind = "infrastructure.private_network.platform_projects"
    edits.set_field(doc.session, doc.catalogue, ind, "built_projects", value="128")
    city = doc.dossier.registers["cities"][0].id
    edits.set_cell(doc.session, doc.catalogue, "cities", city, "base_stations", 35600)
    factory = doc.dossier.registers["factories"][0]
    edits.set_cell(doc.session, doc.catalogue, "factories", factory.id, "scenarios",
                   list(factory.values.get("scenarios") or [])[:-1])
    policy = edits.add_record(doc.session, doc.catalogue, "policies",
                              {"title": "滨江市工业互联网标识解析推广方案", "issuer": "滨江市经信局"})
    edits.remove_records(doc.session, doc.catalogue, "policies", [policy.id])
    doc.flush()
    lifecycle.finalise(doc.session, note="报省工信厅审核稿")
    edits.set_field(doc.session, doc.catalogue, ind, "built_projects", value="131")
    doc.flush()
    dialog = HistoryDialog(doc, window)
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
    parser.add_argument("--only", default="", help="comma-separated screenshot names; a trailing * matches a prefix")
    parser.add_argument("--size", default="", help="window size, e.g. 1280x800 (default 1440x900)")
    parser.add_argument("--lang", default="", help="UI language, e.g. en (default: Chinese)")
    args = parser.parse_args(argv)
    if args.size:
        SIZE[:] = [int(x) for x in args.size.lower().split("x")]
    if args.lang:
        os.environ["PILOTZONE_LANG"] = args.lang
    from app.ui.application import create_application

    app = create_application()
    patterns = [n for n in args.only.split(",") if n]
    wanted = [n for n in SHOTS if not patterns or any(n == p or (p.endswith("*") and n.startswith(p[:-1]))
                                                       for p in patterns)]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        studio = Studio(Path(tmp))
        try:
            for name in wanted:
                widget = SHOTS[name](studio)
                settle(120)
                target = args.out / f"{name}.png"
                grab_with_dialogs(widget).save(str(target))
                print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
                if widget is not studio.controller.home:
                    widget.close()
                for window in list(studio.controller.windows) + studio.extra:   # dialogs leave their window open
                    window.close()
                studio.extra.clear()
                settle()
        finally:
            studio.close_all()
            settle()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
