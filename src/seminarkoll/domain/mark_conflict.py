"""A cell another coordinator marked (or annotated) differently since the view was read: the
rule and the typed error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.translation import translate

T = TypeVar("T")


@dataclass(frozen=True)
class MarkConflict:
    """One cell whose mark in the database is not the one the view showed: who took the other
    mark, and when (an aware time, stored in UTC)."""

    enrollment_id: int
    seminar_id: int
    person: str
    seminar_number: int
    shown: AttendanceStatus | None
    current: AttendanceStatus
    by: str
    at: datetime | None
    """None for a meeting mark taken before the time was recorded."""
    meeting: bool = False
    """A group meeting's cell: `seminar_id` and `seminar_number` are the meeting's."""
    note: str | None = None
    """The note the cell holds now, when the conflict is its note (the mark is as shown)."""

    @property
    def description(self) -> str:
        """E.g. "Anna Berg vid seminarium 3 är markerad som frånvarande av karin, 7 mars 2025
        14:05"."""
        local = self.at.astimezone() if self.at is not None else None
        if self.note is not None:
            text = translate(
                "Errors",
                "Anteckningen om {person} vid seminarium {number} ändrades av {by}, {when}",
            )
        elif self.meeting:
            text = translate(
                "Errors", "{person} vid träff {number} är markerad som {mark} av {by}, {when}"
            )
        else:
            text = translate(
                "Errors", "{person} vid seminarium {number} är markerad som {mark} av {by}, {when}"
            )
        return text.format(
            person=self.person,
            number=self.seminar_number,
            mark=STATUS_WORDS[self.current].lower(),
            by=self.by or translate("Errors", "okänd"),
            when=f"{long_date(local.date())} {local:%H:%M}"
            if local is not None
            else translate("Errors", "okänd tid"),
        )


def changed_meanwhile(current: T | None, shown: T | None, wanted: T | None) -> bool:
    """Whether a cell now holding `current` (a mark, or a mark's note) conflicts with a change
    to `wanted` by someone who saw `shown`: it holds something that is neither (the same taken
    by both is no conflict; a mark removed by someone else is simply taken again)."""
    return current is not None and current not in (shown, wanted)


class MarkConflictError(ConflictError):
    """Cells marked differently by someone else after the view showed them; nothing was saved.
    Saving again with the marks in `conflicts` as the ones shown overwrites them."""

    def __init__(self, conflicts: Sequence[MarkConflict]) -> None:
        self.conflicts: tuple[MarkConflict, ...] = tuple(conflicts)
        first = self.conflicts[0]
        text = (
            translate("Errors", "{cell} sedan den visades. Ingenting sparades.")
            if first.note is not None
            else translate(
                "Errors",
                "{cell} sedan listan lästes. Ingenting sparades; välj om din markering ska "
                "ersätta den.",
            )
        ).format(cell=first.description)
        if len(self.conflicts) > 1:
            text += " " + translate(
                "Errors", "Ytterligare {count} rutor har ändrats av någon annan."
            ).format(count=len(self.conflicts) - 1)
        super().__init__(text)
