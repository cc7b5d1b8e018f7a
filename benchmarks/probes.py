"""One measurement per process: ``python -m benchmarks.probes MODE ARGS…``.

The runner (``benchmarks.run``) starts each probe in a fresh interpreter so that
start-up is really cold, and so that the peak resident memory a probe reports
(``ru_maxrss`` of its own process) belongs to that one job.  A probe prints
``READY`` lines (the runner timestamps them: start-up) and finally one
``RESULT {json}`` line.

Modes:

* ``bare``                       — a bare PySide6 QMainWindow: shown and first painted (start-up floor)
* ``startup PZD``                — ``pilotzone PZD`` (``app.cli.main``); READY when the dossier window is
                                   shown and its gap panel has painted the first evaluation
* ``keystroke PZD N``            — N keystrokes in a numeric field (QTest), each timed until the gap panel has
                                   repainted the new evaluation
* ``home FOLDER PZD``            — the workspace home window built, its list read and painted with PZD's row
* ``evaluate PZD N``             — N × (one edit through the session, then the app's incremental evaluation)
* ``import PZD SRC SOURCES``     — import every source file as evidence (``DossierFile.add_evidence_file``)
* ``export PZD OUT``             — ``build_package`` of the whole dossier (documents + every evidence file)
* ``render PZD N``               — N × ``render_documents`` (DOCX + PDF + xlsx of the plan)
* ``register PZD XLSX N``        — N × import XLSX into the factories register of a fresh copy of PZD, as the
                                   import dialog does it: read the workbook, guess sheet / heading row /
                                   columns, preview every row (parse, validate, duplicates), apply the valid
                                   rows as one undo step, and wait until the dossier file has saved them

``bare`` and ``startup`` notice the first paint by wrapping the watched class's ``paintEvent``
(``_on_first_paint``), not with an application-wide event filter, whose Python call per event of every
object was charged to the app's start-up and hardly to the bare window's.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()


def peak_rss_mib() -> float:
    """Peak resident set size of this process (VmHWM), MiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(tag: str, data: dict[str, Any] | None = None) -> None:
    sys.stdout.write(f"{tag} {json.dumps(data or {}, ensure_ascii=False)}\n")
    sys.stdout.flush()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# -- Qt helpers ----------------------------------------------------------------------------------
