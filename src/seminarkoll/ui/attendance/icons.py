"""Small icons drawn in code (a padlock for signed seminars, a flag for a date on a holiday or
break), so no emoji font is needed."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

Drawing = Callable[[QPainter, float, QColor], None]
"""Draws an icon on a 16-unit square: painter, pixels per unit, colour."""


@cache
def lock_icon(colour: str = "#334e68") -> QIcon:
    """A closed padlock, 16 and 32 pixels."""
    return _icon(_lock, QColor(colour))


@cache
def flag_icon(colour: str = "#b7791f") -> QIcon:
    """A pennant on a pole, 16 and 32 pixels."""
    return _icon(_flag, QColor(colour))


def _icon(draw: Drawing, colour: QColor) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size / 16, colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _flag(painter: QPainter, unit: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.6 * unit))
    painter.drawLine(QPointF(3.5 * unit, 2 * unit), QPointF(3.5 * unit, 14.5 * unit))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    pennant = QPainterPath()
    pennant.moveTo(4 * unit, 2 * unit)
    pennant.lineTo(13.5 * unit, 5 * unit)
    pennant.lineTo(4 * unit, 8.5 * unit)
    pennant.closeSubpath()
    painter.drawPath(pennant)


def _lock(painter: QPainter, unit: float, colour: QColor) -> None:
    painter.setPen(QPen(colour, 1.8 * unit))
    shackle = QPainterPath()
    shackle.moveTo(5 * unit, 8 * unit)
    shackle.lineTo(5 * unit, 5.5 * unit)
    shackle.arcTo(QRectF(5 * unit, 2 * unit, 6 * unit, 6 * unit), 180, -180)
    shackle.lineTo(11 * unit, 8 * unit)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3 * unit, 7.5 * unit, 10 * unit, 7.5 * unit), unit, unit)
