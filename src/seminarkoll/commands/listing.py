"""`seminarkoll list`: the programmes and their cohorts, with the ids other commands take."""

from __future__ import annotations

import argparse

from seminarkoll.commands.common import EXIT_OK, database_options, report
from seminarkoll.domain.enums import CohortStatus
from seminarkoll.domain.errors import DomainError

COHORT_STATUS_WORDS = {
    CohortStatus.PLANNING: "planeras",
    CohortStatus.RUNNING: "pågår",
    CohortStatus.COMPLETED: "avslutad",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `list` subcommand."""
    parser = subparsers.add_parser(
        "list",
        parents=[database_options()],
        help="lista program och omgångar med deras id",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print every programme with its cohorts."""
    from seminarkoll.app import open_headless

    try:
        services = open_headless(args.db)
        programmes = services.catalog.programmes()
    except DomainError as exc:
        return report(exc)
    if not programmes:
        print("Databasen har inga program ännu. Läs in exemplet med `seminarkoll demo`.")
        return EXIT_OK
    for programme in programmes:
        archived = " (arkiverat)" if programme.archived else ""
        print(f"Program {programme.id}: {programme.name}{archived}")
        if not programme.cohorts:
            print("  (inga omgångar)")
        for cohort in programme.cohorts:
            count = cohort.enrolled_count
            people = "1 deltagare" if count == 1 else f"{count} deltagare"
            print(
                f"  Omgång-id {cohort.id}: {cohort.name} ({cohort.school_year}), "
                f"{COHORT_STATUS_WORDS[cohort.status]}, {people}"
            )
    return EXIT_OK
