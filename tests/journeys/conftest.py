"""Journeys drive the real DossierWindow as a user would (pytest-qt, offscreen).

They reuse the dossier-window fixtures of ``tests/ui`` (own settings and user
folder per test, the synchronous worker, the bundled UI font, ``open_window``).
"""

from tests.ui.conftest import condition_row, open_window, type_text, ui_environment  # noqa: F401
