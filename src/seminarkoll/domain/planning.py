"""Planning rules: copying a plan to a new school year, theme colours, names and removal texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from seminarkoll.domain.calendar import DEFAULT_SPORTLOV_WEEK, SchoolYear
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.schedule import is_free_day, shift_to_school_year
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

THEME_COLOURS = (
    "#3b6ea5",
    "#4f9a5b",
    "#c27c2c",
    "#8a5aa8",
    "#b5485d",
    "#2f8f8f",
    "#7a6a3a",
    "#5b6b7f",
)
"""Colours offered, in turn, to new theme areas; readable as text and as a marker on white."""

NAME_LIMIT = 200
"""The longest name of a programme, theme area, cohort or group (the columns' length)."""


def long_name_problem(name: str, field: str = "name") -> FieldProblem | None:
    """The problem with a programme's, theme area's, cohort's or group's tidied `name` (or
    another of their texts, in `field`) longer than `NAME_LIMIT`; None when it fits."""
    if len(name) <= NAME_LIMIT:
        return None
    message = (
        translate("Errors", "Namnet får vara högst {limit} tecken långt.")
        if field == "name"
        else translate("Errors", "Texten får vara högst {limit} tecken lång.")
    )
    return FieldProblem(field, message.format(limit=NAME_LIMIT))


_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_NUMBERED_NAME = re.compile(r"^(.*?)(\d+)\s*$")

REMOVAL_NOUNS: Mapping[str, tuple[str, str]] = {
    "programme": (
        QT_TRANSLATE_NOOP("Counts", "1 program"),
        QT_TRANSLATE_NOOP("Counts", "{count} program"),
    ),
    "theme_area": (
        QT_TRANSLATE_NOOP("Counts", "1 temaområde"),
        QT_TRANSLATE_NOOP("Counts", "{count} temaområden"),
    ),
    "cohort": (
        QT_TRANSLATE_NOOP("Counts", "1 omgång"),
        QT_TRANSLATE_NOOP("Counts", "{count} omgångar"),
    ),
    "seminar": (
        QT_TRANSLATE_NOOP("Counts", "1 seminarium"),
        QT_TRANSLATE_NOOP("Counts", "{count} seminarier"),
    ),
    "seminar_lecturer": (
        QT_TRANSLATE_NOOP("Counts", "1 föreläsarkoppling"),
        QT_TRANSLATE_NOOP("Counts", "{count} föreläsarkopplingar"),
    ),
    "person": (
        QT_TRANSLATE_NOOP("Counts", "1 person"),
        QT_TRANSLATE_NOOP("Counts", "{count} personer"),
    ),
    "enrollment": (
        QT_TRANSLATE_NOOP("Counts", "1 antagning"),
        QT_TRANSLATE_NOOP("Counts", "{count} antagningar"),
    ),
    "cohort_group": (
        QT_TRANSLATE_NOOP("Counts", "1 grupp"),
        QT_TRANSLATE_NOOP("Counts", "{count} grupper"),
    ),
    "group_member": (
        QT_TRANSLATE_NOOP("Counts", "1 gruppmedlemskap"),
        QT_TRANSLATE_NOOP("Counts", "{count} gruppmedlemskap"),
    ),
    "group_meeting": (
        QT_TRANSLATE_NOOP("Counts", "1 gruppträff"),
        QT_TRANSLATE_NOOP("Counts", "{count} gruppträffar"),
    ),
    "group_meeting_attendance": (
        QT_TRANSLATE_NOOP("Counts", "1 närvaronotering från gruppträff"),
        QT_TRANSLATE_NOOP("Counts", "{count} närvaronoteringar från gruppträffar"),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("Counts", "1 närvaronotering"),
        QT_TRANSLATE_NOOP("Counts", "{count} närvaronoteringar"),
    ),
    "signoff_event": (
        QT_TRANSLATE_NOOP("Counts", "1 signeringshändelse"),
        QT_TRANSLATE_NOOP("Counts", "{count} signeringshändelser"),
    ),
    "makeup_task": (
        QT_TRANSLATE_NOOP("Counts", "1 kompletteringsuppgift"),
        QT_TRANSLATE_NOOP("Counts", "{count} kompletteringsuppgifter"),
    ),
    "attendance_change": (
        QT_TRANSLATE_NOOP("Counts", "1 rad i närvarologgen"),
        QT_TRANSLATE_NOOP("Counts", "{count} rader i närvarologgen"),
    ),
}
"""Singular and plural phrases (Swedish source, {count} for the number) for every kind of row a
removal can take with it."""


def count_phrase(count: int, one: str, many: str, **fields: object) -> str:
    """`one` ("1 seminarium") for a count of 1, else `many` ("{count} seminarier"), in the chosen
    language: both are source texts of the context "Counts"; `fields` fill their other places."""
    return translate("Counts", one if count == 1 else many).format(count=count, **fields)


def join_phrases(phrases: Sequence[str]) -> str:
    """Swedish enumeration: "a", "a och b", "a, b och c"; '' for none."""
    if not phrases:
        return ""
    if len(phrases) == 1:
        return phrases[0]
    return translate("Errors", "{first} och {last}").format(
        first=", ".join(phrases[:-1]), last=phrases[-1]
    )


def describe_counts(counts: Iterable[tuple[str, int]]) -> str:
    """What a removal takes with it, e.g. "3 seminarier och 41 närvaronoteringar".

    `counts` pairs a key of `REMOVAL_NOUNS` (a table name) with a number. Zero counts are left
    out; the rest are said in the order of `REMOVAL_NOUNS`, unknown tables last by their name.
    """
    order = list(REMOVAL_NOUNS)
    known = sorted(
        ((kind, n) for kind, n in counts if n > 0),
        key=lambda item: (order.index(item[0]) if item[0] in order else len(order), item[0]),
    )
    phrases = [
        count_phrase(n, *REMOVAL_NOUNS[kind])
        if kind in REMOVAL_NOUNS
        else count_phrase(
            n,
            QT_TRANSLATE_NOOP("Counts", "1 rad i tabellen {table}"),
            QT_TRANSLATE_NOOP("Counts", "{count} rader i tabellen {table}"),
            table=kind,
        )
        for kind, n in known
    ]
    return join_phrases(phrases)


def normalise_colour(text: str, field: str = "colour") -> str:
    """ "#3B6EA5", "3b6ea5" or "#36a" as lower-case "#rrggbb"; ValidationError otherwise."""
    match = _COLOUR.match(text.strip())
    if match is None:
        raise ValidationError.single(
            field, translate("Errors", "Ange färgen som en hexadecimal kod, till exempel #3b6ea5.")
        )
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits}"


