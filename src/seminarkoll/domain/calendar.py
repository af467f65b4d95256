"""Swedish calendar facts: school years and terms, public holidays, holiday eves, school breaks."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

SCHOOL_YEAR_FIELD = "school_year"
"""Field name used in the `FieldProblem`s raised while parsing a school year."""

MIN_FIRST_YEAR = 1900
MAX_FIRST_YEAR = 2999

DE_FACTO_DAYS_OFF = frozenset({"Midsommarafton", "Julafton", "Nyårsafton"})
"""Names in `swedish_public_holidays` that are not red days by law but days off in practice."""

HOSTLOV = "Höstlov"
JULLOV = "Jullov"
SPORTLOV = "Sportlov"
PASKLOV = "Påsklov"

MAX_COHORT_SCHOOL_YEARS = 4
"""A cohort may run over at most this many school years, counted from its own (first) one."""

SPORTLOV_WEEKS = range(7, 11)
"""ISO weeks in which Swedish municipalities place sportlov (7 in the south ... 10 in the north)."""
DEFAULT_SPORTLOV_WEEK = 9

_SCHOOL_YEAR_PATTERN = re.compile(r"^\s*(\d{4}|\d{2})\s*[/\-–]\s*(\d{4}|\d{2})\s*$")
_SATURDAY = 5

# Day before a holiday, by the holiday's name. Eves of the de-facto days off and of holidays that
# follow another day off (Annandag påsk, Juldagen, ...) are left out: they are days off already.
_EVE_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "Trettondedag jul": "Trettondagsafton",
        "Långfredagen": "Skärtorsdagen",
        "Påskdagen": "Påskafton",
        "Första maj": "Valborgsmässoafton",
        "Kristi himmelsfärdsdag": "Dagen före Kristi himmelsfärdsdag",
        "Pingstdagen": "Pingstafton",
        "Sveriges nationaldag": "Dagen före nationaldagen",
        "Alla helgons dag": "Allhelgonaafton",
    }
)


_NAMES_IN_THE_CATALOGUE = (
    QT_TRANSLATE_NOOP("Holiday", "Nyårsdagen"),
    QT_TRANSLATE_NOOP("Holiday", "Trettondedag jul"),
    QT_TRANSLATE_NOOP("Holiday", "Långfredagen"),
    QT_TRANSLATE_NOOP("Holiday", "Påskdagen"),
    QT_TRANSLATE_NOOP("Holiday", "Annandag påsk"),
    QT_TRANSLATE_NOOP("Holiday", "Första maj"),
    QT_TRANSLATE_NOOP("Holiday", "Kristi himmelsfärdsdag"),
    QT_TRANSLATE_NOOP("Holiday", "Pingstdagen"),
    QT_TRANSLATE_NOOP("Holiday", "Sveriges nationaldag"),
    QT_TRANSLATE_NOOP("Holiday", "Midsommarafton"),
    QT_TRANSLATE_NOOP("Holiday", "Midsommardagen"),
    QT_TRANSLATE_NOOP("Holiday", "Alla helgons dag"),
    QT_TRANSLATE_NOOP("Holiday", "Julafton"),
    QT_TRANSLATE_NOOP("Holiday", "Juldagen"),
    QT_TRANSLATE_NOOP("Holiday", "Annandag jul"),
    QT_TRANSLATE_NOOP("Holiday", "Nyårsafton"),
    QT_TRANSLATE_NOOP("Holiday", "Trettondagsafton"),
    QT_TRANSLATE_NOOP("Holiday", "Skärtorsdagen"),
    QT_TRANSLATE_NOOP("Holiday", "Påskafton"),
    QT_TRANSLATE_NOOP("Holiday", "Valborgsmässoafton"),
    QT_TRANSLATE_NOOP("Holiday", "Dagen före Kristi himmelsfärdsdag"),
    QT_TRANSLATE_NOOP("Holiday", "Pingstafton"),
    QT_TRANSLATE_NOOP("Holiday", "Dagen före nationaldagen"),
    QT_TRANSLATE_NOOP("Holiday", "Allhelgonaafton"),
    QT_TRANSLATE_NOOP("Holiday", "Höstlov"),
    QT_TRANSLATE_NOOP("Holiday", "Jullov"),
    QT_TRANSLATE_NOOP("Holiday", "Sportlov"),
    QT_TRANSLATE_NOOP("Holiday", "Påsklov"),
)
"""Every holiday, eve and school break name above, for the translation catalogue."""


def holiday_name(name: str) -> str:
    """A holiday, eve or school break name (Swedish, as stored) in the chosen language."""
    return translate("Holiday", name)


class _Span:
    """What a range of dates and a school break share: from `start` to `end`, both included."""

    start: date
    end: date

    def _check_order(self, what: str) -> None:
        if self.end < self.start:
            raise ValueError(f"{what} ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class DateRange(_Span):
    """An inclusive range of dates, e.g. a term."""

    start: date
    end: date

    def __post_init__(self) -> None:
        self._check_order("range")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A Swedish school year (läsår) such as 2024/2025, with its autumn and spring terms.

    Conventions (municipalities differ by a few days; these are typical):
    - the autumn term runs from the first weekday on or after 15 August to the last weekday on
      or before 20 December;
    - the spring term runs from the first weekday on or after 8 January to the last weekday on
      or before 14 June;
    - for `from_date` and `span` a school year runs from 1 July to 30 June, so summer dates
      belong to the school year that starts in August.
    """

    first_year: int

    def __post_init__(self) -> None:
        if not MIN_FIRST_YEAR <= self.first_year <= MAX_FIRST_YEAR:
            raise ValidationError.single(
                SCHOOL_YEAR_FIELD,
                translate(
                    "Errors", "Läsåret måste börja mellan år {min_first_year} och {max_first_year}."
                ).format(min_first_year=MIN_FIRST_YEAR, max_first_year=MAX_FIRST_YEAR),
            )

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """Parse "2024/2025"; also "2024-2025", "2024–2025", "2024/25" and "24/25" (= 20xx)."""
        match = _SCHOOL_YEAR_PATTERN.match(text)
        if match is None:
            raise ValidationError.single(
                SCHOOL_YEAR_FIELD,
                translate(
                    "Errors", "Skriv läsåret som två år med snedstreck, till exempel 2024/2025."
                ),
            )
        first_text, second_text = match.groups()
        first = int(first_text) if len(first_text) == 4 else 2000 + int(first_text)
        second = int(second_text)
        expected = first + 1 if len(second_text) == 4 else (first + 1) % 100
        if second != expected:
            raise ValidationError.single(
                SCHOOL_YEAR_FIELD,
                translate(
                    "Errors",
                    "Läsårets andra år måste vara året efter det första, till exempel 2024/2025.",
                ),
            )
        return cls(first)

    @classmethod
    def from_date(cls, day: date) -> SchoolYear:
        """The school year `day` belongs to: 1 July starts a new one."""
        return cls(day.year if day.month >= 7 else day.year - 1)

    @property
    def second_year(self) -> int:
        """The calendar year of the spring term."""
        return self.first_year + 1

    @property
    def label(self) -> str:
        """The usual written form, e.g. "2024/2025"."""
        return f"{self.first_year}/{self.second_year}"

    @property
    def autumn_term(self) -> DateRange:
        """Höstterminen: first weekday on/after 15 August to last weekday on/before 20 December."""
        return DateRange(
            _first_weekday_on_or_after(date(self.first_year, 8, 15)),
            _last_weekday_on_or_before(date(self.first_year, 12, 20)),
        )

    @property
    def spring_term(self) -> DateRange:
        """Vårterminen: first weekday on/after 8 January to last weekday on/before 14 June."""
        return DateRange(
            _first_weekday_on_or_after(date(self.second_year, 1, 8)),
            _last_weekday_on_or_before(date(self.second_year, 6, 14)),
        )

    @property
    def start(self) -> date:
        """First day of the autumn term."""
        return self.autumn_term.start

    @property
    def end(self) -> date:
        """Last day of the spring term."""
        return self.spring_term.end

    @property
    def span(self) -> DateRange:
        """1 July to 30 June: every date that `from_date` maps to this school year."""
        return DateRange(date(self.first_year, 7, 1), date(self.second_year, 6, 30))

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, order=True)
class Term:
    """A term (termin): the autumn term HT or the spring term VT of a calendar year.

    Terms order by time: VT 2026 before HT 2026. For `term_of` July to December is the autumn
    term and January to June the spring term, so summer dates join the term next to them.
    """

    year: int
    autumn: bool

    @property
    def school_year(self) -> SchoolYear:
        """The school year the term belongs to (HT 2025 and VT 2026: 2025/2026)."""
        return SchoolYear(self.year if self.autumn else self.year - 1)

    @property
    def label(self) -> str:
        """E.g. "HT 2025" or "VT 2026" (in the chosen language)."""
        if self.autumn:
            return translate("Term", "HT %1").replace("%1", str(self.year))
        return translate("Term", "VT %1").replace("%1", str(self.year))

    def __str__(self) -> str:
        return self.label


