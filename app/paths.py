"""Where the program finds its bundled resources and the user's data folder.

Resources (catalogue editions, schemas, fonts, translations) live in the
top-level ``resources/`` folder of a source checkout, or beside the
executable in a PyInstaller bundle.  ``PILOTZONE_RESOURCES`` overrides both.
User data (identities, preferences) lives in the platform's user-data folder
unless ``PILOTZONE_HOME`` moves it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


UI_FONT_FILE = "wqy-microhei.ttc"   # the bundled sans (WenQuanYi Micro Hei): the UI font when the system has no CJK font
DOCUMENT_FONT_FILES = ("ZhuqueFangsong-Regular.ttf",)   # bundled for the exported documents only (朱雀仿宋), not the UI


def resources_dir() -> Path:
    override = os.environ.get("PILOTZONE_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    override = os.environ.get("PILOTZONE_HOME")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("pilotzone", appauthor=False))
