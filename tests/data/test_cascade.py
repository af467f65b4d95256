"""Tests for capturing rows with their cascade, deleting them and restoring them exactly."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from seminarkoll.data.cascade import capture, delete_captured, restore
from seminarkoll.data.database import Database
from seminarkoll.data.models import Base, CohortGroup, GroupMember, Seminar
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError
from tests.factories import Factory


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, to compare whole databases."""
    with database.transaction() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def cohort_with_records(factory: Factory, database: Database) -> dict[str, int]:
    programme = factory.programme("Ledare på lut")
    theme = factory.theme(programme, "Skolutveckling")
    cohort = factory.cohort(programme)
    first = factory.seminar(cohort, 1, date(2024, 9, 5), theme_area_id=theme)
    second = factory.seminar(cohort, 2, date(2024, 10, 3))
    enrolments = [factory.enrollment(cohort) for _ in range(3)]
    for enrolment in enrolments:
        factory.attendance(first, enrolment)
    factory.attendance(second, enrolments[0], AttendanceStatus.ABSENT)
    with database.transaction() as session:
        group = CohortGroup(cohort_id=cohort, name="Lärteam A")
        session.add(group)
        session.flush()
        session.add(GroupMember(group_id=group.id, enrollment_id=enrolments[0]))
    return {"programme": programme, "theme": theme, "cohort": cohort, "first": first}


def test_capture_counts_everything_that_cascades(
    database: Database, cohort_with_records: dict[str, int]
) -> None:
    with database.transaction() as session:
        snapshot = capture(session, "cohort", [cohort_with_records["cohort"]])
    assert dict(snapshot.counts()) == {
        "cohort": 1,
        "seminar": 2,
        "enrollment": 3,
        "attendance": 4,
        "cohort_group": 1,
        "group_member": 1,
    }
    assert snapshot.nulled == ()


def test_delete_and_restore_give_back_the_same_database(
    database: Database, cohort_with_records: dict[str, int]
) -> None:
    before = dump(database)
    with database.transaction() as session:
        snapshot = capture(session, "cohort", [cohort_with_records["cohort"]])
        delete_captured(session, snapshot)
    after_delete = dump(database)
    assert after_delete["cohort"] == []
    assert after_delete["attendance"] == []
    assert after_delete["group_member"] == []
    assert len(after_delete["person"]) == len(before["person"])
    with database.transaction() as session:
        restore(session, snapshot)
    assert dump(database) == before


def test_set_null_references_are_put_back(
    database: Database, cohort_with_records: dict[str, int]
) -> None:
    theme = cohort_with_records["theme"]
    with database.transaction() as session:
        snapshot = capture(session, "theme_area", [theme])
        delete_captured(session, snapshot)
    assert [n.table for n in snapshot.nulled] == ["seminar"]
    with database.transaction() as session:
        assert session.get(Seminar, cohort_with_records["first"]).theme_area_id is None
        restore(session, snapshot)
    with database.transaction() as session:
        assert session.get(Seminar, cohort_with_records["first"]).theme_area_id == theme


def test_restore_refuses_when_a_key_was_taken_and_changes_nothing(
    database: Database, factory: Factory, cohort_with_records: dict[str, int]
) -> None:
    with database.transaction() as session:
        snapshot = capture(session, "seminar", [cohort_with_records["first"]])
        delete_captured(session, snapshot)
    with database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO seminar (id, cohort_id, number, title, date, location, "
                "description, notes) VALUES (:id, :cohort, 9, 'Ny', '2025-01-20', '', '', '')"
            ),
            {"id": cohort_with_records["first"], "cohort": cohort_with_records["cohort"]},
        )
    before = dump(database)
    with pytest.raises(ConflictError), database.transaction() as session:
        restore(session, snapshot)
    assert dump(database) == before
