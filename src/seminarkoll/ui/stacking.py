"""Widgets and layouts one below the other: a dialog's body, a tab, a page of steps."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int
"""A widget or layout; (part, n) stretches `part` by n; a number n is empty space stretching
by n."""


def stacked(owner: QWidget | None, *parts: Part) -> QVBoxLayout:
    """A vertical layout of `parts`, set on `owner` when given."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout
