"""Showing errors and confirmations to the user in plain Swedish."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication

from seminarkoll.domain.errors import DomainError, StaleEditError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

# QMessageBox is imported where a box is made: building its Python type costs the main
# window's first paint, which imports this module, about 3 ms.

T = TypeVar("T")
P = ParamSpec("P")


def show_error(parent: QWidget | None, title: str, error: DomainError | str) -> QMessageBox:
    """A window-modal, non-blocking error box (tests and the event loop keep running). An
    action refused because someone else changed its rows meanwhile also says that nothing
    changed and that the view now shows what is saved (the caller has read it again)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    if isinstance(error, StaleEditError):
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages", "Ingenting ändrades. Det som visas nu är det som är sparat."
            )
        )
    box.open()
    return box


def attempt(
    parent: QWidget | None,
    title: str,
    action: Callable[P, T],
    *args: P.args,
    **kwargs: P.kwargs,
) -> T | None:
    """`action(*args, **kwargs)`'s result, or None after showing the `DomainError` it raised
    under `title`."""
    try:
        return action(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, title, exc)
        return None


def succeeds(
    parent: QWidget | None,
    title: str,
    action: Callable[P, object],
    *args: P.args,
    **kwargs: P.kwargs,
) -> bool:
    """Whether `action(*args, **kwargs)` ran; the `DomainError` it raised instead is shown
    under `title`."""
    try:
        action(*args, **kwargs)
    except DomainError as exc:
        show_error(parent, title, exc)
        return False
    return True


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive action; True when the user chose `action`."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen
