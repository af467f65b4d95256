"""Swedish by default: Qt's own buttons and our dates speak Swedish."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from seminarkoll.ui.formatting import long_date, schedule_date


def test_standard_buttons_are_swedish(qtbot: QtBot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert sorted(button.text() for button in box.buttons()) == ["Avbryt", "Spara"]


def test_dates_are_swedish() -> None:
    assert long_date(date(2025, 3, 7)) == "fredag 7 mars 2025"
    assert schedule_date(date(2016, 9, 15)) == "tors 15 sep. 2016 · v. 37"
