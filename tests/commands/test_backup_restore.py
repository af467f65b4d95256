"""`seminarkoll backup` and `seminarkoll restore` run as real processes on real files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from seminarkoll.app import lock_database
from seminarkoll.data.backups import backups_of
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from tests.commands.cli_process import run_cli
from tests.snapshots import database_snapshot


def _persons(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])


def test_backup_then_change_then_restore(demo: Services, db_location: DatabaseLocation) -> None:
    path = db_location.path
    assert path is not None
    _digest, before = database_snapshot(demo.database)
    made = run_cli("backup", "--db", str(path))
    assert made.returncode == 0, made.stderr
    (backup,) = backups_of(path)
    assert str(backup.path) in made.stdout
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DELETE FROM attendance")
        conn.execute("UPDATE person SET first_name = 'Ändrad'")
        conn.commit()

    refused = run_cli("restore", str(backup.path), "--db", str(path))
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    restored = run_cli("restore", str(backup.path), "--db", str(path), "--yes")

    assert restored.returncode == 0, restored.stderr
    assert "1 program, 1 omgångar och 26 personer" in restored.stdout
    assert database_snapshot(demo.database)[1] == before
    safety = [b for b in backups_of(path) if b.reason == "fore-aterstallning"]
    assert len(safety) == 1
    assert str(safety[0].path) in restored.stdout


def test_backup_to_a_chosen_file(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    target = tmp_path / "kopia.sqlite3"
    made = run_cli("backup", "-o", str(target), "--db", str(db_location.path))
    assert made.returncode == 0, made.stderr
    assert _persons(target) == 26
    again = run_cli("backup", "-o", str(target), "--db", str(db_location.path))
    assert again.returncode == 2
    assert "finns redan" in again.stderr


def test_restore_is_refused_while_a_window_has_the_database(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    backup = demo.backups.take(tmp_path / "kopia.sqlite3")
    lock = lock_database(db_location)
    assert lock is not None
    try:
        refused = run_cli("restore", str(backup), "--db", str(db_location.path), "--yes")
    finally:
        lock.unlock()
    assert refused.returncode == 2
    assert "redan öppen i Seminarkoll" in refused.stderr
    assert backups_of(db_location.path or Path()) == []


def test_restore_of_a_file_that_is_not_a_database(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("inköpslista", encoding="utf-8")
    refused = run_cli("restore", str(notes), "--db", str(db_location.path), "--yes")
    assert refused.returncode == 2
    assert "anteckningar.txt är ingen Seminarkoll-databas" in refused.stderr
    assert _persons(db_location.path or Path()) == 26
