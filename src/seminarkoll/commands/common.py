"""Helpers shared by subcommands: open the database, print errors, resolve a cohort argument."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO, cast

from seminarkoll.domain.text import without_control
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.errors import DomainError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_CANNOT = 2


def fail(message: str, code: int = EXIT_CANNOT) -> int:
    """Print one clear line on stderr and return `code`."""
    print(f"seminarkoll: {message}", file=sys.stderr)
    return code


def report(error: DomainError) -> int:
    """Print a domain error and return the exit code that fits it: 2 when the database or
    what the arguments name (a cohort, a seminar) cannot be opened or found, else 1."""
    from seminarkoll.data.errors import DatabaseError
    from seminarkoll.domain.errors import NotFoundError

    cannot = isinstance(error, DatabaseError | NotFoundError)
    return fail(str(error), EXIT_CANNOT if cannot else EXIT_PROBLEMS)


def db_help() -> str:
    """Help text of `--db`."""
    return translate(
        "Cli",
        "databas att öppna: en SQLite-fil eller en SQLAlchemy-URL "
        "(standard: $SEMINARKOLL_DATABASE_URL eller filen i användarens datamapp)",
    )


def db_metavar() -> str:
    """Placeholder of `--db` in the usage line."""
    return translate("Cli", "SÖKVÄG_ELLER_URL")


def cohort_metavar() -> str:
    """Placeholder of `--cohort` in the usage line."""
    return translate("Cli", "OMGÅNG")


class _ControlFree:
    """A text stream that drops control characters (ESC, NUL, …) from what is written."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(without_control(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


@contextmanager
def control_free_output() -> Iterator[None]:
    """While a subcommand runs, stdout and stderr drop control characters, so that text stored
    before they were refused cannot drive the terminal (escape sequences)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = cast(TextIO, _ControlFree(out)), cast(TextIO, _ControlFree(err))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def database_options() -> argparse.ArgumentParser:
    """A parent parser so `--db` works both before and after the subcommand's name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar=db_metavar(), default=argparse.SUPPRESS, help=db_help())
    return parent
