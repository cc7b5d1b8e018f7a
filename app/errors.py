"""The one base class of every error that is meant for the user.

Core code (storage, rules, export, signing, the command line) raises
subclasses of ``UserFacingError`` for expected failures — a bad file, a wrong
passphrase, an export that is refused.  ``str(exc)`` is a complete Chinese
sentence that says what happened and what to do.  The desktop app's error
dialog and the command line's error guard recognise them by this type (never
by class name) and show the message without a traceback; anything else is an
unexpected failure and is logged with its traceback.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected failure; ``str(exc)`` is a Chinese sentence for the user."""


class OperationCancelled(UserFacingError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self, message: str = "已取消，未作任何修改。") -> None:
        super().__init__(message)


# What an operating-system error means, in words a user understands; errno names, not numbers, so the table
# reads the same on every platform.
_OS_REASONS = {
    "ENOENT": "文件或文件夹不存在",
    "EACCES": "没有访问权限",
    "EPERM": "操作不被允许（没有权限）",
    "EISDIR": "这是一个文件夹，不是文件",
    "ENOTDIR": "路径中有一部分不是文件夹",
    "EEXIST": "已经存在",
    "ENOSPC": "磁盘空间不足",
    "EDQUOT": "磁盘配额已用完",
    "EROFS": "位于只读的位置（光盘、写保护的U盘等）",
    "ENAMETOOLONG": "文件名太长",
    "EBUSY": "文件正被其他程序占用",
    "EIO": "读写磁盘时出错（介质可能已损坏）",
    "EINVAL": "文件名或参数无效",
    "EMFILE": "同时打开的文件太多",
    "ENXIO": "这不是普通文件（是设备文件、管道或套接字）",
    "ENODEV": "这不是普通文件（是设备文件、管道或套接字）",
}


def os_reason(exc: BaseException) -> str:
    """Why an operating-system call failed, in Chinese (never the system's English text)."""
    import errno

    name = errno.errorcode.get(getattr(exc, "errno", None) or 0, "")
    if name in _OS_REASONS:
        return _OS_REASONS[name]
    if isinstance(exc, PermissionError):
        return _OS_REASONS["EACCES"]
    if isinstance(exc, FileNotFoundError):
        return _OS_REASONS["ENOENT"]
    return f"系统错误（{name}）" if name else "系统错误"


def describe_os_error(exc: OSError, *, action: str = "读写") -> str:
    """One Chinese sentence for an OSError: what could not be done to which file, and why."""
    where = exc.filename if exc.filename is not None else ""
    reason = os_reason(exc)
    return f"无法{action}“{where}”：{reason}。" if where else f"无法{action}文件：{reason}。"
