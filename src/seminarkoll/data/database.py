"""The open database: engine plus session factory, with one transaction per user action."""

from __future__ import annotations

import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, inspect, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from seminarkoll.data.audit_chain import forget_writes, note_statement, seal_on_commit
from seminarkoll.data.engine import CONNECT_TIMEOUT_S, READ_ONLY, make_engine
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.versions import EDITOR
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.text import without_control
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    import psycopg

NOTICE_CHANNEL = "seminarkoll"
"""The PostgreSQL channel on which every writing commit names the Database that made it."""
LISTEN_RETRY_S = 60.0
"""After the listening connection could not be opened, how long to wait before trying again
(each try may wait the whole connect timeout, on the GUI's thread)."""


class Database:
    """Owns the engine; `transaction()` commits on success and rolls back on any error."""

    def __init__(self, location: DatabaseLocation) -> None:
        self.location = location
        self.engine = make_engine(location)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _without_control_characters)
        self.changed = False
        """Whether anything was written since the database was opened (a backup on close)."""
        self.editor: Callable[[], str] = lambda: ""
        """The name stamped on the rows each transaction changes (the coordinator's)."""
        self._wrote = threading.local()
        self._watch_lock = threading.Lock()
        self._watch: sqlite3.Connection | None = None
        self._seen_version: int | None = None
        self.instance_id = secrets.token_hex(8)
        """Names this Database's commits in the notices other clients of a server receive."""
        self._listener: psycopg.Connection[Any] | None = None
        self._listener_lost = False
        self._listen_after = 0.0
        event.listen(self.engine, "before_cursor_execute", self._note_write)
        event.listen(self.engine, "begin", forget_writes)
        event.listen(self._sessions, "before_commit", seal_on_commit)
        if not location.is_sqlite:
            event.listen(self._sessions, "before_commit", self._announce)
        self._sync_version()

    def _note_write(
        self, connection: Connection, _cursor: Any, statement: str, *_args: Any
    ) -> None:
        if note_statement(connection, statement):
            self.changed = True
            self._wrote.value = True

    def outside_changes(self) -> bool:
        """Whether another program (another coordinator, the command line, another window) has
        committed to the database since the last call; our own commits do not count. Never
        waits for the other programs.

        On SQLite, `PRAGMA data_version` on a connection kept for this changes whenever any
        other connection commits; it is read again after each of our own writing commits.
        On a server, every writing commit sends a notice naming its Database (`_announce`);
        a connection kept for listening, opened on the first call, is polled. When it has
        dropped, a later call opens it again and answers True (notices may have been missed).
        """
        if not self.location.is_sqlite:
            return self._notices_from_others()
        with self._watch_lock:
            if self._watch is None:
                return False
            version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            changed = version != self._seen_version
            self._seen_version = version
            return changed

    def account(self) -> str | None:
        """The login the server knows this connection by (its session user); None for a
        SQLite file."""
        if self.location.is_sqlite:
            return None
        with self.reading() as connection:
            return str(connection.execute(text("SELECT session_user")).scalar_one())

    def _announce(self, session: Session) -> None:
        """The `before_commit` hook on a server: a writing transaction sends a notice, which
        PostgreSQL delivers to the listeners when (and only if) it commits."""
        if getattr(self._wrote, "value", False):
            session.execute(
                text("SELECT pg_notify(:channel, :sender)"),
                {"channel": NOTICE_CHANNEL, "sender": self.instance_id},
            )

    def _notices_from_others(self) -> bool:
        import psycopg

        with self._watch_lock:
            if self._listener is None:
                if time.monotonic() < self._listen_after:
                    return False
                try:
                    self._listener = self._listen()
                except psycopg.Error:
                    self._listen_after = time.monotonic() + LISTEN_RETRY_S
                    return False
                reopened, self._listener_lost = self._listener_lost, False
                return reopened
            try:
                senders = {n.payload for n in self._listener.notifies(timeout=0)}
            except psycopg.Error:
                self._drop_listener()
                return False
            return bool(senders - {self.instance_id})

    def _listen(self) -> psycopg.Connection[Any]:
        import psycopg

        url = make_url(self.location.url).set(drivername="postgresql")
        listener = psycopg.connect(
            url.render_as_string(hide_password=False),
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
        )
        listener.execute(f"LISTEN {NOTICE_CHANNEL}")
        return listener

    def _drop_listener(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            self._listener_lost = True

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
                session.info[EDITOR] = self.editor()
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
        except StaleDataError as exc:
            raise ConflictError(
                translate(
                    "Errors",
                    "Någon annan sparade samma uppgifter i samma stund. Inget av ditt sparades: "
                    "öppna dem på nytt och försök igen.",
                )
            ) from exc
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
            self._drop_listener()


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
