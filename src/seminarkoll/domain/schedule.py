"""Seminar schedule rules: template dates, moving a plan to another year, numbering, validation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time, timedelta
from types import MappingProxyType

from seminarkoll.domain.calendar import (
    DE_FACTO_DAYS_OFF,
    DEFAULT_SPORTLOV_WEEK,
    MAX_COHORT_SCHOOL_YEARS,
    DateRange,
    SchoolBreak,
    SchoolYear,
    Term,
    holiday_eve_name,
    holiday_name,
    is_day_off,
    school_breaks,
    swedish_public_holidays,
)
from seminarkoll.domain.dates import long_date, weekday_name
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

TERM_START_MARGIN = timedelta(weeks=1)
"""No template seminar in the first week of a term: people are settling in."""
AUTUMN_END_MARGIN = timedelta(weeks=1)
"""No template seminar in the last week before the Christmas break (Lucia, end-of-term events)."""
SPRING_END_MARGIN = timedelta(weeks=2)
"""No template seminar in the last two weeks of the spring term (grading, end-of-year events)."""

MAX_SEMINAR_COUNT = 50
"""Upper bound on the number of seminars in one cohort, to catch typing mistakes."""

SEMINAR_TEXT_LIMIT = 300
"""The longest seminar title, place and topic of a lecturer at a seminar."""

_TOO_LONG: Mapping[str, str] = MappingProxyType(
    {
        "title": QT_TRANSLATE_NOOP("Errors", "Titeln får vara högst {limit} tecken lång."),
        "location": QT_TRANSLATE_NOOP("Errors", "Platsen får vara högst {limit} tecken lång."),
        "topic": QT_TRANSLATE_NOOP("Errors", "Ämnet får vara högst {limit} tecken långt."),
    }
)


def default_autumn_count(count: int) -> int:
    """How many of `count` seminars go in the autumn term by default: half, rounded up (7 -> 4)."""
    return (count + 1) // 2


def planning_windows(school_year: SchoolYear) -> tuple[DateRange, DateRange]:
    """The autumn and spring ranges in which `template_dates` places seminars (terms minus margins).

    For 2024/2025: 2024-08-22 to 2024-12-13 and 2025-01-15 to 2025-05-30.
    """
    autumn, spring = school_year.autumn_term, school_year.spring_term
    return (
        DateRange(autumn.start + TERM_START_MARGIN, autumn.end - AUTUMN_END_MARGIN),
        DateRange(spring.start + TERM_START_MARGIN, spring.end - SPRING_END_MARGIN),
    )


def template_dates(
    school_year: SchoolYear,
    weekday: int,
    count: int = 7,
    autumn_count: int | None = None,
    sportlov_week: int = DEFAULT_SPORTLOV_WEEK,
    years: int = 1,
) -> list[date]:
    """Suggest `count` seminar dates on `weekday` (0 = Monday ... 4 = Friday), in date order.

    Within one school year (`years` = 1), `autumn_count` of them (default
    `default_autumn_count(count)`, i.e. 4 of 7) fall in the autumn `planning_windows` range and
    the rest in the spring one. Over several school years (`years` up to
    `MAX_COHORT_SCHOOL_YEARS`, from `school_year` on) every term gets its share, earlier terms
    taking the remainder (9 over three years: 2, 2, 2, 1, 1, 1). Inside each range the dates sit
    near evenly spaced targets (the middles of `n` equal slices), never on a public holiday, a
    holiday eve or inside a school break. Raises `ValidationError` for bad arguments or when a
    term has too few free days of that weekday.
    """
    autumn = default_autumn_count(count) if autumn_count is None else autumn_count
    problems: list[FieldProblem] = []
    if not 0 <= weekday <= 4:
        problems.append(
            FieldProblem(
                "weekday", translate("Errors", "Välj en veckodag mellan måndag och fredag.")
            )
        )
    if not 1 <= years <= MAX_COHORT_SCHOOL_YEARS:
        problems.append(
            FieldProblem(
                "end",
                translate(
                    "Errors",
                    "En omgång kan sträcka sig över högst {max_cohort_school_years} läsår.",
                ).format(max_cohort_school_years=MAX_COHORT_SCHOOL_YEARS),
            )
        )
    count_problem = seminar_count_problem("count", count)
    if count_problem is not None:
        problems.append(count_problem)
    elif not 0 <= autumn <= count:
        problems.append(
            FieldProblem(
                "autumn_count",
                translate(
                    "Errors", "Antalet seminarier på hösten måste vara mellan 0 och {count}."
                ).format(count=count),
            )
        )
    if problems:
        raise ValidationError(problems)

    dates: list[date] = []
    for year, window, term_count, field, term_name in _template_terms(
        school_year, years, count, autumn
    ):
        free_days = _free_days(window, weekday, school_breaks(year, sportlov_week))
        if len(free_days) < term_count:
            raise ValidationError.single(
                field,
                translate(
                    "Errors", "{term_name} har bara {count} lediga {weekdays} för seminarier."
                ).format(
                    term_name=term_name,
                    count=len(free_days),
                    weekdays=weekday_name(weekday, plural=True),
                ),
            )
        dates.extend(_spread(window, free_days, term_count))
    return dates


def _template_terms(
    school_year: SchoolYear, years: int, count: int, autumn: int
) -> list[tuple[SchoolYear, DateRange, int, str, str]]:
    """(school year, planning window, seminars, field, term name) for each term planned."""
    if years == 1:
        autumn_window, spring_window = planning_windows(school_year)
        return [
            (
                school_year,
                autumn_window,
                autumn,
                "autumn_count",
                translate("Errors", "Höstterminen"),
            ),
            (
                school_year,
                spring_window,
                count - autumn,
                "count",
                translate("Errors", "Vårterminen"),
            ),
        ]
    share, extra = divmod(count, 2 * years)
    terms: list[tuple[SchoolYear, DateRange, int, str, str]] = []
    for offset in range(years):
        year = SchoolYear(school_year.first_year + offset)
        for window, term in zip(
            planning_windows(year),
            (Term(year.first_year, True), Term(year.second_year, False)),
            strict=True,
        ):
            term_count = share + (1 if len(terms) < extra else 0)
            terms.append((year, window, term_count, "count", term.label))
    return terms


def shift_to_school_year(
    day: date, source: SchoolYear, target: SchoolYear, sportlov_week: int = DEFAULT_SPORTLOV_WEEK
) -> date:
    """Move `day` from `source` to `target`: same weekday, same ISO week, years moved along.

    Week 53 becomes week 52 in a year without one. If the result is a public holiday, a holiday
    eve or inside a school break (of the school year it falls in: a cohort may span several),
    the same weekday in the nearest free week is used instead, the earlier week winning a tie
    (höstlov week 44 -> week 43).
    """
    iso = day.isocalendar()
    iso_year = iso.year + target.first_year - source.first_year
    week = min(iso.week, date(iso_year, 12, 28).isocalendar().week)
    shifted = date.fromisocalendar(iso_year, week, iso.weekday)
    weeks_away = 0
    while True:
        for candidate in (
            shifted - timedelta(weeks=weeks_away),
            shifted + timedelta(weeks=weeks_away),
        ):
            if is_free_day(candidate, sportlov_week):
                return candidate
        weeks_away += 1


def validate_seminar(
    *,
    title: str,
    seminar_date: date,
    start_time: time,
    end_time: time,
    cohort_start: date,
    cohort_end: date,
    other_dates: Iterable[date],
    breaks: Iterable[SchoolBreak] | None = None,
) -> list[str]:
    """Check one seminar of a cohort; raise `ValidationError`, else return warnings in Swedish.

    `other_dates` are the dates of the cohort's other seminars (leave out the one being edited).
    `breaks` defaults to `school_breaks` of the school year the date falls in. Problems: "title"
    (empty), "end_time" (not after the start time), "date" (outside the cohort's dates, or another
    seminar of the cohort that day). Warnings: weekend, public holiday or day off, holiday eve,
    school break.
    """
    problems: list[FieldProblem] = []
    if not title.strip():
        problems.append(FieldProblem("title", translate("Errors", "Ange en titel.")))
    if end_time <= start_time:
        problems.append(
            FieldProblem("end_time", translate("Errors", "Sluttiden måste vara efter starttiden."))
        )
    if not cohort_start <= seminar_date <= cohort_end:
        problems.append(
            FieldProblem(
                "date",
                translate(
                    "Errors", "Datumet måste ligga inom omgångens tid, {cohort_start}–{cohort_end}."
                ).format(cohort_start=long_date(cohort_start), cohort_end=long_date(cohort_end)),
            )
        )
    elif seminar_date in set(other_dates):
        problems.append(
            FieldProblem(
                "date",
                translate(
                    "Errors", "Omgången har redan ett seminarium {seminar_date}. Välj en annan dag."
                ).format(seminar_date=long_date(seminar_date)),
            )
        )
    if problems:
        raise ValidationError(problems)
    if breaks is None:
        breaks = school_breaks(SchoolYear.from_date(seminar_date))
    return seminar_warnings(seminar_date, breaks)


def seminar_warnings(day: date, breaks: Iterable[SchoolBreak]) -> list[str]:
    """Swedish warnings for a seminar on `day`: weekend, day off, holiday eve, school break."""
    warnings: list[str] = []
    if day.weekday() >= 5:
        warnings.append(
            translate("Errors", "Datumet är en {weekday}.").format(
                weekday=weekday_name(day.weekday())
            )
        )
    holiday = swedish_public_holidays(day.year).get(day)
    if holiday in DE_FACTO_DAYS_OFF:
        warnings.append(
            translate("Errors", "Datumet är en ledig dag för de flesta ({holiday}).").format(
                holiday=holiday_name(holiday)
            )
        )
    elif holiday is not None:
        warnings.append(
            translate("Errors", "Datumet är en helgdag ({holiday}).").format(
                holiday=holiday_name(holiday)
            )
        )
    eve = holiday_eve_name(day)
    if eve is not None:
        warnings.append(
            translate(
                "Errors", "Datumet är en helgdagsafton då många slutar tidigt ({holiday})."
            ).format(holiday=holiday_name(eve))
        )
    for school_break in breaks:
        if day in school_break:
            name = holiday_name(school_break.name)
            if school_break.start == school_break.end:
                warning = translate(
                    "Errors", "Datumet ligger under ett skollov ({name}, {day})."
                ).format(name=name, day=long_date(school_break.start))
            else:
                warning = translate(
                    "Errors", "Datumet ligger under ett skollov ({name}, {start}–{end})."
                ).format(
                    name=name, start=long_date(school_break.start), end=long_date(school_break.end)
                )
            warnings.append(warning)
    return warnings


def date_warnings(day: date, sportlov_week: int = DEFAULT_SPORTLOV_WEEK) -> list[str]:
    """`seminar_warnings` for `day`, with the breaks of its school year (sportlov in week
    `sportlov_week`): what the seminar dialog warns about, and the schedule flags."""
    return seminar_warnings(day, school_breaks(SchoolYear.from_date(day), sportlov_week))


def renumber(
    seminars: Iterable[tuple[int, date | None]], order: Sequence[int] | None = None
) -> dict[int, int]:
    """Number seminars 1..n; returns {seminar id: number}.

    Without `order` the numbers follow the dates; a seminar without a date comes after the dated
    ones, and ties go to the lower id. With `order` (every id exactly once) the numbers follow it.
    Call it with the seminars as they are after a seminar was added, moved or removed.
    """
    items = list(seminars)
    ids = [seminar_id for seminar_id, _ in items]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate seminar ids in {ids}")
    if order is None:
        ordered = [
            seminar_id
            for seminar_id, _ in sorted(
                items, key=lambda item: (item[1] is None, item[1] or date.min, item[0])
            )
        ]
    elif sorted(order) == sorted(ids):
        ordered = list(order)
    else:
        raise ValueError(f"order {list(order)} is not a permutation of the seminar ids {ids}")
    return {seminar_id: number for number, seminar_id in enumerate(ordered, start=1)}


def seminar_length_problems(values: Mapping[str, str]) -> dict[str, str]:
    """A message for each of a seminar's tidied `values` ("title", "location" or a lecturer's
    "topic" -> text) longer than `SEMINAR_TEXT_LIMIT`, as `person_rules.length_problems` gives
    a person's."""
    return {
        field: translate("Errors", _TOO_LONG[field]).format(limit=SEMINAR_TEXT_LIMIT)
        for field, value in values.items()
        if len(value) > SEMINAR_TEXT_LIMIT
    }


