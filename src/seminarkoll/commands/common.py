"""Helpers shared by subcommands: open the database, print errors, resolve a cohort argument."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

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
    """Print a domain error and return the exit code that fits it."""
    from seminarkoll.data.errors import DatabaseError

    return fail(str(error), EXIT_CANNOT if isinstance(error, DatabaseError) else EXIT_PROBLEMS)


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


def database_options() -> argparse.ArgumentParser:
    """A parent parser so `--db` works both before and after the subcommand's name."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", metavar=db_metavar(), default=argparse.SUPPRESS, help=db_help())
    return parent
