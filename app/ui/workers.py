"""Background work: run a function off the UI thread with progress and cancel.

A task function takes a ``Progress`` as its first argument, reports
``progress.report(done, total)`` and checks ``progress.check()`` (or
``progress.cancelled``) between steps.  Its result or exception comes back
to the UI thread as the ``TaskSignals`` of its ``Task``.  ``run_with_progress``
wraps a task in a ``QProgressDialog`` with a 取消 button.

Why not ``QRunnable`` on a ``QThreadPool``: PySide6 6.12.0 on Python 3.11
corrupted reference counts whenever Qt ran Python code on a non-GUI thread —
``QRunnable.run`` returning, or a signal emitted from a worker thread, even
one nobody is connected to — and aborted the process ("Fatal Python error:
bool_dealloc"; the same bug dropped ``None`` on every call, which is why
pyproject.toml pins 6.11.3 and ``tests/ui/test_qt_binding.py`` guards it).
Tasks still run on plain Python threads (``concurrent.futures``) and never
touch Qt there, so no binding bug of that kind can reach them: they post what
happens into a queue that the ``Mailbox`` drains on the UI thread (woken at
once) and turns into signals.
The same mailbox carries the dossier file's autosave callbacks.

Tests install ``SyncRunner`` (``use_runner(SyncRunner())``): the function runs
at once on the calling thread and the same signals fire before ``run_task``
returns, so UI code is tested without threads.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import OperationCancelled
from app.progress import Progress as CoreProgress

log = logging.getLogger(__name__)

POLL_MS = 40
SHOW_PROGRESS_AFTER_MS = 400


Cancelled = OperationCancelled   # the user pressed 取消; not an error (core code raises the same)


class Mailbox(QObject):
    """Runs callables posted from any thread on the UI thread.

    A post wakes the UI thread at once through a pipe watched by a
    ``QSocketNotifier`` (the worker only writes a byte: no Qt call off the UI
    thread); where pipes cannot be watched (Windows) a timer drains the queue
    every ``POLL_MS``.
    """

    def __init__(self) -> None:
        super().__init__()
        self._queue: "queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]]]" = queue.SimpleQueue()
        self._wake_fd: int | None = None
        if os.name == "posix":
            read_fd, self._wake_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(self._wake_fd, False)
            self._read_fd = read_fd
            self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._woken)
        else:
            self._timer = QTimer(self)
            self._timer.setInterval(POLL_MS)
            self._timer.timeout.connect(self.drain)
            self._timer.start()

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        """Thread-safe: ``fn(*args)`` will run on the UI thread."""
        self._queue.put((fn, args))
        if self._wake_fd is not None:
            try:
                os.write(self._wake_fd, b"\0")
            except BlockingIOError:
                pass   # the pipe is full of wake-ups already: the UI thread will drain

    def _woken(self) -> None:
        try:
            while os.read(self._read_fd, 4096):
                pass
        except BlockingIOError:
            pass
        self.drain()

    def drain(self) -> None:
        while True:
            try:
                fn, args = self._queue.get_nowait()
            except queue.Empty:
                return
            try:
                fn(*args)
            except Exception:  # noqa: BLE001 - a failing callback must not stop the others
                log.exception("callback from a worker failed")


_mailbox: Mailbox | None = None


def mailbox() -> Mailbox:
    """The process-wide mailbox; the first call must come from the UI thread."""
    global _mailbox
    if _mailbox is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("workers.mailbox() must first be created on the UI thread")
        _mailbox = Mailbox()
    return _mailbox


def call_in_ui_thread(fn: Callable[..., Any], *args: Any) -> None:
    """Run ``fn(*args)`` on the UI thread: now if we are on it, else via the mailbox."""
    app = QCoreApplication.instance()
    if threading.current_thread() is threading.main_thread() or app is None:
        fn(*args)
    else:
        mailbox().post(fn, *args)


def call_in_ui_thread_and_wait(fn: Callable[[], Any]) -> Any:
    """Run ``fn()`` on the UI thread and return its result (or raise its exception) to the calling worker.

    For the few steps of a background task that touch what the UI thread owns — the open dossier's session
    and its views — e.g. applying the 定稿 once an export's package is in place.  The UI thread must be
    running its event loop (it is: it shows the task's progress dialog).
    """
    if threading.current_thread() is threading.main_thread() or QCoreApplication.instance() is None:
        return fn()
    done = threading.Event()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the worker
            outcome["error"] = exc
        finally:
            done.set()

    mailbox().post(run)
    done.wait()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


class TaskSignals(QObject):
    """Emitted on the UI thread only."""

    progress = Signal(int, int)     # done, total
    result = Signal(object)
    error = Signal(object)          # the exception
    cancelled = Signal()
    finished = Signal()


class Progress(CoreProgress):
    """Handed to a task function: reports go to the UI thread's progress dialog; 取消 sets the cancel request.

    The core's one progress protocol (``app.progress.Progress``): ``report(done, total, what)``, ``check()``,
    ``cancelled``.
    """

    def __init__(self, post: Callable[..., None] | None = None) -> None:
        send = post or (lambda *args: None)
        super().__init__(lambda done, total, what: send("progress", int(done), int(total)))


TaskFn = Callable[..., Any]


class Task:
    """One call of ``fn(progress, *args, **kwargs)``; its signals fire on the UI thread."""

    def __init__(self, fn: TaskFn, *args: Any, **kwargs: Any) -> None:
        self.signals = TaskSignals()
        self._deliver: Callable[..., None] = self._emit
        self.progress = Progress(lambda *event: self._deliver(*event))
        self._fn, self._args, self._kwargs = fn, args, kwargs

    def cancel(self) -> None:
        self.progress.cancel()

    def _emit(self, kind: str, *values: Any) -> None:
        getattr(self.signals, kind).emit(*values)

    def run(self) -> None:
        """Run the function here; results go through ``self._deliver``."""
        try:
            value = self._fn(self.progress, *self._args, **self._kwargs)
        except Cancelled:
            self._deliver("cancelled")
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self._deliver("error", exc)
        else:
            self._deliver("cancelled" if self.progress.cancelled else "result",
                          *(() if self.progress.cancelled else (value,)))
        finally:
            self._deliver("finished")


class ThreadRunner:
    """Runs tasks on a small pool of Python threads; signals are delivered by the mailbox."""

    def __init__(self, workers: int = 2) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="pilotzone-task")
        self._box = mailbox()
        self._running: set[Task] = set()

    def start(self, task: Task) -> None:
        self._running.add(task)
        task._deliver = lambda kind, *values: self._box.post(self._emit, task, kind, values)
        self._pool.submit(task.run)

    def _emit(self, task: Task, kind: str, values: tuple[Any, ...]) -> None:
        task._emit(kind, *values)
        if kind == "finished":
            self._running.discard(task)


class SyncRunner:
    """Runs a task at once on the calling thread (tests, tiny jobs)."""

    def start(self, task: Task) -> None:
        task.run()


_runner: ThreadRunner | SyncRunner | None = None


def runner() -> ThreadRunner | SyncRunner:
    global _runner
    if _runner is None:
        _runner = ThreadRunner()
    return _runner


def use_runner(value: ThreadRunner | SyncRunner | None) -> None:
    global _runner
    _runner = value


def run_task(fn: TaskFn, *args: Any, on_result: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[int, int], None] | None = None, **kwargs: Any) -> Task:
    """Start ``fn(progress, *args, **kwargs)`` in the background; callbacks run on the UI thread."""
    task = Task(fn, *args, **kwargs)
    if on_result:
        task.signals.result.connect(on_result)
    if on_error:
        task.signals.error.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    runner().start(task)
    return task


def run_with_progress(parent: QWidget | None, label: str, fn: TaskFn, *args: Any,
                      on_result: Callable[[Any], None], on_error: Callable[[BaseException], None],
                      on_cancel: Callable[[], None] | None = None, **kwargs: Any) -> Task:
    """Run ``fn`` in the background; a QProgressDialog with 取消 appears if it is still running after
    ``SHOW_PROGRESS_AFTER_MS`` (the dialog is built only then: opening a file usually takes less)."""
    task = Task(fn, *args, **kwargs)
    state: dict[str, Any] = {"dialog": None, "progress": (0, 0), "done": False}

    def show_dialog() -> None:
        if state["done"]:
            return
        dialog = QProgressDialog(label, QCoreApplication.translate("workers", "取消"), 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("workers", "请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)
        state["dialog"] = dialog
        progress(*state["progress"])
        dialog.show()

    def progress(done: int, total: int) -> None:
        state["progress"] = (done, total)
        if (dialog := state["dialog"]) is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

    def finish(callback: Callable[..., None] | None, *values: Any) -> None:
        state["done"] = True
        if (dialog := state["dialog"]) is not None:
            dialog.canceled.disconnect(task.cancel)
            dialog.close()
            dialog.deleteLater()
        if callback:
            callback(*values)

    task.signals.progress.connect(progress)
    task.signals.result.connect(lambda value: finish(on_result, value))
    task.signals.error.connect(lambda exc: finish(on_error, exc))
    task.signals.cancelled.connect(lambda: finish(on_cancel))
    if parent is not None:
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, parent, show_dialog)   # not after the parent is gone
    else:
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, show_dialog)
    runner().start(task)
    return task
