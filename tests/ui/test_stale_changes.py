"""Another coordinator changed what a view shows: the roster's status change, a group's members
and the schedule's order (and undoing an edit or a move) are refused whole, the user is told
what changed in a message box, and the view shows the other coordinator's change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.participants.groups_dialog import GroupsDialog
from seminarkoll.ui.planning.seminar_dialog import SeminarDialog
from seminarkoll.ui.schedule_model import ScheduleTableModel
from tests.ui.participants.test_roster import _cohort, _select
from tests.ui.participants.test_roster import _tab as roster_tab
from tests.ui.planning.modal import answer
from tests.ui.planning.test_planning_walk import (
    open_window,
    select_row,
    services_of,
    shown_titles,
)


@pytest.fixture
def lars(second_coordinator: Callable[[str], Services]) -> Services:
    """A second coordinator on the same database (another Database, as on his computer)."""
    return second_coordinator("Lars")


def _error_box(widget: QWidget) -> QMessageBox:
    """The one error box open over `widget` (those closed before are left out)."""
    (box,) = [b for b in widget.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    return box


def test_stale_roster_status_change_refused_and_the_other_change_shown(
    qtbot: QtBot, demo: Services, lars: Services
) -> None:
    tab = roster_tab(qtbot, demo)
    cohort = _cohort(demo)
    _select(tab, "Anna", "Johan")
    chosen = {r.enrollment_id for r in tab.selected_rows()}
    his = next(r for r in lars.enrollment.roster(cohort) if r.first_name == "Johan")
    lars.enrollment.update(
        his.enrollment_id,
        EnrollmentInput(his.status, his.applied_on, his.joined_on, his.left_on, "Ny tjänst"),
        version=his.version,
    )

    tab.set_status(EnrollmentStatus.WITHDRAWN)

    box = _error_box(tab)
    assert box.windowTitle() == "Statusen kunde inte ändras"
    assert box.text().startswith(f"Antagningen av {his.name} ändrades av Lars kl. ")
    assert box.text().endswith(" efter att du öppnade den.")
    statuses = {r.enrollment_id: r.status for r in demo.enrollment.roster(cohort)}
    assert {statuses[e] for e in chosen} == {EnrollmentStatus.ENROLLED}
    shown = next(r for r in tab.model.rows() if r.enrollment_id == his.enrollment_id)
    assert shown.notes == "Ny tjänst"  # reloaded: the roster shows Lars's change
    box.close()

    _select(tab, "Anna", "Johan")
    tab.set_status(EnrollmentStatus.WITHDRAWN)
    statuses = {r.enrollment_id: r.status for r in lars.enrollment.roster(cohort)}
    assert {statuses[e] for e in chosen} == {EnrollmentStatus.WITHDRAWN}


def test_stale_group_members_change_refused_and_the_other_change_shown(
    qtbot: QtBot, demo: Services, lars: Services
) -> None:
    cohort = _cohort(demo)
    dialog = GroupsDialog(demo, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    group = next(g for g in lars.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    assert dialog.current_group_id() == group.id
    first = dialog.members_model.row_at(0).enrollment_id
    lars.groups.remove_members(group.id, [first], version=group.version)
    dialog.members_table.selectRow(dialog.members_model.rowCount() - 1)
    mine = dialog.members_model.row_at(dialog.members_model.rowCount() - 1).enrollment_id

    dialog.remove_members()

    box = _error_box(dialog)
    assert box.text().startswith("Gruppen Samtalsgrupp A ändrades av Lars kl. ")
    members = {m.enrollment_id for m in demo.groups.groups(cohort)[0].members}
    assert mine in members
    assert first not in members
    assert dialog.members_model.rowCount() == 6  # reloaded: Lars's removal shows
    assert first not in {r.enrollment_id for r in dialog.members_model.rows()}
    box.close()

    dialog.members_table.clearSelection()
    row = next(i for i, r in enumerate(dialog.members_model.rows()) if r.enrollment_id == mine)
    dialog.members_table.selectRow(row)
    dialog.remove_members()
    assert dialog.members_model.rowCount() == 5
    again = next(g for g in lars.groups.groups(cohort) if g.id == group.id)
    assert mine not in {m.enrollment_id for m in again.members}

    lars.groups.add_members(group.id, [first], version=again.version)
    dialog.distribute()
    box = _error_box(dialog)
    assert "Samtalsgrupp A ändrades av Lars" in box.text()
    assert dialog.members_model.rowCount() == 6


@pytest.fixture
def window(qtbot: QtBot, demo: Services, db_location: DatabaseLocation) -> MainWindow:
    demo.database.close()
    shown = open_window(qtbot, db_location)
    assert shown.pages.currentWidget() is shown.cohort_page
    return shown


def _places(window: MainWindow) -> list[str]:
    proxy = window.cohort_page.schedule_proxy
    return [proxy.index(r, ScheduleTableModel.PLACE).data() for r in range(proxy.rowCount())]


def _seminar_ids(window: MainWindow) -> list[int]:
    return [row.id for row in window.cohort_page.schedule_model.rows()]


def _move_place(services: Services, seminar_id: int, place: str) -> None:
    details = services.schedule.seminar(seminar_id)
    services.schedule.update_seminar(
        seminar_id, replace(details.as_input(), location=place), version=details.version
    )


def test_stale_seminar_move_refused_and_the_schedule_shown_afresh(
    qtbot: QtBot, window: MainWindow, lars: Services
) -> None:
    table = window.cohort_page.schedule
    titles = shown_titles(window)
    ids = _seminar_ids(window)
    _move_place(lars, ids[5], "Stadshuset")  # the neighbour the move would swap with
    select_row(qtbot, window, 6)

    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)

    box = _error_box(window)
    assert box.windowTitle() == "Seminariet kunde inte flyttas"
    assert box.text().startswith("Seminarium 6 i ")
    assert " ändrades av Lars kl. " in box.text()
    assert shown_titles(window) == titles
    assert _places(window)[5] == "Stadshuset"  # the schedule shows Lars's change
    assert not window.planning.undo_action.isEnabled()
    box.close()

    assert window.planning.selected_seminar() == ids[6]  # still chosen, to try again
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown_titles(window)[5:7] == [titles[6], titles[5]]
    _move_place(lars, ids[6], "Aulan")  # moved after Karin's move: her undo is refused
    window.planning.undo_action.trigger()
    box = _error_box(window)
    assert box.windowTitle() == "Det gick inte att ångra"
    assert " ändrades av Lars kl. " in box.text()
    assert shown_titles(window)[5:7] == [titles[6], titles[5]]
    assert "Aulan" in _places(window)
    assert not window.planning.undo_action.isEnabled()


def test_stale_undo_of_a_seminar_edit_keeps_the_other_change(
    qtbot: QtBot, window: MainWindow, lars: Services
) -> None:
    seminar = _seminar_ids(window)[2]
    services = services_of(window)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SeminarDialog)
        dialog.title.setText("Karins titel")
        dialog.buttons.accepted.emit()

    edited = answer(SeminarDialog, edit)
    assert window.planning.controller.edit_seminar(seminar)
    assert edited
    window.planning.undo_action.trigger()
    window.planning.redo_action.trigger()
    assert services.schedule.seminar(seminar).title == "Karins titel"
    details = lars.schedule.seminar(seminar)
    lars.schedule.update_seminar(
        seminar, replace(details.as_input(), title="Lars titel"), version=details.version
    )

    window.planning.undo_action.trigger()

    box = _error_box(window)
    assert box.text().startswith("Seminarium 3 i ")
    assert " ändrades av Lars kl. " in box.text()
    assert services.schedule.seminar(seminar).title == "Lars titel"
    assert "Lars titel" in shown_titles(window)
