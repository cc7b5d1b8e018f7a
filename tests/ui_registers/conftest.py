"""Fixtures for the register, evidence and attestation widgets.

``doc`` is an ``OpenDossier`` (app/ui/open_dossier.py) over a dossier in memory —
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
    from app.ui.open_dossier import OpenDossier
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


def make_doc(dossier: Dossier, path: Path | None = None) -> Any:
    if OpenDossier is not None:
        return OpenDossier.from_dossier(dossier, path=path)
    doc = StandInDoc(dossier)
    doc.path = path
    return doc


@pytest.fixture
def empty_doc(qapp) -> Any:
    doc = make_doc(Dossier())
    yield doc
    doc.deleteLater()


@pytest.fixture
def example_doc(qapp) -> Any:
    doc = make_doc(load_json_file(EXAMPLES / "binjiang.json"), EXAMPLES / "binjiang.json")
    yield doc
    doc.deleteLater()


@pytest.fixture
def sync_workers():
    """Background tasks run at once on the test thread (same signals, no threads)."""
    from app.ui import workers
    workers.use_runner(workers.SyncRunner())
    yield
    workers.use_runner(None)


@pytest.fixture
def small_pdf(tmp_path) -> Path:
    from reportlab.pdfgen import canvas
    path = tmp_path / "批复文件.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.drawString(72, 720, "Policy document, page 1")
    pdf.showPage()
    pdf.drawString(72, 720, "Page 2")
    pdf.save()
    return path


@pytest.fixture
def small_png(tmp_path, qapp) -> Path:
    from PySide6.QtGui import QColor, QImage
    path = tmp_path / "现场照片.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2d6cdf"))
    assert image.save(str(path))
    return path
