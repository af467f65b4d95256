"""iCalendar (.ics) export of seminars in Europe/Stockholm, with stable UIDs for re-export."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from seminarkoll import __version__

TIMEZONE = "Europe/Stockholm"
Observance = TypeVar("Observance", TimezoneDaylight, TimezoneStandard)
PRODID = f"-//Seminarkoll//Seminarkoll {__version__}//SV"


@dataclass(frozen=True)
class CalendarSeminar:
    """One seminar as a calendar event; no times means an all-day event.

    `sequence` is the event's revision: Outlook and other clients replace an event with the
    same UID when the new copy has a higher (or equal) SEQUENCE.
    """

    uid: str
    summary: str
    day: date
    start: time | None
    end: time | None
    location: str = ""
    description: str = ""
    categories: tuple[str, ...] = ()
    sequence: int = 0

    @property
    def digest(self) -> str:
        """A fingerprint of what the event says (not its UID or SEQUENCE): when it differs
        from the last export's, the event changed and its SEQUENCE must grow."""
        parts = (
            self.summary,
            self.day.isoformat(),
            self.start.isoformat() if self.start else "",
            self.end.isoformat() if self.end else "",
            self.location,
            self.description,
            *self.categories,
        )
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def seminar_uid(seminar_id: int, database_id: str) -> str:
    """The UID a seminar keeps in every export, so calendars update instead of duplicating;
    `database_id` (random, one per database) keeps two databases' seminars apart."""
    return f"seminar-{seminar_id}-{database_id}@seminarkoll"


def calendar_bytes(
    name: str, seminars: Sequence[CalendarSeminar], stamp: datetime | None = None
) -> bytes:
    """The .ics file for `seminars`: METHOD:PUBLISH, times in Europe/Stockholm with its
    VTIMEZONE, DTSTAMP from `stamp` (default: now), each event's own SEQUENCE."""
    moment = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    zone = ZoneInfo(TIMEZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    calendar.add_component(stockholm_timezone())
    for seminar in seminars:
        event = Event()
        event.add("uid", seminar.uid)
        event.add("dtstamp", moment)
        event.add("sequence", seminar.sequence)
        event.add("summary", seminar.summary)
        if seminar.start is not None and seminar.end is not None:
            event.add("dtstart", datetime.combine(seminar.day, seminar.start, tzinfo=zone))
            event.add("dtend", datetime.combine(seminar.day, seminar.end, tzinfo=zone))
        else:
            event.add("dtstart", seminar.day)
            event.add("dtend", seminar.day + timedelta(days=1))
        if seminar.location:
            event.add("location", seminar.location)
        if seminar.description:
            event.add("description", seminar.description)
        if seminar.categories:
            event.add("categories", list(seminar.categories))
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def stockholm_timezone() -> Timezone:
    """VTIMEZONE for Europe/Stockholm by the EU rule in force since 1996 (summer time from the
    last Sunday of March 02:00 to the last Sunday of October 03:00), written with RRULEs as
    Outlook writes it, so every year is covered."""
    timezone = Timezone()
    timezone.add("tzid", TIMEZONE)
    summer = _observance(TimezoneDaylight(), "CEST", (1, 2), datetime(1996, 3, 31, 2, 0))
    winter = _observance(TimezoneStandard(), "CET", (2, 1), datetime(1996, 10, 27, 3, 0))
    timezone.add_component(summer)
    timezone.add_component(winter)
    return timezone


def _observance(
    observance: Observance, name: str, offsets: tuple[int, int], start: datetime
) -> Observance:
    """Summer or standard time (`name`): from `start` on, and each year on the last Sunday of
    `start`'s month, the offset from UTC goes from `offsets[0]` hours to `offsets[1]`."""
    before, after = offsets
    observance.add("tzname", name)
    observance.add("tzoffsetfrom", timedelta(hours=before))
    observance.add("tzoffsetto", timedelta(hours=after))
    observance.add("dtstart", start)
    observance.add("rrule", {"freq": "yearly", "bymonth": start.month, "byday": "-1SU"})
    return observance
