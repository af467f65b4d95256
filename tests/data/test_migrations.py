"""Migrations: head equals the models, start-up checks refuse foreign files, failures roll back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from seminarkoll.data.backups import take_backup
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import alembic_config, current_revision, upgrade
from seminarkoll.data.models import Base
from seminarkoll.data.revision import HEAD_REVISION, KNOWN_REVISIONS
from seminarkoll.data.sqlite_file import inspect_revision


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_known_revisions_match_the_alembic_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(KNOWN_REVISIONS)


def test_upgrade_head_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    location = for_sqlite_file(tmp_path / "fresh.sqlite3")
    result = upgrade(location, tmp_path / "backups")
    assert (result.from_revision, result.to_revision, result.backup) == (None, HEAD_REVISION, None)
    engine = create_engine(location.url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
    assert current_revision(location) == HEAD_REVISION


def test_second_upgrade_is_a_no_op_without_backup(tmp_path: Path) -> None:
    location = for_sqlite_file(tmp_path / "db.sqlite3")
    upgrade(location, tmp_path / "backups")
    again = upgrade(location, tmp_path / "backups")
    assert again.backup is None
    assert not (tmp_path / "backups").exists()


def test_failed_upgrade_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "half.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        # An alembic_version table without a row plus a clashing table: 0001 must fail midway.
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("CREATE TABLE seminar (id INTEGER PRIMARY KEY)")
        conn.commit()
    before = _tables(path)
    with pytest.raises(Exception, match="seminar"):
        upgrade(for_sqlite_file(path), tmp_path / "backups")
    assert _tables(path) == before
    assert inspect_revision(path) is None


def test_text_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("inköpslista\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"notes\.txt är ingen Seminarkoll-databas"):
        inspect_revision(notes)


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="Mappen för databasen finns inte"):
        inspect_revision(tmp_path / "saknas" / "db.sqlite3")


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
        conn.commit()
    with pytest.raises(DatabaseError, match="inte en Seminarkoll-databas"):
        inspect_revision(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    location = for_sqlite_file(tmp_path / "newer.sqlite3")
    upgrade(location, tmp_path / "backups")
    with closing(sqlite3.connect(tmp_path / "newer.sqlite3")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(DatabaseError, match="nyare version av Seminarkoll"):
        inspect_revision(tmp_path / "newer.sqlite3")


def test_backup_is_a_readable_copy(tmp_path: Path) -> None:
    location = for_sqlite_file(tmp_path / "live.sqlite3")
    upgrade(location, tmp_path / "backups")
    copy = take_backup(tmp_path / "live.sqlite3", tmp_path / "backups", "test")
    second = take_backup(tmp_path / "live.sqlite3", tmp_path / "backups", "test")
    assert copy != second
    assert inspect_revision(copy) == HEAD_REVISION
    assert "programme" in _tables(copy)


def test_upgrade_from_an_older_revision_backs_up_and_keeps_the_data(tmp_path: Path) -> None:
    from alembic import command

    from seminarkoll.data.engine import make_engine

    location = for_sqlite_file(tmp_path / "old.sqlite3")
    engine = make_engine(location, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, KNOWN_REVISIONS[0])
    engine.dispose()
    with closing(sqlite3.connect(tmp_path / "old.sqlite3")) as conn:
        conn.execute(
            "INSERT INTO programme (name, organiser, description, contact_person, "
            "archived, created_at) VALUES ('Ledare på lut', '', '', '', 0, "
            "'2026-01-01 00:00:00.000000')"
        )
        conn.execute(
            "INSERT INTO cohort (programme_id, name, school_year, start_date, end_date, status, "
            "min_attended, late_counts_as_present, excused_counts_as_attended, "
            "require_each_theme, allow_makeup, notes) VALUES (1, 'Omgång 3', '2016/2017', "
            "'2016-08-15', '2017-06-13', 'running', 6, 1, 0, 0, 0, '')"
        )
        conn.commit()
    assert inspect_revision(tmp_path / "old.sqlite3") == KNOWN_REVISIONS[0]

    result = upgrade(location, tmp_path / "backups")

    assert (result.from_revision, result.to_revision) == (KNOWN_REVISIONS[0], HEAD_REVISION)
    assert result.backup is not None
    assert inspect_revision(result.backup) == KNOWN_REVISIONS[0]
    with closing(sqlite3.connect(tmp_path / "old.sqlite3")) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM programme")]
        cohorts = conn.execute("SELECT name, sportlov_week FROM cohort").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="sportlov_week_in_range"):
            conn.execute("UPDATE cohort SET sportlov_week = 11")
    assert names == ["Ledare på lut"]
    assert cohorts == [("Omgång 3", 9)]  # 0003 gave the cohort the usual week
    assert inspect_revision(tmp_path / "old.sqlite3") == HEAD_REVISION


def test_every_revision_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    from alembic import command

    from seminarkoll.data.engine import make_engine

    location = for_sqlite_file(tmp_path / "round.sqlite3")
    upgrade(location)
    engine = make_engine(location, foreign_keys=False)
    for target in reversed(("base", *KNOWN_REVISIONS[:-1])):
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, target)
        expected = None if target == "base" else target
        assert inspect_revision(tmp_path / "round.sqlite3") == expected
    engine.dispose()
    assert upgrade(location).to_revision == HEAD_REVISION
    engine = create_engine(location.url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
