"""Participant register use cases: persons, search, duplicates, merging and the participant card."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, delete, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from seminarkoll.data.audit_chain import rewriting
from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.bulk import plain_rows
from seminarkoll.data.cascade import CascadeSnapshot, capture, delete_captured, restore
from seminarkoll.data.erasure import ANONYMOUS_FIRST_NAME
from seminarkoll.data.lookups import existing_person
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    MakeupTask,
    Person,
    Seminar,
    SeminarLecturer,
    Workplace,
)
from seminarkoll.data.versions import refuse_stale
from seminarkoll.domain.attendance import ChangeSource, further_status, is_visit, stronger_mark
from seminarkoll.domain.catalog import CohortHeading
from seminarkoll.domain.completion import CellState, CompletionResult
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, FieldProblem, ValidationError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.person_rules import person_problems
from seminarkoll.domain.planning import REMOVAL_NOUNS, count_phrase
from seminarkoll.domain.records import assign_from, built_from
from seminarkoll.domain.text import (
    NamedRow,
    cohort_with_year,
    email_key,
    fold,
    full_name,
    swedish_key,
    tidy,
)
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.email_address import checked_email
from seminarkoll.services.attendance.marking import trail_entry
from seminarkoll.services.cohort_frame import Judge
from seminarkoll.services.completion_data import load_frames
from seminarkoll.services.database_service import CoordinatedService
from seminarkoll.services.duplicates import Likeness, likeness, scan, who
from seminarkoll.services.removal import Removed, remove_captured
from seminarkoll.services.signed_lists import signed_lists_kept


class PersonRole(StrEnum):
    """What a person is to the programmes, for filtering the register."""

    PARTICIPANT = "participant"
    LECTURER = "lecturer"
    GROUP_LEADER = "group_leader"


@dataclass(frozen=True)
class RegisterFilter:
    """Which persons the register shows; every field None means everyone."""

    workplace_id: int | None = None
    role: PersonRole | None = None
    cohort_id: int | None = None
    status: EnrollmentStatus | None = None


@dataclass(frozen=True)
class PersonInput:
    """What the user typed for a person."""

    first_name: str
    last_name: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    organisation: str = ""
    workplace_id: int | None = None
    is_lecturer: bool = False
    notes: str = ""


@dataclass(frozen=True)
class EnrolmentBrief:
    """One of a person's enrolments, as listed in the register."""

    cohort_id: int
    cohort_name: str
    school_year: str
    status: EnrollmentStatus


class PersonRow(NamedTuple):
    """One person in the register.

    An immutable named tuple rather than a frozen dataclass: the register builds one for each
    of up to 30,000 persons, and a tuple is built several times faster.
    """

    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    title: str
    workplace_id: int | None
    workplace_name: str
    is_lecturer: bool
    leads_group: bool
    enrolments: tuple[EnrolmentBrief, ...]

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)


@dataclass(frozen=True)
class PersonDetails(NamedRow):
    """Everything stored about one person, for the edit dialog and the card."""

    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    title: str
    organisation: str
    workplace_id: int | None
    workplace_name: str
    is_lecturer: bool
    notes: str
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    def as_input(self) -> PersonInput:
        """The details as an editable input."""
        return built_from(PersonInput, self)


@dataclass(frozen=True)
class DuplicateSuggestion:
    """An existing person who looks like the one being entered, why, and how alike (0-100)."""

    person: PersonRow
    likeness: Likeness
    score: float

    @property
    def same_email(self) -> bool:
        """Whether the address is taken (then no new person can have it)."""
        return self.likeness is Likeness.SAME_EMAIL


@dataclass(frozen=True)
class DuplicatePair:
    """Two persons in the register who may be one, why, and how alike (0-100)."""

    first: PersonRow
    second: PersonRow
    likeness: Likeness
    score: float


@dataclass(frozen=True)
class PersonImpact:
    """What removing a person would take with them."""

    name: str
    enrolments: int
    marks: int
    lectures: int
    led_groups: int

    @property
    def has_history(self) -> bool:
        """Whether the person took part in, lectured at or led anything: then they are
        anonymised rather than removed, so that counts and the audit trail stay."""
        return bool(self.enrolments or self.lectures or self.led_groups)


