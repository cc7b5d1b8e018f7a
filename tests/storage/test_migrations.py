"""Every shipped schema version opens; older files are backed up, then migrated; readers never migrate."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from app.models.exchange import dumps, load_json_file
from app.models.storage.migrations import SCHEMA_VERSION
from app.models.operations import SetNarrative
from app.models.storage import DossierFile, read_dossier, read_summary
from tests.storage.conftest import FIXTURES

SHIPPED = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.pzd"))


def test_a_fixture_exists_for_every_schema_version():
    assert SHIPPED == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", SHIPPED)
def test_fixture_reads_without_being_changed(version, tmp_path):
    path = tmp_path / f"v{version}.pzd"
    shutil.copy(FIXTURES / path.name, path)
    before = path.read_bytes()
    expected = dumps(load_json_file(FIXTURES / "expected.json"))
    assert dumps(read_dossier(path)) == expected
    summary = read_summary(path)
    # A version-1 file has no stored summary, so it is judged by today's rules: its titles were written before
    # titles recorded their issuer's level (授予部门级别), so none counts toward 部级及以上称号 until the level is
    # filled in (issue #15) — 5 of 6.  Later versions keep the summary written with them.
    assert summary.schema_version == version and summary.passed == (5 if version == 1 else 6)
    assert summary.cities == ["滨江市"]
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("version", SHIPPED)
def test_fixture_opens_for_editing(version, tmp_path):
    path = tmp_path / f"v{version}.pzd"
    shutil.copy(FIXTURES / path.name, path)
    original = path.read_bytes()
    with DossierFile.open(path, author="测试") as f:
        assert f.schema_version == version
        if version < SCHEMA_VERSION:
            assert f.backup_path == tmp_path / f"v{version}.v{version}.bak.pzd"
            assert read_dossier(f.backup_path).id == f.dossier.id
        else:
            assert f.backup_path is None
        old = f.history_for("meta/title")
        assert old and old[-1].author == "李明" and old[-1].how == "do"
        f.session.do(SetNarrative("1.1.1", f.dossier.answer("1.1.1").narrative, "迁移后编辑"))
        item = f.dossier.evidence[0]
        data = f.extract_blob(item.sha256, tmp_path / "e").read_bytes()
        assert len(data) == item.size and hashlib.sha256(data).hexdigest() == item.sha256
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert read_summary(path).schema_version == SCHEMA_VERSION
    if version < SCHEMA_VERSION:   # the backup is the untouched old file's content
        backup = tmp_path / f"v{version}.v{version}.bak.pzd"
        conn = sqlite3.connect(backup)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.close()
        assert len(original) > 0
