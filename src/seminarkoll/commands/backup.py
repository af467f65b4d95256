"""`seminarkoll backup [-o FIL]`: a consistent copy of the database, made while it may be open."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.common import EXIT_CANNOT, EXIT_OK, database_options, fail, report


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `backup` subcommand."""
    parser = subparsers.add_parser(
        "backup",
        parents=[database_options()],
        help="säkerhetskopiera databasen (till mappen backups bredvid den, eller till -o FIL)",
        description=(
            "Säkerhetskopierar databasen med SQLites backup-funktion, så kopian blir hel även "
            "om programmet är öppet. Utan -o hamnar kopian i mappen backups bredvid databasen "
            "och gamla kopior gallras enligt inställningarna."
        ),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FIL", help="skriv kopian till den här filen"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Take the backup and say where it is."""
    from seminarkoll.app import open_headless
    from seminarkoll.domain.errors import DomainError

    target: Path | None = None if args.output is None else args.output.expanduser().absolute()
    if target is not None:
        if not target.parent.is_dir():
            return fail(f"Mappen {target.parent} finns inte.", EXIT_CANNOT)
        if target.exists():
            return fail(f"{target} finns redan; välj ett nytt filnamn.", EXIT_CANNOT)
    try:
        services = open_headless(args.db)
        path = services.backups.take(target)
    except DomainError as exc:
        return report(exc)
    print(f"Säkerhetskopian är sparad: {path} ({path.stat().st_size} byte).")
    return EXIT_OK