def _paint_watch(root_test):
    """An application-wide event filter noting Paint events of widgets under ``root_test``'s widget."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.armed = True
            self.paints = 0
            self.last = 0.0
            self.on_paint = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if self.armed and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
                widget: QWidget | None = obj
                while widget is not None:
                    if root_test(widget):
                        self.paints += 1
                        self.last = time.perf_counter()
                        if self.on_paint is not None:
                            self.on_paint()
                        break
                    widget = widget.parentWidget()
            return False

    return PaintWatch()


def _on_first_paint(widget_class: type, on_paint) -> None:
    """Call ``on_paint()`` when an instance of ``widget_class`` (a Python QWidget subclass) is first painted.

    The start-up probes watch their one widget class this way rather than with an application-wide event
    filter: such a filter runs Python for every event of every object (thousands while a window is built)
    and makes PySide create a wrapper for each, which inflated the app's start-up by ~0.1 s over the
    bare window's, a cost no user's app pays.  The moment is the same: a widget's Paint event is delivered
    before its children's.
    """
    original = widget_class.paintEvent
    state = {"painted": False}

    def paint_event(self, event) -> None:
        if not state["painted"]:
            state["painted"] = True
            on_paint()
        original(self, event)

    widget_class.paintEvent = paint_event


def probe_bare() -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Window(QMainWindow):
        pass

    app = QApplication(sys.argv[:1])  # noqa: F841 - lives until the probe returns
    window = Window()
    window.setWindowTitle("bare")
    window.resize(1440, 900)

    def painted() -> None:
        emit("READY", {"t": time.perf_counter() - T_START})
        QTimer.singleShot(0, loop.quit)

    _on_first_paint(Window, painted)
    loop = QEventLoop()   # app.exec() would do the same; QEventLoop.quit does not close the windows
    window.show()
    loop.exec()
    emit("RESULT", {"t_process": time.perf_counter() - T_START})


def probe_startup(pzd: str) -> None:
    """``pilotzone PZD`` itself: ``app.cli.main([PZD])``, the entry point of the command and the installed app,
    until the gap panel's first paint (the dossier window shown with its first evaluation).

    Besides READY it notes, in this process's clock, when the app's modules were imported, how long the file
    took to read (on the worker thread) and when the window was built and shown, to say where the time goes.
    """
    from PySide6.QtWidgets import QApplication

    from app.cli import main as pilotzone
    from app.ui import application, open_dossier
    from app.ui.gap_panel import GapPanel

    marks: dict[str, float] = {"imported": time.perf_counter() - T_START}
    read_path, show_dossier = open_dossier.read_path, application.AppController.show_dossier

    def timed_read(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        loaded = read_path(*args, **kwargs)
        marks["read_s"] = time.perf_counter() - start
        return loaded

    def timed_show(self: Any, loaded: Any) -> Any:
        window = show_dossier(self, loaded)
        marks["shown"] = time.perf_counter() - T_START
        return window

    def painted() -> None:
        marks["painted"] = time.perf_counter() - T_START
        emit("READY", {"t": marks["painted"]})
        QApplication.instance().exit(0)   # once this paint is done, the event loop returns; windows stay open

    open_dossier.read_path = timed_read
    application.AppController.show_dossier = timed_show
    _on_first_paint(GapPanel, painted)
    status = pilotzone([pzd])
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "doc")]
    evaluation_ms = windows[0].doc.last_evaluation_ms if windows else None
    for window in windows:
        window.close()
    emit("RESULT", {"ok": "painted" in marks and bool(windows) and status == 0, "evaluation_ms": evaluation_ms,
                    "marks": marks})


def _open_window(pzd: str):
    """The app's dossier window over PZD, built the way ``AppController.show_dossier`` builds it."""
    from app.ui.application import AppController, create_application, install_exception_hook
    from app.ui.open_dossier import read_path

    app = create_application()
    install_exception_hook()
    controller = AppController()

    class _Progress:
        def report(self, *a: Any) -> None: ...
        def check(self) -> None: ...

    window = controller.show_dossier(read_path(_Progress(), Path(pzd)))
    return app, controller, window


def _settle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def probe_keystroke(pzd: str, count: str) -> None:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest

    from app.models.rules import Jump
    from app.ui.gap_panel import GapPanel

    app, controller, window = _open_window(pzd)
    # 1.2.1 政府专项资金规模 (required): every keystroke is an edit, a new evaluation and a new gap panel.
    indicator_id, field_id = "policy.funding.special_funds", "special_funds"
    edit = window.go_to(Jump(indicator_id, "field", field_id))
    window.activateWindow()
    edit.setFocus()
    _settle(app, 1.0)
    window.doc.flush()
    panel = window.gap_dock.panel
    watch = _paint_watch(lambda w: w is panel or isinstance(w, GapPanel))
    app.installEventFilter(watch)
    state = {"evaluated": 0.0}
    window.doc.evaluated.connect(lambda _e: state.__setitem__("evaluated", time.perf_counter()))
    edit.end(False)
    times, eval_ms, timeouts = [], [], 0
    for i in range(int(count)):
        key = Qt.Key.Key_5 if i % 2 == 0 else Qt.Key.Key_Backspace
        state["evaluated"] = 0.0
        watch.paints = 0
        watch.armed = True
        start = time.perf_counter()
        QTest.keyClick(edit, key)
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if state["evaluated"] and watch.paints and watch.last >= state["evaluated"]:
                # let the paint that was just delivered finish, then stop the clock
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                break
            if time.perf_counter() - start > 10:
                timeouts += 1
                break
        times.append((time.perf_counter() - start) * 1000)
        eval_ms.append(window.doc.last_evaluation_ms)
        watch.armed = False
        _settle(app, 0.08)          # typing speed: ~12 keys/s; lets the autosave lane write the edit
    window.doc.flush()
    window.close()
    emit("RESULT", {"ms": times, "median_ms": statistics.median(times), "p99_ms": percentile(times, 99),
                    "evaluation_ms_median": statistics.median(eval_ms), "timeouts": timeouts,
                    "value": edit.text()})


