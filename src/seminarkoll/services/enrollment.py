"""Enrolment use cases: a cohort's roster, adding persons, status and dates, removing."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing_cohort, existing_enrollment, with_person
from seminarkoll.data.models import (
    Attendance,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Workplace,
)
from seminarkoll.data.versions import refuse_any_stale, refuse_stale
from seminarkoll.domain.attendance import EnrolmentWindow
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.records import assign_from, built_from
from seminarkoll.domain.text import NamedRow, full_name, swedish_key
from seminarkoll.domain.translation import translate
from seminarkoll.services.completion_data import joining_date
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.signed_lists import LATER_START, signed_lists_kept


@dataclass(frozen=True)
class EnrollmentInput:
    """Status, dates and notes of one enrolment as the user set them."""

    status: EnrollmentStatus
    applied_on: date | None = None
    joined_on: date | None = None
    left_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class GroupRef:
    """A group a participant belongs to."""

    id: int
    name: str


@dataclass(frozen=True)
class RosterRow(NamedRow, EnrolmentWindow):
    """One enrolment in a cohort's roster."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    title: str
    workplace_name: str
    status: EnrollmentStatus
    applied_on: date | None
    joined_on: date | None
    left_on: date | None
    notes: str
    groups: tuple[GroupRef, ...]
    certificate_issued_at: datetime | None = None
    version: int = 0
    """The enrolment's version read: give it back when saving, to refuse a stale save."""


@dataclass(frozen=True)
class EnrolResult:
    """What adding persons to a cohort did."""

    added: tuple[int, ...]
    already: tuple[str, ...]


@dataclass(frozen=True)
class RemovalImpact:
    """What removing enrolments would take with them."""

    names: tuple[str, ...]
    marks: int


