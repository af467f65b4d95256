"""Background tasks: results, failures and cancelling come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QThreadPool
from pytestqt.qtbot import QtBot

from seminarkoll.services.progress import Progress
from seminarkoll.ui.tasks import BackgroundTask, run_in_background


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    gui = QThread.currentThread()
    worker: list[object] = []
    seen: list[tuple[int, int, bool]] = []
    results: list[object] = []

    def work(progress: Progress) -> int:
        worker.append(QThread.currentThread())
        for done in range(3):
            progress(done, 2)
        return 42

    task = BackgroundTask(work)
    task.progress.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is gui)))
    task.succeeded.connect(results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert results == [42]
    assert worker[0] is not gui
    assert seen == [(0, 2, True), (1, 2, True), (2, 2, True)]
    assert not task.running


def test_failure_is_handed_over(qtbot: QtBot) -> None:
    failures: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise ValueError("broken file")

    task = run_in_background(work, on_success=lambda _r: None, on_failure=failures.append)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert [str(f) for f in failures] == ["broken file"]


def test_cancel_stops_at_the_next_progress_report(qtbot: QtBot) -> None:
    started = threading.Event()
    release = threading.Event()
    after_cancel: list[int] = []
    outcome: list[str] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress(1, 2)
        after_cancel.append(1)
        return "done"

    task = BackgroundTask(work)
    task.succeeded.connect(lambda _r: outcome.append("succeeded"))
    task.cancelled.connect(lambda: outcome.append("cancelled"))
    task.start()
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert outcome == ["cancelled"]
    assert after_cancel == []


def test_a_task_cancelled_before_it_runs_never_runs(qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    ran: list[int] = []
    blocker = threading.Event()
    first = BackgroundTask(lambda _p: blocker.wait(5))
    second = BackgroundTask(lambda _p: ran.append(1))
    cancelled: list[bool] = []
    second.cancelled.connect(lambda: cancelled.append(True))
    first.start(pool)
    second.start(pool)
    second.cancel()
    blocker.set()
    qtbot.waitUntil(lambda: not second.running, timeout=5000)
    assert ran == []
    assert cancelled == [True]
    pool.waitForDone(5000)


def test_a_running_task_cannot_be_started_again(qtbot: QtBot) -> None:
    release = threading.Event()
    task = BackgroundTask(lambda _p: release.wait(5))
    task.start()
    with pytest.raises(RuntimeError):
        task.start()
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