def probe_home(folder: str, pzd: str) -> None:
    from PySide6.QtCore import QEventLoop

    from app.models.storage.workspace import Workspace
    from app.ui import settings as prefs
    from app.ui.application import AppController, create_application

    app = create_application()
    prefs.settings().set(prefs.WORKSPACE_DIR, str(folder))
    controller = AppController()
    target = Path(pzd).resolve()
    start = time.perf_counter()
    home = controller.show_home()
    t_built = time.perf_counter()
    table = home.table
    watch = _paint_watch(lambda w: w is table)
    app.installEventFilter(watch)
    row_shown = None
    while time.perf_counter() - start < 30:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        rows = [Path(e.path).resolve() for e in home.model.entries]
        if watch.paints and target in rows:
            row_shown = time.perf_counter()
            break
    t_list = []
    for _ in range(5):
        t = time.perf_counter()
        entries = Workspace(folder).list()
        t_list.append((time.perf_counter() - t) * 1000)
    home.close()
    emit("RESULT", {"ok": row_shown is not None, "ms": ((row_shown or time.perf_counter()) - start) * 1000,
                    "build_ms": (t_built - start) * 1000, "workspace_list_ms": t_list,
                    "entries": len(entries), "passed": entries[0].passed if entries else None})


def probe_evaluate(pzd: str, count: str) -> None:
    from app.models import edits
    from app.models.assessment import Evaluator, evaluate
    from app.models.catalogue import load_catalogue
    from app.models.storage import DossierFile

    with DossierFile.open(pzd, author="基准测试") as dfile:
        dossier, session = dfile.dossier, dfile.session
        catalogue = load_catalogue(dossier.catalogue_edition)
        city = dossier.registers["cities"][0]
        stations = city.values["base_stations"]
        cold = []
        for _ in range(5):   # from scratch, as on opening a dossier
            start = time.perf_counter()
            evaluate(dossier, catalogue)
            cold.append((time.perf_counter() - start) * 1000)
        # after an edit the app re-judges incrementally, as OpenDossier does (the result equals a fresh
        # evaluation: tests/core/test_incremental_evaluation.py)
        evaluator = Evaluator(dossier, catalogue)
        session.listeners.append(lambda op, changes, how: evaluator.invalidate(changes))
        evaluator.evaluate()
        times, flips = [], 0
        for i in range(int(count)):
            if i % 2 == 0:   # a field of an indicator
                edits.set_field(session, catalogue, "policy.funding.special_funds", "special_funds",
                                value=f"{700 + i}.5")
            else:            # a register cell behind a starred condition (5G基站/万人): alternately fails and passes
                edits.set_cell(session, catalogue, "cities", city.id, "base_stations", 100 if i % 4 == 1 else stations)
            start = time.perf_counter()
            result = evaluator.evaluate()
            times.append((time.perf_counter() - start) * 1000)
            flips += not result.all_passed
        dfile.flush(timeout=120)
        for _ in range(2):   # put the dossier back as it was
            session.undo() if session.can_undo else None
    emit("RESULT", {"median_ms": statistics.median(times), "p99_ms": percentile(times, 99), "max_ms": max(times),
                    "runs": len(times), "condition_flips": flips, "cold_ms": statistics.median(cold)})


def probe_import(pzd: str, src: str, sources_json: str) -> None:
    from benchmarks.generate import SourceFile, import_evidence

    sources = [SourceFile(**s) for s in json.loads(Path(sources_json).read_text(encoding="utf-8"))]
    start = time.perf_counter()
    done = import_evidence(Path(pzd), Path(src), sources)
    seconds = time.perf_counter() - start
    emit("RESULT", {"s": seconds, "bytes": done, "files": len(sources), "peak_rss_mib": peak_rss_mib()})


