"""The signing CLI: identity sub-commands, verify, exit codes 0/1/2."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from app.cli import main as pilotzone
from app.cli import signing as cli
from app.signing import identities

from .conftest import PASSPHRASE, make_cert, read_members, write_members, write_p12


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return PASSPHRASE


def test_register_sets_handlers() -> None:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["verify", "x.zip", "盘/", "y.iso", "--json", "--trust", "根.pem"])
    assert callable(args.func) and args.packages == ["x.zip", "盘/", "y.iso"] and args.json is True
    assert args.trust == ["根.pem"]
    args = parser.parse_args(["identity", "new", "--self-signed", "--name", "张三", "--org", "单位"])
    assert args.func.__name__ == "cmd_identity_new"
    with pytest.raises(SystemExit):  # no passphrase option exists
        parser.parse_args(["identity", "new", "--self-signed", "--name", "a", "--org", "b", "--passphrase", "x"])


def test_identity_new_and_list(pilotzone_home: Path, env_passphrase: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["identity", "new", "--self-signed", "--name", "张三", "--org", "某市工信局"]) == 0
    out = capsys.readouterr().out
    assert "已创建自签名签名身份" in out and "张三" in out
    assert pilotzone(["identity", "list"]) == 0
    listed = capsys.readouterr().out
    assert "张三" in listed and "某市工信局" in listed and "自签名" in listed
    assert pilotzone(["identity", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["display_name"] for d in data] == ["张三"]


def test_identity_new_requires_self_signed_flag(pilotzone_home: Path, env_passphrase: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["identity", "new", "--name", "张三", "--org", "单位"]) == 2
    assert "--self-signed" in capsys.readouterr().err


@pytest.mark.parametrize("extra, words", [
    (["--name", "", "--org", "单位"], "姓名不能为空"),
    (["--name", "   ", "--org", "单位"], "姓名不能为空"),
    (["--name", "张三", "--org", ""], "单位名称不能为空"),
    (["--name", "长" * 65, "--org", "单位"], "64"),
    (["--name", "张三", "--org", "单" * 65], "64"),
    (["--name", "张\u0007三", "--org", "单位"], "U+0007"),
    (["--name", "张三", "--org", "单位\u001b"], "U+001B"),
    (["--name", "张三", "--org", "单位", "--valid-days", "0"], "有效天数"),
    (["--name", "张三", "--org", "单位", "--valid-days", "-5"], "有效天数"),
    (["--name", "张三", "--org", "单位", "--valid-days", "99999999"], "有效天数"),
])
def test_identity_new_refuses_details_a_certificate_cannot_hold(extra: list[str], words: str, pilotzone_home: Path,
                                                                 env_passphrase: str,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """An empty or over-long name, a control character (it would be drawn in the PDF's signature block), a
    validity of no days or of more days than a date can hold: a Chinese sentence, not 「程序内部错误」."""
    assert pilotzone(["identity", "new", "--self-signed", *extra]) == 2
    err = capsys.readouterr().err
    assert words in err and "内部错误" not in err, err
    assert identities.list_identities() == []


def test_identity_list_empty(pilotzone_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["identity", "list"]) == 0
    assert "还没有签名身份" in capsys.readouterr().out


def test_identity_import_and_wrong_passphrase(pilotzone_home: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    key, cert = make_cert(name="导入者")
    p12 = write_p12(tmp_path / "cert.p12", key, cert, PASSPHRASE)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "definitely wrong")
    assert pilotzone(["identity", "import", str(p12)]) == 2
    err = capsys.readouterr().err
    assert "口令不正确" in err and "Traceback" not in err
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert pilotzone(["identity", "import", str(p12)]) == 0
    assert "导入者" in capsys.readouterr().out
    assert [i.display_name for i in identities.list_identities()] == ["导入者"]


def test_identity_import_with_a_short_pin_under_a_new_passphrase(pilotzone_home: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A CA's 6-digit PIN is right but too short to protect the stored key: the refusal says what to add, and
    --new-passphrase stores the key under a new passphrase (the PIN no longer opens it)."""
    key, cert = make_cert(name="机构证书")
    p12 = write_p12(tmp_path / "机构.p12", key, cert, "123456")
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "123456")
    assert pilotzone(["identity", "import", str(p12)]) == 2
    err = capsys.readouterr().err
    assert "证书口令正确" in err and "--new-passphrase" in err and "123456" not in err
    assert identities.list_identities() == []
    monkeypatch.setenv("PILOTZONE_NEW_PASSPHRASE", "a new and longer one")
    assert pilotzone(["identity", "import", str(p12), "--new-passphrase"]) == 0
    assert "私钥以新口令加密保存" in capsys.readouterr().out
    assert identities.load_signer("机构证书", "a new and longer one").info.common_name == "机构证书"
    with pytest.raises(identities.WrongPassphrase):
        identities.load_signer("机构证书", "123456")


