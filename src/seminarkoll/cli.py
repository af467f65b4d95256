"""Command line: the GUI by default; headless subcommands (demo, list, status, import, export)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from seminarkoll import __version__
from seminarkoll.commands.common import DB_HELP

COMMAND_MODULES = ("demo", "listing", "status", "export", "importing")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="seminarkoll",
        description="Seminarkoll: planering, deltagare och närvaro för seminarieserier.",
    )
    parser.add_argument("--version", action="version", version=f"Seminarkoll {__version__}")
    parser.add_argument("--db", metavar="SÖKVÄG_ELLER_URL", help=DB_HELP)
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"seminarkoll.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse `argv` and run the GUI or a subcommand; returns the exit code."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from seminarkoll.app import run_gui

        return run_gui(args.db)
    code: int = args.handler(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