def probe_history(pzd: str, count: str) -> None:
    """修改历史 opened over the whole history until its table is painted; then one indicator's scope."""
    from PySide6.QtCore import QEventLoop

    from app.ui.history_dialog import HistoryDialog

    app, controller, window = _open_window(pzd)
    _settle(app, 0.5)
    times, total = [], 0
    for _ in range(int(count)):
        start = time.perf_counter()
        dialog = HistoryDialog(window.doc, window)
        viewport = dialog.history.viewport()
        watch = _paint_watch(lambda w: w is viewport)
        app.installEventFilter(watch)
        watch.armed = True
        dialog.show()
        while not watch.paints and time.perf_counter() - start < 30:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        times.append((time.perf_counter() - start) * 1000)
        app.removeEventFilter(watch)
        total, page = dialog.model.total, dialog.model.rowCount()
        start = time.perf_counter()
        dialog.scope.setCurrentIndex(dialog.scope.findData("indicators/policy.funding.special_funds"))
        scope_ms = (time.perf_counter() - start) * 1000
        dialog.close()
        dialog.deleteLater()
        _settle(app, 0.1)
    window.close()
    emit("RESULT", {"ms": times, "median_ms": statistics.median(times), "total": total, "page": page,
                    "scope_ms": scope_ms})


def probe_export(pzd: str, out: str, variant: str = "") -> None:
    """The whole export (``export_submission``); with ``stub-documents`` the plan documents are replaced by a few bytes, which
    isolates the evidence path (read from the .pzd, hash, zip) to compare with sha256sum + zip -0."""
    from app.export import package
    from app.export.submission import export_submission
    from app.models.operations import DossierSession
    from app.progress import Progress

    if variant == "stub-documents":
        package.render_documents = lambda *a, **k: (None, b"docx", b"pdf", b"xlsx")  # type: ignore[assignment]
    from app.models.catalogue import load_catalogue
    from app.models.storage import DossierFile

    marks: dict[str, float] = {}

    def progress(done: int, total: int, what: str) -> None:
        if done > 0 and "evidence" not in marks:
            marks["evidence"] = time.perf_counter()

    start = time.perf_counter()
    with DossierFile.open(pzd, read_only=True) as dfile:
        catalogue = load_catalogue(dfile.dossier.catalogue_edition)
        opened = time.perf_counter()
        # the one export use-case, as the app and `pilotzone package` run it (read-only: no 定稿 is recorded)
        result = export_submission(DossierSession(dfile.dossier), catalogue, out, final=True,
                                   evidence=dfile.open_blob, progress=Progress(progress)).package
    seconds = time.perf_counter() - start
    emit("RESULT", {"s": seconds, "open_s": opened - start,
                    "documents_s": marks.get("evidence", opened) - opened,
                    "members": result.members, "bytes": result.evidence_bytes,
                    "zip_bytes": Path(out).stat().st_size, "peak_rss_mib": peak_rss_mib()})


def probe_render(pzd: str, count: str) -> None:
    from app.export.package import render_documents
    from app.models.assessment import evaluate
    from app.models.catalogue import load_catalogue
    from app.models.storage import read_dossier

    dossier = read_dossier(Path(pzd))
    catalogue = load_catalogue(dossier.catalogue_edition)
    evaluation = evaluate(dossier, catalogue)
    times, sizes = [], {}
    for _ in range(int(count)):
        start = time.perf_counter()
        doc, docx, pdf, xlsx = render_documents(dossier, catalogue, evaluation, draft=False)
        times.append(time.perf_counter() - start)
        sizes = {"docx": len(docx), "pdf": len(pdf), "xlsx": len(xlsx)}
    emit("RESULT", {"s": times, "median_s": statistics.median(times), "first_s": times[0], **sizes,
                    "peak_rss_mib": peak_rss_mib()})


