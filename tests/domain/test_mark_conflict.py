"""A cell marked otherwise meanwhile: when it is a conflict, and how the conflict is named."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.mark_conflict import MarkConflict, MarkConflictError, changed_meanwhile

P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@pytest.mark.parametrize(
    ("current", "shown", "wanted", "conflict"),
    [
        (None, P, A, False),  # removed by the other: simply taken again
        (P, P, A, False),  # as shown
        (A, None, A, False),  # the same mark by both
        (E, None, A, True),
        (E, P, None, True),  # clearing a mark the other changed
    ],
)
def test_conflict_only_for_a_mark_neither_shown_nor_wanted(
    current: AttendanceStatus | None,
    shown: AttendanceStatus | None,
    wanted: AttendanceStatus | None,
    conflict: bool,
) -> None:
    assert changed_meanwhile(current, shown, wanted) is conflict


def test_meeting_conflict_named_with_its_meeting_and_an_unknown_time() -> None:
    older = MarkConflict(1, 7, "Anna Berg", 2, None, A, "", None, meeting=True)
    newer = MarkConflict(2, 7, "Bo Berg", 2, P, E, "Lars", datetime(2025, 3, 7, 13, 5, tzinfo=UTC))
    assert older.description == (
        "Anna Berg vid träff 2 är markerad som frånvarande av okänd, okänd tid"
    )
    assert newer.description.startswith(
        "Bo Berg vid seminarium 2 är markerad som anmäld frånvaro av Lars"
    )
    text = str(MarkConflictError([older, newer]))
    assert text.startswith(older.description)
    assert "Ytterligare 1 rutor" in text


def test_note_conflict_named_as_a_note_and_nothing_to_choose() -> None:
    conflict = MarkConflict(
        1, 7, "Anna Berg", 3, P, P, "Lars", datetime(2025, 3, 7, 13, 5, tzinfo=UTC), note="Vab"
    )
    assert conflict.description.startswith(
        "Anteckningen om Anna Berg vid seminarium 3 ändrades av Lars, 7 mars 2025 "
    )
    text = str(MarkConflictError([conflict]))
    assert text.endswith(" sedan den visades. Ingenting sparades.")
    assert "välj" not in text


@pytest.mark.parametrize(
    ("current", "shown", "wanted", "conflict"),
    [("A", "A", "B", False), ("B", "A", "B", False), ("", "A", "B", True), ("C", "A", "B", True)],
)
def test_a_note_changed_meanwhile_is_a_conflict_even_when_emptied(
    current: str, shown: str, wanted: str, conflict: bool
) -> None:
    assert changed_meanwhile(current, shown, wanted) is conflict
