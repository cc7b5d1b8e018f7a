"""A file killed inside a WAL checkpoint is complete with its log beside it: it opens normally and nothing is
lost; salvage, when asked, reads through the log; and neither leaves log scraps beside a new file."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.storage import DossierFile, read_summary
from app.models.storage.salvage import salvage
from tests.storage.wal_state import killed_mid_checkpoint

GROW = os.urandom(3 * 1024 * 1024)


def test_a_file_killed_mid_checkpoint_opens_with_its_log(pzd, tmp_path):
    crashed = killed_mid_checkpoint(pzd, tmp_path / "crashed.pzd", GROW)
    assert read_summary(crashed).passed == 6            # the workspace list reads it
    with DossierFile.open(crashed) as f:                 # and it opens for editing, log applied
        assert f.verify() == []
        title = f.dossier.title
    assert not Path(str(crashed) + "-wal").exists()      # closed: one self-contained file again
    with DossierFile.open(crashed, read_only=True) as f:
        assert f.dossier.title == title


def test_salvage_reads_through_the_log_and_leaves_no_scraps(pzd, tmp_path):
    crashed = killed_mid_checkpoint(pzd, tmp_path / "crashed.pzd", GROW)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("crashed")}
    report = salvage(crashed, tmp_path / "recovered.pzd")
    assert report.lost_rows == {k: 0 for k in report.lost_rows} and not report.lost_attachments
    with DossierFile.open(tmp_path / "recovered.pzd", read_only=True) as f:
        assert len(f.dossier.evidence) == 6 and all(f.has_blob(e.sha256) for e in f.dossier.evidence)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.startswith("recovered") and n != "recovered.pzd"]
    assert not [n for n in names if n.startswith(".")]
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("crashed")}
    assert after == before                                # the damaged file and its log are left as they were