def probe_register(pzd: str, xlsx: str, count: str) -> None:
    import shutil
    import tempfile

    from app.models.catalogue import load_catalogue
    from app.models.register_import import build_preview, guess_header_row, guess_mapping, import_operation
    from app.models.register_io import read_sheets
    from app.models.storage import DossierFile

    catalogue = load_catalogue()
    spec = catalogue.register("factories")
    times, counts = [], {}
    with tempfile.TemporaryDirectory(dir=Path(pzd).parent) as tmp:
        for run in range(int(count)):
            copy = Path(tmp) / f"run{run}.pzd"
            shutil.copyfile(pzd, copy)
            with DossierFile.open(copy, author="benchmark") as dfile:
                start = time.perf_counter()
                grids = read_sheets(xlsx)
                grid = max(grids, key=lambda g: len(g.rows))
                header = guess_header_row(grid, spec)
                mapping = guess_mapping(grid.rows[header], spec)
                preview = build_preview(grid, header, mapping, spec, catalogue, dfile.dossier)
                dfile.session.do(import_operation(preview, catalogue, dfile.dossier))
                dfile.flush()
                times.append(time.perf_counter() - start)
                counts = {**preview.counts(), "blank": preview.blank, "rows": len(preview.rows)}
    emit("RESULT", {"s": times, "median_s": statistics.median(times), "counts": counts,
                    "peak_rss_mib": peak_rss_mib()})


def probe_exchange(records: str, folder: str) -> None:
    """``import_exchange`` (the one import of `pilotzone import` and the app) of a dossier with RECORDS register
    records: policies, factories with their scenarios and titles, in realistic proportions."""
    from app.models.dossier import Record
    from app.models.exchange import dumps, load_json_file
    from app.models.storage.exchange_import import import_exchange

    n = int(records)
    dossier = load_json_file(Path(__file__).resolve().parents[1] / "examples" / "binjiang.json")
    dossier.evidence = []
    scenarios = ["machine_vision_inspection", "remote_equipment_control", "equipment_fault_diagnosis"]
    dossier.registers["policies"] = [Record(values={
        "title": f"关于推进第{i}批“5G+工业互联网”项目的通知", "doc_number": f"滨政办〔2024〕{i}号",
        "issuer": "滨江市人民政府办公室", "date": "2024-03-01", "special": False}) for i in range(n // 2)]
    dossier.registers["factories"] = [Record(values={
        "enterprise": f"滨江第{i}制造有限公司", "factory": f"{i}号智能工厂", "industry": "装备制造", "city": "滨江市",
        "scenarios": scenarios}) for i in range(n // 4)]
    dossier.registers["titles"] = [Record(values={
        "category": "other", "name": f"第{i}项国家级试点", "year": 2022, "issuer": "工业和信息化部",
        "issuer_level": "ministry", "reason": "国家部委授予"}) for i in range(n - n // 2 - n // 4)]
    src = Path(folder) / f"exchange-{n}.json"
    src.write_text(dumps(dossier), encoding="utf-8")
    target = Path(folder) / f"exchange-{n}.pzd"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    import_exchange(src, target, author="benchmark").close()
    emit("RESULT", {"s": time.perf_counter() - start, "records": n, "peak_rss_mib": peak_rss_mib()})


PROBES = {"bare": probe_bare, "startup": probe_startup, "keystroke": probe_keystroke, "home": probe_home,
          "evaluate": probe_evaluate, "import": probe_import, "export": probe_export, "render": probe_render,
          "history": probe_history, "register": probe_register, "exchange": probe_exchange}


def main(argv: list[str]) -> int:
    if "QT_QPA_PLATFORM" not in os.environ:
        from app.ui.screen_fit import offscreen_platform

        os.environ["QT_QPA_PLATFORM"] = offscreen_platform()   # room for the 1440 × 900 window, as on a desktop
    PROBES[argv[0]](*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
