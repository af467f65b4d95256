"""`seminarkoll export KIND --cohort COHORT -o FILE`: write a cohort's data to a file.

Each kind is one entry in `EXPORT_KINDS` (name -> `ExportKind`): its help text, the file
suffixes it writes and a handler. To add a kind (roster, attendance ...), write a handler and
add an entry; `--cohort`, `-o`, suffix checks and error reporting are shared.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_OK,
    add_cohort_argument,
    add_output_argument,
    cannot,
    headless,
    output_file,
)
from seminarkoll.commands.exchange_exports import (
    add_signin_arguments,
    export_cohort_file,
    export_signin,
)
from seminarkoll.commands.followup_exports import KINDS as FOLLOWUP_KINDS
from seminarkoll.commands.offline import add_seminar_number, export_offline
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortSummary, ProgrammeSummary
    from seminarkoll.services.container import Services

Handler = Callable[["Services", "CohortSummary", Path, argparse.Namespace], str]
"""Writes a cohort's file and returns the line to print on success."""

ProgrammeHandler = Callable[["Services", "ProgrammeSummary", Path, argparse.Namespace], str]
"""Writes a programme's file (across its cohorts) and returns the line to print on success."""


@dataclass(frozen=True)
class ExportKind:
    """One kind of export: what it is, which suffixes it writes and who writes them: `handler`
    for one cohort (`--cohort`), `programme_handler` for a programme (`--programme`)."""

    help: Callable[[], str]
    suffixes: tuple[str, ...]
    handler: Handler | None = None
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = field(default=None)
    programme_handler: ProgrammeHandler | None = None


def export_schedule(
    services: Services, cohort: CohortSummary, path: Path, _args: argparse.Namespace
) -> str:
    """The schedule as .ics (calendar), .pdf (one printable page) or .xlsx (a workbook)."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        count = services.exports.export_schedule(cohort.id, path).rows
        what = translate("Cli", "Excel-arbetsbok")
    elif suffix == ".ics":
        count = services.schedule_export.export_calendar(cohort.id, path).seminar_count
        what = translate("Cli", "kalenderfil")
    else:
        count = services.schedule_export.export_pdf(cohort.id, path).seminar_count
        what = translate("Cli", "PDF")
    return (
        translate("Cli", "Schemat för %1 (%2) är sparat som %3: %4 (%5 seminarier).")
        .replace("%1", cohort.name)
        .replace("%2", cohort.school_year)
        .replace("%3", what)
        .replace("%4", str(path))
        .replace("%5", str(count))
    )


def export_pipeline(
    services: Services, programme: ProgrammeSummary, path: Path, _args: argparse.Namespace
) -> str:
    """The programme's alumni pipeline as an Excel workbook."""
    result = services.alumni.export_pipeline(programme.id, path)
    return (
        translate("Cli", "Rekryteringsutfallet för %1 är sparat: %2 (%3 omgångar, %4 alumner).")
        .replace("%2", str(result.path))
        .replace("%3", str(result.cohorts))
        .replace("%4", str(result.alumni))
        .replace("%1", programme.name)
    )


EXPORT_KINDS: dict[str, ExportKind] = {
    "schedule": ExportKind(
        help=lambda: translate(
            "Cli",
            "omgångens seminarieschema som kalenderfil (.ics), utskrivbar PDF (.pdf) "
            "eller Excel-arbetsbok (.xlsx)",
        ),
        suffixes=(".ics", ".pdf", ".xlsx"),
        handler=export_schedule,
    ),
    "roster": ExportKind(
        help=lambda: translate(
            "Cli", "deltagarlista som Excel-arbetsbok (.xlsx) eller CSV för andra system (.csv)"
        ),
        suffixes=(".xlsx", ".csv"),
        handler=export_cohort_file,
    ),
    "attendance": ExportKind(
        help=lambda: translate(
            "Cli",
            "närvaromatris som Excel-arbetsbok (.xlsx) som kan ändras och importeras tillbaka, "
            "eller CSV för andra system (.csv)",
        ),
        suffixes=(".xlsx", ".csv"),
        handler=export_cohort_file,
    ),
    "cohort": ExportKind(
        help=lambda: translate(
            "Cli", "hela omgången: deltagare, närvaro och schema som blad i en arbetsbok (.xlsx)"
        ),
        suffixes=(".xlsx",),
        handler=export_cohort_file,
    ),
    "signin": ExportKind(
        help=lambda: translate(
            "Cli",
            "närvarolista för ett seminarium att fylla i (.xlsx) eller skriva ut (.pdf), "
            "eller för en grupps träff (.pdf)",
        ),
        suffixes=(".xlsx", ".pdf"),
        handler=export_signin,
        add_arguments=add_signin_arguments,
    ),
    "offline": ExportKind(
        help=lambda: translate(
            "Cli",
            "ett seminariums deltagare och markeringar i en egen fil (.sqlite3) för signering "
            "utan nätverk (seminarkoll signoff-offline FIL)",
        ),
        suffixes=(".sqlite3",),
        handler=export_offline,
        add_arguments=add_seminar_number,
    ),
    "pipeline": ExportKind(
        help=lambda: translate(
            "Cli", "rekryteringsutfall: alumner i programmets omgångar som fått ledarroller (.xlsx)"
        ),
        suffixes=(".xlsx",),
        programme_handler=export_pipeline,
    ),
}


def _kind_arguments(name: str, kind: ExportKind, sub: argparse.ArgumentParser) -> None:
    scope = sub.add_mutually_exclusive_group(required=True)
    if kind.handler is not None:
        add_cohort_argument(scope, required=False)
    if kind.programme_handler is not None:
        scope.add_argument(
            "--programme",
            metavar=translate("Cli", "PROGRAM"),
            help=translate("Cli", "programmets id eller namn, t.ex. ”Ledare på lut”"),
        )
    add_output_argument(
        sub, translate("Cli", "filen att skriva (%1)").replace("%1", ", ".join(kind.suffixes))
    )
    if kind.add_arguments is not None:
        kind.add_arguments(sub)
    sub.set_defaults(export_kind=name)


def run(args: argparse.Namespace) -> int:
    """Resolve the cohort or programme, check the file name and run the kind's handler."""
    kind = EXPORT_KINDS[args.export_kind]
    target = output_file(args.output.expanduser(), kind.suffixes)
    from seminarkoll.domain.catalog import ProgrammeSummary

    services = headless(args)
    subject: CohortSummary | ProgrammeSummary = (
        services.catalog.resolve_programme(args.programme)
        if getattr(args, "programme", None) is not None
        else services.catalog.resolve_cohort(args.cohort)
    )
    with cannot(DomainError):
        if isinstance(subject, ProgrammeSummary):
            assert kind.programme_handler is not None
            message = kind.programme_handler(services, subject, target, args)
        else:
            assert kind.handler is not None
            message = kind.handler(services, subject, target, args)
    print(message)
    return EXIT_OK


def _kind_command(name: str, kind: ExportKind) -> Command:
    return Command(
        name,
        help=kind.help,
        description=lambda: translate("Cli", "Spara %1.").replace("%1", kind.help()),
        arguments=partial(_kind_arguments, name, kind),
        handler=run,
    )


COMMAND = Command(
    "export",
    help=lambda: translate(
        "Cli", "spara i en fil: schema, deltagare, närvaro, närvarolista, intyg, uppföljning …"
    ),
    description=lambda: translate("Cli", "Spara en omgångs uppgifter i en fil."),
    kinds=(*(_kind_command(name, kind) for name, kind in EXPORT_KINDS.items()), *FOLLOWUP_KINDS),
)