def next_theme_colour(used: Iterable[str]) -> str:
    """The first colour of `THEME_COLOURS` not in `used`, else the one used least."""
    taken = [colour.lower() for colour in used]
    return min(THEME_COLOURS, key=lambda colour: (taken.count(colour), THEME_COLOURS.index(colour)))


def suggest_cohort_name(existing: Iterable[str], fallback: str = "Omgång 1") -> str:
    """The name after the highest-numbered existing one ("Omgång 3" -> "Omgång 4").

    Names without a trailing number are ignored; with none at all, `fallback` is returned
    (or "<fallback> 2" ... when `fallback` is taken).
    """
    names = list(existing)
    best: tuple[int, str] | None = None
    for name in names:
        match = _NUMBERED_NAME.match(name.strip())
        if match is not None and (best is None or int(match.group(2)) > best[0]):
            best = (int(match.group(2)), match.group(1))
    if best is not None:
        return f"{best[1]}{best[0] + 1}"
    if fallback not in names:
        return fallback
    number = 2
    while f"{fallback} {number}" in names:
        number += 1
    return f"{fallback} {number}"


def shift_plan(
    dates: Sequence[date],
    source: SchoolYear,
    target: SchoolYear,
    sportlov_week: int = DEFAULT_SPORTLOV_WEEK,
) -> list[date]:
    """Move a whole plan from `source` to `target` with `shift_to_school_year`, keeping it sound.

    Every date keeps its weekday and ISO week where possible. When two dates would land on the
    same day (one of them pushed out of a break into its neighbour's week), the later one of
    the pair moves on to the nearest free week not taken, earlier weeks winning ties. The result
    has one date per input date, in the same order, all different.
    """
    taken: set[date] = set()
    result: list[date] = []
    for day in dates:
        shifted = shift_to_school_year(day, source, target, sportlov_week)
        weeks_away = 0
        candidate = shifted
        while candidate in taken:
            weeks_away += 1
            for option in (
                shifted - timedelta(weeks=weeks_away),
                shifted + timedelta(weeks=weeks_away),
            ):
                if is_free_day(option, sportlov_week) and option not in taken:
                    candidate = option
                    break
        taken.add(candidate)
        result.append(candidate)
    return result
