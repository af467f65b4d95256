"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.location import DatabaseLocation


class Database:
    """Owns the engine; `transaction()` commits on success and rolls back on any error."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.engine = make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
