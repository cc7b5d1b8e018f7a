"""Where the one package writer puts its members: a zip, a folder (USB stick, disc), or an ISO disc image.

``app.export.package.build_package`` writes every member through one of these sinks, in the same order and
with the same names, so the three layouts cannot drift apart; the verifier (``app.signing.verify``) checks them
all against the same signed manifest.

Every sink writes under a temporary name beside the target and moves the result into place only on a clean
exit of its ``with`` block; an exception (failure, 取消) leaves the target as it was and no scraps behind:

* ``ZipSink``    — ``app.files.atomic_write`` of one zip file;
* ``FolderSink`` — a hidden sibling folder renamed to the target (which must not exist, or be an empty folder:
  the writer never mixes its files with someone else's);
* ``IsoSink``    — a ``FolderSink`` in a hidden build folder, mastered into an ISO 9660 + Joliet image by
  ``app.export.iso_image`` and then removed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Iterator, Literal

from app.errors import UserFacingError
from app.files import atomic_write, make_folder, naming, new_bits, sync_folder
from app.progress import Progress

Layout = Literal["zip", "folder", "iso"]
LAYOUTS: tuple[Layout, ...] = ("zip", "folder", "iso")


class TargetNotEmpty(UserFacingError):
    """The chosen folder already holds files: the writer does not mix a package with them."""


def _zip_time() -> tuple[int, int, int, int, int, int]:
    import time

    return time.localtime()[:6]


class ZipSink:
    """One zip file; documents deflated, evidence stored (it is mostly compressed already)."""

    kind: Layout = "zip"

    def __init__(self, target: Path) -> None:
        self.target = target
        make_folder(target.parent)
        self._cm = atomic_write(target)
        self._fh = self._cm.__enter__()
        self._zip = zipfile.ZipFile(self._fh, "w", allowZip64=True)

    def add_bytes(self, name: str, data: bytes, *, compress: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(info, data)

    @contextmanager
    def open_member(self, name: str, size: int) -> Iterator[BinaryIO]:
        info = zipfile.ZipInfo(name, date_time=_zip_time())
        info.compress_type = zipfile.ZIP_STORED
        info.file_size = size
        with self._zip.open(info, "w", force_zip64=True) as dst:
            yield dst  # type: ignore[misc]

    def local_path(self, name: str) -> Path | None:
        return None                                     # members are inside the zip, not files of their own

    def __enter__(self) -> "ZipSink":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        try:
            self._zip.close()                           # the central directory
        except BaseException:
            if et is None:                              # the zip could not be finished: no file either
                self._cm.__exit__(*sys.exc_info())
                raise
        self._cm.__exit__(et, ev, tb)                   # renamed into place, or removed


def check_folder_target(target: Path) -> None:
    """Refuse a target that exists and is not an empty folder (a file, or a folder with files in it)."""
    if target.is_dir():
        try:
            if any(target.iterdir()):
                raise TargetNotEmpty(f"文件夹“{target}”中已有文件：请选择一个新的（或空的）文件夹，申报材料不会与其他文件混放。")
        except OSError as exc:
            from app.errors import describe_os_error

            raise TargetNotEmpty(describe_os_error(exc)) from exc
    elif target.exists():
        raise TargetNotEmpty(f"“{target}”已存在且不是文件夹：请给出一个新文件夹的名称。")


class FolderSink:
    """A folder of files, as a reviewer browses it on a USB stick or a disc."""

    kind: Layout = "folder"

    def __init__(self, target: Path, *, check: bool = True) -> None:
        if check:
            check_folder_target(target)
        self.target = target
        make_folder(target.parent)
        with naming(target):
            self.root = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part"))
        os.chmod(self.root, new_bits(folder=True))   # mkdtemp's 0o700 would keep colleagues out of the package

    def _path(self, name: str) -> Path:
        path = self.root.joinpath(*name.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def add_bytes(self, name: str, data: bytes, *, compress: bool = True) -> None:
        with self.open_member(name, len(data)) as fh:
            fh.write(data)

    @contextmanager
    def open_member(self, name: str, size: int) -> Iterator[BinaryIO]:
        with open(self._path(name), "xb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())

    def local_path(self, name: str) -> Path | None:
        return self.root.joinpath(*name.split("/"))

    def __enter__(self) -> "FolderSink":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if et is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            return
        try:
            for folder, _dirs, _files in os.walk(self.root):
                sync_folder(folder)
            if self.target.is_dir():
                self.target.rmdir()                     # empty (checked): the package takes its place
            os.replace(self.root, self.target)
        except BaseException:
            shutil.rmtree(self.root, ignore_errors=True)
            raise
        sync_folder(self.target.parent)


class IsoSink(FolderSink):
    """The folder layout mastered into an ISO 9660 image with Joliet (Chinese) names."""

    kind: Layout = "iso"

    def __init__(self, target: Path, *, labels: tuple[str, str], progress: Progress | None = None) -> None:
        if target.is_dir():
            raise TargetNotEmpty(f"“{target}”是一个文件夹：请给出光盘映像的文件名，例如 {target / '申报光盘.iso'}")
        super().__init__(target, check=False)
        self.iso_target = target
        self.labels = labels
        self.progress = progress or Progress()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        from app.export.iso_image import write_iso

        try:
            if et is None:
                write_iso(self.root, self.iso_target, labels=self.labels, progress=self.progress)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def open_sink(layout: Layout, target: Path, *, labels: tuple[str, str] = ("", ""),
              progress: Progress | None = None) -> ZipSink | FolderSink:
    """The sink of ``layout`` writing to ``target`` (a .zip file, a folder, a .iso file)."""
    if layout == "zip":
        return ZipSink(target)
    if layout == "folder":
        return FolderSink(target)
    if layout == "iso":
        return IsoSink(target, labels=labels, progress=progress)
    raise ValueError(f"unknown layout {layout!r}")


def discard(target: Path) -> None:
    """Remove a package that was written but must not stand (its version could not be recorded)."""
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target, ignore_errors=True)
    else:
        target.unlink(missing_ok=True)
