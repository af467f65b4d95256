"""Another coordinator changed what a list shows: the roster's status change and removal, and a
change of members, a distribution or a deletion of a group changed meanwhile (its name, kind or
leader; not its members) are refused whole, the user is told what changed and chooses to read
the list again (nothing changes) or to act anyway over the other change (the schedule's moves
and undo: tests/ui/planning)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from seminarkoll.data.models import Enrollment
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from seminarkoll.services.groups import GroupInput
from seminarkoll.ui.participants.groups_dialog import GroupsDialog
from seminarkoll.ui.stale_edit import StaleEditDialog
from tests.factories import Factory
from tests.ui.modal import when_modal
from tests.ui.participants.test_roster import _cohort, _select
from tests.ui.participants.test_roster import _tab as roster_tab

LISTED = (
    "Läs in på nytt visar listan som den nu är sparad; ingenting ändras. Skriv över gör det "
    "du valde ändå, över den andra ändringen."
)


@pytest.fixture
def lars(second_coordinator: Callable[[str], Services]) -> Services:
    """A second coordinator on the same database (another Database, as on his computer)."""
    return second_coordinator("Lars")


def reload_list(box: StaleEditDialog) -> None:
    """Esc: the list is read again and nothing changes."""
    QtBot.keyClick(box, Qt.Key.Key_Escape)


def overwrite(box: StaleEditDialog) -> None:
    box.overwrite_button.click()


def asked(choice: Callable[[StaleEditDialog], None]) -> list[str]:
    """Answer the next refusal with `choice`; the list receives the refusal's text once asked
    (after checking that it is a list's question: no Avbryt, Esc reads the list again)."""
    texts: list[str] = []

    def answer(box: StaleEditDialog) -> None:
        assert box.informativeText() == LISTED
        assert box.button(QMessageBox.StandardButton.Cancel) is None
        assert box.escapeButton() is box.reload_button
        texts.append(box.text())
        choice(box)

    when_modal(StaleEditDialog, answer)
    return texts


def _stamps(services: Services, ids: set[int]) -> dict[int, tuple[str, int]]:
    """Who last changed each enrolment, and its version."""
    with services.database.transaction() as session:
        rows = session.scalars(select(Enrollment).where(Enrollment.id.in_(ids)))
        return {e.id: (e.changed_by, e.version) for e in rows}


def test_stale_roster_status_change_reads_again_or_writes_over(
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

    texts = asked(reload_list)
    tab.set_status(EnrollmentStatus.WITHDRAWN)

    assert len(texts) == 1
    assert texts[0].startswith(f"Antagningen av {his.name} ändrades av Lars kl. ")
    assert texts[0].endswith(" sedan listan visades.")
    statuses = {r.enrollment_id: r.status for r in demo.enrollment.roster(cohort)}
    assert {statuses[e] for e in chosen} == {EnrollmentStatus.ENROLLED}
    shown = next(r for r in tab.model.rows() if r.enrollment_id == his.enrollment_id)
    assert shown.notes == "Ny tjänst"  # reloaded: the roster shows Lars's change

    mine = demo.coordinator.name
    again = next(r for r in lars.enrollment.roster(cohort) if r.first_name == "Johan")
    lars.enrollment.update(
        his.enrollment_id,
        EnrollmentInput(again.status, again.applied_on, again.joined_on, None, "Rektor i höst"),
        version=again.version,
    )
    before = _stamps(demo, chosen)
    _select(tab, "Anna", "Johan")
    texts = asked(overwrite)
    changes: list[object] = []
    tab.changed.connect(lambda: changes.append(True))
    tab.set_status(EnrollmentStatus.WITHDRAWN)

    assert len(texts) == 1
    assert changes == [True]
    rows = {r.enrollment_id: r for r in lars.enrollment.roster(cohort)}
    assert {rows[e].status for e in chosen} == {EnrollmentStatus.WITHDRAWN}
    assert rows[his.enrollment_id].notes == "Rektor i höst"  # Lars's change stays
    after = _stamps(demo, chosen)
    assert {e: stamp for e, (stamp, _v) in after.items()} == dict.fromkeys(chosen, mine)
    assert after[his.enrollment_id][1] == before[his.enrollment_id][1] + 1
    assert {r.enrollment_id for r in tab.model.rows() if r.status.value == "withdrawn"} >= chosen


def test_stale_group_members_change_reads_again_and_distribution_writes_over(
    qtbot: QtBot, demo: Services, lars: Services
) -> None:
    cohort = _cohort(demo)
    dialog = GroupsDialog(demo, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    group = next(g for g in lars.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    assert dialog.current_group_id() == group.id
    first = dialog.members_model.row_at(0).enrollment_id
    lars.groups.remove_members(group.id, [first], version=group.version)  # no edit of the group
    renamed = GroupInput("Samtalsgrupp Ö", group.kind, group.leader_person_id)
    lars.groups.update(group.id, renamed, version=group.version)
    dialog.members_table.selectRow(dialog.members_model.rowCount() - 1)
    mine = dialog.members_model.row_at(dialog.members_model.rowCount() - 1).enrollment_id

    texts = asked(reload_list)
    dialog.remove_members()

    assert texts[0].startswith("Gruppen Samtalsgrupp Ö ändrades av Lars kl. ")
    members = _members(demo, cohort, group.id)
    assert mine in members
    assert first not in members
    assert dialog.members_model.rowCount() == 6  # reloaded: Lars's changes show
    assert first not in {r.enrollment_id for r in dialog.members_model.rows()}
    assert not dialog.changed

    renamed = GroupInput("Samtalsgrupp Alfa", group.kind, group.leader_person_id)
    lars.groups.update(group.id, renamed, version=group.version + 1)
    texts = asked(overwrite)
    dialog.distribute()

    assert texts[0].startswith("Gruppen Samtalsgrupp Alfa ändrades av Lars kl. ")
    (now,) = [g for g in lars.groups.groups(cohort) if g.id == group.id]
    assert now.name == "Samtalsgrupp Alfa"  # Lars's change stays
    assert first in {m.enrollment_id for m in now.members}  # distributed over it
    assert dialog.changed
    assert dialog.message.text() == "1 deltagare placerades i en grupp av typen samtalsgrupp."


def _members(services: Services, cohort: int, group_id: int) -> set[int]:
    """The enrolment ids of the group's members as saved."""
    group = next(g for g in services.groups.groups(cohort) if g.id == group_id)
    return {m.enrollment_id for m in group.members}


def _confirmed(widget: QWidget, remove: Callable[[], object]) -> None:
    """Run `remove`, confirming the removal it asks about first."""

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    when_modal(QMessageBox, confirm)
    remove()


def test_stale_removal_from_the_roster_and_group_deletion_write_over(
    qtbot: QtBot, demo: Services, lars: Services, factory: Factory
) -> None:
    cohort = _cohort(demo)
    nora = factory.enrollment(  # an applicant: on no signed list
        cohort, factory.person("Nora", "Lund"), EnrollmentStatus.APPLIED
    )
    tab = roster_tab(qtbot, demo)
    _select(tab, "Nora")
    (shown,) = tab.selected_rows()
    lars.enrollment.set_status([nora], EnrollmentStatus.ACCEPTED, date(2024, 6, 1))

    texts = asked(reload_list)
    _confirmed(tab, tab.remove)
    assert texts[0].startswith(f"Antagningen av {shown.name} ändrades av Lars kl. ")
    assert nora in {r.enrollment_id for r in demo.enrollment.roster(cohort)}
    (again,) = [r for r in tab.model.rows() if r.enrollment_id == nora]
    assert again.status is EnrollmentStatus.ACCEPTED  # reloaded: Lars's change shows

    lars.enrollment.set_status([nora], EnrollmentStatus.APPLIED, date(2024, 6, 1))
    _select(tab, "Nora")
    texts = asked(overwrite)
    _confirmed(tab, tab.remove)
    assert len(texts) == 1
    assert nora not in {r.enrollment_id for r in lars.enrollment.roster(cohort)}
    assert nora not in {r.enrollment_id for r in tab.model.rows()}

    dialog = GroupsDialog(demo, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    group = next(g for g in lars.groups.groups(cohort) if g.id == dialog.current_group_id())
    led = GroupInput(group.name, group.kind, group.members[0].person_id)
    lars.groups.update(group.id, led, version=group.version)
    texts = asked(overwrite)
    _confirmed(dialog, dialog.delete_group)
    assert texts[0].startswith(f"Gruppen {group.name} ändrades av Lars kl. ")
    assert group.id not in {g.id for g in lars.groups.groups(cohort)}
    assert group.id not in {g.id for g in dialog.groups_model.rows()}
