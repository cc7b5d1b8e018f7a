"""The `pilotzone` command line; shares the core with the desktop app.

With no arguments (or a single ``.pzd`` or ``.json`` path) it opens the desktop app.
Each sub-command lives in a module of this package and registers itself; every
one of them runs inside the same guard (``run_guarded``): an expected failure
(``app.errors.UserFacingError``, an ``OSError``) is one Chinese sentence on
stderr and exit status 2, never a traceback.  Exit status: 0 success (for
``check``: all six starred conditions hold), 1 a condition fails /
verification fails, 2 unreadable or invalid input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import signal
import sys
import threading
from typing import Any, Callable, Sequence

from app import __version__
from app.cli.common import EXIT_INVALID, UserError
from app.cli.parser import ChineseArgumentParser
from app.errors import UserFacingError, describe_os_error

# Each module has ``register(subparsers)``; its handlers import what they need when they run, so building the
# parser imports no heavy library (tests/core/test_exchange_and_cli.py).
COMMAND_MODULES = ("app.cli.check", "app.cli.exchange", "app.cli.export", "app.cli.merge", "app.cli.signing")
EXIT_CANCELLED = 130


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="pilotzone", description="先导区申报助手：“5G+工业互联网”融合应用先导区试点申报材料编制工具。"
        "不带参数（或只给一个 .pzd / .json 文件）时打开桌面程序。",
        epilog="退出状态：0 成功；1 不可偏离条件未全部满足或验证未通过；2 输入无法读取或无效；130 已取消。")
    parser.add_argument("--version", action="version", version=f"pilotzone {__version__}", help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    gui = sub.add_parser("gui", help="打开桌面程序", description="打开桌面程序（可同时打开一个申报文件）。")
    gui.add_argument("file", nargs="?", help="要打开的 .pzd 或 .json 文件")
    gui.set_defaults(func=cmd_gui)
    return parser


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from app.ui.application import run
    except ImportError as exc:
        raise UserError(f"无法启动桌面程序：{exc}") from None
    return run([args.file] if args.file else [])


def main(argv: Sequence[str] | None = None) -> int:
    as_program = argv is None       # the process's own command line (not a caller passing arguments)
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (len(argv) == 1 and argv[0].lower().endswith((".pzd", ".json")) and not argv[0].startswith("-")):
        # The desktop app (a double-clicked .pzd ends up here): straight to the window, without building the
        # parser, whose sub-commands would be described for nothing.
        return run_guarded(cmd_gui, argparse.Namespace(file=argv[0] if argv else None), as_program=as_program)
    stdout = sys.stdout
    sys.stdout = _PipeSafe(stdout)   # type: ignore[assignment]
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:       # --help, --version, or a usage error (already explained on stderr)
            return int(exc.code) if isinstance(exc.code, int) else EXIT_INVALID
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_INVALID
        return run_guarded(args.func, args, as_program=as_program)
    finally:
        sys.stdout.flush()
        sys.stdout = stdout


def run_guarded(func: Callable[[argparse.Namespace], int], args: argparse.Namespace, *,
                as_program: bool = False) -> int:
    """Run one command; failures become one Chinese sentence and an exit status, never a traceback.

    ``as_program``: the command is the process (``pilotzone …``); once its outcome is decided and reported, a
    Ctrl-C while the program ends is ignored — it would kill the process with SIGINT (130 in the shell) after
    「已导入」 was printed, and a script would retry a command whose output is already there.
    """
    try:
        return _run(func, args)
    finally:
        if as_program and threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    _quiet_library_logs()
    try:
        return int(func(args))
    except UserFacingError as exc:
        _error(str(exc))
        return EXIT_INVALID
    except OSError as exc:
        _error(describe_os_error(exc))
        return EXIT_INVALID
    except KeyboardInterrupt:
        _error("已取消。", prefix="")
        return EXIT_CANCELLED
    except RecursionError:
        _error("输入的结构嵌套过深，无法处理。")
        return EXIT_INVALID
    except Exception as exc:   # a bug: say so in Chinese, keep the traceback for whoever asks for it
        if os.environ.get("PILOTZONE_DEBUG"):
            raise
        _error(f"程序内部错误（{type(exc).__name__}）。您的文件没有被修改。设置环境变量 PILOTZONE_DEBUG=1 "
               "后重试可显示详细信息，请把它发给技术支持。")
        return EXIT_INVALID


def _error(message: str, *, prefix: str = "错误：") -> None:
    print(f"{prefix}{message}", file=sys.stderr)


def _quiet_library_logs() -> None:
    """pyHanko logs validation failures with tracebacks; when nobody configured logging, keep them off the
    terminal (the verdict already explains the failure in Chinese)."""
    if logging.getLogger().handlers:
        return
    for name in ("pyhanko", "pyhanko_certvalidator"):
        lib = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in lib.handlers):
            lib.addHandler(logging.NullHandler())


class _PipeSafe:
    """stdout whose reader may go away (``pilotzone check … | head -1``): the rest of the output is dropped
    and the command still returns its own exit status."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._to_devnull()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._to_devnull()

    def _to_devnull(self) -> None:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


if __name__ == "__main__":
    sys.exit(main())
