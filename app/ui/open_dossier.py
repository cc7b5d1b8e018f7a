"""One open dossier, as the UI sees it: session + catalogue + file + evaluation.

Every window, editor and panel that shows a dossier takes an ``OpenDossier``
(called ``doc`` everywhere).  It is the Qt-side signal hub of one dossier:

* ``doc.changed``  — emitted with the ``list[Change]`` after every do/undo/redo,
  so views refresh only what the core says changed;
* ``doc.evaluated`` — emitted with the new ``Evaluation``.  Evaluation is
  scheduled by a 0 ms single-shot timer, so a burst of edits in one event-loop
  turn is judged once, in the next turn (never on the paint path);
* ``doc.focus_requested`` — emitted with a ``Jump`` when the user asks to go to
  what closes a gap; editors that own the target select the field/record;
* ``doc.undo_state_changed`` — undo/redo availability or text changed;
* ``doc.save_state_changed`` — ``(state, message)`` with state one of
  ``SAVE_SAVED``, ``SAVE_SAVING``, ``SAVE_FAILED``, ``SAVE_MEMORY``.

The dossier file (``app.models.storage.DossierFile``) is optional: a
dossier built in a test, or read from a ``.json`` without a workspace,
lives in memory only (``doc.file is None``).  With a file, every edit is
persisted by the file's autosave lane; its status callbacks arrive on that
thread and are handed to the UI thread through ``workers.call_in_ui_thread``
(never a Qt signal emitted off the UI thread: that crashed PySide6 6.12.0; see ``workers``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserFacingError
from app.models.assessment import Evaluation, Evaluator
from app.models.catalogue import Catalogue, load_catalogue
from app.models.dossier import Dossier
from app.models.storage import SUFFIX, DossierFile
from app.models.operations import Change, DossierSession
from app.models.rules import Jump
from app.ui.workers import call_in_ui_thread, mailbox

log = logging.getLogger(__name__)

SAVE_SAVED = "saved"
SAVE_SAVING = "saving"
SAVE_FAILED = "failed"
SAVE_MEMORY = "memory"
SAVE_READ_ONLY = "read-only"


@dataclass
class Loaded:
    """What ``read_path`` produced off the UI thread: a dossier, and its file when it has one."""

    dossier: Dossier
    file: Any | None = None
    path: Path | None = None
    logs_unchecked: bool = False    # opened without the history/versions check: run ``file.check_logs()`` soon


def read_path(progress: Any, path: Path, *, workspace: Path | None = None, author: str = "",
              read_only: bool = False, take_over: bool = False, allow_missing_evidence: bool = False,
              as_copy: bool = False) -> Loaded:
    """Open a ``.pzd`` dossier file, or import a ``.json`` exchange document (runs on a worker thread).

    A ``.json`` goes through the core's one import (``app.models.storage.exchange_import``) into a new
    ``.pzd`` in ``workspace``, evidence contents included; the exchange file itself is never modified.  When the
    workspace already holds that dossier (same id), ``AlreadyInWorkspace`` is raised instead, so the app can
    offer to open it (``as_copy=True`` imports a second copy anyway).  Without a workspace the dossier is
    edited in memory only.
    """
    path = Path(path)
    progress.report(0, 1)
    if path.suffix.lower() == SUFFIX:
        # The logs' check reads every page of a long history; the window need not wait for it.
        file = DossierFile.open(path, author=author, read_only=read_only, take_over=take_over, check_logs=False)
        progress.report(1, 1)
        return Loaded(file.dossier, file, path, logs_unchecked=not read_only)
    if not path.exists():
        raise FileNotFoundError(2, "not found", str(path))
    from app.models.storage.exchange_import import find_in_workspace, import_exchange, read_exchange

    document = read_exchange(path)
    if workspace is None:
        return Loaded(document.dossier)
    if not as_copy and (existing := find_in_workspace(workspace, document.dossier.id)) is not None:
        raise AlreadyInWorkspace(path, existing)
    progress.check()
    workspace.mkdir(parents=True, exist_ok=True)
    target = unique_path(workspace, path.stem, SUFFIX)
    file = import_exchange(document, target, author=author, allow_missing_evidence=allow_missing_evidence)
    progress.report(1, 1)
    return Loaded(file.dossier, file, target)


class AlreadyInWorkspace(UserFacingError):
    """The exchange document's dossier is already a file of the workspace: open that instead of a copy."""

    def __init__(self, source: Path, existing: Path) -> None:
        self.source, self.existing = source, existing
        super().__init__(f"工作区中已有这份申报材料：“{existing.name}”。")


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``stem (2).suffix`` … when taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


