"""`seminarkoll restore FIL --yes`: replace the database with a backup (the current one is kept)."""

from __future__ import annotations

import argparse

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_OK, add_file_argument, add_flag, confirm
from seminarkoll.domain.translation import translate


def _arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser, translate("Cli", "säkerhetskopian att återställa"))
    add_flag(parser, "--yes", translate("Cli", "bekräfta att databasen ska ersättas (krävs)"))


def run(args: argparse.Namespace) -> int:
    """Lock the database, restore the backup and report what the database now holds."""
    from seminarkoll.app import lock_database, resolve
    from seminarkoll.services.backups import restore_backup

    confirm(
        args.yes,
        translate(
            "Cli", "Återställning ersätter hela databasen. Kör igen med --yes för att bekräfta."
        ),
    )
    location = resolve(args.db)
    lock = lock_database(location)
    try:
        result = restore_backup(location, args.file)
    finally:
        if lock is not None:
            lock.unlock()
    counts = result.counts
    print(
        translate("Cli", "Databasen %1 är återställd från %2.")
        .replace("%2", str(result.source))
        .replace("%1", location.display)
    )
    print(
        translate("Cli", "Den innehåller %1 program, %2 omgångar och %3 personer.")
        .replace("%1", str(counts.programmes))
        .replace("%2", str(counts.cohorts))
        .replace("%3", str(counts.persons))
    )
    if result.safety_backup is not None:
        print(
            translate("Cli", "Databasen som ersattes är sparad som %1.").replace(
                "%1", str(result.safety_backup)
            )
        )
    if result.erasures_reapplied:
        print(
            translate("Cli", "%1 tidigare raderingar har tillämpats igen.").replace(
                "%1", str(result.erasures_reapplied)
            )
        )
    return EXIT_OK


COMMAND = Command(
    "restore",
    help=lambda: translate(
        "Cli", "ersätt databasen med en säkerhetskopia (den nuvarande sparas först)"
    ),
    description=lambda: translate(
        "Cli",
        "Kontrollerar att filen är en Seminarkoll-databas som inte är nyare än programmet, "
        "säkerhetskopierar den nuvarande databasen och ersätter den sedan med filen. "
        "Personer som har anonymiserats och omgångar som har gallrats efter att kopian "
        "togs anonymiseras och gallras igen. Går inte medan databasen är öppen i ett fönster.",
    ),
    arguments=_arguments,
    handler=run,
)
