"""Rules for a person's details wherever they are typed or imported: limits, names, e-mail."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from seminarkoll.domain.text import FORMULA_STARTS, excerpt, fold
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

NAME_LIMIT = 100
"""The longest first name, and the longest last name."""
EMAIL_LIMIT = 254
"""The longest e-mail address (RFC 5321)."""
EMAIL_LOCAL_LIMIT = 64
"""The longest part of an e-mail address before the @ (RFC 5321)."""
PHONE_LIMIT = 50
TEXT_LIMIT = 200
"""The longest title (befattning), organisation or workplace name."""

PERSON_LIMITS: Mapping[str, int] = MappingProxyType(
    {
        "first_name": NAME_LIMIT,
        "last_name": NAME_LIMIT,
        "email": EMAIL_LIMIT,
        "phone": PHONE_LIMIT,
        "title": TEXT_LIMIT,
        "organisation": TEXT_LIMIT,
    }
)
"""The longest value of each of a person's text fields, by the field (column) that holds it."""

WORKPLACE_NAME_LIMIT = TEXT_LIMIT
"""The longest workplace name."""
WORKPLACE_AREA_LIMIT = TEXT_LIMIT
"""The longest name of a workplace's area (område)."""
WORKPLACE_LIMITS: Mapping[str, int] = MappingProxyType(
    {"name": WORKPLACE_NAME_LIMIT, "area": WORKPLACE_AREA_LIMIT}
)
"""The longest value of each of a workplace's text fields, by field."""

_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        "first_name": QT_TRANSLATE_NOOP("Errors", "Förnamnet"),
        "last_name": QT_TRANSLATE_NOOP("Errors", "Efternamnet"),
        "email": QT_TRANSLATE_NOOP("Errors", "E-postadressen"),
        "phone": QT_TRANSLATE_NOOP("Errors", "Telefonnumret"),
        "title": QT_TRANSLATE_NOOP("Errors", "Befattningen"),
        "organisation": QT_TRANSLATE_NOOP("Errors", "Organisationen"),
    }
)
_WORKPLACE_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        "name": QT_TRANSLATE_NOOP("Errors", "Namnet"),
        "area": QT_TRANSLATE_NOOP("Errors", "Området"),
    }
)


def length_problems(values: Mapping[str, str]) -> dict[str, str]:
    """A message for each of a person's `values` (field -> text) longer than its limit."""
    return _too_long(values, PERSON_LIMITS, _NOUNS)


def workplace_length_problems(values: Mapping[str, str]) -> dict[str, str]:
    """A message for each of a workplace's `values` (name, area -> text) longer than its
    limit."""
    return _too_long(values, WORKPLACE_LIMITS, _WORKPLACE_NOUNS)


def _too_long(
    values: Mapping[str, str], limits: Mapping[str, int], nouns: Mapping[str, str]
) -> dict[str, str]:
    return {
        field: translate("Errors", "{label} får vara högst {limit} tecken.").format(
            label=translate("Errors", nouns[field]), limit=limits[field]
        )
        for field, value in values.items()
        if len(value) > limits[field]
    }


def person_search_key(
    first_name: str,
    last_name: str,
    email: str | None,
    workplace: str,
    title: str,
    organisation: str,
) -> str:
    """The folded text a person is found by in the register and the lecturer list."""
    return folded_search_key(
        *map(fold, (first_name, last_name, email, workplace, title, organisation))
    )


def folded_search_key(*folded: str) -> str:
    """`person_search_key` of a person's details each already folded, in the same order.

    Folding never makes or removes whitespace, so folding each detail equals folding them
    joined; an importer that folds each repeated name, workplace and title once passes them.
    """
    return " ".join(filter(None, folded))


def name_problem(first_name: str) -> str | None:
    """A message when a person has no first name (the last name may be empty), else None."""
    return None if first_name.strip() else translate("Errors", "Ange förnamn.")


def person_problems(values: Mapping[str, str]) -> dict[str, str]:
    """A message for each of a person's tidied `values` (field -> text, the first name among
    them) that breaks a rule: a missing first name, a text longer than its limit."""
    missing = name_problem(values["first_name"])
    return ({"first_name": missing} if missing else {}) | length_problems(values)


def email_problem(address: str) -> str | None:
    """A plain message for the common mistakes in an e-mail address, None if it has none;
    the full check comes after. An address that a spreadsheet would read as a formula (such
    as "=1+1@example.se") is refused too."""
    if "@" not in address:
        return translate("Errors", "”{address}” är ingen e-postadress (tecknet @ saknas).").format(
            address=excerpt(address)
        )
    if address.count("@") > 1:
        return translate(
            "Errors", "”{address}” är ingen giltig e-postadress (mer än ett @)."
        ).format(address=excerpt(address))
    if address.startswith(FORMULA_STARTS):
        return translate(
            "Errors",
            "”{address}” är ingen giltig e-postadress (den börjar med ”{first}” och skulle "
            "läsas som en formel i Excel).",
        ).format(address=excerpt(address), first=address[0])
    return None


def invalid_email(address: str) -> str:
    """The message for an address that passes `email_problem` but is not valid."""
    return translate("Errors", "”{text}” är ingen giltig e-postadress.").format(
        text=excerpt(address)
    )
