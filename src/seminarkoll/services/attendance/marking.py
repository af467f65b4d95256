"""A batch of mark changes applied in one session: checks, the audit trail, what changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import with_person
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Enrollment,
    GroupMeetingAttendance,
    Person,
    Seminar,
)
from seminarkoll.data.types import utc_now
from seminarkoll.domain.attendance import MAX_NOTE_LENGTH, MarkAction, decide_mark
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError, ValidationError
from seminarkoll.domain.mark_conflict import MarkConflict, MarkConflictError, changed_meanwhile
from seminarkoll.domain.text import full_name
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.queries import unlock_reasons
from seminarkoll.services.attendance.results import BatchResult, CellRef, KeptMark, MarkChange


def apply_marks(
    session: Session,
    changes: Sequence[MarkChange],
    source: str,
    reason: str,
    overwrite: bool,
    skip_locked: bool,
    by: str,
    *,
    keep_status: bool = False,
    shown: Mapping[CellRef, AttendanceStatus | None] | None = None,
    shown_notes: Mapping[CellRef, str] | None = None,
) -> BatchResult:
    """Apply `changes` in `session` (see `AttendanceService.apply`): refuse bad cells and locked
    seminars, refuse cells whose mark is no longer the one `shown` (or whose note is no longer
    the one in `shown_notes`, where a change writes a note), let `decide_mark` say what
    each change does to its cell, write the marks and the audit trail, and say what changed.

    The seminars' rows are locked first (FOR UPDATE on a server; SQLite's writing transaction
    already excludes others), so that two coordinators marking the same seminar take turns and
    each sees the other's committed marks."""
    if not changes:
        return BatchResult((), 0, (), ())
    cells = [(c.enrollment_id, c.seminar_id) for c in changes]
    if len(set(cells)) != len(cells):
        raise ValidationError.single(
            "changes", translate("Errors", "Samma deltagare och seminarium förekommer två gånger.")
        )
    for change in changes:
        if change.note is not None and len(change.note) > MAX_NOTE_LENGTH:
            raise ValidationError.single(
                "note", translate("Errors", "Anteckningen får vara högst 2000 tecken.")
            )
    enrollment_ids = {eid for eid, _ in cells}
    seminar_ids = {sid for _, sid in cells}
    cohort_of_enrollment = dict(
        session.execute(
            select(Enrollment.id, Enrollment.cohort_id).where(Enrollment.id.in_(enrollment_ids))
        ).all()
    )
    seminars = {
        s.id: s
        for s in session.scalars(
            select(Seminar).where(Seminar.id.in_(seminar_ids)).with_for_update()
        )
    }
    for eid, sid in cells:
        if eid not in cohort_of_enrollment:
            raise ValidationError.single(
                "enrollment_id", translate("Errors", "En av deltagarna finns inte längre.")
            )
        if sid not in seminars:
            raise ValidationError.single(
                "seminar_id", translate("Errors", "Ett av seminarierna finns inte längre.")
            )
        if cohort_of_enrollment[eid] != seminars[sid].cohort_id:
            raise ValidationError.single(
                "seminar_id",
                translate("Errors", "Deltagaren är inte antagen till seminariets omgång."),
            )
    locked_ids = {sid for sid, s in seminars.items() if s.signed_off_at is not None}
    if locked_ids and not skip_locked:
        numbers = ", ".join(str(seminars[sid].number) for sid in sorted(locked_ids))
        raise ConflictError(
            translate(
                "Errors",
                "Närvaron för seminarium {numbers} är signerad. Lås upp seminariet med "
                "en motivering för att ändra den.",
            ).format(numbers=numbers)
        )
    existing = {
        (a.enrollment_id, a.seminar_id): a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.seminar_id.in_(seminar_ids), Attendance.enrollment_id.in_(enrollment_ids)
            )
        )
    }
    if shown or shown_notes:
        refuse_changed_since_shown(
            session,
            changes,
            existing,
            shown or {},
            lambda sid: seminars[sid].number,
            shown_notes=shown_notes,
        )
    reasons = unlock_reasons(session, seminar_ids - locked_ids) if not reason else {}
    now = utc_now()
    changed: list[CellRef] = []
    before: list[MarkChange] = []
    after: list[MarkChange] = []
    kept: list[KeptMark] = []
    locked: list[CellRef] = []
    unchanged = 0
    for change in changes:
        key = (change.enrollment_id, change.seminar_id)
        mark = existing.get(key)
        old_status = mark.status if mark else None
        old_note = mark.note if mark else ""
        decision = decide_mark(
            old_status,
            old_note,
            change.status,
            change.note,
            locked=change.seminar_id in locked_ids,
            overwrite=overwrite,
            keep_status=keep_status,
        )
        new_status, new_note = decision.status, decision.note
        match decision.action:
            case MarkAction.LOCKED:
                locked.append(CellRef(*key))
                continue
            case MarkAction.UNCHANGED:
                unchanged += 1
                continue
            case MarkAction.KEPT:
                assert old_status is not None
                kept.append(KeptMark(*key, current=old_status, proposed=change.status))
                continue
            case MarkAction.CLEAR:
                session.delete(mark)
            case MarkAction.RECORD:
                assert new_status is not None
                session.add(
                    Attendance(
                        enrollment_id=change.enrollment_id,
                        seminar_id=change.seminar_id,
                        status=new_status,
                        note=new_note,
                        recorded_at=now,
                        recorded_by=by,
                    )
                )
            case MarkAction.CHANGE:
                assert mark is not None
                assert new_status is not None
                mark.status, mark.note = new_status, new_note
                mark.recorded_at, mark.recorded_by = now, by
        session.add(
            trail_entry(
                key,
                (old_status, old_note),
                (new_status, new_note),
                reason=reason or reasons.get(change.seminar_id, ""),
                source=source,
                by=by,
                at=now,
            )
        )
        changed.append(CellRef(*key))
        before.append(MarkChange(*key, old_status, old_note))
        after.append(MarkChange(*key, new_status, new_note))
    session.flush()
    return BatchResult(
        tuple(changed), unchanged, tuple(kept), tuple(locked), tuple(before), tuple(after)
    )


