"""Backups of a SQLite database in `backups/` beside it: taken with SQLite's online backup API
(consistent while the database is open), listed with their counts, rotated, and restored."""

from __future__ import annotations

import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.private_files import private_database, private_file, private_folder
from seminarkoll.domain.backup_rotation import Retention, times_to_keep
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.data.database import Database

BACKUP_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+?)(?:_\d+)?\.sqlite3$"
)
_COUNTED = ("programme", "cohort", "person")


@dataclass(frozen=True)
class BackupFile:
    """One backup in a backup folder: when and why it was taken, and its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class DatabaseCounts:
    """How many programmes, cohorts and persons a database file holds."""

    programmes: int
    cohorts: int
    persons: int


def backup_folder(database: Path) -> Path:
    """Where the automatic backups of `database` go: `backups/` beside the file."""
    return database.parent / BACKUP_FOLDER


def take_backup(database: Path, folder: Path, reason: str, *, raw: bool = False) -> Path:
    """Copy the live `database` into `folder` (0700) as a new 0600 file named by time and
    `reason` (lower-case letters, digits and hyphens); `raw` copies the bytes as they are
    (for a damaged file SQLite cannot read)."""
    private_folder(folder)
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{database.stem}-{stamp}-{reason}_{counter}.sqlite3"
    if raw:
        shutil.copyfile(database, private_file(target))
        return target
    return copy_database(database, target)


def copy_database(source: Path, target: Path) -> Path:
    """Copy `source` into `target` (created 0600) with the online backup API."""
    private_file(target)
    try:
        with (
            closing(sqlite3.connect(source)) as origin,
            closing(sqlite3.connect(target)) as copy,
        ):
            origin.execute("PRAGMA busy_timeout = 5000")
            origin.backup(copy)
            # A single self-contained file: reading it later leaves no -wal/-shm beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            translate("Errors", "Säkerhetskopian {target} kunde inte skrivas: {exc}.").format(
                target=target, exc=exc
            )
        ) from exc
    return target


def replace_contents(database: Path, source: Path) -> None:
    """Make the live `database` an exact copy of `source`, page by page, through SQLite (so
    its write-ahead log and other connections stay consistent)."""
    private_database(database)
    try:
        with (
            closing(sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)) as origin,
            closing(sqlite3.connect(database)) as live,
        ):
            live.execute("PRAGMA busy_timeout = 5000")
            origin.backup(live)
    except sqlite3.Error as exc:
        raise DatabaseError(
            translate("Errors", "Databasen {database} kunde inte återställas: {exc}.").format(
                database=database, exc=exc
            )
        ) from exc


def backups_of(database: Path, folder: Path | None = None) -> list[BackupFile]:
    """The automatic backups of `database` in `folder` (default: beside it), newest first."""
    folder = folder or backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite3"):
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem:
            continue
        taken_at = datetime.strptime(match["stamp"], _STAMP)
        found.append(BackupFile(path, taken_at, match["reason"], path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def rotate(
    database: Path, retention: Retention, now: datetime | None = None
) -> tuple[BackupFile, ...]:
    """Delete the automatic backups of `database` that `retention` does not keep."""
    backups = backups_of(database)
    keep = times_to_keep((b.taken_at for b in backups), retention, now or datetime.now())
    removed = tuple(b for b in backups if b.taken_at not in keep)
    for backup in removed:
        backup.path.unlink(missing_ok=True)
    return removed


def counts_in(path: Path) -> DatabaseCounts | None:
    """The programmes, cohorts and persons in the database file at `path` (None if unreadable)."""
    try:
        with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as conn:
            values = [
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in _COUNTED
            ]
    except sqlite3.Error:
        return None
    return DatabaseCounts(*values)


def automatic_backup(database: Database, reason: str) -> Path | None:
    """Back up the open `database` before a risky action, then rotate its backups; None when
    it is not a SQLite file (a server database is backed up by its own tools)."""
    from seminarkoll.data.settings import retention_of

    path = database.location.path
    if path is None:
        return None
    with database.transaction() as session:
        retention = retention_of(session)
    backup = take_backup(path, backup_folder(path), reason)
    rotate(path, retention)
    return backup
