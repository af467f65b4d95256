"""Swedish order in the window (Qt's collator) agrees with the domain's key for code without Qt,
and the window's own lists (workplaces, participants, groups) follow it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from seminarkoll.domain.text import name_key, swedish_key
from seminarkoll.services.container import Services
from seminarkoll.services.groups import GroupInput
from seminarkoll.ui.attendance.dialogs import ApologyDialog
from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
from seminarkoll.ui.participants.person_dialog import PersonDialog
from seminarkoll.ui.participants.roles_dialog import RoleDialog
from seminarkoll.ui.sorting import swedish_sorted
from tests.factories import Factory

NAMES = ["Öst", "Ädel", "Zetterlund", "Åberg", "Aalto"]
SWEDISH = ["Aalto", "Zetterlund", "Åberg", "Ädel", "Öst"]


def test_the_collator_and_the_domain_key_agree_on_swedish_order() -> None:
    assert swedish_sorted(NAMES, str) == SWEDISH
    assert sorted(NAMES, key=swedish_key) == SWEDISH
    more = [*NAMES, "ärlig", "Émile", "Anna", "Grupp 10", "Grupp 2", "åsa"]
    assert swedish_sorted(more, str) == sorted(more, key=swedish_key)
    people = [("Öst", "Anna"), ("Ädel", "Åke"), ("Ädel", "Björn"), ("Aalto", "Ödön")]
    assert swedish_sorted(people, lambda p: p[0], lambda p: p[1]) == sorted(
        people, key=lambda p: name_key(*p)
    )


def test_workplaces_in_the_person_and_role_dialogs_are_in_swedish_order(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    for name in NAMES:
        factory.workplace(f"{name}skolan")
    expected = [f"{name}skolan" for name in SWEDISH]
    person = PersonDialog(services)
    qtbot.addWidget(person)
    assert [person.workplace.itemText(i) for i in range(1, person.workplace.count())] == expected
    role = RoleDialog(services)
    qtbot.addWidget(role)
    box = role.workplace_box
    assert [box.itemText(i) for i in range(1, box.count())] == expected


def test_participants_and_groups_in_the_attendance_tab_are_in_swedish_order(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    factory.seminar(cohort, 1, date(2026, 9, 10))
    for name in NAMES:
        factory.enrollment(cohort, factory.person("Eva", name))
        services.groups.create(cohort, GroupInput(f"{name}gruppen"))
    factory.enrollment(cohort, factory.person("Anders", "Ädel"))
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_cohort(services, cohort)
    groups = [tab.group.itemText(i) for i in range(1, tab.group.count())]
    assert groups == [f"{name}gruppen" for name in SWEDISH]

    matrix = services.attendance.matrix(cohort)
    dialog = ApologyDialog(matrix.rows, matrix.seminars, lambda *_: None)
    qtbot.addWidget(dialog)
    shown = [dialog.participant.itemText(i) for i in range(dialog.participant.count())]
    assert shown == [
        "Eva Aalto",
        "Eva Zetterlund",
        "Eva Åberg",
        "Anders Ädel",
        "Eva Ädel",
        "Eva Öst",
    ]