@dataclass(frozen=True)
class MergeResult:
    """The kept person and, in Swedish, what the merge did; `before` and `after` hold both
    persons' rows before and the kept one's after, so that `unmerge` can take it back."""

    kept_id: int
    explanation: tuple[str, ...]
    before: CascadeSnapshot | None = None
    after: CascadeSnapshot | None = None


@dataclass(frozen=True)
class CardSeminar:
    """One seminar on the participant card: what was recorded and whether it was made up."""

    id: int
    number: int
    title: str
    date: date
    state: CellState
    note: str
    made_up: bool


@dataclass(frozen=True)
class CardEnrolment(CohortHeading):
    """One enrolment on the participant card, with attendance per seminar and the verdict."""

    enrollment_id: int
    status: EnrollmentStatus
    applied_on: date | None
    joined_on: date | None
    left_on: date | None
    notes: str
    visit: bool
    groups: tuple[str, ...]
    seminars: tuple[CardSeminar, ...]
    result: CompletionResult
    certificate_issued_at: datetime | None = None


@dataclass(frozen=True)
class ParticipantCard:
    """One person's history across every cohort, plus groups they lead and lectures they give."""

    person: PersonDetails
    enrolments: tuple[CardEnrolment, ...]
    led_groups: tuple[str, ...]
    lectures: tuple[str, ...]


class _Rollback(Exception):
    def __init__(self, explanation: list[str]) -> None:
        super().__init__("preview")
        self.explanation = explanation


