"""The example programme loads once, completely, and refuses politely the second time."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from seminarkoll.data.models import Attendance, Enrollment, Person, ThemeArea
from seminarkoll.domain.errors import ConflictError
from seminarkoll.services.container import Services


def _counts(services: Services) -> tuple[int, ...]:
    with services.database.transaction() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (ThemeArea, Person, Enrollment, Attendance)
        )


def test_demo_creates_the_example(services: Services) -> None:
    result = services.demo.load()
    assert result.seminars == 7
    assert 18 <= result.participants <= 22
    themes, persons, enrollments, marks = _counts(services)
    assert themes == 4
    assert enrollments == result.participants + 9
    assert persons > enrollments
    assert marks > 0
    cohorts = services.catalog.programmes()[0].cohorts
    assert [(c.name, c.id) for c in cohorts] == [("Omgång 3", 1), ("Omgång 2", 3), ("Omgång 1", 2)]


def test_earlier_cohorts_are_finished_and_their_alumni_lead(services: Services) -> None:
    services.demo.load()
    programme = services.catalog.programmes()[0]
    report = services.alumni.pipeline(programme.id)
    first, second, running = report.cohorts
    assert (first.cohort_name, first.alumni, first.ever_in_role) == ("Omgång 1", 4, 3)
    assert (second.cohort_name, second.alumni, second.ever_in_role) == ("Omgång 2", 3, 2)
    assert running.alumni == 0
    roles = {p.first_role.split(",")[0] for c in report.cohorts for p in c.people if p.first_role}
    assert {"Rektor", "Förskolechef"} <= roles


def test_running_cohort_alone(services: Services) -> None:
    result = services.demo.load(earlier_cohorts=False)
    assert [c.name for c in services.catalog.programmes()[0].cohorts] == ["Omgång 3"]
    assert _counts(services)[2] == result.participants


def test_demo_twice_changes_nothing(services: Services) -> None:
    services.demo.load()
    before = _counts(services)
    with pytest.raises(ConflictError, match="finns redan"):
        services.demo.load()
    assert _counts(services) == before
