"""`seminarkoll demo`: load an example programme into the database, or list the examples."""

from __future__ import annotations

import argparse

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_OK, headless
from seminarkoll.domain.examples import EXAMPLES, LEDARE_PA_LUT
from seminarkoll.domain.translation import translate


def _arguments(parser: argparse.ArgumentParser) -> None:
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--example",
        metavar=translate("Cli", "EXEMPEL"),
        default=LEDARE_PA_LUT.key,
        help=translate("Cli", "vilket exempel som läses in (se --list)"),
    )
    choice.add_argument(
        "--list", action="store_true", help=translate("Cli", "visa exemplen och avsluta")
    )


def run(args: argparse.Namespace) -> int:
    """Name the examples, or load one and say what was created."""
    if args.list:
        for example in EXAMPLES:
            print(f"{example.key}\t{example.programme}\t{example.about}")
        return EXIT_OK
    result = headless(args).demo.load_example(args.example)
    print(
        translate(
            "Cli", "Exempelprogrammet är inläst: %1 seminarier och %2 deltagare (omgång-id %3)."
        )
        .replace("%1", str(result.seminars))
        .replace("%2", str(result.participants))
        .replace("%3", str(result.cohort_id))
    )
    return EXIT_OK


COMMAND = Command(
    "demo",
    help=lambda: translate("Cli", "läs in ett exempelprogram (standard: Ledare på lut)"),
    arguments=_arguments,
    handler=run,
)
