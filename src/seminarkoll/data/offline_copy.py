"""One seminar's roster copied into a SQLite file of its own (signing off without a network), and
what such a file says when it comes back: where it came from and which marks it changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, create_engine, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from seminarkoll.data.errors import DatabaseError, environment_problem
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Programme,
    Seminar,
    Setting,
    SignOffEvent,
    ThemeArea,
    Workplace,
)
from seminarkoll.data.settings import database_identity
from seminarkoll.data.sqlite_file import connect_to_inspect, inspect_revision
from seminarkoll.data.types import utc_now
from seminarkoll.domain.attendance import MATRIX_STATUSES
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.text import full_name
from seminarkoll.domain.translation import translate

SOURCE_KEY = "offline_source"
"""The setting (in the offline file) holding the identity of the database it was copied from."""
SEMINAR_KEY = "offline_seminar"
COHORT_KEY = "offline_cohort"
COPIED_AT_KEY = "offline_copied_at"
FROM_KEY = "offline_from"
LAST_ENROLLMENT_KEY = "offline_last_enrollment"
"""The highest enrolment id copied: a higher one was added in the offline file (a walk-in)."""
SETTING_LENGTH = 200
"""The longest value `app_setting` holds."""


@dataclass(frozen=True)
class OfflineOrigin:
    """Where an offline file came from: the database's identity and shown name, the seminar."""

    source: str
    source_display: str
    seminar_id: int
    cohort_id: int
    copied_at: datetime
    last_enrollment: int


@dataclass(frozen=True)
class CopiedRoster:
    """What was copied into an offline file."""

    seminar_number: int
    seminar_title: str
    cohort_id: int
    people: int
    marks: int


@dataclass(frozen=True)
class OfflineMark:
    """A cell of the seminar as the offline file holds it, with its mark when it was copied."""

    enrollment_id: int
    name: str
    base: AttendanceStatus | None
    base_note: str
    status: AttendanceStatus | None
    note: str
    by: str
    """Who last changed it offline."""


@dataclass(frozen=True)
class OfflineFile:
    """What an offline file brings back: its origin and the cells changed in it since the copy
    (marks of enrolments copied; walk-ins added offline apart)."""

    path: Path
    origin: OfflineOrigin
    seminar_number: int
    changed: tuple[OfflineMark, ...]
    walk_ins: tuple[str, ...]
    signed_by: str | None


def copy_roster(source: Session, target: Connection, seminar_id: int, display: str) -> CopiedRoster:
    """Copy the seminar, its cohort and programme, the cohort's enrolled (completed, withdrawn)
    participants with their workplaces and groups, and the marks at the seminar from `source`
    into the empty, migrated database behind `target`, keeping every id; record the origin.

    Notes about persons and enrolments stay behind. Raises NotFoundError (via `lookups`) when
    the seminar is gone."""
    from seminarkoll.data.lookups import existing_seminar

    seminar = existing_seminar(source, seminar_id)
    cohort = seminar.cohort
    enrolments = select(Enrollment.id).where(
        Enrollment.cohort_id == cohort.id, Enrollment.status.in_(MATRIX_STATUSES)
    )
    persons = select(Enrollment.person_id).where(Enrollment.id.in_(enrolments))
    copies: list[tuple[Table, Any, dict[str, object]]] = [
        (_table(Programme), Programme.id == cohort.programme_id, {}),
        (_table(ThemeArea), ThemeArea.id == seminar.theme_area_id, {}),
        (_table(Cohort), Cohort.id == cohort.id, {}),
        (_table(Seminar), Seminar.id == seminar_id, {}),
        (
            _table(Workplace),
            Workplace.id.in_(select(Person.workplace_id).where(Person.id.in_(persons))),
            {},
        ),
        (_table(Person), Person.id.in_(persons), {"notes": ""}),
        (
            _table(Enrollment),
            Enrollment.id.in_(enrolments),
            {"notes": "", "interview_outcome": ""},
        ),
        (_table(CohortGroup), CohortGroup.cohort_id == cohort.id, {"leader_person_id": None}),
        (_table(GroupMember), GroupMember.enrollment_id.in_(enrolments), {}),
        (
            _table(Attendance),
            (Attendance.seminar_id == seminar_id) & Attendance.enrollment_id.in_(enrolments),
            {},
        ),
    ]
    counts: dict[str, int] = {}
    for table, where, blanked in copies:
        rows = [{**row, **blanked} for row in source.execute(select(table).where(where)).mappings()]
        if rows:
            target.execute(insert(table), rows)
        counts[table.name] = len(rows)
    last = source.scalar(
        select(Enrollment.id).where(Enrollment.id.in_(enrolments)).order_by(Enrollment.id.desc())
    )
    origin = {
        SOURCE_KEY: database_identity(source),
        SEMINAR_KEY: str(seminar_id),
        COHORT_KEY: str(cohort.id),
        COPIED_AT_KEY: utc_now().isoformat(),
        FROM_KEY: display[:SETTING_LENGTH],
        LAST_ENROLLMENT_KEY: str(last or 0),
    }
    target.execute(insert(_table(Setting)), [{"key": k, "value": v} for k, v in origin.items()])
    return CopiedRoster(
        seminar.number, seminar.title, cohort.id, counts["enrollment"], counts["attendance"]
    )


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


