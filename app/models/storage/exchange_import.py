"""The one import of an exchange document: a JSON dossier and its evidence folder → a new ``.pzd``.

Used by ``pilotzone import``, by the desktop app when it opens a ``.json``
(the file dialog, 打开示例, ``pilotzone FILE.json``) — the same door, so a
dossier imported either way holds the contents of its evidence, not only
their names.  Evidence files travel beside the JSON in a folder named after
it (``DOC.json`` → ``DOC.evidence/<sha256>``, the convention of
``examples/`` and of ``pilotzone export-json``).

A missing or altered evidence file refuses the import (``MissingEvidence``,
naming the files) unless the caller allows importing the metadata only.
Before importing into a workspace, ``find_in_workspace`` tells whether that
dossier (by its id) is already there, so the app can open it instead of
making a second copy whose edits would drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.models.dossier import Dossier, EvidenceItem
from app.models.exchange import InvalidDossier, load_json_file
from app.models.storage.dossier_file import SUFFIX, DossierFile
from app.models.storage.errors import DossierFileError
from app.models.storage.autosave import ErrorCallback, StatusCallback


class MissingEvidence(DossierFileError):
    """Evidence files listed in the JSON are not in its evidence folder; nothing was imported."""

    can_import_without = True    # the caller may retry with allow_missing_evidence=True

    def __init__(self, message: str, *, path: Path, missing: list[str]) -> None:
        super().__init__(message, path=path)
        self.missing = missing


@dataclass
class ExchangeDocument:
    """A read exchange document: the dossier, its evidence files found beside it, and the ones missing."""

    path: Path
    dossier: Dossier
    attachments: dict[str, Path] = field(default_factory=dict)      # sha256 -> file
    missing: list[EvidenceItem] = field(default_factory=list)


def evidence_folder(json_path: Path) -> Path:
    return json_path.with_name(json_path.stem + ".evidence")


def read_exchange(json_path: Path | str) -> ExchangeDocument:
    """Read and validate the JSON (``InvalidDossier``) and find its evidence files (not yet hashed)."""
    json_path = Path(json_path)
    try:
        document = ExchangeDocument(json_path, load_json_file(json_path))
    except InvalidDossier as exc:
        raise DossierFileError(f"“{json_path.name}”不是有效的申报材料：{exc}", path=json_path) from None
    folder = evidence_folder(json_path)
    for item in document.dossier.evidence:
        candidate = folder / item.sha256
        if candidate.is_file():
            document.attachments[item.sha256] = candidate
        elif item.sha256 not in document.attachments:
            document.missing.append(item)
    return document


def describe_missing(items: list[EvidenceItem]) -> list[str]:
    return [f"{item.number or '-'} {item.title or item.filename}（{item.sha256[:12]}…）" for item in items]


def import_exchange(source: Path | str | ExchangeDocument, target: Path | str, *, author: str = "",
                    allow_missing_evidence: bool = False, overwrite: bool = False,
                    on_status: StatusCallback | None = None, on_error: ErrorCallback | None = None) -> DossierFile:
    """Create ``target`` from the exchange document and return it opened for editing (the caller closes it).

    Every evidence file is streamed in and checked against its SHA-256 (``DossierFileError`` names a file that
    does not match). The JSON and its folder are never modified.
    """
    document = source if isinstance(source, ExchangeDocument) else read_exchange(source)
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        raise DossierFileError(f"申报文件应以 {SUFFIX} 结尾：{target}", path=target)
    if document.missing and not allow_missing_evidence:
        lines = describe_missing(document.missing)
        raise MissingEvidence(
            f"在“{evidence_folder(document.path)}”中缺少 {len(lines)} 个证明材料文件：" + "；".join(lines)
            + "。请把证明材料文件放回该文件夹后重试，或选择只导入材料信息（这些证明材料之后需要重新添加）。",
            path=document.path, missing=lines)
    return DossierFile.create(target, document.dossier, author=author, attachments=document.attachments,
                              overwrite=overwrite, on_status=on_status, on_error=on_error)


def find_in_workspace(folder: Path, dossier_id: str) -> Path | None:
    """The workspace's dossier file holding this dossier (by id), if any (reads only the summary rows)."""
    from app.models.storage.workspace import Workspace

    if not folder.is_dir():
        return None
    for entry in Workspace(folder).list():
        if entry.dossier_id == dossier_id:
            return entry.path
    return None
