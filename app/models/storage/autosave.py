"""Autosave: the one lane that writes edits to the dossier file, off the UI thread.

The session listener (on the UI thread) turns each change into a
self-contained ``Write`` and hands it here; this thread, with its own
connection, collects what arrived in the next ``COALESCE_SECONDS`` (a
later write of the same entity replaces an earlier one) and commits it in
one transaction, so every edit is durable well within the 2 s promise.
The file is in WAL mode with ``synchronous=FULL``: a commit survives a
process kill *and* a power cut.

When a write fails (disk full, I/O error, the stick pulled out) the
transaction rolls back — the file keeps its previous state — the batch is
put back in the queue, ``on_error`` is told (the UI shows the Chinese
message) and the lane retries every ``RETRY_SECONDS`` or on ``flush()``.
Nothing is dropped while the program runs; the user can also save a copy
elsewhere.  Callbacks run on this thread: a Qt UI should re-emit them as
signals.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.models.storage.history import HistoryWriter, PendingEntry
from app.models.storage.migrations import connect
from app.models.storage.errors import StorageWriteError, translate
from app.models.storage.rows import Write, execute_writes

COALESCE_SECONDS = 0.2
RETRY_SECONDS = 3.0
IDLE_SECONDS = 1.0          # after this long without edits the summary row is refreshed


@dataclass(frozen=True)
class SaveStatus:
    state: str              # "saving" | "saved" | "error"
    pending: int            # entities waiting to be written
    message: str = ""       # Chinese, for the status bar
    saved_at: float = 0.0   # time.time() of the last successful commit


StatusCallback = Callable[[SaveStatus], None]
ErrorCallback = Callable[[StorageWriteError], None]


class AutosaveWriter(threading.Thread):
    def __init__(self, path: Path, *, on_status: StatusCallback | None = None, on_error: ErrorCallback | None = None,
                 on_idle: Callable[[sqlite3.Connection], None] | None = None,
                 on_heartbeat: Callable[[], None] | None = None, heartbeat_seconds: float = 30.0) -> None:
        super().__init__(name=f"autosave:{path.name}", daemon=True)
        self.path = path
        self.on_status, self.on_error = on_status, on_error
        self._on_idle, self._on_heartbeat, self._heartbeat_seconds = on_idle, on_heartbeat, heartbeat_seconds
        self._cond = threading.Condition()
        self._writes: dict[tuple[str, ...], Write] = {}
        self._history: list[PendingEntry] = []
        self._submitted = self._written = self._attempts = self._inflight = 0
        self._hurry = self._stopping = self._idle_due = False
        self.error: StorageWriteError | None = None
        self.saved_at = 0.0
        self._history_writer = HistoryWriter()
        self._conn = connect(path)
        self.max_page_count: int | None = None      # tests: simulate a full disk

    # -- called from the editing thread -----------------------------------------------
    def submit(self, writes: list[Write], history: list[PendingEntry]) -> None:
        with self._cond:
            for w in writes:
                self._writes.pop(w.key, None)
                self._writes[w.key] = w
            self._history.extend(history)
            self._submitted += 1
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._writes) + len(self._history) + self._inflight

    def flush(self, timeout: float | None = 30.0) -> None:
        """Block until everything submitted so far is committed; StorageWriteError if it cannot be."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            target, attempts = self._submitted, self._attempts
            self._hurry = True
            self._cond.notify_all()
            while self._written < target:
                if self.error is not None and self._attempts > attempts:
                    raise self.error
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise StorageWriteError(f"保存“{self.path.name}”超时，修改仍保留在程序中。", path=self.path)
                self._cond.wait(left)

    def stop(self, *, timeout: float | None = 30.0) -> None:
        """Write what is pending, run the idle hook once, and end the lane."""
        with self._cond:
            self._stopping = self._hurry = True
            self._cond.notify_all()
        self.join(timeout)

    # -- the lane -------------------------------------------------------------------------
    def run(self) -> None:
        last_beat = time.monotonic()
        try:
            while True:
                with self._cond:
                    while not (self._writes or self._history or self._stopping):
                        waited = self._cond.wait(timeout=IDLE_SECONDS if self._idle_due else self._heartbeat_seconds)
                        if not waited and self._idle_due:
                            break
                        if time.monotonic() - last_beat >= self._heartbeat_seconds:
                            break
                    busy = bool(self._writes or self._history)
                    stopping = self._stopping
                if time.monotonic() - last_beat >= self._heartbeat_seconds and self._on_heartbeat:
                    last_beat = time.monotonic()
                    self._on_heartbeat()
                if busy:
                    if self.error is not None and not (self._hurry or stopping):
                        with self._cond:
                            self._cond.wait(RETRY_SECONDS)
                    elif not (self._hurry or stopping):
                        time.sleep(COALESCE_SECONDS)
                    ok = self._write_batch()
                    if stopping and not ok:
                        return          # close() reports self.error; the data is still in memory
                    continue
                if self._idle_due and self._on_idle is not None and self.error is None:
                    self._idle_due = False
                    try:
                        self._on_idle(self._conn)
                    except Exception:   # the summary is a cache; read_summary recomputes it
                        pass
                if stopping:
                    return
        finally:
            self._conn.close()

    def _write_batch(self) -> bool:
        with self._cond:
            writes, history = self._writes, self._history
            self._writes, self._history = {}, []
            target = self._submitted
            self._hurry = False
            self._inflight = len(writes) + len(history)
        if not writes and not history:
            return True
        self._status("saving", len(writes) + len(history))
        try:
            if self.max_page_count is not None:
                self._conn.execute(f"PRAGMA max_page_count = {self.max_page_count}")
            self._conn.execute("BEGIN IMMEDIATE")
            execute_writes(self._conn, list(writes.values()))
            self._history_writer.write(self._conn, history)
            self._conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            try:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._history_writer.forget()
            error = translate(exc, self.path, writing=True)
            if not isinstance(error, StorageWriteError):
                error = StorageWriteError(error.message, path=self.path)
            with self._cond:
                for key, w in self._writes.items():   # newer edits supersede the failed batch
                    writes.pop(key, None)
                    writes[key] = w
                self._writes, self._history = writes, history + self._history
                self.error = error
                self._inflight = 0
                self._attempts += 1
                self._cond.notify_all()
            self._status("error", self.pending, error.message)
            if self.on_error is not None:
                self.on_error(error)
            return False
        with self._cond:
            self._written = max(self._written, target)
            recovered = self.error is not None
            self.error = None
            self._inflight = 0
            self._attempts += 1
            self.saved_at = time.time()
            self._idle_due = True
            self._cond.notify_all()
        self._status("saved", self.pending, "已恢复保存" if recovered else "已保存")
        return True

    def _status(self, state: str, pending: int, message: str = "") -> None:
        if self.on_status is not None:
            try:
                self.on_status(SaveStatus(state, pending, message or {"saving": "正在保存…"}.get(state, ""),
                                          self.saved_at))
            except Exception:
                pass
