"""The programme dialog's setting that group meetings count toward completion."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.programme_dialog import ProgrammeDialog


def test_the_meetings_setting_is_shown_and_saved(qtbot: QtBot, demo: Services) -> None:
    programme = demo.catalog.programmes()[0].id
    planning = demo.planning
    details = planning.programme(programme)
    dialog = ProgrammeDialog(lambda data: planning.update_programme(programme, data), None, details)
    qtbot.addWidget(dialog)
    assert dialog.meetings_count.text() == "Gruppträffar räknas in i kraven för godkänt"
    assert not dialog.meetings_count.isChecked()
    dialog.meetings_count.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.result() == ProgrammeDialog.DialogCode.Accepted
    assert planning.programme(programme).meetings_count is True
    assert demo.attendance.rules(demo.catalog.programmes()[0].cohorts[0].id).meetings_count

    again = ProgrammeDialog(
        lambda data: planning.update_programme(programme, data),
        None,
        planning.programme(programme),
    )
    qtbot.addWidget(again)
    assert again.meetings_count.isChecked()
    new = ProgrammeDialog(planning.create_programme)
    qtbot.addWidget(new)
    new.name.setText("Leda för skolutveckling")
    new.meetings_count.setChecked(True)
    new.buttons.accepted.emit()
    assert new.saved_id is not None
    assert planning.programme(new.saved_id).meetings_count is True
