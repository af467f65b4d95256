"""Showing errors and confirmations to the user in plain Swedish."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from seminarkoll.domain.errors import DomainError


def show_error(parent: QWidget | None, title: str, error: DomainError | str) -> QMessageBox:
    """A window-modal, non-blocking error box (tests and the event loop keep running)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, str(error), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorBox")
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before a destructive action; True when the user chose `action`."""
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
