"""The command line as a person meets it: Chinese help with a description and the exit codes for every
sub-command, no traceback for any bad path or argument, exit codes that survive a closed pipe."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def _sub_parsers(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    found = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[prefix + name] = sub
                found.update(_sub_parsers(sub, prefix + name + " "))
    return found


def test_every_sub_command_describes_itself_and_its_exit_codes_in_chinese():
    subs = _sub_parsers(build_parser())
    assert {"check", "catalogue", "import", "export-json", "package", "render", "identity", "verify", "merge"} <= set(subs)
    for name, sub in subs.items():
        assert sub.description, name
        if name != "gui":
            assert "退出状态" in (sub.epilog or ""), name
        text = sub.format_help()
        assert "用法：" in text and "usage:" not in text and "positional arguments" not in text, name
        assert "options:" not in text and "show this help message" not in text, name


def test_help_and_usage_errors_are_chinese(capsys):
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert "退出状态：0 六项不可偏离条件全部满足；1 有条件未满足；2" in out and "选项" in out
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "缺少必需的参数" in err and "required" not in err
    assert main(["no-such-command"]) == 2
    assert "无效的选择" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["check", "{folder}"],
    ["check", "{folder}/missing.json"],
    ["render", str(EXAMPLES / "binjiang.json"), "-o", "{file}"],
    ["package", str(EXAMPLES / "binjiang.json"), "-o", "{folder}"],
    ["package", str(EXAMPLES / "binjiang.json"), "-o", "{file}/x.zip"],
    ["import", str(EXAMPLES / "binjiang.json"), "-o", "{file}/x.pzd"],
    ["export-json", "{file}"],
    ["verify", "{folder}"],
])
def test_bad_paths_get_a_chinese_sentence_not_a_traceback(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    argv = [a.format(folder=tmp_path, file=a_file) for a in argv]
    code = main(argv)
    err = capsys.readouterr().err
    assert code in (1, 2) and err.strip(), argv
    assert "Traceback" not in err and "Errno" not in err and "Is a directory" not in err, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err


def test_render_final_is_refused_while_anything_blocks_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    assert main(["render", str(EXAMPLES / "qingling-draft.json"), "-o", str(tmp_path / "out"), "--final"]) == 2
    assert "正式导出前还有" in capsys.readouterr().err and not (tmp_path / "out").exists()


def test_exit_status_survives_a_closed_pipe():
    """`pilotzone check failing.json | head -1` must still say 1: the reader going away is not success."""
    proc = subprocess.Popen([sys.executable, "-m", "app", "check", str(EXAMPLES / "qingling-draft.json")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    proc.stdout.close()                 # the reader is gone before the first line is written
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 1, err
    assert "Traceback" not in err and "BrokenPipe" not in err
