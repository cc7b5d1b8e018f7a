"""The submission package — the one writer of it, whatever the medium: a zip, a folder, an ISO disc image.

``build_package`` writes 试点工作方案.pdf / .docx, 评审指标对照表.xlsx, every evidence file under its numbered
name (证明材料/附件N-…), and manifest.json (format of ``app.signing.verify``: each member's path, size, SHA-256;
dossier id; finalised version hash; catalogue edition; app version; time; stage, revision and version date;
the six starred-condition results with their indicator numbers), optionally signed (PAdES on the PDF,
detached CMS over the manifest).  The members go through a sink (``app.export.sinks``): the same names in the
same order for every layout.  A folder or disc image also carries ``00-目录.pdf`` (every file with its pages,
size and SHA-256), written before the manifest and listed in it, so the signature covers it; its disc label
and cover (``app.export.disc_label``) is written beside it.  Evidence is streamed in 1 MiB chunks and hashed
while it is written, so memory stays flat in the size of the evidence.  Everything is written under a
temporary name beside the target and moved into place only when complete; cancel or failure leaves nothing.

The same writer packages an annual report or the 复核 material (``kind``, ``app.export.kinds``): its PDF and
Word, the evidence it cites, and a manifest that also names the kind, the report year and its period.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Callable

from app import __version__
from app.errors import OperationCancelled, UserFacingError
from app.export.contents_pdf import CONTENTS_PDF, ContentsEntry, contents_pdf, page_count
from app.export.crossref_xlsx import crossref_workbook_bytes
from app.export.disc_label import LABEL_SUFFIX, label_pdf
from app.export.document import Document
from app.export.fonts import FontSet, resolve_fonts
from app.export import kinds
from app.export.iso_image import volume_labels
from app.export.kinds import PLAN, PackageKind
from app.export.plan import compose_document, plan_context
from app.export.sinks import Layout, discard, open_sink
from app.files import atomic_write_bytes
from app.models.assessment import Evaluation, evaluate
from app.models.catalogue import Catalogue
from app.models.dossier import Dossier
from app.progress import Progress

CHUNK = 1 << 20
#: Room kept free at the foot of a signed PDF's last page for the visible signature block (app.signing.pades).
SIGNATURE_SPACE_MM = 34
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
    layout: Layout = "zip"
    manifest_sha256: str = ""          # SHA-256 of manifest.json: what the disc label prints
    label: Path | None = None          # the disc label and cover PDF, beside a folder or ISO package


def render_documents(dossier: Dossier, catalogue: Catalogue, evaluation: Evaluation, *, draft: bool,
                     fonts: FontSet | None = None, today: date | datetime | str | None = None,
                     draft_label: str = "", signature_space: bool = False) -> tuple[Document, bytes, bytes, bytes]:
    """The plan as (document model, docx bytes, pdf bytes, xlsx bytes).

    *today* is the date of the version exported (the 定稿 date; a draft's
    own date), printed on the cover, in the 落款 and on the 对照表; default:
    the system date.  *draft_label* says which draft (「第2稿」).
    *signature_space* keeps room for a visible signature block at the foot of
    the PDF's last page.
    """
    from app.export.docx_writer import write_docx
    from app.export.pdf_writer import write_pdf

    fonts = fonts or resolve_fonts()
    when = today if today not in (None, "") else date.today()
    ctx = plan_context(dossier, catalogue, evaluation, draft=draft)
    doc = compose_document(ctx, today=when, draft_label=draft_label)
    if signature_space:
        doc.end_space_mm = SIGNATURE_SPACE_MM
    docx, pdf = io.BytesIO(), io.BytesIO()
    write_docx(doc, docx, fonts=fonts)
    write_pdf(doc, pdf, fonts=fonts)
    return doc, docx.getvalue(), pdf.getvalue(), crossref_workbook_bytes(ctx, today=when)


def build_package(dossier: Dossier, catalogue: Catalogue, out_path: str | os.PathLike[str], *,
                  open_evidence: EvidenceOpener, final: bool = True, signer=None,
                  finalised_hash: str | None = None, evaluation: Evaluation | None = None,
                  progress: Progress | None = None, fonts: FontSet | None = None,
                  today: date | None = None, layout: Layout = "zip", kind: PackageKind = PLAN) -> PackageResult:
    """Write the package of ``dossier`` as it is, as a zip, a folder or an ISO image (``layout``; the export
    use-case, ``app.export.submission``, decides whether it may be written and freezes the version
    afterwards). Cancel → ``ExportCancelled``, no file.  ``kind`` says what it holds (``app.export.kinds``):
    the plan, or an annual report / the 复核 material."""
    from app.signing.manifest import build_manifest, encode_manifest, sign_manifest, sign_pdf
    from app.signing.verify import MANIFEST_NAME, SIGNATURE_NAME

    evaluation = evaluation or evaluate(dossier, catalogue)
    if signer is not None:
        signer.check_validity()
    version_date = today or date.today()
    numbered = kinds.evidence(kind, dossier, catalogue, version_date)
    total = sum(e.item.size for e in numbered) + 1
    progress = progress or Progress()
    fonts = fonts or resolve_fonts()

    progress.report(0, total, f"正在生成{kind.document_name}（Word、PDF）")
    rendered = kinds.render(kind, dossier, catalogue, evaluation, draft=not final, fonts=fonts, today=version_date,
                            signature_space=signer is not None)
    documents = [(name, sign_pdf(data, signer) if signer is not None and name == rendered.pdf_name else data,
                  what + ("，已签名）" if signer is not None and name == rendered.pdf_name else "）"))
                 for name, data, what in rendered.files]
    if progress.cancelled:
        raise ExportCancelled()

    target = Path(out_path)
    labels = volume_labels(dossier.city_names(), version_date)
    members: list[dict] = []
    contents: list[ContentsEntry] = []
    done = 0
    try:
        with open_sink(layout, target, labels=labels, progress=progress) as sink:
            for name, data, what in documents:
                sink.add_bytes(name, data)
                members.append({"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
                contents.append(ContentsEntry(name, what, len(data), members[-1]["sha256"],
                                              page_count(io.BytesIO(data)) if name == rendered.pdf_name else None))
            for entry in numbered:
                size, digest = _write_evidence(sink, entry, open_evidence, progress, done, total)
                done += size
                members.append({"path": entry.archive_name, "size": size, "sha256": digest})
                contents.append(ContentsEntry(entry.archive_name, _evidence_note(entry, catalogue), size, digest,
                                              _pages_on_disk(sink, entry.archive_name)))
            if sink.kind != "zip":             # the reviewer's table of contents, covered by the manifest
                toc = contents_pdf(contents, title=dossier.title or dossier.display_name() if kind.is_plan
                                   else f"{dossier.display_name()}{kind.document_name}",
                                   cities=dossier.city_names(), fonts=fonts,
                                   stage_line=_stage_words(final, dossier.revision, version_date))
                sink.add_bytes(CONTENTS_PDF, toc)
                members.insert(0, {"path": CONTENTS_PDF, "size": len(toc), "sha256": hashlib.sha256(toc).hexdigest()})
            manifest = build_manifest(
                dossier_id=dossier.id, dossier_title=dossier.title or dossier.display_name(),
                cities=dossier.city_names(), catalogue_edition=catalogue.edition, app_version=__version__,
                finalised_version_hash=finalised_hash or kinds.content_hash(kind, dossier),
                starred_conditions=rendered.summary["starred_conditions"],
                members=members, signer=signer, signed_pdf=rendered.pdf_name if signer is not None else None,
                stage="final" if final else "draft", revision=dossier.revision, version_date=version_date,
            )
            manifest.update(kinds.manifest_extra(kind, dossier, rendered))
            manifest_bytes = encode_manifest(manifest)
            sink.add_bytes(MANIFEST_NAME, manifest_bytes)
            signature = sign_manifest(manifest_bytes, signer) if signer is not None else b""
            if signature:
                sink.add_bytes(SIGNATURE_NAME, signature, compress=False)
    except OperationCancelled as exc:
        if isinstance(exc, ExportCancelled):
            raise
        raise ExportCancelled() from exc
    manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    label = None
    if layout != "zip":
        files = [(m["path"], m["size"]) for m in members] + [(MANIFEST_NAME, len(manifest_bytes))] + \
            ([(SIGNATURE_NAME, len(signature))] if signature else [])
        label = _write_label(target, layout, manifest, manifest_sha256, files, labels[0], fonts)
    progress.report(total, total, "完成")
    return PackageResult(target, manifest, len(members) + 1 + (signer is not None), done, layout=layout,
                         manifest_sha256=manifest_sha256, label=label)


def _write_evidence(sink, entry, open_evidence: EvidenceOpener, progress: Progress, done: int,
                    total: int) -> tuple[int, str]:
    """Stream one evidence file into the sink in 1 MiB chunks, hashing it; (size, sha256)."""
    what = f"正在写入{entry.label}：{entry.item.title or entry.item.filename}"
    digest, size = hashlib.sha256(), 0
    with open_evidence(entry.item.sha256) as src, sink.open_member(entry.archive_name, entry.item.size) as dst:
        while chunk := src.read(CHUNK):
            if progress.cancelled:
                raise ExportCancelled()
            digest.update(chunk)
            dst.write(chunk)
            size += len(chunk)
            progress.report(done + size, total, what)
    if digest.hexdigest() != entry.item.sha256 or size != entry.item.size:
        raise ExportError(f"{entry.label}（{entry.item.filename}）的内容与登记的校验值不符，文件可能已损坏。")
    return size, digest.hexdigest()


def _pages_on_disk(sink, name: str) -> int | None:
    path = sink.local_path(name)
    if path is None or path.suffix.lower() != ".pdf":
        return None
    with open(path, "rb") as fh:
        return page_count(fh)


def _code(catalogue: Catalogue, indicator_id: str) -> str:
    try:
        return catalogue.indicator(indicator_id).code
    except KeyError:
        return ""


def _evidence_note(entry, catalogue: Catalogue) -> str:
    codes = [code for code in (_code(catalogue, i) for i in entry.item.indicators) if code]
    title = entry.item.title or entry.item.filename
    return f"{entry.label} {title}" + (f"（支撑指标 {'、'.join(codes)}）" if codes else "")


def _stage_words(final: bool, revision: int, when: date) -> str:
    return f"{'正式稿' if final else '草稿（不得报送）'}，第 {revision} 版，{when.year}年{when.month}月{when.day}日"


def _write_label(target: Path, layout: str, manifest: dict, manifest_sha256: str, files: list[tuple[str, int]],
                 volume_label: str, fonts: FontSet) -> Path:
    """The disc label and cover beside the package (not inside it); if it cannot be written, neither stays."""
    label = label_path(target, layout, manifest_sha256)
    try:
        atomic_write_bytes(label, label_pdf(manifest, manifest_sha256, files=files, volume_label=volume_label,
                                            fonts=fonts))
    except BaseException:
        discard(target)
        raise
    return label


def label_path(target: Path, layout: str, manifest_sha256: str) -> Path:
    """Where the label of a package at ``target`` goes: 「X.iso」 → 「X-光盘标签-1a2b3c4d.pdf」, 「DIR」 →
    「DIR-光盘标签-1a2b3c4d.pdf」 (the manifest hash's start: a label cannot be taken for another export's)."""
    stem = target.stem if layout == "iso" else target.name
    return target.with_name(f"{stem}{LABEL_SUFFIX}-{manifest_sha256[:8]}.pdf")


def folder_evidence_opener(folder: Path) -> EvidenceOpener:
    """Evidence beside a JSON document: ``<name>.evidence/<sha256>``."""
    def opener(sha256: str) -> BinaryIO:
        path = folder / sha256
        if not path.is_file():
            raise ExportError(f"找不到证明材料文件 {path}（按 SHA-256 命名）。")
        return open(path, "rb")
    return opener
