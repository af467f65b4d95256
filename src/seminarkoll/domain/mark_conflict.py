"""A cell another coordinator marked differently since the view was read: the typed error."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.translation import translate


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

    @property
    def description(self) -> str:
        """E.g. "Anna Berg vid seminarium 3 är markerad som frånvarande av karin, 7 mars 2025
        14:05"."""
        local = self.at.astimezone() if self.at is not None else None
        text = (
            translate(
                "Errors", "{person} vid träff {number} är markerad som {mark} av {by}, {when}"
            )
            if self.meeting
            else translate(
                "Errors", "{person} vid seminarium {number} är markerad som {mark} av {by}, {when}"
            )
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


def marked_meanwhile(
    current: AttendanceStatus | None,
    shown: AttendanceStatus | None,
    wanted: AttendanceStatus | None,
) -> bool:
    """Whether a cell now holding `current` conflicts with a change to `wanted` by someone who
    saw `shown`: it holds a mark that is neither (the same mark taken by both is no conflict; a
    mark removed by someone else is simply taken again)."""
    return current is not None and current not in (shown, wanted)


class MarkConflictError(ConflictError):
    """Cells marked differently by someone else after the view showed them; nothing was saved.
    Saving again with the marks in `conflicts` as the ones shown overwrites them."""

    def __init__(self, conflicts: Sequence[MarkConflict]) -> None:
        self.conflicts: tuple[MarkConflict, ...] = tuple(conflicts)
        first = self.conflicts[0]
        text = translate(
            "Errors",
            "{cell} sedan listan lästes. Ingenting sparades; välj om din markering ska ersätta "
            "den.",
        ).format(cell=first.description)
        if len(self.conflicts) > 1:
            text += " " + translate(
                "Errors", "Ytterligare {count} rutor har ändrats av någon annan."
            ).format(count=len(self.conflicts) - 1)
        super().__init__(text)