def term_of(day: date) -> Term:
    """The term `day` belongs to: July-December HT of its year, January-June VT."""
    return Term(day.year, day.month >= 7)


def school_years_between(start: date, end: date) -> list[SchoolYear]:
    """Every school year from the one `start` belongs to up to the one `end` belongs to."""
    first, last = SchoolYear.from_date(start).first_year, SchoolYear.from_date(end).first_year
    return [SchoolYear(year) for year in range(first, last + 1)]


def school_years_label(start: date, end: date) -> str:
    """The school years from `start` to `end`: "2025/2026", or "2025/2026–2027/2028"."""
    years = school_years_between(start, end) or [SchoolYear.from_date(start)]
    if len(years) == 1:
        return years[0].label
    return f"{years[0].label}–{years[-1].label}"


def term_labels(days: Sequence[date]) -> list[str]:
    """One term label per date ("HT 2025"), when the dates span more than one school year;
    otherwise empty strings: a cohort within one school year needs no term to tell dates apart."""
    if len({SchoolYear.from_date(day) for day in days}) <= 1:
        return ["" for _ in days]
    return [term_of(day).label for day in days]


@dataclass(frozen=True)
class SchoolBreak(_Span):
    """A school holiday (lov) from `start` to `end`, both included, e.g. Höstlov week 44."""

    name: str
    start: date
    end: date

    def __post_init__(self) -> None:
        self._check_order(self.name)


