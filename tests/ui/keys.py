"""Pressing a key combination on a widget the way a user does, for shortcut tests."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def press(widget: QWidget, keys: QKeySequence) -> None:
    """Press and release the one key combination of `keys` on `widget` (no text: keys such
    as Undo have none)."""
    combination = keys[0]
    for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
        QTest.sendKeyEvent(action, widget, combination.key(), "", combination.keyboardModifiers())
