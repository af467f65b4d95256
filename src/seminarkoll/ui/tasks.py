"""Run long work (imports, exports) off the GUI thread; progress and results come back as signals.

The work is a plain function that receives a `progress(done, total)` callback and returns a
result. It runs on Qt's global thread pool and never touches widgets; `succeeded`, `failed`,
`cancelled` and `finished` are delivered on the GUI thread (queued connections), so slots may
update the interface. Cancelling makes the next progress call raise `OperationCancelled`,
which the services treat as "roll back, save nothing".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from seminarkoll.services.progress import OperationCancelled, Progress

Work = Callable[[Progress], Any]

_RUNNING: set[BackgroundTask] = set()
"""Tasks that have started and not finished, kept alive until their `finished` signal."""


class BackgroundTask(QObject):
    """One piece of work on the thread pool; create, connect the signals, then `start()`."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._running = False
        self.finished.connect(self._done)

    @property
    def running(self) -> bool:
        """Whether the work has started and not yet finished."""
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the work on `pool` (default: the global pool)."""
        if self._running:
            raise RuntimeError("the task is already running")
        self._running = True
        _RUNNING.add(self)
        runner = _Runner(self)
        runner.setAutoDelete(True)
        (pool or QThreadPool.globalInstance()).start(runner)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; `cancelled` follows."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """The progress callback given to the work (called on the worker thread)."""
        if self._cancel.is_set():
            raise OperationCancelled
        self.progress.emit(done, total)

    def execute(self) -> None:
        """Run the work here and emit the outcome (the pool calls this on a worker thread)."""
        try:
            if self._cancel.is_set():
                raise OperationCancelled
            result = self._work(self.report)
        except OperationCancelled:
            self.cancelled.emit()
        except Exception as error:  # every failure is handed to the GUI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()

    def _done(self) -> None:
        self._running = False
        _RUNNING.discard(self)


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.execute()


def run_in_background(
    work: Work,
    *,
    on_success: Callable[[Any], object],
    on_failure: Callable[[BaseException], object],
    on_progress: Callable[[int, int], object] | None = None,
    on_cancel: Callable[[], object] | None = None,
) -> BackgroundTask:
    """Start `work` and connect the given slots; returns the task (to cancel it)."""
    task = BackgroundTask(work)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    task.start()
    return task
