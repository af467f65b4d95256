"""Progress reporting for long service calls, and the error that cancels them."""

from __future__ import annotations

from collections.abc import Callable

from seminarkoll.domain.errors import DomainError

Progress = Callable[[int, int], None]
"""Called as `progress(done, total)`; it may raise `OperationCancelled` to stop the work."""


class OperationCancelled(DomainError):
    """The user cancelled; raised from a progress callback, so nothing is saved."""

    def __init__(self) -> None:
        super().__init__("Avbrutet. Ingenting sparades.")


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
