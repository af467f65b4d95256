"""A cell another coordinator marked otherwise since the view showed it: the sign-off window and
the matrix reload it, name it, and let the coordinator keep their mark or take the other's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from seminarkoll.ui.attendance.dialogs import NoteDialog
from seminarkoll.ui.attendance.matrix_model import cell_state_at
from seminarkoll.ui.attendance.matrix_view import cell_at
from seminarkoll.ui.attendance.meeting_signoff import MeetingSignOffWindow
from seminarkoll.ui.attendance.signoff import SignOffWindow, status_at
from seminarkoll.ui.main_window import MainWindow
from tests.ui.attendance.test_matrix import _tab as matrix_tab
from tests.ui.modal import when_modal

P, A, L = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.LATE


@pytest.fixture
def other(demo: Services, db_location: DatabaseLocation) -> Iterator[Services]:
    """A second coordinator, Lars, on the same database (another Database, as on his computer)."""
    database = Database(db_location)
    services = Services.build(database)
    services.coordinator.set_name("Lars")
    yield services
    database.close()


def _seminar(services: Services, number: int) -> int:
    cohort = services.catalog.programmes()[0].cohorts[0].id
    return services.attendance.seminars(cohort)[number - 1].id


def _enrolment(services: Services, seminar_id: int, first_name: str) -> int:
    sheet = services.attendance.sheet(seminar_id)
    return next(r.enrollment_id for r in sheet.rows if r.first_name == first_name)


def _signoff(qtbot: QtBot, services: Services, seminar_id: int) -> SignOffWindow:
    window = SignOffWindow(services, seminar_id)
    qtbot.addWidget(window)
    window.show()
    return window


def _answer(button_text: str, seen_text: list[str]) -> list[QMessageBox]:
    def click(box: QMessageBox) -> None:
        assert box.objectName() == "markConflict"
        seen_text.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    return when_modal(QMessageBox, click)


def _signoff_status(window: SignOffWindow, enrollment_id: int) -> AttendanceStatus | None:
    source = next(
        r
        for r in range(window.model.rowCount())
        if window.model.row_at(r).enrollment_id == enrollment_id
    )
    return status_at(window.model.index(source, 0))


def test_signoff_conflict_shown_and_the_other_mark_taken(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    seminar = _seminar(demo, 5)
    anna = _enrolment(demo, seminar, "Anna")
    window = _signoff(qtbot, demo, seminar)
    assert _signoff_status(window, anna) is None
    other.attendance.set_status([CellRef(anna, seminar)], A)  # while Karin's list shows none
    text: list[str] = []
    seen = _answer("Ta den andras", text)
    assert not window.set_mark(anna, P)
    assert seen
    assert "Anna" in text[0]
    assert "vid seminarium 5 är markerad som frånvarande av Lars" in text[0]
    assert _signoff_status(window, anna) is A  # reloaded: the list shows Lars's mark
    assert "behåller markeringen som någon annan gjorde" in window.message.text()
    assert _enrolment_status(demo, seminar, anna) is A


def test_signoff_conflict_overwritten_when_the_coordinator_keeps_theirs(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    seminar = _seminar(demo, 5)
    anna = _enrolment(demo, seminar, "Anna")
    window = _signoff(qtbot, demo, seminar)
    other.attendance.set_status([CellRef(anna, seminar)], A)
    seen = _answer("Behåll min markering", [])
    assert window.set_mark(anna, P)
    assert seen
    assert _signoff_status(window, anna) is P
    assert _enrolment_status(other, seminar, anna) is P
    trail = [(e.by, e.new_status) for e in demo.attendance.history(anna, seminar).entries]
    assert trail[-2:] == [("Lars", A), (demo.coordinator.name, P)]


def test_signoff_same_mark_by_both_is_no_conflict(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    seminar = _seminar(demo, 5)
    anna = _enrolment(demo, seminar, "Anna")
    window = _signoff(qtbot, demo, seminar)
    other.attendance.set_status([CellRef(anna, seminar)], P)
    assert window.set_mark(anna, P)
    assert _signoff_status(window, anna) is P


def test_matrix_conflict_saves_the_other_cells_and_takes_the_other_mark(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    tab = matrix_tab(qtbot, demo)
    seminar = _seminar(demo, 5)
    anna, johan = _enrolment(demo, seminar, "Anna"), _enrolment(demo, seminar, "Johan")
    other.attendance.set_status([CellRef(anna, seminar)], A)
    text: list[str] = []
    seen = _answer("Ta den andras", text)
    assert tab._mark([(anna, seminar), (johan, seminar)], L)
    assert seen
    assert "frånvarande av Lars" in text[0]
    assert cell_state_at(cell_at(tab.view, anna, seminar)) is CellState.ABSENT
    assert cell_state_at(cell_at(tab.view, johan, seminar)) is CellState.LATE
    assert _enrolment_status(other, seminar, johan) is L


def _enrolment_status(
    services: Services, seminar_id: int, enrollment_id: int
) -> AttendanceStatus | None:
    sheet = services.attendance.sheet(seminar_id)
    return next(r.status for r in sheet.rows if r.enrollment_id == enrollment_id)


def test_matrix_key_on_a_cell_marked_by_the_other_asks(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    tab = matrix_tab(qtbot, demo)
    seminar = _seminar(demo, 5)
    anna = _enrolment(demo, seminar, "Anna")
    other.attendance.set_status([CellRef(anna, seminar)], A)
    tab.view.setCurrentIndex(cell_at(tab.view, anna, seminar))
    tab.view.setFocus()
    seen = _answer("Behåll min markering", [])
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert seen
    assert cell_state_at(cell_at(tab.view, anna, seminar)) is CellState.PRESENT
    assert _enrolment_status(other, seminar, anna) is P


def test_concurrent_marks_appear_in_the_open_signoff_window(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, other: Services
) -> None:
    """Another coordinator's mark shows within a few seconds (the main window's timer), and
    the name being typed in the search field stays."""
    demo.database.close()
    main = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.services is not None and main.services.is_open)
    qtbot.waitUntil(lambda: main.participation.cohort_id is not None)
    assert main.services is not None
    seminar = _seminar(main.services, 5)
    window = main.participation.open_signoff(seminar)
    assert window is not None
    anna = _enrolment(other, seminar, "Anna")
    window.search.insert("anna l")
    main.notice_outside_changes()  # whatever opening the database wrote itself
    other.attendance.set_status([CellRef(anna, seminar)], A)
    qtbot.waitUntil(lambda: _signoff_status(window, anna) is A, timeout=12000)
    assert window.search.text() == "anna l"
    assert "0 av 20 närvarande" in window.count.text()
    assert "1 frånvarande" in window.detail.text()


def _meeting_signoff(qtbot: QtBot, services: Services) -> MeetingSignOffWindow:
    """The sign-off of a new meeting of Samtalsgrupp A."""
    cohort = services.catalog.programmes()[0].cohorts[0].id
    group = next(g.id for g in services.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    meeting = services.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4)))
    window = MeetingSignOffWindow(services, meeting.id)
    qtbot.addWidget(window)
    window.show()
    return window


def _meeting_status(services: Services, meeting_id: int, enrollment_id: int) -> object:
    marks = services.group_meetings.sheet(meeting_id).marks
    return next(m.status for m in marks if m.enrollment_id == enrollment_id)


def test_meeting_signoff_conflict_shown_and_the_other_mark_taken(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    window = _meeting_signoff(qtbot, demo)
    meeting = window.meeting_id
    first, second, third = (m.enrollment_id for m in other.group_meetings.sheet(meeting).marks[:3])
    other.group_meetings.set_marks(meeting, {first: A})  # while Karin's list shows none
    text: list[str] = []
    seen = _answer("Ta den andras", text)
    assert not window.set_mark(first, P)
    assert seen
    assert "vid träff 1 är markerad som frånvarande av Lars" in text[0]
    assert _signoff_status(window, first) is A  # reloaded: the list shows Lars's mark
    assert "behåller markeringen som någon annan gjorde" in window.message.text()
    other.group_meetings.set_marks(meeting, {third: A})
    assert window.set_mark(second, P)  # another member than Lars marked: no question
    assert len(seen) == 1
    assert [_meeting_status(demo, meeting, e) for e in (first, second, third)] == [A, P, A]


def test_meeting_signoff_conflict_overwritten_when_the_coordinator_keeps_theirs(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    window = _meeting_signoff(qtbot, demo)
    first = window.meeting_sheet.marks[0].enrollment_id if window.meeting_sheet else 0
    other.group_meetings.set_marks(window.meeting_id, {first: A})
    seen = _answer("Behåll min markering", [])
    assert window.set_mark(first, P)
    assert seen
    assert _signoff_status(window, first) is P
    assert _meeting_status(other, window.meeting_id, first) is P
    window.undo.stack.undo()  # undo puts back the mark it replaced: Lars's
    assert _meeting_status(other, window.meeting_id, first) is A


def test_matrix_note_conflict_refused_and_the_other_note_shown(
    qtbot: QtBot, demo: Services, other: Services
) -> None:
    seminar = _seminar(demo, 5)
    anna = _enrolment(demo, seminar, "Anna")
    demo.attendance.set_status([CellRef(anna, seminar)], P)
    tab = matrix_tab(qtbot, demo)
    tab.view.setCurrentIndex(cell_at(tab.view, anna, seminar))
    other.attendance.set_note(anna, seminar, "Gick 14.00, ringde", shown="")

    def write(dialog: NoteDialog) -> None:
        dialog.note.setPlainText("Kom sent")
        dialog.buttons.accepted.emit()

    seen = when_modal(NoteDialog, write)
    tab.edit_note()
    assert seen
    assert not seen[0].isVisible()
    box = tab.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.windowTitle() == "Anteckningen sparades inte"
    assert box.text().startswith("Anteckningen om Anna ")
    assert "vid seminarium 5 ändrades av Lars, " in box.text()
    assert box.text().endswith(" sedan den visades. Ingenting sparades.")
    assert demo.attendance.history(anna, seminar).note == "Gick 14.00, ringde"
    matrix = tab.model.matrix
    assert matrix is not None
    (row,) = [r for r in matrix.rows if r.enrollment_id == anna]
    assert row.notes[4] == "Gick 14.00, ringde"  # reloaded: the matrix shows Lars's note
    box.close()

    def overwrite(dialog: NoteDialog) -> None:
        assert dialog.note.toPlainText() == "Gick 14.00, ringde"
        dialog.note.setPlainText("Kom sent")
        dialog.buttons.accepted.emit()

    again = when_modal(NoteDialog, overwrite)
    tab.view.setCurrentIndex(cell_at(tab.view, anna, seminar))
    tab.edit_note()
    assert again
    assert other.attendance.history(anna, seminar).note == "Kom sent"
