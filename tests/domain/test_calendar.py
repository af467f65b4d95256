"""Tests for Swedish calendar facts: school years, public holidays, eves and school breaks."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.domain.calendar import (
    DE_FACTO_DAYS_OFF,
    DateRange,
    SchoolBreak,
    SchoolYear,
    easter_sunday,
    holiday_eve_name,
    holiday_eves,
    is_day_off,
    iso_week,
    school_breaks,
    swedish_public_holidays,
)
from seminarkoll.domain.errors import FieldProblem, ValidationError

FORMAT_MESSAGE = "Skriv läsåret som två år med snedstreck, till exempel 2024/2025."
SEQUENCE_MESSAGE = "Läsårets andra år måste vara året efter det första, till exempel 2024/2025."
ALL_NAMES = {
    "Nyårsdagen",
    "Trettondedag jul",
    "Långfredagen",
    "Påskdagen",
    "Annandag påsk",
    "Första maj",
    "Kristi himmelsfärdsdag",
    "Pingstdagen",
    "Sveriges nationaldag",
    "Midsommarafton",
    "Midsommardagen",
    "Alla helgons dag",
    "Julafton",
    "Juldagen",
    "Annandag jul",
    "Nyårsafton",
}
years = st.integers(min_value=1900, max_value=2999)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2024/2025", "2024/2025"),
        ("2024-2025", "2024/2025"),
        ("2024–2025", "2024/2025"),
        (" 2024 / 2025 ", "2024/2025"),
        ("2024/25", "2024/2025"),
        ("24/25", "2024/2025"),
        ("16/17", "2016/2017"),
        ("2099/00", "2099/2100"),
    ],
)
def test_school_year_parses_common_forms(text: str, label: str) -> None:
    assert SchoolYear.parse(text).label == label


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", FORMAT_MESSAGE),
        ("2024", FORMAT_MESSAGE),
        ("ht24/vt25", FORMAT_MESSAGE),
        ("2024/2025/2026", FORMAT_MESSAGE),
        ("202/2025", FORMAT_MESSAGE),
        ("2024/2024", SEQUENCE_MESSAGE),
        ("2024/2026", SEQUENCE_MESSAGE),
        ("2025/2024", SEQUENCE_MESSAGE),
        ("24/26", SEQUENCE_MESSAGE),
        ("2024/26", SEQUENCE_MESSAGE),
    ],
)
def test_school_year_rejects_bad_text(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SchoolYear.parse(text)
    assert caught.value.problems == (FieldProblem("school_year", message),)


@pytest.mark.parametrize("first_year", [1899, 3000])
def test_school_year_rejects_years_out_of_range(first_year: int) -> None:
    with pytest.raises(ValidationError) as caught:
        SchoolYear(first_year)
    assert caught.value.for_field("school_year") == "Läsåret måste börja mellan år 1900 och 2999."


@pytest.mark.parametrize(
    ("first_year", "autumn", "spring"),
    [
        # 15 Aug 2024 is a Thursday, 20 Dec a Friday; 8 Jan 2025 a Wednesday, 14 Jun a Saturday.
        (2024, (date(2024, 8, 15), date(2024, 12, 20)), (date(2025, 1, 8), date(2025, 6, 13))),
        # 20 Dec 2025 is a Saturday, 14 Jun 2026 a Sunday.
        (2025, (date(2025, 8, 15), date(2025, 12, 19)), (date(2026, 1, 8), date(2026, 6, 12))),
        # 15 Aug 2026 is a Saturday, 20 Dec a Sunday; 8 Jan 2027 a Friday.
        (2026, (date(2026, 8, 17), date(2026, 12, 18)), (date(2027, 1, 8), date(2027, 6, 14))),
        # 8 Jan 2017 is a Sunday.
        (2016, (date(2016, 8, 15), date(2016, 12, 20)), (date(2017, 1, 9), date(2017, 6, 14))),
    ],
)
def test_terms_follow_the_conventions(
    first_year: int, autumn: tuple[date, date], spring: tuple[date, date]
) -> None:
    school_year = SchoolYear(first_year)
    assert school_year.autumn_term == DateRange(*autumn)
    assert school_year.spring_term == DateRange(*spring)
    assert (school_year.start, school_year.end) == (autumn[0], spring[1])


def test_school_year_label_span_and_order() -> None:
    school_year = SchoolYear(2024)
    assert str(school_year) == "2024/2025"
    assert school_year.second_year == 2025
    assert school_year.span == DateRange(date(2024, 7, 1), date(2025, 6, 30))
    assert sorted([SchoolYear(2025), SchoolYear(2016), SchoolYear(2024)]) == [
        SchoolYear(2016),
        SchoolYear(2024),
        SchoolYear(2025),
    ]


@pytest.mark.parametrize(
    ("day", "first_year"),
    [
        (date(2024, 8, 19), 2024),
        (date(2024, 12, 31), 2024),
        (date(2025, 1, 1), 2024),
        (date(2025, 6, 30), 2024),
        (date(2025, 7, 1), 2025),
        (date(2025, 8, 1), 2025),
    ],
)
def test_from_date_starts_a_new_school_year_on_1_july(day: date, first_year: int) -> None:
    assert SchoolYear.from_date(day) == SchoolYear(first_year)


@given(years.filter(lambda y: y < 2999), st.integers(min_value=0, max_value=364))
@settings(max_examples=50)
def test_from_date_inverts_span(first_year: int, offset: int) -> None:
    day = date(first_year, 7, 1) + timedelta(days=offset)
    school_year = SchoolYear.from_date(day)
    assert day in school_year.span
    assert school_year.first_year == first_year


def test_date_range_contains_its_ends_only() -> None:
    term = DateRange(date(2024, 8, 15), date(2024, 12, 20))
    assert date(2024, 8, 15) in term
    assert date(2024, 12, 20) in term
    assert date(2024, 8, 14) not in term
    assert date(2024, 12, 21) not in term
    assert "2024-09-01" not in term


def test_ranges_must_not_end_before_they_start() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        DateRange(date(2024, 8, 15), date(2024, 8, 14))
    with pytest.raises(ValueError, match="Höstlov ends"):
        SchoolBreak("Höstlov", date(2024, 11, 1), date(2024, 10, 28))


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2016, date(2016, 3, 27)),
        (2017, date(2017, 4, 16)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2029, date(2029, 4, 1)),
        (2030, date(2030, 4, 21)),
        (2031, date(2031, 4, 13)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter_sunday_known_dates(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@given(years)
@settings(max_examples=100)
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2025, 1, 1), "Nyårsdagen"),
        (date(2025, 1, 6), "Trettondedag jul"),
        (date(2025, 4, 18), "Långfredagen"),
        (date(2025, 4, 20), "Påskdagen"),
        (date(2025, 4, 21), "Annandag påsk"),
        (date(2025, 5, 1), "Första maj"),
        (date(2025, 5, 29), "Kristi himmelsfärdsdag"),
        (date(2025, 6, 8), "Pingstdagen"),
        (date(2025, 6, 6), "Sveriges nationaldag"),
        (date(2025, 6, 20), "Midsommarafton"),
        (date(2025, 6, 21), "Midsommardagen"),
        (date(2025, 11, 1), "Alla helgons dag"),
        (date(2025, 12, 24), "Julafton"),
        (date(2025, 12, 25), "Juldagen"),
        (date(2025, 12, 26), "Annandag jul"),
        (date(2025, 12, 31), "Nyårsafton"),
        (date(2024, 3, 29), "Långfredagen"),
        (date(2024, 4, 1), "Annandag påsk"),
        (date(2024, 5, 9), "Kristi himmelsfärdsdag"),
        (date(2024, 5, 19), "Pingstdagen"),
        (date(2024, 6, 21), "Midsommarafton"),
        (date(2024, 11, 2), "Alla helgons dag"),
        (date(2016, 6, 24), "Midsommarafton"),
        (date(2016, 11, 5), "Alla helgons dag"),
        (date(2017, 4, 14), "Långfredagen"),
        (date(2021, 11, 6), "Alla helgons dag"),
        (date(2026, 6, 19), "Midsommarafton"),
        (date(2026, 10, 31), "Alla helgons dag"),
        (date(2027, 6, 25), "Midsommarafton"),
        (date(2030, 5, 30), "Kristi himmelsfärdsdag"),
    ],
)
def test_public_holiday_known_dates(day: date, name: str) -> None:
    assert swedish_public_holidays(day.year)[day] == name


@pytest.mark.parametrize("year", [2016, 2017, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031])
def test_each_year_has_every_holiday_once_in_date_order(year: int) -> None:
    holidays = swedish_public_holidays(year)
    assert sorted(holidays.values()) == sorted(ALL_NAMES)
    assert list(holidays) == sorted(holidays)


@given(years)
@settings(max_examples=100)
def test_movable_holidays_keep_their_weekday_and_window(year: int) -> None:
    by_name = {name: day for day, name in swedish_public_holidays(year).items()}
    assert by_name["Midsommarafton"].weekday() == 4
    assert date(year, 6, 19) <= by_name["Midsommarafton"] <= date(year, 6, 25)
    assert by_name["Midsommardagen"] == by_name["Midsommarafton"] + timedelta(days=1)
    assert by_name["Alla helgons dag"].weekday() == 5
    assert date(year, 10, 31) <= by_name["Alla helgons dag"] <= date(year, 11, 6)
    assert by_name["Långfredagen"].weekday() == 4


def test_holidays_on_one_date_share_it() -> None:
    # Easter 2008 was 23 March, so Kristi himmelsfärdsdag fell on 1 May.
    assert (
        swedish_public_holidays(2008)[date(2008, 5, 1)] == "Första maj och Kristi himmelsfärdsdag"
    )
    assert holiday_eves(2008)[date(2008, 4, 30)] == (
        "Valborgsmässoafton och Dagen före Kristi himmelsfärdsdag"
    )


def test_de_facto_days_off_are_the_three_eves() -> None:
    assert {"Midsommarafton", "Julafton", "Nyårsafton"} == DE_FACTO_DAYS_OFF
    assert ALL_NAMES >= DE_FACTO_DAYS_OFF


def test_holiday_dict_is_a_fresh_copy() -> None:
    swedish_public_holidays(2025).clear()
    holiday_eves(2025).clear()
    assert len(swedish_public_holidays(2025)) == 16
    assert len(holiday_eves(2025)) == 8


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2025, 1, 5), "Trettondagsafton"),
        (date(2025, 4, 17), "Skärtorsdagen"),
        (date(2025, 4, 19), "Påskafton"),
        (date(2025, 4, 30), "Valborgsmässoafton"),
        (date(2025, 5, 28), "Dagen före Kristi himmelsfärdsdag"),
        (date(2025, 6, 5), "Dagen före nationaldagen"),
        (date(2025, 6, 7), "Pingstafton"),
        (date(2025, 10, 31), "Allhelgonaafton"),
        (date(2024, 3, 28), "Skärtorsdagen"),
        (date(2024, 11, 1), "Allhelgonaafton"),
        # Easter 2285 is 22 March: Kristi himmelsfärdsdag is 30 April, so Valborg is a red day.
        (date(2285, 4, 29), "Dagen före Kristi himmelsfärdsdag"),
    ],
)
def test_holiday_eves_known_dates(day: date, name: str) -> None:
    assert holiday_eves(day.year)[day] == name
    assert holiday_eve_name(day) == name


def test_an_eve_that_is_a_holiday_is_not_an_eve() -> None:
    assert date(2285, 4, 30) not in holiday_eves(2285)
    assert swedish_public_holidays(2285)[date(2285, 4, 30)] == "Kristi himmelsfärdsdag"


@pytest.mark.parametrize("day", [date(2025, 6, 19), date(2025, 12, 23), date(2025, 3, 12)])
def test_ordinary_days_are_not_eves(day: date) -> None:
    assert holiday_eve_name(day) is None


def test_school_breaks_2024_2025() -> None:
    assert school_breaks(SchoolYear(2024)) == [
        SchoolBreak("Höstlov", date(2024, 10, 28), date(2024, 11, 1)),
        SchoolBreak("Jullov", date(2024, 12, 23), date(2025, 1, 7)),
        SchoolBreak("Sportlov", date(2025, 2, 24), date(2025, 2, 28)),
        SchoolBreak("Påsklov", date(2025, 4, 21), date(2025, 4, 25)),
    ]


@pytest.mark.parametrize(
    ("first_year", "sportlov_week", "sportlov_start"),
    [
        (2024, 7, date(2025, 2, 10)),
        (2024, 8, date(2025, 2, 17)),
        (2024, 10, date(2025, 3, 3)),
        (2016, 9, date(2017, 2, 27)),
        (2030, 8, date(2031, 2, 17)),
    ],
)
def test_sportlov_week_is_a_parameter(
    first_year: int, sportlov_week: int, sportlov_start: date
) -> None:
    sportlov = school_breaks(SchoolYear(first_year), sportlov_week)[2]
    assert sportlov == SchoolBreak("Sportlov", sportlov_start, sportlov_start + timedelta(days=4))


@pytest.mark.parametrize("sportlov_week", [6, 11, 44])
def test_sportlov_week_must_be_7_to_10(sportlov_week: int) -> None:
    with pytest.raises(ValidationError) as caught:
        school_breaks(SchoolYear(2024), sportlov_week)
    assert caught.value.problems == (
        FieldProblem("sportlov_week", "Sportlovet måste ligga någon av veckorna 7–10."),
    )


@given(years.filter(lambda y: y < 2999), st.sampled_from([7, 8, 9, 10]))
@settings(max_examples=60)
def test_breaks_are_ordered_weekday_bounded_and_between_terms(
    first_year: int, sportlov_week: int
) -> None:
    school_year = SchoolYear(first_year)
    breaks = school_breaks(school_year, sportlov_week)
    assert [b.name for b in breaks] == ["Höstlov", "Jullov", "Sportlov", "Påsklov"]
    assert all(b.start.weekday() < 5 and b.end.weekday() < 5 for b in breaks)
    assert all(a.end < b.start for a, b in itertools.pairwise(breaks))
    hostlov, jullov, sportlov, pasklov = breaks
    assert iso_week(hostlov.start) == 44
    assert iso_week(sportlov.start) == sportlov_week
    assert jullov.start - school_year.autumn_term.end <= timedelta(days=3)
    assert school_year.spring_term.start - jullov.end <= timedelta(days=3)
    assert pasklov.start == easter_sunday(school_year.second_year) + timedelta(days=1)
    assert pasklov.end - pasklov.start == timedelta(days=4)


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2024, 10, 30), "Höstlov"),
        (date(2024, 12, 27), "Jullov"),
        (date(2025, 1, 7), "Jullov"),
        (date(2025, 2, 26), "Sportlov"),
        (date(2025, 4, 22), "Påsklov"),
        (date(2025, 4, 21), "Annandag påsk"),
        (date(2024, 12, 24), "Julafton"),
        (date(2025, 1, 6), "Trettondedag jul"),
        (date(2025, 4, 18), "Långfredagen"),
        (date(2025, 5, 29), "Kristi himmelsfärdsdag"),
        (date(2025, 6, 20), "Midsommarafton"),
        (date(2024, 11, 2), "Alla helgons dag"),
        (date(2025, 3, 5), None),
        (date(2025, 3, 8), None),
        (date(2025, 4, 17), None),
        (date(2024, 12, 20), None),
        (date(2025, 1, 8), None),
    ],
)
def test_is_day_off_names_holiday_before_break(day: date, reason: str | None) -> None:
    assert is_day_off(day, school_breaks(SchoolYear(2024))) == reason


def test_is_day_off_without_breaks_only_knows_holidays() -> None:
    assert is_day_off(date(2024, 10, 30), []) is None
    assert is_day_off(date(2024, 11, 2), []) == "Alla helgons dag"


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (date(2024, 12, 30), 1),
        (date(2021, 1, 1), 53),
        (date(2026, 12, 31), 53),
        (date(2025, 2, 24), 9),
        (date(2024, 10, 28), 44),
    ],
)
def test_iso_week(day: date, week: int) -> None:
    assert iso_week(day) == week
