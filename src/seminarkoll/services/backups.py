"""Backups of the open database (at start once a day, on close after changes, on request), their
rotation settings, and restoring one: checked, the current file backed up first, then replaced."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from seminarkoll.data.backups import (
    DatabaseCounts,
    automatic_backup,
    backup_folder,
    backups_of,
    copy_database,
    counts_in,
    replace_contents,
    take_backup,
)
from seminarkoll.data.erasure import logged_erasures
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.revision import HEAD_REVISION
from seminarkoll.data.settings import retention_of, save_retention
from seminarkoll.data.sqlite_file import inspect_revision, quick_check
from seminarkoll.domain.backup_rotation import Retention
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService

EMPTY = DatabaseCounts(0, 0, 0)


@dataclass(frozen=True)
class BackupEntry:
    """One backup as the backups window lists it; `counts` is None for an unreadable file."""

    path: Path
    taken_at: datetime
    reason: str
    size: int
    counts: DatabaseCounts | None


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the file it came from, the backup of what was replaced, the counts
    now in the database, and how many recorded erasures were applied again."""

    source: Path
    safety_backup: Path | None
    counts: DatabaseCounts
    erasures_reapplied: int


class BackupService(DatabaseService):
    """Takes, lists and configures the backups of one open SQLite database."""

    @property
    def folder(self) -> Path | None:
        """Where the automatic backups go (None for a server database)."""
        path = self._db.location.path
        return None if path is None else backup_folder(path)

    def at_start(self, today: date | None = None) -> Path | None:
        """The start-up backup: at most once a day, and only when the database holds data."""
        path = self._db.location.path
        if path is None or counts_in(path) in (None, EMPTY):
            return None
        day = today or date.today()
        if any(b.taken_at.date() == day for b in backups_of(path)):
            return None
        return automatic_backup(self._db, "start")

    def on_close(self) -> Path | None:
        """The closing backup, taken only when something was written since opening."""
        if not self._db.changed:
            return None
        return automatic_backup(self._db, "avslut")

    def take(self, target: Path | None = None) -> Path:
        """A backup on request: into the backup folder (rotated), or to `target`."""
        path = self._db.location.path
        if path is None:
            raise DatabaseError(
                translate(
                    "Errors",
                    "{display} är en databasserver; säkerhetskopiera den med serverns egna "
                    "verktyg (t.ex. pg_dump).",
                ).format(display=self._db.location.display)
            )
        if target is not None:
            return copy_database(path, target)
        backup = automatic_backup(self._db, "manuell")
        assert backup is not None
        return backup

    def backups(self) -> tuple[BackupEntry, ...]:
        """The automatic backups, newest first, with what each holds."""
        path = self._db.location.path
        if path is None:
            return ()
        return tuple(
            BackupEntry(b.path, b.taken_at, b.reason, b.size, counts_in(b.path))
            for b in backups_of(path)
        )

    def retention(self) -> Retention:
        """How many daily, weekly and monthly backups are kept."""
        with self._db.transaction() as session:
            return retention_of(session)

    def set_retention(self, retention: Retention) -> None:
        """Save how many daily, weekly and monthly backups are kept."""
        with self._db.transaction() as session:
            save_retention(session, retention)


def restore_backup(location: DatabaseLocation, source: Path) -> RestoreResult:
    """Replace the database at `location` (closed, not locked by another window) with the
    Seminarkoll database `source`, after checking it and backing up what is replaced.

    A backup from an older version is upgraded afterwards; one from a newer version, or any
    other file, is refused with DatabaseError and nothing changes.
    """
    database = location.path
    if database is None:
        raise DatabaseError(
            translate(
                "Errors", "Bara en databasfil (SQLite) kan återställas från en säkerhetskopia."
            )
        )
    source = source.expanduser().absolute()
    if not source.is_file():
        raise DatabaseError(
            translate("Errors", "Säkerhetskopian {source} finns inte.").format(source=source)
        )
    if database.exists() and source.samefile(database):
        raise DatabaseError(
            translate("Errors", "{source} är databasen själv, inte en säkerhetskopia.").format(
                source=source
            )
        )
    revision = inspect_revision(source)
    if revision is None:
        raise DatabaseError(
            translate("Errors", "{source} innehåller ingen Seminarkoll-databas.").format(
                source=source
            )
        )
    quick_check(source)
    logged = logged_erasures(database) if database.exists() else ()
    safety = _backup_current(database)
    replace_contents(database, source)
    if revision != HEAD_REVISION:
        from seminarkoll.data.migrate import upgrade

        upgrade(location)
    from seminarkoll.services.erasures import reapply_erasures

    reapplied = reapply_erasures(location, logged)
    counts = counts_in(database) or EMPTY
    return RestoreResult(source, safety, counts, reapplied)


def _backup_current(database: Path) -> Path | None:
    """Keep what is about to be replaced; a damaged file is copied byte for byte."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    folder = backup_folder(database)
    try:
        return take_backup(database, folder, "fore-aterstallning")
    except DatabaseError:
        return take_backup(database, folder, "skadad", raw=True)
