"""Certificates (intyg): what one page says, hours from seminar times, and the signer's data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from seminarkoll.domain.reports import swedish_number
from seminarkoll.domain.translation import translate

MAX_LOGO_BYTES = 2_000_000
"""Largest logo file kept in the database (a logo is a few kilobytes to a few hundred)."""


@dataclass(frozen=True)
class Organisation:
    """Who issues certificates: printed at the top (name, logo) and at the signature."""

    name: str = ""
    logo: bytes | None = None
    signer_name: str = ""
    signer_title: str = ""
    place: str = ""


@dataclass(frozen=True)
class CertificateSeminar:
    """One seminar the participant attended, as listed on the certificate."""

    number: int
    date: date
    start: time | None
    end: time | None
    title: str
    theme: str
    lecturers: tuple[str, ...]
    made_up: bool = False

    @property
    def hours(self) -> float:
        """Length in hours from the seminar's times; 0 when they are not set."""
        return seminar_hours(self.start, self.end)


@dataclass(frozen=True)
class Certificate:
    """One page: a certificate for a completer, or a participation certificate (`completed`
    False) that lists what the person attended and says nothing about completion."""

    enrollment_id: int
    person_name: str
    workplace: str
    programme: str
    cohort: str
    school_year: str
    first_day: date | None
    last_day: date | None
    completed: bool
    seminars: tuple[CertificateSeminar, ...]
    organisation: Organisation
    issued_on: date

    @property
    def kind(self) -> str:
        """ "Intyg" or "Deltagarintyg" (in English "Certificate of completion" or "Certificate
        of attendance")."""
        if self.completed:
            return translate("Documents", "Intyg")
        return translate("Documents", "Deltagarintyg")

    @property
    def hours(self) -> float:
        """Total hours of the seminars attended."""
        return sum(s.hours for s in self.seminars)

    @property
    def hours_label(self) -> str:
        """E.g. "21 timmar", "19,5 timmar", "1 timme"."""
        hours = self.hours
        text = swedish_number(hours, 0 if hours == int(hours) else 1)
        if hours == 1:
            return translate("Documents", "{hours} timme").format(hours=text)
        return translate("Documents", "{hours} timmar").format(hours=text)

    @property
    def themes(self) -> tuple[str, ...]:
        """The theme areas of the seminars attended, in order, each once."""
        return tuple(dict.fromkeys(s.theme for s in self.seminars if s.theme))

    @property
    def file_stem(self) -> str:
        """A file name for this person's own PDF, e.g. "Intyg Åsa Lundqvist"."""
        return safe_file_stem(f"{self.kind} {self.person_name}")


def seminar_hours(start: time | None, end: time | None) -> float:
    """Hours between `start` and `end` (0 when either is missing)."""
    if start is None or end is None:
        return 0.0
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return max(0, minutes) / 60


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_stem(text: str) -> str:
    """`text` as a file name on Windows, macOS and Linux: no path or reserved characters."""
    cleaned = " ".join(_UNSAFE.sub(" ", text).split()).strip(" .")
    return cleaned[:120] or translate("Documents", "Intyg")
