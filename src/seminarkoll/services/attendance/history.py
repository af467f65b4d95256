"""The audit trail of one cell of the attendance matrix, with the seminar's sign-offs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing_enrollment, existing_seminar
from seminarkoll.data.models import AttendanceChange, MakeupTask, Person
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import full_name
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.queries import events_of, mark_of
from seminarkoll.services.attendance.results import CellHistory, HistoryEntry


def read_history(session: Session, enrollment_id: int, seminar_id: int) -> CellHistory:
    """The audit trail of one cell, oldest first, with the seminar's sign-offs and unlocks."""
    enrollment = existing_enrollment(session, enrollment_id)
    seminar = existing_seminar(session, seminar_id)
    person = session.get(Person, enrollment.person_id)
    mark = mark_of(session, enrollment_id, seminar_id)
    makeup = session.scalar(
        select(MakeupTask).where(
            MakeupTask.enrollment_id == enrollment_id, MakeupTask.seminar_id == seminar_id
        )
    )
    changes = session.scalars(
        select(AttendanceChange)
        .where(
            AttendanceChange.enrollment_id == enrollment_id,
            AttendanceChange.seminar_id == seminar_id,
        )
        .order_by(AttendanceChange.changed_at, AttendanceChange.id)
    ).all()
    entries = [
        built_from(HistoryEntry, c, at=c.changed_at, by=c.changed_by, kind="change")
        for c in changes
    ]
    if mark is not None and not changes:
        entries.append(
            HistoryEntry(
                at=mark.recorded_at,
                by=mark.recorded_by,
                kind="recorded",
                old_status=None,
                new_status=mark.status,
                old_note="",
                new_note=mark.note,
                reason="",
                source="",
            )
        )
    entries.extend(
        HistoryEntry(
            at=e.at,
            by=e.by,
            kind=e.action,
            old_status=None,
            new_status=None,
            old_note="",
            new_note="",
            reason=e.reason,
            source="",
        )
        for e in events_of(session, seminar_id)
    )
    entries.sort(key=lambda e: e.at)
    makeup_text = None
    if makeup is not None:
        task = makeup.description or translate("Errors", "Kompletteringsuppgift")
        makeup_text = (
            translate("Errors", "{task} (godkänd {date})").format(
                task=task, date=long_date(makeup.approved_on)
            )
            if makeup.approved_on
            else task
        )
    return CellHistory(
        participant=full_name(person.first_name, person.last_name) if person else "",
        seminar_number=seminar.number,
        seminar_title=seminar.title,
        status=mark.status if mark else None,
        note=mark.note if mark else "",
        makeup=makeup_text,
        entries=tuple(entries),
    )
