"""Tests for planning rules: plan copying, colours, cohort names and removal descriptions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.data.models import Cohort, CohortGroup, Programme, ThemeArea
from seminarkoll.domain.calendar import SchoolYear, holiday_eve_name, is_day_off, school_breaks
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.planning import (
    NAME_LIMIT,
    THEME_COLOURS,
    count_phrase,
    describe_counts,
    join_phrases,
    long_name_problem,
    next_theme_colour,
    normalise_colour,
    shift_plan,
    suggest_cohort_name,
)
from seminarkoll.domain.schedule import shift_to_school_year, template_dates


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((("seminar", 3), ("attendance", 41)), "3 seminarier och 41 närvaronoteringar"),
        ((("seminar", 1),), "1 seminarium"),
        (
            (("seminar", 2), ("seminar_lecturer", 1), ("attendance", 0), ("signoff_event", 2)),
            "2 seminarier, 1 föreläsarkoppling och 2 signeringshändelser",
        ),
        ((("attendance", 0),), ""),
        ((), ""),
    ],
)
def test_describe_counts(counts: tuple[tuple[str, int], ...], expected: str) -> None:
    assert describe_counts(counts) == expected


def test_describe_counts_orders_by_kind_and_names_unknown_tables() -> None:
    assert describe_counts([("future_table", 2), ("attendance", 4), ("seminar", 1)]) == (
        "1 seminarium, 4 närvaronoteringar och 2 rader i tabellen future_table"
    )


def test_phrases() -> None:
    assert count_phrase(1, "1 omgång", "{count} omgångar") == "1 omgång"
    assert count_phrase(0, "1 omgång", "{count} omgångar") == "0 omgångar"
    assert join_phrases(["a", "b", "c"]) == "a, b och c"
    assert join_phrases(["a"]) == "a"
    assert join_phrases([]) == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("#3B6EA5", "#3b6ea5"), ("3b6ea5", "#3b6ea5"), ("#36a", "#3366aa"), (" #abcdef ", "#abcdef")],
)
def test_normalise_colour(text: str, expected: str) -> None:
    assert normalise_colour(text) == expected


@pytest.mark.parametrize("text", ["", "blå", "#12345", "#1234567", "#ggg"])
def test_normalise_colour_refuses_other_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_colour(text)
    assert caught.value.for_field("colour") == (
        "Ange färgen som en hexadecimal kod, till exempel #3b6ea5."
    )


def test_next_theme_colour_takes_the_first_unused_then_the_least_used() -> None:
    assert next_theme_colour([]) == THEME_COLOURS[0]
    assert next_theme_colour([THEME_COLOURS[0].upper()]) == THEME_COLOURS[1]
    assert next_theme_colour([*THEME_COLOURS, THEME_COLOURS[0]]) == THEME_COLOURS[1]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([], "Omgång 1"),
        (["Omgång 3", "Omgång 1"], "Omgång 4"),
        (["Ledare på lut 2024"], "Ledare på lut 2025"),
        (["Vårens grupp"], "Omgång 1"),
        (["Omgång 1x", "Omgång 1"], "Omgång 2"),
    ],
)
def test_suggest_cohort_name(names: list[str], expected: str) -> None:
    assert suggest_cohort_name(names) == expected


def test_suggest_cohort_name_avoids_a_taken_fallback() -> None:
    assert suggest_cohort_name(["Omgång x", "Höst"], fallback="Höst") == "Höst 2"


def test_shift_plan_keeps_weekday_and_week() -> None:
    source, target = SchoolYear(2024), SchoolYear(2025)
    dates = template_dates(source, 3)
    shifted = shift_plan(dates, source, target)
    assert shifted == [shift_to_school_year(d, source, target) for d in dates]
    assert [d.isocalendar().week for d in shifted] == [d.isocalendar().week for d in dates]
    assert all(d.weekday() == 3 for d in shifted)


def test_shift_plan_separates_dates_that_would_collide() -> None:
    # Week 44 is höstlov: 2024-10-31 moves to week 43 in 2025, where 2024-10-24's copy lands.
    source, target = SchoolYear(2024), SchoolYear(2025)
    assert shift_to_school_year(date(2024, 10, 31), source, target) == date(2025, 10, 23)
    shifted = shift_plan([date(2024, 10, 24), date(2024, 10, 31)], source, target)
    assert shifted == [date(2025, 10, 23), date(2025, 10, 16)]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=2000, max_value=2090),
    st.integers(min_value=-3, max_value=5),
    st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=12, unique=True),
)
def test_shift_plan_gives_distinct_free_dates(first: int, years: int, offsets: list[int]) -> None:
    source, target = SchoolYear(first), SchoolYear(first + years)
    dates = [source.start + timedelta(days=o) for o in offsets]
    shifted = shift_plan(dates, source, target)
    breaks = school_breaks(target)
    assert len(shifted) == len(dates)
    assert len(set(shifted)) == len(shifted)
    for day, original in zip(shifted, dates, strict=True):
        assert day.weekday() == original.weekday()
        assert is_day_off(day, breaks) is None
        assert holiday_eve_name(day) is None


def test_the_name_limit_is_the_columns_length() -> None:
    for column in (
        Programme.__table__.c["name"],
        Programme.__table__.c["organiser"],
        Programme.__table__.c["contact_person"],
        ThemeArea.__table__.c["name"],
        Cohort.__table__.c["name"],
        CohortGroup.__table__.c["name"],
    ):
        assert getattr(column.type, "length", None) == NAME_LIMIT, column.name


def test_a_long_name_or_text_is_named_by_its_field() -> None:
    assert long_name_problem("x" * NAME_LIMIT) is None
    assert long_name_problem("x" * (NAME_LIMIT + 1)) == FieldProblem(
        "name", "Namnet får vara högst 200 tecken långt."
    )
    assert long_name_problem("x" * (NAME_LIMIT + 1), "organiser") == FieldProblem(
        "organiser", "Texten får vara högst 200 tecken lång."
    )
