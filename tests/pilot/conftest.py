"""Fixtures for the pilot years: the 滨江 sample as a .pzd, submitted, and approved on a fixed date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.models import lifecycle, pilot_stages
from app.models.catalogue import load_catalogue
from app.models.storage.exchange_import import import_exchange

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CAT = load_catalogue()
APPROVED = "2025-09-18"
IN_YEAR_2 = date(2026, 12, 1)


@pytest.fixture
def submitted(tmp_path):
    """滨江 as a dossier file: 定稿 and 报送, waiting for the approval."""
    file = import_exchange(EXAMPLES / "binjiang.json", tmp_path / "滨江市.pzd", author="王工")
    lifecycle.finalise(file.session, note="报省工信厅")
    lifecycle.mark_submitted(file.session)
    yield file
    file.close()


@pytest.fixture
def approved(submitted):
    pilot_stages.approve(submitted.session, on=APPROVED, number="工信厅信管函〔2025〕188号")
    return submitted
