"""The engine's SQLite PRAGMAs hold, constraints hold, and transactions are all-or-nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from seminarkoll.data.database import Database
from seminarkoll.data.errors import environment_problem
from seminarkoll.data.models import Cohort, Person, Programme
from tests.factories import Factory


@pytest.mark.sqlite_file
def test_pragmas_are_set_on_every_connection(database: Database) -> None:
    with database.transaction() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar_one() == 5000
        assert session.execute(text("PRAGMA synchronous")).scalar_one() == 1  # NORMAL
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -32000


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(
            Cohort(
                programme_id=999,
                name="Omgång 1",
                school_year="2024/2025",
                start_date=date(2024, 8, 1),
                end_date=date(2025, 6, 1),
            )
        )


def test_check_constraint_rejects_end_before_start(factory: Factory) -> None:
    with pytest.raises(IntegrityError):
        factory.cohort(start_date=date(2025, 1, 1), end_date=date(2024, 1, 1))


def test_failed_transaction_commits_nothing(database: Database) -> None:
    def create_twice() -> None:
        with database.transaction() as session:
            session.add(Programme(name="Ledare på lut"))
            session.flush()
            session.add(Programme(name="Ledare på lut"))

    with pytest.raises(IntegrityError):
        create_twice()
    with database.transaction() as session:
        assert session.query(Programme).count() == 0


def test_unique_email_key(factory: Factory) -> None:
    factory.person("Åsa", "Berg", email="asa@example.se")
    with pytest.raises(IntegrityError):
        factory.person("Åsa", "Berg", email="ASA@example.se")


def test_timestamps_come_back_aware_utc(database: Database) -> None:
    moment = datetime(2025, 3, 30, 12, 0, tzinfo=UTC)
    with database.transaction() as session:
        session.add(Person(first_name="Eva", created_at=moment, updated_at=moment))
    with database.transaction() as session:
        person = session.query(Person).one()
        assert person.created_at == moment
        assert person.created_at.tzinfo is not None


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database or disk is full", "Disken är full"),
        ("database is locked", "används just nu"),
        ("attempt to write a readonly database", "skrivskyddad"),
        ("unable to open database file", "kunde inte öppnas"),
    ],
)
def test_environment_errors_get_swedish_messages(driver_message: str, expected: str) -> None:
    problem = environment_problem(driver_message, "/tmp/x.sqlite3")
    assert problem is not None
    assert expected in str(problem)
    assert "/tmp/x.sqlite3" in str(problem)


def test_programming_errors_are_not_hidden() -> None:
    assert environment_problem("no such column: foo", "x") is None


@pytest.mark.sqlite_file
def test_a_read_takes_no_write_lock(database: Database, factory: Factory) -> None:
    """A use case that only reads begins a deferred transaction: another connection can write
    meanwhile, and the read keeps seeing the state it began with."""
    factory.programme("Första")
    with database.reading() as connection:
        before = connection.execute(text("SELECT name FROM programme")).scalars().all()
        factory.programme("Andra")
        again = connection.execute(text("SELECT name FROM programme")).scalars().all()
    assert before == again == ["Första"]
    with database.reading() as connection:
        names = connection.execute(text("SELECT name FROM programme ORDER BY id")).scalars()
        assert list(names) == ["Första", "Andra"]
