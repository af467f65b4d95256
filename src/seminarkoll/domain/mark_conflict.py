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
    at: datetime

    @property
    def description(self) -> str:
        """E.g. "Anna Berg vid seminarium 3 är markerad som frånvarande av karin, 7 mars 2025
        14:05"."""
        local = self.at.astimezone()
        return translate(
            "Errors", "{person} vid seminarium {number} är markerad som {mark} av {by}, {when}"
        ).format(
            person=self.person,
            number=self.seminar_number,
            mark=STATUS_WORDS[self.current].lower(),
            by=self.by or translate("Errors", "okänd"),
            when=f"{long_date(local.date())} {local:%H:%M}",
        )


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
