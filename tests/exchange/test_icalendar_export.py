"""Tests for the iCalendar export: parsed back with icalendar, times right across summer time."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from seminarkoll.exchange.icalendar_export import (
    CalendarSeminar,
    calendar_bytes,
    seminar_uid,
    stockholm_timezone,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STAMP = datetime(2024, 8, 20, 9, 30, tzinfo=UTC)
DATABASE = "0f3c9e6a51b24d7e8c1f2a3b4c5d6e7f"


def seminar(
    seminar_id: int,
    day: date,
    start: time | None = time(13),
    end: time | None = time(16),
    **fields: object,
) -> CalendarSeminar:
    return CalendarSeminar(
        seminar_uid(seminar_id, DATABASE), f"Seminarium {seminar_id}", day, start, end, **fields
    )  # type: ignore[arg-type]


def events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


@pytest.mark.parametrize(
    ("day", "utc_start", "offset"),
    [
        (date(2025, 3, 27), datetime(2025, 3, 27, 12, 0, tzinfo=UTC), timedelta(hours=1)),
        (date(2025, 3, 31), datetime(2025, 3, 31, 11, 0, tzinfo=UTC), timedelta(hours=2)),
        (date(2024, 10, 24), datetime(2024, 10, 24, 11, 0, tzinfo=UTC), timedelta(hours=2)),
        (date(2024, 10, 31), datetime(2024, 10, 31, 12, 0, tzinfo=UTC), timedelta(hours=1)),
    ],
    ids=["march-before-change", "march-after-change", "october-before", "october-after"],
)
def test_times_are_right_across_summer_time(
    day: date, utc_start: datetime, offset: timedelta
) -> None:
    (event,) = events(calendar_bytes("Schema", [seminar(1, day)], STAMP)).values()
    start = event.decoded("dtstart")
    end = event.decoded("dtend")
    assert start.utcoffset() == offset
    assert start.astimezone(UTC) == utc_start
    assert end - start == timedelta(hours=3)
    assert event["dtstart"].params["TZID"] == "Europe/Stockholm"


def test_the_calendar_carries_its_own_vtimezone_matching_the_tz_database() -> None:
    data = calendar_bytes("Schema", [seminar(1, date(2025, 3, 31))], STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert vtimezone["tzid"] == "Europe/Stockholm"
    zone = vtimezone.to_tz()
    moment = datetime(2024, 1, 1, 0, 30)
    while moment < datetime(2031, 1, 1):
        assert zone.utcoffset(moment) == moment.replace(tzinfo=STOCKHOLM).utcoffset(), moment
        moment += timedelta(hours=6)
    assert stockholm_timezone().to_ical() in data


def test_fields_uid_sequence_and_publish_method() -> None:
    data = calendar_bytes(
        "Ledare på lut – Omgång 4 (2024/2025)",
        [
            seminar(
                7,
                date(2024, 9, 5),
                location="Kunskapens hus, sal 3",
                description="Föreläsare: Eva Lindberg\nSamtal i grupper",
                categories=("Skolutveckling",),
            ),
            seminar(8, date(2024, 10, 3), None, None, sequence=3),
        ],
        STAMP,
    )
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["method"] == "PUBLISH"
    assert calendar["x-wr-calname"] == "Ledare på lut – Omgång 4 (2024/2025)"
    found = events(data)
    assert set(found) == {f"seminar-7-{DATABASE}@seminarkoll", f"seminar-8-{DATABASE}@seminarkoll"}
    timed = found[f"seminar-7-{DATABASE}@seminarkoll"]
    assert timed["summary"] == "Seminarium 7"
    assert timed["location"] == "Kunskapens hus, sal 3"
    assert timed["description"] == "Föreläsare: Eva Lindberg\nSamtal i grupper"
    assert timed.decoded("dtstamp") == STAMP
    assert int(timed["sequence"]) == 0
    all_day = found[f"seminar-8-{DATABASE}@seminarkoll"]
    assert int(all_day["sequence"]) == 3
    assert all_day.decoded("dtstart") == date(2024, 10, 3)
    assert all_day.decoded("dtend") == date(2024, 10, 4)


def test_a_later_export_keeps_uids_and_sequences_whatever_the_time() -> None:
    plan = [seminar(1, date(2024, 9, 5)), seminar(2, date(2024, 10, 3))]
    first = events(calendar_bytes("Schema", plan, STAMP))
    later = events(calendar_bytes("Schema", plan, STAMP + timedelta(days=5)))
    assert set(first) == set(later)
    for uid in first:
        assert int(later[uid]["sequence"]) == int(first[uid]["sequence"]) == 0


def test_the_digest_follows_what_the_event_says_not_its_uid_or_sequence() -> None:
    base = seminar(1, date(2024, 9, 5), location="Sal 3")
    assert replace(base, uid="annan", sequence=9).digest == base.digest
    for changed in (
        replace(base, summary="Nytt namn"),
        replace(base, day=date(2024, 9, 6)),
        replace(base, start=time(12)),
        replace(base, end=None),
        replace(base, location="Sal 4"),
        replace(base, description="Ny föreläsare"),
        replace(base, categories=("Tema",)),
    ):
        assert changed.digest != base.digest
