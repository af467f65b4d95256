"""File modes on POSIX: the database, its companions and backups 0600, their folders 0700."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.app import DatabaseOpener, preflight
from seminarkoll.data.backups import backup_folder, take_backup
from seminarkoll.data.database import Database
from seminarkoll.data.location import default_data_dir, for_sqlite_file, resolve
from seminarkoll.data.private_files import private_file, private_folder
from seminarkoll.services.container import Services

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.sqlite_file,
]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _loose_umask() -> object:
    """The usual desktop umask (files 0644, folders 0755), which the app must not rely on."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_are_private(tmp_path: Path) -> None:
    location = for_sqlite_file(tmp_path / "ny.sqlite3")
    opener = DatabaseOpener()
    session = opener.open(location)
    session.services.demo.load()
    assert _mode(tmp_path / "ny.sqlite3") == 0o600
    assert _mode(tmp_path / "ny.sqlite3-wal") == 0o600
    assert _mode(tmp_path / "ny.sqlite3-shm") == 0o600
    opener.close()


def test_an_existing_readable_database_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
        conn.commit()
        os.chmod(path, 0o644)
        preflight(for_sqlite_file(path))
    assert _mode(path) == 0o600


def test_the_default_data_folder_is_private() -> None:
    location = resolve(None)
    assert location.path is not None
    preflight(location)
    assert location.path.parent == default_data_dir()
    assert _mode(default_data_dir()) == 0o700
    assert _mode(location.path) == 0o600


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "delad"
    folder.mkdir(mode=0o755)
    preflight(for_sqlite_file(folder / "db.sqlite3"))
    assert _mode(folder) == 0o755
    assert _mode(folder / "db.sqlite3") == 0o600


def test_backups_and_their_folder_are_private(services: Services) -> None:
    services.demo.load()
    path = services.database.location.path
    assert path is not None
    backup = services.backups.take()
    copy = services.backups.take(path.parent / "kopia.sqlite3")
    assert _mode(backup_folder(path)) == 0o700
    assert _mode(backup) == 0o600
    assert _mode(copy) == 0o600
    assert not list(backup_folder(path).glob("*-wal"))


def test_private_helpers_tighten_what_exists(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir(mode=0o777)
    file = folder / "x"
    file.write_text("hemligt", encoding="utf-8")
    file.chmod(0o666)
    private_folder(folder)
    private_file(file)
    assert (_mode(folder), _mode(file)) == (0o700, 0o600)
    assert file.read_text(encoding="utf-8") == "hemligt"


def test_secure_delete_is_on_for_every_connection(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2


def test_a_backup_before_migration_goes_beside_the_database(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    taken = take_backup(path, backup_folder(path), "fore-0004")
    assert taken.parent == tmp_path / "backups"
    assert _mode(taken) == 0o600


def test_saved_files_and_their_temporary_files_are_private(tmp_path: Path) -> None:
    from seminarkoll.exchange.writing import write_bytes_atomically

    saved = write_bytes_atomically(tmp_path / "utdrag.json", b"{}")
    assert _mode(saved) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["utdrag.json"]
