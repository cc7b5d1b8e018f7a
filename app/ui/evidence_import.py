"""Getting evidence files into a dossier: where their bytes live, and the background import.

``EvidenceStore`` knows where an attachment's bytes are for one open dossier
(its file, files hashed this session, or ``<name>.evidence/``).
``import_files`` runs the import on a worker (``app.ui.workers``) with
progress and 取消: into the dossier file with ``DossierFile.import_attachment``
when there is one, else only hashed (the file stays where it is).  The
evidence item itself is added on the UI thread by ``add_or_link`` with
``edits.add_evidence``, so every import is one undo step; a file already
attached (same SHA-256) is linked instead of added twice.  A file that cannot
be added (gone, unreadable, empty, a name no document can hold) is skipped,
the rest of the batch is added, and ``show_import_report`` names each file
that was skipped or repeated an attachment.

Split out of ``app.ui.evidence`` so storage and import are apart from the
widgets that show the list; ``app.ui.evidence`` imports these names back.
"""

from __future__ import annotations

import hashlib
import os
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import QObject, Qt, QTemporaryDir
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import os_reason
from app.models import edits
from app.models.hygiene import text_problem
from app.models.storage.errors import ImportCancelled, MissingAttachment
from app.models.dossier import EvidenceItem, new_id, now_iso
from app.progress import Progress
from app.ui import workers
from app.ui.catalogue_text import error_text
from app.ui.preview import guess_media_type

CHUNK = 1 << 20
MAX_LISTED = 12          # files named one by one in the message after an import


# -- where attachment bytes live ---------------------------------------------------------

class EvidenceStore:
    """Attachment bytes for one open dossier: its file, files imported this session, or ``<name>.evidence/``."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.sources: dict[str, Path] = {}         # sha256 -> original file (when there is no dossier file)
        self.temp = QTemporaryDir()

    def import_file(self, progress: workers.Progress, path: Path, done: int, total: int) -> tuple[str, int]:
        """(sha256, size) of ``path``, stored in the dossier file when there is one. Runs on a worker."""
        def report(bytes_done: int, _total: int, _what: str = "") -> None:
            progress.report((done + bytes_done) >> 10, total >> 10)
        file = self.doc.file
        if file is not None and hasattr(file, "import_attachment"):
            return file.import_attachment(path, progress=Progress(report, cancel_after=lambda: progress.cancelled))
        digest, size = hashlib.sha256(), 0
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                progress.check()
                digest.update(chunk)
                size += len(chunk)
                report(size, total)
        sha = digest.hexdigest()
        self.sources[sha] = path
        return sha, size

    def local_path(self, item: EvidenceItem) -> Path | None:
        """A file on disk with the item's content (extracted to a private temp folder if needed)."""
        file = self.doc.file
        if file is not None and hasattr(file, "extract_blob"):
            target = Path(self.temp.path()) / f"{item.sha256}{Path(item.filename).suffix.lower()}"
            return target if target.exists() else file.extract_blob(item.sha256, target)
        source = self.sources.get(item.sha256)
        if source is not None and source.is_file() and source.stat().st_size == item.size:
            return source
        dossier_path = getattr(self.doc, "path", None)
        if dossier_path is not None:
            beside = Path(dossier_path).with_suffix(".evidence") / item.sha256
            if beside.is_file():
                return beside
        return None


_stores: "weakref.WeakKeyDictionary[Any, EvidenceStore]" = weakref.WeakKeyDictionary()


def evidence_store(doc: Any) -> EvidenceStore:
    if doc not in _stores:
        _stores[doc] = EvidenceStore(doc)
    return _stores[doc]


@dataclass
class ImportOutcome:
    """What one import did with each file it was given, for the message shown afterwards."""

    added: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)    # (file, title of the item it repeats)
    skipped: list[tuple[str, str]] = field(default_factory=list)       # (file, why it was not added)


def _refusal(path: Path) -> str | None:
    """Why ``path`` cannot be added, before any byte is stored (None: go ahead)."""
    if text_problem(path.name):
        return QObject.tr("文件名含有不可见的控制字符或无效字符，文档中无法保存；请重命名该文件后再添加")
    try:
        size = os.stat(path).st_size
    except FileNotFoundError:
        return QObject.tr("找不到该文件（可能已被移动或删除）")
    except OSError as exc:
        return QObject.tr("无法读取：{reason}").format(reason=os_reason(exc))
    if not Path(path).is_file():
        return QObject.tr("不是文件")
    if size == 0:
        return QObject.tr("文件是空的（0 字节），可能是未完成的下载或扫描")
    return None