def seminar_count_problem(field: str, count: int) -> FieldProblem | None:
    """The problem with `count` seminars in a cohort (1 to `MAX_SEMINAR_COUNT`), for `field`;
    None when the count is fine."""
    if 1 <= count <= MAX_SEMINAR_COUNT:
        return None
    return FieldProblem(
        field,
        translate(
            "Errors", "Antalet seminarier måste vara mellan 1 och {max_seminar_count}."
        ).format(max_seminar_count=MAX_SEMINAR_COUNT),
    )


def validate_cohort(
    name: str,
    school_year_text: str,
    start: date,
    end: date,
    min_attended: int,
    seminar_count: int,
) -> SchoolYear:
    """Check a cohort's basic facts; return its parsed school year or raise `ValidationError`.

    Fields: "name" (required), "school_year" (see `SchoolYear.parse`), "start"/"end" (end after
    start; the start within the school year's 1 July-30 June span, the end at most
    `MAX_COHORT_SCHOOL_YEARS` school years on), "seminar_count"
    (1..`MAX_SEMINAR_COUNT`), "min_attended" (0..seminar_count).
    """
    problems: list[FieldProblem] = []
    if not name.strip():
        problems.append(FieldProblem("name", translate("Errors", "Ange ett namn på omgången.")))
    school_year: SchoolYear | None = None
    try:
        school_year = SchoolYear.parse(school_year_text)
    except ValidationError as error:
        problems.extend(error.problems)
    if school_year is not None and start not in school_year.span:
        problems.append(
            FieldProblem(
                "start", _outside_school_year(translate("Errors", "Startdatumet"), school_year)
            )
        )
    if end <= start:
        problems.append(
            FieldProblem("end", translate("Errors", "Slutdatumet måste vara efter startdatumet."))
        )
    elif school_year is not None and end not in cohort_span(school_year):
        span = cohort_span(school_year)
        problems.append(
            FieldProblem(
                "end",
                translate(
                    "Errors",
                    "Slutdatumet måste ligga inom {max_cohort_school_years} läsår från "
                    "{label}, {start}–{end}.",
                ).format(
                    max_cohort_school_years=MAX_COHORT_SCHOOL_YEARS,
                    label=school_year.label,
                    start=long_date(span.start),
                    end=long_date(span.end),
                ),
            )
        )
    count_problem = seminar_count_problem("seminar_count", seminar_count)
    if count_problem is not None:
        problems.append(count_problem)
        if min_attended < 0:
            problems.append(
                FieldProblem(
                    "min_attended", translate("Errors", "Kravet på närvaro kan inte vara negativt.")
                )
            )
    elif not 0 <= min_attended <= seminar_count:
        problems.append(
            FieldProblem(
                "min_attended",
                translate(
                    "Errors",
                    "Kravet på närvaro måste vara mellan 0 och {seminar_count} seminarier.",
                ).format(seminar_count=seminar_count),
            )
        )
    if problems or school_year is None:
        raise ValidationError(problems)
    return school_year


