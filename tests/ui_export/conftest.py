"""Fixtures for the export / signing dialogs: synchronous background tasks, bundled fonts, private home."""

from __future__ import annotations

import pytest

from app.ui import workers


@pytest.fixture(autouse=True)
def _sync_tasks(monkeypatch, pilotzone_home):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    workers.use_runner(workers.SyncRunner())
    yield
    workers.use_runner(None)


@pytest.fixture
def messages(monkeypatch):
    """Capture message boxes instead of showing them."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def capture(parent, message, **kwargs):
        seen.append(message)

    monkeypatch.setattr("app.ui.dialogs.show_error", capture)
    monkeypatch.setattr("app.ui.dialogs.show_info", lambda parent, title, text: seen.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: seen.append(text))
    return seen