def import_files(parent: QWidget, doc: Any, paths: Iterable[Path], indicators: list[str],
                 on_done: Any = None) -> None:
    """Import files in the background (progress + 取消); add or link each one on the UI thread.

    A file that cannot be added (gone, unreadable, empty, a name no document can hold) is skipped and the
    rest are added; a file whose content is already attached is stored once and linked.  Afterwards a
    message names every file that was not simply added (``show_import_report``).
    """
    files = [Path(p) for p in paths]
    if not files:
        return
    store = evidence_store(doc)
    outcome = ImportOutcome()
    # Refusals are decided on the UI thread (they name the file in the UI's language); they cost a stat each.
    refused = {path: why for path in files if (why := _refusal(path)) is not None}
    outcome.skipped += [(path.name, why) for path, why in refused.items()]
    wanted = [path for path in files if path not in refused]

    def work(progress: workers.Progress) -> list[tuple[Path, str, int] | tuple[Path, BaseException]]:
        total = sum(_size(p) for p in wanted) or 1
        results: list[tuple[Path, str, int] | tuple[Path, BaseException]] = []
        done = 0
        for path in wanted:
            progress.check()
            try:
                sha, size = store.import_file(progress, path, done, total)
            except ImportCancelled:
                raise
            except (MissingAttachment, OSError) as exc:     # this file only: gone or unreadable meanwhile
                results.append((path, exc))
                continue
            results.append((path, sha, size))
            done += size
        return results

    def finished(results: list[tuple[Path, str, int] | tuple[Path, BaseException]]) -> None:
        for result in results:
            if len(result) == 2:
                path, exc = result
                outcome.skipped.append((path.name, _reason(exc)))
                continue
            path, sha, size = result
            try:
                existing = add_or_link(doc, path, sha, size, indicators)
            except ValueError as exc:                       # InvalidText: refused by the one door of edits
                outcome.skipped.append((path.name, error_text(exc)))
                continue
            if existing is not None:
                outcome.duplicates.append((path.name, existing.title or existing.filename))
            else:
                outcome.added.append(path.name)
        show_import_report(parent, outcome, linked=bool(indicators))
        if on_done:
            on_done(len(results))

    def failed(exc: BaseException) -> None:
        if type(exc).__name__ in ("ImportCancelled", "Cancelled"):
            return
        from app.ui.dialogs import report_exception
        report_exception(parent, exc, action=QObject.tr("添加证明材料"))

    if not wanted:
        finished([])
        return
    label = QObject.tr("正在添加 {n} 个文件……").format(n=len(wanted))
    workers.run_with_progress(parent, label, work, on_result=finished, on_error=failed)


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return os_reason(exc)
    return error_text(exc)


def show_import_report(parent: QWidget | None, outcome: ImportOutcome, *, linked: bool = False) -> None:
    """Say which files were not simply added (window-modal, does not block); nothing when all were.

    ``linked``: the import linked its files to indicators (a repeated file is linked to them too)."""
    if not outcome.duplicates and not outcome.skipped:
        return

    def listed(entries: list[str]) -> list[str]:
        shown = entries[:MAX_LISTED]
        more = len(entries) - len(shown)
        return shown + ([QObject.tr("……另有 {n} 个").format(n=more)] if more else [])

    lines: list[str] = []
    if outcome.skipped:
        lines.append(QObject.tr("{n} 个文件未添加：").format(n=len(outcome.skipped)))
        lines += listed([QObject.tr("· {file}：{reason}").format(file=name, reason=why)
                         for name, why in outcome.skipped])
    if outcome.duplicates:
        lines.append((QObject.tr("{n} 个文件与已有的证明材料内容相同，只保存一份，已关联到所选指标：") if linked
                      else QObject.tr("{n} 个文件与已有的证明材料内容相同，只保存一份：")).format(
            n=len(outcome.duplicates)))
        lines += listed([QObject.tr("· {file}：与已有的证明材料“{title}”内容相同").format(file=name, title=title)
                         for name, title in outcome.duplicates])
    box = QMessageBox(parent)
    box.setObjectName("evidence-import-report")
    box.setIcon(QMessageBox.Icon.Warning if outcome.skipped else QMessageBox.Icon.Information)
    box.setWindowTitle(QObject.tr("添加证明材料"))
    box.setText(QObject.tr("已添加 {n} 个文件。").format(n=len(outcome.added)))
    box.setInformativeText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def add_or_link(doc: Any, path: Path, sha: str, size: int, indicators: list[str]) -> EvidenceItem | None:
    """Add the file as a new evidence item; or, when an item has its content already, link that one and
    return it."""
    existing = next((e for e in doc.dossier.evidence if e.sha256 == sha), None)
    if existing is not None:
        wanted = list(dict.fromkeys(existing.indicators + indicators))
        if wanted != existing.indicators:
            edits.update_evidence(doc.session, existing.id, indicators=wanted)
        return existing
    item = EvidenceItem(id=new_id(), sha256=sha, filename=path.name, size=size, title=path.stem,
                        media_type=guess_media_type(path.name), indicators=list(indicators), added_at=now_iso())
    edits.add_evidence(doc.session, item)
    return None


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
