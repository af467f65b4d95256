"""Fast standard-library checks of a SQLite file: is it ours, which revision, is it whole."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from seminarkoll.data.errors import DatabaseError, environment_problem, newer_schema
from seminarkoll.data.revision import KNOWN_REVISIONS
from seminarkoll.domain.translation import translate

SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_revision(path: Path) -> str | None:
    """The schema revision of the SQLite file at `path`; None for a new or empty file.

    Raises DatabaseError in plain Swedish when the folder is missing, the file is not a
    database, is not a Seminarkoll database, or has a newer schema than this version knows.
    """
    if path.is_dir():
        raise DatabaseError(
            translate("Errors", "{path} är en mapp, inte en databasfil.").format(path=path)
        )
    if not path.parent.is_dir():
        raise DatabaseError(
            translate("Errors", "Mappen för databasen finns inte: {parent}").format(
                parent=path.parent
            )
        )
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(
            translate("Errors", "Databasen {path} kunde inte läsas: {strerror}.").format(
                path=path, strerror=exc.strerror
            )
        ) from exc
    if magic != SQLITE_MAGIC:
        raise DatabaseError(
            translate(
                "Errors", "{path} är ingen Seminarkoll-databas (filen är inte en SQLite-databas)."
            ).format(path=path)
        )
    try:
        with closing(connect_to_inspect(path)) as conn:
            conn.execute("PRAGMA busy_timeout = 5000")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseError(
                        translate(
                            "Errors", "{path} är en SQLite-databas men inte en Seminarkoll-databas."
                        ).format(path=path)
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise sqlite_error(
            exc, path, translate("Errors", "Databasen {path} kunde inte läsas: {exc}.")
        ) from exc
    revision = None if row is None else str(row[0])
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise newer_schema(path, revision)
    return revision


def left_unclean(path: Path) -> bool:
    """Whether the file's last writer did not close it: a write-ahead log or rollback journal
    with content lies beside it (SQLite replays it at the next open). A cleanly closed file
    has neither; one another process has open shows its log too."""
    for suffix in ("-wal", "-journal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return True
        except FileNotFoundError:
            continue
    return False


def connect_to_inspect(path: Path) -> sqlite3.Connection:
    """A connection that only reads, but opened read-write when the file and its folder allow
    it: a read-only connection to a WAL database leaves its `-wal` and `-shm` files behind,
    while the last read-write connection removes them when it closes."""
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
    mode = "rw" if writable else "ro"
    return sqlite3.connect(f"file:{quote(path.as_posix())}?mode={mode}", uri=True)


def sqlite_error(error: sqlite3.Error, path: Path, failed: str) -> DatabaseError:
    """The environment's problem (disk full, locked, read-only) when it is one, else `failed`
    (a message with {path} and {exc}) filled with the path and SQLite's reason."""
    problem = environment_problem(str(error), str(path))
    return problem or DatabaseError(failed.format(path=path, exc=error))


def quick_check(path: Path) -> None:
    """Run SQLite's quick integrity check; DatabaseError when the file is damaged.

    It reads the whole file (half a second at ten years of data), so start-up runs it only
    after an unclean shutdown or before a migration, and the window otherwise runs it off the
    GUI thread once it is shown.
    """
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA busy_timeout = 5000")
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise sqlite_error(
            exc, path, translate("Errors", "Databasen {path} kunde inte kontrolleras: {exc}.")
        ) from exc
    if verdict != "ok":
        raise DatabaseError(
            translate("Errors", "Databasen {path} är skadad: {verdict}").format(
                path=path, verdict=verdict
            )
        )


def integrity_check(path: Path) -> tuple[str, ...]:
    """SQLite's full integrity check of the file: ("ok",) or its list of problems."""
    try:
        with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as conn:
            conn.execute("PRAGMA busy_timeout = 5000")
            return tuple(str(row[0]) for row in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as exc:
        return (translate("Errors", "filen kan inte läsas: {problem}").format(problem=exc),)
