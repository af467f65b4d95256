"""Migration 0020: a group meeting's last unlock (when, by whom, why) goes down (the meeting
stays, signed state and all) and up again (no unlock known)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file

UNLOCK = ("unlocked_at", "unlocked_by", "unlock_reason")


def test_a_meetings_unlock_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    group = demo.groups.groups(cohort)[0].id
    meeting = demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4)))
    demo.group_meetings.sign(meeting.id)
    demo.group_meetings.unlock(meeting.id, "Listan var felläst")
    demo.database.close()

    def columns() -> list[str]:
        with closing(sqlite3.connect(path)) as conn:
            return [row[1] for row in conn.execute("PRAGMA table_info(group_meeting)")]

    def rows(names: tuple[str, ...]) -> list[tuple[object, ...]]:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute(f"SELECT {', '.join(names)} FROM group_meeting").fetchall()

    assert rows(UNLOCK[1:]) == [(demo.coordinator.name, "Listan var felläst")]

    alembic_step(db_location, "downgrade", "0019")
    assert inspect_revision(path) == "0019"
    plain = tuple(columns())
    assert not set(UNLOCK) & set(plain)
    before = rows(plain)
    assert len(before) == 1

    alembic_step(db_location, "upgrade", "0020")
    assert inspect_revision(path) == "0020"
    assert rows(UNLOCK) == [(None, "", "")]
    assert rows(plain) == before
