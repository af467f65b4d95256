"""`seminarkoll backup [-o FIL]`: a consistent copy of the database, made while it may be open."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_OK,
    CannotRun,
    add_output_argument,
    headless,
    output_file,
)
from seminarkoll.domain.translation import translate


def run(args: argparse.Namespace) -> int:
    """Take the backup and say where it is."""
    target: Path | None = None
    if args.output is not None:
        target = output_file(args.output.expanduser().absolute())
        if target.exists():
            raise CannotRun(
                translate("Cli", "%1 finns redan; välj ett nytt filnamn.").replace(
                    "%1", str(target)
                )
            )
    path = headless(args).backups.take(target)
    print(
        translate("Cli", "Säkerhetskopian är sparad: %1 (%2 byte).")
        .replace("%2", str(path.stat().st_size))
        .replace("%1", str(path))
    )
    return EXIT_OK


COMMAND = Command(
    "backup",
    help=lambda: translate(
        "Cli",
        "säkerhetskopiera databasen (till mappen backups bredvid den, eller till -o FIL)",
    ),
    description=lambda: translate(
        "Cli",
        "Säkerhetskopierar databasen med SQLites backup-funktion, så kopian blir hel även "
        "om programmet är öppet. Utan -o hamnar kopian i mappen backups bredvid databasen "
        "och gamla kopior gallras enligt inställningarna.",
    ),
    arguments=lambda parser: add_output_argument(
        parser, translate("Cli", "skriv kopian till den här filen"), required=False
    ),
    handler=run,
)
