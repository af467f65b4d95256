"""Migration 0019: the version, changed_by and changed_at of programmes, theme areas and group
meetings go down (the rows stay) and up again (every row at version 1, changed by no one
known)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file

TABLES = ("programme", "theme_area", "group_meeting")
STAMP = {"version", "changed_by", "changed_at"}


def test_more_row_versions_go_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    programme = demo.catalog.programmes()[0]
    cohort = programme.cohorts[0].id
    group = demo.groups.groups(cohort)[0].id
    demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4)))
    details = demo.planning.programme(programme.id)
    edited = demo.planning.update_programme(
        programme.id, replace(details.as_input(), organiser="BUF"), version=details.version
    )
    assert edited.version == 2
    demo.database.close()

    def columns(table: str) -> set[str]:
        with closing(sqlite3.connect(path)) as conn:
            return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}

    def rows(table: str, names: set[str]) -> list[tuple[object, ...]]:
        listed = ", ".join(sorted(names))
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute(f"SELECT {listed} FROM {table} ORDER BY id").fetchall()

    for table in TABLES:
        assert columns(table) >= STAMP
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version, changed_by FROM programme").fetchall() == [
            (2, demo.coordinator.name)
        ]

    alembic_step(db_location, "downgrade", "0018")
    assert inspect_revision(path) == "0018"
    plain = {table: columns(table) for table in TABLES}
    before = {table: rows(table, plain[table]) for table in TABLES}
    assert all(before.values())
    assert not any(STAMP & names for names in plain.values())

    alembic_step(db_location, "upgrade", "0019")
    assert inspect_revision(path) == "0019"
    for table in TABLES:
        assert rows(table, STAMP) == [(None, "", 1)] * len(before[table])
        assert rows(table, plain[table]) == before[table]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
