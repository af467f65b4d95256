"""On the PostgreSQL test server: the same migrations run, one client at a time (the others
wait, are told so, and then find the schema at head); a wrong password is one Swedish line."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy import inspect, make_url

from seminarkoll.data.engine import make_engine
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import resolve
from seminarkoll.data.migrate import MIGRATION_LOCK, MigrationResult, current_revision, upgrade
from seminarkoll.data.revision import HEAD_REVISION, KNOWN_REVISIONS
from tests.server_databases import ServerDatabases


def _holder(databases: ServerDatabases, url: str) -> psycopg.Connection[tuple[object, ...]]:
    """A separate connection holding the migration lock, as a migrating client would."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    holder = psycopg.connect(plain)
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
    return holder


def test_concurrent_migrations_wait_for_each_other(server_databases: ServerDatabases) -> None:
    location = server_databases.empty()
    holder = _holder(server_databases, location.url)
    told: list[str] = []
    results: list[MigrationResult | BaseException] = []

    def migrate() -> None:
        try:
            results.append(upgrade(location, waiting=told.append))
        except BaseException as exc:  # reported by the assertion below
            results.append(exc)

    clients = [threading.Thread(target=migrate) for _ in range(2)]
    for client in clients:
        client.start()
    for _ in range(200):
        if len(told) == 2:
            break
        threading.Event().wait(0.05)
    assert len(told) == 2, "both clients should wait for the lock"
    assert results == []
    assert told[0].startswith("En annan Seminarkoll uppgraderar databasen postgresql+psycopg://")
    holder.rollback()  # the first client's migration "ends": the two others go one by one
    holder.close()
    for client in clients:
        client.join(timeout=60)
    assert all(isinstance(result, MigrationResult) for result in results), results
    assert sorted(r.from_revision is None for r in results if isinstance(r, MigrationResult)) == [
        False,
        True,
    ]
    assert current_revision(location) == HEAD_REVISION
    engine = make_engine(location)
    try:
        assert "attendance" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    server_databases.drop(location)


def test_every_revision_goes_down_and_up_again_on_the_server(
    server_databases: ServerDatabases,
) -> None:
    from alembic import command

    from seminarkoll.data.migrate import alembic_config

    location = server_databases.migrated()
    engine = make_engine(location)
    try:
        for target in ("base", "head"):
            with engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                (command.downgrade if target == "base" else command.upgrade)(config, target)
        assert current_revision(location) == KNOWN_REVISIONS[-1]
    finally:
        engine.dispose()
        server_databases.drop(location)


def test_a_wrong_password_is_one_swedish_line(server_databases: ServerDatabases) -> None:
    location = server_databases.migrated()
    server_databases.execute("DROP ROLE IF EXISTS koordinator")
    server_databases.execute("CREATE ROLE koordinator LOGIN PASSWORD 'rätt-lösen'")
    try:
        wrong = make_url(location.url).set(username="koordinator", password="fel-lösen")
        with pytest.raises(DatabaseError) as caught:
            current_revision(resolve(wrong.render_as_string(hide_password=False)))
        assert str(caught.value) == (
            "Inloggningen på databasservern postgresql+psycopg://koordinator:***@"
            f"{wrong.host}:{wrong.port}/{wrong.database} misslyckades: fel användarnamn eller "
            "lösenord."
        )
    finally:
        server_databases.drop(location)
        server_databases.execute("DROP ROLE koordinator")
