"""Fixtures for the export tests: the sample document written once per session.

Every export test uses the bundled fonts only (``PILOTZONE_BUNDLED_FONTS_ONLY=1``)
so the output does not depend on the fonts installed on the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.export.docx_writer import write_docx
from app.export.fonts import FontSet, resolve_fonts
from app.export.pdf_writer import write_pdf

from .sample import sample_document


@pytest.fixture(autouse=True)
def _bundled_fonts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")


@pytest.fixture(scope="session")
def bundled_fontset() -> FontSet:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
        return resolve_fonts()


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory: pytest.TempPathFactory, bundled_fontset: FontSet) -> Path:
    out = tmp_path_factory.mktemp("docx") / "sample.docx"
    write_docx(sample_document(), out, fonts=bundled_fontset)
    return out


@pytest.fixture(scope="session")
def sample_pdf_progress(tmp_path_factory: pytest.TempPathFactory,
                        bundled_fontset: FontSet) -> tuple[Path, list[tuple[int, int]]]:
    out = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    calls: list[tuple[int, int]] = []
    write_pdf(sample_document(), out, fonts=bundled_fontset, progress=lambda d, t: calls.append((d, t)))
    return out, calls


@pytest.fixture(scope="session")
def sample_pdf(sample_pdf_progress: tuple[Path, list[tuple[int, int]]]) -> Path:
    return sample_pdf_progress[0]
