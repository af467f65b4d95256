"""Dates written out in the chosen language: weekday and month names, long dates."""

from __future__ import annotations

from datetime import date

from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Dates", "måndag"),
    QT_TRANSLATE_NOOP("Dates", "tisdag"),
    QT_TRANSLATE_NOOP("Dates", "onsdag"),
    QT_TRANSLATE_NOOP("Dates", "torsdag"),
    QT_TRANSLATE_NOOP("Dates", "fredag"),
    QT_TRANSLATE_NOOP("Dates", "lördag"),
    QT_TRANSLATE_NOOP("Dates", "söndag"),
)
"""Weekday names (Swedish source text), indexed like `date.weekday()` (0 = Monday)."""
WEEKDAY_PLURALS = (
    QT_TRANSLATE_NOOP("Dates", "måndagar"),
    QT_TRANSLATE_NOOP("Dates", "tisdagar"),
    QT_TRANSLATE_NOOP("Dates", "onsdagar"),
    QT_TRANSLATE_NOOP("Dates", "torsdagar"),
    QT_TRANSLATE_NOOP("Dates", "fredagar"),
    QT_TRANSLATE_NOOP("Dates", "lördagar"),
    QT_TRANSLATE_NOOP("Dates", "söndagar"),
)
"""The same in the plural (“Mondays”)."""


def weekday_name(weekday: int, *, plural: bool = False) -> str:
    """The name of a weekday (0 = Monday) in the chosen language."""
    return translate("Dates", (WEEKDAY_PLURALS if plural else WEEKDAY_NAMES)[weekday])


MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Dates", "januari"),
    QT_TRANSLATE_NOOP("Dates", "februari"),
    QT_TRANSLATE_NOOP("Dates", "mars"),
    QT_TRANSLATE_NOOP("Dates", "april"),
    QT_TRANSLATE_NOOP("Dates", "maj"),
    QT_TRANSLATE_NOOP("Dates", "juni"),
    QT_TRANSLATE_NOOP("Dates", "juli"),
    QT_TRANSLATE_NOOP("Dates", "augusti"),
    QT_TRANSLATE_NOOP("Dates", "september"),
    QT_TRANSLATE_NOOP("Dates", "oktober"),
    QT_TRANSLATE_NOOP("Dates", "november"),
    QT_TRANSLATE_NOOP("Dates", "december"),
)
"""Month names (Swedish source text), January first."""


def long_date(day: date, *, weekday: bool = False, year: bool = True) -> str:
    """E.g. "15 september 2016" (in English "15 September 2016"); with `weekday`
    "torsdag 15 september 2016"; without `year` "15 september"."""
    month = translate("Dates", MONTH_NAMES[day.month - 1])
    if year:
        text = translate("Dates", "{day} {month} {year}").format(
            day=day.day, month=month, year=day.year
        )
    else:
        text = translate("Dates", "{day} {month}").format(day=day.day, month=month)
    if not weekday:
        return text
    return translate("Dates", "{weekday} {date}").format(
        weekday=weekday_name(day.weekday()), date=text
    )
