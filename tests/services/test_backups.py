"""Backups of the open database and restoring one: round trip, refusals, rotation, settings."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from seminarkoll.data.backups import backup_folder, backups_of, rotate, take_backup
from seminarkoll.data.database import Database
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import DatabaseLocation, for_sqlite_file
from seminarkoll.data.migrate import alembic_config, upgrade
from seminarkoll.data.revision import HEAD_REVISION, KNOWN_REVISIONS
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.domain.backup_rotation import Retention
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.backups import restore_backup
from seminarkoll.services.container import Services
from tests.snapshots import database_snapshot

pytestmark = pytest.mark.sqlite_file


def _path(services: Services) -> Path:
    path = services.database.location.path
    assert path is not None
    return path


def test_backup_change_restore_brings_the_data_back_exactly(demo: Services) -> None:
    _hash, before = database_snapshot(demo.database)
    backup = demo.backups.take()
    matrix = demo.attendance.matrix(demo.catalog.programmes()[0].cohorts[0].id)
    for seminar in matrix.seminars:  # signed lists change only after unlocking
        if seminar.signed_off:
            demo.attendance.unlock(seminar.id, "Rättelse")
    row = matrix.rows[0]
    demo.attendance.set_status(
        [CellRef(row.enrollment_id, matrix.seminars[-1].id)], AttendanceStatus.ABSENT
    )
    demo.enrollment.remove([matrix.rows[1].enrollment_id])
    _hash, changed = database_snapshot(demo.database)
    assert changed != before

    result = restore_backup(demo.database.location, backup)

    _hash, after = database_snapshot(demo.database)
    assert after == before
    assert (result.counts.programmes, result.counts.cohorts, result.counts.persons) == (1, 1, 26)
    assert result.safety_backup is not None
    assert result.safety_backup.parent == backup_folder(_path(demo))
    with closing(sqlite3.connect(result.safety_backup)) as conn:
        assert conn.execute("SELECT count(*) FROM enrollment").fetchone()[0] == 20


def test_listing_shows_date_size_and_counts(demo: Services) -> None:
    demo.backups.take()
    (entry,) = demo.backups.backups()
    assert entry.reason == "manuell"
    assert entry.size == entry.path.stat().st_size > 0
    assert entry.taken_at.date() == date.today()
    assert entry.counts is not None
    assert (entry.counts.programmes, entry.counts.cohorts, entry.counts.persons) == (1, 1, 26)


def test_start_backup_at_most_once_a_day_and_not_of_an_empty_database(
    services: Services,
) -> None:
    assert services.backups.at_start() is None  # nothing worth keeping yet
    services.demo.load()
    first = services.backups.at_start()
    assert first is not None
    assert "-start" in first.name
    assert services.backups.at_start() is None
    assert services.backups.at_start(today=date.today() + timedelta(days=1)) is not None


def test_close_backup_only_after_a_change(tmp_path: Path, db_location: DatabaseLocation) -> None:
    database = Database(db_location)
    services = Services.build(database)
    services.catalog.programmes()
    assert services.backups.on_close() is None
    services.demo.load()
    taken = services.backups.on_close()
    assert taken is not None
    assert taken.name.endswith("-avslut.sqlite3")
    database.close()


def test_risky_actions_back_up_first(demo: Services) -> None:
    people = demo.participants.search("")
    demo.participants.merge(people[0], people[1])
    reasons = [b.reason for b in demo.backups.backups()]
    assert reasons == ["fore-sammanslagning"]


def test_rotation_deletes_what_the_settings_do_not_keep(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    folder = backup_folder(database)
    for days in (0, 3, 10, 40):
        stamp = (datetime.now() - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        take_backup(database, folder, "start").rename(folder / f"db-{stamp}-start.sqlite3")
    (folder / "annan-fil.sqlite3").write_bytes(b"")
    removed = rotate(database, Retention(daily=2, weekly=0, monthly=0))
    assert len(removed) == 2
    assert len(backups_of(database)) == 2
    assert (folder / "annan-fil.sqlite3").exists()


def test_retention_is_stored_in_the_database(services: Services) -> None:
    assert services.backups.retention() == Retention(7, 5, 12)
    services.backups.set_retention(Retention(3, 2, 1))
    assert Services.build(Database(services.database.location)).backups.retention() == (
        Retention(3, 2, 1)
    )


def test_restore_refuses_other_files_and_changes_nothing(demo: Services, tmp_path: Path) -> None:
    digest, _dump = database_snapshot(demo.database)
    text = tmp_path / "anteckningar.sqlite3"
    text.write_text("inte en databas", encoding="utf-8")
    foreign = tmp_path / "annan.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE saker (id INTEGER)")
        conn.commit()
    newer = demo.backups.take(tmp_path / "nyare.sqlite3")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    for source, message in (
        (text, "ingen Seminarkoll-databas"),
        (foreign, "inte en Seminarkoll-databas"),
        (newer, "nyare version av Seminarkoll"),
        (tmp_path / "saknas.sqlite3", "finns inte"),
        (_path(demo), "databasen själv"),
    ):
        with pytest.raises(DatabaseError, match=message):
            restore_backup(demo.database.location, source)
    assert database_snapshot(demo.database)[0] == digest
    assert backups_of(_path(demo)) == []


def test_a_backup_from_an_older_version_is_upgraded(tmp_path: Path) -> None:
    from alembic import command

    from seminarkoll.data.engine import make_engine

    old = for_sqlite_file(tmp_path / "gammal.sqlite3")
    engine = make_engine(old, foreign_keys=False)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, KNOWN_REVISIONS[0])
    engine.dispose()
    live = for_sqlite_file(tmp_path / "live.sqlite3")
    upgrade(live)
    result = restore_backup(live, old.path or Path())
    assert live.path is not None
    assert inspect_revision(live.path) == HEAD_REVISION
    assert result.counts.persons == 0
