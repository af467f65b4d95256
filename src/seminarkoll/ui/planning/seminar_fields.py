"""The time and place fields a seminar is given in both the cohort and the seminar dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QTimeEdit


def time_and_place() -> tuple[QTimeEdit, QTimeEdit, QLineEdit]:
    """Start and end time (hours and minutes) and a place with an example."""
    start, end = QTimeEdit(), QTimeEdit()
    for edit in (start, end):
        edit.setDisplayFormat("HH:mm")
    place = QLineEdit()
    place.setPlaceholderText(
        QCoreApplication.translate("SeminarFields", "t.ex. Stadshuset, Gula rummet")
    )
    return start, end, place