def iso_week(day: date) -> int:
    """The ISO 8601 week number (the week numbers used in Sweden)."""
    return day.isocalendar().week


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def swedish_public_holidays(year: int) -> dict[date, str]:
    """Swedish red days of `year` by date, plus the de-facto days off in `DE_FACTO_DAYS_OFF`.

    Midsommarafton, Julafton and Nyårsafton are not public holidays by law, but nearly every
    workplace treats them as days off, so they are included; `DE_FACTO_DAYS_OFF` tells them apart.
    Sundays other than Påskdagen and Pingstdagen are not listed.
    """
    return dict(_holidays(year))


def holiday_eves(year: int) -> dict[date, str]:
    """Days before a public holiday on which many finish early, e.g. Skärtorsdagen, Valborg.

    Only eves that are not days off themselves are listed (see `DE_FACTO_DAYS_OFF`).
    """
    return dict(_eves(year))


def check_sportlov_week(week: int) -> None:
    """Raise `ValidationError` (field "sportlov_week") unless `week` is in `SPORTLOV_WEEKS`."""
    if week not in SPORTLOV_WEEKS:
        raise ValidationError.single(
            "sportlov_week",
            translate(
                "Errors", "Sportlovet måste ligga någon av veckorna {value}–{value2}."
            ).format(value=SPORTLOV_WEEKS[0], value2=SPORTLOV_WEEKS[-1]),
        )


