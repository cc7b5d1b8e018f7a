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
