"""Database.outside_changes with two Database instances on one database (two coordinators'
computers): SQLite's data_version, a server's LISTEN/NOTIFY; one's own commits never count."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from tests.factories import Factory
from tests.server_databases import ServerDatabases

DELIVERY_S = 5.0
"""How long a notice may take to arrive from the server (it is sent on commit)."""


def _noticed(database: Database) -> bool:
    """Whether `database` notices an outside change within DELIVERY_S."""
    deadline = time.monotonic() + DELIVERY_S
    while time.monotonic() < deadline:
        if database.outside_changes():
            return True
        time.sleep(0.05)
    return False


def _quiet(database: Database) -> bool:
    """Whether `database` notices nothing for a while (long enough for a notice to arrive)."""
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        if database.outside_changes():
            return False
        time.sleep(0.05)
    return True


@pytest.fixture
def pair(db_location: DatabaseLocation) -> Iterator[tuple[Database, Database]]:
    first, second = Database(db_location), Database(db_location)
    first.outside_changes()  # the first call opens the listening connection on a server
    second.outside_changes()
    yield first, second
    first.close()
    second.close()


def test_concurrent_commit_is_noticed_by_the_other_database(
    pair: tuple[Database, Database],
) -> None:
    first, second = pair
    assert _quiet(second)
    Factory(first).programme("Ledare på lut")
    assert _noticed(second)
    assert _quiet(second)  # told once
    assert _quiet(first)  # its own commit does not count
    Factory(second).programme("Mentorskap")
    assert _noticed(first)
    assert _quiet(second)


def test_concurrent_reading_is_not_a_change(pair: tuple[Database, Database]) -> None:
    first, second = pair
    with first.transaction() as session:
        session.connection()
    with first.reading() as connection:
        connection.exec_driver_sql("SELECT 1")
    assert _quiet(second)


def test_concurrent_notices_resume_after_the_listening_connection_drops(
    server_databases: ServerDatabases,
) -> None:
    location = server_databases.migrated()
    first, second = Database(location), Database(location)
    try:
        assert not second.outside_changes()  # opens the listening connection
        name = location.url.rsplit("/", 1)[-1]
        server_databases.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND query LIKE 'LISTEN%'"
        )
        # Reconnected without a word: notices may have been missed, so the window looks again.
        assert _noticed(second)
        assert _quiet(second)
        Factory(first).programme("Mentorskap")
        assert _noticed(second)
    finally:
        first.close()
        second.close()
        server_databases.drop(location)
