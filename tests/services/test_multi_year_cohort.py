"""A cohort over three school years: planned per term from the template, copied forward whole."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.calendar import SchoolYear, term_of
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.schedule import is_free_day
from seminarkoll.services.container import Services
from seminarkoll.services.planning import CohortInput, CopyStart, ProgrammeInput, TemplateStart

WEDNESDAY = 2


@pytest.fixture
def programme(services: Services) -> int:
    return services.planning.create_programme(ProgrammeInput("Leda för skolutveckling"))


def three_years(programme: int, **changes: object) -> CohortInput:
    values: dict[str, object] = {
        "programme_id": programme,
        "name": "Omgång 1",
        "school_year": "2025/2026",
        "start_date": date(2025, 8, 15),
        "end_date": date(2028, 6, 9),
        "min_attended": 10,
    }
    values.update(changes)
    return CohortInput(**values)  # type: ignore[arg-type]


def test_a_three_year_cohort_from_the_template_has_seminars_each_term(
    services: Services, programme: int
) -> None:
    start = TemplateStart(WEDNESDAY, count=12)
    preview = services.planning.preview_start(
        programme, "2025/2026", start, end_date=date(2028, 6, 9)
    )
    created = services.planning.create_cohort(three_years(programme), start)
    rows = services.catalog.cohort_overview(created.cohort_id).seminars
    assert [r.date for r in rows] == [p.date for p in preview]
    assert created.warnings == ()
    assert [term_of(r.date).label for r in rows] == [
        label
        for label in ("HT 2025", "VT 2026", "HT 2026", "VT 2027", "HT 2027", "VT 2028")
        for _ in range(2)
    ]
    assert all(is_free_day(r.date) for r in rows)
    assert services.planning.cohort(created.cohort_id).end_date == date(2028, 6, 9)


def test_copying_a_three_year_cohort_forward_keeps_its_span(
    services: Services, programme: int
) -> None:
    first = services.planning.create_cohort(
        three_years(programme), TemplateStart(WEDNESDAY, count=12)
    ).cohort_id
    defaults = services.planning.cohort_defaults(programme)
    assert (defaults.school_year, defaults.start_date, defaults.end_date) == (
        "2026/2027",
        SchoolYear(2026).start,
        SchoolYear(2028).end,
    )
    second = services.planning.create_cohort(
        three_years(
            programme,
            name=defaults.name,
            school_year=defaults.school_year,
            start_date=defaults.start_date,
            end_date=defaults.end_date,
        ),
        CopyStart(first),
    )
    old = services.catalog.cohort_overview(first).seminars
    new = services.catalog.cohort_overview(second.cohort_id).seminars
    assert len(new) == 12
    assert [term_of(s.date) for s in new] == [
        type(term_of(s.date))(term_of(s.date).year + 1, term_of(s.date).autumn) for s in old
    ]
    assert all(is_free_day(s.date) for s in new)


def test_an_end_beyond_four_school_years_is_refused(services: Services, programme: int) -> None:
    with pytest.raises(ValidationError) as caught:
        services.planning.create_cohort(
            three_years(programme, end_date=date(2029, 8, 1)), TemplateStart(WEDNESDAY, count=12)
        )
    assert [p.field for p in caught.value.problems] == ["end"]
    assert "4 läsår" in caught.value.problems[0].message
    assert services.catalog.programmes()[0].cohorts == ()
