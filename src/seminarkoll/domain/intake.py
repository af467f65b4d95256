"""Intake rules: the steps of an application, which step may follow which, and the waitlist."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from types import MappingProxyType

from seminarkoll.domain.enums import EnrollmentStatus as S
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.exports import ENROLLMENT_WORDS
from seminarkoll.domain.translation import translate

INTAKE_STATUSES = (
    S.APPLIED,
    S.INTERVIEW_BOOKED,
    S.INTERVIEWED,
    S.WAITLISTED,
    S.ACCEPTED,
    S.DECLINED,
)
"""The statuses of someone who applied and is not yet taking part, in the order of the intake."""

NEXT_STEPS: Mapping[S, frozenset[S]] = MappingProxyType(
    {
        S.APPLIED: frozenset(
            {S.INTERVIEW_BOOKED, S.WAITLISTED, S.ACCEPTED, S.DECLINED, S.WITHDRAWN}
        ),
        S.INTERVIEW_BOOKED: frozenset(
            {S.INTERVIEW_BOOKED, S.INTERVIEWED, S.WAITLISTED, S.ACCEPTED, S.DECLINED, S.WITHDRAWN}
        ),
        S.INTERVIEWED: frozenset({S.WAITLISTED, S.ACCEPTED, S.DECLINED, S.WITHDRAWN}),
        S.WAITLISTED: frozenset({S.ACCEPTED, S.DECLINED, S.WITHDRAWN}),
        S.ACCEPTED: frozenset({S.ENROLLED, S.WAITLISTED, S.WITHDRAWN}),
        S.DECLINED: frozenset({S.WAITLISTED, S.ACCEPTED}),
        S.ENROLLED: frozenset({S.WITHDRAWN, S.COMPLETED}),
        S.WITHDRAWN: frozenset({S.ENROLLED}),
        S.COMPLETED: frozenset({S.ENROLLED}),
    }
)
"""From each status, the statuses an application or enrolment may move to."""


IMPORTED_STATUSES = (
    S.APPLIED,
    S.INTERVIEW_BOOKED,
    S.INTERVIEWED,
    S.ACCEPTED,
    S.WAITLISTED,
    S.DECLINED,
    S.WITHDRAWN,
    S.ENROLLED,
)
"""The statuses a participant list may give, in the order of the intake; "Deltar" (taking
part, as the program's own participant lists say) is what a row without a status gets."""

_STATUS_SYNONYMS: Mapping[str, S] = MappingProxyType(
    {
        "ansökt": S.APPLIED,
        "sökt": S.APPLIED,
        "intervju": S.INTERVIEW_BOOKED,
        "reserv": S.WAITLISTED,
        "väntelistad": S.WAITLISTED,
        "avslag": S.DECLINED,
        "nekad": S.DECLINED,
        "återtagen": S.WITHDRAWN,
        "återkallad": S.WITHDRAWN,
    }
)


def imported_status(word: str) -> S | None:
    """The application status a file's word names, None if none: the program's words (in
    Swedish or the chosen language), the English names ("waitlisted", "interview booked") and
    a few everyday Swedish words ("Reserv"), case and spacing ignored."""
    wanted = " ".join(word.replace("_", " ").split()).casefold()
    for status in IMPORTED_STATUSES:
        names = (ENROLLMENT_WORDS.source(status), ENROLLMENT_WORDS[status], status.value)
        if wanted in {" ".join(n.replace("_", " ").split()).casefold() for n in names}:
            return status
    return _STATUS_SYNONYMS.get(wanted)


def unknown_status(word: str) -> str:
    """The message for a word that names no application status, listing the words to use."""
    return translate("Errors", "”{word}” är ingen ansökningsstatus. Skriv en av: {words}.").format(
        word=word, words=", ".join(ENROLLMENT_WORDS[s] for s in IMPORTED_STATUSES)
    )


def check_step(name: str, current: S, new: S) -> None:
    """ConflictError naming the person when `current` cannot move to `new`."""
    if new not in NEXT_STEPS[current]:
        raise ConflictError(
            translate(
                "Errors",
                "{name} har status ”{value}” och kan inte få status ”{value2}”. Inget har ändrats.",
            ).format(name=name, value=ENROLLMENT_WORDS[current], value2=ENROLLMENT_WORDS[new])
        )


def next_in_line(waitlisted: Iterable[tuple[int, date, int]]) -> int | None:
    """Who moves up when a place frees: of (enrolment id, date put on the waitlist, position
    key), the one waiting longest, ties by the key (the order they applied)."""
    ordered = sorted(waitlisted, key=lambda item: (item[1], item[2]))
    return ordered[0][0] if ordered else None
