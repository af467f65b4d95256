"""Migration 0010 (calendar identity): every database gets its own random id once, seminars a
calendar revision; a downgrade removes both and keeps the seminars, and the file goes up again."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.data.location import DatabaseLocation, for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file


def _identity(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute("SELECT value FROM app_setting WHERE key = 'database_id'").fetchone()
        return None if row is None else str(row[0])


def _seminar_columns(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[1] for row in conn.execute("PRAGMA table_info(seminar)")}


def _seminars(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, title, date FROM seminar ORDER BY id").fetchall()


def test_each_new_database_gets_its_own_identity(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    upgrade(for_sqlite_file(first))
    upgrade(for_sqlite_file(second))
    ours, theirs = _identity(first), _identity(second)
    assert ours is not None
    assert len(ours) == 32
    assert theirs is not None
    assert ours != theirs


def test_calendar_identity_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    seminars = _seminars(path)
    assert len(seminars) >= 7
    before = _identity(path)
    demo.database.close()

    alembic_step(db_location, "downgrade", "0009")
    assert inspect_revision(path) == "0009"
    assert _identity(path) is None
    assert not {"calendar_revision", "calendar_digest"} & _seminar_columns(path)
    assert _seminars(path) == seminars

    alembic_step(db_location, "upgrade", "0010")
    assert inspect_revision(path) == "0010"
    again = _identity(path)
    assert again is not None
    assert again != before
    with closing(sqlite3.connect(path)) as conn:
        assert set(conn.execute("SELECT calendar_revision, calendar_digest FROM seminar")) == {
            (0, "")
        }
    assert _seminars(path) == seminars
