"""On the PostgreSQL test server: a row another client changed between our read and our write
(within one transaction) is not written over; the version in the UPDATE finds no row and the
user is told to open it again."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.data.database import Database
from seminarkoll.data.models import Cohort, Programme
from seminarkoll.domain.errors import ConflictError
from tests.server_databases import ServerDatabases


def _change_while_the_other_changes_it(first: Database, second: Database, cohort_id: int) -> None:
    """`first` reads the cohort, `second` changes and commits it, then `first` writes."""
    with first.transaction() as session:
        mine = session.get(Cohort, cohort_id)
        assert mine is not None
        with second.transaction() as other:
            theirs = other.get(Cohort, cohort_id)
            assert theirs is not None
            theirs.notes = "Andra"
        mine.notes = "Första"


def test_concurrent_write_between_read_and_save_is_a_conflict(
    server_databases: ServerDatabases,
) -> None:
    location = server_databases.migrated()
    first, second = Database(location), Database(location)
    try:
        with first.transaction() as session:
            cohort = Cohort(
                programme=Programme(name="Ledare på lut"),
                name="Omgång 1",
                school_year="2024/2025",
                start_date=date(2024, 8, 19),
                end_date=date(2025, 6, 13),
            )
            session.add(cohort)
            session.flush()
            cohort_id = cohort.id
        with pytest.raises(ConflictError, match="i samma stund"):
            _change_while_the_other_changes_it(first, second, cohort_id)
        with first.transaction() as session:
            saved = session.get(Cohort, cohort_id)
            assert saved is not None
            assert (saved.notes, saved.version) == ("Andra", 2)
    finally:
        first.close()
        second.close()
        server_databases.drop(location)
