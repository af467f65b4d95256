"""Enrolment rules: the date a new participant joins from, and who is on a seminar's list."""

from __future__ import annotations

import datetime as dt

from seminarkoll.domain.completion import ParticipantRecord, SeminarSlot, is_expected


def default_joining_date(cohort_start: dt.date, seminars_held: bool, today: dt.date) -> dt.date:
    """The date a newly enrolled or imported participant joins from: the cohort's start while no
    seminar has been held, today once one has (so a late joiner is not expected at seminars
    that took place before they came)."""
    return max(today, cohort_start) if seminars_held else cohort_start


def on_list(slot: SeminarSlot, record: ParticipantRecord) -> bool:
    """Whether `record` is on `slot`'s sign-in list: expected there, or marked there (a visitor,
    or someone marked outside their window)."""
    return is_expected(slot, record) or slot.id in record.marks


def signed_list_numbers(
    before: dict[int, tuple[int, frozenset[object]]],
    after: dict[int, tuple[int, frozenset[object]]],
) -> tuple[int, ...]:
    """The numbers of the signed seminars whose list (who, and their marks) differs between
    `before` and `after` (seminar id -> number and list); seminars gone from `after` are not
    compared."""
    return tuple(
        sorted(
            number
            for seminar_id, (number, entries) in before.items()
            if seminar_id in after and after[seminar_id][1] != entries
        )
    )
