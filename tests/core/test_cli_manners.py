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
    ["check", "{folder}/文件夹.pzd"],
    ["export-json", "{folder}/文件夹.pzd", "-o", "{folder}/out.json"],
    ["merge", "{folder}/文件夹.pzd", "{folder}/文件夹.pzd", "-o", "{folder}/m.pzd"],
])
def test_bad_paths_get_a_chinese_sentence_not_a_traceback(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    (tmp_path / "文件夹.pzd").mkdir()
    argv = [a.format(folder=tmp_path, file=a_file) for a in argv]
    code = main(argv)
    err = capsys.readouterr().err
    assert code in (1, 2) and err.strip(), argv
    assert "Traceback" not in err and "Errno" not in err and "Is a directory" not in err, err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err), err
    # a folder named like a dossier is no "读写错误" whose "最近的修改仍保留在程序中" would point at the disk
    assert "读写错误" not in err and "找不到" not in err or "missing" in " ".join(argv), err


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


def _run_cli(args: list[str], tmp_path: Path, *, timeout: float = 60) -> tuple[int, str]:
    """`pilotzone ARGS` in a child process (a hang must fail the test, not stop the suite)."""
    env = dict(os.environ, PILOTZONE_HOME=str(tmp_path / "home"), PILOTZONE_PASSPHRASE="口令 1234 abcd",
               PILOTZONE_BUNDLED_FONTS_ONLY="1")
    try:
        proc = subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"pilotzone {' '.join(args)} still running after {timeout} s (reading an endless input?)")
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
@pytest.mark.parametrize("argv", [
    ["check", "{fifo}.json"],
    ["check", "/dev/zero"],
    ["check", "/dev/urandom"],
    ["check", "{fifo}.pzd"],
    ["import", "{fifo}.json", "-o", "{out}.pzd"],
    ["import", "/dev/zero", "-o", "{out}.pzd"],
    ["export-json", "{fifo}.pzd", "-o", "{out}.json"],
    ["render", "{fifo}.json", "-o", "{out}"],
    ["package", "{fifo}.pzd", "-o", "{out}.zip"],
    ["merge", "{fifo}.pzd", "{fifo}.zip", "-o", "{out}.pzd"],
    ["verify", "{fifo}.zip"],
    ["verify", "{fifo}.iso"],
    ["verify", "/dev/zero"],
    ["verify", "/dev/urandom"],
    ["identity", "import", "{fifo}.p12"],
    ["identity", "import", "/dev/zero"],
    ["verify", str(ROOT / "docs" / "samples" / "binjiang-申报包.zip"), "--trust", "{fifo}.pem"],
    ["verify", str(ROOT / "docs" / "samples" / "binjiang-申报包.zip"), "--trust", "/dev/urandom"],
])
def test_a_pipe_or_a_device_as_input_is_refused_at_once(argv, tmp_path):
    """A FIFO blocks its reader until someone writes, /dev/zero and /dev/urandom never end: every input is
    refused as 「不是普通文件」 before it is opened, not read until the machine runs out of memory or patience."""
    for suffix in (".json", ".pzd", ".zip", ".iso", ".p12", ".pem"):
        os.mkfifo(tmp_path / f"管道 输入{suffix}")
    argv = [a.format(fifo=tmp_path / "管道 输入", out=tmp_path / "输出") for a in argv]
    code, err = _run_cli(argv, tmp_path, timeout=20)
    assert code == 2, (argv, code, err)
    assert "不是普通文件" in err, err
    assert "Traceback" not in err and "空文件" not in err and "找不到" not in err, err
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("输出", ".输出"))], "nothing written"


SAMPLE_PACKAGE = ROOT / "docs" / "samples" / "binjiang-申报包.zip"


@pytest.mark.parametrize("argv, existing", [
    (["export-json", "{pzd}", "-o", "{tmp}/已有 文件.json"], "已有 文件.json"),
    (["package", str(EXAMPLES / "binjiang.json"), "--draft", "-o", "{tmp}/已有 文件.zip"], "已有 文件.zip"),
    (["package", str(EXAMPLES / "binjiang.json"), "--draft", "--iso", "{tmp}/已有 文件.iso"], "已有 文件.iso"),
    (["render", str(EXAMPLES / "binjiang.json"), "-o", "{tmp}"], "试点工作方案.docx"),
    (["verify", str(SAMPLE_PACKAGE), str(SAMPLE_PACKAGE), "--summary", "{tmp}/已有 文件.xlsx"], "已有 文件.xlsx"),
])
def test_an_existing_output_is_kept_unless_force_is_given(argv, existing, tmp_path, capsys, monkeypatch):
    """import and merge refuse to overwrite without --force; every other command writing a file does the same
    (a 试点工作方案.docx edited in Word, a package already sent, must not vanish under a second run)."""
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    pzd = tmp_path / "滨江.pzd"
    assert main(["import", str(EXAMPLES / "binjiang.json"), "-o", str(pzd)]) == 0
    kept = tmp_path / existing
    kept.write_bytes(b"precious: edited by hand")
    before = sorted(p.name for p in tmp_path.iterdir())
    capsys.readouterr()
    argv = [a.format(pzd=pzd, tmp=tmp_path) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "已存在" in err and "--force" in err and existing in err, err
    assert kept.read_bytes() == b"precious: edited by hand"
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "nothing written beside it"
    assert main([*argv, "--force"]) in (0, 1)
    assert kept.read_bytes() != b"precious: edited by hand"


def test_export_json_never_writes_over_its_own_dossier(tmp_path, capsys):
    """`export-json 滨江.pzd -o 滨江.pzd` replaced the dossier with its JSON: the dossier file was gone."""
    pzd = tmp_path / "滨江.pzd"
    assert main(["import", str(EXAMPLES / "binjiang.json"), "-o", str(pzd)]) == 0
    before = pzd.read_bytes()
    for extra in ([], ["--force"]):
        capsys.readouterr()
        assert main(["export-json", str(pzd), "-o", str(pzd), *extra]) == 2
        assert "输入文件" in capsys.readouterr().err
        assert pzd.read_bytes() == before
    assert main(["check", str(pzd)]) == 0


@pytest.mark.parametrize("argv", [
    ["verify", str(SAMPLE_PACKAGE), "--summary", "{file}/汇总.xlsx"],
    ["package", str(EXAMPLES / "binjiang.json"), "--draft", "--folder", "{file}/光盘"],
])
def test_an_output_that_cannot_be_written_is_named_as_the_user_gave_it(argv, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PILOTZONE_BUNDLED_FONTS_ONLY", "1")
    a_file = tmp_path / "一个文件"
    a_file.write_text("x")
    assert main([a.format(file=a_file) for a in argv]) == 2
    err = capsys.readouterr().err
    assert str(a_file) in err and ".part" not in err and "已经存在" not in err, err
    assert "不是文件夹" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["一个文件"]


def test_ctrl_c_after_the_command_finished_does_not_turn_success_into_cancelled(tmp_path):
    """A Ctrl-C that arrives while the program ends — after 「已导入」 was printed — killed the process with
    SIGINT (status 130 in the shell, or a KeyboardInterrupt traceback): a script would retry a command whose
    output is already there. Once the outcome is decided, it is the exit status."""
    script = ("import os, signal, sys\n"
              "from app.cli import main\n"
              "sys.argv = ['pilotzone', 'check', sys.argv[1]]\n"
              "code = main()\n"
              "os.kill(os.getpid(), signal.SIGINT)\n"
              "sys.exit(code)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(EXAMPLES / "qingling-draft.json")], cwd=ROOT,
                          capture_output=True, timeout=120)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1, (proc.returncode, err)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
