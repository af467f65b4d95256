"""Terms (HT/VT) and cohorts that run over several school years: labels, template, moving."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.calendar import (
    MAX_COHORT_SCHOOL_YEARS,
    SchoolYear,
    Term,
    school_breaks,
    school_years_between,
    school_years_label,
    term_labels,
    term_of,
)
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.planning import shift_plan
from seminarkoll.domain.schedule import is_free_day, template_dates, validate_cohort


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2025, 8, 20), "HT 2025"),
        (date(2025, 12, 31), "HT 2025"),
        (date(2026, 1, 1), "VT 2026"),
        (date(2026, 6, 30), "VT 2026"),
        (date(2026, 7, 1), "HT 2026"),
    ],
)
def test_term_of_a_date(day: date, label: str) -> None:
    assert term_of(day).label == label
    assert str(term_of(day)) == label


def test_terms_order_by_time_and_know_their_school_year() -> None:
    terms = sorted({term_of(date(y, m, 1)) for y in (2025, 2026) for m in (2, 9)})
    assert [t.label for t in terms] == ["VT 2025", "HT 2025", "VT 2026", "HT 2026"]
    assert Term(2025, True).school_year == Term(2026, False).school_year == SchoolYear(2025)


def test_term_labels_only_when_dates_span_school_years() -> None:
    one_year = [date(2025, 9, 10), date(2026, 3, 4)]
    assert term_labels(one_year) == ["", ""]
    assert term_labels([*one_year, date(2026, 9, 9)]) == ["HT 2025", "VT 2026", "HT 2026"]
    assert term_labels([]) == []


def test_school_years_between() -> None:
    assert school_years_between(date(2025, 8, 1), date(2028, 6, 1)) == [
        SchoolYear(2025),
        SchoolYear(2026),
        SchoolYear(2027),
    ]


def test_school_years_label() -> None:
    assert school_years_label(date(2025, 8, 15), date(2026, 6, 12)) == "2025/2026"
    assert school_years_label(date(2025, 8, 15), date(2028, 6, 9)) == "2025/2026–2027/2028"


def test_a_cohort_may_span_up_to_four_school_years() -> None:
    year = validate_cohort("Leda", "2025/2026", date(2025, 8, 15), date(2029, 6, 30), 10, 12)
    assert year == SchoolYear(2025)
    assert MAX_COHORT_SCHOOL_YEARS == 4
    with pytest.raises(ValidationError) as caught:
        validate_cohort("Leda", "2025/2026", date(2025, 8, 15), date(2029, 7, 1), 10, 12)
    assert caught.value.problems == (
        FieldProblem(
            "end", "Slutdatumet måste ligga inom 4 läsår från 2025/2026, 1 juli 2025–30 juni 2029."
        ),
    )


def test_template_over_three_school_years_plans_every_term_and_avoids_breaks() -> None:
    dates = template_dates(SchoolYear(2025), 2, count=15, years=3)
    assert dates == sorted(dates)
    assert len(set(dates)) == 15
    per_term: dict[str, int] = {}
    for day in dates:
        per_term[term_of(day).label] = per_term.get(term_of(day).label, 0) + 1
    assert per_term == {
        "HT 2025": 3,
        "VT 2026": 3,
        "HT 2026": 3,
        "VT 2027": 2,
        "HT 2027": 2,
        "VT 2028": 2,
    }
    assert all(day.weekday() == 2 and is_free_day(day) for day in dates)
    for day in dates:
        year = SchoolYear.from_date(day)
        assert not any(day in b for b in school_breaks(year)), day


def test_template_refuses_more_than_four_school_years() -> None:
    with pytest.raises(ValidationError) as caught:
        template_dates(SchoolYear(2025), 2, count=12, years=5)
    assert caught.value.problems[0].field == "end"


def test_moving_a_three_year_plan_keeps_every_date_free_in_its_own_year() -> None:
    dates = template_dates(SchoolYear(2025), 1, count=12, years=3)
    moved = shift_plan(dates, SchoolYear(2025), SchoolYear(2028))
    assert len(set(moved)) == 12
    assert [term_of(d).label for d in moved] == [
        term_of(date(d.year + 3, d.month, 1)).label for d in dates
    ]
    assert all(is_free_day(day) for day in moved)