class ParticipantService(CoordinatedService):
    """The register of persons: search, create, edit, remove, find duplicates, merge, card."""

    # -- reading --------------------------------------------------------------------------
    def register(self, where: RegisterFilter | None = None) -> tuple[PersonRow, ...]:
        """Every person matching `where`, in id order (the UI sorts with Swedish collation)."""
        conditions = _filter_conditions(where or RegisterFilter())
        with self._db.transaction() as session:
            return _person_rows(session, conditions)

    def search(self, text: str, where: RegisterFilter | None = None) -> tuple[int, ...]:
        """Ids of persons whose search key holds every word of `text` (casefolded), id order."""
        conditions = [*_filter_conditions(where or RegisterFilter()), *_text_conditions(text)]
        with self._db.transaction() as session:
            # Core, not ORM, execution: this runs on every keystroke over up to 20,000 rows.
            result = session.connection().execute(
                select(Person.id).where(*conditions).order_by(Person.id)
            )
            return tuple(result.scalars())

    def rows(self, person_ids: Sequence[int]) -> tuple[PersonRow, ...]:
        """The register rows of `person_ids` (missing ids are skipped)."""
        with self._db.transaction() as session:
            return _person_rows(session, [Person.id.in_(person_ids)])

    def person(self, person_id: int) -> PersonDetails:
        """Everything stored about one person."""
        with self._db.transaction() as session:
            return _details(existing_person(session, person_id))

    def suggest_duplicates(
        self, data: PersonInput, exclude_id: int | None = None
    ) -> tuple[DuplicateSuggestion, ...]:
        """Existing persons who may be the one in `data` (the rule: `duplicates.likeness`),
        best first."""
        key = email_key(data.email)
        words = _text_conditions(full_name(data.first_name, data.last_name))
        if not key and not words:
            return ()
        with self._db.transaction() as session:
            workplace = (
                session.get(Workplace, data.workplace_id) if data.workplace_id is not None else None
            )
            new = who(
                0,
                data.first_name,
                data.last_name,
                data.email,
                data.workplace_id,
                workplace.name if workplace else None,
            )
            # Those the rule can accept: the same address, the same workplace, or every word
            # of the name (the very same name elsewhere).
            reach = [Person.email_key == key] if key else []
            if data.workplace_id is not None:
                reach.append(Person.workplace_id == data.workplace_id)
            if words:
                reach.append(and_(*words))
            candidates = (
                select(
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                    Person.email,
                    Person.workplace_id,
                    Workplace.name,
                )
                .outerjoin(Workplace, Workplace.id == Person.workplace_id)
                .where(or_(*reach))
            )
            found: dict[int, tuple[Likeness, float]] = {}
            for row in session.execute(candidates):
                result = likeness(new, who(*row))
                if row.id != exclude_id and result is not None:
                    found[row.id] = result
            rows = {row.id: row for row in _person_rows(session, [Person.id.in_(found)])}
            ranked = sorted(found.items(), key=lambda item: (-item[1][1], item[0]))
            return tuple(
                DuplicateSuggestion(rows[pid], kind, score) for pid, (kind, score) in ranked
            )

    def find_duplicates(self) -> tuple[DuplicatePair, ...]:
        """Every pair of persons in the register who may be one (`duplicates.likeness`), best
        first; anonymised persons are left out. One read, then the scan (`duplicates.scan`)."""
        with self._db.transaction() as session:
            rows = _person_rows(session, [Person.first_name != ANONYMOUS_FIRST_NAME])
        persons = {row.id: row for row in rows}
        matches = scan(
            [
                who(r.id, r.first_name, r.last_name, r.email, r.workplace_id, r.workplace_name)
                for r in rows
            ]
        )
        return tuple(
            DuplicatePair(persons[m.first_id], persons[m.second_id], m.likeness, m.score)
            for m in matches
        )

    def removal_impact(self, person_id: int) -> PersonImpact:
        """What removing the person takes with them (for the confirmation)."""
        with self._db.transaction() as session:
            person = existing_person(session, person_id)
            enrolment_ids = session.scalars(
                select(Enrollment.id).where(Enrollment.person_id == person_id)
            ).all()
            return PersonImpact(
                name=person.name,
                enrolments=len(enrolment_ids),
                marks=_count(session, Attendance, Attendance.enrollment_id.in_(enrolment_ids)),
                lectures=_count(session, SeminarLecturer, SeminarLecturer.person_id == person_id),
                led_groups=_count(session, CohortGroup, CohortGroup.leader_person_id == person_id),
            )

    def card(self, person_id: int) -> ParticipantCard:
        """One person's history across all cohorts: enrolments, attendance, verdicts, groups."""
        with self._db.transaction() as session:
            details = _details(existing_person(session, person_id))
            enrolments = session.scalars(
                select(Enrollment).where(Enrollment.person_id == person_id)
            ).all()
            frames = load_frames(session.connection(), {e.cohort_id for e in enrolments})
            ids = [e.id for e in enrolments]
            marks: dict[int, dict[int, tuple[AttendanceStatus, str]]] = {i: {} for i in ids}
            for eid, sid, status, note in session.execute(
                select(
                    Attendance.enrollment_id,
                    Attendance.seminar_id,
                    Attendance.status,
                    Attendance.note,
                ).where(Attendance.enrollment_id.in_(ids))
            ):
                marks[eid][sid] = (status, note)
            makeups: dict[int, set[int]] = {i: set() for i in ids}
            for eid, sid in session.execute(
                select(MakeupTask.enrollment_id, MakeupTask.seminar_id).where(
                    MakeupTask.enrollment_id.in_(ids)
                )
            ):
                makeups[eid].add(sid)
            groups: dict[int, list[str]] = {i: [] for i in ids}
            for eid, group_name in session.execute(
                select(GroupMember.enrollment_id, CohortGroup.name)
                .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
                .where(GroupMember.enrollment_id.in_(ids))
            ):
                groups[eid].append(group_name)
            for names in groups.values():
                names.sort(key=swedish_key)
            cards = []
            for enrolment in enrolments:
                frame = frames[enrolment.cohort_id]
                own = {sid: mark for sid, (mark, _note) in marks[enrolment.id].items()}
                allowed = makeups[enrolment.id] if frame.rules.allow_makeup else set()
                verdict = Judge(frame).judge(
                    enrolment.status,
                    enrolment.joined_on,
                    enrolment.left_on,
                    own,
                    allowed,
                    enrollment_id=enrolment.id,
                )
                cards.append(
                    built_from(
                        CardEnrolment,
                        enrolment,
                        enrollment_id=enrolment.id,
                        cohort_name=frame.cohort_name,
                        programme_name=frame.programme_name,
                        school_year=frame.school_year,
                        visit=is_visit(enrolment.status, enrolment.joined_on, enrolment.left_on),
                        groups=tuple(groups[enrolment.id]),
                        seminars=tuple(
                            built_from(
                                CardSeminar,
                                info,
                                state=state,
                                note=marks[enrolment.id].get(info.id, (None, ""))[1],
                                made_up=info.id in allowed,
                            )
                            for info, state in zip(frame.seminars, verdict.cells, strict=True)
                        ),
                        result=verdict.result,
                    )
                )
            cards.sort(key=lambda c: (c.school_year, c.programme_name, c.cohort_name), reverse=True)
            led = sorted(
                session.execute(
                    select(CohortGroup.name, Cohort.name, Cohort.school_year, Cohort.start_date)
                    .join(Cohort, Cohort.id == CohortGroup.cohort_id)
                    .where(CohortGroup.leader_person_id == person_id)
                ).all(),
                key=lambda row: swedish_key(row[0]),
            )
            led.sort(key=lambda row: row[3], reverse=True)  # newest cohort first, stable

            lectures = session.execute(
                select(
                    Seminar.number, Seminar.title, Seminar.date, Cohort.name, SeminarLecturer.topic
                )
                .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
                .join(Cohort, Cohort.id == Seminar.cohort_id)
                .where(SeminarLecturer.person_id == person_id)
                .order_by(Seminar.date.desc())
            ).all()
            return ParticipantCard(
                person=details,
                enrolments=tuple(cards),
                led_groups=tuple(f"{group} ({cohort}, {year})" for group, cohort, year, _ in led),
                lectures=tuple(
                    f"{long_date(day)}: {cohort}, seminarium {number} ”{title}”"
                    + (f" – {topic}" if topic else "")
                    for number, title, day, cohort, topic in lectures
                ),
            )

    # -- writing --------------------------------------------------------------------------
    def create(self, data: PersonInput) -> int:
        """Create a person; ValidationError with one problem per field when the input is wrong."""
        clean = _validated(data)
        with self._db.transaction() as session:
            person = Person(first_name=clean.first_name)
            _apply(session, person, clean)
            session.add(person)
            session.flush()
            return person.id

    def update(self, person_id: int, data: PersonInput, *, version: int | None = None) -> None:
        """Save changes to a person (their search key follows); StaleEditError when they are
        no longer at `version` (None: save over any change)."""
        clean = _validated(data)
        with self._db.transaction() as session:
            person = existing_person(session, person_id)
            refuse_stale(person, version, Edited.PERSON, lambda: person.name)
            _apply(session, person, clean)

    def delete(self, person_id: int) -> Removed:
        """Remove a person who has no history (see `PersonImpact.has_history`); a person with
        history is refused with ConflictError and can be anonymised instead. Keep the result
        to undo the removal with `restore`."""
        impact = self.removal_impact(person_id)
        if impact.has_history:
            raise ConflictError(
                translate(
                    "Errors",
                    "{name} har deltagit i, föreläst vid eller lett en omgång och kan "
                    "därför inte tas bort helt. Anonymisera personen i stället; då finns "
                    "omgångarnas siffror kvar.",
                ).format(name=impact.name)
            )
        with self._db.transaction() as session:
            person = existing_person(session, person_id)
            name = person.name
            return remove_captured(session, "person", person_id, name, planning_only=False)

    def restore(self, removed: Removed) -> None:
        """Undo `delete`: the person comes back with everything that went; the marks that come
        back are written in the audit trail as an undo."""
        with self._db.transaction() as session:
            restore(session, removed.snapshot)
            _record_undo(
                session,
                {},
                _marks_of(removed.snapshot),
                translate("Errors", "Borttagningen ångrades."),
                self.coordinator.name,
            )

    def merge_preview(self, keep_id: int, remove_id: int) -> tuple[str, ...]:
        """What `merge(keep_id, remove_id)` would do, in Swedish; nothing is saved."""
        try:
            with self._db.transaction() as session:
                explanation = _merge(session, keep_id, remove_id, self.coordinator.name)
                raise _Rollback(explanation)
        except _Rollback as preview:
            return tuple(preview.explanation)

    def merge(self, keep_id: int, remove_id: int) -> MergeResult:
        """Merge `remove_id` into `keep_id`, keeping every enrolment, mark, audit entry,
        group membership, group leadership and lecture; the removed person's empty fields
        do not overwrite the kept ones. Two enrolments in one cohort become one."""
        automatic_backup(self._db, "fore-sammanslagning")
        with self._db.transaction() as session, rewriting(session):
            before = capture(session, "person", [keep_id, remove_id])
            cohorts = _cohorts_of(session, keep_id, remove_id)
            with signed_lists_kept(session, cohorts, translate("Errors", "sammanslagningen")):
                explanation = _merge(session, keep_id, remove_id, self.coordinator.name)
            after = capture(session, "person", [keep_id])
        return MergeResult(keep_id, tuple(explanation), before, after)

    def unmerge(self, merged: MergeResult) -> None:
        """Undo `merge`: both persons come back as they were. The audit entries the merge
        wrote stay, and each mark that changes back is written in the audit trail as an undo.
        ConflictError when the kept person has changed since (nothing is saved)."""
        if merged.before is None or merged.after is None:
            raise ValueError("the merge result holds no snapshots")
        with self._db.transaction() as session, rewriting(session):
            now = capture(session, "person", [merged.kept_id])
            if _contents(now) != _contents(merged.after):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Personen har ändrats sedan sammanslagningen, så den kan inte ångras.",
                    )
                )
            delete_captured(session, now)
            restore(session, merged.before)
            kept_ids = {row["id"] for row in merged.before.rows_of("attendance_change")}
            written = [row for row in now.rows_of("attendance_change") if row["id"] not in kept_ids]
            if written:
                session.execute(insert(AttendanceChange), written)
            _record_undo(
                session,
                _marks_of(now),
                _marks_of(merged.before),
                translate("Errors", "Sammanslagningen ångrades."),
                self.coordinator.name,
            )


