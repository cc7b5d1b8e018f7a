"""Background tasks: results come back to the UI thread, and without waiting for a polling timer."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtCore import QTimer

from app.ui import workers


def test_a_post_from_another_thread_runs_on_the_ui_thread(qtbot):
    box = workers.Mailbox()
    seen: list[tuple[str, bool]] = []
    thread = threading.Thread(target=box.post, args=(lambda v: seen.append(
        (v, threading.current_thread() is threading.main_thread())), "x"))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: seen == [("x", True)], timeout=2000)


@pytest.mark.skipif(os.name != "posix", reason="the pipe wake-up is POSIX only; Windows polls")
def test_the_mailbox_is_woken_by_its_pipe_not_a_polling_timer(qtbot):
    box = workers.Mailbox()
    assert not box.findChildren(QTimer)
    seen: list[int] = []
    for n in range(3):
        threading.Thread(target=box.post, args=(seen.append, n)).start()
    qtbot.waitUntil(lambda: sorted(seen) == [0, 1, 2], timeout=2000)


def test_thread_runner_delivers_the_result_on_the_ui_thread(qtbot):
    runner = workers.ThreadRunner(workers=1)
    results: list[tuple[int, bool]] = []
    workers.use_runner(runner)
    workers.run_task(lambda progress, n: n * 2, 21,
                     on_result=lambda v: results.append((v, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: results == [(42, True)], timeout=5000)


def _progress_dialogs(label: str) -> list:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.labelText() == label and w.isVisible()]


def test_a_task_that_finishes_quickly_never_builds_a_progress_dialog(qtbot):
    workers.use_runner(workers.ThreadRunner(workers=1))
    results: list[int] = []
    workers.run_with_progress(None, "快速任务", lambda progress: 7, on_result=results.append, on_error=print)
    qtbot.waitUntil(lambda: results == [7], timeout=5000)
    qtbot.wait(workers.SHOW_PROGRESS_AFTER_MS + 100)
    assert _progress_dialogs("快速任务") == []


def test_a_slow_task_shows_a_progress_dialog_whose_cancel_stops_it(qtbot):
    workers.use_runner(workers.ThreadRunner(workers=1))
    started, cancelled = threading.Event(), []

    def slow(progress: workers.Progress) -> None:
        started.set()
        progress.report(1, 4)
        while True:
            progress.check()
            threading.Event().wait(0.01)

    workers.run_with_progress(None, "慢任务", slow, on_result=print, on_error=print,
                              on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(_progress_dialogs("慢任务")) == 1, timeout=5000)
    dialog = _progress_dialogs("慢任务")[0]
    assert (dialog.value(), dialog.maximum()) == (1, 4)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)     # 取消
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    qtbot.waitUntil(lambda: _progress_dialogs("慢任务") == [], timeout=5000)
