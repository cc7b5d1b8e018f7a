"""What every sub-command shares: exit codes, the user-facing error of the command line, and the rule for
the files a command writes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from app.errors import UserFacingError

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


class UserError(UserFacingError):
    """An expected failure with a message for the user; exit status 2."""


def check_output(out: Path, *, force: bool, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Refuse to write ``out`` over one of the command's own inputs (even with ``--force``: the input would be
    gone), or over any existing file unless ``--force`` was given.  Checked before any work is done."""
    for source in inputs:
        if _same_file(out, Path(source)):
            raise UserError(f"输出文件不能是输入文件“{source}”本身，否则输入会被覆盖：请另选一个文件名。")
    if out.exists() or out.is_symlink():
        if not force:
            raise UserError(f"输出文件已存在：{out}（如需覆盖请加 --force）")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False
