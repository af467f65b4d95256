"""Text normalisation for lookups: casefolded search keys, e-mail keys and workplace keys."""

from __future__ import annotations


def tidy(value: str | None) -> str:
    """Trim and collapse inner whitespace; None becomes ''."""
    # str.split() splits on exactly the characters re's \s matches, and is several times faster.
    return " ".join((value or "").split())


def fold(value: str | None) -> str:
    """Casefolded, tidied text for search and matching ("Åsa Öberg" -> "åsa öberg")."""
    return tidy(value).casefold()


def email_key(email: str | None) -> str | None:
    """The key two e-mail addresses are compared by (None when empty)."""
    folded = fold(email).replace(" ", "")
    return folded or None


def person_search_key(*parts: str | None) -> str:
    """One folded string holding every searchable part of a person, space-separated."""
    return " ".join(p for p in (fold(part) for part in parts) if p)


def full_name(first_name: str, last_name: str) -> str:
    """First and last name joined for display."""
    return tidy(f"{first_name} {last_name}")
