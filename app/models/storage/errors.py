"""The typed failures of the dossier file, each with a message meant for people.

Every module of the storage layer raises these (never a bare ``sqlite3``
error), so the UI has one place to turn a failure into a Chinese dialog and
``pilotzone`` one place to turn it into exit status 2.  Each class says what
the user can still do: ``DossierLocked`` and ``ReadOnlyMedium`` offer
read-only access, ``CorruptDossierFile`` offers salvage.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.errors import OperationCancelled, UserFacingError, os_reason


class DossierFileError(UserFacingError):
    """Base class: a dossier file that cannot be used as asked. ``str(exc)`` is Chinese."""

    can_open_read_only: bool = False
    can_salvage: bool = False

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(message)


class NotADossierFile(DossierFileError):
    """Not SQLite at all, or an SQLite database of some other program."""


class NewerSchemaError(DossierFileError):
    """Written by a newer version of the program; left untouched."""

    def __init__(self, message: str, *, path: Path | str | None = None, version: int = 0) -> None:
        super().__init__(message, path=path)
        self.version = version


class CorruptDossierFile(DossierFileError):
    """Truncated or damaged; ``salvage()`` may recover part of it into a new file."""

    can_salvage = True


class DossierLocked(DossierFileError):
    """Another instance or machine holds the file open for writing."""

    can_open_read_only = True

    def __init__(self, message: str, *, path: Path | str | None = None, holder: Any = None,
                 stale: bool = False) -> None:
        super().__init__(message, path=path)
        self.holder = holder       # locking.LockInfo
        self.stale = stale         # True: the holder looks gone; open(take_over=True) is safe


class ReadOnlyMedium(DossierFileError):
    """The file or its folder cannot be written (CD, write-protected stick, share)."""

    can_open_read_only = True


class StorageWriteError(DossierFileError):
    """A write failed (disk full, I/O error); the previous state on disk is intact."""


class MissingAttachment(DossierFileError):
    """An attachment's bytes are missing or damaged; other attachments are unaffected."""

    def __init__(self, message: str, *, path: Path | str | None = None, sha256: str = "") -> None:
        super().__init__(message, path=path)
        self.sha256 = sha256


class ImportCancelled(DossierFileError, OperationCancelled):
    """The user cancelled an attachment import; nothing was added."""


def translate(exc: BaseException, path: Path | str | None, *, writing: bool = False) -> DossierFileError:
    """The DossierFileError that explains an sqlite3/OS error to the user."""
    name = Path(path).name if path is not None else "申报文件"
    if isinstance(exc, DossierFileError):
        return exc
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if code == "SQLITE_NOTADB" or "file is not a database" in text:
        return NotADossierFile(f"“{name}”不是申报文件（.pzd），也不是可识别的数据库文件。", path=path)
    if code.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return CorruptDossierFile(f"“{name}”已损坏（数据库结构校验失败）。可以“恢复到新文件”：把能读取的内容另存为一个新文件，原文件不变。",
                                  path=path)
    if code == "SQLITE_FULL" or "disk is full" in text or getattr(exc, "errno", None) == 28:
        return StorageWriteError(f"磁盘空间已满，无法保存“{name}”。最近的修改仍保留在程序中，"
                                 "请腾出空间后重试，或“另存为”到其他位置。", path=path)
    if code.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return ReadOnlyMedium(f"“{name}”所在位置不可写入（只读介质或没有写入权限），只能以只读方式打开。", path=path)
    if code.startswith("SQLITE_CANTOPEN") or "unable to open database" in text:
        return StorageWriteError(f"无法打开或创建“{name}”（文件夹不存在、没有权限或存储设备已移除）。", path=path)
    if code.startswith("SQLITE_BUSY") or "locked" in text:
        return StorageWriteError(f"“{name}”正被其他程序占用，暂时无法写入，稍后会自动重试。", path=path)
    if code.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
        detail = os_reason(exc) if isinstance(exc, OSError) else "磁盘读写错误"
        verb = "写入" if writing else "读取"
        return StorageWriteError(f"{verb}“{name}”时发生读写错误（{detail}）。最近的修改仍保留在程序中，"
                                 "请检查存储设备后重试，或“另存为”到其他位置。", path=path)
    if isinstance(exc, sqlite3.Error):
        return CorruptDossierFile(f"无法读取“{name}”：{exc}", path=path)
    return DossierFileError(f"处理“{name}”时出错：{exc}", path=path)
