"""Migration 0016: a programme's number of seminars per school year goes down (the programme
stays) and up again (no such rule)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file


def test_min_per_school_year_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    programme = demo.catalog.programmes()[0].id
    details = demo.planning.programme(programme)
    demo.planning.update_programme(programme, replace(details.as_input(), min_per_school_year=3))
    demo.database.close()

    def rows() -> list[tuple[object, ...]]:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute(
                "SELECT id, name, organiser, description, archived, meetings_count FROM programme"
            ).fetchall()

    def columns() -> list[str]:
        with closing(sqlite3.connect(path)) as conn:
            return [row[1] for row in conn.execute("PRAGMA table_info(programme)")]

    assert "min_per_school_year" in columns()
    before = rows()
    alembic_step(db_location, "downgrade", "0015")
    assert inspect_revision(path) == "0015"
    assert "min_per_school_year" not in columns()
    assert rows() == before

    alembic_step(db_location, "upgrade", "0016")
    assert inspect_revision(path) == "0016"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name, min_per_school_year FROM programme").fetchall() == [
            (details.name, None)
        ]