class EnrollmentService(DatabaseService):
    """Adds persons to cohorts and keeps their status and dates."""

    def roster(self, cohort_id: int) -> tuple[RosterRow, ...]:
        """Every enrolment of the cohort with person, workplace and groups, in id order."""
        with self._db.transaction() as session:
            existing_cohort(session, cohort_id)
            return _roster_rows(session, cohort_id)

    def enrolment(self, enrollment_id: int) -> RosterRow:
        """One enrolment as the roster shows it; NotFoundError when it is gone."""
        with self._db.transaction() as session:
            enrollment = existing_enrollment(session, enrollment_id)
            (row,) = _roster_rows(session, enrollment.cohort_id, enrollment_id)
            return row

    def joining_date(self, cohort_id: int, today: date | None = None) -> date:
        """The date a participant enrolled now joins from: the cohort's start while no seminar
        has been held, else today."""
        with self._db.transaction() as session:
            return joining_date(session, existing_cohort(session, cohort_id), today)

    def enrol(
        self,
        cohort_id: int,
        person_ids: Sequence[int],
        status: EnrollmentStatus = EnrollmentStatus.ENROLLED,
        joined_on: date | None = None,
        applied_on: date | None = None,
    ) -> EnrolResult:
        """Add persons to the cohort; persons already in it are left as they are and named.
        `joined_on` defaults to `joining_date`. A date that would put them on a signed
        seminar's list raises ConflictError."""
        with (
            self._db.transaction() as session,
            signed_lists_kept(
                session, (cohort_id,), translate("Errors", "antagningen"), LATER_START
            ),
        ):
            cohort = existing_cohort(session, cohort_id)
            joined = joined_on or joining_date(session, cohort)
            existing = set(
                session.scalars(
                    select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id)
                )
            )
            names = {
                pid: full_name(first, last)
                for pid, first, last in session.execute(
                    select(Person.id, Person.first_name, Person.last_name).where(
                        Person.id.in_(person_ids)
                    )
                )
            }
            missing = [pid for pid in person_ids if pid not in names]
            if missing:
                raise NotFoundError(
                    translate(
                        "Errors", "{count} av de valda personerna finns inte längre i registret."
                    ).format(count=len(missing))
                )
            added = []
            for pid in dict.fromkeys(person_ids):
                if pid in existing:
                    continue
                enrollment = Enrollment(
                    cohort_id=cohort_id,
                    person_id=pid,
                    status=status,
                    applied_on=applied_on,
                    joined_on=joined,
                )
                session.add(enrollment)
                added.append(enrollment)
            session.flush()
            return EnrolResult(
                added=tuple(e.id for e in added),
                already=tuple(names[pid] for pid in dict.fromkeys(person_ids) if pid in existing),
            )

    def update(
        self, enrollment_id: int, data: EnrollmentInput, *, version: int | None = None
    ) -> None:
        """Save status, dates and notes of one enrolment (history stays as it is);
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        _validate(data)
        with self._db.transaction() as session:
            enrollment = existing_enrollment(session, enrollment_id)
            refuse_stale(enrollment, version, Edited.ENROLMENT, lambda: enrollment.person.name)
            with signed_lists_kept(
                session, (enrollment.cohort_id,), translate("Errors", "ändringen")
            ):
                _save(enrollment, data)

    def set_status(
        self,
        enrollment_ids: Sequence[int],
        status: EnrollmentStatus,
        on: date,
        *,
        versions: Mapping[int, int] | None = None,
    ) -> int:
        """Give several enrolments `status`; withdrawing sets the leaving date to `on` when none
        is set, enrolling again clears it. Returns how many changed.

        `versions` holds each enrolment's version as the roster showed it (None: change them
        whatever changed): when any of them is gone or no longer at that version, nothing is
        changed (NotFoundError, or StaleEditError naming the first and counting the rest)."""
        with (
            self._db.transaction() as session,
            _changing(session, enrollment_ids, translate("Errors", "ändringen")) as rows,
        ):
            if versions is not None:
                _refuse_changed_since_shown(rows, enrollment_ids, versions)
            return _set_status(rows, status, on)

    def removal_impact(self, enrollment_ids: Sequence[int]) -> RemovalImpact:
        """Who would be removed from the cohort, and how many attendance marks go with them."""
        with self._db.transaction() as session:
            names = session.execute(
                select(Person.first_name, Person.last_name)
                .join(Enrollment, Enrollment.person_id == Person.id)
                .where(Enrollment.id.in_(enrollment_ids))
            ).all()
            marks = session.scalar(
                select(func.count())
                .select_from(Attendance)
                .where(Attendance.enrollment_id.in_(enrollment_ids))
            )
            return RemovalImpact(
                names=tuple(full_name(first, last) for first, last in names), marks=int(marks or 0)
            )

    def remove(
        self, enrollment_ids: Sequence[int], *, versions: Mapping[int, int] | None = None
    ) -> RemovalImpact:
        """Remove enrolments with their attendance and group memberships (the persons stay).
        `versions` as for `set_status`: when any of them changed or went since they were shown,
        nothing is removed."""
        impact = self.removal_impact(enrollment_ids)
        with (
            self._db.transaction() as session,
            _changing(session, enrollment_ids, translate("Errors", "borttagningen")) as rows,
        ):
            if versions is not None:
                _refuse_changed_since_shown(rows, enrollment_ids, versions)
            for enrollment in rows:
                session.delete(enrollment)
        return impact


@contextmanager
def _changing(
    session: Session, enrollment_ids: Sequence[int], what: str
) -> Iterator[Sequence[Enrollment]]:
    """The enrolments `enrollment_ids`, for a change `what` under `signed_lists_kept` for their
    cohorts."""
    rows = session.scalars(select(Enrollment).where(Enrollment.id.in_(enrollment_ids))).all()
    with signed_lists_kept(session, {e.cohort_id for e in rows}, what):
        yield rows


def _refuse_changed_since_shown(
    rows: Sequence[Enrollment], enrollment_ids: Sequence[int], versions: Mapping[int, int]
) -> None:
    """NotFoundError when some of `enrollment_ids` are gone; StaleEditError when any of `rows`
    is no longer at its version in `versions` (those not in it were not shown: stale too)."""
    missing = len(set(enrollment_ids)) - len(rows)
    if missing:
        raise NotFoundError(
            translate(
                "Errors",
                "{count} av de valda antagningarna finns inte längre; någon annan har tagit "
                "bort dem. Ingenting ändrades.",
            ).format(count=missing)
        )
    refuse_any_stale(
        [(row, versions.get(row.id, -1)) for row in rows],
        Edited.ENROLMENT,
        lambda row: row.person.name,
    )


def _roster_rows(
    session: Session, cohort_id: int, enrollment_id: int | None = None
) -> tuple[RosterRow, ...]:
    """The cohort's enrolments (or only `enrollment_id`) with person, workplace and groups."""
    groups: dict[int, list[GroupRef]] = {}
    for member_of, group_id, group_name in session.execute(
        select(GroupMember.enrollment_id, CohortGroup.id, CohortGroup.name)
        .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
        .where(CohortGroup.cohort_id == cohort_id)
    ):
        groups.setdefault(member_of, []).append(GroupRef(group_id, group_name))
    for refs in groups.values():
        refs.sort(key=lambda ref: swedish_key(ref.name))
    query = with_person(select(Enrollment, Person, Workplace.name)).where(
        Enrollment.cohort_id == cohort_id
    )
    if enrollment_id is not None:
        query = query.where(Enrollment.id == enrollment_id)
    return tuple(
        built_from(
            RosterRow,
            e,
            **enrolled_person(e, p, workplace),
            phone=p.phone,
            title=p.title,
            groups=tuple(groups.get(e.id, ())),
        )
        for e, p, workplace in session.execute(query.order_by(Enrollment.id))
    )


def enrolled_person(
    enrollment: Enrollment, person: Person, workplace: str | None
) -> dict[str, Any]:
    """Who an enrolment is, as a roster's or an intake's row names them (read with
    `with_person`): ids, name, e-mail and workplace, empty when missing."""
    return {
        "enrollment_id": enrollment.id,
        "person_id": person.id,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "email": person.email or "",
        "workplace_name": workplace or "",
    }


def _save(enrollment: Enrollment, data: EnrollmentInput) -> None:
    assign_from(enrollment, data, notes=data.notes.strip())


def _set_status(rows: Sequence[Enrollment], status: EnrollmentStatus, on: date) -> int:
    changed = 0
    for enrollment in rows:
        if enrollment.status is status:
            continue
        changed += 1
        enrollment.status = status
        if status is EnrollmentStatus.WITHDRAWN and enrollment.left_on is None:
            left = on
            if enrollment.joined_on is not None and left < enrollment.joined_on:
                left = enrollment.joined_on
            enrollment.left_on = left
        elif status in (EnrollmentStatus.ENROLLED, EnrollmentStatus.ACCEPTED):
            enrollment.left_on = None
    return changed


def _validate(data: EnrollmentInput) -> None:
    problems = []
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        problems.append(
            FieldProblem(
                "left_on",
                translate("Errors", "Datumet för avbrott kan inte vara före startdatumet."),
            )
        )
    if data.applied_on and data.joined_on and data.joined_on < data.applied_on:
        problems.append(
            FieldProblem(
                "joined_on",
                translate("Errors", "Startdatumet kan inte vara före ansökningsdatumet."),
            )
        )
    if problems:
        raise ValidationError(problems)
