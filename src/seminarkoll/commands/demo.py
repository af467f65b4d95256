"""`seminarkoll demo`: load the example programme into the database."""

from __future__ import annotations

import argparse

from seminarkoll.commands.common import EXIT_OK, database_options, report


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `demo` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        parents=[database_options()],
        help="läs in exempelprogrammet Ledare på lut (omgång 3, 2016/2017)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load the example and say what was created."""
    from seminarkoll.app import open_headless
    from seminarkoll.domain.errors import DomainError

    try:
        services = open_headless(args.db)
        result = services.demo.load()
    except DomainError as exc:
        return report(exc)
    print(
        f"Exempelprogrammet är inläst: {result.seminars} seminarier och "
        f"{result.participants} deltagare (omgång-id {result.cohort_id})."
    )
    return EXIT_OK
