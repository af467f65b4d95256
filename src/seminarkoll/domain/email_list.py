"""E-mail lists: who is picked (everyone, a group, absent at a seminar ...) and Outlook's format."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from seminarkoll.domain.text import NamedRow, tidy

ADDRESS_SEPARATOR = "; "
"""Outlook's separator between recipients (also accepted by Thunderbird and Gmail)."""

MAILTO_LIMIT = 2000
"""Longest mailto: link that reliably reaches the mail program (Windows cuts longer ones)."""

_NEEDS_QUOTES = frozenset(',;:<>"@()[]\\')


class SeminarMarks(StrEnum):
    """Whom a seminar filter picks: those marked absent, excused or in the room (present, late)."""

    ABSENT = "absent"
    EXCUSED = "excused"
    PRESENT = "present"


@dataclass(frozen=True)
class EmailFilter:
    """Which participants of a cohort to write to; every filter given narrows the list.

    None of them: everyone taking part (enrolled or completed). `seminar_number` with `marks`:
    those with that mark at the seminar (withdrawn participants too, if they were marked).
    """

    enrollment_ids: frozenset[int] | None = None
    group_id: int | None = None
    seminar_number: int | None = None
    marks: SeminarMarks = SeminarMarks.ABSENT
    at_risk: bool = False


@dataclass(frozen=True)
class Recipient(NamedRow):
    """A person to write to; `email` is '' when the register has no address."""

    first_name: str
    last_name: str
    email: str

    @property
    def outlook(self) -> str:
        """E.g. "Anna Bergström <anna.bergstrom@exempel.se>"; names with , ; < > etc. quoted."""
        name = self.name.replace('"', "'")
        if any(c in _NEEDS_QUOTES for c in name):
            name = f'"{name}"'
        return f"{name} <{self.email}>" if name else self.email


@dataclass(frozen=True)
class EmailList:
    """The people picked, in order, split into those with and without an address."""

    title: str
    recipients: tuple[Recipient, ...]

    @property
    def with_address(self) -> tuple[Recipient, ...]:
        """Recipients who have an address, each address once."""
        seen: set[str] = set()
        kept = []
        for recipient in self.recipients:
            key = recipient.email.casefold()
            if recipient.email and key not in seen:
                seen.add(key)
                kept.append(recipient)
        return tuple(kept)

    @property
    def without_address(self) -> tuple[Recipient, ...]:
        """Recipients the register has no address for."""
        return tuple(r for r in self.recipients if not r.email)

    @property
    def line(self) -> str:
        """One line to paste into To, Cc or Bcc: `Förnamn Efternamn <adress>; …`."""
        return ADDRESS_SEPARATOR.join(r.outlook for r in self.with_address)

    @property
    def missing_sentence(self) -> str:
        """E.g. "Saknar e-postadress: Johan Ek, Åsa Lundqvist." ('' when everyone has one)."""
        names = [r.name for r in self.without_address]
        return f"Saknar e-postadress: {', '.join(names)}." if names else ""


def recipients(people: Iterable[tuple[str, str, str | None]]) -> tuple[Recipient, ...]:
    """Recipients from (first name, last name, e-mail or None) triples, addresses tidied."""
    return tuple(Recipient(first, last, tidy(email)) for first, last, email in people)


def mailto_link(addresses: Iterable[str]) -> str:
    """A mailto: link with every address in BCC (so recipients do not see each other)."""
    joined = ",".join(quote(address, safe="@.+-_") for address in addresses)
    return f"mailto:?bcc={joined}"


def fits_mailto(link: str) -> bool:
    """Whether a mailto: link is short enough to hand to the mail program."""
    return len(link) <= MAILTO_LIMIT
