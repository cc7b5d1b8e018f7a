"""The submission package: one zip with the documents, every evidence file, and a manifest.

``build_package`` writes 试点工作方案.docx / .pdf, 评审指标对照表.xlsx, every
evidence file under its numbered name (证明材料/附件N-…), and manifest.json
(format of ``app.signing.verify``: each member's path, size, SHA-256; dossier
id; finalised version hash; catalogue edition; app version; time; the six
starred-condition results), optionally signed (PAdES on the PDF, detached CMS
over the manifest).  Evidence is streamed in 1 MiB chunks and hashed while it
is written, so memory stays flat in the size of the evidence.  The zip is
written under a temporary name in the target folder and renamed only when
complete; cancel or failure leaves no partial file.

The same writer packages an annual report or the 复核 material (``kind``,
``app.export.kinds``): its Word and PDF, the evidence it cites, and a
manifest that also names the kind and the report year.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Callable

from app import __version__
from app.errors import OperationCancelled, UserFacingError
from app.export.crossref_xlsx import crossref_workbook_bytes
from app.export.document import Document
from app.export.fonts import FontSet, resolve_fonts
from app.export import kinds
from app.export.kinds import PLAN, PackageKind
from app.export.plan import compose_document, plan_context
from app.files import atomic_write
from app.models.assessment import Evaluation, evaluate
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.progress import Progress

CHUNK = 1 << 20
PLAN_DOCX = "试点工作方案.docx"
PLAN_PDF = "试点工作方案.pdf"
CROSSREF_XLSX = "评审指标对照表.xlsx"

EvidenceOpener = Callable[[str], BinaryIO]      # sha256 -> readable binary stream


class ExportError(UserFacingError):
    """An export that cannot go ahead; the message is for the user."""


class ExportBlocked(ExportError):
    """A final export refused because parts are unfilled or conditions fail."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = "；".join(problems[:5]) + ("……" if len(problems) > 5 else "")
        super().__init__(f"正式导出前还有 {len(problems)} 项需要处理：{head}")


class ExportCancelled(ExportError, OperationCancelled):
    def __init__(self) -> None:
        super().__init__("导出已取消，未生成任何文件。")


@dataclass(frozen=True)
class PackageResult:
    path: Path
    manifest: dict
    members: int
    evidence_bytes: int


def render_documents(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool,
                     fonts: FontSet | None = None, today: date | None = None) -> tuple[Document, bytes, bytes, bytes]:
    """The plan as (document model, docx bytes, pdf bytes, xlsx bytes)."""
    from app.export.docx_writer import write_docx
    from app.export.pdf_writer import write_pdf

    fonts = fonts or resolve_fonts()
    ctx = plan_context(dossier, catalogue, evaluation, draft=draft)
    doc = compose_document(ctx, today=today)
    docx, pdf = io.BytesIO(), io.BytesIO()
    write_docx(doc, docx, fonts=fonts)
    write_pdf(doc, pdf, fonts=fonts)
    return doc, docx.getvalue(), pdf.getvalue(), crossref_workbook_bytes(ctx)


def build_package(dossier: Dossier, catalogue: Catalogue, out_path: str | os.PathLike[str], *,
                  open_evidence: EvidenceOpener, final: bool = True, signer=None,
                  finalised_hash: str | None = None, evaluation: Evaluation | None = None,
                  progress: Progress | None = None, fonts: FontSet | None = None,
                  today: date | None = None, kind: PackageKind = PLAN) -> PackageResult:
    """Write the package of ``dossier`` as it is (the export use-case, ``app.export.submission``, decides
    whether it may be written and freezes the version afterwards). Cancel → ``ExportCancelled``, no file.

    ``kind`` says what the package holds (``app.export.kinds``): the plan, or an annual report / the 复核."""
    from app.signing.manifest import build_manifest, encode_manifest, sign_manifest, sign_pdf
    from app.signing.verify import MANIFEST_NAME, SIGNATURE_NAME

    evaluation = evaluation or evaluate(dossier, catalogue)
    if signer is not None:
        signer.check_validity()
    numbered = kinds.evidence(kind, dossier, catalogue)
    total = sum(e.item.size for e in numbered) + 1
    progress = progress or Progress()

    def report(done: int, total: int, what: str) -> None:
        progress.report(done, total, what)

    def is_cancelled() -> bool:
        return progress.cancelled

    report(0, total, f"正在生成{kind.document_name}（Word、PDF）")
    rendered = kinds.render(kind, dossier, catalogue, evaluation, draft=not final, fonts=fonts, today=today)
    documents = list(rendered.files)
    if signer is not None:
        documents = [(name, sign_pdf(data, signer) if name == rendered.pdf_name else data) for name, data in documents]
    if is_cancelled():
        raise ExportCancelled()

    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    members: list[dict] = []
    done = 0
    # written under a temporary name, moved into place only when complete (app.files.atomic_write)
    with atomic_write(target) as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        for name, data in documents:
            zf.writestr(zipfile.ZipInfo(name, date_time=_zip_time()), data, compress_type=zipfile.ZIP_DEFLATED)
            members.append({"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
        for entry in numbered:
            what = f"正在写入{entry.label}：{entry.item.title or entry.item.filename}"
            digest, size = hashlib.sha256(), 0
            info = zipfile.ZipInfo(entry.archive_name, date_time=_zip_time())
            info.compress_type = zipfile.ZIP_STORED
            info.file_size = entry.item.size
            with open_evidence(entry.item.sha256) as src, zf.open(info, "w", force_zip64=True) as dst:
                while chunk := src.read(CHUNK):
                    if is_cancelled():
                        raise ExportCancelled()
                    digest.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
                    done += len(chunk)
                    report(done, total, what)
            if digest.hexdigest() != entry.item.sha256 or size != entry.item.size:
                raise ExportError(f"{entry.label}（{entry.item.filename}）的内容与登记的校验值不符，文件可能已损坏。")
            members.append({"path": entry.archive_name, "size": size, "sha256": digest.hexdigest()})
        manifest = build_manifest(
            dossier_id=dossier.id, dossier_title=dossier.title or dossier.display_name(),
            cities=dossier.city_names(), catalogue_edition=catalogue.edition, app_version=__version__,
            finalised_version_hash=finalised_hash or kinds.content_hash(kind, dossier),
            starred_conditions=rendered.summary["starred_conditions"],
            members=members, signer=signer, signed_pdf=rendered.pdf_name if signer is not None else None,
        )
        manifest["stage"] = "final" if final else "draft"
        manifest.update(kinds.manifest_extra(kind, dossier, rendered))
        manifest_bytes = encode_manifest(manifest)
        zf.writestr(zipfile.ZipInfo(MANIFEST_NAME, date_time=_zip_time()), manifest_bytes,
                    compress_type=zipfile.ZIP_DEFLATED)
        if signer is not None:
            zf.writestr(zipfile.ZipInfo(SIGNATURE_NAME, date_time=_zip_time()), sign_manifest(manifest_bytes, signer))
    report(total, total, "完成")
    return PackageResult(target, manifest, len(members) + 1 + (signer is not None), done)


def _zip_time() -> tuple[int, int, int, int, int, int]:
    import time

    return time.localtime()[:6]


def folder_evidence_opener(folder: Path) -> EvidenceOpener:
    """Evidence beside a JSON document: ``<name>.evidence/<sha256>``."""
    def opener(sha256: str) -> BinaryIO:
        path = folder / sha256
        if not path.is_file():
            raise ExportError(f"找不到证明材料文件 {path}（按 SHA-256 命名）。")
        return open(path, "rb")
    return opener