# -- queries -------------------------------------------------------------------------------
def _cohorts_of(session: Session, *person_ids: int) -> set[int]:
    return set(
        session.scalars(select(Enrollment.cohort_id).where(Enrollment.person_id.in_(person_ids)))
    )


def _filter_conditions(where: RegisterFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.workplace_id is not None:
        conditions.append(Person.workplace_id == where.workplace_id)
    if where.role is PersonRole.PARTICIPANT:
        conditions.append(exists().where(Enrollment.person_id == Person.id))
    elif where.role is PersonRole.LECTURER:
        conditions.append(
            or_(Person.is_lecturer, exists().where(SeminarLecturer.person_id == Person.id))
        )
    elif where.role is PersonRole.GROUP_LEADER:
        conditions.append(exists().where(CohortGroup.leader_person_id == Person.id))
    if where.cohort_id is not None or where.status is not None:
        enrolment = [Enrollment.person_id == Person.id]
        if where.cohort_id is not None:
            enrolment.append(Enrollment.cohort_id == where.cohort_id)
        if where.status is not None:
            enrolment.append(Enrollment.status == where.status)
        conditions.append(exists().where(and_(*enrolment)))
    return conditions


def _text_conditions(text: str) -> list[ColumnElement[bool]]:
    return [
        Person.search_key.like(f"%{_escape_like(word)}%", escape="\\")
        for word in fold(text).split(" ")
        if word
    ]


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _person_rows(
    session: Session, conditions: Sequence[ColumnElement[bool]]
) -> tuple[PersonRow, ...]:
    # The driver's plain rows (no ORM, no row objects): the whole register is 30,000 rows.
    connection = session.connection()
    people = plain_rows(
        connection,
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.phone,
            Person.title,
            Person.workplace_id,
            Workplace.name,
            Person.is_lecturer,
        )
        .outerjoin(Workplace, Workplace.id == Person.workplace_id)
        .where(*conditions)
        .order_by(Person.id),
    )
    if not people:
        return ()
    briefs: dict[int, list[EnrolmentBrief]] = {}
    enrolments = (
        select(Enrollment.person_id, Cohort.id, Cohort.name, Cohort.school_year, Enrollment.status)
        .join(Cohort, Cohort.id == Enrollment.cohort_id)
        .order_by(Cohort.start_date.desc())
    )
    leaders_query = select(CohortGroup.leader_person_id).where(
        CohortGroup.leader_person_id.is_not(None)
    )
    if conditions:
        chosen = select(Person.id).where(*conditions)
        enrolments = enrolments.where(Enrollment.person_id.in_(chosen))
        leaders_query = leaders_query.where(CohortGroup.leader_person_id.in_(chosen))
    shared: dict[tuple[int, str], EnrolmentBrief] = {}  # one per cohort and status
    for pid, cid, cname, year, status in plain_rows(connection, enrolments):
        brief = shared.get((cid, status))
        if brief is None:
            brief = EnrolmentBrief(cid, cname, year, EnrollmentStatus(status))
            shared[cid, status] = brief
        briefs.setdefault(pid, []).append(brief)
    leaders = set(connection.execute(leaders_query).scalars())
    none: tuple[EnrolmentBrief, ...] = ()
    return tuple(
        PersonRow(
            pid,
            first,
            last,
            email or "",
            phone,
            title,
            wid,
            wname or "",
            bool(lecturer),
            pid in leaders,
            tuple(briefs[pid]) if pid in briefs else none,
        )
        for pid, first, last, email, phone, title, wid, wname, lecturer in people
    )


