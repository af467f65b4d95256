"""Fictional people for the example programmes: names, e-mail addresses and search keys."""

from __future__ import annotations

from seminarkoll.data.models import Person, Workplace
from seminarkoll.domain.text import email_key, person_search_key

_ASCII = str.maketrans("åäöéćÅÄÖÉĆ", "aaoecAAOEC")


def example_person(
    first: str,
    last: str,
    title: str,
    workplace: Workplace,
    mail_domain: str,
    *,
    is_lecturer: bool = False,
    organisation: str = "",
) -> Person:
    """A person at `workplace` with the address first.last@`mail_domain` (letters as ASCII)."""
    email = f"{first.translate(_ASCII).lower()}.{last.translate(_ASCII).lower()}@{mail_domain}"
    return Person(
        first_name=first,
        last_name=last,
        email=email,
        email_key=email_key(email),
        title=title,
        workplace=workplace,
        is_lecturer=is_lecturer,
        organisation=organisation,
        search_key=person_search_key(first, last, email, workplace.name, title),
    )
