"""`seminarkoll list`: the programmes and their cohorts, with the ids other commands take."""

from __future__ import annotations

import argparse

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_OK
from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.catalog import cohort_status_word
from seminarkoll.domain.translation import translate


def run(args: argparse.Namespace) -> int:
    """Print every programme with its cohorts."""
    from seminarkoll.app import programmes_headless

    programmes = programmes_headless(args.db)
    if not programmes:
        print(
            translate(
                "Cli", "Databasen har inga program ännu. Läs in exemplet med `seminarkoll demo`."
            )
        )
        return EXIT_OK
    for programme in programmes:
        line = (
            translate("Cli", "Program %1: %2 (arkiverat)")
            if programme.archived
            else translate("Cli", "Program %1: %2")
        )
        print(line.replace("%2", programme.name).replace("%1", str(programme.id)))
        if not programme.cohorts:
            print("  " + translate("Cli", "(inga omgångar)"))
        for cohort in programme.cohorts:
            count = cohort.enrolled_count
            people = (
                translate("Cli", "1 deltagare")
                if count == 1
                else translate("Cli", "%1 deltagare").replace("%1", str(count))
            )
            line = (
                translate("Cli", "Omgång-id %1: %2 (%3), %4, %5")
                .replace("%5", people)
                .replace("%4", cohort_status_word(cohort.status).lower())
                .replace("%3", school_years_label(cohort.start_date, cohort.end_date))
                .replace("%2", cohort.name)
                .replace("%1", str(cohort.id))
            )
            print("  " + line)
    return EXIT_OK


COMMAND = Command(
    "list", help=lambda: translate("Cli", "lista program och omgångar med deras id"), handler=run
)
