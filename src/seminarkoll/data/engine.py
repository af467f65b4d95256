"""Engine factory: SQLite PRAGMAs (foreign keys, WAL, secure delete, timeout), BEGIN IMMEDIATE;
PostgreSQL with a connect timeout and its connection failures as Swedish errors."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from seminarkoll.data.errors import DatabaseError, environment_problem
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.translation import translate

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "seminarkoll_read_only"
"""Execution option of a connection whose transaction only reads: on SQLite it begins with a
plain (deferred) BEGIN, taking no write lock."""
CONNECT_TIMEOUT_S = 5
"""How long to wait for a database server before telling the user it does not answer."""


def make_engine(location: DatabaseLocation, *, foreign_keys: bool = True) -> Engine:
    """An engine for `location`; for SQLite, every connection gets the project's PRAGMAs."""
    if not location.is_sqlite:
        return _server_engine(location)
    engine = create_engine(
        location.url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python 3.11's sqlite3 has no `autocommit`; isolation_level=None hands BEGIN to us.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -32000")  # 32 MB: bulk imports keep indexes in memory
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Erased personal data is overwritten, not left in free pages; temporary tables and
        # indexes stay in memory instead of files in the temporary folder.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        reading = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


def _server_engine(location: DatabaseLocation) -> Engine:
    """A PostgreSQL engine; connection failures (and a missing driver) raise DatabaseError."""
    try:
        if make_url(location.url).get_backend_name() != "postgresql":
            raise ArgumentError(location.url)
        engine = create_engine(
            location.url,
            pool_pre_ping=True,
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S},
        )
    except ImportError as exc:
        raise DatabaseError(
            translate(
                "Errors",
                "Drivrutinen {driver} för PostgreSQL saknas i den här installationen, så "
                "{where} kan inte öppnas. Installera om Seminarkoll.",
            ).format(driver=make_url(location.url).get_driver_name(), where=location.display)
        ) from exc
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(
            translate(
                "Errors",
                "{where} är ingen databas som Seminarkoll kan öppna: ange en SQLite-fil eller "
                "en adress som börjar med postgresql://.",
            ).format(where=location.display)
        ) from exc

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        problem = environment_problem(str(context.original_exception), location.display)
        if problem is not None:
            raise problem from context.original_exception

    return engine
