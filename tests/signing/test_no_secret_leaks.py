"""A distinctive passphrase never reaches logs or any file under PILOTZONE_HOME."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.cli import main as pilotzone
from app.cli import signing as cli
from app.signing import identities
from app.export.submission import SignWith
from app.signing.verify import verify_package

from .conftest import export_example, make_cert, write_p12

SECRET = "Zebra-密语-7731-unmistakable"


def _variants(secret: str) -> list[bytes]:
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be"),
            "Zebra-".encode("utf-8") + "密语".encode("unicode_escape")]


def test_passphrase_not_logged_or_stored(pilotzone_home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)

    created = identities.create_self_signed(name="保密测试", organisation="单位", passphrase=SECRET)
    key, cert = make_cert(name="导入保密")
    imported = identities.import_pkcs12(write_p12(tmp_path / "in.p12", key, cert, SECRET), passphrase=SECRET)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, SECRET)
    assert pilotzone(["identity", "new", "--self-signed", "--name", "命令行", "--org", "单位"]) == 0
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    for ident, layout in ((created, "zip"), (imported, "folder")):      # the real export, as the app signs
        out = tmp_path / f"{ident.id}.zip" if layout == "zip" else tmp_path / ident.id
        export_example(out, sign_with=SignWith(ident.id, SECRET), layout=layout)
        assert verify_package(out).ok
    try:
        identities.load_signer(created, SECRET + "-wrong")
    except Exception as exc:  # noqa: BLE001
        assert SECRET not in str(exc)

    assert caplog.records, "expected some DEBUG/INFO records to have been captured"
    log_text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert SECRET not in log_text
    captured = capsys.readouterr()
    assert SECRET not in captured.out and SECRET not in captured.err

    files = [p for p in pilotzone_home.rglob("*") if p.is_file()]
    assert len(files) >= 6
    for path in files:
        content = path.read_bytes()
        for variant in _variants(SECRET):
            assert variant not in content, path
    written = [p for p in tmp_path.rglob("*") if p.is_file() and pilotzone_home not in p.parents]
    assert len(written) > 10
    for path in written:
        assert SECRET.encode("utf-8") not in path.read_bytes(), path
