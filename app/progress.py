"""The one progress-and-cancel protocol of every long operation (open, import, export, sign).

A long core function takes ``progress: Progress | None``: it calls
``progress.report(done, total, what)`` between steps and ``progress.check()``
where it may stop (which raises ``OperationCancelled``).  The desktop app hands
in a subclass that forwards reports to its progress dialog and whose
``cancel()`` is wired to the dialog's 取消 button (``app.ui.workers``); the
command line hands in one that prints a percentage; tests hand in a plain one.
Thread-safe: reports come from the worker, ``cancel()`` from anywhere.
"""

from __future__ import annotations

import threading
from typing import Callable

from app.errors import OperationCancelled

Report = Callable[[int, int, str], None]   # (done, total, what is being done)


class Progress:
    """Progress reports out, a cancel request in."""

    def __init__(self, on_report: Report | None = None, *, cancel_after: Callable[[], bool] | None = None) -> None:
        self._on_report = on_report
        self._cancel = threading.Event()
        self._cancel_after = cancel_after   # tests: a predicate that requests cancel when it turns true

    @property
    def cancelled(self) -> bool:
        if not self._cancel.is_set() and self._cancel_after is not None and self._cancel_after():
            self._cancel.set()
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, what: str = "") -> None:
        if self._on_report is not None:
            self._on_report(int(done), int(total), what)

    def check(self) -> None:
        """Raise ``OperationCancelled`` if cancel was requested."""
        if self.cancelled:
            raise OperationCancelled()


def silent() -> Progress:
    """A progress nobody watches and nobody cancels."""
    return Progress()
