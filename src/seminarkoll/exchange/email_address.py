"""The one check of an e-mail address, typed in a form or read from a file: valid, normalised."""

from __future__ import annotations

import re
from functools import lru_cache

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from seminarkoll.domain.person_rules import (
    EMAIL_LIMIT,
    EMAIL_LOCAL_LIMIT,
    email_problem,
    invalid_email,
)

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_LOCAL = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_PLAIN_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")
_SPECIAL_USE_SUFFIXES = tuple(f".{name}" for name in SPECIAL_USE_DOMAIN_NAMES)


def checked_email(text: str) -> tuple[str | None, str]:
    """The normalised address in `text` (a leading "mailto:" and surrounding spaces dropped),
    or None and a Swedish message saying what is wrong."""
    # Only text starting with m or M can start with "mailto:" (even ignoring case).
    address = _MAILTO.sub("", text).strip() if text.startswith(("m", "M")) else text.strip()
    message = email_problem(address)
    if message is not None:
        return None, message
    email = plain_address(address)
    if email is not None:
        return email, ""
    try:
        return (
            validate_email(address, check_deliverability=False, allow_display_name=True).normalized,
            "",
        )
    except EmailNotValidError:
        return None, invalid_email(text)


def plain_address(address: str) -> str | None:
    """The normalised form of an everyday ASCII address, or None to ask `validate_email`.

    Checking every address of a long list with `validate_email` takes most of the import time.
    Addresses of the common shape (dot-atom local part, ordinary host names, a letter-only top
    domain) are accepted here exactly as `validate_email` accepts them: the local part kept,
    the domain in lower case. Anything else, valid or not, goes to the full check.
    """
    local, at, domain = address.partition("@")
    if (
        not at
        or len(address) > EMAIL_LIMIT
        or len(local) > EMAIL_LOCAL_LIMIT
        or _PLAIN_LOCAL.fullmatch(local) is None
    ):
        return None
    plain_domain = _plain_domain(domain)
    return None if plain_domain is None else f"{local}@{plain_domain}"


@lru_cache(maxsize=1024)
def _plain_domain(domain: str) -> str | None:
    """`domain` in lower case if it is an ordinary host name; cached, as a list has few."""
    if _PLAIN_DOMAIN.fullmatch(domain) is None:
        return None
    lowered = domain.lower()
    if "--" in lowered and any(label[2:4] == "--" for label in lowered.split(".")):
        return None  # IDNA rules apply to such labels ("xn--")
    if f".{lowered}".endswith(_SPECIAL_USE_SUFFIXES):
        return None
    return lowered
