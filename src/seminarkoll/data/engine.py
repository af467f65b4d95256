"""Engine factory: SQLite PRAGMAs (foreign keys, WAL, secure delete, timeout), BEGIN IMMEDIATE."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from seminarkoll.data.location import DatabaseLocation

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "seminarkoll_read_only"
"""Execution option of a connection whose transaction only reads: on SQLite it begins with a
plain (deferred) BEGIN, taking no write lock."""


def make_engine(location: DatabaseLocation, *, foreign_keys: bool = True) -> Engine:
    """An engine for `location`; for SQLite, every connection gets the project's PRAGMAs."""
    if not location.is_sqlite:
        return create_engine(location.url, pool_pre_ping=True)
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
