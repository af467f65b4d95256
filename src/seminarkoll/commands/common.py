"""Helpers shared by subcommands: open the database, print errors, resolve a cohort argument."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeAlias, cast

from seminarkoll.domain.text import without_control
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.errors import DomainError
    from seminarkoll.services.container import Services

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What `add_subparsers` returns: where a subcommand (or a kind under one) is added."""

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


def headless(args: argparse.Namespace) -> Services:
    """The services on the database `--db` names; raises DatabaseError, which `run_handler`
    reports."""
    from seminarkoll.app import open_headless

    return open_headless(args.db)


def run_handler(args: argparse.Namespace) -> int:
    """Run the chosen subcommand's handler and return its exit code; a domain error it does not
    catch itself is printed as `report` says."""
    from seminarkoll.domain.errors import DomainError

    try:
        code: int = args.handler(args)
    except DomainError as exc:
        return report(exc)
    return code


def no_folder(folder: Path) -> int:
    """Say that `folder` does not exist; returns EXIT_CANNOT."""
    return fail(translate("Cli", "Mappen %1 finns inte.").replace("%1", str(folder)), EXIT_CANNOT)


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


def add_command(
    subcommands: Subcommands, name: str, help: str, description: str | None = None
) -> argparse.ArgumentParser:
    """Add the subcommand `name` (or a kind under one), which also takes `--db`."""
    return subcommands.add_parser(
        name, parents=[database_options()], help=help, description=description
    )


def add_flag(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup, name: str, help: str
) -> None:
    """An option without a value (`--dry-run`, `--yes`): true when it is given."""
    parser.add_argument(name, action="store_true", help=help)


def add_cohort_argument(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup,
    *,
    required: bool = True,
    help: str | None = None,
) -> None:
    """`--cohort C`: a cohort's id or name."""
    parser.add_argument(
        "--cohort",
        required=required,
        metavar=cohort_metavar(),
        help=help or translate("Cli", "omgångens id eller namn, t.ex. 3 eller ”Omgång 3”"),
    )


def add_output_argument(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup,
    help: str,
    *,
    required: bool = True,
) -> None:
    """`-o FIL`: the file to write."""
    parser.add_argument(
        "-o",
        "--output",
        required=required,
        type=Path,
        metavar=translate("Cli", "FIL"),
        help=help,
    )
