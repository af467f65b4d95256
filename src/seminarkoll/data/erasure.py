"""Erasing a person (anonymisation) everywhere in the database, and the log of erasures."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Enum, String, Text, func, select, update
from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Base,
    Enrollment,
    Erasure,
    IntakeStep,
    MakeupTask,
    Person,
)
from seminarkoll.data.types import utc_now
from seminarkoll.domain.text import full_name

ANONYMOUS_FIRST_NAME = "Anonymiserad"
REPLACEMENT = "[anonymiserad]"
_KEEP_TEXT = {("person", "search_key"), ("person", "email_key")}
"""Columns recomputed rather than searched (the person's own keys)."""
_HASH_COLUMNS = {"prev_hash", "row_hash"}


@dataclass(frozen=True)
class LoggedErasure:
    """One entry of the erasure log, as read from a database file."""

    kind: str
    person_id: int | None
    person_created_at: datetime | None
    cutoff: date | None


def anonymous_last_name(person_id: int) -> str:
    """The last name an anonymised person gets, e.g. "person 17"."""
    return f"person {person_id}"


def erase_person(session: Session, person: Person) -> int:
    """Replace the person's name, e-mail, phone and free-text notes everywhere: their own
    fields, notes and interview outcomes on their enrolments and intake steps, marks, make-up
    tasks and audit rows, and any other text in the database that mentions their name,
    address or phone. Counts, marks and outcomes stay. Returns how many text values were
    replaced elsewhere."""
    needles = _identifying_texts(person)
    enrolments = select(Enrollment.id).where(Enrollment.person_id == person.id)
    session.execute(
        update(Enrollment)
        .where(Enrollment.person_id == person.id)
        .values(notes="", interview_outcome="")
    )
    session.execute(
        update(IntakeStep).where(IntakeStep.enrollment_id.in_(enrolments)).values(note="")
    )
    session.execute(
        update(Attendance).where(Attendance.enrollment_id.in_(enrolments)).values(note="")
    )
    session.execute(
        update(MakeupTask).where(MakeupTask.enrollment_id.in_(enrolments)).values(description="")
    )
    session.execute(
        update(AttendanceChange)
        .where(AttendanceChange.enrollment_id.in_(enrolments))
        .values(old_note="", new_note="")
    )
    person.first_name = ANONYMOUS_FIRST_NAME
    person.last_name = anonymous_last_name(person.id)
    person.email = None
    person.email_key = None
    person.phone = ""
    person.title = ""
    person.organisation = ""
    person.notes = ""
    session.flush()
    return scrub(session, needles)


def _identifying_texts(person: Person) -> list[str]:
    names = {
        full_name(person.first_name, person.last_name),
        f"{person.last_name}, {person.first_name}",
        f"{person.last_name} {person.first_name}",
    }
    values = [*names, person.email or "", person.phone]
    # Longest first, so a full name goes before a shorter text it contains.
    return sorted({v.strip() for v in values if len(v.strip()) >= 5}, key=len, reverse=True)


def scrub(session: Session, needles: list[str]) -> int:
    """Replace each of `needles` in every text column of every table; returns the count of
    values changed."""
    changed = 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String | Text) or isinstance(column.type, Enum):
                continue
            if column.name in _HASH_COLUMNS or (table.name, column.name) in _KEEP_TEXT:
                continue
            if column.primary_key:
                continue
            for needle in needles:
                result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                    update(table)
                    .where(column.contains(needle, autoescape=True))
                    .values({column.name: func.replace(column, needle, REPLACEMENT)})
                )
                changed += result.rowcount or 0
    return changed


def record_erasure(
    session: Session,
    kind: str,
    by: str,
    *,
    person_id: int | None = None,
    person_created_at: datetime | None = None,
    cutoff: date | None = None,
) -> None:
    """Log an erasure so that it can be applied again to an older backup."""
    session.add(
        Erasure(
            kind=kind,
            person_id=person_id,
            person_created_at=person_created_at,
            cutoff=cutoff,
            done_at=utc_now(),
            done_by=by,
        )
    )


def logged_erasures(path: Path) -> tuple[LoggedErasure, ...]:
    """The erasure log of the database file at `path` (empty when it has none or is unreadable)."""
    try:
        with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as conn:
            rows = conn.execute(
                "SELECT kind, person_id, person_created_at, cutoff FROM erasure ORDER BY id"
            ).fetchall()
    except sqlite3.Error:
        return ()
    return tuple(
        LoggedErasure(
            kind,
            pid,
            datetime.fromisoformat(created).replace(tzinfo=UTC) if created else None,
            date.fromisoformat(cut) if cut else None,
        )
        for kind, pid, created, cut in rows
    )
