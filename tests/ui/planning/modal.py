"""Helpers to answer modal dialogs that a test opens with exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

POLL_MS = 10
TIMEOUT_MS = 5000


def answer(
    kind: type[QWidget], handle: Callable[[QWidget], object], *, name: str | None = None
) -> list[QWidget]:
    """When a modal `kind` (with object name `name`) shows, call `handle` with it.

    Returns a list that receives the dialog, so the test can check it was answered.
    """
    seen: list[QWidget] = []
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and (name is None or widget.objectName() == name):
            seen.append(widget)
            handle(widget)
            return
        waited[0] += POLL_MS
        if waited[0] < TIMEOUT_MS:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return seen
