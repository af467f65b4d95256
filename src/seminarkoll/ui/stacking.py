"""Widgets and layouts one below the other or side by side: a dialog's body, a tab, a page of
steps, a row of buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int
"""A widget or layout; (part, n) stretches `part` by n; a number n is empty space stretching
by n."""


def stacked(owner: QWidget | None, *parts: Part) -> QVBoxLayout:
    """A vertical layout of `parts`, set on `owner` when given."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    _fill(layout, parts)
    return layout


def side_by_side(*parts: Part) -> QHBoxLayout:
    """A horizontal layout of `parts` (for a row of buttons, end with 1 to keep them left)."""
    layout = QHBoxLayout()
    _fill(layout, parts)
    return layout


def _fill(layout: QBoxLayout, parts: tuple[Part, ...]) -> None:
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