def test_passphrase_prompt_without_tty_fails_cleanly(pilotzone_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    assert pilotzone(["identity", "new", "--self-signed", "--name", "张三", "--org", "单位"]) == 2
    assert cli.PASSPHRASE_ENV in capsys.readouterr().err
    assert identities.list_identities() == []


def test_passphrase_prompt_interactive(pilotzone_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cli.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    answers = iter([PASSPHRASE, PASSPHRASE])
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(answers))
    assert pilotzone(["identity", "new", "--self-signed", "--name", "张三", "--org", "单位"]) == 0
    assert identities.load_signer("张三", PASSPHRASE).info.common_name == "张三"


def test_verify_exit_codes(signed_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["verify", str(signed_package)]) == 0
    out = capsys.readouterr().out
    assert "验证通过" in out and "张三" in out and "自签名" in out

    assert pilotzone(["verify", str(signed_package), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["signer"]["common_name"] == "张三"

    members = [(n, d + b"x" if n == "评审指标对照表.xlsx" else d) for n, d in read_members(signed_package)]
    tampered = write_members(tmp_path / "tampered.zip", members)
    assert pilotzone(["verify", str(tampered)]) == 1
    out = capsys.readouterr().out
    assert "验证未通过" in out and "评审指标对照表.xlsx" in out
    assert pilotzone(["verify", str(tampered), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["changed"] == ["评审指标对照表.xlsx"]


def test_verify_folder_and_iso(package_folder: Path, package_iso: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["verify", str(package_folder)]) == 0
    out = capsys.readouterr().out
    assert "文件夹（U 盘或光盘）" in out and "验证通过" in out and "00-目录.pdf" not in out
    assert pilotzone(["verify", str(package_iso)]) == 0
    assert "光盘映像 ISO" in capsys.readouterr().out
    (package_folder / "证明材料" / "多出来的.pdf").write_bytes(b"%PDF-1.4 extra")
    assert pilotzone(["verify", str(package_folder)]) == 1
    assert "多出文件“证明材料/多出来的.pdf”：文件夹中有" in capsys.readouterr().out


def test_verify_many_never_stops_and_writes_a_summary(signed_package: Path, package_folder: Path,
                                                     package_iso: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    junk = tmp_path / "坏的.zip"
    junk.write_bytes(b"not a zip")
    evil = write_members(tmp_path / "恶意.zip", [("manifest.json", b"{}"), ("../evil", b"x")])
    summary = tmp_path / "汇总.xlsx"
    code = pilotzone(["verify", str(junk), str(evil), str(signed_package), str(package_folder), str(package_iso),
                      "--summary", str(summary)])
    assert code == 2                                  # one input is not a package at all
    out = capsys.readouterr().out
    assert "共 5 个申报包：3 个通过" in out
    lines = [line for line in out.splitlines() if line.startswith("[")]
    assert [line.split("]")[0][1:] for line in lines] == ["无法验证", "拒绝处理", "通过", "通过", "通过"]
    rows = list(load_workbook(summary).active.iter_rows(values_only=True))
    assert len(rows) == 6 and rows[0][:3] == ("申报包", "结论", "城市")
    assert [r[0] for r in rows[1:]] == ["坏的.zip", "恶意.zip", "申报包.zip", package_folder.name, "申报光盘.iso"]
    assert "不是有效的 zip" in rows[1][-1] and "路径穿越" in rows[2][-1]
    assert pilotzone(["verify", str(evil), str(signed_package)]) == 1     # refused counts as failed, not unreadable
    capsys.readouterr()
    assert pilotzone(["verify", str(signed_package), str(package_iso), "--json"]) == 0
    assert [d["kind"] for d in json.loads(capsys.readouterr().out)] == ["zip", "iso"]


def test_verify_a_folder_of_packages(signed_package: Path, package_iso: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A folder that is not itself a package: every package in it (here the zip and the ISO side by side)."""
    package_iso.rename(signed_package.parent / package_iso.name)
    assert pilotzone(["verify", str(signed_package.parent)]) == 0
    assert "共 2 个申报包：2 个通过" in capsys.readouterr().out


def test_verify_hostile_is_refused_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    evil = write_members(tmp_path / "evil.zip", [("manifest.json", b"{}"), ("../evil", b"x")])
    assert pilotzone(["verify", str(evil)]) == 1
    captured = capsys.readouterr()
    assert "路径穿越" in captured.err and "Traceback" not in captured.err
    assert pilotzone(["verify", str(evil), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["refused"] is True


def test_verify_unreadable_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_zip = tmp_path / "x.zip"
    not_zip.write_text("hello", encoding="utf-8")
    assert pilotzone(["verify", str(not_zip)]) == 2
    err = capsys.readouterr().err
    assert "不是有效的 zip 压缩包" in err and "Traceback" not in err
    assert pilotzone(["verify", str(tmp_path / "missing.zip")]) == 2
    assert "找不到文件" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert pilotzone(["--no-such-option"]) == 2
    assert pilotzone(["identity"]) == 2
    assert pilotzone(["verify"]) == 2


def test_verify_a_dossier_file_given_by_mistake_says_what_it_is(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A .pzd is what a city edits, not what it sends: say so (it was 「不是有效的 zip 压缩包」)."""
    from app.models.dossier import Dossier
    from app.models.storage import DossierFile

    DossierFile.create(tmp_path / "滨江.pzd", Dossier()).close()
    (tmp_path / "滨江.pzd").rename(tmp_path / "滨江申报包.zip")      # renamed too: told by its content
    DossierFile.create(tmp_path / "滨江.pzd", Dossier()).close()
    for name in ("滨江.pzd", "滨江申报包.zip"):
        assert pilotzone(["verify", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert f"“{name}”是申报材料文件（.pzd），不是申报包" in err, err
        assert "导出" in err and "不是有效的 zip" not in err
