"""Helpers shared by subcommands: open the database, print errors, resolve a cohort argument."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
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


class CannotRun(Exception):
    """What the arguments name cannot be used (a missing folder, a wrong file suffix, no
    `--yes`): `run_handler` prints the message and returns EXIT_CANNOT."""


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
    """Run the chosen subcommand's handler and return its exit code; CannotRun is printed with
    EXIT_CANNOT, and a domain error the handler does not catch itself as `report` says."""
    from seminarkoll.domain.errors import DomainError

    try:
        code: int = args.handler(args)
    except CannotRun as exc:
        return fail(str(exc), EXIT_CANNOT)
    except DomainError as exc:
        return report(exc)
    return code


@contextmanager
def cannot(*errors: type[Exception]) -> Iterator[None]:
    """The `errors` raised inside end the subcommand as CannotRun: their message, EXIT_CANNOT."""
    try:
        yield
    except errors as exc:
        raise CannotRun(str(exc)) from exc


def confirm(given: bool, refusal: str) -> None:
    """CannotRun with `refusal` (what cannot be undone; run again with --yes) unless `given`."""
    if not given:
        raise CannotRun(refusal)


def existing_folder(folder: Path) -> Path:
    """`folder`, or CannotRun saying that it does not exist."""
    if not folder.is_dir():
        raise CannotRun(translate("Cli", "Mappen %1 finns inte.").replace("%1", str(folder)))
    return folder


def output_file(path: Path, suffixes: Sequence[str] = ()) -> Path:
    """`path`, absolute, once it is a file that can be written: CannotRun when its suffix is
    not one of `suffixes` (when given) or its folder does not exist."""
    if suffixes and path.suffix.lower() not in suffixes:
        raise CannotRun(
            translate("Cli", "Filen ”%1” har fel filändelse. Använd %2.")
            .replace("%1", path.name)
            .replace("%2", _either(suffixes))
        )
    existing_folder(path.parent)
    return path.absolute()


def _either(suffixes: Sequence[str]) -> str:
    if len(suffixes) == 1:
        return suffixes[0]
    return (
        translate("Cli", "%1 eller %2")
        .replace("%1", ", ".join(suffixes[:-1]))
        .replace("%2", suffixes[-1])
    )


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


def add_file_argument(parser: argparse.ArgumentParser, help: str) -> None:
    """`FIL`: the file to read."""
    parser.add_argument("file", type=Path, metavar=translate("Cli", "FIL"), help=help)


def add_seminar_argument(
    parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup,
    help: str,
    *,
    required: bool = False,
) -> None:
    """`--seminar NR`: a seminar's number in the cohort."""
    parser.add_argument(
        "--seminar", type=int, required=required, metavar=translate("Cli", "NR"), help=help
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
