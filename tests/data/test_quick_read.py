"""The start-up read path (stdlib sqlite3) gives exactly what CatalogService gives."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from seminarkoll.data import quick_read
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from tests.factories import Factory

pytestmark = pytest.mark.sqlite_file


def test_same_as_the_service_on_the_example(demo: Services, db_location: DatabaseLocation) -> None:
    assert db_location.path is not None
    assert quick_read.programmes(db_location.path) == demo.catalog.programmes()
    cohort_id = demo.catalog.programmes()[0].cohorts[0].id
    fast = quick_read.cohort_overview(db_location.path, cohort_id)
    assert fast == demo.catalog.cohort_overview(cohort_id)


def test_same_as_the_service_on_edge_cases(
    services: Services, factory: Factory, db_location: DatabaseLocation
) -> None:
    assert db_location.path is not None
    programme = factory.programme("Ärla")
    factory.programme("Zlatan")
    cohort = factory.cohort(programme)
    factory.cohort(programme, start_date=date(2024, 8, 19), end_date=date(2025, 1, 1))
    seminar = factory.seminar(cohort, 1, date(2024, 9, 12), start_time=None, end_time=None)
    factory.seminar(cohort, 2, date(2024, 10, 10), location="")
    factory.attendance(seminar, factory.enrollment(cohort), AttendanceStatus.EXCUSED)
    with services.database.transaction() as session:
        from seminarkoll.data.models import Seminar

        row = session.get(Seminar, seminar)
        assert row is not None
        row.signed_off_at = datetime(2024, 9, 12, 15, 30, tzinfo=UTC)
    assert quick_read.programmes(db_location.path) == services.catalog.programmes()
    assert quick_read.cohort_overview(db_location.path, cohort) == (
        services.catalog.cohort_overview(cohort)
    )


def test_missing_cohort_is_none(db_location: DatabaseLocation) -> None:
    assert db_location.path is not None
    assert quick_read.cohort_overview(db_location.path, 99) is None


def test_matrix_rows_build_the_services_matrix(
    services: Services, factory: Factory, db_location: DatabaseLocation
) -> None:
    """`seminarkoll status` builds the matrix from these rows: exactly the service's, with
    group meetings that count, a minimum per school year, make-ups, notes, a one-day visit
    and thinned cohorts."""
    from seminarkoll.data.models import Cohort, Programme
    from seminarkoll.domain.attendance import ChangeSource
    from seminarkoll.domain.completion import CellState
    from seminarkoll.services.attendance import MarkChange
    from seminarkoll.services.attendance_matrix import build_matrix

    assert db_location.path is not None
    services.demo.load()
    leda = services.demo.load_example("leda-for-skolutveckling").cohort_id
    running = services.catalog.programmes()
    with services.database.transaction() as session:
        cohort = session.get(Cohort, leda)
        assert cohort is not None
        programme = session.get(Programme, cohort.programme_id)
        assert programme is not None
        programme.meetings_count = True
        programme.min_per_school_year = 2
        cohort.allow_makeup = True
    matrix = services.attendance.matrix(leda)
    missed = next(
        (row.enrollment_id, seminar.id)
        for row in matrix.rows
        for seminar, cell in zip(matrix.seminars, row.cells, strict=True)
        if cell == CellState.ABSENT
    )
    services.attendance.record_makeup(*missed, "Reflektion")
    cohorts = [c.id for p in running for c in p.cohorts] + [leda]
    open_cohort, open_seminar = next(
        (c, s.id) for c in cohorts for s in services.attendance.seminars(c) if not s.signed_off
    )
    noted = services.attendance.matrix(open_cohort).rows[0].enrollment_id
    services.attendance.apply(
        [MarkChange(noted, open_seminar, AttendanceStatus.LATE, "Kom efter pausen")],
        source=ChangeSource.MATRIX,
    )
    services.attendance.add_walk_in(open_seminar, factory.person(), join_cohort=False)
    services.thinning.thin(date(2018, 1, 1), backup=False)
    assert len(cohorts) > 3
    for cohort_id in cohorts:
        source = quick_read.matrix_source(db_location.path, cohort_id)
        assert source is not None
        assert build_matrix(source) == services.attendance.matrix(cohort_id)
    assert quick_read.matrix_source(db_location.path, 999) is None
