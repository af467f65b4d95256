"""Migration 0013: a programme's meetings-count setting and a meeting's sign-off go down (the
meetings and programmes stay) and up again (off, unsigned)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file


def _columns(path: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_meetings_count_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    programme = demo.catalog.programmes()[0]
    group = demo.groups.groups(programme.cohorts[0].id)[0].id
    demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4), place="Sal 3"))
    demo.database.close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE programme SET meetings_count = 1")
        conn.execute("UPDATE group_meeting SET signed_off_by = 'Karin'")

    alembic_step(db_location, "downgrade", "0012")
    assert inspect_revision(path) == "0012"
    assert "meetings_count" not in _columns(path, "programme")
    assert not {"signed_off_at", "signed_off_by"} & _columns(path, "group_meeting")
    assert _rows(path, "SELECT date, place FROM group_meeting") == [("2016-10-04", "Sal 3")]

    alembic_step(db_location, "upgrade", "0013")
    assert inspect_revision(path) == "0013"
    assert _rows(path, "SELECT meetings_count FROM programme") == [(0,)]
    assert _rows(path, "SELECT place, signed_off_at, signed_off_by FROM group_meeting") == [
        ("Sal 3", None, None)
    ]