def not_offline(path: Path) -> DatabaseError:
    """`path` is a Seminarkoll database, but no offline signing file."""
    return DatabaseError(
        translate(
            "Errors",
            "{path} är ingen offline-signering från Seminarkoll (filen saknar uppgift om "
            "varifrån den kopierades). Välj filen som Signera offline sparade.",
        ).format(path=path)
    )


def read_offline_file(path: Path) -> OfflineFile:
    """Read an offline file without changing it: its origin, the cells changed in it since the
    copy (from its audit trail: a cell's first change holds the copied mark) and who signed it.

    Raises DatabaseError naming the file when it is missing, no SQLite or Seminarkoll
    database, no offline file, newer than this version, or damaged."""
    if not path.is_file():
        raise DatabaseError(translate("Errors", "Filen {path} finns inte.").format(path=path))
    if inspect_revision(path) is None:
        raise not_offline(path)
    with _reading(path) as connection:
        verdict = connection.exec_driver_sql("PRAGMA quick_check").scalar()
        if verdict != "ok":
            raise DatabaseError(
                translate(
                    "Errors",
                    "Offline-signeringen {path} är skadad ({verdict}); den kan inte läsas.",
                ).format(path=path, verdict=verdict)
            )
        settings = dict(
            connection.execute(
                select(Setting.key, Setting.value).where(Setting.key.like("offline_%"))
            ).all()
        )
        origin = _origin(path, settings)
        number = connection.execute(
            select(Seminar.number).where(Seminar.id == origin.seminar_id)
        ).scalar()
        if number is None:
            raise not_offline(path)
        return OfflineFile(
            path,
            origin,
            number,
            *_changed_cells(connection, origin),
            _signed_offline_by(connection, origin),
        )


def _signed_offline_by(connection: Connection, origin: OfflineOrigin) -> str | None:
    """Who signed the seminar in the file, when its last sign-off event there is a signing (the
    copy holds no events: a seminar signed before it was copied was not signed offline)."""
    last = connection.execute(
        select(SignOffEvent.action, SignOffEvent.by)
        .where(SignOffEvent.seminar_id == origin.seminar_id)
        .order_by(SignOffEvent.id.desc())
        .limit(1)
    ).first()
    return last.by if last is not None and last.action == "sign" else None


def _origin(path: Path, settings: dict[str, str]) -> OfflineOrigin:
    try:
        return OfflineOrigin(
            source=settings[SOURCE_KEY],
            source_display=settings.get(FROM_KEY, ""),
            seminar_id=int(settings[SEMINAR_KEY]),
            cohort_id=int(settings[COHORT_KEY]),
            copied_at=datetime.fromisoformat(settings[COPIED_AT_KEY]),
            last_enrollment=int(settings[LAST_ENROLLMENT_KEY]),
        )
    except (KeyError, ValueError) as exc:
        raise not_offline(path) from exc


def _changed_cells(
    connection: Connection, origin: OfflineOrigin
) -> tuple[tuple[OfflineMark, ...], tuple[str, ...]]:
    """The cells whose mark or note differs from the copy, and the names of walk-ins."""
    first: dict[int, tuple[AttendanceStatus | None, str]] = {}
    last_by: dict[int, str] = {}
    for eid, old, old_note, by in connection.execute(
        select(
            AttendanceChange.enrollment_id,
            AttendanceChange.old_status,
            AttendanceChange.old_note,
            AttendanceChange.changed_by,
        )
        .where(AttendanceChange.seminar_id == origin.seminar_id)
        .order_by(AttendanceChange.id)
    ):
        first.setdefault(eid, (old, old_note or ""))
        last_by[eid] = by
    marks = []
    walk_ins = []
    for eid, first_name, last_name, status, note in connection.execute(
        select(
            Enrollment.id, Person.first_name, Person.last_name, Attendance.status, Attendance.note
        )
        .join(Person, Person.id == Enrollment.person_id)
        .outerjoin(
            Attendance,
            (Attendance.enrollment_id == Enrollment.id)
            & (Attendance.seminar_id == origin.seminar_id),
        )
        .where(Enrollment.id.in_(first))
        .order_by(Person.last_name, Person.first_name, Enrollment.id)
    ):
        name = full_name(first_name, last_name)
        if eid > origin.last_enrollment:
            walk_ins.append(name)
            continue
        base, base_note = first[eid]
        if (base, base_note) != (status, note or ""):
            marks.append(OfflineMark(eid, name, base, base_note, status, note or "", last_by[eid]))
    return tuple(marks), tuple(walk_ins)


@contextmanager
def _reading(path: Path) -> Iterator[Connection]:
    """A connection that only reads the file (see `connect_to_inspect`); SQLite's errors become
    a DatabaseError naming it."""
    engine = create_engine("sqlite://", creator=lambda: connect_to_inspect(path))
    try:
        with engine.connect() as connection:
            yield connection
    except DBAPIError as exc:
        reason = str(exc.orig)
        raise environment_problem(reason, str(path)) or DatabaseError(
            translate("Errors", "Offline-signeringen {path} kunde inte läsas: {reason}.").format(
                path=path, reason=reason
            )
        ) from exc
    finally:
        engine.dispose()