class OpenDossier(QObject):
    """The UI's handle on one open dossier (stable public API, see module docstring)."""

    changed = Signal(object)            # list[Change]
    evaluated = Signal(object)          # Evaluation
    focus_requested = Signal(object)    # Jump
    undo_state_changed = Signal()
    save_state_changed = Signal(str, str)   # state, message
    closed = Signal()

    def __init__(self, session: DossierSession, catalogue: Catalogue, file: Any | None = None, *,
                 path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.catalogue = catalogue
        self.file = file
        self.path: Path | None = path if path is not None else _file_path(file)
        self.last_evaluation_ms: float = 0.0
        self._save_state = SAVE_MEMORY if file is None else SAVE_SAVED
        self._save_message = ""
        self._closed = False
        self._eval_timer = QTimer(self)
        self._eval_timer.setSingleShot(True)
        self._eval_timer.setInterval(0)
        self._eval_timer.timeout.connect(self.evaluate_now)
        session.listeners.append(self._on_session_change)
        self._evaluator = Evaluator(session.dossier, catalogue)   # re-judges only what an edit can change
        self.evaluation: Evaluation = self._run_evaluation()
        if file is not None and getattr(file, "read_only", False):
            session.read_only = True            # edits are refused with a clear message; nothing is lost
            self._save_state = SAVE_READ_ONLY
        elif file is not None:
            mailbox()                           # created here, on the UI thread, before any callback arrives
            self._attach_file(file)

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def from_dossier(cls, dossier: Dossier, *, catalogue: Catalogue | None = None, file: Any | None = None,
                     path: Path | None = None, parent: QObject | None = None) -> "OpenDossier":
        """An OpenDossier over a dossier in memory (or the one a DossierFile holds)."""
        cat = catalogue or load_catalogue(dossier.catalogue_edition)
        return cls(DossierSession(dossier), cat, file, path=path, parent=parent)

    @classmethod
    def from_loaded(cls, loaded: Loaded, *, parent: QObject | None = None) -> "OpenDossier":
        """An OpenDossier over what ``read_path`` returned (built on the UI thread)."""
        return cls.from_dossier(loaded.dossier, file=loaded.file, path=loaded.path, parent=parent)

    @classmethod
    def from_file(cls, file: Any, *, parent: QObject | None = None) -> "OpenDossier":
        """An OpenDossier over an opened ``DossierFile`` (autosaving)."""
        dossier: Dossier = file.dossier
        return cls(DossierSession(dossier), load_catalogue(dossier.catalogue_edition), file, parent=parent)

    # -- read-only views ------------------------------------------------------------------
    @property
    def dossier(self) -> Dossier:
        return self.session.dossier

    @property
    def save_state(self) -> str:
        return self._save_state

    @property
    def save_message(self) -> str:
        return self._save_message

    def display_name(self) -> str:
        return self.dossier.display_name()

    # -- editing --------------------------------------------------------------------------
    def undo(self) -> list[Change]:
        return self.session.undo()

    def redo(self) -> list[Change]:
        return self.session.redo()

    def break_merge(self) -> None:
        """The next keystroke starts a new undo step (call on focus-out)."""
        self.session.break_merge()

    def request_focus(self, jump: Jump) -> None:
        """Ask whoever shows the jump's target to select it."""
        self.focus_requested.emit(jump)

    # -- evaluation -----------------------------------------------------------------------
    def schedule_evaluation(self) -> None:
        """Evaluate in the next event-loop turn; several calls before then coalesce into one."""
        if not self._closed and not self._eval_timer.isActive():
            self._eval_timer.start()

    def evaluate_now(self) -> Evaluation:
        """Evaluate at once and emit ``evaluated``."""
        self._eval_timer.stop()
        self.evaluation = self._run_evaluation()
        self.evaluated.emit(self.evaluation)
        return self.evaluation

    def _run_evaluation(self) -> Evaluation:
        start = time.perf_counter()
        result = self._evaluator.evaluate()
        self.last_evaluation_ms = (time.perf_counter() - start) * 1000
        return result

    def _on_session_change(self, op: Any, changes: list[Change], how: str) -> None:
        self._evaluator.invalidate(changes)
        if self.file is not None:
            self._set_save_state(SAVE_SAVING, "")   # the autosave lane reports 已保存 when it has committed
        self.changed.emit(list(changes))
        self.undo_state_changed.emit()
        self.schedule_evaluation()

    # -- file -----------------------------------------------------------------------------
    def _attach_file(self, file: Any) -> None:
        """Let the DossierFile persist the session's edits and report its autosave state to us."""
        file.attach_to(self.session)
        file.set_callbacks(on_status=self._on_file_status, on_error=self._on_file_error)

    def _on_file_status(self, status: Any, message: str = "") -> None:
        """Autosave status from the file (any thread): a ``SaveStatus`` or a plain state string."""
        text = str(getattr(status, "state", status)).lower()
        message = str(getattr(status, "message", "") or message)
        if "fail" in text or "error" in text:
            state = SAVE_FAILED
        elif "saving" in text or "pending" in text:
            state = SAVE_SAVING
        else:
            state = SAVE_SAVED
        call_in_ui_thread(self._set_save_state, state, message if state == SAVE_FAILED else "")

    def _on_file_error(self, error: Any, *args: Any) -> None:
        call_in_ui_thread(self._set_save_state, SAVE_FAILED, str(error))

    def _set_save_state(self, state: str, message: str) -> None:
        if (state, message) != (self._save_state, self._save_message):
            self._save_state, self._save_message = state, message
            self.save_state_changed.emit(state, message)

    def flush(self) -> None:
        """Write everything to disk now (no-op for an in-memory dossier); raises on failure."""
        if self.file is None:
            return
        try:
            self.file.flush()
        except Exception as exc:
            self._set_save_state(SAVE_FAILED, str(exc))
            raise
        self._set_save_state(SAVE_SAVED, "")

    def close(self) -> None:
        """Flush and release the file; the object must not be used afterwards."""
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True
            self._eval_timer.stop()
            if self._on_session_change in self.session.listeners:
                self.session.listeners.remove(self._on_session_change)
            if self.file is not None:
                self.file.close()
            self.closed.emit()


def _file_path(file: Any | None) -> Path | None:
    if file is None:
        return None
    path = getattr(file, "path", None)
    return Path(path) if path is not None else None
