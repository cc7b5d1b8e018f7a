"""Run every benchmark figure against its floor and print one table.

    python -m benchmarks.run            # the large dossier: 2,000 evidence files, 2 GiB (≈ 3.5 min)
    python -m benchmarks.run --small    # CI size: 50 files, 20 MiB (≈ 20 s)
    python -m benchmarks.run --keep DIR # keep the generated dossier, sources and outputs in DIR

Each figure runs in a fresh process (``benchmarks.probes``); floors are taken in
the same run (a bare PySide6 QMainWindow; ``cp -r``; ``sha256sum`` + ``zip -0 -r``
of the same source files); start-up and import runs alternate with their floors, so
the ratios hold on a noisy machine.  The app runs from compiled bytecode, as an
installed copy does (pip and PyInstaller compile at install time); without it every
start would also compile the app's ~80 modules (≈ 0.1 s here).  The table is printed
as Markdown and written to ``benchmarks/results-<mode>.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from benchmarks import generate as gen

ROOT = Path(__file__).resolve().parents[1]
MiB = 1 << 20


@dataclass
class Row:
    figure: str
    value: str
    floor: str
    ratio: str
    target: str
    met: bool | None
    notes: list[str] = field(default_factory=list)


@dataclass
class Mode:
    name: str
    size: gen.Size
    startup_runs: int
    import_runs: int         # import / cp / bare SQLite, alternating
    heavy_runs: int          # export / its floor
    keystrokes: int
    evaluations: int
    renders: int
    home_runs: int
    cap_s: float             # a probe still running after this long is killed and reported as "> cap"


MODES = {
    "full": Mode("full", gen.FULL, startup_runs=5, import_runs=3, heavy_runs=1, keystrokes=20, evaluations=300,
                 renders=1, home_runs=3, cap_s=240),
    "small": Mode("small", gen.SMALL, startup_runs=3, import_runs=3, heavy_runs=1, keystrokes=10, evaluations=100,
                  renders=1, home_runs=2, cap_s=600),
}

FIGURES = (
    "start-up to dossier window ÷ bare QMainWindow",
    "rule evaluation after one edit, median",
    "rule evaluation after one edit, p99",
    "keystroke in a field → gap panel repainted",
    "open the .pzd until the home list shows it",
    "import evidence ÷ bare SQLite insert of the same bytes (storage design floor)",
    "export package ÷ (sha256sum + zip -0)",
    "export, evidence part only (documents stubbed) ÷ (sha256sum + zip -0)",
    "peak resident memory, import and export",
    "DOCX + PDF generation",
    "import a 2,000-row register from .xlsx (read, preview, one undo step, saved)",
    "import an exchange document: 20,000 register records ÷ 2,000",
)
FIGURE_IMPORT_CP = "import evidence ÷ cp (information; cp + sync in the notes)"
FIGURE_IMPORT_ROLLBACK_FLOOR = "bare SQLite insert with a rollback journal instead of WAL ÷ cp (design alternative)"
FIGURE_HISTORY = "open 修改历史 (all changes)"     # informational: not in the issues' tables
INFORMATIONAL = (FIGURE_IMPORT_CP, FIGURE_IMPORT_ROLLBACK_FLOOR, FIGURE_HISTORY)


class Bench:
    def __init__(self, workdir: Path, mode: Mode, log: Callable[[str], None]) -> None:
        self.dir, self.mode, self.log = workdir, mode, log
        self.src = workdir / gen.SOURCE_DIR
        self.workspace = workdir / gen.WORKSPACE_DIR
        self.pzd = self.workspace / gen.PZD_NAME
        self.base = workdir / "base.pzd"          # the dossier with its drafting history, before any evidence
        from app.ui.screen_fit import offscreen_platform   # room for the 1440 × 900 window, as on a desktop

        self.env = dict(os.environ, QT_QPA_PLATFORM=offscreen_platform(), PILOTZONE_HOME=str(workdir / "home"),
                        XDG_CONFIG_HOME=str(workdir / "config"),
                        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX"):   # run from bytecode, as installed
            self.env.pop(name, None)
        self.details: dict[str, Any] = {}

    # -- process helpers ----------------------------------------------------------------------
    def probe(self, *args: str, timeout: float = 3600) -> dict[str, Any]:
        """Run one probe; its RESULT (plus 'ready_s': wall time from spawn to its READY line, if any).

        Past ``timeout`` the probe is killed and ``{"timed_out": True, "s": timeout, "peak_rss_mib": …}`` is
        returned (VmHWM sampled from /proc while it ran), so one pathological figure cannot stall the run.
        """
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "benchmarks.probes", *args], cwd=ROOT, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        lines: list[tuple[float, str]] = []
        errors: list[str] = []

        def pump(stream: Any, sink: list, stamp: bool) -> None:
            for line in stream:
                sink.append((time.perf_counter() - start, line) if stamp else line)

        readers = [threading.Thread(target=pump, args=(proc.stdout, lines, True), daemon=True),
                   threading.Thread(target=pump, args=(proc.stderr, errors, False), daemon=True)]
        for reader in readers:
            reader.start()
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, _vm_hwm_mib(proc.pid))
            if time.perf_counter() - start > timeout:
                proc.kill()
                proc.wait()
                self.log(f"  probe {args[0]} killed after {timeout:.0f} s (peak RSS so far {peak:.0f} MiB)")
                return {"timed_out": True, "s": timeout, "peak_rss_mib": peak}
            time.sleep(0.2)
        for reader in readers:
            reader.join()
        ready = next((t for t, line in lines if line.startswith("READY")), None)
        result = next((json.loads(line[len("RESULT "):]) for _, line in lines if line.startswith("RESULT ")), None)
        if proc.returncode != 0 or result is None:
            raise RuntimeError(f"probe {args[0]} failed ({proc.returncode}):\n{''.join(errors)[-3000:]}")
        if ready is not None:
            result["ready_s"] = ready
        result["timed_out"] = False
        return result

    def timed(self, cmd: list[str] | str, *, shell: bool = False) -> float:
        start = time.perf_counter()
        subprocess.run(cmd, shell=shell, check=True, stdout=subprocess.DEVNULL, cwd=self.dir)
        return time.perf_counter() - start

    @staticmethod
    def sync() -> None:
        """Write back dirty pages so one measurement's writes do not slow down the next one."""
        subprocess.run(["sync"], check=False)

    # -- preparation --------------------------------------------------------------------------
    def prepare(self) -> list[gen.SourceFile]:
        size = self.mode.size
        t = time.perf_counter()
        sources = gen.write_sources(self.src, size)
        self.log(f"  evidence sources: {len(sources)} files, {sum(s.size for s in sources) / MiB:.0f} MiB "
                 f"({time.perf_counter() - t:.1f} s)")
        # The bytecode an installed copy has (its __pycache__ is git-ignored); the libraries' is there already.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        t = time.perf_counter()
        gen.create_base(self.base, size)
        rows = gen.draft_history(self.base, size)
        self.details["history_rows"] = rows
        self.log(f"  dossier without evidence: {size.edits} edits → {rows} history rows, 2 finalised versions, "
                 f"{self.base.stat().st_size / MiB:.0f} MiB ({time.perf_counter() - t:.1f} s)")
        self.sync()
        return sources

    def fresh_base(self) -> None:
        for side in ("", "-wal", "-shm", "-journal"):
            Path(str(self.pzd) + side).unlink(missing_ok=True)
        self.pzd.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.base, self.pzd)
        self.sync()

    # -- figures ------------------------------------------------------------------------------
    def import_and_floor(self) -> tuple[list[Row], float]:
        values, floors, engine, rollback, rss = [], [], [], [], []
        for run in range(self.mode.import_runs):   # alternate, so a slower spell of the disk hits all three alike
            self.fresh_base()
            dst = self.dir / "cp-copy"
            shutil.rmtree(dst, ignore_errors=True)
            floors.append(self.timed(["cp", "-r", str(self.src), str(dst)]))
            t_sync = self.timed(["sync"])
            shutil.rmtree(dst, ignore_errors=True)
            self.sync()
            engine.append(self.floor_sqlite())
            self.sync()
            rollback.append(self.floor_sqlite("delete"))
            self.sync()
            result = self.probe("import", str(self.pzd), str(self.src), str(self.dir / gen.SOURCES_JSON))
            values.append(result["s"])
            rss.append(result["peak_rss_mib"])
            self.sync()
            self.log(f"  import run {run + 1}: {result['s']:.2f} s (cp {floors[-1]:.2f} s, then sync {t_sync:.2f} s; "
                     f"bare SQLite {engine[-1]:.2f} s, with a rollback journal {rollback[-1]:.2f} s), "
                     f"peak RSS {result['peak_rss_mib']:.0f} MiB")
            self.details.setdefault("cp_then_sync_s", []).append(floors[-1] + t_sync)
        value, floor, bare = statistics.median(values), statistics.median(floors), statistics.median(engine)
        total = sum(p.stat().st_size for p in self.src.rglob("*") if p.is_file())
        runs = ", ".join(f"{v / b:.2f}×" for v, b in zip(values, engine))
        row = _ratio_row(FIGURES[5], value, bare, 1.2, unit="s",
                         note=f"{total / MiB:.0f} MiB; {total / MiB / value:.0f} MiB/s into the .pzd; the floor is the "
                              f"same bytes written into a bare SQLite table laid out as the app's (page size, WAL, "
                              f"chunk rows, commits), reads excluded (`benchmarks/floors.py`); medians of "
                              f"{len(values)} alternating runs (each run's ratio: {runs}); what is above the floor is "
                              "the app's own work (reading the sources, hashing, the evidence rows)")
        cp_sync = statistics.median(self.details["cp_then_sync_s"])
        by_cp = Row(FIGURE_IMPORT_CP, _fmt(value, "s"), _fmt(floor, "s"), f"{value / floor:.2f}×", "—", None,
                    [f"`cp -r` of the same files {floor:.2f} s, `cp` then `sync` {cp_sync:.2f} s "
                     f"({value / cp_sync:.2f}× that); the storage design's own floor is {bare / floor:.2f}× cp by "
                     "itself: a SQLite file writes each byte to its log and again at checkpoint"])
        journal = statistics.median(rollback)
        alternative = Row(FIGURE_IMPORT_ROLLBACK_FLOOR, _fmt(journal, "s"), _fmt(floor, "s"), f"{journal / floor:.2f}×",
                          "—", None,
                          [f"the same bare table with journal_mode=DELETE, synchronous=FULL (`benchmarks/floors.py`): "
                           f"appended pages are written once, not to the log and again at checkpoint, but every commit "
                           f"waits for its own fsync; {journal / bare:.2f}× the WAL floor's time here"
                           + (", so a journal change is no way to ≤ 1.5× cp either" if journal >= bare / 1.2 else
                              "; the app keeps WAL because a rollback-journal writer locks readers out while it commits")])
        return [row, by_cp, alternative], max(rss)

    def floor_sqlite(self, journal: str = "wal") -> float:
        """The storage design's floor (``benchmarks.floors``), in its own process."""
        out = subprocess.run([sys.executable, "-m", "benchmarks.floors", "sqlite", str(self.dir / "floor.db"),
                              str(self.src), str(self.dir / gen.SOURCES_JSON), journal], cwd=ROOT, env=self.env,
                             check=True,
                             capture_output=True, text=True, encoding="utf-8")
        line = next(line for line in out.stdout.splitlines() if line.startswith("RESULT "))
        return float(json.loads(line[len("RESULT "):])["s"])

    def export_and_floor(self) -> tuple[list[Row], float]:
        cap = self.mode.cap_s
        values, stubbed, floors, rss, docs, timed_out = [], [], [], [], [], False
        out = self.dir / "package.zip"
        floor_zip = self.dir / "floor.zip"
        for run in range(self.mode.heavy_runs):
            floor_zip.unlink(missing_ok=True)
            t_sha = self.timed(f"find {_q(self.src)} -type f -print0 | xargs -0 sha256sum > /dev/null", shell=True)
            t_zip = self.timed(["zip", "-0", "-r", "-q", str(floor_zip), self.src.name])
            floors.append(t_sha + t_zip)
            floor_zip.unlink(missing_ok=True)
            self.sync()
            out.unlink(missing_ok=True)
            result = self.probe("export", str(self.pzd), str(out), timeout=cap)
            values.append(result["s"])
            rss.append(result["peak_rss_mib"])
            timed_out |= result["timed_out"]
            for leftover in self.dir.glob(".package-*.zip.part"):
                leftover.unlink()
            out.unlink(missing_ok=True)
            self.sync()
            stub = self.probe("export", str(self.pzd), str(out), "stub-documents", timeout=cap)
            stubbed.append(stub["s"])
            rss.append(stub["peak_rss_mib"])
            out.unlink(missing_ok=True)
            self.sync()
            if not result["timed_out"]:
                docs.append(result["documents_s"])
            self.log(f"  export run {run + 1}: {'> ' if result['timed_out'] else ''}{result['s']:.2f} s, "
                     f"evidence part alone {stub['s']:.2f} s (floor: sha256sum {t_sha:.2f} s + zip -0 {t_zip:.2f} s), "
                     f"peak RSS {result['peak_rss_mib']:.0f} / {stub['peak_rss_mib']:.0f} MiB")
        floor = statistics.median(floors)
        if timed_out:
            row = _ratio_row(FIGURES[6], cap, floor, 1.3, unit="s", lower_bound=True,
                             note=f"killed after {cap:.0f} s, still generating the plan documents "
                                  "(see the DOCX + PDF row)")
        else:
            row = _ratio_row(FIGURES[6], statistics.median(values), floor, 1.3, unit="s",
                             note=f"includes {statistics.median(docs):.1f} s of document generation")
        evidence = _ratio_row(FIGURES[7], statistics.median(stubbed), floor, 1.3, unit="s",
                              note="build_package with render_documents stubbed: read every attachment from the "
                                   ".pzd, verify its SHA-256, write it into the zip, fsync, rename")
        return [row, evidence], max(rss)

    def startup(self) -> Row:
        app, bare, bare_inside, marks, killed = [], [], [], [], False
        for run in range(self.mode.startup_runs):   # alternate, so load changes hit both alike
            floor = self.probe("bare")
            bare.append(floor["ready_s"])
            bare_inside.append(floor["t_process"])
            result = self.probe("startup", str(self.pzd), timeout=self.mode.cap_s)
            killed |= result["timed_out"]
            if not result["timed_out"] and not result.get("ok"):
                raise RuntimeError("the app did not show the dossier window")
            app.append(result["s"] if result["timed_out"] else result["ready_s"])
            if not result["timed_out"]:
                marks.append(result["marks"])
            self.log(f"  start-up run {run + 1}: app {app[-1]:.2f} s, bare window {bare[-1]:.2f} s")
            if killed:
                break
        note = f"`pilotzone FILE.pzd` (app.cli.main); median of {len(app)} cold starts each"
        if marks:
            def ms(key: str) -> float:
                return statistics.median(m[key] for m in marks) * 1000

            note += (f"; inside the process (interpreter start excluded): the bare window is painted at "
                     f"{statistics.median(bare_inside) * 1000:.0f} ms; the app has its modules at {ms('imported'):.0f} ms, "
                     f"reads the file in {ms('read_s'):.0f} ms on a worker, has built and shown the window with its "
                     f"first evaluation at {ms('shown'):.0f} ms and painted it at {ms('painted'):.0f} ms")
        return _ratio_row(FIGURES[0], statistics.median(app), statistics.median(bare), 2.0, unit="s",
                          lower_bound=killed, note=note)

    def evaluation(self) -> list[Row]:
        result = self.probe("evaluate", str(self.pzd), str(self.mode.evaluations))
        self.log(f"  evaluation: median {result['median_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms")
        note = (f"{result['runs']} edits (field / 5G基站 cell alternately), incremental as in the app; "
                f"from scratch (opening the dossier): {result['cold_ms']:.1f} ms")
        return [_abs_row(FIGURES[1], result["median_ms"], 5, "ms", note),
                _abs_row(FIGURES[2], result["p99_ms"], 16, "ms", note)]

    def keystroke(self) -> Row:
        result = self.probe("keystroke", str(self.pzd), str(self.mode.keystrokes), timeout=self.mode.cap_s * 2)
        if result["timed_out"]:
            return _abs_row(FIGURES[3], result["s"] * 1000, 50, "ms", "probe killed", lower_bound=True)
        self.log(f"  keystroke: median {result['median_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms "
                 f"(evaluation {result['evaluation_ms_median']:.1f} ms)")
        return _abs_row(FIGURES[3], result["median_ms"], 50, "ms",
                        f"median of {len(result['ms'])} keys; p99 {result['p99_ms']:.0f} ms; "
                        f"of which evaluate() {result['evaluation_ms_median']:.1f} ms")

    def home(self) -> Row:
        times, lists = [], []
        for _ in range(self.mode.home_runs):
            result = self.probe("home", str(self.workspace), str(self.pzd))
            if not result["ok"]:
                raise RuntimeError("the home list never showed the dossier")
            times.append(result["ms"])
            lists.append(statistics.median(result["workspace_list_ms"]))
        self.log(f"  home list: {statistics.median(times):.0f} ms (Workspace.list {statistics.median(lists):.1f} ms)")
        return _abs_row(FIGURES[4], statistics.median(times), 300, "ms",
                        f"home window built, listed and painted; Workspace.list() alone "
                        f"{statistics.median(lists):.1f} ms")

    def history(self) -> Row:
        result = self.probe("history", str(self.pzd), str(self.mode.home_runs))
        self.log(f"  history dialog: {result['median_ms']:.0f} ms for {result['total']} entries "
                 f"(one indicator {result['scope_ms']:.0f} ms)")
        return Row(FIGURE_HISTORY, _fmt(result["median_ms"], "ms"), "—", "—", "—", None,
                   [f"not in the issue's table: a dossier drafted for weeks; {result['total']:,} history rows "
                    f"({self.mode.size.edits:,} edits, 2 finalised versions); built, first page of "
                    f"{result['page']} read and painted, median of {len(result['ms'])}; switching to one "
                    f"indicator {result['scope_ms']:.0f} ms; scrolling to the first entry reads the rest a page at "
                    f"a time"])

    def render(self) -> Row:
        result = self.probe("render", str(self.pzd), str(self.mode.renders), timeout=self.mode.cap_s)
        if result["timed_out"]:
            return _abs_row(FIGURES[9], result["s"], 5, "s", f"killed after {result['s']:.0f} s; "
                            f"peak RSS {result['peak_rss_mib']:.0f} MiB", lower_bound=True)
        self.log(f"  documents: median {result['median_s']:.2f} s (first {result['first_s']:.2f} s)")
        return _abs_row(FIGURES[9], result["median_s"], 5, "s",
                        f"median of {len(result['s'])}; first {result['first_s']:.1f} s; "
                        f"PDF {result['pdf'] / MiB:.1f} MiB, DOCX {result['docx'] / 1024:.0f} KiB")

    def register_import(self) -> Row:
        """A district's 2,000-row factory list imported into a copy of the large dossier (400 factories)."""
        from benchmarks.spreadsheets import write_factory_workbook

        sheet = self.dir / "工厂名单-2000.xlsx"
        write_factory_workbook(sheet, 2000)
        result = self.probe("register", str(self.base), str(sheet), str(self.mode.home_runs), timeout=self.mode.cap_s)
        counts = result["counts"]
        self.log(f"  register import: median {result['median_s']:.2f} s for {counts['rows']} rows")
        return _abs_row(FIGURES[10], result["median_s"], 2, "s",
                        f"median of {len(result['s'])}; {counts['rows']} rows: {counts['add']} added, "
                        f"{counts['duplicate']} duplicates, {counts['invalid']} invalid, {counts['blank']} blank "
                        f"lines; merged headings, an enterprise merged over its factories; into a register of "
                        f"{self.mode.size.factories} factories")

    def exchange(self) -> Row:
        """The one import of an exchange document at two sizes: its time must grow linearly with the records."""
        small = self.probe("exchange", "2000", str(self.dir), timeout=self.mode.cap_s)
        large = self.probe("exchange", "20000", str(self.dir), timeout=self.mode.cap_s)
        self.log(f"  exchange import: 2,000 records {small['s']:.2f} s, 20,000 records {large['s']:.2f} s")
        return Row(FIGURES[11], _fmt(large["s"], "s"), _fmt(small["s"], "s"), f"{large['s'] / small['s']:.2f}×",
                   "≤ 12×", large["s"] / small["s"] <= 12,
                   [f"`import_exchange` (what `pilotzone import` and the app's 打开 .json run) of a dossier with "
                    f"2,000 and 20,000 policies, factories and titles; 10× the records in "
                    f"{large['s'] / small['s']:.1f}× the time (peak RSS {large['peak_rss_mib']:.0f} MiB)"])

    def run(self) -> list[Row]:
        self.log(f"benchmarks ({self.mode.name}) in {self.dir}")
        self.prepare()
        import_rows, import_rss = self.import_and_floor()
        export_rows, export_rss = self.export_and_floor()
        peak = max(import_rss, export_rss)
        memory = _abs_row(FIGURES[8], peak, 300, "MiB", f"import {import_rss:.0f} MiB, export {export_rss:.0f} MiB "
                                                         "(VmHWM of each process)")
        eval_rows = self.evaluation()
        rows = [self.startup(), *eval_rows, self.keystroke(), self.home(), *import_rows, *export_rows, memory,
                self.render(), self.register_import(), self.exchange(), self.history()]
        return rows


