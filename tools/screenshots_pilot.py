"""Screenshots of the pilot years (docs/screenshots/) and the annual report's PDF pages (docs/samples/).

    python tools/screenshots.py --only pilot-timeline,annual-report,annual-report-1280,behind-panel
    python tools/screenshots_pilot.py          # the PDF pages of the year-1 report: docs/samples/annual-report-*.png

The shots open ``examples/binjiang-year2.json`` (滨江市 in its second pilot
year, year 1 reported, a two-star rating) in the real dossier window;
``register_shots(shot, settle)`` hands them to ``tools/screenshots.py``'s
registry.  The PDF pages are the year-1 report as exported (final), laid out
by the plan's writers and cut into PNGs with ``pdftoppm``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = "binjiang-year2"
SAMPLES = ROOT / "docs" / "samples"


def register_shots(shot: Callable[[str], Callable[[Any], Any]], settle: Callable[..., None]) -> None:
    def opened(studio: Any, page: str, size: tuple[int, int] = (1440, 900)) -> Any:
        window = studio.open(SAMPLE)
        window.resize(*size)
        window.show_page(page)
        settle(150)
        return window

    @shot("pilot-timeline")
    def timeline(studio: Any) -> Any:
        """试点进展: approved 2025-09-18, year 1 reported with a two-star rating (the 第十八条（四） warning)."""
        return opened(studio, "timeline")

    @shot("annual-report")
    def annual_report(studio: Any) -> Any:
        """第1年度试点工作开展情况: targets against values reached, four behind, in the dock beside it."""
        return opened(studio, "report.1")

    @shot("annual-report-1280")
    def annual_report_small(studio: Any) -> Any:
        """The same page on a 1280 × 800 screen."""
        return opened(studio, "report.1", (1280, 800))

    @shot("pilot-timeline-1280")
    def timeline_small(studio: Any) -> Any:
        return opened(studio, "timeline", (1280, 800))

    @shot("annual-report-year2")
    def second_year(studio: Any) -> Any:
        """The second year under way: an amended target, two values so far, the behind-target dock on year 2."""
        window = opened(studio, "report.2")
        window.behind_dock.panel.set_year(2)
        return window


def report_pages(out: Path = SAMPLES, year: int = 1) -> list[Path]:
    """The year's report of the sample as exported (final), one PNG per page (pdftoppm, 60 dpi)."""
    os.environ.setdefault("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    from datetime import date

    from app.export import kinds
    from app.models import pilot
    from app.models.catalogue import load_catalogue
    from app.models.exchange import load_json_file

    dossier = load_json_file(ROOT / "examples" / f"{SAMPLE}.json")
    status = pilot.report_status(dossier, year)
    when = date.fromisoformat(status.finalised_at[:10]) if status.finalised_at else None
    document = kinds.compose(kinds.annual_report(year), dossier, load_catalogue(), draft=False, today=when)
    _docx, pdf = kinds.write(document)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"annual-report-{year}-page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "report.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(source), str(out / f"annual-report-{year}-page")],
                       check=True)
    return sorted(out.glob(f"annual-report-{year}-page-*.png"))


if __name__ == "__main__":
    for page in report_pages():
        print(page.relative_to(ROOT))
