"""The storage layer is core: importable and usable with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

MODULES = ["app.models.storage", "app.cli.exchange", "app.models.storage.workspace", "app.models.storage.salvage",
           "app.models.storage.blobs", "app.models.storage.history", "app.models.storage.revisions", "app.models.storage.locking",
           "app.models.storage.migrations", "app.models.storage.merge", "app.models.storage.merge_result",
           "app.cli.merge", "app.models.register_import", "app.models.register_io",
           "app.models.pilot", "app.models.pilot_stages", "app.models.pilot_edits", "app.models.pilot_findings",
           "app.models.pilot_status", "app.models.completion", "app.models.exchange_pilot",
           "app.models.actuals_table", "app.export.kinds", "app.export.annual_report"]


def test_storage_imports_without_qt():
    code = ("import sys; sys.modules['PySide6'] = None\n"
            + "".join(f"import {m}\n" for m in MODULES)
            + "assert not any(k.startswith('PySide6.') for k in sys.modules)\n")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
