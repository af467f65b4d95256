"""Migration 0017: the version, changed_by and changed_at of edited rows go down (the rows
stay) and up again (every row at version 1, changed by no one known)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file

TABLES = ("cohort", "seminar", "person", "enrollment", "cohort_group")


def test_row_versions_go_down_and_up_again(demo: Services, db_location: DatabaseLocation) -> None:
    path = db_location.path
    assert path is not None
    demo.database.close()

    def columns(table: str) -> list[str]:
        with closing(sqlite3.connect(path)) as conn:
            return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]

    def ids(table: str) -> list[int]:
        with closing(sqlite3.connect(path)) as conn:
            return [row[0] for row in conn.execute(f"SELECT id FROM {table} ORDER BY id")]

    before = {table: ids(table) for table in TABLES}
    assert all(before.values())
    for table in TABLES:
        assert {"version", "changed_by", "changed_at"} <= set(columns(table))

    alembic_step(db_location, "downgrade", "0016")
    assert inspect_revision(path) == "0016"
    for table in TABLES:
        assert not {"version", "changed_by", "changed_at"} & set(columns(table))
        assert ids(table) == before[table]

    alembic_step(db_location, "upgrade", "0017")
    assert inspect_revision(path) == "0017"
    with closing(sqlite3.connect(path)) as conn:
        for table in TABLES:
            assert conn.execute(
                f"SELECT DISTINCT version, changed_by, changed_at FROM {table}"
            ).fetchall() == [(1, "", None)]
            assert ids(table) == before[table]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
