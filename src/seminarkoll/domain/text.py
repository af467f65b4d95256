"""Text normalisation: control characters removed, casefolded search keys, e-mail keys,
Swedish sort order."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# These run several times for every row of a long import. str.split() splits on exactly the
# characters re's \s matches and is several times faster. Casefolding maps characters one by
# one and never turns whitespace into anything else or anything else into whitespace, so
# folding whole strings equals folding each word (tests/domain/test_text.py checks both).


def without_control(text: str) -> str:
    """`text` without control characters (C0 such as NUL and ESC, DEL and C1); tab, line feed
    and carriage return stay. No stored text holds them: they break Excel files and let text
    drive a terminal."""
    # Printable text (most text) has none; asking is cheaper than searching.
    return text if text.isprintable() else _CONTROL.sub("", text)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Text starting with one of these could be taken for a formula by a spreadsheet (OWASP)."""

EXCERPT_LENGTH = 60
"""Messages quote at most this many characters of what a user or a file wrote."""


def excerpt(text: str) -> str:
    """`text` for quoting in a message: its first `EXCERPT_LENGTH` characters, "…" if cut."""
    return text if len(text) <= EXCERPT_LENGTH else f"{text[: EXCERPT_LENGTH - 1]}…"


MAX_ROW_ID = 2**63 - 1
"""SQLite's largest integer: a longer number on the command line names no row."""


def row_id(text: str) -> int | None:
    """The id `text` gives when it is a plain number (ASCII digits, at most MAX_ROW_ID), as a
    command-line argument naming a row by its id is; None otherwise."""
    wanted = text.strip()
    if wanted.isascii() and wanted.isdigit() and int(wanted) <= MAX_ROW_ID:
        return int(wanted)
    return None


def tidy(value: str | None) -> str:
    """Trim and collapse inner whitespace; None becomes ''."""
    return " ".join(value.split()) if value else ""


def fold(value: str | None) -> str:
    """Casefolded, tidied text for search and matching ("Åsa Öberg" -> "åsa öberg")."""
    return " ".join(value.split()).casefold() if value else ""


def email_key(email: str | None) -> str | None:
    """The key two e-mail addresses are compared by: casefolded, without any whitespace
    (None when empty)."""
    return "".join(email.split()).casefold() or None if email else None


def full_name(first_name: str, last_name: str) -> str:
    """First and last name joined for display."""
    return tidy(f"{first_name} {last_name}")


def cohort_with_year(name: str, school_year: str) -> str:
    """A cohort named with its school year, the way it is listed: "Omgång 3 (2016/2017)"."""
    return f"{name} ({school_year})"


class NamedRow:
    """Gives a row that holds `first_name` and `last_name` its `name` ("Förnamn Efternamn") and
    its `sort_key` (Swedish order)."""

    first_name: str
    last_name: str

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)

    @property
    def sort_key(self) -> tuple[str, str]:
        """Last name, then first name, in Swedish order."""
        return name_key(self.last_name, self.first_name)


_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"})
"""After casefolding: å, ä, ö sort after z (ASCII `{|}` follow `z`); æ as ä, ø as ö, ü as y."""

_DIGITS = re.compile(r"\d+")


def swedish_key(text: str) -> str:
    """The sort key for Swedish order in code without Qt (the UI uses Qt's Swedish collator):
    case ignored, z < å < ä < ö, other accents ignored (é as e), numbers by value
    ("Grupp 2" before "Grupp 10"). Aalto < Zetterlund < Åberg < Ädel < Öst.
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded).translate(_SWEDISH_LETTERS)
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
        )
    return _DIGITS.sub(lambda digits: digits[0].zfill(12), folded)


def name_key(last_name: str, first_name: str) -> tuple[str, str]:
    """The Swedish sort key of a person: last name, then first name."""
    return swedish_key(last_name), swedish_key(first_name)
