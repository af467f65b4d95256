"""Progress reporting for long service calls, and the error that cancels them."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import translate

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)`; it may raise `OperationCancelled` to stop the work."""


class OperationCancelled(DomainError):
    """The user cancelled; raised from a progress callback, so nothing is saved."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "Avbrutet. Ingenting sparades."))


def no_progress(_done: int, _total: int) -> None:
    """The progress callback used when the caller does not follow progress."""


class Stepper:
    """Reports progress over a known number of steps, at most about a hundred times."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress or no_progress
        self._total = max(total, 1)
        self._every = max(self._total // 100, 1)
        self._done = 0
        self._progress(0, self._total)

    def step(self, count: int = 1) -> None:
        """Count `count` more steps done; reports when a new percent is reached."""
        before = self._done // self._every
        self._done = min(self._done + count, self._total)
        if self._done // self._every != before or self._done == self._total:
            self._progress(self._done, self._total)

    def finish(self) -> None:
        """Report that all steps are done."""
        self._done = self._total
        self._progress(self._total, self._total)


_pauses = 0
_pause_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk step allocates many objects.

    Reading and importing a long list creates tens of thousands of small objects that all
    stay alive; on Python 3.11 the collector then runs over and over for nothing, which
    costs about 40 % of an import. Nothing is freed later than it would be anyway: the
    collector resumes (without a forced collection) when the last paused step ends.
    """
    global _pauses
    with _pause_lock:
        _pauses += 1
        if _pauses == 1:
            gc.disable()
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0:
                gc.enable()
