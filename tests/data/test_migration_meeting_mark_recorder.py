"""Migration 0018: who took a group meeting mark and when go down (the marks stay) and up again
(taken by no one known, at no known time)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file


def test_meeting_mark_recorder_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    group = demo.groups.groups(cohort)[0].id
    meeting = demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4))).id
    members = [m.enrollment_id for m in demo.group_meetings.sheet(meeting).marks[:2]]
    demo.group_meetings.set_marks(meeting, dict.fromkeys(members, AttendanceStatus.PRESENT))
    demo.database.close()

    def rows(columns: str) -> list[tuple[object, ...]]:
        with closing(sqlite3.connect(path)) as conn:
            query = f"SELECT {columns} FROM group_meeting_attendance ORDER BY enrollment_id"
            return conn.execute(query).fetchall()

    assert [by for (by,) in rows("recorded_by")] == [demo.coordinator.name] * 2
    assert all(at is not None for (at,) in rows("recorded_at"))
    marks = rows("enrollment_id, status")

    alembic_step(db_location, "downgrade", "0017")
    assert inspect_revision(path) == "0017"
    with closing(sqlite3.connect(path)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(group_meeting_attendance)")}
    assert not {"recorded_by", "recorded_at"} & columns
    assert rows("enrollment_id, status") == marks

    alembic_step(db_location, "upgrade", "0018")
    assert inspect_revision(path) == "0018"
    assert rows("enrollment_id, status, recorded_by, recorded_at") == [
        (*mark, "", None) for mark in marks
    ]
