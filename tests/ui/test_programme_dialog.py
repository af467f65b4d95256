"""The programme dialog's setting that group meetings count toward completion, and the
matrix redrawn when it changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.programme_dialog import ProgrammeDialog
from tests.ui.planning.modal import answer


def test_the_meetings_setting_is_shown_and_saved(qtbot: QtBot, demo: Services) -> None:
    programme = demo.catalog.programmes()[0].id
    planning = demo.planning
    details = planning.programme(programme)
    dialog = ProgrammeDialog(
        lambda data, seen: planning.update_programme(programme, data, version=seen), None, details
    )
    qtbot.addWidget(dialog)
    assert dialog.meetings_count.text() == "Gruppträffar räknas in i kraven för godkänt"
    assert not dialog.meetings_count.isChecked()
    dialog.meetings_count.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.result() == ProgrammeDialog.DialogCode.Accepted
    assert planning.programme(programme).meetings_count is True
    assert demo.attendance.rules(demo.catalog.programmes()[0].cohorts[0].id).meetings_count

    again = ProgrammeDialog(
        lambda data, seen: planning.update_programme(programme, data, version=seen),
        None,
        planning.programme(programme),
    )
    qtbot.addWidget(again)
    assert again.meetings_count.isChecked()
    new = ProgrammeDialog(lambda data, _: planning.create_programme(data))
    qtbot.addWidget(new)
    new.name.setText("Leda för skolutveckling")
    new.meetings_count.setChecked(True)
    new.buttons.accepted.emit()
    assert new.saved_id is not None
    assert planning.programme(new.saved_id).meetings_count is True


def test_turning_the_setting_on_redraws_the_matrix_and_undo_turns_it_off(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    group = next(g for g in demo.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    meeting = demo.group_meetings.add_meeting(MeetingInput(group.id, date(2016, 10, 4)))
    members = {m.enrollment_id for m in group.members}
    demo.group_meetings.set_marks(meeting.id, dict.fromkeys(members, AttendanceStatus.ABSENT))
    demo.database.close()
    window = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None and window.services.is_open)
    window.participation.show_matrix()
    tab = window.participation.attendance_tab
    assert tab is not None

    def missed() -> dict[int, int]:
        assert tab.model.matrix is not None
        return {r.enrollment_id: r.result.missed for r in tab.model.matrix.rows}

    before = missed()

    def tick(dialog: QWidget) -> None:
        assert isinstance(dialog, ProgrammeDialog)
        dialog.meetings_count.setChecked(True)
        dialog.buttons.accepted.emit()

    seen = answer(ProgrammeDialog, tick)
    window.planning.edit_programme_action.trigger()
    assert seen
    after = missed()
    assert {e for e in after if after[e] != before[e]} == members
    assert all(after[e] == before[e] + 1 for e in members)
    window.planning.undo_action.trigger()
    assert missed() == before


def test_the_number_per_school_year_is_shown_and_saved(qtbot: QtBot, demo: Services) -> None:
    programme = demo.catalog.programmes()[0].id
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    planning = demo.planning

    def dialog_for() -> ProgrammeDialog:
        dialog = ProgrammeDialog(
            lambda data, seen: planning.update_programme(programme, data, version=seen),
            None,
            planning.programme(programme),
        )
        qtbot.addWidget(dialog)
        return dialog

    dialog = dialog_for()
    assert dialog.per_school_year.value() == 0
    assert dialog.per_school_year.text() == "Inget krav"
    dialog.per_school_year.setValue(3)
    assert dialog.per_school_year.text() == "3 seminarier"
    dialog.buttons.accepted.emit()
    assert dialog.result() == ProgrammeDialog.DialogCode.Accepted
    assert planning.programme(programme).min_per_school_year == 3
    assert demo.attendance.rules(cohort).min_per_school_year == 3

    again = dialog_for()
    assert again.per_school_year.value() == 3
    again.per_school_year.setValue(0)
    again.buttons.accepted.emit()
    assert planning.programme(programme).min_per_school_year is None
    assert demo.attendance.rules(cohort).min_per_school_year is None
    assert dialog_for().per_school_year.value() == 0
