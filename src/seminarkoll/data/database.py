"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from seminarkoll.data.audit_chain import forget_writes, note_statement, seal_on_commit
from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.location import DatabaseLocation


class Database:
    """Owns the engine; `transaction()` commits on success and rolls back on any error."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.engine = make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.changed = False
        """Whether anything was written since the database was opened (a backup on close)."""
        event.listen(self.engine, "before_cursor_execute", self._note_write)
        event.listen(self.engine, "begin", forget_writes)
        event.listen(self._sessions, "before_commit", seal_on_commit)

    def _note_write(
        self, connection: Connection, _cursor: Any, statement: str, *_args: Any
    ) -> None:
        if note_statement(connection, statement):
            self.changed = True

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction; environment failures become Swedish errors."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            problem = environment_problem(str(exc.orig), self.location.display)
            if problem is None:
                raise
            raise problem from exc

    def checkpoint(self) -> None:
        """Move the write-ahead log into the file and empty it, so that erased text does not
        linger in the log (SQLite only)."""
        if self.location.is_sqlite:
            raw = self.engine.raw_connection()  # outside any transaction, as SQLite requires
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def close(self) -> None:
        """Close every pooled connection (call before copying or replacing the file)."""
        self.engine.dispose()
