"""`seminarkoll restore FIL --yes`: replace the database with a backup (the current one is kept)."""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.common import EXIT_CANNOT, EXIT_OK, database_options, fail, report


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `restore` subcommand."""
    parser = subparsers.add_parser(
        "restore",
        parents=[database_options()],
        help="ersätt databasen med en säkerhetskopia (den nuvarande sparas först)",
        description=(
            "Kontrollerar att filen är en Seminarkoll-databas som inte är nyare än programmet, "
            "säkerhetskopierar den nuvarande databasen och ersätter den sedan med filen. "
            "Personer som har anonymiserats och omgångar som har gallrats efter att kopian "
            "togs anonymiseras och gallras igen. Går inte medan databasen är öppen i ett fönster."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FIL", help="säkerhetskopian att återställa")
    parser.add_argument(
        "--yes", action="store_true", help="bekräfta att databasen ska ersättas (krävs)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Lock the database, restore the backup and report what the database now holds."""
    from seminarkoll.app import lock_database, resolve
    from seminarkoll.domain.errors import DomainError
    from seminarkoll.services.backups import restore_backup

    if not args.yes:
        return fail(
            "Återställning ersätter hela databasen. Kör igen med --yes för att bekräfta.",
            EXIT_CANNOT,
        )
    try:
        location = resolve(args.db)
        lock = lock_database(location)
        try:
            result = restore_backup(location, args.file)
        finally:
            if lock is not None:
                lock.unlock()
    except DomainError as exc:
        return report(exc)
    counts = result.counts
    print(f"Databasen {location.display} är återställd från {result.source}.")
    print(
        f"Den innehåller {counts.programmes} program, {counts.cohorts} omgångar och "
        f"{counts.persons} personer."
    )
    if result.safety_backup is not None:
        print(f"Databasen som ersattes är sparad som {result.safety_backup}.")
    if result.erasures_reapplied:
        print(f"{result.erasures_reapplied} tidigare raderingar har tillämpats igen.")
    return EXIT_OK
