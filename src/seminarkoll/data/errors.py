"""Database errors the user can act on, sorted out of driver exceptions, with Swedish messages."""

from __future__ import annotations

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
    if "disk is full" in text or "no space left" in text:
        return DatabaseEnvironmentError(
            translate(
                "Errors",
                "Disken är full: ändringen kunde inte sparas i {where}. Inget har "
                "ändrats. Frigör utrymme och försök igen.",
            ).format(where=where)
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseEnvironmentError(
            translate(
                "Errors",
                "Databasen {where} används just nu av ett annat program. Inget har "
                "ändrats. Försök igen om en stund.",
            ).format(where=where)
        )
    if "readonly database" in text or "read-only" in text:
        return DatabaseEnvironmentError(
            translate(
                "Errors",
                "Databasen {where} är skrivskyddad. Inget har ändrats. Kontrollera "
                "behörigheterna för filen och mappen.",
            ).format(where=where)
        )
    if "unable to open database" in text:
        return DatabaseEnvironmentError(
            translate(
                "Errors",
                "Databasen {where} kunde inte öppnas. Kontrollera att mappen finns och "
                "går att skriva i.",
            ).format(where=where)
        )
    server = _server_problem(text, where)
    if server is not None:
        return server
    if "disk i/o error" in text:
        return DatabaseEnvironmentError(
            translate(
                "Errors",
                "Ett fel uppstod när {where} skulle läsas eller skrivas (disk-I/O). "
                "Inget har ändrats.",
            ).format(where=where)
        )
    return None


def _server_problem(text: str, where: str) -> DatabaseEnvironmentError | None:
    """A database server that cannot be reached or refuses us (`text` in lower case)."""
    if "failed to resolve host" in text or "could not translate host name" in text:
        message = translate(
            "Errors",
            "Databasservern i {where} hittades inte. Kontrollera servernamnet och nätverket.",
        )
    elif "connection refused" in text:
        message = translate(
            "Errors",
            "Databasservern i {where} tar inte emot anslutningar: fel port, eller servern är "
            "avstängd.",
        )
    elif "timeout expired" in text or "timed out" in text:
        message = translate(
            "Errors",
            "Databasservern i {where} svarar inte. Kontrollera adressen och nätverket.",
        )
    elif (
        "password authentication failed" in text
        or "no password supplied" in text
        or ("role" in text and "does not exist" in text)
    ):
        message = translate(
            "Errors",
            "Inloggningen på databasservern {where} misslyckades: fel användarnamn eller lösenord.",
        )
    elif "database" in text and "does not exist" in text:
        message = translate(
            "Errors",
            "Databasen {where} finns inte på servern. Be den som sköter servern att skapa den.",
        )
    elif "server closed the connection" in text or "terminating connection" in text:
        message = translate(
            "Errors",
            "Anslutningen till databasservern {where} bröts. Inget har ändrats. Försök igen.",
        )
    else:
        return None
    return DatabaseEnvironmentError(message.format(where=where))
