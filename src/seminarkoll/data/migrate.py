"""Schema migrations: back up, upgrade to head in one transaction, then check integrity; on a
server one client at a time (an advisory lock), the others wait."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alembic.util import CommandError
from sqlalchemy import Connection, text
from sqlalchemy.exc import SQLAlchemyError

from seminarkoll.data.backups import backup_folder, take_backup
from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import DatabaseError, environment_problem, newer_schema
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.revision import HEAD_REVISION, KNOWN_REVISIONS
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from alembic.config import Config

SCRIPT_LOCATION = "seminarkoll.data:migrations"
MIGRATION_LOCK = 0x5E4D_0001
"""PostgreSQL advisory lock key held by the client that migrates a server database."""


@dataclass(frozen=True)
class MigrationResult:
    """What start-up did to the schema."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    """An Alembic Config pointing at the packaged migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def current_revision(location: DatabaseLocation) -> str | None:
    """The database's revision (fast path for SQLite: no SQLAlchemy, no Alembic)."""
    if location.path is not None:
        return inspect_revision(location.path)
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise newer_schema(location.display, revision)
    return revision


def upgrade(
    location: DatabaseLocation,
    backup_dir: Path | None = None,
    waiting: Callable[[str], None] | None = None,
) -> MigrationResult:
    """Bring the database to head; back the file up first (into `backup_dir`, by default
    `backups/` beside it) when it already has data.

    A failed revision rolls back the whole upgrade, so the file stays as it was. On a server,
    one client migrates at a time: the others are told so through `waiting`, wait, and then
    find the schema at head.
    """
    from alembic import command

    before = current_revision(location)
    if before == HEAD_REVISION:
        return MigrationResult(before, HEAD_REVISION, None)
    backup = None
    if location.path is not None and before is not None:
        folder = backup_dir or backup_folder(location.path)
        backup = take_backup(location.path, folder, f"fore-{HEAD_REVISION}")
    engine = make_engine(location, foreign_keys=False)
    try:
        with engine.begin() as connection:
            if not location.is_sqlite:
                before = _take_migration_lock(connection, location, waiting)
                if before == HEAD_REVISION:
                    return MigrationResult(before, HEAD_REVISION, None)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if location.is_sqlite:
                _check_sqlite(connection, location)
    except (SQLAlchemyError, CommandError) as exc:
        raise _failed(location, exc, backup) from exc
    finally:
        engine.dispose()
    return MigrationResult(before, HEAD_REVISION, backup)


def _take_migration_lock(
    connection: Connection, location: DatabaseLocation, waiting: Callable[[str], None] | None
) -> str | None:
    """Hold the server's migration lock until this transaction ends (waiting while another
    client migrates); returns the revision found once holding it."""
    from alembic.runtime.migration import MigrationContext

    lock = {"key": MIGRATION_LOCK}
    if not connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), lock).scalar():
        if waiting is not None:
            waiting(
                translate(
                    "Errors",
                    "En annan Seminarkoll uppgraderar databasen {where} just nu; väntar tills "
                    "den är klar …",
                ).format(where=location.display)
            )
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), lock)
    return MigrationContext.configure(connection).get_current_revision()


def _failed(
    location: DatabaseLocation, error: SQLAlchemyError | CommandError, backup: Path | None
) -> DatabaseError:
    """One Swedish line for a failed upgrade: the environment's problem, or the driver's reason."""
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    problem = environment_problem(reason, location.display)
    if problem is not None:
        return problem
    failed = translate(
        "Errors",
        "Databasen {where} kunde inte uppgraderas till schema {revision} ({reason}). "
        "Inget har ändrats.",
    ).format(where=location.display, revision=HEAD_REVISION, reason=reason)
    if backup is None:
        return DatabaseError(failed)
    kept = translate("Errors", "En kopia från före försöket finns i {backup}.")
    return DatabaseError(f"{failed} {kept.format(backup=backup)}")


def _check_sqlite(connection: Connection, location: DatabaseLocation) -> None:
    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
    if problems:
        raise DatabaseError(
            translate(
                "Errors",
                "Uppgraderingen av {display} avbröts: {count} referenser pekar på rader"
                " som saknas. Inget har ändrats.",
            ).format(display=location.display, count=len(problems))
        )
    verdict = connection.execute(text("PRAGMA quick_check")).scalar_one()
    if verdict != "ok":
        raise DatabaseError(
            translate("Errors", "Databasen {display} är skadad: {verdict}").format(
                display=location.display, verdict=verdict
            )
        )
