"""Background work: run a function off the UI thread with progress and cancel.

A task function takes a ``Progress`` as its first argument, reports
``progress.report(done, total)`` and checks ``progress.cancelled`` between
steps (raising ``Cancelled`` or simply returning early).  Its result or
exception comes back to the UI thread by signal.  ``run_with_progress``
wraps a task in a ``QProgressDialog`` with a 取消 button.

Tests install ``SyncRunner`` (``use_runner(SyncRunner())``): the function runs
at once on the calling thread and the same signals fire, so UI code is
tested without threads.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed 取消; not an error."""


class Progress:
    """Handed to a task function: report progress, learn about cancellation."""

    def __init__(self, signals: "TaskSignals") -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(int(done), int(total))

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self.cancelled:
            raise Cancelled()


class TaskSignals(QObject):
    progress = Signal(int, int)     # done, total
    result = Signal(object)
    error = Signal(object)          # the exception
    cancelled = Signal()
    finished = Signal()


TaskFn = Callable[..., Any]


class Task(QRunnable):
    """One background call of ``fn(progress, *args, **kwargs)``."""

    def __init__(self, fn: TaskFn, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.progress = Progress(self.signals)
        self._fn, self._args, self._kwargs = fn, args, kwargs

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            value = self._fn(self.progress, *self._args, **self._kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self.signals.error.emit(exc)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.result.emit(value)
        finally:
            self.signals.finished.emit()


class ThreadPoolRunner:
    """Runs tasks on the global QThreadPool."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(self, task: Task) -> None:
        self._running.add(task)
        task.signals.finished.connect(lambda: self._running.discard(task))
        self._pool.start(task)


class SyncRunner:
    """Runs a task at once on the calling thread (tests, tiny jobs)."""

    def start(self, task: Task) -> None:
        task.run()


_runner: ThreadPoolRunner | SyncRunner | None = None


def runner() -> ThreadPoolRunner | SyncRunner:
    global _runner
    if _runner is None:
        _runner = ThreadPoolRunner()
    return _runner


def use_runner(value: ThreadPoolRunner | SyncRunner | None) -> None:
    global _runner
    _runner = value


def run_task(fn: TaskFn, *args: Any, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Task:
    """Start ``fn(progress, *args, **kwargs)`` in the background; callbacks run on the UI thread."""
    task = Task(fn, *args, **kwargs)
    queued = Qt.ConnectionType.QueuedConnection if isinstance(runner(), ThreadPoolRunner) else Qt.ConnectionType.AutoConnection
    if on_result:
        task.signals.result.connect(on_result, queued)
    if on_error:
        task.signals.error.connect(on_error, queued)
    if on_progress:
        task.signals.progress.connect(on_progress, queued)
    runner().start(task)
    return task


def run_with_progress(parent: QWidget | None, label: str, fn: TaskFn, *args: Any,
                      on_result: Callable[[Any], None], on_error: Callable[[BaseException], None],
                      on_cancel: Callable[[], None] | None = None, **kwargs: Any) -> Task:
    """Run ``fn`` in the background behind a QProgressDialog with 取消."""
    dialog = QProgressDialog(label, QCoreApplication.translate("workers", "取消"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("workers", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def done(callback: Callable[..., None] | None, *values: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        if callback:
            callback(*values)

    task = Task(fn, *args, **kwargs)
    queued = Qt.ConnectionType.QueuedConnection if isinstance(runner(), ThreadPoolRunner) else Qt.ConnectionType.AutoConnection
    task.signals.progress.connect(progress, queued)
    task.signals.result.connect(lambda value: done(on_result, value), queued)
    task.signals.error.connect(lambda exc: done(on_error, exc), queued)
    task.signals.cancelled.connect(lambda: done(on_cancel), queued)
    dialog.canceled.connect(task.cancel)
    runner().start(task)
    return task
