"""Migration 0012 (the mentor pair group kind): refused before, accepted after the upgrade,
folded into mentor groups on a downgrade, and the file goes down and up again."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.sqlite_file import inspect_revision
from tests.data.alembic_steps import alembic_step
from tests.data.test_migration_intake import SEED

REVISION = "0012"
BEFORE = "0011"
PAIR = "INSERT INTO cohort_group (cohort_id, name, kind) VALUES (1, 'Mentorpar 1', 'mentor_pair')"


def _kinds(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT kind FROM cohort_group ORDER BY id")]


def test_mentor_pairs_go_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    location = for_sqlite_file(path)
    upgrade(location, tmp_path / "backups")
    alembic_step(location, "downgrade", BEFORE)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(SEED)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(PAIR)
    alembic_step(location, "upgrade", REVISION)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(PAIR)
        conn.execute(
            "INSERT INTO cohort_group (cohort_id, name, kind) VALUES (1, 'Lärteam', "
            "'learning_team')"
        )
    assert _kinds(path) == ["mentor_pair", "learning_team"]
    alembic_step(location, "downgrade", BEFORE)
    assert inspect_revision(path) == BEFORE
    assert _kinds(path) == ["mentor_group", "learning_team"]
    alembic_step(location, "upgrade", REVISION)
    assert inspect_revision(path) == REVISION
    assert _kinds(path) == ["mentor_group", "learning_team"]
