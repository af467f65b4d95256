"""CatalogService: programmes with cohorts and a cohort's schedule, as plain data."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.services.container import Services
from tests.factories import Factory


def test_empty_database_has_no_programmes(services: Services) -> None:
    assert services.catalog.programmes() == ()


def test_programmes_list_cohorts_newest_first_with_enrolled_counts(
    services: Services, factory: Factory
) -> None:
    programme = factory.programme("Ledare på lut")
    old = factory.cohort(
        programme,
        name="Omgång 1",
        school_year="2023/2024",
        start_date=date(2023, 8, 21),
        end_date=date(2024, 6, 7),
    )
    new = factory.cohort(programme, name="Omgång 2")
    factory.enrollment(new)
    factory.enrollment(new)
    factory.enrollment(new, status=EnrollmentStatus.APPLIED)
    (summary,) = services.catalog.programmes()
    assert [c.id for c in summary.cohorts] == [new, old]
    assert [c.enrolled_count for c in summary.cohorts] == [2, 0]


def test_overview_counts_present_and_late_as_attended(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 12))
    factory.seminar(cohort, 2, date(2024, 10, 10))
    marks = [AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT]
    for status in marks:
        factory.attendance(seminar, factory.enrollment(cohort), status)
    overview = services.catalog.cohort_overview(cohort)
    first, second = overview.seminars
    assert (first.held, first.totals.attended, first.totals.expected) == (True, 2, 3)
    assert (second.held, second.totals.attended, second.totals.expected) == (False, 0, 3)
    assert overview.cohort.enrolled_count == 3


def test_demo_overview(demo: Services) -> None:
    (programme,) = demo.catalog.programmes()
    overview = demo.catalog.cohort_overview(programme.cohorts[0].id)
    assert overview.programme_name == "Ledare på lut"
    assert overview.cohort.school_year == "2016/2017"
    assert [s.number for s in overview.seminars] == [1, 2, 3, 4, 5, 6, 7]
    themes = [s.theme_name for s in overview.seminars]
    assert themes[:4] == ["Skolledarskapet sett ur olika perspektiv"] * 4
    assert themes[4:] == ["Det pedagogiska ledarskapet", "Skolutveckling", "Framgångsfaktorer"]
    assert all(s.date.month >= 8 for s in overview.seminars[:4])
    assert all(s.date.year == 2017 for s in overview.seminars[4:])
    assert any("Förvaltningschef" in name for name in overview.seminars[0].lecturers)
    assert [s.held for s in overview.seminars] == [True] * 4 + [False] * 3
    assert [s.totals.expected for s in overview.seminars] == [20, 21, 20, 20, 20, 20, 20]
    assert overview.seminars[0].totals.attended == 19
    assert (overview.cohort.enrolled_count, overview.cohort.withdrawn_count) == (21, 1)


def test_missing_cohort_is_reported(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.catalog.cohort_overview(12345)
