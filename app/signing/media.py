"""Reading a package from a folder (a mounted disc, a USB stick) or an ISO disc image, without trusting it.

Both offer what ``app.signing.archive.SafeArchive`` offers for a zip — ``names``, ``in``, ``size``,
``hash_member`` (streamed, 1 MiB at a time), ``read_small`` — so ``app.signing.verify`` checks every medium
with the same code.  Both are vetted before any content is read, and refused (``HostileArchive``, every
reason in Chinese) for:

* a folder: symbolic links and Windows junctions (never followed), device files, pipes and sockets, names the
  zip rules refuse (control characters…), names equal after case folding / Unicode NFC, too many entries, too
  deep, a file or a total over the limits.  Files an operating system leaves on a stick or disc
  (``.DS_Store``, ``Thumbs.db``, ``desktop.ini``, ``._*``, ``System Volume Information``…) are listed in
  ``ignored`` and never read;
* an ISO image (pycdlib): Rock Ridge symbolic links and special files, the same name rules, the same limits.
  The Joliet names (Windows shows them; Chinese intact) are the ones checked, else Rock Ridge, else ISO 9660;
  a file visible only under another naming tree of the image (so some computers would show it and others not)
  is reported in ``hidden``.

Files are opened without following links (``O_NOFOLLOW`` where the system has it) and must still be regular
files when read.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import unicodedata
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from app.errors import os_reason

from .archive import ArchiveLimits, MemberDamaged, _size, member_name_problem
from .errors import HostileArchive, PackageUnreadable

_CHUNK = 1 << 20
_MAX_DEPTH = 12
SYSTEM_FILES = frozenset(n.casefold() for n in (
    ".DS_Store", "Thumbs.db", "desktop.ini", "System Volume Information", "$RECYCLE.BIN", ".Trashes",
    ".Spotlight-V100", ".fseventsd", ".TemporaryItems", ".apdisk"))


def is_system_file(name: str) -> bool:
    return name.casefold() in SYSTEM_FILES or name.startswith("._")


class _Vetting:
    """Name and size rules shared by folders and images (the zip rules, in ``archive._vet``, alike)."""

    def __init__(self, limits: ArchiveLimits) -> None:
        self.limits = limits
        self.problems: list[str] = []
        self.folded: dict[str, str] = {}
        self.total = 0
        self.count = 0

    def entry(self, name: str) -> bool:
        self.count += 1
        if self.count > self.limits.max_entries:
            if self.count == self.limits.max_entries + 1:
                self.problems.append(f"文件数量过多（超过 {self.limits.max_entries} 个）")
            return False
        if bad := member_name_problem(name):
            self.problems.append(bad.replace("成员", "文件"))
            return False
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in self.folded:
            self.problems.append(f"文件“{name}”与“{self.folded[folded]}”仅大小写或 Unicode 写法不同")
            return False
        self.folded[folded] = name
        return True

    def file(self, name: str, size: int) -> bool:
        if size > self.limits.max_member_size:
            self.problems.append(f"文件“{name}”过大（{_size(size)}，上限 {_size(self.limits.max_member_size)}）")
            return False
        self.total += size
        return True

    def finish(self, what: str) -> None:
        if self.total > self.limits.max_total_size:
            self.problems.append(f"文件总大小过大（{_size(self.total)}，上限 {_size(self.limits.max_total_size)}）")
        if self.problems:
            raise HostileArchive(self.problems, what=what)


class _Source:
    """What verify needs of a package, whatever the medium."""

    kind = ""
    where = ""                                   # 「文件夹」, 「光盘映像」: used in the report's sentences

    def __init__(self, sizes: dict[str, int], limits: ArchiveLimits) -> None:
        self._sizes = sizes
        self.limits = limits
        self.ignored: list[str] = []
        self.hidden: list[str] = []

    @property
    def names(self) -> list[str]:
        return list(self._sizes)

    def __contains__(self, name: object) -> bool:
        return name in self._sizes

    def size(self, name: str) -> int:
        return self._sizes[name]

    def _open(self, name: str) -> BinaryIO:
        raise NotImplementedError

    def _stream(self, name: str, sink: BinaryIO | None, limit: int) -> tuple[int, str]:
        digest, total = hashlib.sha256(), 0
        try:
            with self._open(name) as src:
                while chunk := src.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise HostileArchive([f"文件“{name}”读取时超出上限"], what=self.where)
                    digest.update(chunk)
                    if sink is not None:
                        sink.write(chunk)
        except (HostileArchive, MemberDamaged):
            raise
        except Exception as exc:  # noqa: BLE001 - an unreadable file (a scratched disc, a pulled stick)
            raise MemberDamaged(str(exc)) from exc
        return total, digest.hexdigest()

    def hash_member(self, name: str, *, copy_to: BinaryIO | None = None) -> tuple[int, str]:
        return self._stream(name, copy_to, self.limits.max_member_size)

    def read_small(self, name: str, *, max_size: int | None = None) -> bytes:
        limit = self.limits.max_manifest_size if max_size is None else max_size
        if self._sizes[name] > limit:
            raise HostileArchive([f"文件“{name}”过大（{_size(self._sizes[name])}）"], what=self.where)
        buf = io.BytesIO()
        self._stream(name, buf, limit)
        return buf.getvalue()

    def close(self) -> None:
        pass

    def __enter__(self) -> "_Source":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class FolderSource(_Source):
    kind, where = "folder", "文件夹"

    def __init__(self, root: Path, limits: ArchiveLimits) -> None:
        vet = _Vetting(limits)
        sizes: dict[str, int] = {}
        ignored: list[str] = []
        self.root = root

        def walk(folder: Path, prefix: str, depth: int) -> None:
            if depth > _MAX_DEPTH:
                vet.problems.append(f"文件夹“{prefix.rstrip('/')}”嵌套过深")
                return
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as exc:
                vet.problems.append(f"无法读取文件夹“{prefix or folder}”（{os_reason(exc)}）")
                return
            for entry in entries:
                name = prefix + entry.name
                if is_system_file(entry.name):
                    ignored.append(name)
                    continue
                if not vet.entry(name):
                    continue
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISLNK(info.st_mode) or getattr(info, "st_file_attributes", 0) & 0x400:  # reparse point
                    vet.problems.append(f"“{name}”是符号链接或快捷链接（不会跟随）")
                elif stat.S_ISDIR(info.st_mode):
                    walk(Path(entry.path), name + "/", depth + 1)
                elif not stat.S_ISREG(info.st_mode):
                    vet.problems.append(f"“{name}”不是普通文件（设备文件、管道或套接字）")
                elif vet.file(name, info.st_size):
                    sizes[name] = info.st_size

        walk(root, "", 0)
        vet.finish(self.where)
        super().__init__(sizes, limits)
        self.ignored = ignored

    def _open(self, name: str) -> BinaryIO:
        path = self.root.joinpath(*name.split("/"))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise MemberDamaged("不是普通文件")
        return os.fdopen(fd, "rb")


class IsoSource(_Source):
    kind, where = "iso", "光盘映像"

    def __init__(self, path: Path, limits: ArchiveLimits) -> None:
        import pycdlib

        self._image = pycdlib.PyCdlib()
        try:
            self._image.open(str(path))
        except FileNotFoundError as exc:
            raise PackageUnreadable(f"找不到文件“{path}”。") from exc
        except OSError as exc:
            raise PackageUnreadable(f"无法读取文件“{path}”：{os_reason(exc)}。") from exc
        except Exception as exc:  # noqa: BLE001 - pycdlib's errors for anything that is not a sound image
            raise NotADiscImage() from exc
        try:
            sizes, self._view = self._vet(limits)
        except BaseException:
            self._image.close()
            raise
        super().__init__(sizes, limits)
        self.hidden = self._hidden_files(set(self._extents.values()))

    def _views(self) -> list[str]:
        image = self._image
        return [v for v, present in (("joliet_path", image.has_joliet()), ("rr_path", image.has_rock_ridge()),
                                     ("iso_path", True)) if present]

    def _vet(self, limits: ArchiveLimits) -> tuple[dict[str, int], str]:
        view = self._views()[0]
        vet = _Vetting(limits)
        if self._image.has_rock_ridge():      # only Rock Ridge can carry links and special files
            for name, record in self._walk("rr_path", vet):
                if record.is_symlink():
                    vet.problems.append(f"“{name}”是符号链接")
                elif not stat.S_ISREG(_rr_mode(record)):
                    vet.problems.append(f"“{name}”不是普通文件（设备文件、管道或套接字）")
        sizes: dict[str, int] = {}
        self._extents: dict[str, tuple[int, int]] = {}
        for name, record in self._walk(view, vet):
            if not vet.entry(name):
                continue
            if vet.file(name, record.get_data_length()):
                sizes[name] = record.get_data_length()
                self._extents[name] = (record.extent_location(), record.get_data_length())
        vet.finish(self.where)
        return sizes, view

    def _walk(self, view: str, vet: _Vetting | None = None) -> Any:
        """(name, record) of every file under one naming tree, depth-first."""
        pending: list[tuple[str, int]] = [("/", 0)]
        while pending:
            folder, depth = pending.pop()
            if depth > _MAX_DEPTH:
                if vet is not None:
                    vet.problems.append(f"文件夹“{folder}”嵌套过深")
                continue
            for child in self._image.list_children(**{view: folder}):
                if child is None or child.is_dot() or child.is_dotdot():
                    continue
                label = self._name(child, view)
                path = f"{folder.rstrip('/')}/{label}"
                if child.is_dir():
                    pending.append((path, depth + 1))
                else:
                    yield path.lstrip("/"), child

    @staticmethod
    def _name(record: Any, view: str) -> str:
        if view == "joliet_path":
            return record.file_identifier().decode("utf-16_be").split(";")[0]
        if view == "rr_path" and record.rock_ridge is not None:
            return record.rock_ridge.name().decode("utf-8")
        return record.file_identifier().decode("utf-8").split(";")[0].rstrip(".")

    def _hidden_files(self, seen: set[tuple[int, int]]) -> list[str]:
        """Files with content that only another naming tree of the image shows."""
        hidden: list[str] = []
        for view in self._views()[1:]:
            try:
                for name, record in self._walk(view):
                    if record.get_data_length() and (record.extent_location(), record.get_data_length()) not in seen:
                        hidden.append(name)
            except Exception:  # noqa: BLE001 - a damaged secondary tree: the checked one stands
                continue
        return sorted(set(hidden))

    def _open(self, name: str) -> BinaryIO:
        return self._image.open_file_from_iso(**{self._view: "/" + name})

    def close(self) -> None:
        self._image.close()


class NotADiscImage(PackageUnreadable):
    def __init__(self) -> None:
        super().__init__("不是有效的光盘映像（ISO 9660），无法验证。")


def looks_like_iso(path: Path) -> bool:
    """The ISO 9660 signature 「CD001」 at its place (sector 16), or the .iso suffix."""
    try:
        with open(path, "rb") as fh:
            fh.seek(0x8001)
            if fh.read(5) == b"CD001":
                return True
    except OSError:
        pass
    return path.suffix.lower() == ".iso"



def _rr_mode(record: Any) -> int:
    """The Rock Ridge file mode, if the image records one (else: a regular file)."""
    try:
        return int(record.rock_ridge.get_file_mode()) if record.rock_ridge is not None else stat.S_IFREG
    except Exception:  # noqa: BLE001 - no PX entry
        return stat.S_IFREG
