"""A save refused as stale, driven like a user: the edit dialog asks, names who changed what
and when, and reads the other coordinator's version in again or writes over it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from seminarkoll.services.groups import GroupInput
from seminarkoll.ui.participants.enrolment_dialog import EnrolmentDialog
from seminarkoll.ui.participants.groups_dialog import GroupDialog
from seminarkoll.ui.participants.person_dialog import PersonDialog
from seminarkoll.ui.planning.cohort_dialog import CohortDialog
from seminarkoll.ui.planning.seminar_dialog import SeminarDialog
from seminarkoll.ui.stale_edit import StaleEditDialog
from tests.factories import Factory
from tests.ui.modal import when_modal


@pytest.fixture
def other(second_coordinator: Callable[[str], Services]) -> Services:
    """Another coordinator, "anna", with a database of her own on the same file."""
    return second_coordinator("anna")


@pytest.fixture
def seminar(factory: Factory) -> int:
    cohort = factory.cohort(name="Omgång 2")
    factory.seminar(cohort, 1, date(2024, 9, 5), title="Uppstart")
    return factory.seminar(cohort, 2, date(2024, 10, 3), title="Ledarskap", location="Aulan")


def _seminar_dialog(qtbot: QtBot, services: Services, seminar: int) -> SeminarDialog:
    details = services.schedule.seminar(seminar)
    dialog = SeminarDialog(services, services.schedule.seminar_form(details.cohort_id), details)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _change_elsewhere(other: Services, seminar: int, location: str) -> None:
    details = other.schedule.seminar(seminar)
    other.schedule.update_seminar(
        seminar,
        replace(details.as_input(), location=location),
        version=details.version,
    )


def test_stale_seminar_save_asks_and_reload_shows_the_other_change(
    qtbot: QtBot, services: Services, other: Services, seminar: int
) -> None:
    dialog = _seminar_dialog(qtbot, services, seminar)
    dialog.title.setText("Mitt namn")
    _change_elsewhere(other, seminar, "Stadshuset")
    texts: list[str] = []

    def reload(box: StaleEditDialog) -> None:
        texts.append(box.text())
        box.reload_button.click()

    seen = when_modal(StaleEditDialog, reload)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    assert seen
    assert texts[0].startswith("Seminarium 2 i Omgång 2 ändrades av anna kl. ")
    assert texts[0].endswith("efter att du öppnade det.")
    assert dialog.isVisible()
    assert dialog.saved is None
    assert (dialog.title.text(), dialog.location.text()) == ("Ledarskap", "Stadshuset")
    saved = services.schedule.seminar(seminar)
    assert (saved.title, saved.location) == ("Ledarskap", "Stadshuset")

    dialog.title.setText("Mitt namn")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    saved = other.schedule.seminar(seminar)
    assert (saved.title, saved.location) == ("Mitt namn", "Stadshuset")


def test_stale_seminar_save_can_write_over_the_other_change(
    qtbot: QtBot, services: Services, other: Services, seminar: int
) -> None:
    dialog = _seminar_dialog(qtbot, services, seminar)
    dialog.title.setText("Mitt namn")
    _change_elsewhere(other, seminar, "Stadshuset")

    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    dialog.buttons.accepted.emit()

    assert seen
    assert not dialog.isVisible()
    assert dialog.saved is not None
    saved = other.schedule.seminar(seminar)
    assert (saved.title, saved.location) == ("Mitt namn", "Aulan")


def test_stale_seminar_save_cancelled_keeps_the_edit(
    qtbot: QtBot, services: Services, other: Services, seminar: int
) -> None:
    dialog = _seminar_dialog(qtbot, services, seminar)
    dialog.title.setText("Mitt namn")
    _change_elsewhere(other, seminar, "Stadshuset")

    seen = when_modal(StaleEditDialog, lambda box: box.reject())
    dialog.buttons.accepted.emit()

    assert seen
    assert dialog.isVisible()
    assert (dialog.title.text(), dialog.location.text()) == ("Mitt namn", "Aulan")
    assert other.schedule.seminar(seminar).title == "Ledarskap"


def test_stale_person_and_cohort_saves_reload_or_overwrite(
    qtbot: QtBot, services: Services, other: Services, factory: Factory
) -> None:
    person = factory.person("Sara", "Lind")
    dialog = PersonDialog(services, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("070-222")
    details = other.participants.person(person)
    other.participants.update(person, replace(details.as_input(), title="Rektor"))
    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    dialog.buttons.accepted.emit()
    assert seen
    assert dialog.isVisible()
    assert (dialog.phone.text(), dialog.title_edit.text()) == ("", "Rektor")

    cohort = factory.cohort(name="Omgång 9")
    before = services.planning.cohort(cohort)
    cohort_dialog = CohortDialog(services, details=before)
    qtbot.addWidget(cohort_dialog)
    cohort_dialog.show()
    cohort_dialog.notes.setPlainText("Mina anteckningar")
    other.planning.update_cohort(cohort, replace(before.as_input(), min_attended=3))
    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    cohort_dialog.buttons.accepted.emit()
    assert seen
    assert not cohort_dialog.isVisible()
    saved = other.planning.cohort(cohort)
    assert (saved.notes, saved.min_attended) == ("Mina anteckningar", before.min_attended)


def test_stale_enrolment_and_group_saves_reload_or_overwrite(
    qtbot: QtBot, services: Services, other: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    enrolment = factory.enrollment(cohort, factory.person("Olle", "Berg"))
    (row,) = services.enrollment.roster(cohort)
    dialog = EnrolmentDialog(services, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Mina anteckningar")
    other.enrollment.update(enrolment, EnrollmentInput(EnrollmentStatus.ENROLLED, notes="Annas"))
    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    dialog.buttons.accepted.emit()
    assert seen
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "Annas"
    dialog.notes.setPlainText("Mina igen")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert other.enrollment.enrolment(enrolment).notes == "Mina igen"

    group = services.groups.create(cohort, GroupInput("Lärgrupp 1"))
    (shown,) = services.groups.groups(cohort)
    group_dialog = GroupDialog(services, cohort, shown)
    qtbot.addWidget(group_dialog)
    group_dialog.show()
    group_dialog.name.setText("Min grupp")
    other.groups.update(group, GroupInput("Annas grupp"))
    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    group_dialog.buttons.accepted.emit()
    assert seen
    assert not group_dialog.isVisible()
    assert [g.name for g in other.groups.groups(cohort)] == ["Min grupp"]


def test_a_group_save_is_not_asked_about_members_changed_meanwhile(
    qtbot: QtBot, services: Services, other: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    members = [factory.enrollment(cohort, factory.person(n, "Berg")) for n in ("Ada", "Bo")]
    group = services.groups.create(cohort, GroupInput("Lärgrupp 1"))
    (shown,) = services.groups.groups(cohort)
    dialog = GroupDialog(services, cohort, shown)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Min grupp")
    (theirs,) = other.groups.groups(cohort)
    other.groups.add_members(group, members, version=theirs.version)
    other.groups.remove_members(group, members[:1], version=theirs.version)
    asked = when_modal(StaleEditDialog, lambda box: box.reject())

    dialog.buttons.accepted.emit()

    assert not dialog.isVisible()
    assert not asked
    (saved,) = other.groups.groups(cohort)
    assert (saved.name, [m.enrollment_id for m in saved.members]) == ("Min grupp", members[1:])
