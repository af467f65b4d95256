"""`seminarkoll backup [-o FIL]`: a consistent copy of the database, made while it may be open."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.common import EXIT_CANNOT, EXIT_OK, database_options, fail, report
from seminarkoll.domain.translation import translate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `backup` subcommand."""
    parser = subparsers.add_parser(
        "backup",
        parents=[database_options()],
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
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=translate("Cli", "FIL"),
        help=translate("Cli", "skriv kopian till den här filen"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Take the backup and say where it is."""
    from seminarkoll.app import open_headless
    from seminarkoll.domain.errors import DomainError

    target: Path | None = None if args.output is None else args.output.expanduser().absolute()
    if target is not None:
        if not target.parent.is_dir():
            return fail(
                translate("Cli", "Mappen %1 finns inte.").replace("%1", str(target.parent)),
                EXIT_CANNOT,
            )
        if target.exists():
            return fail(
                translate("Cli", "%1 finns redan; välj ett nytt filnamn.").replace(
                    "%1", str(target)
                ),
                EXIT_CANNOT,
            )
    try:
        services = open_headless(args.db)
        path = services.backups.take(target)
    except DomainError as exc:
        return report(exc)
    print(
        translate("Cli", "Säkerhetskopian är sparad: %1 (%2 byte).")
        .replace("%2", str(path.stat().st_size))
        .replace("%1", str(path))
    )
    return EXIT_OK
