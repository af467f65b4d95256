"""Intake use cases: applications through interview to accepted, waitlisted or declined."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import with_person
from seminarkoll.data.models import Enrollment, IntakeStep, Person, Workplace
from seminarkoll.domain.email_list import EmailList, recipients
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.domain.exports import ENROLLMENT_WORDS
from seminarkoll.domain.intake import INTAKE_STATUSES, check_step, next_in_line
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import NamedRow, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import CoordinatedService
from seminarkoll.services.enrollment import enrolled_person

OUTCOME_MAX = 2000
"""Longest interview outcome kept (a few paragraphs)."""


@dataclass(frozen=True)
class IntakeStepRow:
    """One dated step of an application."""

    status: EnrollmentStatus
    taken_on: date
    recorded_by: str
    note: str


@dataclass(frozen=True)
class ApplicantRow(NamedRow):
    """One application in a cohort's intake, with its steps (oldest first)."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    email: str
    workplace_name: str
    status: EnrollmentStatus
    applied_on: date | None
    interview_at: datetime | None
    interview_outcome: str
    steps: tuple[IntakeStepRow, ...]

    def step_on(self, status: EnrollmentStatus) -> date | None:
        """When the application last reached `status` (None: never)."""
        dates = [step.taken_on for step in self.steps if step.status is status]
        return dates[-1] if dates else None


@dataclass(frozen=True)
class Withdrawal:
    """A withdrawal done, and who could take the freed place (asked before it is given)."""

    enrollment_id: int
    next_in_line: ApplicantRow | None


class IntakeService(CoordinatedService):
    """Moves applications through the intake; every step is kept with its date."""

    def applicants(
        self, cohort_id: int, statuses: Collection[EnrollmentStatus] = INTAKE_STATUSES
    ) -> tuple[ApplicantRow, ...]:
        """The cohort's applications with one of `statuses`, in the order they applied."""
        with self._db.transaction() as session:
            ids = session.scalars(
                select(Enrollment.id).where(
                    Enrollment.cohort_id == cohort_id, Enrollment.status.in_(tuple(statuses))
                )
            ).all()
            return _applicants(session, ids)

    def applicant(self, enrollment_id: int) -> ApplicantRow:
        """One application with its steps."""
        with self._db.transaction() as session:
            found = _applicants(session, [enrollment_id])
            if not found:
                raise NotFoundError(translate("Errors", "Ansökan finns inte längre."))
            return found[0]

    def apply(self, cohort_id: int, person_id: int, on: date) -> int:
        """Record that a person applied to the cohort; ConflictError when they already have."""
        with self._db.transaction() as session:
            exists = session.scalar(
                select(Enrollment.id).where(
                    Enrollment.cohort_id == cohort_id, Enrollment.person_id == person_id
                )
            )
            if exists is not None:
                raise ConflictError(
                    translate("Errors", "Personen har redan en ansökan eller antagning i omgången.")
                )
            enrollment = Enrollment(
                cohort_id=cohort_id,
                person_id=person_id,
                status=EnrollmentStatus.APPLIED,
                applied_on=on,
            )
            session.add(enrollment)
            session.flush()
            self._step(session, enrollment, on)
            return enrollment.id

    def book_interview(self, enrollment_ids: Iterable[int], at: datetime) -> int:
        """Book an interview (the same time for each given application; a time without a zone
        is this computer's local time); returns how many."""
        at = at if at.tzinfo is not None else at.astimezone()
        with self._db.transaction() as session:
            chosen = _enrollments(session, enrollment_ids)
            for enrollment in chosen:
                self._move(session, enrollment, EnrollmentStatus.INTERVIEW_BOOKED, at.date())
                enrollment.interview_at = at
            return len(chosen)

    def record_interview(self, enrollment_id: int, outcome: str, on: date) -> None:
        """The interview took place: its outcome in a few words."""
        text = outcome.strip()
        if len(text) > OUTCOME_MAX:
            raise ValidationError.single(
                "outcome",
                translate(
                    "Errors", "Intervjuns utfall får vara högst {outcome_max} tecken."
                ).format(outcome_max=OUTCOME_MAX),
            )
        with self._db.transaction() as session:
            (enrollment,) = _enrollments(session, [enrollment_id])
            self._move(session, enrollment, EnrollmentStatus.INTERVIEWED, on, tidy(text[:60]))
            enrollment.interview_outcome = text

    def decide(self, enrollment_ids: Iterable[int], status: EnrollmentStatus, on: date) -> int:
        """Accept, waitlist, decline or enrol applications in one go (all or none);
        returns how many."""
        if status not in {
            EnrollmentStatus.ACCEPTED,
            EnrollmentStatus.WAITLISTED,
            EnrollmentStatus.DECLINED,
            EnrollmentStatus.ENROLLED,
        }:
            raise ValueError(f"not a decision: {status}")
        with self._db.transaction() as session:
            chosen = _enrollments(session, enrollment_ids)
            for enrollment in chosen:
                self._move(session, enrollment, status, on)
                if status is EnrollmentStatus.ENROLLED and enrollment.joined_on is None:
                    enrollment.joined_on = on
            return len(chosen)

    def withdraw(self, enrollment_id: int, on: date) -> Withdrawal:
        """The applicant or participant withdrew. If they held a place (accepted or taking
        part), the one waiting longest on the waitlist is named, to be asked about."""
        with self._db.transaction() as session:
            (enrollment,) = _enrollments(session, [enrollment_id])
            held_place = enrollment.status in {
                EnrollmentStatus.ACCEPTED,
                EnrollmentStatus.ENROLLED,
            }
            self._move(session, enrollment, EnrollmentStatus.WITHDRAWN, on)
            if enrollment.joined_on is not None:
                enrollment.left_on = max(on, enrollment.joined_on)
            waiting = None
            if held_place:
                waiting = _next_waitlisted(session, enrollment.cohort_id)
            return Withdrawal(enrollment_id, waiting)

    def email_list(self, cohort_id: int, status: EnrollmentStatus) -> EmailList:
        """Everyone in the intake with `status`, for a message (e.g. all on the waitlist)."""
        people = self.applicants(cohort_id, (status,))
        return EmailList(
            title=ENROLLMENT_WORDS[status],
            recipients=recipients((p.first_name, p.last_name, p.email) for p in people),
        )

    def _move(
        self,
        session: Session,
        enrollment: Enrollment,
        status: EnrollmentStatus,
        on: date,
        note: str = "",
    ) -> None:
        person = enrollment.person
        check_step(person.name, enrollment.status, status)
        enrollment.status = status
        self._step(session, enrollment, on, note)

    def _step(self, session: Session, enrollment: Enrollment, on: date, note: str = "") -> None:
        """Log the status `enrollment` has now, reached `on`."""
        session.add(
            IntakeStep(
                enrollment_id=enrollment.id,
                status=enrollment.status,
                taken_on=on,
                recorded_by=self.coordinator.name,
                note=note,
            )
        )


