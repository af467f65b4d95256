"""`seminarkoll thin --before DATUM [--dry-run] --yes`: retention (gallring) of ended cohorts."""

from __future__ import annotations

import argparse
from datetime import date

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_OK, add_flag, confirm, headless
from seminarkoll.domain.translation import translate


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "”{text}” är inget datum (ÅÅÅÅ-MM-DD)").format(text=text)
        ) from exc


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--before",
        required=True,
        type=_date,
        metavar=translate("Cli", "DATUM"),
        help=translate("Cli", "t.ex. 2020-07-01"),
    )
    add_flag(parser, "--dry-run", translate("Cli", "visa vad som skulle gallras, men ändra inget"))
    add_flag(parser, "--yes", translate("Cli", "bekräfta gallringen (krävs)"))


def run(args: argparse.Namespace) -> int:
    """Preview or carry out the thinning and print one line per cohort."""
    confirm(
        args.dry_run or args.yes,
        translate("Cli", "Gallring kan inte ångras. Kör igen med --yes för att bekräfta."),
    )
    thinning = headless(args).thinning
    plan = thinning.plan(args.before) if args.dry_run else thinning.thin(args.before)
    if plan.empty:
        print(
            translate("Cli", "Det finns inget att gallra före {date}.").format(
                date=args.before.isoformat()
            )
        )
        return EXIT_OK
    for cohort in plan.cohorts:
        print(
            translate(
                "Cli",
                "{cohort} ({school_year}, slut {end}): {marks} närvaromarkeringar, {notes} "
                "anteckningar, {makeups} kompletteringar, {log_rows} loggrader; resultatet för "
                "{participants} deltagare sparas.",
            ).format(
                cohort=cohort.name,
                school_year=cohort.school_year,
                end=cohort.end_date.isoformat(),
                marks=cohort.marks,
                notes=cohort.notes,
                makeups=cohort.makeups,
                log_rows=cohort.log_rows,
                participants=cohort.participants,
            )
        )
    print(
        translate(
            "Cli", "E-post och telefon tas bort för {persons} personer utan senare aktivitet."
        ).format(persons=plan.persons)
    )
    if args.dry_run:
        print(translate("Cli", "Provkörning: ingenting ändrades."))
    else:
        print(
            translate(
                "Cli", "Gallringen är klar. Äldre säkerhetskopior gallras igen om de återställs."
            )
        )
    return EXIT_OK


COMMAND = Command(
    "thin",
    help=lambda: translate(
        "Cli",
        "gallra omgångar som slutade före ett datum (närvaro per seminarium, anteckningar)",
    ),
    description=lambda: translate(
        "Cli",
        "För omgångar som slutade före DATUM tas närvaro per seminarium, anteckningar, "
        "kompletteringsuppgifternas detaljer och ändringsloggen bort, liksom e-post och "
        "telefon för personer som inte har något senare på gång. Planeringen och varje "
        "deltagares resultat (godkänd eller inte, antal seminarier, intyg) finns kvar.",
    ),
    arguments=_arguments,
    handler=run,
)
