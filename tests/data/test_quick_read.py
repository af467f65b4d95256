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
