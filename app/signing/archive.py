"""Defensive reading of an untrusted zip archive (no extraction to disk).

:func:`open_archive` inspects the central directory *before* reading any
data and refuses (``HostileArchive``) archives with:

* path traversal (``..``), absolute names (``/x``, ``\\x``, ``C:\\x``),
  backslashes, control characters, empty path components;
* symbolic-link entries (Unix mode bits in the external attributes);
* duplicate names, or names equal after case folding / Unicode NFC;
* encrypted members or unsupported compression methods;
* too many entries, an oversized member, too much uncompressed data in total,
  or a suspicious compression ratio (zip bomb) — see :class:`ArchiveLimits`.

Member data is then streamed in chunks (:meth:`SafeArchive.hash_member`), so
memory stays flat even for multi-GB members; a member can optionally be
copied to a caller-provided file object while hashing.

Public API::

    ArchiveLimits(max_entries=..., max_member_size=..., max_total_size=...,
                  max_ratio=..., ratio_floor=..., max_manifest_size=...)
    member_name_problem(name) -> str | None
    open_archive(path, *, limits=DEFAULT_LIMITS) -> SafeArchive   (context manager)
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from types import TracebackType
from typing import BinaryIO

from app.errors import os_reason
from .errors import HostileArchive, NotAZipFile, PackageUnreadable

__all__ = [
    "ArchiveLimits",
    "DEFAULT_LIMITS",
    "MemberDamaged",
    "SafeArchive",
    "member_name_problem",
    "open_archive",
]

_CHUNK = 1 << 20
_SUPPORTED_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_DRIVE = re.compile(r"^[A-Za-z]:")
_GiB = 1 << 30


@dataclass(frozen=True)
class ArchiveLimits:
    """Resource limits applied before any member is decompressed."""

    max_entries: int = 5_000
    max_member_size: int = 4 * _GiB
    max_total_size: int = 16 * _GiB
    max_ratio: float = 200.0
    ratio_floor: int = 1 << 20  # ratio only judged for members larger than this
    max_manifest_size: int = 16 << 20


DEFAULT_LIMITS = ArchiveLimits()


class MemberDamaged(Exception):
    """A member's data could not be decompressed (CRC error, truncated, ...)."""


def _size(n: int) -> str:
    for unit, factor in (("GB", _GiB), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return f"{n} 字节"


def member_name_problem(name: str) -> str | None:
    """Why ``name`` is not an acceptable member path, or None if it is fine."""
    shown = f"“{name}”"
    if not name:
        return "压缩包中有成员没有文件名"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return f"成员 {shown} 使用绝对路径"
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in name):
        return f"成员 {shown} 的名称含有控制字符"
    parts = re.split(r"[\\/]", name.rstrip("/"))
    if ".." in parts:
        return f"成员 {shown} 含有“..”路径穿越"
    if "\\" in name:
        return f"成员 {shown} 的名称含有反斜杠"
    if any(p in ("", ".") for p in parts):
        return f"成员 {shown} 的路径不规范"
    return None


def _decoded_name(info: zipfile.ZipInfo) -> str:
    """Member name; legacy (non-UTF-8-flagged) names are tried as UTF-8, then GBK."""
    if info.flag_bits & 0x800 or info.filename.isascii():
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


