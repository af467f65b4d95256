"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.location import DatabaseLocation

_WRITES = frozenset({"INSERT", "UPDATE", "DELETE"})


class Database:
    """Owns the engine; `transaction()` commits on success and rolls back on any error."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.engine = make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.changed = False
        """Whether anything was written since the database was opened (a backup on close)."""
        event.listen(self.engine, "before_cursor_execute", self._note_write)

    def _note_write(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not self.changed and statement.lstrip()[:6].upper() in _WRITES:
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

    def close(self) -> None:
        """Close every pooled connection (call before copying or replacing the file)."""
        self.engine.dispose()
