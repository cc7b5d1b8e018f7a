"""Preferences of the desktop app, declared once with typed defaults.

Only things about *this installation* live here (QSettings): who the author
is, where the workspace folder is, window geometry/state, recent files.
Everything about a dossier lives in the dossier file.

``Settings()`` uses the application's organisation/name; tests pass their own
``QSettings`` (an ini file in a temp folder) so they never share state.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.paths import user_data_dir

T = TypeVar("T")

ORGANISATION = "pilotzone"
APPLICATION = "pilotzone"
MAX_RECENT = 10


@dataclass(frozen=True)
class Key(Generic[T]):
    """One preference: its QSettings key and typed default."""

    name: str
    default: T


AUTHOR_NAME: Key[str] = Key("user/author_name", "")
WORKSPACE_DIR: Key[str] = Key("workspace/folder", "")
RECENT_FILES: Key[list[str]] = Key("workspace/recent_files", [])
LANGUAGE: Key[str] = Key("ui/language", "")            # "" = follow the system; "zh_CN"; "en"
MAIN_GEOMETRY: Key[QByteArray] = Key("window/dossier_geometry", QByteArray())
MAIN_STATE: Key[QByteArray] = Key("window/dossier_state", QByteArray())
HOME_GEOMETRY: Key[QByteArray] = Key("window/home_geometry", QByteArray())
GAP_PANEL_VISIBLE: Key[bool] = Key("window/gap_panel_visible", True)


def column_widths_key(table: str) -> Key[str]:
    """Widths the user gave a table's columns, as "column:width,…" (``app.ui.column_widths``)."""
    return Key(f"columns/{table}", "")


def import_mapping_key(register_id: str) -> Key[str]:
    """How the user mapped spreadsheet headings to this register's columns last time (JSON: heading → column)."""
    return Key(f"register_import/{register_id}/mapping", "")


class Settings:
    """Typed access to QSettings; ``get(KEY)`` always returns the key's type."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings if qsettings is not None else QSettings(ORGANISATION, APPLICATION)

    @classmethod
    def at_path(cls, path: Path | str) -> "Settings":
        """Settings kept in one ini file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def get(self, key: Key[T]) -> T:
        raw: Any = self._q.value(key.name, None)
        if raw is None:
            return _copy(key.default)
        default = key.default
        if isinstance(default, bool):
            return (raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")) # type: ignore[return-value]
        if isinstance(default, list):
            if isinstance(raw, str):
                return [raw] if raw else []  # type: ignore[return-value]
            return [str(x) for x in raw]  # type: ignore[return-value]
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)  # type: ignore[return-value]
        return type(default)(raw)  # type: ignore[call-arg]

    def set(self, key: Key[T], value: T) -> None:
        self._q.setValue(key.name, value)

    def sync(self) -> None:
        self._q.sync()

    # -- conveniences with meaning ---------------------------------------------------------
    def workspace_dir(self) -> Path:
        """The workspace folder (created on first use)."""
        chosen = self.get(WORKSPACE_DIR)
        folder = Path(chosen) if chosen else user_data_dir() / "workspace"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_FILES) if Path(p).exists()]

    def add_recent_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [p for p in self.get(RECENT_FILES) if p != text]
        self.set(RECENT_FILES, [text, *items][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != text])


def _copy(value: T) -> T:
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value


_current: Settings | None = None


def settings() -> Settings:
    """The process-wide Settings (tests replace it with ``use_settings``)."""
    global _current
    if _current is None:
        _current = Settings()
    return _current


def use_settings(value: Settings | None) -> None:
    global _current
    _current = value
