"""Migration 0004 (certificate issue dates, the organisation): down and up again, data kept."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.sqlite_file import inspect_revision
from tests.data.alembic_steps import alembic_step

REVISION = "0004"


def _columns(path: Path, table: str) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def test_downgrade_and_upgrade_keep_enrolments(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    location = for_sqlite_file(path)
    upgrade(location, tmp_path / "backups")
    alembic_step(location, "upgrade", REVISION)
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(
            "INSERT INTO programme (name, organiser, description, contact_person, archived, "
            "created_at) VALUES ('P', '', '', '', 0, '2026-01-01 00:00:00');"
            "INSERT INTO cohort (programme_id, name, school_year, start_date, end_date, status, "
            "min_attended, late_counts_as_present, excused_counts_as_attended, "
            "require_each_theme, allow_makeup, notes) VALUES (1, 'O', '2016/2017', "
            "'2016-08-15', '2017-06-13', 'running', 6, 1, 0, 0, 0, '');"
            "INSERT INTO person (first_name, last_name, phone, title, organisation, "
            "is_lecturer, notes, search_key, created_at, updated_at) VALUES ('Åsa', 'L', '', "
            "'', '', 0, '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00');"
            "INSERT INTO enrollment (cohort_id, person_id, status, notes, "
            "certificate_issued_at) VALUES (1, 1, 'enrolled', '', '2017-06-09 10:00:00');"
            "INSERT INTO organisation_profile (id, name, signer_name, signer_title, place) "
            "VALUES (1, 'Trollhättans stad', 'K', 'Samordnare', 'Trollhättan');"
        )
    alembic_step(location, "downgrade", "0003")
    assert inspect_revision(path) == "0003"
    assert "certificate_issued_at" not in _columns(path, "enrollment")
    assert _columns(path, "organisation_profile") == set()
    alembic_step(location, "upgrade", REVISION)
    assert "certificate_issued_at" in _columns(path, "enrollment")
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT status, certificate_issued_at FROM enrollment").fetchall()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert rows == [("enrolled", None)]
