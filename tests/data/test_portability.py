"""The schema stays portable: it compiles for PostgreSQL without SQLite-only or native types."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from seminarkoll.data.models import Base


def test_every_table_compiles_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    ddl = "\n".join(
        str(CreateTable(table).compile(dialect=dialect)) for table in Base.metadata.sorted_tables
    )
    assert "CREATE TABLE attendance" in ddl
    assert "CREATE TYPE" not in ddl
    assert "TIMESTAMP WITH TIME ZONE" in ddl
    assert "DATETIME" not in ddl


def test_enums_are_checked_strings_not_native_types() -> None:
    checks = {
        constraint.name
        for table in Base.metadata.tables.values()
        for constraint in table.constraints
        if constraint.name and str(constraint.name).startswith("ck_")
    }
    assert "ck_attendance_attendance_status" in checks
    assert "ck_cohort_cohort_status" in checks
