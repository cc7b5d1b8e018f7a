"""The one export use-case: a final export freezes the version only once the package is in place; a refused,
failed or cancelled export leaves stage, revision, versions, history and the target folder exactly as before."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from app.errors import OperationCancelled
from app.export.package import ExportBlocked
from app.export.submission import SignWith, export_submission
from app.models import edits, lifecycle
from app.models.catalogue import load_catalogue
from app.models.storage import DossierFile, MissingAttachment
from app.models.storage.exchange_import import import_exchange
from app.progress import Progress
from app.signing import identities
from app.signing.errors import WrongPassphrase

ROOT = Path(__file__).resolve().parents[2]
CAT = load_catalogue()
PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def _fonts(monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")


@pytest.fixture
def binjiang(tmp_path):
    file = import_exchange(ROOT / "examples" / "binjiang.json", tmp_path / "滨江市.pzd", author="王工")
    yield file
    file.close()


def state(file: DossierFile) -> tuple:
    """Everything a failed export must leave alone."""
    file.flush()
    history = [(e.seq, e.how, e.path, e.revision) for e in file.history_for("")]
    return (file.dossier.stage, file.dossier.revision, file.dossier.signing_identity, file.versions(), history,
            lifecycle.content_hash(file.dossier))


def test_final_export_freezes_the_version_it_packaged(binjiang, tmp_path):
    out = tmp_path / "out" / "申报包.zip"
    outcome = export_submission(binjiang.session, CAT, out, final=True, file=binjiang)
    assert out.is_file() and outcome.finalised is not None
    assert binjiang.dossier.stage == "finalised" and binjiang.versions()[-1].content_hash == outcome.content_hash
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["finalised_version_hash"] == outcome.content_hash and manifest["stage"] == "final"
    hows = [e.how for e in binjiang.history_for("meta/stage")]
    assert hows[0] == "finalise"
    # exported again unchanged: the version stands, nothing new is frozen
    again = export_submission(binjiang.session, CAT, tmp_path / "again.zip", final=True, file=binjiang)
    assert again.finalised is None and again.content_hash == outcome.content_hash
    assert len(binjiang.versions()) == 1


def test_refused_export_changes_nothing(binjiang, tmp_path):
    city = binjiang.dossier.registers["cities"][0]
    edits.set_cell(binjiang.session, CAT, "cities", city.id, "base_stations", 1)
    before = state(binjiang)
    with pytest.raises(ExportBlocked):
        export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang)
    assert state(binjiang) == before and not list(tmp_path.glob("*.zip"))


def test_missing_evidence_content_fails_and_changes_nothing(binjiang, tmp_path):
    import sqlite3

    item = binjiang.dossier.evidence[0]
    conn = sqlite3.connect(binjiang.path)
    conn.execute("DELETE FROM blobs WHERE sha256 = ?", (item.sha256,))     # as if the import had been cut short
    conn.commit()
    conn.close()
    before = state(binjiang)
    with pytest.raises(MissingAttachment, match="内容不在申报文件中"):
        export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang)
    assert state(binjiang) == before and list(tmp_path.glob("*.zip*")) == [] and not list(tmp_path.glob(".*part"))


def test_wrong_passphrase_fails_and_changes_nothing(binjiang, tmp_path, pilotzone_home):
    identity = identities.create_self_signed(name="李明", organisation="滨江市工业和信息化局", passphrase=PASS)
    before = state(binjiang)
    with pytest.raises(WrongPassphrase):
        export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang,
                          sign_with=SignWith(identity.id, "not the passphrase"))
    assert state(binjiang) == before and not (tmp_path / "x.zip").exists()
    outcome = export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang,
                                sign_with=SignWith(identity.id, PASS))
    assert outcome.signer_name == "李明" and binjiang.dossier.signing_identity == identity.id
    assert binjiang.dossier.stage == "finalised"
    assert binjiang.versions()[-1].content_hash == outcome.content_hash   # the identity is part of the version


def test_cancel_midway_changes_nothing(binjiang, tmp_path):
    before = state(binjiang)
    reports: list[str] = []

    def cancel_once_writing_evidence() -> bool:
        return any(what.startswith("正在写入") for what in reports)

    progress = Progress(lambda done, total, what: reports.append(what), cancel_after=cancel_once_writing_evidence)
    with pytest.raises(OperationCancelled):
        export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang, progress=progress)
    assert any(r.startswith("正在写入") for r in reports)       # it was cancelled mid-way, not before starting
    assert state(binjiang) == before
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".zip" or p.name.endswith(".part")]


def test_unwritable_target_fails_and_changes_nothing(binjiang, tmp_path):
    """The target cannot be written (here its folder is a file — root can write anywhere else)."""
    not_a_folder = tmp_path / "U盘"
    not_a_folder.write_text("a file, not a folder")
    before = state(binjiang)
    with pytest.raises(OSError):
        export_submission(binjiang.session, CAT, not_a_folder / "申报包.zip", final=True, file=binjiang)
    assert state(binjiang) == before and not_a_folder.read_text() == "a file, not a folder"


def test_disk_full_while_writing_changes_nothing(binjiang, tmp_path, monkeypatch):
    """The disk fills while the package is written (ENOSPC from the file system)."""
    import errno

    import app.files as files

    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            self.written += len(data)
            if self.written > 200_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return self.fh.__exit__(*exc)

    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    before = state(binjiang)
    with pytest.raises(OSError) as info:
        export_submission(binjiang.session, CAT, tmp_path / "x.zip", final=True, file=binjiang)
    assert info.value.errno == errno.ENOSPC
    monkeypatch.undo()
    assert state(binjiang) == before
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".zip" or p.name.endswith(".part")]


def test_draft_export_freezes_nothing(binjiang, tmp_path):
    before = state(binjiang)
    outcome = export_submission(binjiang.session, CAT, tmp_path / "draft.zip", final=False, file=binjiang)
    assert outcome.finalised is None and state(binjiang) == before
    with zipfile.ZipFile(tmp_path / "draft.zip") as zf:
        assert json.loads(zf.read("manifest.json"))["stage"] == "draft"
