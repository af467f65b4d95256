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

REVISION = "0012"
BEFORE = "0011"
SEED = (
    "INSERT INTO programme (name, organiser, description, contact_person, archived, "
    "created_at) VALUES ('P', '', '', '', 0, '2026-01-01 00:00:00');"
    "INSERT INTO cohort (programme_id, name, school_year, start_date, end_date, status, "
    "min_attended, late_counts_as_present, excused_counts_as_attended, "
    "require_each_theme, allow_makeup, notes) VALUES (1, 'O', '2016/2017', "
    "'2016-08-15', '2017-06-13', 'running', 6, 1, 0, 0, 0, '');"
)
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
