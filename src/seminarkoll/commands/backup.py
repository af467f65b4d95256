"""`seminarkoll backup [-o FIL]`: a consistent copy of the database, made while it may be open."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.common import (
    EXIT_CANNOT,
    EXIT_OK,
    Subcommands,
    add_command,
    add_output_argument,
    fail,
    headless,
    no_folder,
)
from seminarkoll.domain.translation import translate


def register(subparsers: Subcommands) -> None:
    """Add the `backup` subcommand."""
    parser = add_command(
        subparsers,
        "backup",
        help=translate(
            "Cli",
            "säkerhetskopiera databasen (till mappen backups bredvid den, eller till -o FIL)",
        ),
        description=translate(
            "Cli",
            "Säkerhetskopierar databasen med SQLites backup-funktion, så kopian blir hel även "
            "om programmet är öppet. Utan -o hamnar kopian i mappen backups bredvid databasen "
            "och gamla kopior gallras enligt inställningarna.",
        ),
    )
    add_output_argument(parser, translate("Cli", "skriv kopian till den här filen"), required=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Take the backup and say where it is."""
    target: Path | None = None if args.output is None else args.output.expanduser().absolute()
    if target is not None:
        if not target.parent.is_dir():
            return no_folder(target.parent)
        if target.exists():
            return fail(
                translate("Cli", "%1 finns redan; välj ett nytt filnamn.").replace(
                    "%1", str(target)
                ),
                EXIT_CANNOT,
            )
    path = headless(args).backups.take(target)
    print(
        translate("Cli", "Säkerhetskopian är sparad: %1 (%2 byte).")
        .replace("%2", str(path.stat().st_size))
        .replace("%1", str(path))
    )
    return EXIT_OK
