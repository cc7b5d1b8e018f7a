"""One writer at a time: a lock file beside the dossier file.

``<name>.pzd.lock`` is created atomically (O_EXCL) by the instance that opens
the file for writing and holds JSON: host, pid, OS user, author, since and a
heartbeat refreshed every ``HEARTBEAT_SECONDS`` by the writer thread.  A lock
file (not a row inside the database) works the same on a network share, and
never travels with a copy of the dossier on a USB stick.

Another opener gets ``DossierLocked`` naming the holder and is offered
read-only access.  A lock is *stale* when its process is gone (same host,
pid not running) — taken over silently — or when its heartbeat is older than
``STALE_AFTER_SECONDS`` (another machine that crashed) — the user may take
it over (``take_over=True``).  SQLite's own locking still protects the pages
if two writers ever meet.
"""

from __future__ import annotations

import getpass
import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.errors import os_reason
from app.files import atomic_write_text
from app.models.storage.errors import DossierLocked, ReadOnlyMedium

HEARTBEAT_SECONDS = 30.0
STALE_AFTER_SECONDS = 10 * 60.0


@dataclass(frozen=True)
class LockInfo:
    host: str
    pid: int
    user: str
    author: str
    since: str
    heartbeat: float        # time.time() of the last heartbeat

    def describe(self) -> str:
        from app.models.history_words import chinese_datetime   # (the words of dates, loaded when needed)

        who = self.author or self.user or "未知用户"
        since = f"，自 {chinese_datetime(self.since)} 起" if self.since else ""
        return f"{who}（计算机 {self.host}{since}）"


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def hostname() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (without importing socket where uname exists)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no user name in some service environments
        return ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_lock(path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(**data)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        # Half-written or foreign content: treat as a lock of unknown origin, stale by age.
        try:
            mtime = lock_path(path).stat().st_mtime
        except OSError:
            return None
        return LockInfo(host="?", pid=0, user="", author="", since="", heartbeat=mtime)


def is_stale(info: LockInfo, *, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    if info.host == hostname() and info.pid != os.getpid() and not _pid_alive(info.pid):
        return True
    return now - info.heartbeat > STALE_AFTER_SECONDS


class FileLock:
    """The lock this instance holds on one dossier file."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info

    @classmethod
    def acquire(cls, path: Path, *, author: str = "", take_over: bool = False) -> "FileLock":
        info = LockInfo(host=hostname(), pid=os.getpid(), user=_os_user(), author=author,
                        since=datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"),
                        heartbeat=time.time())
        target = lock_path(path)
        for _attempt in range(3):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(path)
                if holder is None:
                    continue           # released meanwhile
                same_process = holder.host == info.host and holder.pid == info.pid
                stale = not same_process and is_stale(holder)
                dead_here = stale and holder.host == info.host
                if (take_over and not same_process) or dead_here:
                    target.unlink(missing_ok=True)
                    continue
                where = "本程序的另一个窗口" if same_process else holder.describe()
                raise DossierLocked(f"“{path.name}”正由{where}打开编辑。为避免冲突，可以以只读方式打开。"
                                    + ("（对方似乎已很久没有响应，也可以接管编辑。）" if stale else ""),
                                    path=path, holder=holder, stale=stale)
            except (PermissionError, OSError) as exc:
                if isinstance(exc, FileExistsError):
                    raise
                raise ReadOnlyMedium(f"无法在“{path.parent}”中创建锁定文件（{os_reason(exc)}），"
                                     "该位置可能是只读的，只能以只读方式打开。", path=path) from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(info), fh, ensure_ascii=False)
            return cls(path, info)
        raise DossierLocked(f"“{path.name}”正被其他程序频繁打开关闭，请稍后再试。", path=path)

    def heartbeat(self) -> None:
        """Refresh the heartbeat (atomic replace); a vanished or foreign lock is left alone."""
        current = read_lock(self.path)
        if current is None or (current.host, current.pid) != (self.info.host, self.info.pid):
            return
        self.info = LockInfo(**{**asdict(self.info), "heartbeat": time.time()})
        try:
            atomic_write_text(lock_path(self.path), json.dumps(asdict(self.info), ensure_ascii=False))
        except OSError:
            pass

    def release(self) -> None:
        current = read_lock(self.path)
        if current is not None and (current.host, current.pid) == (self.info.host, self.info.pid):
            lock_path(self.path).unlink(missing_ok=True)
