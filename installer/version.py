"""The app version, read from its one source: ``__version__`` in ``app/__init__.py``.

Parsed, not imported, so it works without the app's dependencies installed.
``python installer/version.py`` prints it (the build scripts pass it to
PyInstaller's spec and to Inno Setup's ``iscc /DAppVersion=...``).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PATTERN = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def app_version(root: Path = ROOT) -> str:
    match = _PATTERN.search((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    if not match:
        raise SystemExit("no __version__ in app/__init__.py")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``2.3.0rc1`` → ``(2, 3, 0, 0)``: the four numbers Windows version resources need."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:3]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


if __name__ == "__main__":
    print(app_version())
