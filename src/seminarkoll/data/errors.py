"""Database errors the user can act on, sorted out of driver exceptions, with Swedish messages."""

from __future__ import annotations

from collections.abc import Callable

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import translate


class DatabaseError(DomainError):
    """The database cannot be opened or written; the message names the database and the cause."""


class EmptyDatabaseFileError(DatabaseError):
    """The chosen file exists but is empty (0 bytes): perhaps not what the user meant to open.

    The command line refuses it; the window asks before making a new database of it.
    """

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(
            translate(
                "Errors",
                "{path} är en tom fil (0 byte), ingen Seminarkoll-databas. Ta bort filen eller "
                "välj en fil som inte finns, så skapas en ny databas där.",
            ).format(path=path)
        )


def newer_schema(where: object, revision: str) -> DatabaseError:
    """The database was made by a newer Seminarkoll than this one (schema `revision`)."""
    return DatabaseError(
        translate(
            "Errors",
            "Databasen {path} har skapats av en nyare version av Seminarkoll "
            "(schema {revision}). Uppdatera programmet för att öppna den.",
        ).format(path=where, revision=revision)
    )


class DatabaseEnvironmentError(DatabaseError):
    """The environment stops us (disk full, locked, read-only); the user can fix it, not a bug."""


def environment_problem(driver_message: str, where: str) -> DatabaseEnvironmentError | None:
    """Map an SQLite/PostgreSQL driver message to a user-facing error, or None for a bug."""
    text = driver_message.lower()
    for says, message in _environment_messages():
        if says(text):
            return DatabaseEnvironmentError(message.format(where=where))
    return None


def _any(*phrases: str) -> Callable[[str], bool]:
    return lambda text: any(phrase in text for phrase in phrases)


def _environment_messages() -> tuple[tuple[Callable[[str], bool], str], ...]:
    """What a driver message (in lower case) may say of the environment, in the order it is
    tried, and the message for it ({where}: the database); the server's problems come before
    a disk error."""
    return (
        (
            _any("disk is full", "no space left"),
            translate(
                "Errors",
                "Disken är full: ändringen kunde inte sparas i {where}. Inget har "
                "ändrats. Frigör utrymme och försök igen.",
            ),
        ),
        (
            _any("database is locked", "database is busy"),
            translate(
                "Errors",
                "Databasen {where} används just nu av ett annat program. Inget har "
                "ändrats. Försök igen om en stund.",
            ),
        ),
        (
            _any("readonly database", "read-only"),
            translate(
                "Errors",
                "Databasen {where} är skrivskyddad. Inget har ändrats. Kontrollera "
                "behörigheterna för filen och mappen.",
            ),
        ),
        (
            _any("unable to open database"),
            translate(
                "Errors",
                "Databasen {where} kunde inte öppnas. Kontrollera att mappen finns och "
                "går att skriva i.",
            ),
        ),
        (
            _any("failed to resolve host", "could not translate host name"),
            translate(
                "Errors",
                "Databasservern i {where} hittades inte. Kontrollera servernamnet och nätverket.",
            ),
        ),
        (
            _any("connection refused"),
            translate(
                "Errors",
                "Databasservern i {where} tar inte emot anslutningar: fel port, eller servern är "
                "avstängd.",
            ),
        ),
        (
            _any("timeout expired", "timed out"),
            translate(
                "Errors",
                "Databasservern i {where} svarar inte. Kontrollera adressen och nätverket.",
            ),
        ),
        (
            lambda text: (
                _any("password authentication failed", "no password supplied")(text)
                or ("role" in text and "does not exist" in text)
            ),
            translate(
                "Errors",
                "Inloggningen på databasservern {where} misslyckades: fel användarnamn eller "
                "lösenord.",
            ),
        ),
        (
            lambda text: "database" in text and "does not exist" in text,
            translate(
                "Errors",
                "Databasen {where} finns inte på servern. Be den som sköter servern att skapa den.",
            ),
        ),
        (
            _any("server closed the connection", "terminating connection"),
            translate(
                "Errors",
                "Anslutningen till databasservern {where} bröts. Inget har ändrats. Försök igen.",
            ),
        ),
        (
            _any("disk i/o error"),
            translate(
                "Errors",
                "Ett fel uppstod när {where} skulle läsas eller skrivas (disk-I/O). "
                "Inget har ändrats.",
            ),
        ),
    )
