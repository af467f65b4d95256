"""Migration 0009 (intake statuses, interviews, dated steps): the new statuses are accepted after
the upgrade, folded back on a downgrade, and the file goes down and up again."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.sqlite_file import inspect_revision
from tests.data.alembic_steps import alembic_step

REVISION = "0009"
SEED = (
    "INSERT INTO programme (name, organiser, description, contact_person, archived, "
    "created_at) VALUES ('P', '', '', '', 0, '2026-01-01 00:00:00');"
    "INSERT INTO cohort (programme_id, name, school_year, start_date, end_date, status, "
    "min_attended, late_counts_as_present, excused_counts_as_attended, "
    "require_each_theme, allow_makeup, notes) VALUES (1, 'O', '2016/2017', "
    "'2016-08-15', '2017-06-13', 'running', 6, 1, 0, 0, 0, '');"
    "INSERT INTO person (first_name, last_name, phone, title, organisation, is_lecturer, notes, "
    "search_key, created_at, updated_at) VALUES ('Åsa', 'L', '', '', '', 0, '', '', "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00'), ('Bo', 'M', '', '', '', 0, '', '', "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00');"
)


def _statuses(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT status FROM enrollment ORDER BY id")]


def test_new_statuses_go_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    location = for_sqlite_file(path)
    upgrade(location, tmp_path / "backups")
    alembic_step(location, "downgrade", "0008")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executescript(SEED)
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "INSERT INTO enrollment (cohort_id, person_id, status, notes, "
                "certificate_issued_at) VALUES (1, 1, 'waitlisted', '', NULL)"
            )
    alembic_step(location, "upgrade", REVISION)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO enrollment (cohort_id, person_id, status, notes, interview_outcome) "
            "VALUES (1, 1, 'waitlisted', '', 'Stark'), (1, 2, 'declined', '', '')"
        )
        conn.execute(
            "INSERT INTO intake_step (enrollment_id, status, taken_on, recorded_at, recorded_by, "
            "note) VALUES (1, 'waitlisted', '2026-05-01', '2026-05-01 10:00:00', 'K', '')"
        )
    alembic_step(location, "downgrade", "0008")
    assert inspect_revision(path) == "0008"
    assert _statuses(path) == ["applied", "withdrawn"]
    alembic_step(location, "upgrade", REVISION)
    assert inspect_revision(path) == REVISION
    assert _statuses(path) == ["applied", "withdrawn"]
