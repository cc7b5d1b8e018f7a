"""Fixtures for the dossier-file tests: example dossiers and freshly built .pzd files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.exchange import load_json_file
from app.models.storage import DossierFile

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "pzd"


def evidence_files(name: str = "binjiang") -> dict[str, Path]:
    folder = EXAMPLES / f"{name}.evidence"
    return {p.name: p for p in folder.iterdir()} if folder.is_dir() else {}


@pytest.fixture
def binjiang():
    return load_json_file(EXAMPLES / "binjiang.json")


@pytest.fixture
def pzd(tmp_path, binjiang) -> Path:
    """A closed .pzd file holding the 滨江 example and its six attachments."""
    path = tmp_path / "滨江市.pzd"
    DossierFile.create(path, binjiang, author="测试", attachments=evidence_files()).close()
    return path


@pytest.fixture
def opened(pzd):
    """The 滨江 file open for editing, attached to a session; closed after the test."""
    f = DossierFile.open(pzd, author="王工")
    f.session  # attach a session
    yield f
    try:
        f.close()
    except Exception:
        pass
