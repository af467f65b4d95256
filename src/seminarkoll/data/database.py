"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from seminarkoll.data.audit_chain import forget_writes, note_statement, seal_on_commit
from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.text import without_control


class Database:
    """Owns the engine; `transaction()` commits on success and rolls back on any error."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.engine = make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _without_control_characters)
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


def _without_control_characters(session: Session, _context: object, _instances: object) -> None:
    """No row is stored with a control character in its text (the domain's rule), whichever
    service or dialog wrote it; files are cleaned the same way as they are read."""
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        for attribute in state.mapper.column_attrs:
            value = state.dict.get(attribute.key)
            if isinstance(value, str) and not value.isprintable():
                clean = without_control(value)
                if clean != value:
                    setattr(instance, attribute.key, clean)