def _details(person: Person) -> PersonDetails:
    return built_from(
        PersonDetails,
        person,
        email=person.email or "",
        workplace_name=person.workplace.name if person.workplace else "",
    )


def _count(session: Session, model: type[object], condition: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(condition)) or 0)


# -- writing helpers -----------------------------------------------------------------------
def _validated(data: PersonInput) -> PersonInput:
    values = {
        "first_name": tidy(data.first_name),
        "last_name": tidy(data.last_name),
        "email": data.email.strip(),
        "phone": tidy(data.phone),
        "title": tidy(data.title),
        "organisation": tidy(data.organisation),
    }
    problems = [FieldProblem(f, message) for f, message in person_problems(values).items()]
    if values["email"] and not any(p.field == "email" for p in problems):
        email, message = checked_email(values["email"])
        if email is None:
            problems.append(FieldProblem("email", message))
        else:
            values["email"] = email
    if problems:
        raise ValidationError(problems)
    return built_from(PersonInput, data, **values, notes=data.notes.strip())


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    if data.workplace_id is not None and session.get(Workplace, data.workplace_id) is None:
        raise ValidationError.single(
            "workplace_id", translate("Errors", "Arbetsplatsen finns inte längre.")
        )
    key = email_key(data.email)
    if key is not None:
        holder = session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(Person.email_key == key)
        ).first()
        if holder is not None and holder[0] != person.id:
            raise ValidationError.single(
                "email",
                translate("Errors", "E-postadressen används redan av {full_name}.").format(
                    full_name=full_name(holder[1], holder[2])
                ),
            )
    assign_from(person, data, email=data.email or None, email_key=key)


