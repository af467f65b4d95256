"""Writing an import: new workplaces and persons, updated persons, enrolments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    bindparam,
    func,
    insert,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.orm import Session

from seminarkoll.data.bulk import BulkInsert
from seminarkoll.data.models import Base, Cohort, Enrollment, IntakeStep, Person, Workplace
from seminarkoll.data.types import utc_now
from seminarkoll.data.versions import edit_stamp, edit_values
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.person_rules import folded_search_key, person_search_key
from seminarkoll.domain.text import email_key, fold
from seminarkoll.exchange.participant_rows import ParticipantRow
from seminarkoll.services.participant_import.keys import Folds
from seminarkoll.services.participant_import.queries import CHUNK, Existing, chunks
from seminarkoll.services.participant_import.results import Plan, RowOutcome
from seminarkoll.services.participant_import.rules import guess_workplace_kind
from seminarkoll.services.progress import Stepper


def create_workplaces(session: Session, names: Sequence[str], existing: Existing) -> int:
    if not names:
        return 0
    table = _table(Workplace)
    # Through Core: the ORM's bulk insert does much more work per row.
    created = (
        session.connection()
        .execute(
            insert(table).returning(table.c.id, table.c.name, table.c.name_key),
            [
                {
                    "name": name,
                    "name_key": fold(name),
                    "kind": guess_workplace_kind(name),
                    "area": "",
                }
                for name in names
            ],
        )
        .all()
    )
    for wid, name, key in created:
        existing.workplaces[key] = (wid, name)
        existing.workplace_names[wid] = name
    return len(created)


def _workplace(existing: Existing, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, ""
    found = existing.by_written_name.get(name)
    if found is None:
        found = existing.by_written_name[name] = existing.workplaces[fold(name)]
    return found


def _person_key(key: str | None, first: str, last: str, workplace_id: int | None) -> object:
    return key or (first, last, workplace_id)


_PERSON_COLUMNS = (
    "first_name",
    "last_name",
    "email",
    "email_key",
    "phone",
    "title",
    "workplace_id",
    "search_key",
)


def create_persons(
    session: Session, plans: Sequence[Plan], existing: Existing, stepper: Stepper
) -> ColumnElement[bool] | None:
    """Insert the new persons; returns the condition that selects exactly them (None if none).

    They are the persons above the highest id before, stamped with this import's creation
    time. Enrolling them checks that the condition selects as many persons as were inserted.
    """
    rows = []
    folds = Folds()
    for plan in plans:
        if plan.outcome is not RowOutcome.NEW:
            continue
        row = plan.row
        workplace_id, workplace_name = _workplace(existing, row.workplace)
        # `person_search_key` from the names the matching folded and the address's key (an
        # accepted address has no whitespace: its key is its fold).
        first, last, _ = plan.name_key
        search_key = folded_search_key(
            first, last, row.email_key or "", folds[workplace_name], folds[row.role]
        )
        rows.append(
            (
                row.first_name,
                row.last_name,
                row.email,
                row.email_key,
                row.phone or "",
                row.role or "",
                workplace_id,
                search_key,
            )
        )
    if not rows:
        return None
    stamp = utc_now()
    before = session.scalar(select(func.max(Person.id))) or 0
    constants = {
        "organisation": "",
        "is_lecturer": False,
        "notes": "",
        "created_at": stamp,
        "updated_at": stamp,
        **edit_stamp(session),
    }
    persons = BulkInsert(session.connection(), _table(Person), _PERSON_COLUMNS, constants)
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        persons.execute(chunk)
        stepper.step(len(chunk))
    return and_(Person.id > before, Person.created_at == stamp)


def update_persons(
    session: Session, plans: Sequence[Plan], existing: Existing, stepper: Stepper
) -> int:
    """Write the changed details of existing persons; returns how many rows were updates."""
    now = utc_now()
    updated = 0
    for plan in plans:
        if plan.outcome is not RowOutcome.UPDATE:
            continue
        updated += 1
        stepper.step()
        if not plan.changes or plan.person_id is None:
            continue
        person = existing.persons[plan.person_id]
        row, changes = plan.row, plan.changes
        first = row.first_name if "first_name" in changes else person.first_name
        last = row.last_name if "last_name" in changes else person.last_name
        email = row.email if "email" in changes else person.email
        phone = row.phone or "" if "phone" in changes else person.phone
        title = row.role or "" if "title" in changes else person.title
        workplace_id = person.workplace_id
        workplace_name = existing.workplace_names.get(workplace_id, "") if workplace_id else ""
        if "workplace" in changes:
            workplace_id, workplace_name = _workplace(existing, row.workplace)
        session.execute(
            update(Person)
            .where(Person.id == plan.person_id)
            .values(
                first_name=first,
                last_name=last,
                email=email,
                email_key=email_key(email),
                phone=phone,
                title=title,
                workplace_id=workplace_id,
                search_key=person_search_key(
                    first, last, email, workplace_name, title, person.organisation
                ),
                updated_at=now,
                **edit_values(session, Person.version),
            )
        )
    return updated


def enrol(
    session: Session,
    plans: Sequence[Plan],
    existing: Existing,
    created: ColumnElement[bool] | None,
    cohort: Cohort,
    joined: date,
    stepper: Stepper,
) -> tuple[int, dict[int, Plan]]:
    """Enrol new and matched persons not yet in the cohort: taking part from `joined`, or with
    the application status their row gives; add notes to bare enrolments and give enrolments
    the status their row names (`Plan.restatus`). Returns how many
    were enrolled, and the rows with a status by the id of the person they enrolled."""
    new = [plan for plan in plans if plan.outcome is RowOutcome.NEW]
    with_status: dict[int, Plan] = {}
    if created is not None:
        _enrol_created(session, new, existing, created, cohort, joined, with_status)
    stepper.step(len(new))
    values = []
    for plan in plans:
        if plan.outcome is RowOutcome.NEW or plan.person_id is None:
            continue
        if plan.enrol:
            values.append((plan.person_id, plan.notes or "", *_standing(plan.row, joined)))
            if plan.row.status is not None:
                with_status[plan.person_id] = plan
            continue
        enrollment_id = existing.enrolments[plan.person_id][0]
        if plan.notes:
            session.execute(
                update(Enrollment)
                .where(Enrollment.id == enrollment_id)
                .values(notes=plan.notes, **edit_values(session, Enrollment.version))
            )
        if plan.restatus:
            session.execute(
                update(Enrollment)
                .where(Enrollment.id == enrollment_id)
                .values(status=plan.row.status, **edit_values(session, Enrollment.version))
            )
            with_status[plan.person_id] = plan
    if values:
        enrolments = BulkInsert(
            session.connection(),
            _table(Enrollment),
            ("person_id", "notes", "status", "applied_on", "joined_on"),
            {"cohort_id": cohort.id, "left_on": None, **edit_stamp(session)},
        )
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            enrolments.execute(chunk)
            stepper.step(len(chunk))
    return len(new) + len(values), with_status


def record_statuses(
    session: Session, with_status: dict[int, Plan], cohort: Cohort, today: date, by: str
) -> None:
    """Keep each imported application status as the enrolment's first intake step, dated as
    the file says (else `today`)."""
    if not with_status:
        return
    steps = []
    for chunk in chunks(sorted(with_status)):
        for person_id, enrollment_id in session.execute(
            select(Enrollment.person_id, Enrollment.id).where(
                Enrollment.cohort_id == cohort.id, Enrollment.person_id.in_(chunk)
            )
        ):
            row = with_status[person_id].row
            steps.append(
                {
                    "enrollment_id": enrollment_id,
                    "status": row.status,
                    "taken_on": row.status_on or today,
                    "recorded_by": by,
                    "note": "",
                }
            )
    session.execute(insert(IntakeStep), steps)


def _standing(
    row: ParticipantRow, joined: date
) -> tuple[EnrollmentStatus, date | None, date | None]:
    """A new enrolment's status, application date and joining date: taking part from
    `joined`, or in the intake with the status the row gives (not yet joined)."""
    if row.status is None:
        return EnrollmentStatus.ENROLLED, None, joined
    applied = row.status_on if row.status is EnrollmentStatus.APPLIED else None
    return row.status, applied, None


def _enrol_created(
    session: Session,
    new: Sequence[Plan],
    existing: Existing,
    created: ColumnElement[bool],
    cohort: Cohort,
    joined: date,
    with_status: dict[int, Plan],
) -> None:
    """Enrol the persons `create_persons` inserted from `joined`, in one statement, then give
    those whose rows say so their notes and application status (noted in `with_status`)."""
    enrolments = _table(Enrollment)
    columns = enrolments.c
    inserted = session.connection().execute(
        insert(enrolments)
        .from_select(
            ["cohort_id", "person_id", "status", "applied_on", "joined_on", "left_on", "notes"],
            select(
                literal(cohort.id),
                Person.id,
                literal(EnrollmentStatus.ENROLLED, columns.status.type),
                null(),
                literal(joined, columns.joined_on.type),
                null(),
                literal(""),
            ).where(created),
        )
        # An INSERT's row count is only kept when asked for (psycopg would report -1).
        .execution_options(preserve_rowcount=True)
    )
    if inserted.rowcount != len(new):  # another writer's persons would be enrolled too
        raise RuntimeError(f"{len(new)} persons created but {inserted.rowcount} enrolled")
    particular = [plan for plan in new if plan.notes or plan.row.status is not None]
    if not particular:
        return
    ids = {
        _person_key(key, first, last, workplace_id): pid
        for pid, key, first, last, workplace_id in session.execute(
            select(
                Person.id,
                Person.email_key,
                Person.first_name,
                Person.last_name,
                Person.workplace_id,
            ).where(created)
        )
    }
    changes = []
    for plan in particular:
        row = plan.row
        pid = ids[
            _person_key(
                row.email_key, row.first_name, row.last_name, _workplace(existing, row.workplace)[0]
            )
        ]
        if row.status is not None:
            with_status[pid] = plan
        status, applied, joined_on = _standing(row, joined)
        changes.append(
            {
                "pid": pid,
                "new_notes": plan.notes or "",
                "new_status": status,
                "new_applied": applied,
                "new_joined": joined_on,
            }
        )
    session.connection().execute(
        update(enrolments)
        .where(columns.cohort_id == cohort.id, columns.person_id == bindparam("pid"))
        .values(
            notes=bindparam("new_notes"),
            status=bindparam("new_status"),
            applied_on=bindparam("new_applied"),
            joined_on=bindparam("new_joined"),
            **edit_values(session, enrolments.c.version),
        ),
        changes,
    )


def _table(model: type[Base]) -> Table:
    """The table an ORM class is mapped to."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
