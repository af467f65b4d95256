"""A programme's number of seminars per school year, on a real database file: a cohort over two
school years, where the matrix and the participant card follow the setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.enums import AttendanceStatus, CompletionState
from seminarkoll.domain.errors import ValidationError
from seminarkoll.services.container import Services
from tests.factories import Factory

DATES = (
    date(2024, 9, 5),
    date(2024, 11, 7),
    date(2025, 2, 6),
    date(2025, 9, 4),
    date(2025, 11, 6),
    date(2026, 2, 5),
)
MARKS = {"every year": "PPAPPA", "short in year 2": "PPPPAA"}


def _cohort(factory: Factory) -> tuple[int, int, dict[str, tuple[int, int]]]:
    """(programme, cohort, {who: (person, enrolment)}): six signed-off seminars over two school
    years, four required in all."""
    programme = factory.programme("Leda för skolutveckling")
    start, end = date(2024, 8, 19), date(2026, 6, 12)
    cohort = factory.cohort(
        programme,
        school_year=school_years_label(start, start),  # the column holds the first (9 characters)
        start_date=start,
        end_date=end,
        min_attended=4,
    )
    seminars = [
        factory.seminar(cohort, n, day, signed_off_at=datetime(2026, 3, 1, tzinfo=UTC))
        for n, day in enumerate(DATES, start=1)
    ]
    people = {}
    for who, marks in MARKS.items():
        person = factory.person(who.split()[0].title(), who.replace(" ", ""))
        enrolment = factory.enrollment(cohort, person)
        for seminar, mark in zip(seminars, marks, strict=True):
            status = AttendanceStatus.PRESENT if mark == "P" else AttendanceStatus.ABSENT
            factory.attendance(seminar, enrolment, status)
        people[who] = (person, enrolment)
    return programme, cohort, people


def _set(services: Services, programme: int, value: int | None) -> None:
    details = services.planning.programme(programme)
    services.planning.update_programme(
        programme, replace(details.as_input(), min_per_school_year=value)
    )


def test_the_matrix_and_the_card_follow_the_number_per_school_year(
    services: Services, factory: Factory
) -> None:
    programme, cohort, people = _cohort(factory)

    def verdicts() -> dict[int, tuple[CompletionState, str]]:
        return {
            r.enrollment_id: (r.result.state, r.result.reason)
            for r in services.attendance.matrix(cohort).rows
        }

    before = verdicts()
    assert {state for state, _ in before.values()} == {CompletionState.COMPLETED}

    _set(services, programme, 2)
    assert services.planning.programme(programme).min_per_school_year == 2
    assert services.attendance.rules(cohort).min_per_school_year == 2
    after = verdicts()
    good, short = people["every year"][1], people["short in year 2"][1]
    assert after[good] == before[good]
    assert after[short][0] is CompletionState.CANNOT_COMPLETE
    assert "1 av 2 seminarier läsåret 2025/2026" in after[short][1]
    person = people["short in year 2"][0]
    card = next(e for e in services.participants.card(person).enrolments if e.cohort_id == cohort)
    assert card.result.state is CompletionState.CANNOT_COMPLETE
    assert card.result.reason == after[short][1]

    _set(services, programme, 0)
    assert services.planning.programme(programme).min_per_school_year is None
    assert verdicts() == before


def test_a_negative_number_per_school_year_changes_nothing(
    services: Services, factory: Factory
) -> None:
    programme, _, _ = _cohort(factory)
    with pytest.raises(ValidationError) as caught:
        _set(services, programme, -1)
    assert caught.value.problems[0].field == "min_per_school_year"
    assert services.planning.programme(programme).min_per_school_year is None