# -- undo ----------------------------------------------------------------------------------
Cell = tuple[int, int]


def _marks_of(snapshot: CascadeSnapshot) -> dict[Cell, tuple[AttendanceStatus, str]]:
    """The attendance marks held in a snapshot, by (enrolment, seminar)."""
    return {
        (row["enrollment_id"], row["seminar_id"]): (AttendanceStatus(row["status"]), row["note"])
        for row in snapshot.rows_of("attendance")
    }


def _record_undo(
    session: Session,
    old: dict[Cell, tuple[AttendanceStatus, str]],
    new: dict[Cell, tuple[AttendanceStatus, str]],
    reason: str,
    by: str,
) -> None:
    """Write every cell whose mark an undo changed from `old` to `new` in the audit trail."""
    for cell in sorted(old.keys() | new.keys()):
        before, after = old.get(cell), new.get(cell)
        if before == after:
            continue
        session.add(
            trail_entry(
                cell,
                before or (None, ""),
                after or (None, ""),
                reason=reason,
                source=ChangeSource.UNDO.value,
                by=by,
            )
        )
    session.flush()


SEAL_COLUMNS = frozenset({"prev_hash", "row_hash"})
"""Audit-chain columns, written when the transaction is sealed (not part of what changed)."""


def _contents(snapshot: CascadeSnapshot) -> tuple[object, ...]:
    """A snapshot's rows regardless of the order they were read in, without seal columns."""
    return (
        {
            t.table: frozenset(
                tuple(pair for pair in row if pair[0] not in SEAL_COLUMNS) for row in t.rows
            )
            for t in snapshot.tables
        },
        frozenset(snapshot.nulled),
    )