def trail_entry(
    cell: tuple[int, int],
    old: tuple[AttendanceStatus | None, str],
    new: tuple[AttendanceStatus | None, str],
    *,
    reason: str,
    source: str,
    by: str,
    at: datetime | None = None,
) -> AttendanceChange:
    """The audit-trail row of a change of the mark and note of `cell` (enrolment id, seminar
    id) from `old` to `new` (None for no mark), made `at` (default now)."""
    (old_status, old_note), (new_status, new_note) = old, new
    return AttendanceChange(
        enrollment_id=cell[0],
        seminar_id=cell[1],
        changed_at=at or utc_now(),
        changed_by=by,
        old_status=old_status,
        new_status=new_status,
        old_note=old_note,
        new_note=new_note,
        reason=reason,
        source=source,
    )


def refuse_changed_since_shown(
    session: Session,
    changes: Sequence[MarkChange],
    existing: Mapping[tuple[int, int], Attendance | GroupMeetingAttendance],
    shown: Mapping[CellRef, AttendanceStatus | None],
    number_of: Callable[[int], int],
    *,
    shown_notes: Mapping[CellRef, str] | None = None,
    meeting: bool = False,
) -> None:
    """Raise MarkConflictError, naming each cell, who changed it and when, for the cells whose
    mark (or, where `shown_notes` holds it and the change writes one, note) was
    `changed_meanwhile` since it was `shown`. The cells are a seminar's, or with `meeting` a
    group meeting's (its id in `seminar_id`); `number_of` gives the seminar's or the meeting's
    number from its id."""
    notes = shown_notes or {}
    found: list[tuple[CellRef, Attendance | GroupMeetingAttendance, str | None]] = []
    for change in changes:
        cell = CellRef(change.enrollment_id, change.seminar_id)
        mark = existing.get((cell.enrollment_id, cell.seminar_id))
        if mark is None:
            continue
        if cell in shown and changed_meanwhile(mark.status, shown[cell], change.status):
            found.append((cell, mark, None))
        elif (
            isinstance(mark, Attendance)
            and change.note is not None
            and cell in notes
            and changed_meanwhile(mark.note, notes[cell], change.note.strip())
        ):
            found.append((cell, mark, mark.note))
    if not found:
        return
    names = {
        eid: full_name(first, last)
        for eid, first, last in session.execute(
            with_person(select(Enrollment.id, Person.first_name, Person.last_name)).where(
                Enrollment.id.in_({cell.enrollment_id for cell, _, _ in found})
            )
        )
    }
    raise MarkConflictError(
        [
            MarkConflict(
                enrollment_id=cell.enrollment_id,
                seminar_id=cell.seminar_id,
                person=names[cell.enrollment_id],
                seminar_number=number_of(cell.seminar_id),
                shown=shown.get(cell, mark.status),
                current=mark.status,
                by=mark.recorded_by,
                at=mark.recorded_at,
                meeting=meeting,
                note=note,
            )
            for cell, mark, note in found
        ]
    )
