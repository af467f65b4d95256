"""Retention (gallring): for cohorts that ended before a date, remove per-seminar marks, notes,
make-up details and the contact details of persons with no later activity, keeping the plan
and each participant's outcome in a summary so completion is still reported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from seminarkoll.data.audit_chain import rewriting
from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.database import Database
from seminarkoll.data.erasure import record_erasure
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    MakeupTask,
    OutcomeSummary,
    Person,
    Seminar,
    SeminarLecturer,
)
from seminarkoll.data.settings import read_setting, write_setting
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance import AttendanceService, MatrixRow
from seminarkoll.services.cohort_frame import KEPT_FIELDS
from seminarkoll.services.identity import Coordinator

THIN_AFTER_KEY = "thin_after_years"
MAX_YEARS = 50


@dataclass(frozen=True)
class ThinnedCohort:
    """One cohort a thinning covers, with what it removes there."""

    cohort_id: int
    name: str
    school_year: str
    end_date: date
    participants: int
    marks: int
    notes: int
    makeups: int
    log_rows: int


@dataclass(frozen=True)
class ThinningPlan:
    """What thinning before `before` removes (or removed): per cohort, and the persons whose
    e-mail and phone go because they have no later activity."""

    before: date
    cohorts: tuple[ThinnedCohort, ...]
    persons: int

    @property
    def marks(self) -> int:
        """Attendance marks removed in all cohorts."""
        return sum(c.marks for c in self.cohorts)

    @property
    def empty(self) -> bool:
        """Whether there is nothing to remove."""
        return not self.persons and not any(
            c.marks or c.notes or c.makeups or c.log_rows for c in self.cohorts
        )


class ThinningService:
    """Plans and carries out thinning, and keeps the "gallra efter N år" setting."""

    def __init__(
        self, database: Database, attendance: AttendanceService, coordinator: Coordinator
    ) -> None:
        self._db = database
        self._attendance = attendance
        self._coordinator = coordinator

    def plan(self, before: date) -> ThinningPlan:
        """What `thin(before)` would remove; nothing is changed."""
        with self._db.transaction() as session:
            return _plan(session, before)

    def thin(self, before: date, *, backup: bool = True) -> ThinningPlan:
        """Thin every cohort that ended before `before` (backed up first unless `backup` is
        False, and logged so that an older backup is thinned again when restored). Returns
        what was removed."""
        plan = self.plan(before)
        if plan.empty:
            return plan
        outcomes = {
            cohort.cohort_id: self._attendance.matrix(cohort.cohort_id).rows
            for cohort in plan.cohorts
        }
        if backup:
            automatic_backup(self._db, "fore-gallring")
        with self._db.transaction() as session:
            plan = _plan(session, before)
            with rewriting(session):
                for cohort in plan.cohorts:
                    _keep_outcomes(session, outcomes.get(cohort.cohort_id, ()))
                    _thin_cohort(session, cohort.cohort_id)
                _clear_contacts(session, before)
            record_erasure(session, "thin", self._coordinator.name, cutoff=before)
        self._db.checkpoint()
        return plan

    def thin_after_years(self) -> int | None:
        """The "gallra efter N år" setting (None: no reminder)."""
        with self._db.transaction() as session:
            value = read_setting(session, THIN_AFTER_KEY)
        return int(value) if value and value.isdigit() and int(value) else None

    def set_thin_after_years(self, years: int | None) -> None:
        """Save the setting; None or 0 turns the reminder off."""
        if years is not None and not 0 <= years <= MAX_YEARS:
            raise ValidationError.single(
                "years",
                translate("Errors", "Ange ett antal år mellan 1 och {max_years}.").format(
                    max_years=MAX_YEARS
                ),
            )
        with self._db.transaction() as session:
            write_setting(session, THIN_AFTER_KEY, str(years or 0))

    def due(self, today: date | None = None) -> ThinningPlan | None:
        """With the setting on, what is due for thinning today (None when nothing is)."""
        years = self.thin_after_years()
        if years is None:
            return None
        day = today or date.today()
        cutoff = _years_before(day, years)
        plan = self.plan(cutoff)
        return None if plan.empty else plan


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _count(session: Session, statement: object) -> int:
    return int(session.scalar(statement) or 0)  # type: ignore[call-overload]


def _plan(session: Session, before: date) -> ThinningPlan:
    cohorts = []
    for cohort in session.scalars(
        select(Cohort).where(Cohort.end_date < before).order_by(Cohort.end_date, Cohort.id)
    ):
        seminars = select(Seminar.id).where(Seminar.cohort_id == cohort.id)
        in_seminars = Attendance.seminar_id.in_(seminars)
        entry = ThinnedCohort(
            cohort_id=cohort.id,
            name=cohort.name,
            school_year=cohort.school_year,
            end_date=cohort.end_date,
            participants=_count(
                session, select(func.count()).where(Enrollment.cohort_id == cohort.id)
            ),
            marks=_count(session, select(func.count()).select_from(Attendance).where(in_seminars))
            + _count(
                session,
                select(func.count())
                .select_from(GroupMeetingAttendance)
                .where(GroupMeetingAttendance.meeting_id.in_(_meetings(cohort.id))),
            ),
            notes=_count(
                session,
                select(func.count())
                .select_from(Attendance)
                .where(in_seminars, Attendance.note != ""),
            )
            + _count(
                session,
                select(func.count()).where(
                    Enrollment.cohort_id == cohort.id, Enrollment.notes != ""
                ),
            ),
            makeups=_count(
                session,
                select(func.count()).where(MakeupTask.seminar_id.in_(seminars)),
            ),
            log_rows=_count(
                session,
                select(func.count()).where(AttendanceChange.seminar_id.in_(seminars)),
            ),
        )
        if entry.marks or entry.notes or entry.makeups or entry.log_rows:
            cohorts.append(entry)
    persons = len(_quiet_persons(session, before))
    return ThinningPlan(before, tuple(cohorts), persons)


def _quiet_persons(session: Session, before: date) -> list[Person]:
    """Participants of cohorts that ended before `before`, with contact details, and with no
    enrolment, lecture or group leadership in anything that ends later."""
    ended_cohorts = select(Cohort.id).where(Cohort.end_date < before)
    later_cohorts = select(Cohort.id).where(Cohort.end_date >= before)
    return list(
        session.scalars(
            select(Person).where(
                or_(
                    Person.id.in_(_involved(ended_cohorts, Enrollment.person_id)),
                    Person.id.in_(_involved(ended_cohorts, SeminarLecturer.person_id)),
                    Person.id.in_(_involved(ended_cohorts, CohortGroup.leader_person_id)),
                ),
                Person.id.not_in(_involved(later_cohorts, Enrollment.person_id)),
                Person.id.not_in(_involved(later_cohorts, SeminarLecturer.person_id)),
                Person.id.not_in(_involved(later_cohorts, CohortGroup.leader_person_id)),
                or_(Person.email.is_not(None), Person.phone != ""),
            )
        )
    )


def _involved(cohorts: Select[Any], person: InstrumentedAttribute[Any]) -> Select[Any]:
    """Persons taking part in `cohorts` as `person` says: enrolled, lecturing or leading."""
    if person is SeminarLecturer.person_id:
        return (
            select(person)
            .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
            .where(Seminar.cohort_id.in_(cohorts))
        )
    table = person.class_
    return select(person).where(table.cohort_id.in_(cohorts), person.is_not(None))


def _keep_outcomes(session: Session, rows: tuple[MatrixRow, ...]) -> None:
    for row in rows:
        kept = {name: getattr(row.result, name) for name in KEPT_FIELDS}
        session.merge(OutcomeSummary(enrollment_id=row.enrollment_id, **kept))


def _thin_cohort(session: Session, cohort_id: int) -> None:
    seminars = select(Seminar.id).where(Seminar.cohort_id == cohort_id)
    session.flush()
    session.execute(delete(Attendance).where(Attendance.seminar_id.in_(seminars)))
    session.execute(delete(MakeupTask).where(MakeupTask.seminar_id.in_(seminars)))
    session.execute(delete(AttendanceChange).where(AttendanceChange.seminar_id.in_(seminars)))
    session.execute(update(Enrollment).where(Enrollment.cohort_id == cohort_id).values(notes=""))
    meetings = _meetings(cohort_id)
    session.execute(
        delete(GroupMeetingAttendance).where(GroupMeetingAttendance.meeting_id.in_(meetings))
    )
    session.execute(update(GroupMeeting).where(GroupMeeting.id.in_(meetings)).values(notes=""))


def _meetings(cohort_id: int) -> Select[Any]:
    """The ids of the meetings of the cohort's groups."""
    return (
        select(GroupMeeting.id)
        .join(CohortGroup, CohortGroup.id == GroupMeeting.group_id)
        .where(CohortGroup.cohort_id == cohort_id)
    )


def _clear_contacts(session: Session, before: date) -> None:
    for person in _quiet_persons(session, before):
        person.email = None
        person.email_key = None
        person.phone = ""
