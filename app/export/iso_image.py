"""Mastering the disc folder into an ISO 9660 image with Joliet names (pycdlib), for burning to a CD or DVD.

Windows shows a disc's Joliet names (UCS-2, up to 64 characters), so the Chinese file names of the package
survive; the plain ISO 9660 names (8.3, for very old systems only) are generated (``D001``, ``F0000001.PDF``).
The volume label is the city and the date (Joliet: up to 16 characters, e.g. 「滨江市_20261201」; ISO 9660:
``PILOTZONE_20261201``).

pycdlib 1.22 measures a Joliet name in UTF-8 bytes, so it refuses any Chinese name longer than 21 characters
although the format allows 64 characters; ``_joliet_image`` counts UTF-16 units as the format does (the names
are made to fit by ``app.export.numbering``). ``tests/export/test_disc_export.py`` reads the names back.

The image is written through ``app.files.atomic_write`` (temporary name, then renamed), with progress and 取消.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from app.errors import UserFacingError
from app.files import atomic_write
from app.progress import Progress

JOLIET_NAME_LIMIT = 64          # UTF-16 units per name
JOLIET_LABEL_LIMIT = 16         # UTF-16 units of the volume label


class DiscImageError(UserFacingError):
    """The folder cannot be made into a disc image (a name too long for a disc, too many files)."""


def _joliet_image():
    """A new pycdlib image whose Joliet name limit is counted in characters (UTF-16 units), as the format
    defines it (pycdlib is imported here: only an ISO export needs it)."""
    import pycdlib
    from pycdlib import utils

    class JolietImage(pycdlib.PyCdlib):
        def _joliet_name_and_parent_from_path(self, joliet_path: bytes):  # type: ignore[override]
            parts = utils.split_path(joliet_path)
            name = parts.pop()
            ucs2 = name.decode("utf-8").encode("utf-16_be")
            if len(ucs2) > 2 * JOLIET_NAME_LIMIT:
                raise DiscImageError(f"文件名“{name.decode('utf-8')}”超过 {JOLIET_NAME_LIMIT} 个字符，光盘上无法完整保留。")
            return ucs2, self._find_joliet_record(b"/" + b"/".join(parts))

    return JolietImage()


def volume_labels(cities: list[str], when: date) -> tuple[str, str]:
    """(Joliet label, ISO 9660 label) from the cities and the date: 「滨江市_20261201」, ``PILOTZONE_20261201``."""
    stamp = when.strftime("%Y%m%d")
    room = JOLIET_LABEL_LIMIT - len(stamp) - 1
    city = "、".join(cities)[:room] or "申报材料"
    return f"{city}_{stamp}", f"PILOTZONE_{stamp}"


def _iso_ext(name: str) -> str:
    ext = re.sub(r"[^A-Z0-9_]", "", Path(name).suffix[1:].upper())[:3]
    return f".{ext}" if ext else ""


def _set_label(descriptor, text: str) -> None:
    from pycdlib import utils

    descriptor.volume_identifier = utils.encode_space_pad(text.encode("utf-8"), 32, descriptor.encoding)


def write_iso(folder: Path, target: Path, *, labels: tuple[str, str], progress: Progress | None = None) -> None:
    """Master every file under ``folder`` (no links, no special files: the writer made it) into ``target``;
    ``labels`` as ``volume_labels`` gives them."""
    progress = progress or Progress()
    from pycdlib import pycdlibexception

    joliet_label, ascii_label = labels
    image = _joliet_image()
    image.new(interchange_level=1, joliet=3, vol_ident="PILOTZONE", sys_ident="PILOTZONE",
              app_ident_str="PILOTZONE")
    try:
        _set_label(image.pvd, ascii_label[:32])
        _set_label(image.joliet_vd, joliet_label[:JOLIET_LABEL_LIMIT])
        dirs: dict[Path, str] = {folder: ""}
        files = 0
        for current, subdirs, names in os.walk(folder):
            here = Path(current)
            subdirs.sort()
            for sub in subdirs:
                iso_dir = f"{dirs[here]}/D{len(dirs):03d}"
                dirs[here / sub] = iso_dir
                image.add_directory(iso_dir, joliet_path=_joliet(folder, here / sub))
            for name in sorted(names):
                files += 1
                iso_path = f"{dirs[here]}/F{files:07d}{_iso_ext(name)};1"
                image.add_file(str(here / name), iso_path=iso_path, joliet_path=_joliet(folder, here / name))
        total = max(1, sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()))

        def report(done: int, _all: int, _opaque: object) -> None:
            progress.check()
            progress.report(min(done, total), total, "正在生成光盘映像（ISO）")

        with atomic_write(target) as fh:
            image.write_fp(fh, progress_cb=report)
    except pycdlibexception.PyCdlibException as exc:
        raise DiscImageError(f"无法生成光盘映像：{exc}") from exc
    finally:
        image.close()


def _joliet(root: Path, path: Path) -> str:
    return "/" + path.relative_to(root).as_posix()
