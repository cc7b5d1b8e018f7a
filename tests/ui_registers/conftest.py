"""Fixtures for the register, evidence and attestation widgets.

``doc`` is an ``OpenDossier`` (app/ui/document.py) over a dossier in memory —
or, while that module is missing, a stand-in with the same attributes:
``session``, ``catalogue``, ``dossier``, ``file`` and the signals
``changed``, ``evaluated`` and ``focus_requested``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from app.models.catalogue import load_catalogue
from app.models.dossier import Dossier
from app.models.exchange import load_json_file
from app.models.operations import DossierSession

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

try:
    from app.ui.document import OpenDossier
except ImportError:            # pragma: no cover - only before UI-A's module lands
    OpenDossier = None  # type: ignore[assignment,misc]


class StandInDoc(QObject):
    """The attributes of ``OpenDossier`` that these widgets use."""

    changed = Signal(object)
    evaluated = Signal(object)
    focus_requested = Signal(object)

    def __init__(self, dossier: Dossier) -> None:
        super().__init__()
        self.session = DossierSession(dossier)
        self.catalogue = load_catalogue(dossier.catalogue_edition)
        self.file: Any = None
        self.session.listeners.append(lambda op, changes, how: self.changed.emit(list(changes)))

    @property
    def dossier(self) -> Dossier:
        return self.session.dossier


def make_doc(dossier: Dossier) -> Any:
    if OpenDossier is not None:
        return OpenDossier.from_dossier(dossier)
    return StandInDoc(dossier)


@pytest.fixture
def empty_doc(qapp) -> Any:
    doc = make_doc(Dossier())
    yield doc
    doc.deleteLater()


@pytest.fixture
def example_doc(qapp) -> Any:
    doc = make_doc(load_json_file(EXAMPLES / "binjiang.json"))
    yield doc
    doc.deleteLater()
