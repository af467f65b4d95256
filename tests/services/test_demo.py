"""The example programme loads once, completely, and refuses politely the second time."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from seminarkoll.data.models import Attendance, Enrollment, Person, ThemeArea
from seminarkoll.domain.calendar import SchoolYear, term_of
from seminarkoll.domain.errors import ConflictError, NotFoundError
from seminarkoll.domain.examples import EXAMPLES
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


def test_the_leda_example_has_140_managers_in_12_learning_groups(services: Services) -> None:
    started = time.perf_counter()
    result = services.demo.load_example("leda-for-skolutveckling")
    seconds = time.perf_counter() - started
    assert (result.participants, result.seminars) == (140, 12)
    groups = services.groups.groups(result.cohort_id)
    assert {g.name for g in groups} == {f"Lärgrupp {n}" for n in range(1, 13)}
    assert all(g.leader_name for g in groups)
    assert sorted(len(g.members) for g in groups) == [11] * 4 + [12] * 8
    assert len({m.enrollment_id for g in groups for m in g.members}) == 140
    seminars = services.catalog.cohort_overview(result.cohort_id).seminars
    assert (seminars[-1].date - seminars[0].date).days > 2 * 365
    assert len({term_of(s.date) for s in seminars}) == 6
    held = [s for s in seminars if s.held]
    assert {SchoolYear.from_date(s.date) for s in held} == {SchoolYear(2025)}
    assert all(s.signed_off_at is not None for s in held)
    assert seconds < 10  # a few seconds at most on a loaded machine (about 1 s alone)


def test_examples_are_named_and_an_unknown_one_is_refused(services: Services) -> None:
    assert [e.key for e in EXAMPLES] == ["ledare-pa-lut", "leda-for-skolutveckling", "chefsprogram"]
    with pytest.raises(NotFoundError, match="ledare-pa-lut, leda-for-skolutveckling, chefsprogram"):
        services.demo.load_example("mentorer")
    assert services.demo.load_example(" Ledare-pa-lut ").seminars == 7
    services.demo.load_example("leda-for-skolutveckling")
    with pytest.raises(ConflictError, match="Leda för skolutveckling"):
        services.demo.load_example("leda-for-skolutveckling")
    assert len(services.catalog.programmes()) == 2