def _enrollments(session: Session, ids: Iterable[int]) -> list[Enrollment]:
    wanted = list(dict.fromkeys(ids))
    found = {e.id: e for e in session.scalars(select(Enrollment).where(Enrollment.id.in_(wanted)))}
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFoundError(translate("Errors", "Ansökan finns inte längre. Uppdatera listan."))
    return [found[i] for i in wanted]


def _next_waitlisted(session: Session, cohort_id: int) -> ApplicantRow | None:
    ids = session.scalars(
        select(Enrollment.id).where(
            Enrollment.cohort_id == cohort_id,
            Enrollment.status == EnrollmentStatus.WAITLISTED,
        )
    ).all()
    rows = _applicants(session, ids)
    chosen = next_in_line(
        (row.enrollment_id, row.step_on(EnrollmentStatus.WAITLISTED) or date.min, index)
        for index, row in enumerate(rows)
    )
    return next((row for row in rows if row.enrollment_id == chosen), None)


def _applicants(session: Session, ids: Iterable[int]) -> tuple[ApplicantRow, ...]:
    wanted = list(ids)
    if not wanted:
        return ()
    steps: dict[int, list[IntakeStepRow]] = defaultdict(list)
    for step in session.scalars(
        select(IntakeStep)
        .where(IntakeStep.enrollment_id.in_(wanted))
        .order_by(IntakeStep.taken_on, IntakeStep.id)
    ):
        steps[step.enrollment_id].append(
            IntakeStepRow(step.status, step.taken_on, step.recorded_by, step.note)
        )
    rows = session.execute(
        with_person(select(Enrollment, Person, Workplace.name))
        .where(Enrollment.id.in_(wanted))
        .order_by(Enrollment.applied_on, Enrollment.id)
    )
    return tuple(
        built_from(
            ApplicantRow,
            enrollment,
            **enrolled_person(enrollment, person, workplace),
            steps=tuple(steps.get(enrollment.id, ())),
        )
        for enrollment, person, workplace in rows
    )
