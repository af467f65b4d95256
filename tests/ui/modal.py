"""Helpers for tests that meet modal dialogs: act on the dialog once its event loop runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], act: Callable[[W], None], *, tries: int = 1000) -> list[W]:
    """Run `act` on the next modal dialog of type `kind` as soon as it shows; returns a list
    that receives the dialog, so the test can check that it appeared."""
    seen: list[W] = []

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            seen.append(widget)
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
    return seen


def error_box(widget: QWidget) -> QMessageBox:
    """The one error box (`ui.messages.show_error`) open over `widget`; those closed before
    are left out."""
    (box,) = [b for b in widget.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    return box