# -- merging -------------------------------------------------------------------------------
def _merge(session: Session, keep_id: int, remove_id: int, by: str) -> list[str]:
    if keep_id == remove_id:
        raise ValidationError.single(
            "remove_id", translate("Errors", "Välj två olika personer att slå ihop.")
        )
    keep = existing_person(session, keep_id)
    remove = existing_person(session, remove_id)
    keep_name, remove_name = _merge_label(keep), _merge_label(remove)
    lines = [
        translate(
            "Errors",
            "{remove_name} slås ihop med {keep_name}. Uppgifterna för {keep_name} behålls.",
        ).format(remove_name=remove_name, keep_name=keep_name)
    ]
    moved_email = None
    if not keep.email and remove.email:
        moved_email = remove.email
        lines.append(
            translate("Errors", "E-postadressen {email} flyttas över.").format(email=remove.email)
        )
    elif remove.email and remove.email_key != keep.email_key:
        keep.notes = "\n\n".join(
            n
            for n in (
                keep.notes.strip(),
                translate("Errors", "Annan e-postadress: {email}").format(email=remove.email),
            )
            if n
        )
        lines.append(
            translate(
                "Errors", "E-postadressen {email} sparas som annan adress i anteckningarna."
            ).format(email=remove.email)
        )
    for attribute, moves in (
        ("phone", QT_TRANSLATE_NOOP("Errors", "Telefonnumret ”{value}” flyttas över.")),
        ("title", QT_TRANSLATE_NOOP("Errors", "Befattningen ”{value}” flyttas över.")),
        ("organisation", QT_TRANSLATE_NOOP("Errors", "Organisationen ”{value}” flyttas över.")),
    ):
        if not getattr(keep, attribute) and getattr(remove, attribute):
            setattr(keep, attribute, getattr(remove, attribute))
            lines.append(translate("Errors", moves).format(value=getattr(remove, attribute)))
    if keep.workplace_id is None and remove.workplace_id is not None:
        keep.workplace_id = remove.workplace_id
        lines.append(translate("Errors", "Arbetsplatsen flyttas över."))
    keep.is_lecturer = keep.is_lecturer or remove.is_lecturer
    if remove.notes.strip():
        keep.notes = "\n\n".join(n for n in (keep.notes.strip(), remove.notes.strip()) if n)
        lines.append(translate("Errors", "Anteckningarna läggs ihop."))
    session.flush()
    _merge_enrolments(session, keep_id, remove_id, by, lines)
    _merge_roles(session, keep_id, remove_id, lines)
    session.delete(remove)
    session.flush()
    if moved_email is not None:
        keep.email = moved_email
        keep.email_key = email_key(moved_email)
    session.flush()
    return lines


def _merge_label(person: Person) -> str:
    """A person's name with what tells two of the same name apart (e-mail, else workplace)."""
    name = person.name
    detail = person.email or (person.workplace.name if person.workplace else "")
    return f"{name} ({detail})" if detail else name


def _merge_enrolments(
    session: Session, keep_id: int, remove_id: int, by: str, lines: list[str]
) -> None:
    kept = {
        e.cohort_id: e
        for e in session.scalars(select(Enrollment).where(Enrollment.person_id == keep_id))
    }
    for source in session.scalars(select(Enrollment).where(Enrollment.person_id == remove_id)):
        cohort = session.get(Cohort, source.cohort_id)
        label = (
            cohort_with_year(cohort.name, cohort.school_year) if cohort else str(source.cohort_id)
        )
        target = kept.get(source.cohort_id)
        if target is None:
            source.person_id = keep_id
            moves = translate("Errors", "Antagningen till {cohort} flyttas över med all närvaro.")
            lines.append(moves.format(cohort=label))
            continue
        lines.append(
            translate(
                "Errors",
                "Båda var antagna till {cohort}; antagningarna blir en, med den bästa "
                "markeringen per seminarium.",
            ).format(cohort=label)
        )
        _merge_enrolment(session, target, source, by, lines)
    session.flush()


