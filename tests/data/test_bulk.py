"""BulkInsert writes the same rows as an ORM insert would, on SQLite and compiled for PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, cast

import pytest
from sqlalchemy import Connection, Table, bindparam, event, select
from sqlalchemy.dialects import postgresql

from seminarkoll.data.bulk import BulkInsert, Query
from seminarkoll.data.database import Database
from seminarkoll.data.models import Attendance, Enrollment, Person, Seminar
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from tests.factories import Factory

PERSON = cast(Table, Person.__table__)
ENROLLMENT = cast(Table, Enrollment.__table__)
PERSON_CONSTANTS: dict[str, Any] = {
    "organisation": "",
    "is_lecturer": False,
    "notes": "",
    "search_key": "",
}


def test_rows_and_constants_are_written_with_their_column_types(database: Database) -> None:
    stamp = datetime(2025, 3, 7, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=1)))
    with database.transaction() as session:
        persons = BulkInsert(
            session.connection(),
            PERSON,
            ("email", "first_name", "last_name", "phone", "title", "workplace_id", "email_key"),
            {**PERSON_CONSTANTS, "created_at": stamp, "updated_at": stamp},
        )
        persons.execute(
            [
                ("Asa@Example.se", "Åsa", "Öberg", "070-1", "Rektor", None, "asa@example.se"),
                (None, "Per", "Ek", "", "", None, None),
            ]
        )
        persons.execute([])
    with database.transaction() as session:
        found = session.scalars(select(Person).order_by(Person.id)).all()
        assert [(p.first_name, p.last_name, p.email, p.email_key) for p in found] == [
            ("Åsa", "Öberg", "Asa@Example.se", "asa@example.se"),
            ("Per", "Ek", None, None),
        ]
        assert [(p.phone, p.title, p.is_lecturer) for p in found] == [
            ("070-1", "Rektor", False),
            ("", "", False),
        ]
        assert {p.created_at for p in found} == {stamp.astimezone(UTC)}
        assert found[0].created_at.tzinfo is not None
        assert found[0].updated_at == found[0].created_at


def test_constants_written_into_the_statement_keep_their_values(database: Database) -> None:
    stamp = datetime(2025, 3, 7, 8, 0, tzinfo=UTC)
    constants = {
        "organisation": "O'Neill & Co; DROP TABLE person; --",
        "is_lecturer": True,
        "notes": "Rad 1\nRad 2 – ”citat” \\ 50 % slut",
        "search_key": "",
        "created_at": stamp,
        "updated_at": stamp,
        "workplace_id": None,
    }
    columns = ("first_name", "last_name", "email", "email_key", "phone", "title")
    sent: list[tuple[str, Any]] = []
    with database.transaction() as session:
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", lambda *args: sent.append(args[2:4]))
        persons = BulkInsert(connection, PERSON, columns, constants)
        persons.execute([("Sean", "O'Neill", None, None, "", "")] * 2)
    # On a server the commit also sends its notice (SELECT pg_notify): only the insert counts.
    ((sql, parameters),) = [s for s in sent if s[0].lstrip().startswith("INSERT")]
    assert "'O''Neill & Co; DROP TABLE person; --'" in sql
    typed = 0 if database.location.is_sqlite else 3  # PostgreSQL gets stamps and flag as parameters
    # The per-row columns and the "%" note.
    assert [len(row) for row in parameters] == [7 + typed, 7 + typed]
    with database.transaction() as session:
        found = session.scalars(select(Person)).all()
        assert len(found) == 2
        for person in found:
            assert (person.organisation, person.notes) == (
                constants["organisation"],
                constants["notes"],
            )
            assert (person.is_lecturer, person.workplace_id, person.last_name) == (
                True,
                None,
                "O'Neill",
            )
            assert person.created_at == stamp


def test_per_row_values_that_need_converting_are_converted(
    database: Database, factory: Factory
) -> None:
    cohort = factory.cohort()
    first, second = factory.person("Anna", "Berg"), factory.person("Per", "Ek")
    with database.transaction() as session:
        BulkInsert(
            session.connection(),
            ENROLLMENT,
            ("person_id", "status", "joined_on", "notes"),
            {"cohort_id": cohort, "applied_on": None, "left_on": None},
        ).execute(
            [
                (first, EnrollmentStatus.APPLIED, None, "Vill börja i januari"),
                (second, EnrollmentStatus.ENROLLED, date(2024, 8, 19), ""),
            ]
        )
    with database.transaction() as session:
        found = session.scalars(select(Enrollment).order_by(Enrollment.person_id)).all()
        assert [(e.person_id, e.status, e.joined_on, e.notes) for e in found] == [
            (first, EnrollmentStatus.APPLIED, None, "Vill börja i januari"),
            (second, EnrollmentStatus.ENROLLED, date(2024, 8, 19), ""),
        ]


def test_columns_with_python_defaults_must_be_given(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValueError, match="created_at"):
        BulkInsert(
            session.connection(),
            PERSON,
            ("first_name", "last_name", "email", "email_key", "phone", "title", "workplace_id"),
            {**PERSON_CONSTANTS, "updated_at": datetime.now(UTC)},
        )


def test_a_column_may_not_be_given_twice(database: Database) -> None:
    with database.transaction() as session, pytest.raises(ValueError, match="once"):
        BulkInsert(session.connection(), ENROLLMENT, ("person_id", "notes"), {"notes": ""})


class _RecordingConnection:
    """Stands in for a PostgreSQL connection: has its dialect, records what would be sent."""

    def __init__(self) -> None:
        self.dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
        self.sent: list[tuple[str, list[dict[str, Any]]]] = []

    def exec_driver_sql(self, sql: str, parameters: list[dict[str, Any]]) -> None:
        self.sent.append((sql, parameters))


def test_postgresql_gets_named_parameters_and_no_returning() -> None:
    connection = _RecordingConnection()
    stamp = datetime(2025, 3, 7, 8, 0, tzinfo=UTC)
    columns = ("first_name", "last_name", "email", "email_key", "phone", "title", "workplace_id")
    BulkInsert(
        cast(Connection, connection),
        PERSON,
        columns,
        {**PERSON_CONSTANTS, "created_at": stamp, "updated_at": stamp},
    ).execute([("Åsa", "Öberg", None, None, "", "", 3)])
    ((sql, parameters),) = connection.sent
    assert sql.startswith("INSERT INTO person (first_name, last_name, email, email_key")
    assert "%(created_at)s" in sql
    assert "RETURNING" not in sql
    assert parameters == [
        {
            "first_name": "Åsa",
            "last_name": "Öberg",
            "email": None,
            "email_key": None,
            "phone": "",
            "title": "",
            "workplace_id": 3,
            "is_lecturer": False,
            "created_at": stamp,
            "updated_at": stamp,
        }
    ]
    # The text constants are written into the statement instead of sent with every row.
    assert sql.count("''") == 3


def test_constants_with_percent_signs_stay_parameters() -> None:
    connection = _RecordingConnection()
    stamp = datetime(2025, 3, 7, 8, 0, tzinfo=UTC)
    constants = {**PERSON_CONSTANTS, "notes": "50 % på distans", "created_at": stamp}
    BulkInsert(
        cast(Connection, connection),
        PERSON,
        ("first_name", "last_name", "email", "email_key", "phone", "title", "workplace_id"),
        {**constants, "updated_at": stamp},
    ).execute([("Åsa", "Öberg", None, None, "", "", None)])
    ((sql, parameters),) = connection.sent
    assert "%(notes)s" in sql  # stays a parameter: no escaping of "%" to get wrong
    assert parameters[0]["notes"] == "50 % på distans"


def test_a_query_reads_the_values_sqlalchemy_reads(database: Database, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2025, 1, 9))
    signed = datetime(2025, 1, 9, 16, 5, tzinfo=UTC)
    with database.transaction() as session:
        session.get_one(Seminar, seminar).signed_off_at = signed
    joined = factory.enrollment(cohort, joined_on=date(2024, 9, 2))
    other = factory.enrollment(cohort, status=EnrollmentStatus.WITHDRAWN)
    factory.attendance(seminar, joined, AttendanceStatus.LATE, note="Tåget")
    statement = (
        select(
            Enrollment.id,
            Enrollment.status,
            Enrollment.joined_on,
            Attendance.status,
            Attendance.note,
            Seminar.signed_off_at,
        )
        .join(Seminar, Seminar.cohort_id == Enrollment.cohort_id)
        .outerjoin(
            Attendance,
            (Attendance.enrollment_id == Enrollment.id) & (Attendance.seminar_id == Seminar.id),
        )
        .where(Seminar.id == bindparam("seminar_id"), Enrollment.id > 0)
        .order_by(Enrollment.id)
    )
    with database.reading() as connection:
        rows = Query(statement).rows(connection, seminar_id=seminar)
        expected = [tuple(row) for row in connection.execute(statement, {"seminar_id": seminar})]
    assert (
        rows
        == expected
        == [
            (
                joined,
                EnrollmentStatus.ENROLLED,
                date(2024, 9, 2),
                AttendanceStatus.LATE,
                "Tåget",
                signed,
            ),
            (other, EnrollmentStatus.WITHDRAWN, None, None, None, signed),
        ]
    )
    assert isinstance(rows[0][1], EnrollmentStatus)


def test_a_query_refuses_an_expanding_parameter(database: Database) -> None:
    statement = select(Enrollment.id).where(Enrollment.status.in_([EnrollmentStatus.ENROLLED]))
    with database.reading() as connection, pytest.raises(ValueError, match="expanding"):
        Query(statement).rows(connection)
