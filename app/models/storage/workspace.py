"""A folder of dossier files, as the app's start page shows it.

Consultants keep one ``.pzd`` per city in a folder.  ``Workspace.list`` reads
each file's summary row (fast: no attachment is touched) and never fails as
a whole — an unreadable file is listed with its problem.  Create, duplicate
as the template for another city, rename, archive (into ``归档/``) and back,
and move to the system trash are file operations that refuse to touch a file another
instance holds open.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Iterable

from app.models.dossier import Dossier, IndicatorAnswer, Record, new_id, now_iso
from app.models.hygiene import check_text
from app.models.storage.locking import is_stale, read_lock
from app.models.storage.build import build_file
from app.models.storage.dossier_file import SUFFIX, DossierFile
from app.models.storage.errors import DossierFileError, DossierLocked
from app.models.storage.summary import read_dossier
from app.models.storage.summary import DossierSummary, read_summary

ARCHIVE_DIR = "归档"
_BAD_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
# A name's bytes (UTF-8, 3 a hanzi) leave room under the systems' 255 for what goes beside it: the writer's
# 「.<name>.<pid>.part-journal」, 「（12）」, 「.v3.bak」, 「.lock」, a Windows path's 260 characters.
MAX_STEM_BYTES = 150


def safe_filename(name: str) -> str:
    """``name`` as a file name: no character a system refuses, no leading/trailing dot or space, not too long."""
    cleaned = _BAD_CHARS.sub("_", name).strip(" .")
    cleaned = cleaned.encode()[:MAX_STEM_BYTES].decode(errors="ignore").strip(" .")
    return cleaned or "未命名申报"


def check_names(city: str, province: str = "", partners: Iterable[tuple[str, str] | str] = ()) -> None:
    """The names go into the plan's title, its documents and the file name: one that no document can hold (a
    control character) raises ``InvalidText`` naming the field, before any file is made."""
    pairs = [(city, province), *((p, province) if isinstance(p, str) else p for p in partners)]
    for name, prov in pairs:
        check_text("城市名称", name)
        check_text("所属省份", prov)


def new_dossier(city: str, province: str = "", partners: Iterable[tuple[str, str] | str] = ()) -> Dossier:
    """An empty dossier for a city (and, for a joint application, its partner cities)."""
    partners = [(p, province) if isinstance(p, str) else p for p in partners]
    check_names(city, province, partners)
    d = Dossier(title=f"{city}“5G+工业互联网”融合应用先导区试点工作方案", applicant=f"{city}人民政府")
    cities = d.register("cities")
    cities.append(Record(values={"name": city, **({"province": province} if province else {})}))
    for name, prov in partners:
        cities.append(Record(values={"name": name, **({"province": prov} if prov else {})}))
    return d


def template_from(src: Dossier, city: str, province: str = "") -> Dossier:
    """A new dossier reusing another city's work: registers (except the cities) and all narrative text.

    City data is cleared: the cities register, every numeric field and annual target, evidence
    (the files prove the other city's facts) and attestations (made by the other city's people).
    """
    d = new_dossier(city, province)
    d.catalogue_edition = src.catalogue_edition
    d.contact = ""
    for reg_id, records in src.registers.items():
        if reg_id != "cities":
            d.registers[reg_id] = [Record(id=new_id(), values=json.loads(json.dumps(r.values))) for r in records]
    for ind_id, ans in src.indicators.items():
        if ans.narrative:
            d.indicators[ind_id] = IndicatorAnswer(narrative=ans.narrative)
    d.plan_texts = dict(src.plan_texts)
    return d


def _backups(path: Path) -> list[tuple[Path, str]]:
    """The copies kept before ``path`` was upgraded to a newer file format (``<stem>.v<N>.bak.pzd``), with N."""
    pattern = re.compile(re.escape(path.stem) + r"\.v(\d+)\.bak" + re.escape(path.suffix))
    return [(p, m.group(1)) for p in sorted(path.parent.iterdir()) if (m := pattern.fullmatch(p.name))]


class Workspace:
    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def files(self, *, archived: bool = False) -> list[Path]:
        base = self.folder / ARCHIVE_DIR if archived else self.folder
        if not base.is_dir():
            return []
        return sorted(p for p in base.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()
                      and not p.name.startswith(".") and ".bak." not in p.name)

    def list(self, *, archived: bool = False) -> list[DossierSummary]:
        """One summary per dossier file, newest edit first; unreadable files carry ``problem``."""
        out = []
        for path in self.files(archived=archived):
            try:
                out.append(read_summary(path))
            except DossierFileError as exc:
                out.append(DossierSummary(path=path, name=path.stem, problem=str(exc)))
        return sorted(out, key=lambda s: s.updated_at, reverse=True)

    def _free_path(self, stem: str, folder: Path | None = None) -> Path:
        stem, folder = safe_filename(stem), folder or self.folder
        path = folder / f"{stem}{SUFFIX}"
        n = 2
        while path.exists():
            path = folder / f"{stem}（{n}）{SUFFIX}"
            n += 1
        return path

    def create(self, city: str, province: str = "", *, partners: Iterable[tuple[str, str] | str] = (),
               author: str = "") -> Path:
        """A new draft dossier file named after the city; returns its path (closed, ready to open)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._free_path(city)
        DossierFile.create(path, new_dossier(city, province, partners), author=author).close()
        return path

    def duplicate_as_template(self, src: Path | str, new_city: str, province: str = "") -> Path:
        """A new dossier for ``new_city`` from ``src`` (see ``template_from``); history is not copied."""
        dossier = template_from(read_dossier(Path(src)), new_city, province)
        dossier.created_at = dossier.updated_at = now_iso()
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._free_path(new_city)
        build_file(path, dossier)
        return path

    def rename(self, path: Path | str, new_name: str) -> Path:
        path = Path(path)
        self._ensure_not_open(path)
        target = path.with_name(safe_filename(new_name.removesuffix(SUFFIX)) + SUFFIX)
        if target.exists():
            raise DossierFileError(f"已存在同名文件“{target.name}”。", path=target)
        os.replace(path, target)
        for backup, version in _backups(path):
            os.replace(backup, target.with_name(f"{target.stem}.v{version}.bak{target.suffix}"))
        return target

    def archive(self, path: Path | str) -> Path:
        """Into ``归档/`` (out of the list, kept); ``unarchive`` brings it back."""
        path = Path(path)
        self._ensure_not_open(path)
        dest_dir = self.folder / ARCHIVE_DIR
        dest_dir.mkdir(exist_ok=True)
        return self._move(path, self._free_path(path.stem, dest_dir))

    def unarchive(self, path: Path | str) -> Path:
        """An archived dossier back into the workspace (numbered when its name was taken meanwhile)."""
        path = Path(path)
        self._ensure_not_open(path)
        return self._move(path, self._free_path(path.stem))

    @staticmethod
    def _move(path: Path, dest: Path) -> Path:
        shutil.move(str(path), dest)
        for backup, version in _backups(path):
            shutil.move(str(backup), dest.with_name(f"{dest.stem}.v{version}.bak{dest.suffix}"))
        return dest

    def trash(self, path: Path | str) -> None:
        """Move to the system trash (recoverable there), with its backups of older versions."""
        import send2trash

        path = Path(path)
        self._ensure_not_open(path)
        send2trash.send2trash(str(path))
        for backup, _version in _backups(path):
            send2trash.send2trash(str(backup))

    def _ensure_not_open(self, path: Path) -> None:
        if not path.exists():
            raise DossierFileError(f"找不到文件：{path}", path=path)
        holder = read_lock(path)
        if holder is not None and not is_stale(holder):
            raise DossierLocked(f"“{path.name}”正由{holder.describe()}打开，请关闭后再操作。", path=path, holder=holder)
