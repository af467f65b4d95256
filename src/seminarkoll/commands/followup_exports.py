"""`seminarkoll export certificates|report`: certificates (intyg) and follow-up reports.

Kinds of `export` (commands/export.py) that take their own arguments (`--separate DIR`,
`--person P`, `--programme P`) instead of the shared `--cohort -o`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_OK,
    add_cohort_argument,
    add_output_argument,
    existing_folder,
    headless,
    output_file,
)
from seminarkoll.domain.translation import translate


def _certificate_arguments(certificates: argparse.ArgumentParser) -> None:
    add_cohort_argument(certificates)
    target = certificates.add_mutually_exclusive_group(required=True)
    add_output_argument(target, translate("Cli", "PDF-filen att skriva"), required=False)
    target.add_argument(
        "--separate",
        type=Path,
        metavar=translate("Cli", "MAPP"),
        help=translate("Cli", "skriv en PDF per person i mappen"),
    )
    certificates.add_argument(
        "--person",
        metavar=translate("Cli", "PERSON"),
        help=translate("Cli", "bara den här deltagaren (namn, e-post eller id)"),
    )


def _report_arguments(reports: argparse.ArgumentParser) -> None:
    which = reports.add_mutually_exclusive_group(required=True)
    add_cohort_argument(which, required=False, help=translate("Cli", "omgångens id eller namn"))
    which.add_argument(
        "--programme",
        metavar=translate("Cli", "PROGRAM"),
        help=translate("Cli", "programmets id eller namn"),
    )
    add_output_argument(reports, translate("Cli", "filen (.xlsx, .pdf)"))


def run_report(args: argparse.Namespace) -> int:
    """Write the cohort report or the programme comparison."""
    path = output_file(args.output.expanduser().absolute())
    services = headless(args)
    if args.programme is not None:
        programme_id = services.catalog.resolve_programme(args.programme).id
        result = services.reports.export_programme(programme_id, path)
    else:
        cohort = services.catalog.resolve_cohort(args.cohort)
        result = services.reports.export_cohort(cohort.id, path)
    print(
        translate("Cli", "%1 är sparad som %2.")
        .replace("%2", str(result.path))
        .replace("%1", result.description)
    )
    return EXIT_OK


def run_certificates(args: argparse.Namespace) -> int:
    """Write the certificates as one PDF or one per person, and record them as issued."""
    if args.output is not None:
        target = output_file(args.output.expanduser().absolute())
    else:
        target = existing_folder(args.separate.expanduser().absolute())
    services = headless(args)
    cohort = services.catalog.resolve_cohort(args.cohort)
    people = None
    if args.person is not None:
        people = (services.certificates.resolve_participant(cohort.id, args.person),)
    if args.output is not None:
        result = services.certificates.export_pdf(cohort.id, target, people)
    else:
        result = services.certificates.export_separate(cohort.id, target, people)
    for path in result.paths:
        print(path)
    print(result.summary)
    return EXIT_OK


KINDS = (
    Command(
        "certificates",
        help=lambda: translate(
            "Cli", "intyg (PDF) för dem som blivit godkända, eller deltagarintyg för en person"
        ),
        description=lambda: translate(
            "Cli",
            "Skriv intyg som PDF: en sida per godkänd deltagare i en fil (-o), en fil per "
            "person i en mapp (--separate), eller för en person (--person). Den som inte är "
            "godkänd får ett deltagarintyg över de seminarier hen deltagit i.",
        ),
        arguments=_certificate_arguments,
        handler=run_certificates,
    ),
    Command(
        "report",
        help=lambda: translate("Cli", "uppföljning med tabeller och diagram (.xlsx eller .pdf)"),
        description=lambda: translate(
            "Cli",
            "Spara uppföljningen av en omgång (--cohort) eller jämförelsen mellan ett programs "
            "omgångar (--programme) som Excel-arbetsbok med diagram eller som PDF.",
        ),
        arguments=_report_arguments,
        handler=run_report,
    ),
)
"""The follow-up kinds of `export`."""
