"""The dossier file (``.pzd``): storage of one dossier in one portable SQLite file.

This package is one unit (``docs/dossier-file.md``); its public face is what
this module exports.  The modules inside:

* ``dossier_file`` — ``DossierFile``: open/create, autosave, attachments, history, finalise;
* ``errors``       — typed errors with Chinese messages, ``translate()`` from sqlite3/OS errors;
* ``rows``         — dossier ⇄ rows; a ``Change`` → self-contained SQL;
* ``autosave``     — the autosave lane (one thread, one connection);
* ``summary``      — read-only readers and the workspace-list summary row;
* ``build``        — a new file from a dossier (and attachments);
* ``blobs``        — attachments: chunked, hashed, deduplicated;
* ``history``, ``revisions`` — the change log and finalised versions;
* ``locking``, ``migrations``, ``salvage``, ``workspace``.

Nothing here imports Qt (checked by import-linter, ``pyproject.toml``).
"""

from app.models.storage.dossier_file import SUFFIX, DossierFile, default_author, medium_writable
from app.models.storage.errors import (
    CorruptDossierFile, DossierFileError, DossierLocked, ImportCancelled, MissingAttachment, NewerSchemaError,
    NotADossierFile, ReadOnlyMedium, StorageWriteError, translate,
)
from app.models.storage.build import build_file
from app.models.storage.summary import DossierSummary, read_dossier, read_summary, write_summary
from app.models.storage.autosave import SaveStatus

__all__ = [
    "SUFFIX", "DossierFile", "default_author", "medium_writable",
    "CorruptDossierFile", "DossierFileError", "DossierLocked", "ImportCancelled", "MissingAttachment",
    "NewerSchemaError", "NotADossierFile", "ReadOnlyMedium", "StorageWriteError", "translate",
    "build_file", "DossierSummary", "read_dossier", "read_summary", "write_summary", "SaveStatus",
]
