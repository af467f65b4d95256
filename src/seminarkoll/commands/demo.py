"""`seminarkoll demo`: load the example programme into the database."""

from __future__ import annotations

import argparse

from seminarkoll.commands.common import EXIT_OK, database_options, report
from seminarkoll.domain.translation import translate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `demo` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        parents=[database_options()],
        help=translate("Cli", "läs in exempelprogrammet Ledare på lut (omgång 3, 2016/2017)"),
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
        translate(
            "Cli", "Exempelprogrammet är inläst: %1 seminarier och %2 deltagare (omgång-id %3)."
        )
        .replace("%1", str(result.seminars))
        .replace("%2", str(result.participants))
        .replace("%3", str(result.cohort_id))
    )
    return EXIT_OK
