"""Signed seminars keep their lists: a change that would alter who is on one is refused."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Attendance, Enrollment, Seminar
from seminarkoll.domain.completion import ParticipantRecord, SeminarSlot, is_expected
from seminarkoll.domain.enrolment import on_list, signed_list_numbers
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.planning import join_phrases
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

LATER_START = QT_TRANSLATE_NOOP("Errors", ", eller välj ett startdatum efter seminariet")
"""The other way out when enrolling someone would put them on a signed seminar's list."""

SignedLists = dict[int, tuple[int, frozenset[object]]]
"""Per signed seminar id: its number and its list (enrolment id, mark and whether expected, of
each one on it)."""


def signed_lists(session: Session, cohort_ids: Collection[int]) -> SignedLists:
    """The lists of the signed seminars of `cohort_ids` as the database holds them now."""
    seminars = session.execute(
        select(Seminar.id, Seminar.number, Seminar.date).where(
            Seminar.cohort_id.in_(cohort_ids), Seminar.signed_off_at.is_not(None)
        )
    ).all()
    if not seminars:
        return {}
    marks: dict[int, dict[int, AttendanceStatus]] = {}
    for enrollment_id, seminar_id, status in session.execute(
        select(Attendance.enrollment_id, Attendance.seminar_id, Attendance.status).where(
            Attendance.seminar_id.in_([sid for sid, _, _ in seminars])
        )
    ):
        marks.setdefault(enrollment_id, {})[seminar_id] = status
    records = {
        enrollment_id: ParticipantRecord(status, joined, left, marks.get(enrollment_id, {}))
        for enrollment_id, status, joined, left in session.execute(
            select(
                Enrollment.id, Enrollment.status, Enrollment.joined_on, Enrollment.left_on
            ).where(Enrollment.cohort_id.in_(cohort_ids))
        )
    }
    lists: SignedLists = {}
    for seminar_id, number, day in seminars:
        slot = SeminarSlot(id=seminar_id, number=number, date=day, held=True, signed=True)
        lists[seminar_id] = (
            number,
            frozenset(
                (eid, record.marks.get(seminar_id), is_expected(slot, record))
                for eid, record in records.items()
                if on_list(slot, record)
            ),
        )
    return lists


@contextmanager
def signed_lists_kept(
    session: Session, cohort_ids: Collection[int], what: str, hint: str = ""
) -> Iterator[None]:
    """Run the body of the `with`, then raise ConflictError (so the transaction saves nothing)
    if it changed who is on a signed seminar's list, their marks, or who is expected there.
    `what` names the change ("importen"), `hint` adds another way out."""
    before = signed_lists(session, cohort_ids)
    yield
    if not before:
        return
    session.flush()
    numbers = signed_list_numbers(before, signed_lists(session, cohort_ids))
    if numbers:
        listed = join_phrases([str(n) for n in numbers])
        one = len(numbers) == 1
        noun, verb, it = (
            (
                translate("Errors", "Seminarium"),
                translate("Errors", "är signerat"),
                translate("Errors", "seminariet"),
            )
            if one
            else (
                translate("Errors", "Seminarierna"),
                translate("Errors", "är signerade"),
                translate("Errors", "seminarierna"),
            )
        )
        raise ConflictError(
            translate(
                "Errors",
                "{noun} {listed} {verb}, och {what} skulle ändra närvarolistan. Lås upp"
                " {it} med en motivering först{hint}. Inget har ändrats.",
            ).format(
                noun=noun,
                listed=listed,
                verb=verb,
                what=what,
                it=it,
                hint=translate("Errors", hint) if hint else "",
            )
        )
