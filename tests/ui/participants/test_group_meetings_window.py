"""Planning a group's meetings and signing off one of them: from the groups editor to the
meetings window and the meeting's sign-off (the seminar sign-off's table, keys and search)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import AttendanceStatus, CompletionState
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from seminarkoll.ui.attendance.dialogs import UnlockDialog
from seminarkoll.ui.attendance.meeting_signoff import MeetingSignOffWindow
from seminarkoll.ui.attendance.signoff import NameFilterProxy, SignOffModel, status_at
from seminarkoll.ui.participants.groups_dialog import GroupsDialog
from seminarkoll.ui.participants.meetings_dialog import MeetingDialog, meetings_model
from tests.ui.modal import when_modal

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def _group_a(services: Services) -> tuple[int, int]:
    cohort = services.catalog.programmes()[0].cohorts[0].id
    return cohort, next(g.id for g in services.groups.groups(cohort) if g.name == "Samtalsgrupp A")


def _press(button_role: QMessageBox.ButtonRole) -> object:
    def act(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == button_role]
        button.click()

    return act


def test_models_pass_qt_checks(qtmodeltester: object, demo: Services) -> None:
    _cohort, group = _group_a(demo)
    for day in (date(2016, 10, 4), date(2016, 11, 8)):
        demo.group_meetings.add_meeting(MeetingInput(group, day, time(15), None, "Aulan"))
    model = meetings_model(None)  # type: ignore[arg-type]
    model.set_rows(demo.group_meetings.meetings(group))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 2).data() == "15:00"
    marks = SignOffModel()
    marks.set_rows(demo.group_meetings.sheet(model.row_at(0).id).marks)
    qtmodeltester.check(marks)  # type: ignore[attr-defined]
    proxy = NameFilterProxy()
    proxy.setSourceModel(marks)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert marks.rowCount() == 7
    assert {marks.index(r, SignOffModel.GROUP).data() for r in range(7)} == {"Samtalsgrupp A"}


def test_plan_sign_off_and_remove_a_groups_meeting(
    qtbot: QtBot, demo: Services, tmp_path: Path
) -> None:
    cohort, group = _group_a(demo)
    editor = GroupsDialog(demo, cohort)
    qtbot.addWidget(editor)
    editor.show()
    editor.reload(group)
    meetings = editor.open_meetings()
    assert meetings is not None
    assert meetings.windowTitle() == "Träffar – Samtalsgrupp A"
    assert not meetings.buttons["signoff"].isEnabled()

    def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """A key in the meetings list (its window active again after a modal dialog)."""
        meetings.activateWindow()
        qtbot.waitUntil(meetings.isActiveWindow)
        meetings.table.setFocus()
        qtbot.keyClick(meetings.table, key, modifier)

    def plan(day: QDate, place: str) -> object:
        def fill(dialog: MeetingDialog) -> None:
            assert dialog.leader.currentText() == "Helena Sandberg – gruppens ledare"
            dialog.date.setDate(day)
            dialog.place.setText(place)
            dialog.buttons.accepted.emit()

        return fill

    for day, place in ((QDate(2016, 11, 8), "Sylteskolan"), (QDate(2016, 10, 4), "Aulan")):
        seen = when_modal(MeetingDialog, plan(day, place))
        key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert seen
    rows = demo.group_meetings.meetings(group)
    assert [(m.number, m.place, m.start_time) for m in rows] == [
        (1, "Aulan", time(15)),
        (2, "Sylteskolan", time(15)),
    ]
    assert meetings.current_id() == rows[0].id  # the new one is selected
    assert editor.changed
    meetings.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert meetings.proxy.index(0, 3).data() == "Sylteskolan"
    meetings.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)

    def refuse_same_day(dialog: MeetingDialog) -> None:
        dialog.date.setDate(QDate(2016, 11, 8))
        dialog.timed.setChecked(False)
        dialog.buttons.accepted.emit()
        assert "Gruppen har redan en träff 8 november 2016." in dialog.error_text("date")
        dialog.date.setDate(QDate(2016, 10, 5))
        dialog.buttons.accepted.emit()

    seen = when_modal(MeetingDialog, refuse_same_day)
    key(Qt.Key.Key_F2)
    assert seen
    moved = demo.group_meetings.meetings(group)[0]
    assert (moved.date, moved.start_time) == (date(2016, 10, 5), None)

    key(Qt.Key.Key_Return)
    window = meetings.signoff
    assert isinstance(window, MeetingSignOffWindow)
    assert window.title.text() == "Samtalsgrupp A · träff 1"
    assert "Aulan · ledare Helena Sandberg" in window.subtitle.text()
    assert window.count.text() == "0 av 7 närvarande"
    assert not window.walk_in_button.isVisible()
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(0, SignOffModel.NAME))
    for letter in (Qt.Key.Key_N, Qt.Key.Key_S, Qt.Key.Key_F, Qt.Key.Key_A):
        qtbot.keyClick(window.table, letter)
    assert [status_at(window.proxy.index(r, 0)) for r in range(5)] == [P, L, E, A, None]
    assert window.count.text() == "2 av 7 närvarande"
    window.undo.stack.undo()
    assert status_at(window.proxy.index(3, 0)) is None
    qtbot.keyClick(window.table, Qt.Key.Key_A)  # the cursor moved on: marks row 5
    last = window.model.row_at(window.proxy.mapToSource(window.proxy.index(6, 0)).row())
    window.search.setText(last.name)
    assert window.proxy.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert "markerad som närvarande" in window.message.text()
    assert meetings.model.row_at(0).attended == 3  # the meetings list follows

    demo.coordinator.set_name("Karin Fredriksson")
    demo.coordinator._chosen = True
    seen = when_modal(QMessageBox, _press(QMessageBox.ButtonRole.AcceptRole))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen
    assert "saknar markering" in seen[0].text()
    assert window.state.text().startswith("Signerad av Karin Fredriksson")
    sheet = demo.group_meetings.sheet(moved.id)
    assert sheet.unmarked == 0
    assert sheet.meeting.signed_off
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert window.message.text() == "Träffen är signerad. Lås upp den för att ändra."
    assert meetings.model.row_at(0).signed_off_by == "Karin Fredriksson"

    saved = meetings.save_sheet(tmp_path / "träff.pdf")
    assert saved is not None
    assert saved.read_bytes().startswith(b"%PDF")
    assert "7 deltagare" in meetings.message.text()

    asked: list[str] = []

    def cancel(dialog: UnlockDialog) -> None:
        asked.append("\n".join(label.text() for label in dialog.findChildren(QLabel)))
        dialog.reject()

    when_modal(UnlockDialog, cancel)
    window.unlock_button.click()
    assert "Träff 1 i " in asked[0]
    assert "signerades av Karin Fredriksson" in asked[0]
    assert demo.group_meetings.sheet(moved.id).meeting.signed_off  # cancelled: still signed

    def unlock(dialog: UnlockDialog) -> None:
        dialog.reason.setPlainText("Lisa kom efter pausen")
        dialog.buttons.accepted.emit()

    when_modal(UnlockDialog, unlock)
    window.unlock_button.click()
    assert window.state.text().startswith("Inte signerad. Upplåst av Karin Fredriksson, ")
    assert window.state.text().endswith(": Lisa kom efter pausen")
    assert demo.group_meetings.sheet(moved.id).meeting.unlock_reason == "Lisa kom efter pausen"
    window.close()

    seen = when_modal(QMessageBox, _press(QMessageBox.ButtonRole.DestructiveRole))
    meetings.buttons["remove"].click()
    assert seen
    assert "Dess 7 närvaronoteringar tas också bort." in seen[0].text()
    assert [m.place for m in demo.group_meetings.meetings(group)] == ["Sylteskolan"]
    assert meetings.model.rowCount() == 1


def test_a_meeting_sign_off_moves_the_verdict_when_meetings_count(
    qtbot: QtBot, demo: Services
) -> None:
    cohort, group = _group_a(demo)
    programme = demo.catalog.programmes()[0].id
    details = demo.planning.programme(programme)
    demo.planning.update_programme(programme, replace(details.as_input(), meetings_count=True))
    meeting = demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4)))
    window = MeetingSignOffWindow(demo, meeting.id)
    qtbot.addWidget(window)
    window.show()
    first = window.model.row_at(0).enrollment_id
    before = next(r for r in demo.attendance.matrix(cohort).rows if r.enrollment_id == first)
    window.set_mark(first, A)
    after = next(r for r in demo.attendance.matrix(cohort).rows if r.enrollment_id == first)
    assert (after.result.expected, after.result.missed, after.result.remaining) == (
        before.result.expected,  # the open meeting was expected already
        before.result.missed + 1,
        before.result.remaining - 1,
    )
    assert after.result.state is not CompletionState.COMPLETED