def school_breaks(
    school_year: SchoolYear, sportlov_week: int = DEFAULT_SPORTLOV_WEEK
) -> list[SchoolBreak]:
    """The school breaks of `school_year` in date order, by these conventions.

    - Höstlov: Monday to Friday of ISO week 44.
    - Jullov: the weekdays between the end of the autumn term and the start of the spring term.
    - Sportlov: Monday to Friday of ISO week `sportlov_week` (7-10, varies by municipality).
    - Påsklov: the Monday to Friday week that starts with Annandag påsk (many municipalities
      choose this week; some take the week before Easter instead).
    """
    check_sportlov_week(sportlov_week)
    easter_monday = easter_sunday(school_year.second_year) + timedelta(days=1)
    return [
        _work_week(HOSTLOV, school_year.first_year, 44),
        SchoolBreak(
            JULLOV,
            _first_weekday_on_or_after(school_year.autumn_term.end + timedelta(days=1)),
            _last_weekday_on_or_before(school_year.spring_term.start - timedelta(days=1)),
        ),
        _work_week(SPORTLOV, school_year.second_year, sportlov_week),
        SchoolBreak(PASKLOV, easter_monday, easter_monday + timedelta(days=4)),
    ]


def is_day_off(day: date, breaks: Iterable[SchoolBreak]) -> str | None:
    """Why `day` is a day off: the holiday's name, else the name of the break containing it.

    Weekends and holiday eves do not count; see `holiday_eves` for the eves.
    """
    holiday = _holidays(day.year).get(day)
    if holiday is not None:
        return holiday
    return next((school_break.name for school_break in breaks if day in school_break), None)


def holiday_eve_name(day: date) -> str | None:
    """The eve's name if `day` is in `holiday_eves`, otherwise None."""
    return _eves(day.year).get(day)


def _work_week(name: str, iso_year: int, week: int) -> SchoolBreak:
    return SchoolBreak(
        name, date.fromisocalendar(iso_year, week, 1), date.fromisocalendar(iso_year, week, 5)
    )


def _first_weekday_on_or_after(day: date) -> date:
    while day.weekday() >= _SATURDAY:
        day += timedelta(days=1)
    return day


def _last_weekday_on_or_before(day: date) -> date:
    while day.weekday() >= _SATURDAY:
        day -= timedelta(days=1)
    return day


def _saturday_between(start: date) -> date:
    """The Saturday in the seven days that begin with `start`."""
    return start + timedelta(days=(_SATURDAY - start.weekday()) % 7)


@cache
def _holiday_list(year: int) -> tuple[tuple[date, str], ...]:
    easter = easter_sunday(year)
    midsummer_day = _saturday_between(date(year, 6, 20))
    return (
        (date(year, 1, 1), "Nyårsdagen"),
        (date(year, 1, 6), "Trettondedag jul"),
        (easter - timedelta(days=2), "Långfredagen"),
        (easter, "Påskdagen"),
        (easter + timedelta(days=1), "Annandag påsk"),
        (date(year, 5, 1), "Första maj"),
        (easter + timedelta(days=39), "Kristi himmelsfärdsdag"),
        (easter + timedelta(days=49), "Pingstdagen"),
        (date(year, 6, 6), "Sveriges nationaldag"),
        (midsummer_day - timedelta(days=1), "Midsommarafton"),
        (midsummer_day, "Midsommardagen"),
        (_saturday_between(date(year, 10, 31)), "Alla helgons dag"),
        (date(year, 12, 24), "Julafton"),
        (date(year, 12, 25), "Juldagen"),
        (date(year, 12, 26), "Annandag jul"),
        (date(year, 12, 31), "Nyårsafton"),
    )


@cache
def _holidays(year: int) -> Mapping[date, str]:
    return _by_date(_holiday_list(year))


@cache
def _eves(year: int) -> Mapping[date, str]:
    holidays = _holidays(year)
    eves = _by_date(
        (day - timedelta(days=1), _EVE_NAMES[name])
        for day, name in _holiday_list(year)
        if name in _EVE_NAMES
    )
    return MappingProxyType({day: name for day, name in eves.items() if day not in holidays})


def _by_date(named_days: Iterable[tuple[date, str]]) -> Mapping[date, str]:
    """Sort by date; two names on one date (Kristi himmelsfärd on 1 May, 2008) join with "och"."""
    names: dict[date, list[str]] = {}
    for day, name in named_days:
        names.setdefault(day, []).append(name)
    return MappingProxyType({day: " och ".join(names[day]) for day in sorted(names)})
