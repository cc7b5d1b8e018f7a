"""Writing a file so that it is either wholly there or not there at all.

``atomic_write`` is the one way the program writes a file the user keeps
(documents, packages, identities, the exchange JSON, lock and settings files):
the bytes go to a temporary file in the target's folder, are flushed to the
disk (fsync), and the file is renamed over the target; the folder itself is
then synced so the rename survives a power cut.  A failure or a cancel at any
point leaves the target as it was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator


@contextmanager
def atomic_write(target: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file; on a clean exit it replaces ``target``, on an exception it is removed.

    ``mode`` sets the file's permission bits (e.g. ``0o600`` for a private key container).  Without it the file
    gets the bits of the file it replaces, or those of any new file (0o666 less the umask): a temporary file is
    made private (0o600), which a package handed to colleagues on a shared folder must not stay.
    """
    target = Path(target)
    bits = _bits_for(target) if mode is None else mode
    with naming(target):
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, bits)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)


def _read_umask() -> int:
    """The process's umask (read once, at import: setting and restoring it later would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def new_bits(*, folder: bool = False) -> int:
    """The permission bits of a new file (0o666) or folder (0o777) less the umask, as ``cp`` or ``mkdir`` give."""
    return (0o777 if folder else 0o666) & ~_UMASK


def _bits_for(target: Path) -> int:
    """The permission bits a file written at ``target`` should have: those of the file it replaces, if any."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return new_bits()


@contextmanager
def naming(target: str | os.PathLike[str]) -> Iterator[None]:
    """An ``OSError`` raised inside names ``target``, the file the user asked for, not the hidden temporary file
    (「.申报包.zip.k2j4x9.part」) that failed to be made beside it."""
    try:
        yield
    except OSError as exc:
        if exc.errno is None:
            raise
        raise type(exc)(exc.errno, exc.strerror, os.fspath(target)) from None


def make_folder(folder: str | os.PathLike[str]) -> None:
    """``mkdir -p``; a file where a folder is needed is 「not a folder」 (the system's EEXIST would say 已经存在)."""
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), exc.filename) from None


def check_regular_file(path: str | os.PathLike[str]) -> os.stat_result:
    """Refuse, before anything opens it, an input that is not an ordinary file; its ``stat`` otherwise.

    Opening a FIFO waits for a writer that may never come, and a device such as ``/dev/zero`` or
    ``/dev/urandom`` never ends (its size says 0): every reader of a file the user names (a dossier, an exchange
    document, a package, a certificate) asks here first.  ``stat`` itself never blocks.  A folder raises
    ``IsADirectoryError``, anything else that is not a regular file ``OSError(ENXIO)`` — what the system itself
    answers for a pipe without a reader —, so every existing handler of ``OSError`` (``app.errors.os_reason``)
    explains it in Chinese.  A missing file raises ``FileNotFoundError`` as ``os.stat`` does.
    """
    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.ENXIO, "not a regular file", os.fspath(path))
    return info


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> Path:
    with atomic_write(target, mode=mode) as fh:
        fh.write(data)
    return Path(target)


def atomic_write_text(target: str | os.PathLike[str], text: str, *, mode: int | None = None) -> Path:
    return atomic_write_bytes(target, text.encode("utf-8"), mode=mode)


def sync_folder(folder: str | os.PathLike[str]) -> None:
    """fsync a folder so a rename inside it is durable (a no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
