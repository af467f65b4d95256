"""Command line: the GUI by default; headless subcommands, one module each in commands/."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from seminarkoll import __version__
from seminarkoll.commands.common import control_free_output, db_help, db_metavar, run_handler
from seminarkoll.commands.parser import SwedishArgumentParser
from seminarkoll.domain.translation import translate

BROKEN_PIPE = 141
"""Exit code when the reader of our output closed it early (128 + SIGPIPE, as shells report)."""

COMMAND_MODULES = {
    "demo": "demo",
    "list": "listing",
    "status": "status",
    "export": "export",
    "import": "importing",
    "emails": "emails",
    "backup": "backup",
    "restore": "restore",
    "check": "check",
    "person": "person",
    "thin": "thin",
    "signoff-offline": "offline",
}
"""Each subcommand's name and the module in commands/ that declares it (its `COMMAND`)."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered, or only the one named `only`."""
    parser = SwedishArgumentParser(
        prog="seminarkoll",
        description=translate(
            "Cli", "Seminarkoll: planering, deltagare och närvaro för seminarieserier."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Seminarkoll {__version__}",
        help=translate("Cli", "visa versionsnumret och avsluta"),
    )
    parser.add_argument("--db", metavar=db_metavar(), help=db_help())
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "KOMMANDO"))
    for name, module_name in COMMAND_MODULES.items():
        if only in (None, name):
            module = importlib.import_module(f"seminarkoll.commands.{module_name}")
            module.COMMAND.add_to(subparsers)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names when it is known and only `--db` comes before it; None
    otherwise (help, the version, a typo: the full parser answers those).

    Registering every subcommand imports every command's module, which `list` and `status`
    do not need.
    """
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("--db="):
            return word if word in COMMAND_MODULES else None
    return None


def window_only(argv: Sequence[str]) -> tuple[str | None] | None:
    """`(database,)` when `argv` asks for the window and nothing else (no arguments, or only
    `--db PATH`), as the full parser would read it; None for anything else.

    Building the full parser imports every subcommand's module: about 25 ms of start-up the
    window does not need.
    """
    match list(argv):
        case []:
            return (None,)
        case ["--db", path] if not path.startswith("-"):
            return (path,)
        case [option] if option.startswith("--db="):
            return (option.removeprefix("--db="),)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run the GUI or a subcommand; returns the exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    window = window_only(arguments)
    if window is not None:
        return _run_gui(window[0])
    from seminarkoll.language import chosen_language, use_catalogue_outside_qt

    use_catalogue_outside_qt(chosen_language())
    args = build_parser(command_named(arguments)).parse_args(arguments)
    if args.command is None:
        return _run_gui(args.db)
    try:
        with control_free_output():
            code: int = run_handler(args)
    except BrokenPipeError:
        # The reader went away (`seminarkoll status | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return BROKEN_PIPE
    return code


def _run_gui(database: str | None) -> int:
    from seminarkoll.app import run_gui

    return run_gui(database)


if __name__ == "__main__":
    sys.exit(main())
