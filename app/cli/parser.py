"""An ``argparse`` parser that speaks Chinese: its help, usage and error messages.

``argparse`` takes every text it prints through ``gettext`` (looked up at call
time in its module globals); the command line's parser swaps in a small
catalogue of Chinese texts while it formats help or reports a usage error, and
puts the original back afterwards, so nothing else in the process is touched.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any, Iterator, NoReturn

ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "必须给出参数 %s 之一",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
}
ZH_PLURAL = {"expected %s argument": "需要 %s 个值", "expected %s arguments": "需要 %s 个值"}


def _gettext(text: str) -> str:
    return ZH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    text = singular if n == 1 else plural
    return ZH_PLURAL.get(text, text)


@contextlib.contextmanager
def _chinese() -> Iterator[None]:
    saved = argparse._, argparse.ngettext   # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext   # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved   # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """Help, usage and usage errors in Chinese; sub-parsers are of the same kind."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        with _chinese():
            super().__init__(*args, **kwargs)    # the -h/--help action's text is made here

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", ChineseArgumentParser)
        with _chinese():
            return super().add_subparsers(**kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:   # type: ignore[override]
        with _chinese():
            return super().parse_args(*args, **kwargs)

    def format_help(self) -> str:
        with _chinese():
            return super().format_help()

    def format_usage(self) -> str:
        with _chinese():
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        with _chinese():
            self.print_usage(sys.stderr)
            self.exit(2, _gettext("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})
