"""`seminarkoll signoff-offline FILE` (the sign-off view on an offline signing file) and the
handler of `seminarkoll export offline --cohort C --seminar N -o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import add_file_argument, add_seminar_argument
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortSummary
    from seminarkoll.services.container import Services


def run(args: argparse.Namespace) -> int:
    """Show the sign-off view on the file until it is closed."""
    from seminarkoll.app import run_offline_signoff

    return run_offline_signoff(args.file.expanduser())


def export_offline(
    services: Services, cohort: CohortSummary, path: Path, args: argparse.Namespace
) -> str:
    """Copy seminar `--seminar` of the cohort to an offline signing file."""
    seminar_id = services.exports.seminar_id(cohort.id, args.seminar)
    return services.offline_signoff.export(seminar_id, path).summary + "."


def add_seminar_number(parser: argparse.ArgumentParser) -> None:
    """`--seminar N`: which seminar of the cohort to copy."""
    add_seminar_argument(
        parser, translate("Cli", "seminariets nummer i omgången, t.ex. 3"), required=True
    )


COMMAND = Command(
    "signoff-offline",
    help=lambda: translate("Cli", "öppna signeringsvyn för en offline-signering (utan nätverk)"),
    description=lambda: translate(
        "Cli",
        "Öppna signeringsvyn för seminariet i en fil som Signera offline sparade. "
        "Markeringarna sparas i filen; läs in den i den gemensamma databasen senare.",
    ),
    arguments=lambda parser: add_file_argument(
        parser, translate("Cli", "offline-signeringen (.sqlite3)")
    ),
    handler=run,
)
