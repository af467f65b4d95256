"""SQLAlchemy 2 typed models: the whole Seminarkoll schema, portable to SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    event,
    false,
    inspect,
    select,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    declared_attr,
    mapped_column,
    relationship,
)

from seminarkoll.data.types import UtcDateTime, utc_now
from seminarkoll.domain.enums import (
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    GroupKind,
    WorkplaceKind,
)
from seminarkoll.domain.person_rules import person_search_key
from seminarkoll.domain.text import full_name

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a named CHECK constraint, never a native type."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _times_in_order() -> CheckConstraint:
    """A seminar's or a meeting's end comes after its start (when both are known)."""
    return CheckConstraint(
        "start_time IS NULL OR end_time IS NULL OR end_time > start_time", name="times_in_order"
    )


def _owned(**options: Any) -> Mapped[Any]:
    """A parent's collection of children that go with it: the ORM deletes them with the parent,
    and leaves deleting those it has not loaded to the database's ON DELETE CASCADE."""
    return relationship(cascade="all, delete-orphan", passive_deletes=True, **options)


class Base(DeclarativeBase):
    """Declarative base with a naming convention so Alembic batch migrations work on SQLite."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A row coordinators edit: its version counts the edits (SQLAlchemy's `version_id_col`,
    so an UPDATE from an older version writes nothing), and it remembers who changed it last
    and when. data/versions.py advances the three together."""

    version: Mapped[int] = mapped_column(Integer, server_default="1")
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(200), server_default="")

    not_edits: ClassVar[frozenset[str]] = frozenset()
    """Attributes whose changes are no edit of the row's own fields (its version stays)."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version, "version_id_generator": False}


class Programme(Versioned, Base):
    """A seminar programme such as "Ledare på lut", run in yearly cohorts."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organiser: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    meetings_count: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Whether group meetings count toward completion alongside the seminars."""
    min_per_school_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    """At least this many seminars in each school year of a cohort (None: no such rule)."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    cohorts: Mapped[list[Cohort]] = _owned(back_populates="programme")
    theme_areas: Mapped[list[ThemeArea]] = _owned(
        back_populates="programme", order_by="ThemeArea.position"
    )


class ThemeArea(Versioned, Base):
    """A theme area (temaområde) that groups a programme's seminars."""

    __tablename__ = "theme_area"
    __table_args__ = (UniqueConstraint("programme_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="#4a7ab5")

    programme: Mapped[Programme] = relationship(back_populates="theme_areas")

    not_edits = frozenset({"position"})
    """The place in the programme's order is the programme's list, not the theme area's own
    field: a reorder checks the order shown (PlanningService.reorder_themes)."""


class Cohort(Versioned, Base):
    """One round (omgång) of a programme in one school year, with its completion requirement."""

    __tablename__ = "cohort"
    __table_args__ = (
        UniqueConstraint("programme_id", "name"),
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("min_attended >= 0", name="min_attended_not_negative"),
        CheckConstraint("sportlov_week BETWEEN 7 AND 10", name="sportlov_week_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    school_year: Mapped[str] = mapped_column(String(9))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(
        _enum(CohortStatus, "cohort_status"), default=CohortStatus.PLANNING
    )
    min_attended: Mapped[int] = mapped_column(Integer, default=6)
    late_counts_as_present: Mapped[bool] = mapped_column(Boolean, default=True)
    excused_counts_as_attended: Mapped[bool] = mapped_column(Boolean, default=False)
    require_each_theme: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_makeup: Mapped[bool] = mapped_column(Boolean, default=False)
    sportlov_week: Mapped[int] = mapped_column(Integer, default=9, server_default="9")
    """The ISO week of the municipality's sportlov in the spring term (7-10)."""
    notes: Mapped[str] = mapped_column(Text, default="")

    programme: Mapped[Programme] = relationship(back_populates="cohorts")
    seminars: Mapped[list[Seminar]] = _owned(back_populates="cohort", order_by="Seminar.number")
    enrollments: Mapped[list[Enrollment]] = _owned(back_populates="cohort")
    groups: Mapped[list[CohortGroup]] = _owned(back_populates="cohort")


class Seminar(Versioned, Base):
    """One seminar of a cohort: number, date, time, place, theme and sign-off state."""

    __tablename__ = "seminar"
    __table_args__ = (
        UniqueConstraint("cohort_id", "number"),
        UniqueConstraint("cohort_id", "date"),
        _times_in_order(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String(300), default="")
    theme_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("theme_area.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    signed_off_by: Mapped[str | None] = mapped_column(String(200))
    calendar_revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The calendar event's SEQUENCE: grows each time an export finds the event changed."""
    calendar_digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """A digest of the event as last exported, to tell whether it changed since."""

    cohort: Mapped[Cohort] = relationship(back_populates="seminars")
    theme_area: Mapped[ThemeArea | None] = relationship()
    lecturers: Mapped[list[SeminarLecturer]] = _owned(
        back_populates="seminar", order_by="SeminarLecturer.position"
    )


class Workplace(Base):
    """A school, preschool or office where participants work."""

    __tablename__ = "workplace"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[WorkplaceKind] = mapped_column(
        _enum(WorkplaceKind, "workplace_kind"), default=WorkplaceKind.OTHER
    )
    area: Mapped[str] = mapped_column(String(200), default="")


class Person(Versioned, Base):
    """A person: participant, guest lecturer or group leader (one person may be all three)."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    email_key: Mapped[str | None] = mapped_column(String(254), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    workplace_id: Mapped[int | None] = mapped_column(
        ForeignKey("workplace.id", ondelete="SET NULL"), index=True
    )
    is_lecturer: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    workplace: Mapped[Workplace | None] = relationship()

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)


@event.listens_for(Session, "before_flush")
def _keep_search_keys(session: Session, _context: object, _instances: object) -> None:
    """Every person written through the ORM gets the search key of their details now, and a
    renamed or removed workplace's persons the key of their new workplace name. (The
    participant import, writing through Core, computes the same `person_search_key`.)"""
    with session.no_autoflush:
        for workplace in (*session.dirty, *session.deleted):
            if isinstance(workplace, Workplace) and (
                workplace in session.deleted or inspect(workplace).attrs.name.history.has_changes()
            ):
                gone = workplace in session.deleted
                for person in session.scalars(
                    select(Person).where(Person.workplace_id == workplace.id)
                ):
                    person.search_key = _search_key(person, "" if gone else workplace.name)
        for person in (*session.new, *session.dirty):
            if isinstance(person, Person):
                person.search_key = _search_key(person, _workplace_name(session, person))


def _workplace_name(session: Session, person: Person) -> str:
    """The name of the workplace `person` is at as they are about to be written."""
    if inspect(person).attrs.workplace.history.has_changes():
        place = person.workplace
    elif person.workplace_id is not None:
        place = session.get(Workplace, person.workplace_id)
    else:
        place = None
    return place.name if place is not None and place not in session.deleted else ""


def _search_key(person: Person, workplace: str) -> str:
    return person_search_key(
        person.first_name,
        person.last_name,
        person.email,
        workplace,
        person.title or "",
        person.organisation or "",
    )


class Enrollment(Versioned, Base):
    """A person's enrolment (antagning) in one cohort; its dates bound what they are held to."""

    __tablename__ = "enrollment"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id"),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on", name="dates_in_order"
        ),
        # Everything the participant counts read, so counting never touches the table.
        Index("ix_enrollment_counts", "cohort_id", "status", "joined_on", "left_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[EnrollmentStatus] = mapped_column(
        _enum(EnrollmentStatus, "enrollment_status"), default=EnrollmentStatus.ENROLLED
    )
    applied_on: Mapped[date | None] = mapped_column(Date)
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    interview_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    interview_outcome: Mapped[str] = mapped_column(Text, server_default="")
    certificate_issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    """When the latest certificate (intyg or deltagarintyg) was saved or printed."""

    cohort: Mapped[Cohort] = relationship(back_populates="enrollments")
    person: Mapped[Person] = relationship()


class CohortGroup(Versioned, Base):
    """A group inside a cohort (lärteam, mentorgrupp, samtalsgrupp) with an optional leader."""

    __tablename__ = "cohort_group"
    __table_args__ = (UniqueConstraint("cohort_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[GroupKind] = mapped_column(
        _enum(GroupKind, "group_kind"), default=GroupKind.LEARNING_TEAM
    )
    leader_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )

    cohort: Mapped[Cohort] = relationship(back_populates="groups")
    leader: Mapped[Person | None] = relationship()
    members: Mapped[list[GroupMember]] = _owned()

    not_edits = frozenset({"members"})
    """Joining or leaving is no edit of the group: a save of its name, kind or leader from
    before overwrites no membership, and two coordinators adding or removing members at once
    both keep their change (each only adds or removes the rows it names)."""


class GroupMember(Base):
    """Membership of one enrolled participant in one group."""

    __tablename__ = "group_member"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_group.id", ondelete="CASCADE"), primary_key=True
    )
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class GroupMeeting(Versioned, Base):
    """A group's own meeting (a lärgrupp's session): date, time, place and who led it."""

    __tablename__ = "group_meeting"
    __table_args__ = (
        UniqueConstraint("group_id", "date"),
        _times_in_order(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("cohort_group.id", ondelete="CASCADE"))
    date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    leader_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    signed_off_by: Mapped[str | None] = mapped_column(String(200))
    unlocked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    """When the signed attendance was last unlocked (None: never), by whom and why."""
    unlocked_by: Mapped[str] = mapped_column(String(200), server_default="")
    unlock_reason: Mapped[str] = mapped_column(Text, server_default="")

    group: Mapped[CohortGroup] = relationship()
    leader: Mapped[Person | None] = relationship()


class GroupMeetingAttendance(Base):
    """What was recorded for one member at one group meeting."""

    __tablename__ = "group_meeting_attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "enrollment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("group_meeting.id", ondelete="CASCADE"))
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(
        _enum(AttendanceStatus, "meeting_attendance_status")
    )
    recorded_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=utc_now)
    """None for marks taken before the time was recorded."""
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class SeminarLecturer(Base):
    """A guest lecturer at a seminar, with their topic or role there."""

    __tablename__ = "seminar_lecturer"
    __table_args__ = (UniqueConstraint("seminar_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    seminar: Mapped[Seminar] = relationship(back_populates="lecturers")
    person: Mapped[Person] = relationship()


class Attendance(Base):
    """What was recorded for one enrolment at one seminar, and when and by whom."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("seminar_id", "enrollment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"))
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus, "attendance_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class AttendanceChange(Base):
    """Audit trail: every change of an attendance mark (who, when, old, new, why)."""

    __tablename__ = "attendance_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"))
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    old_status: Mapped[AttendanceStatus | None] = mapped_column(
        _enum(AttendanceStatus, "old_attendance_status")
    )
    new_status: Mapped[AttendanceStatus | None] = mapped_column(
        _enum(AttendanceStatus, "new_attendance_status")
    )
    old_note: Mapped[str] = mapped_column(Text, default="")
    new_note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """The `row_hash` of the row before this one (see data/audit_chain.py)."""
    row_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """SHA-256 of `prev_hash` and this row's content."""

    __table_args__ = (
        Index("ix_attendance_change_seminar_enrollment", "seminar_id", "enrollment_id"),
    )


class SignOffEvent(Base):
    """Audit trail of signing a seminar's attendance and unlocking it again (with a reason)."""

    __tablename__ = "signoff_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    seminar_id: Mapped[int] = mapped_column(
        ForeignKey("seminar.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """The `row_hash` of the row before this one (see data/audit_chain.py)."""
    row_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    """SHA-256 of `prev_hash` and this row's content."""

    __table_args__ = (CheckConstraint("action IN ('sign', 'unlock')", name="known_action"),)


class MakeupTask(Base):
    """A make-up task (e.g. a written reflection) that compensates one missed seminar."""

    __tablename__ = "makeup_task"
    __table_args__ = (UniqueConstraint("enrollment_id", "seminar_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    seminar_id: Mapped[int] = mapped_column(ForeignKey("seminar.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(Text, default="")
    approved_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class OrganisationProfile(Base):
    """The one organisation that issues certificates: name, logo (image file bytes), signer."""

    __tablename__ = "organisation_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(100), default="")


class Setting(Base):
    """One setting stored with the data it governs (backup rotation, retention), as text."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class CareerRole(Base):
    """A later role an alumnus held, e.g. rektor at a school from a date (the pipeline)."""

    __tablename__ = "career_role"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    workplace_id: Mapped[int | None] = mapped_column(
        ForeignKey("workplace.id", ondelete="SET NULL")
    )
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    person: Mapped[Person] = relationship()
    workplace: Mapped[Workplace | None] = relationship()


class AuditSeal(Base):
    """The end of one audit hash chain: last row id and hash, row count, and any break found
    before the application re-sealed the chain (kept as evidence)."""

    __tablename__ = "audit_seal"

    chain: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    broken: Mapped[str] = mapped_column(Text)


class Erasure(Base):
    """A recorded erasure (a person anonymised, or cohorts thinned before a date), applied
    again when an older backup is restored. Holds no personal data: the person is named by id
    and creation time."""

    __tablename__ = "erasure"
    __table_args__ = (CheckConstraint("kind IN ('anonymise', 'thin')", name="known_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int | None] = mapped_column(Integer)
    person_created_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cutoff: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    done_by: Mapped[str] = mapped_column(String(200), default="")


class OutcomeSummary(Base):
    """A participant's outcome in a thinned cohort, kept when the per-seminar marks go."""

    __tablename__ = "outcome_summary"

    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(24))
    """A `CompletionState` value."""
    reason: Mapped[str] = mapped_column(Text, default="")
    attended: Mapped[int] = mapped_column(Integer)
    expected: Mapped[int] = mapped_column(Integer)
    required: Mapped[int] = mapped_column(Integer)
    missed: Mapped[int] = mapped_column(Integer)
    made_up: Mapped[int] = mapped_column(Integer)


class IntakeStep(Base):
    """One step of an application (booked, interviewed, waitlisted, accepted ...) and its date."""

    __tablename__ = "intake_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[EnrollmentStatus] = mapped_column(_enum(EnrollmentStatus, "intake_step_status"))
    taken_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