def _merge_enrolment(
    session: Session, target: Enrollment, source: Enrollment, by: str, lines: list[str]
) -> None:
    status = further_status(target.status, source.status)
    joined = [d for d in (target.joined_on, source.joined_on) if d is not None]
    applied = [d for d in (target.applied_on, source.applied_on) if d is not None]
    left = [d for d in (target.left_on, source.left_on) if d is not None]
    target.status = status
    target.applied_on = min(applied) if applied else None
    target.joined_on = min(joined) if joined else None
    target.left_on = max(left) if left and status is EnrollmentStatus.WITHDRAWN else None
    if target.left_on and target.joined_on and target.left_on < target.joined_on:
        target.left_on = target.joined_on
    if source.notes.strip():
        target.notes = "\n\n".join(n for n in (target.notes.strip(), source.notes.strip()) if n)
    numbers = dict(
        session.execute(
            select(Seminar.id, Seminar.number).where(Seminar.cohort_id == target.cohort_id)
        ).all()
    )
    marks = {
        a.seminar_id: a
        for a in session.scalars(select(Attendance).where(Attendance.enrollment_id == target.id))
    }
    for mark in session.scalars(select(Attendance).where(Attendance.enrollment_id == source.id)):
        mine = marks.get(mark.seminar_id)
        if mine is None:
            mark.enrollment_id = target.id
            continue
        best = stronger_mark(mine.status, mark.status)
        if mine.status is not mark.status:
            lines.append(
                translate(
                    "Errors",
                    "Seminarium {number}: posterna hade olika markeringar ({first} och "
                    "{second}); {kept} behålls.",
                ).format(
                    number=numbers.get(mark.seminar_id, "?"),
                    first=STATUS_WORDS[mine.status].lower(),
                    second=STATUS_WORDS[mark.status].lower(),
                    kept=STATUS_WORDS[best].lower(),
                )
            )
        note = "\n".join(n for n in (mine.note.strip(), mark.note.strip()) if n)
        if best is not mine.status or note != mine.note:
            session.add(
                trail_entry(
                    (target.id, mine.seminar_id),
                    (mine.status, mine.note),
                    (best, note),
                    reason=translate("Errors", "Dubbletter sammanslagna."),
                    source=ChangeSource.MERGE.value,
                    by=by,
                )
            )
            mine.status, mine.note = best, note
        session.delete(mark)
    session.flush()
    session.execute(
        update(AttendanceChange)
        .where(AttendanceChange.enrollment_id == source.id)
        .values(enrollment_id=target.id)
    )
    target_kinds = (
        select(CohortGroup.kind)
        .join(GroupMember, GroupMember.group_id == CohortGroup.id)
        .where(GroupMember.enrollment_id == target.id)
    )
    same_kind = select(CohortGroup.id).where(
        CohortGroup.cohort_id == target.cohort_id, CohortGroup.kind.in_(target_kinds)
    )
    session.execute(
        update(GroupMember)
        .where(GroupMember.enrollment_id == source.id, GroupMember.group_id.not_in(same_kind))
        .values(enrollment_id=target.id)
    )
    target_makeups = select(MakeupTask.seminar_id).where(MakeupTask.enrollment_id == target.id)
    session.execute(
        update(MakeupTask)
        .where(MakeupTask.enrollment_id == source.id, MakeupTask.seminar_id.not_in(target_makeups))
        .values(enrollment_id=target.id)
    )
    session.delete(source)
    session.flush()


def _merge_roles(session: Session, keep_id: int, remove_id: int, lines: list[str]) -> None:
    kept_seminars = select(SeminarLecturer.seminar_id).where(SeminarLecturer.person_id == keep_id)
    moved = _count(
        session,
        SeminarLecturer,
        and_(
            SeminarLecturer.person_id == remove_id,
            SeminarLecturer.seminar_id.not_in(kept_seminars),
        ),
    )
    session.execute(
        update(SeminarLecturer)
        .where(
            SeminarLecturer.person_id == remove_id,
            SeminarLecturer.seminar_id.not_in(kept_seminars),
        )
        .values(person_id=keep_id)
    )
    session.execute(delete(SeminarLecturer).where(SeminarLecturer.person_id == remove_id))
    if moved:
        lines.append(
            count_phrase(
                moved,
                QT_TRANSLATE_NOOP("Counts", "1 föreläsaruppdrag flyttas över."),
                QT_TRANSLATE_NOOP("Counts", "{count} föreläsaruppdrag flyttas över."),
            )
        )
    led = _count(session, CohortGroup, CohortGroup.leader_person_id == remove_id)
    session.execute(
        update(CohortGroup)
        .where(CohortGroup.leader_person_id == remove_id)
        .values(leader_person_id=keep_id)
    )
    if led:
        lines.append(
            translate("Errors", "Ledarskapet för {groups} flyttas över.").format(
                groups=count_phrase(led, *REMOVAL_NOUNS["cohort_group"])
            )
        )