class SafeArchive:
    """A vetted zip archive: ``names`` holds the regular-file members (a folder or a disc image offers the
    same, ``app.signing.media``)."""

    kind = "zip"
    where = "压缩包"

    def __init__(self, zf: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], limits: ArchiveLimits) -> None:
        self._zf = zf
        self._members = members
        self.limits = limits
        self.ignored: list[str] = []     # a zip has no files of the operating system's own
        self.hidden: list[str] = []      # nor a second naming tree

    @property
    def names(self) -> list[str]:
        return list(self._members)

    def __contains__(self, name: object) -> bool:
        return name in self._members

    def size(self, name: str) -> int:
        return self._members[name].file_size

    def _stream(self, name: str, sink: BinaryIO | None, limit: int) -> tuple[int, str]:
        info = self._members[name]
        digest = hashlib.sha256()
        total = 0
        try:
            with self._zf.open(info) as src:
                while chunk := src.read(_CHUNK):
                    total += len(chunk)
                    if total > limit or total > info.file_size:
                        raise HostileArchive([f"成员“{name}”解压后的大小超出声明或上限"])
                    digest.update(chunk)
                    if sink is not None:
                        sink.write(chunk)
        except HostileArchive:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
            raise MemberDamaged(str(exc)) from exc
        except Exception as exc:  # noqa: BLE001 - zlib/lzma/bz2 errors
            raise MemberDamaged(type(exc).__name__) from exc
        return total, digest.hexdigest()

    def hash_member(self, name: str, *, copy_to: BinaryIO | None = None) -> tuple[int, str]:
        """Stream a member: returns (size, sha256 hex); raises MemberDamaged."""
        return self._stream(name, copy_to, self.limits.max_member_size)

    def read_small(self, name: str, *, max_size: int | None = None) -> bytes:
        """Read a (small) member fully into memory, refusing anything over ``max_size``."""
        limit = self.limits.max_manifest_size if max_size is None else max_size
        if self._members[name].file_size > limit:
            raise HostileArchive([f"成员“{name}”过大（{_size(self._members[name].file_size)}）"])
        buf = io.BytesIO()
        self._stream(name, buf, limit)
        return buf.getvalue()

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def _vet(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> tuple[dict[str, zipfile.ZipInfo], list[str]]:
    problems: list[str] = []
    members: dict[str, zipfile.ZipInfo] = {}
    seen_exact: set[str] = set()
    seen_folded: dict[str, str] = {}
    total = 0
    if len(infos) > limits.max_entries:
        return {}, [f"成员数量过多（{len(infos)} 个，上限 {limits.max_entries} 个）"]
    for info in infos:
        name = _decoded_name(info)
        bad = member_name_problem(name)
        if bad:
            problems.append(bad)
            continue
        if name in seen_exact:
            problems.append(f"成员“{name}”重复出现")
            continue
        seen_exact.add(name)
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen_folded:
            problems.append(f"成员“{name}”与“{seen_folded[folded]}”仅大小写或 Unicode 写法不同")
            continue
        seen_folded[folded] = name
        mode = (info.external_attr >> 16) & 0xFFFF
        if stat.S_ISLNK(mode):
            problems.append(f"成员“{name}”是符号链接")
            continue
        if info.flag_bits & 0x1:
            problems.append(f"成员“{name}”已加密")
            continue
        if info.compress_type not in _SUPPORTED_METHODS:
            problems.append(f"成员“{name}”使用不支持的压缩方式（{info.compress_type}）")
            continue
        if info.is_dir():
            continue
        if info.file_size > limits.max_member_size:
            problems.append(
                f"成员“{name}”过大（{_size(info.file_size)}，上限 {_size(limits.max_member_size)}）"
            )
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            problems.append(f"成员“{name}”压缩比异常（约 {ratio:.0f}:1），疑似压缩炸弹")
            continue
        total += info.file_size
        members[name] = info
    if total > limits.max_total_size:
        problems.append(f"解压后总大小过大（{_size(total)}，上限 {_size(limits.max_total_size)}），疑似压缩炸弹")
    return members, problems


def open_archive(path: str | os.PathLike[str], *, limits: ArchiveLimits = DEFAULT_LIMITS) -> SafeArchive:
    """Open and vet an archive; raises NotAZipFile / PackageUnreadable / HostileArchive."""
    try:
        zf = zipfile.ZipFile(path, "r")
    except zipfile.BadZipFile as exc:
        raise NotAZipFile() from exc
    except FileNotFoundError as exc:
        raise PackageUnreadable(f"找不到文件“{path}”。") from exc
    except IsADirectoryError as exc:
        raise PackageUnreadable(f"“{path}”是文件夹，不是压缩包。") from exc
    except (OSError, ValueError, EOFError) as exc:
        raise PackageUnreadable(f"无法读取文件“{path}”：{os_reason(exc)}。") from exc
    except Exception as exc:  # noqa: BLE001 - malformed central directory etc.
        raise NotAZipFile() from exc
    try:
        members, problems = _vet(zf.infolist(), limits)
    except BaseException:
        zf.close()
        raise
    if problems:
        zf.close()
        raise HostileArchive(problems)
    return SafeArchive(zf, members, limits)
