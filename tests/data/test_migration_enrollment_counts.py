"""Migration 0014: the enrolment counts index goes down and up again, and counting uses it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.services.container import Services
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file

COUNTS = (
    "SELECT cohort_id, status, joined_on, left_on, count(*) FROM enrollment "
    "GROUP BY cohort_id, status, joined_on, left_on"
)


def _indexes(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {row[1] for row in conn.execute("PRAGMA index_list(enrollment)")}


def _plan(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {COUNTS}"))


def test_the_counts_index_goes_down_and_up_again(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    counted = demo.catalog.programmes()
    demo.database.close()
    assert "COVERING INDEX ix_enrollment_counts" in _plan(path)

    alembic_step(db_location, "downgrade", "0013")
    assert inspect_revision(path) == "0013"
    assert "ix_enrollment_counts" not in _indexes(path)

    alembic_step(db_location, "upgrade", "0014")
    assert inspect_revision(path) == "0014"
    assert "ix_enrollment_counts" in _indexes(path)
    assert "TEMP B-TREE" not in _plan(path)
    alembic_step(db_location, "upgrade", "head")  # later revisions: the models need them
    assert demo.catalog.programmes() == counted
