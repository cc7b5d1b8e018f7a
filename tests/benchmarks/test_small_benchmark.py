"""The benchmark suite keeps working: ``python -m benchmarks.run --small`` produces the whole table.

No timing is asserted here (CI machines are noisy); only that every figure is
measured and printed with a number.  The figures themselves are in
``benchmarks/results-*.md`` and the README's Performance section.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.run import FIGURE_HISTORY, FIGURE_IMPORT_CP, FIGURE_IMPORT_ROLLBACK_FLOOR, FIGURES, INFORMATIONAL

ROOT = Path(__file__).resolve().parents[2]
NUMBER = re.compile(r"^(> )?\d+(\.\d+)? (ms|s|MiB)$")
RATIO = re.compile(r"^(> )?\d+(\.\d+)?×$")


def test_small_benchmark_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "results-small.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PILOTZONE_HOME=str(tmp_path / "home"))
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--small", "--keep", str(tmp_path / "work"),
                           "--output", str(out)], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    table = out.read_text(encoding="utf-8")
    assert table.strip() in proc.stdout
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and (cells[0] in FIGURES or cells[0] in INFORMATIONAL):
            rows[cells[0]] = cells
    for figure in (FIGURE_IMPORT_CP, FIGURE_IMPORT_ROLLBACK_FLOOR):   # informational: no target
        design = rows.pop(figure)
        assert NUMBER.match(design[1]) and NUMBER.match(design[2]) and RATIO.match(design[3]) and design[5] == "—"
    history = rows.pop(FIGURE_HISTORY)                  # informational: not in the issues' tables
    assert NUMBER.match(history[1]) and history[4] == history[5] == "—"
    assert set(rows) == set(FIGURES)
    for figure, (_, value, floor, ratio, target, met) in rows.items():
        assert NUMBER.match(value), (figure, value)
        assert target.startswith("≤ "), (figure, target)
        assert met in ("yes", "no"), (figure, met)
        if ratio != "—":
            assert NUMBER.match(floor) and RATIO.match(ratio), (figure, floor, ratio)
