"""Another coordinator changed what a view shows: the roster's status change and a change of a
group changed meanwhile (its name, kind or leader; not its members) are refused whole, the user
is told what changed in a message box, and the view shows the other coordinator's change (the
schedule's moves and undo: tests/ui/planning)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from seminarkoll.services.groups import GroupInput
from seminarkoll.ui.participants.groups_dialog import GroupsDialog
from tests.ui.modal import error_box, when_modal
from tests.ui.participants.test_roster import _cohort, _select
from tests.ui.participants.test_roster import _tab as roster_tab


@pytest.fixture
def lars(second_coordinator: Callable[[str], Services]) -> Services:
    """A second coordinator on the same database (another Database, as on his computer)."""
    return second_coordinator("Lars")


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

    box = error_box(tab)
    assert box.windowTitle() == "Statusen kunde inte ändras"
    assert box.text().startswith(f"Antagningen av {his.name} ändrades av Lars kl. ")
    assert box.text().endswith(" sedan listan visades.")
    assert box.informativeText() == "Ingenting ändrades. Det som visas nu är det som är sparat."
    statuses = {r.enrollment_id: r.status for r in demo.enrollment.roster(cohort)}
    assert {statuses[e] for e in chosen} == {EnrollmentStatus.ENROLLED}
    shown = next(r for r in tab.model.rows() if r.enrollment_id == his.enrollment_id)
    assert shown.notes == "Ny tjänst"  # reloaded: the roster shows Lars's change
    box.close()

    _select(tab, "Anna", "Johan")
    tab.set_status(EnrollmentStatus.WITHDRAWN)
    statuses = {r.enrollment_id: r.status for r in lars.enrollment.roster(cohort)}
    assert {statuses[e] for e in chosen} == {EnrollmentStatus.WITHDRAWN}


def test_group_members_change_refused_only_when_the_group_itself_changed(
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

    dialog.remove_members()  # Lars's change of members stays, and so does this one

    assert not {first, mine} & _members(demo, cohort, group.id)
    assert dialog.members_model.rowCount() == 5

    lars.groups.update(
        group.id,
        GroupInput("Samtalsgrupp Ö", group.kind, group.leader_person_id),
        version=group.version,
    )
    dialog.members_table.selectRow(0)
    kept = dialog.members_model.row_at(0).enrollment_id
    dialog.remove_members()

    box = error_box(dialog)
    assert box.text().startswith("Gruppen Samtalsgrupp Ö ändrades av Lars kl. ")
    assert kept in _members(demo, cohort, group.id)
    assert dialog.members_model.rowCount() == 5
    box.close()

    lars.groups.update(
        group.id,
        GroupInput("Samtalsgrupp A", group.kind, group.leader_person_id),
        version=group.version + 1,
    )
    dialog.distribute()
    box = error_box(dialog)
    assert "Samtalsgrupp A ändrades av Lars" in box.text()
    assert dialog.members_model.rowCount() == 5


def _members(services: Services, cohort: int, group_id: int) -> set[int]:
    """The enrolment ids of the group's members as saved."""
    group = next(g for g in services.groups.groups(cohort) if g.id == group_id)
    return {m.enrollment_id for m in group.members}


def _removal_refused(widget: QWidget, remove: Callable[[], object], title: str) -> str:
    """Run `remove`, confirming the removal it asks about; the text of the refusal then shown
    over `widget` under `title`."""

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    when_modal(QMessageBox, confirm)
    remove()
    box = error_box(widget)
    assert box.windowTitle() == title
    text = box.text()
    box.close()
    return text


def test_stale_removal_from_the_roster_and_group_deletion_refused(
    qtbot: QtBot, demo: Services, lars: Services
) -> None:
    tab = roster_tab(qtbot, demo)
    cohort = _cohort(demo)
    _select(tab, "Anna")
    (anna,) = tab.selected_rows()
    lars.enrollment.set_status([anna.enrollment_id], EnrollmentStatus.COMPLETED, anna.joined_on)

    text = _removal_refused(tab, tab.remove, "Deltagarna kunde inte tas bort")
    assert text.startswith(f"Antagningen av {anna.name} ändrades av Lars kl. ")
    assert anna.enrollment_id in {r.enrollment_id for r in demo.enrollment.roster(cohort)}
    shown = next(r for r in tab.model.rows() if r.enrollment_id == anna.enrollment_id)
    assert shown.status is EnrollmentStatus.COMPLETED  # reloaded: Lars's change shows

    dialog = GroupsDialog(demo, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    group = next(g for g in lars.groups.groups(cohort) if g.id == dialog.current_group_id())
    lars.groups.update(
        group.id,
        GroupInput(group.name, group.kind, group.members[0].person_id),
        version=group.version,
    )
    text = _removal_refused(dialog, dialog.delete_group, "Gruppen kunde inte tas bort")
    assert text.startswith(f"Gruppen {group.name} ändrades av Lars kl. ")
    assert group.id in {g.id for g in demo.groups.groups(cohort)}
    assert dialog.members_model.rowCount() == len(group.members)
