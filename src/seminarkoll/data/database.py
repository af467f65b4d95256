"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from seminarkoll.data.audit_chain import forget_writes, note_statement, seal_on_commit
from seminarkoll.data.engine import READ_ONLY, make_engine
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
        self._wrote = threading.local()
        self._watch_lock = threading.Lock()
        self._watch: sqlite3.Connection | None = None
        self._seen_version: int | None = None
        event.listen(self.engine, "before_cursor_execute", self._note_write)
        event.listen(self.engine, "begin", forget_writes)
        event.listen(self._sessions, "before_commit", seal_on_commit)
        self._sync_version()

    def _note_write(
        self, connection: Connection, _cursor: Any, statement: str, *_args: Any
    ) -> None:
        if note_statement(connection, statement):
            self.changed = True
            self._wrote.value = True

    def outside_changes(self) -> bool:
        """Whether another program (the command line, another window) has committed to the
        database since the last call; our own commits do not count. Always False for a
        server database.

        SQLite's `PRAGMA data_version` on a connection kept for this changes whenever any
        other connection commits; it is read again after each of our own writing commits.
        """
        with self._watch_lock:
            if self._watch is None:
                return False
            version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            changed = version != self._seen_version
            self._seen_version = version
            return changed

    def _sync_version(self) -> None:
        path = self.location.path
        with self._watch_lock:
            if path is None:
                return
            if self._watch is None:
                self._watch = sqlite3.connect(path, check_same_thread=False)
            self._seen_version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction; environment failures become Swedish errors."""
        self._wrote.value = False
        with self._plain_errors():
            with self._sessions.begin() as session:
                yield session
            if self._wrote.value:
                self._sync_version()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection inside one transaction that only reads (on SQLite a deferred BEGIN,
        taking no write lock), for use cases reread often, such as lists after every mark;
        environment failures become Swedish errors."""
        with self._plain_errors(), self.engine.connect() as connection:
            connection.execution_options(**{READ_ONLY: True})
            with connection.begin():
                yield connection

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        """Environment failures (disk full, locked, read-only) become Swedish errors."""
        try:
            yield
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
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None


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