def _vm_hwm_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


# -- table ---------------------------------------------------------------------------------------
def _q(path: Path) -> str:
    return "'" + str(path).replace("'", "'\\''") + "'"


def _fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MiB":
        return f"{value:.0f} MiB"
    return f"{value:.2f} s"


def _ratio_row(figure: str, value: float, floor: float, target: float, *, unit: str, note: str = "",
               lower_bound: bool = False) -> Row:
    ratio = value / floor if floor > 0 else float("inf")
    more = "> " if lower_bound else ""
    return Row(figure, more + _fmt(value, unit), _fmt(floor, unit), f"{more}{ratio:.2f}×", f"≤ {target}×",
               ratio <= target and not lower_bound, [note] if note else [])


def _abs_row(figure: str, value: float, target: float, unit: str, note: str = "", lower_bound: bool = False) -> Row:
    return Row(figure, ("> " if lower_bound else "") + _fmt(value, unit), "—", "—", f"≤ {target:g} {unit}",
               value <= target and not lower_bound, [note] if note else [])


def render_table(rows: list[Row], mode: Mode, seconds: float) -> str:
    s = mode.size
    head = (f"Mode `{mode.name}`: {s.cities} cities, {s.factories} factories, {s.policies} policies, "
            f"{s.titles} titles, {s.evidence_files} evidence files, {s.evidence_bytes / MiB:.0f} MiB. "
            f"{platform.node() or 'machine'}: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"{time.strftime('%Y-%m-%d %H:%M')}, whole run {seconds / 60:.1f} min.\n\n")
    lines = ["| figure | value | floor | ratio | target | met? |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = "yes" if r.met else ("no" if r.met is False else "—")
        lines.append(f"| {r.figure} | {r.value} | {r.floor} | {r.ratio} | {r.target} | {met} |")
    notes = [f"- {r.figure}: {'; '.join(r.notes)}" for r in rows if r.notes]
    return head + "\n".join(lines) + ("\n\nNotes:\n" + "\n".join(notes) if notes else "") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="the CI-sized dossier (≈ 20 MiB)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder)")
    parser.add_argument("--output", type=Path, help="write the table here (default benchmarks/results-<mode>.md)")
    args = parser.parse_args(argv)
    mode = MODES["small" if args.small else "full"]
    log = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    start = time.perf_counter()
    if args.keep:
        workdir = args.keep.resolve()
        if workdir.exists():
            shutil.rmtree(workdir)
        workdir.mkdir(parents=True)
        rows = Bench(workdir, mode, log).run()
    else:
        with tempfile.TemporaryDirectory(prefix=f"pilotzone-bench-{mode.name}-") as tmp:
            rows = Bench(Path(tmp), mode, log).run()
    table = render_table(rows, mode, time.perf_counter() - start)
    out = args.output or Path(__file__).resolve().parent / f"results-{mode.name}.md"
    out.write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
