"""Getting evidence files into a dossier: where their bytes live, and the background import.

``EvidenceStore`` knows where an attachment's bytes are for one open dossier
(its file, files hashed this session, or ``<name>.evidence/``).
``import_files`` runs the import on a worker (``app.ui.workers``) with
progress and 取消: into the dossier file with ``DossierFile.import_attachment``
when there is one, else only hashed (the file stays where it is).  The
evidence item itself is added on the UI thread by ``add_or_link`` with
``edits.add_evidence``, so every import is one undo step; a file already
attached (same SHA-256) is linked instead of added twice.

Split out of ``app.ui.evidence`` so storage and import are apart from the
widgets that show the list; ``app.ui.evidence`` imports these names back.
"""

from __future__ import annotations

import hashlib
import weakref
from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import QObject, QTemporaryDir
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.models import edits
from app.models.dossier import EvidenceItem, new_id, now_iso
from app.progress import Progress
from app.ui import workers
from app.ui.preview import guess_media_type

CHUNK = 1 << 20


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


def import_files(parent: QWidget, doc: Any, paths: Iterable[Path], indicators: list[str],
                 on_done: Any = None) -> None:
    """Import files in the background (progress + 取消); add or link each one on the UI thread."""
    files = [Path(p) for p in paths if Path(p).is_file()]
    if not files:
        return
    store = evidence_store(doc)

    def work(progress: workers.Progress) -> list[tuple[Path, str, int]]:
        total = sum(p.stat().st_size for p in files) or 1
        results, done = [], 0
        for path in files:
            progress.check()
            sha, size = store.import_file(progress, path, done, total)
            results.append((path, sha, size))
            done += size
        return results

    def finished(results: list[tuple[Path, str, int]]) -> None:
        for path, sha, size in results:
            add_or_link(doc, path, sha, size, indicators)
        if on_done:
            on_done(len(results))

    def failed(exc: BaseException) -> None:
        if type(exc).__name__ in ("ImportCancelled", "Cancelled"):
            return
        from app.ui.dialogs import report_exception
        report_exception(parent, exc, action=QObject.tr("添加证明材料"))

    label = QObject.tr("正在添加 {n} 个文件……").format(n=len(files))
    workers.run_with_progress(parent, label, work, on_result=finished, on_error=failed)


def add_or_link(doc: Any, path: Path, sha: str, size: int, indicators: list[str]) -> None:
    existing = next((e for e in doc.dossier.evidence if e.sha256 == sha), None)
    if existing is not None:
        wanted = list(dict.fromkeys(existing.indicators + indicators))
        if wanted != existing.indicators:
            edits.update_evidence(doc.session, existing.id, indicators=wanted)
        return
    item = EvidenceItem(id=new_id(), sha256=sha, filename=path.name, size=size, title=path.stem,
                        media_type=guess_media_type(path.name), indicators=list(indicators), added_at=now_iso())
    edits.add_evidence(doc.session, item)


def dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
