"""Services list groups and lecturers in Swedish order (the domain's key), not SQLite's byte
order nor casefold's (which put Ädel before Åberg)."""

from __future__ import annotations

from datetime import date

from seminarkoll.domain.enums import GroupKind
from seminarkoll.services.container import Services
from seminarkoll.services.groups import GroupInput
from tests.factories import Factory

NAMES = ["Öst", "Ädel", "Zetterlund", "Åberg", "Aalto"]
SWEDISH = ["Aalto", "Zetterlund", "Åberg", "Ädel", "Öst"]


def test_groups_of_a_cohort_and_of_a_participant_are_in_swedish_order(
    services: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2026, 9, 10))
    person = factory.person("Maja", "Berg")
    enrolment = factory.enrollment(cohort, person)
    kinds = {
        "Ädel": GroupKind.LEARNING_TEAM,
        "Åberg": GroupKind.MENTOR_GROUP,
        "Öst": GroupKind.DISCUSSION_GROUP,
    }
    for name in NAMES:
        group = services.groups.create(
            cohort, GroupInput(name, kinds.get(name, GroupKind.LEARNING_TEAM))
        )
        if name in kinds:
            services.groups.add_members(group, [enrolment])
    mine = ["Åberg", "Ädel", "Öst"]

    assert [g.name for g in services.groups.groups(cohort)] == SWEDISH
    (row,) = services.enrollment.roster(cohort)
    assert [g.name for g in row.groups] == mine
    assert list(services.participants.card(person).enrolments[0].groups) == mine
    (sheet_row,) = services.attendance.sheet(seminar).rows
    assert list(sheet_row.groups) == mine


def test_lecturers_are_listed_in_swedish_order(services: Services, factory: Factory) -> None:
    for last in NAMES:
        factory.person(first_name="Eva", last_name=last, is_lecturer=True)
    factory.person(first_name="Anders", last_name="Ädel", is_lecturer=True)
    found = [(lecturer.last_name, lecturer.first_name) for lecturer in services.lecturers.search()]
    assert found == [
        ("Aalto", "Eva"),
        ("Zetterlund", "Eva"),
        ("Åberg", "Eva"),
        ("Ädel", "Anders"),
        ("Ädel", "Eva"),
        ("Öst", "Eva"),
    ]
