"""A person's own data: the register extract (GDPR art. 15) and anonymisation (art. 17)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from seminarkoll.data.audit_chain import rewriting
from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.erasure import erase_person, record_erasure
from seminarkoll.data.lookups import existing_person
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    CareerRole,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    GroupMember,
    IntakeStep,
    MakeupTask,
    Person,
    Programme,
    Seminar,
    SeminarLecturer,
    Workplace,
)
from seminarkoll.data.types import utc_now
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.domain.exports import ENROLLMENT_WORDS, STATUS_WORDS
from seminarkoll.domain.person_record import PersonRecord, RecordSection
from seminarkoll.domain.text import cohort_with_year, email_key, row_id
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.person_export import SUFFIXES, write_person_record
from seminarkoll.services.database_service import CoordinatedService


@dataclass(frozen=True)
class Anonymised:
    """What anonymising a person did: their new name, and the texts replaced elsewhere."""

    person_id: int
    old_name: str
    new_name: str
    replaced_elsewhere: int
    backup: Path | None


class PersonDataService(CoordinatedService):
    """Finds a person by id or e-mail, exports everything about them, anonymises them."""

    def resolve(self, reference: str) -> int:
        """The id of the person `reference` names (an id, or an e-mail address)."""
        text = reference.strip()
        with self._db.transaction() as session:
            person_id = row_id(text)
            if person_id is not None:
                found = session.get(Person, person_id)
                if found is not None:
                    return found.id
            key = email_key(text)
            person_id = session.scalar(select(Person.id).where(Person.email_key == key))
        if person_id is None:
            raise NotFoundError(
                translate(
                    "Errors", "Det finns ingen person med id eller e-postadress ”{text}”."
                ).format(text=text)
            )
        return person_id

    def record(self, person_id: int) -> PersonRecord:
        """Every stored fact about the person, section by section."""
        with self._db.transaction() as session:
            person = existing_person(session, person_id)
            return PersonRecord(
                person_id=person.id,
                name=person.name,
                made_at=utc_now().astimezone(),
                database=self._db.location.display,
                sections=(
                    _fields(session, person),
                    _enrolments(session, person.id),
                    _groups(session, person.id),
                    _attendance(session, person.id),
                    _meetings(session, person.id),
                    _makeups(session, person.id),
                    _lectures(session, person.id),
                    _intake(session, person.id),
                    _career(session, person.id),
                    _audit(session, person.id),
                ),
            )

    def export(self, person_id: int, path: Path) -> PersonRecord:
        """Write the register extract to `path` (.json or .xlsx)."""
        if path.suffix.lower() not in SUFFIXES:
            raise ValidationError.single(
                "path",
                translate(
                    "Errors", "Filen ”{name}” har fel filändelse. Använd .json eller .xlsx."
                ).format(name=path.name),
            )
        record = self.record(person_id)
        write_person_record(record, path)
        return record

    def anonymise(self, person_id: int) -> Anonymised:
        """Replace the person's name, e-mail, phone and notes everywhere (the audit trail
        included), keeping their enrolments, marks and outcomes; backed up first and logged
        so that restoring an older backup anonymises them again."""
        with self._db.transaction() as session:
            existing_person(session, person_id)
        backup = automatic_backup(self._db, "fore-anonymisering")
        with self._db.transaction() as session:
            person = existing_person(session, person_id)
            old_name = person.name
            with rewriting(session):
                replaced = erase_person(session, person)
            record_erasure(
                session,
                "anonymise",
                self.coordinator.name,
                person_id=person.id,
                person_created_at=person.created_at,
            )
            new_name = person.name
        self._db.checkpoint()
        return Anonymised(person_id, old_name, new_name, replaced, backup)


def _fields(session: Session, person: Person) -> RecordSection:
    workplace = session.get(Workplace, person.workplace_id) if person.workplace_id else None
    return RecordSection(
        "personuppgifter",
        translate("RegisterExtract", "Personuppgifter"),
        (
            translate("RegisterExtract", "id"),
            translate("RegisterExtract", "förnamn"),
            translate("RegisterExtract", "efternamn"),
            translate("RegisterExtract", "e-post"),
            translate("RegisterExtract", "telefon"),
            translate("RegisterExtract", "befattning"),
            translate("RegisterExtract", "organisation"),
            translate("RegisterExtract", "arbetsplats"),
            translate("RegisterExtract", "område"),
            translate("RegisterExtract", "gästföreläsare"),
            translate("RegisterExtract", "anteckningar"),
            translate("RegisterExtract", "registrerad"),
            translate("RegisterExtract", "senast ändrad"),
        ),
        (
            (
                person.id,
                person.first_name,
                person.last_name,
                person.email,
                person.phone,
                person.title,
                person.organisation,
                workplace.name if workplace else None,
                workplace.area if workplace else None,
                person.is_lecturer,
                person.notes,
                person.created_at,
                person.updated_at,
            ),
        ),
    )


def _enrolments(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(Enrollment, Cohort.name, Cohort.school_year, Programme.name)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Enrollment.person_id == person_id)
        .order_by(Cohort.start_date)
    ).all()
    return RecordSection(
        "antagningar",
        translate("RegisterExtract", "Antagningar"),
        (
            translate("RegisterExtract", "program"),
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "status"),
            translate("RegisterExtract", "anmäld"),
            translate("RegisterExtract", "startdatum"),
            translate("RegisterExtract", "avbrott"),
            translate("RegisterExtract", "anteckningar"),
            translate("RegisterExtract", "intervju"),
            translate("RegisterExtract", "intervjuns utfall"),
        ),
        tuple(
            (
                programme,
                cohort_with_year(cohort, year),
                ENROLLMENT_WORDS[e.status],
                e.applied_on,
                e.joined_on,
                e.left_on,
                e.notes,
                e.interview_at,
                e.interview_outcome,
            )
            for e, cohort, year, programme in rows
        ),
    )


def _groups(session: Session, person_id: int) -> RecordSection:
    member = session.execute(
        select(CohortGroup.name, Cohort.name, Cohort.school_year)
        .join(GroupMember, GroupMember.group_id == CohortGroup.id)
        .join(Enrollment, Enrollment.id == GroupMember.enrollment_id)
        .join(Cohort, Cohort.id == CohortGroup.cohort_id)
        .where(Enrollment.person_id == person_id)
    ).all()
    led = session.execute(
        select(CohortGroup.name, Cohort.name, Cohort.school_year)
        .join(Cohort, Cohort.id == CohortGroup.cohort_id)
        .where(CohortGroup.leader_person_id == person_id)
    ).all()
    return RecordSection(
        "grupper",
        translate("RegisterExtract", "Grupper"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "grupp"),
            translate("RegisterExtract", "roll"),
        ),
        tuple(
            [(cohort_with_year(c, y), g, "medlem") for g, c, y in member]
            + [(cohort_with_year(c, y), g, "ledare") for g, c, y in led]
        ),
    )


def _attendance(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(Attendance, Seminar.number, Seminar.title, Seminar.date, Cohort.name)
        .join(Seminar, Seminar.id == Attendance.seminar_id)
        .join(Cohort, Cohort.id == Seminar.cohort_id)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.person_id == person_id)
        .order_by(Seminar.date)
    ).all()
    return RecordSection(
        "narvaro",
        translate("RegisterExtract", "Närvaro"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "seminarium"),
            translate("RegisterExtract", "titel"),
            translate("RegisterExtract", "datum"),
            translate("RegisterExtract", "markering"),
            translate("RegisterExtract", "anteckning"),
            translate("RegisterExtract", "registrerad"),
            translate("RegisterExtract", "av"),
        ),
        tuple(
            (
                cohort,
                number,
                title,
                day,
                STATUS_WORDS[a.status],
                a.note,
                a.recorded_at,
                a.recorded_by,
            )
            for a, number, title, day, cohort in rows
        ),
    )


def _meetings(session: Session, person_id: int) -> RecordSection:
    """Group meetings the person was marked at or led."""
    marked = session.execute(
        select(GroupMeetingAttendance.status, GroupMeeting, CohortGroup.name, Cohort.name)
        .join(GroupMeeting, GroupMeeting.id == GroupMeetingAttendance.meeting_id)
        .join(CohortGroup, CohortGroup.id == GroupMeeting.group_id)
        .join(Cohort, Cohort.id == CohortGroup.cohort_id)
        .join(Enrollment, Enrollment.id == GroupMeetingAttendance.enrollment_id)
        .where(Enrollment.person_id == person_id)
        .order_by(GroupMeeting.date)
    ).all()
    led = session.execute(
        select(GroupMeeting, CohortGroup.name, Cohort.name)
        .join(CohortGroup, CohortGroup.id == GroupMeeting.group_id)
        .join(Cohort, Cohort.id == CohortGroup.cohort_id)
        .where(GroupMeeting.leader_person_id == person_id)
        .order_by(GroupMeeting.date)
    ).all()
    return RecordSection(
        "grupptraffar",
        translate("RegisterExtract", "Gruppträffar"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "grupp"),
            translate("RegisterExtract", "datum"),
            translate("RegisterExtract", "plats"),
            translate("RegisterExtract", "roll"),
            translate("RegisterExtract", "markering"),
        ),
        tuple(
            [(c, g, m.date, m.place, "medlem", STATUS_WORDS[s]) for s, m, g, c in marked]
            + [(c, g, m.date, m.place, "ledare", "") for m, g, c in led]
        ),
    )


def _makeups(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(MakeupTask, Seminar.number, Cohort.name)
        .join(Seminar, Seminar.id == MakeupTask.seminar_id)
        .join(Cohort, Cohort.id == Seminar.cohort_id)
        .join(Enrollment, Enrollment.id == MakeupTask.enrollment_id)
        .where(Enrollment.person_id == person_id)
    ).all()
    return RecordSection(
        "kompletteringar",
        translate("RegisterExtract", "Kompletteringsuppgifter"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "seminarium"),
            translate("RegisterExtract", "uppgift"),
            translate("RegisterExtract", "godkänd"),
            translate("RegisterExtract", "registrerad av"),
        ),
        tuple(
            (cohort, number, m.description, m.approved_on, m.recorded_by)
            for m, number, cohort in rows
        ),
    )


def _lectures(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(Seminar.number, Seminar.title, Seminar.date, Cohort.name, SeminarLecturer.topic)
        .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
        .join(Cohort, Cohort.id == Seminar.cohort_id)
        .where(SeminarLecturer.person_id == person_id)
        .order_by(Seminar.date)
    ).all()
    return RecordSection(
        "forelasningar",
        translate("RegisterExtract", "Föreläsaruppdrag"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "seminarium"),
            translate("RegisterExtract", "titel"),
            translate("RegisterExtract", "datum"),
            translate("RegisterExtract", "ämne"),
        ),
        tuple((cohort, number, title, day, topic) for number, title, day, cohort, topic in rows),
    )


def _intake(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(Cohort.name, Cohort.school_year, IntakeStep)
        .join(Enrollment, Enrollment.id == IntakeStep.enrollment_id)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .where(Enrollment.person_id == person_id)
        .order_by(IntakeStep.taken_on, IntakeStep.id)
    ).all()
    return RecordSection(
        "antagningssteg",
        translate("RegisterExtract", "Antagningssteg"),
        (
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "status"),
            translate("RegisterExtract", "datum"),
            translate("RegisterExtract", "anteckning"),
            translate("RegisterExtract", "registrerat av"),
        ),
        tuple(
            (
                cohort_with_year(cohort, year),
                ENROLLMENT_WORDS[step.status],
                step.taken_on,
                step.note,
                step.recorded_by,
            )
            for cohort, year, step in rows
        ),
    )


def _career(session: Session, person_id: int) -> RecordSection:
    rows = session.execute(
        select(CareerRole.title, Workplace.name, CareerRole.started_on, CareerRole.ended_on)
        .outerjoin(Workplace, Workplace.id == CareerRole.workplace_id)
        .where(CareerRole.person_id == person_id)
        .order_by(CareerRole.started_on)
    ).all()
    return RecordSection(
        "roller",
        translate("RegisterExtract", "Senare roller"),
        (
            translate("RegisterExtract", "roll"),
            translate("RegisterExtract", "arbetsplats"),
            translate("RegisterExtract", "från"),
            translate("RegisterExtract", "till"),
        ),
        tuple(tuple(row) for row in rows),
    )


def _audit(session: Session, person_id: int) -> RecordSection:
    seminar = aliased(Seminar)
    rows = session.execute(
        select(AttendanceChange, seminar.number, Cohort.name)
        .join(seminar, seminar.id == AttendanceChange.seminar_id)
        .join(Cohort, Cohort.id == seminar.cohort_id)
        .join(Enrollment, Enrollment.id == AttendanceChange.enrollment_id)
        .where(Enrollment.person_id == person_id)
        .order_by(AttendanceChange.id)
    ).all()
    word = STATUS_WORDS.get
    return RecordSection(
        "logg",
        translate("RegisterExtract", "Ändringslogg"),
        (
            translate("RegisterExtract", "tid"),
            translate("RegisterExtract", "av"),
            translate("RegisterExtract", "omgång"),
            translate("RegisterExtract", "seminarium"),
            translate("RegisterExtract", "från"),
            translate("RegisterExtract", "till"),
            translate("RegisterExtract", "anteckning före"),
            translate("RegisterExtract", "anteckning efter"),
            translate("RegisterExtract", "motivering"),
            translate("RegisterExtract", "källa"),
        ),
        tuple(
            (
                c.changed_at,
                c.changed_by,
                cohort,
                number,
                word(c.old_status) if c.old_status else "",
                word(c.new_status) if c.new_status else "",
                c.old_note,
                c.new_note,
                c.reason,
                c.source,
            )
            for c, number, cohort in rows
        ),
    )
