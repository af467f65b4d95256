"""Tests for seminar schedule rules: template dates, shifting, numbering and validation."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.data.models import Seminar, SeminarLecturer
from seminarkoll.domain.calendar import (
    DateRange,
    SchoolBreak,
    SchoolYear,
    holiday_eve_name,
    is_day_off,
    iso_week,
    school_breaks,
)
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.schedule import (
    SEMINAR_TEXT_LIMIT,
    default_autumn_count,
    planning_windows,
    renumber,
    seminar_length_problems,
    shift_to_school_year,
    template_dates,
    validate_cohort,
    validate_seminar,
)

SCHOOL_YEARS = [SchoolYear(y) for y in (2016, *range(2024, 2031))]
WEEKDAYS = range(5)


def assert_sound_plan(
    school_year: SchoolYear,
    weekday: int,
    dates: list[date],
    autumn_count: int,
    spring_count: int,
    sportlov_week: int = 9,
) -> None:
    """The invariants every template plan must meet."""
    autumn_window, spring_window = planning_windows(school_year)
    breaks = school_breaks(school_year, sportlov_week)
    assert len(dates) == autumn_count + spring_count
    assert all(a < b for a, b in itertools.pairwise(dates))
    assert sum(d in autumn_window for d in dates) == autumn_count
    assert sum(d in spring_window for d in dates) == spring_count
    for day in dates:
        assert day.weekday() == weekday
        assert is_day_off(day, breaks) is None, day
        assert holiday_eve_name(day) is None, day


def test_planning_windows_leave_the_margins_out() -> None:
    assert planning_windows(SchoolYear(2024)) == (
        DateRange(date(2024, 8, 22), date(2024, 12, 13)),
        DateRange(date(2025, 1, 15), date(2025, 5, 30)),
    )


@pytest.mark.parametrize("school_year", SCHOOL_YEARS, ids=str)
@pytest.mark.parametrize("weekday", WEEKDAYS)
def test_default_template_is_four_autumn_three_spring(
    school_year: SchoolYear, weekday: int
) -> None:
    dates = template_dates(school_year, weekday)
    assert_sound_plan(school_year, weekday, dates, 4, 3)


@pytest.mark.parametrize("school_year", SCHOOL_YEARS, ids=str)
@pytest.mark.parametrize("weekday", WEEKDAYS)
def test_default_template_is_spread_out(school_year: SchoolYear, weekday: int) -> None:
    dates = template_dates(school_year, weekday)
    autumn_gaps = [(b - a).days // 7 for a, b in itertools.pairwise(dates[:4])]
    spring_gaps = [(b - a).days // 7 for a, b in itertools.pairwise(dates[4:])]
    assert all(3 <= gap <= 5 for gap in autumn_gaps), autumn_gaps
    assert all(5 <= gap <= 8 for gap in spring_gaps), spring_gaps


def test_template_2024_2025_wednesdays() -> None:
    assert template_dates(SchoolYear(2024), 2) == [
        date(2024, 9, 4),
        date(2024, 10, 2),
        date(2024, 11, 6),
        date(2024, 11, 27),
        date(2025, 2, 5),
        date(2025, 3, 26),
        date(2025, 5, 7),
    ]


def test_template_steps_around_hostlov_and_eves() -> None:
    # Thursday 31 Oct 2024 is in höstlov and Thursday 17 Apr 2025 is Skärtorsdagen.
    dates = template_dates(SchoolYear(2024), 3, count=10)
    assert date(2024, 10, 31) not in dates
    assert date(2025, 4, 17) not in dates
    assert_sound_plan(SchoolYear(2024), 3, dates, 5, 5)


@pytest.mark.parametrize(
    ("count", "autumn_count", "expected_autumn"),
    [(1, None, 1), (5, None, 3), (7, None, 4), (10, None, 5), (7, 3, 3), (5, 0, 0), (5, 5, 5)],
)
@pytest.mark.parametrize("school_year", [SchoolYear(2016), SchoolYear(2027)], ids=str)
def test_template_other_counts(
    school_year: SchoolYear, count: int, autumn_count: int | None, expected_autumn: int
) -> None:
    dates = template_dates(school_year, 1, count=count, autumn_count=autumn_count)
    assert_sound_plan(school_year, 1, dates, expected_autumn, count - expected_autumn)


@pytest.mark.parametrize(("count", "autumn"), [(1, 1), (2, 1), (7, 4), (10, 5), (11, 6)])
def test_default_autumn_count_is_half_rounded_up(count: int, autumn: int) -> None:
    assert default_autumn_count(count) == autumn


@pytest.mark.parametrize("sportlov_week", [7, 8, 10])
def test_template_avoids_the_chosen_sportlov_week(sportlov_week: int) -> None:
    dates = template_dates(SchoolYear(2025), 0, count=12, sportlov_week=sportlov_week)
    assert all(iso_week(d) != sportlov_week for d in dates if d.year == 2026)
    assert_sound_plan(SchoolYear(2025), 0, dates, 6, 6, sportlov_week)


@given(
    st.integers(min_value=1950, max_value=2200),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=1, max_value=12),
    st.sampled_from([7, 8, 9, 10]),
)
@settings(max_examples=60)
def test_template_invariants_hold_for_any_year(
    first_year: int, weekday: int, count: int, sportlov_week: int
) -> None:
    school_year = SchoolYear(first_year)
    dates = template_dates(school_year, weekday, count=count, sportlov_week=sportlov_week)
    autumn = default_autumn_count(count)
    assert_sound_plan(school_year, weekday, dates, autumn, count - autumn, sportlov_week)


@pytest.mark.parametrize(
    ("kwargs", "problems"),
    [
        ({"weekday": 5}, [("weekday", "Välj en veckodag mellan måndag och fredag.")]),
        ({"weekday": -1}, [("weekday", "Välj en veckodag mellan måndag och fredag.")]),
        ({"count": 0}, [("count", "Antalet seminarier måste vara mellan 1 och 50.")]),
        ({"count": 51}, [("count", "Antalet seminarier måste vara mellan 1 och 50.")]),
        (
            {"count": 7, "autumn_count": 8},
            [("autumn_count", "Antalet seminarier på hösten måste vara mellan 0 och 7.")],
        ),
        (
            {"count": 7, "autumn_count": -1},
            [("autumn_count", "Antalet seminarier på hösten måste vara mellan 0 och 7.")],
        ),
        (
            {"weekday": 6, "count": 0},
            [
                ("weekday", "Välj en veckodag mellan måndag och fredag."),
                ("count", "Antalet seminarier måste vara mellan 1 och 50."),
            ],
        ),
        (
            {"count": 30, "autumn_count": 30},
            [("autumn_count", "Höstterminen har bara 15 lediga måndagar för seminarier.")],
        ),
        (
            {"count": 30, "autumn_count": 5},
            [("count", "Vårterminen har bara 17 lediga måndagar för seminarier.")],
        ),
    ],
)
def test_template_rejects_bad_arguments(
    kwargs: dict[str, int], problems: list[tuple[str, str]]
) -> None:
    arguments = {"weekday": 0, **kwargs}
    with pytest.raises(ValidationError) as caught:
        template_dates(SchoolYear(2024), **arguments)
    assert caught.value.problems == tuple(FieldProblem(*p) for p in problems)


@pytest.mark.parametrize(
    ("day", "source", "target", "expected"),
    [
        # Plain moves keep ISO week and weekday.
        (date(2024, 9, 5), 2024, 2025, date(2025, 9, 4)),
        (date(2025, 3, 26), 2024, 2025, date(2026, 3, 25)),
        (date(2025, 9, 4), 2025, 2024, date(2024, 9, 5)),
        (date(2024, 9, 5), 2024, 2030, date(2030, 9, 5)),
        (date(2016, 9, 6), 2016, 2024, date(2024, 9, 3)),
        (date(2023, 10, 26), 2023, 2024, date(2024, 10, 24)),
        # Week 44 is höstlov every year: the earlier week wins.
        (date(2023, 11, 2), 2023, 2024, date(2024, 10, 24)),
        # Lands on Kristi himmelsfärdsdag 2026-05-14: one week earlier.
        (date(2025, 5, 15), 2024, 2025, date(2026, 5, 7)),
        # Lands on Skärtorsdagen 2026-04-02 (an eve): week 13 -> week 12.
        (date(2025, 4, 3), 2024, 2025, date(2026, 3, 26)),
        # Lands in sportlov week 9 of 2026: week 8.
        (date(2025, 2, 27), 2024, 2025, date(2026, 2, 19)),
        # Week 53 of 2026 becomes week 52 of 2027 (jullov); nearest free Thursday is 16 Dec.
        (date(2026, 12, 31), 2026, 2027, date(2027, 12, 16)),
        # Week 53 of 2020 (Friday 1 Jan 2021) -> week 52 of 2021 -> free Friday 17 Dec 2021.
        (date(2021, 1, 1), 2020, 2021, date(2021, 12, 17)),
    ],
)
def test_shift_to_school_year(day: date, source: int, target: int, expected: date) -> None:
    assert shift_to_school_year(day, SchoolYear(source), SchoolYear(target)) == expected


def test_shift_uses_the_targets_sportlov_week() -> None:
    # Week 8 of 2026 is free with sportlov in week 9, but not with sportlov in week 8.
    source, target = SchoolYear(2024), SchoolYear(2025)
    assert shift_to_school_year(date(2025, 2, 20), source, target) == date(2026, 2, 19)
    assert shift_to_school_year(date(2025, 2, 20), source, target, 8) == date(2026, 2, 12)


@given(
    st.integers(min_value=2000, max_value=2100),
    st.integers(min_value=-5, max_value=5),
    st.integers(min_value=0, max_value=364),
)
@settings(max_examples=100)
def test_shift_keeps_weekday_and_lands_on_a_free_day_nearby(
    source_year: int, years: int, offset: int
) -> None:
    source, target = SchoolYear(source_year), SchoolYear(source_year + years)
    day = source.span.start + timedelta(days=offset)
    shifted = shift_to_school_year(day, source, target)
    assert shifted.weekday() == day.weekday()
    assert is_day_off(shifted, school_breaks(target)) is None
    assert holiday_eve_name(shifted) is None
    naive_week = min(day.isocalendar().week, 52)
    assert abs(iso_week(shifted) - naive_week) <= 3 or abs(iso_week(shifted) - naive_week) >= 49


JULLOV_WARNING = "Datumet ligger under ett skollov (Jullov, 23 december 2024–7 januari 2025)."


def check_seminar(
    *,
    title: str = "Att leda i förändring",
    seminar_date: date = date(2025, 3, 5),
    start_time: time = time(13, 0),
    end_time: time = time(16, 0),
    cohort_start: date = date(2024, 8, 15),
    cohort_end: date = date(2025, 6, 13),
    other_dates: tuple[date, ...] = (date(2024, 9, 4), date(2025, 2, 5)),
    breaks: list[SchoolBreak] | None = None,
) -> list[str]:
    """Validate a seminar that is fine unless a test changes it."""
    return validate_seminar(
        title=title,
        seminar_date=seminar_date,
        start_time=start_time,
        end_time=end_time,
        cohort_start=cohort_start,
        cohort_end=cohort_end,
        other_dates=other_dates,
        breaks=breaks,
    )


def test_valid_seminar_has_no_warnings() -> None:
    assert check_seminar() == []


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"title": ""}, [("title", "Ange en titel.")]),
        ({"title": "   "}, [("title", "Ange en titel.")]),
        ({"end_time": time(13, 0)}, [("end_time", "Sluttiden måste vara efter starttiden.")]),
        ({"end_time": time(9, 0)}, [("end_time", "Sluttiden måste vara efter starttiden.")]),
        (
            {"seminar_date": date(2024, 8, 14)},
            [("date", "Datumet måste ligga inom omgångens tid, 15 augusti 2024–13 juni 2025.")],
        ),
        (
            {"seminar_date": date(2025, 6, 16)},
            [("date", "Datumet måste ligga inom omgångens tid, 15 augusti 2024–13 juni 2025.")],
        ),
        (
            {"seminar_date": date(2025, 2, 5)},
            [("date", "Omgången har redan ett seminarium 5 februari 2025. Välj en annan dag.")],
        ),
        (
            {
                "title": "",
                "end_time": time(12, 0),
                "seminar_date": date(2025, 2, 5),
                "cohort_end": date(2025, 1, 31),
            },
            [
                ("title", "Ange en titel."),
                ("end_time", "Sluttiden måste vara efter starttiden."),
                (
                    "date",
                    "Datumet måste ligga inom omgångens tid, 15 augusti 2024–31 januari 2025.",
                ),
            ],
        ),
    ],
)
def test_seminar_problems(changes: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_seminar(**changes)
    assert caught.value.problems == tuple(FieldProblem(*p) for p in problems)


def test_seminar_range_ends_are_allowed() -> None:
    for day in (date(2024, 8, 15), date(2025, 6, 13)):
        assert check_seminar(seminar_date=day) == []


@pytest.mark.parametrize(
    ("day", "warnings"),
    [
        (date(2025, 3, 8), ["Datumet är en lördag."]),
        (date(2025, 3, 9), ["Datumet är en söndag."]),
        (date(2025, 4, 18), ["Datumet är en helgdag (Långfredagen)."]),
        (date(2025, 6, 6), ["Datumet är en helgdag (Sveriges nationaldag)."]),
        (
            date(2024, 12, 24),
            [
                "Datumet är en ledig dag för de flesta (Julafton).",
                JULLOV_WARNING,
            ],
        ),
        (date(2024, 12, 27), [JULLOV_WARNING]),
        (
            date(2025, 4, 17),
            ["Datumet är en helgdagsafton då många slutar tidigt (Skärtorsdagen)."],
        ),
        (
            date(2024, 10, 29),
            ["Datumet ligger under ett skollov (Höstlov, 28 oktober 2024–1 november 2024)."],
        ),
        (
            date(2025, 4, 21),
            [
                "Datumet är en helgdag (Annandag påsk).",
                "Datumet ligger under ett skollov (Påsklov, 21 april 2025–25 april 2025).",
            ],
        ),
        (date(2024, 11, 2), ["Datumet är en lördag.", "Datumet är en helgdag (Alla helgons dag)."]),
        (
            date(2025, 6, 7),
            [
                "Datumet är en lördag.",
                "Datumet är en helgdagsafton då många slutar tidigt (Pingstafton).",
            ],
        ),
    ],
)
def test_seminar_warnings(day: date, warnings: list[str]) -> None:
    assert check_seminar(seminar_date=day) == warnings


def test_seminar_breaks_can_be_given() -> None:
    studiedag = SchoolBreak("Studiedag", date(2025, 3, 5), date(2025, 3, 5))
    assert check_seminar(breaks=[studiedag]) == [
        "Datumet ligger under ett skollov (Studiedag, 5 mars 2025)."
    ]
    assert check_seminar(seminar_date=date(2024, 10, 29), breaks=[]) == []


@pytest.mark.parametrize(
    ("seminars", "order", "numbers"),
    [
        ([], None, {}),
        ([(7, date(2025, 3, 5))], None, {7: 1}),
        (
            [(1, date(2025, 3, 5)), (2, date(2024, 9, 4)), (3, date(2024, 11, 6))],
            None,
            {2: 1, 3: 2, 1: 3},
        ),
        (
            [(5, None), (4, date(2025, 3, 5)), (3, None), (9, date(2024, 9, 4))],
            None,
            {9: 1, 4: 2, 3: 3, 5: 4},
        ),
        ([(8, date(2025, 3, 5)), (2, date(2025, 3, 5))], None, {2: 1, 8: 2}),
        (
            [(1, date(2025, 3, 5)), (2, date(2024, 9, 4)), (3, None)],
            [3, 1, 2],
            {3: 1, 1: 2, 2: 3},
        ),
    ],
)
def test_renumber(
    seminars: list[tuple[int, date | None]], order: list[int] | None, numbers: dict[int, int]
) -> None:
    assert renumber(seminars, order) == numbers


def test_renumber_after_removing_a_seminar_closes_the_gap() -> None:
    plan = [(10, date(2024, 9, 4)), (11, date(2024, 10, 2)), (12, date(2024, 11, 6))]
    assert renumber(plan[:1] + plan[2:]) == {10: 1, 12: 2}


@pytest.mark.parametrize(
    ("seminars", "order", "message"),
    [
        ([(1, None), (1, date(2025, 3, 5))], None, "duplicate seminar ids"),
        ([(1, None), (2, None)], [1], "not a permutation"),
        ([(1, None), (2, None)], [1, 1], "not a permutation"),
        ([(1, None), (2, None)], [1, 3], "not a permutation"),
    ],
)
def test_renumber_rejects_inconsistent_input(
    seminars: list[tuple[int, date | None]], order: list[int] | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        renumber(seminars, order)


def check_cohort(
    *,
    name: str = "Ledare på lut, omgång 9",
    school_year_text: str = "2024/2025",
    start: date = date(2024, 8, 15),
    end: date = date(2025, 6, 13),
    min_attended: int = 5,
    seminar_count: int = 7,
) -> SchoolYear:
    """Validate a cohort that is fine unless a test changes it."""
    return validate_cohort(name, school_year_text, start, end, min_attended, seminar_count)


@pytest.mark.parametrize(("min_attended", "seminar_count"), [(0, 7), (7, 7), (5, 7), (1, 1)])
def test_valid_cohort_returns_its_school_year(min_attended: int, seminar_count: int) -> None:
    assert check_cohort(min_attended=min_attended, seminar_count=seminar_count) == SchoolYear(2024)


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"name": " "}, [("name", "Ange ett namn på omgången.")]),
        (
            {"school_year_text": "24"},
            [("school_year", "Skriv läsåret som två år med snedstreck, till exempel 2024/2025.")],
        ),
        (
            {"school_year_text": "2024/2026"},
            [
                (
                    "school_year",
                    "Läsårets andra år måste vara året efter det första, till exempel 2024/2025.",
                )
            ],
        ),
        ({"end": date(2024, 8, 15)}, [("end", "Slutdatumet måste vara efter startdatumet.")]),
        ({"end": date(2024, 8, 1)}, [("end", "Slutdatumet måste vara efter startdatumet.")]),
        (
            {"start": date(2024, 6, 30)},
            [
                (
                    "start",
                    "Startdatumet måste ligga inom läsåret 2024/2025, 1 juli 2024–30 juni 2025.",
                )
            ],
        ),
        (
            {"end": date(2028, 7, 1)},
            [
                (
                    "end",
                    "Slutdatumet måste ligga inom 4 läsår från 2024/2025, "
                    "1 juli 2024–30 juni 2028.",
                )
            ],
        ),
        (
            {"seminar_count": 0},
            [("seminar_count", "Antalet seminarier måste vara mellan 1 och 50.")],
        ),
        (
            {"seminar_count": 51, "min_attended": 0},
            [("seminar_count", "Antalet seminarier måste vara mellan 1 och 50.")],
        ),
        (
            {"seminar_count": 0, "min_attended": -1},
            [
                ("seminar_count", "Antalet seminarier måste vara mellan 1 och 50."),
                ("min_attended", "Kravet på närvaro kan inte vara negativt."),
            ],
        ),
        (
            {"min_attended": -1},
            [("min_attended", "Kravet på närvaro måste vara mellan 0 och 7 seminarier.")],
        ),
        (
            {"min_attended": 8},
            [("min_attended", "Kravet på närvaro måste vara mellan 0 och 7 seminarier.")],
        ),
        (
            {"name": "", "school_year_text": "x", "end": date(2024, 1, 1), "min_attended": 9},
            [
                ("name", "Ange ett namn på omgången."),
                ("school_year", "Skriv läsåret som två år med snedstreck, till exempel 2024/2025."),
                ("end", "Slutdatumet måste vara efter startdatumet."),
                ("min_attended", "Kravet på närvaro måste vara mellan 0 och 7 seminarier."),
            ],
        ),
    ],
)
def test_cohort_problems(changes: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    with pytest.raises(ValidationError) as caught:
        check_cohort(**changes)
    assert caught.value.problems == tuple(FieldProblem(*p) for p in problems)


def test_seminar_text_limit_is_the_columns_length() -> None:
    for column in (
        Seminar.__table__.c["title"],
        Seminar.__table__.c["location"],
        SeminarLecturer.__table__.c["topic"],
    ):
        assert getattr(column.type, "length", None) == SEMINAR_TEXT_LIMIT, column.name


def test_seminar_length_problems_name_each_long_text() -> None:
    longest, over = "x" * SEMINAR_TEXT_LIMIT, "x" * (SEMINAR_TEXT_LIMIT + 1)
    assert seminar_length_problems({"title": longest, "location": longest, "topic": ""}) == {}
    assert seminar_length_problems({"title": over, "location": longest, "topic": over}) == {
        "title": "Titeln får vara högst 300 tecken lång.",
        "topic": "Ämnet får vara högst 300 tecken långt.",
    }
    assert seminar_length_problems({"location": over}) == {
        "location": "Platsen får vara högst 300 tecken lång."
    }