def cohort_span(school_year: SchoolYear) -> DateRange:
    """The dates a cohort of `school_year` may run over: up to `MAX_COHORT_SCHOOL_YEARS` school
    years from 1 July of its first one."""
    last = SchoolYear(school_year.first_year + MAX_COHORT_SCHOOL_YEARS - 1)
    return DateRange(school_year.span.start, last.span.end)


def _outside_school_year(what: str, school_year: SchoolYear) -> str:
    span = school_year.span
    return translate("Errors", "{what} måste ligga inom läsåret {year}, {start}–{end}.").format(
        what=what, year=school_year.label, start=long_date(span.start), end=long_date(span.end)
    )


def is_free_day(day: date, sportlov_week: int = DEFAULT_SPORTLOV_WEEK) -> bool:
    """No public holiday, holiday eve or school break (of the school year `day` falls in)."""
    return _is_free(day, school_breaks(SchoolYear.from_date(day), sportlov_week))


def _is_free(day: date, breaks: Sequence[SchoolBreak]) -> bool:
    return is_day_off(day, breaks) is None and holiday_eve_name(day) is None


def _free_days(window: DateRange, weekday: int, breaks: Sequence[SchoolBreak]) -> list[date]:
    day = window.start + timedelta(days=(weekday - window.start.weekday()) % 7)
    days: list[date] = []
    while day <= window.end:
        if _is_free(day, breaks):
            days.append(day)
        day += timedelta(weeks=1)
    return days


def _spread(window: DateRange, free_days: list[date], count: int) -> list[date]:
    """Pick `count` of `free_days` (at least that many), each near the middle of its slice."""
    span = (window.end - window.start).days
    chosen: list[date] = []
    first_allowed = 0
    for index in range(count):
        target = window.start.toordinal() + span * (2 * index + 1) / (2 * count)
        last_allowed = len(free_days) - (count - index)
        best = _nearest(free_days, first_allowed, last_allowed, target)
        chosen.append(free_days[best])
        first_allowed = best + 1
    return chosen


def _nearest(days: list[date], first: int, last: int, target: float) -> int:
    """Index in days[first..last] of the day nearest `target` (an ordinal); earlier wins ties."""
    return min(range(first, last + 1), key=lambda i: abs(days[i].toordinal() - target))
