"""`seminarkoll import participants|attendance FILE`: read participant lists and attendance back.

Exit codes: 0 done (or, with --dry-run, what would be done); 1 the file has rows or cells with
problems and nothing was saved (one line per problem, `FILE:RAD: kolumn: problem`); 2 the
file, the cohort or the database cannot be read at all (one clear line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.commands.common import (
    EXIT_CANNOT,
    EXIT_OK,
    EXIT_PROBLEMS,
    database_options,
    fail,
    report,
)

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `import` subcommand with `participants` and `attendance`."""
    parser = subparsers.add_parser(
        "import",
        parents=[database_options()],
        help="läs in en deltagarlista eller närvaro från en fil (Excel, LibreOffice, CSV)",
        description="Läs in en deltagarlista eller närvaro från en fil.",
    )
    kinds = parser.add_subparsers(dest="what", metavar="VAD", required=True)
    participants = kinds.add_parser(
        "participants",
        parents=[database_options()],
        help="deltagarlista (.xlsx, .xls, .ods, .csv) till en omgång",
        description=(
            "Läs in en deltagarlista till en omgång: nya personer läggs till, personer med "
            "samma e-post uppdateras, och alla antas till omgången. Allt eller inget sparas."
        ),
    )
    participants.add_argument("file", type=Path, metavar="FIL", help="filen att läsa")
    participants.add_argument(
        "--cohort",
        required=True,
        metavar="OMGÅNG",
        help="omgångens id eller namn, t.ex. 3 eller ”Omgång 3”",
    )
    participants.add_argument("--sheet", metavar="BLAD", help="bladet att läsa (standard: första)")
    participants.add_argument(
        "--dry-run", action="store_true", help="visa vad som skulle hända, men spara inget"
    )
    participants.add_argument(
        "--skip-invalid",
        action="store_true",
        help="importera de giltiga raderna och hoppa över rader med problem",
    )
    participants.set_defaults(handler=run_participants)
    attendance = kinds.add_parser(
        "attendance",
        parents=[database_options()],
        help="ifylld närvarolista eller ändrad närvaromatris (.xlsx) från Seminarkoll",
        description=(
            "Läs tillbaka en ifylld närvarolista eller ändrad närvaromatris. Markeringar som "
            "redan finns skrivs aldrig över utan --overwrite; de listas som konflikter."
        ),
    )
    attendance.add_argument("file", type=Path, metavar="FIL", help="filen att läsa")
    attendance.add_argument(
        "--dry-run", action="store_true", help="visa vad som skulle hända, men spara inget"
    )
    attendance.add_argument(
        "--overwrite",
        action="store_true",
        help="låt filens markeringar ersätta de avvikande markeringar som redan finns",
    )
    attendance.set_defaults(handler=run_attendance)


def run_participants(args: argparse.Namespace) -> int:
    """Preview the file against the cohort; import it unless --dry-run or rows have problems."""
    from seminarkoll.domain.errors import DomainError, NotFoundError
    from seminarkoll.exchange.errors import FileReadError

    path: Path = args.file.expanduser()
    services = _open(args)
    if isinstance(services, int):
        return services
    try:
        cohort = services.catalog.resolve_cohort(args.cohort)
        sheet = services.participant_import.read_file(path, args.sheet)
        preview = services.participant_import.preview(sheet, cohort.id)
    except (FileReadError, NotFoundError) as exc:
        return fail(str(exc), EXIT_CANNOT)
    except DomainError as exc:
        return report(exc)
    for warning in preview.warnings:
        print(f"seminarkoll: {warning}", file=sys.stderr)
    problems = preview.problem_lines()
    if problems and not args.skip_invalid:
        for line in problems:
            print(line, file=sys.stderr)
        rows = len(preview.skipped)
        return fail(
            f"{_rows(rows)} har problem; ingenting importerades. Rätta filen, eller kör med "
            "--skip-invalid för att importera de giltiga raderna.",
            EXIT_PROBLEMS,
        )
    from seminarkoll.services.participant_import import RowOutcome

    if args.dry_run:
        print(
            f"{preview.count(RowOutcome.NEW)} nya, {preview.count(RowOutcome.UPDATE)} "
            f"uppdaterade, {preview.count(RowOutcome.UNCHANGED)} oförändrade"
        )
        print(f"Provkörning: ingenting sparades i {preview.cohort_label}.")
        _print_details(preview.new_workplaces, problems)
        return EXIT_OK
    try:
        result = services.participant_import.run(preview, skip_invalid=args.skip_invalid)
    except DomainError as exc:
        return report(exc)
    print(result.summary)
    print(f"{result.enrolled} antagna till {preview.cohort_label}.")
    _print_details(preview.new_workplaces, problems)
    return EXIT_OK


def run_attendance(args: argparse.Namespace) -> int:
    """Preview the marks in the file; apply them unless --dry-run or cells have problems."""
    from seminarkoll.domain.errors import ConflictError, DomainError

    path: Path = args.file.expanduser()
    services = _open(args)
    if isinstance(services, int):
        return services
    try:
        plan = services.attendance_import.preview(path)
    except DomainError as exc:
        return fail(str(exc), EXIT_CANNOT)
    for warning in plan.warnings:
        print(f"seminarkoll: {warning}", file=sys.stderr)
    if plan.problems:
        for line in plan.problem_lines():
            print(line, file=sys.stderr)
        count = len(plan.problems)
        cells = "1 ruta" if count == 1 else f"{count} rutor"
        return fail(f"{cells} i filen kan inte läsas; ingen närvaro importerades.", EXIT_PROBLEMS)
    print(f"{plan.cohort_label}: {plan.summary}.")
    for mark in plan.conflicts:
        verb = "ersätts" if args.overwrite else "behålls"
        print(
            f"{plan.path}:{mark.row}: {mark.column_label}: {mark.name}: {mark.description} "
            f"(konflikt, det som finns {verb})"
        )
    for mark in plan.locked:
        print(
            f"{plan.path}:{mark.row}: {mark.column_label}: {mark.name}: seminarium "
            f"{mark.seminar_number} är signerat och ändras inte"
        )
    if args.dry_run:
        print("Provkörning: ingenting sparades.")
        return EXIT_OK
    try:
        result = services.attendance_import.apply(plan, overwrite_conflicts=args.overwrite)
    except ConflictError as exc:
        return fail(str(exc), EXIT_PROBLEMS)
    except DomainError as exc:
        return report(exc)
    print(f"{result.summary}.")
    return EXIT_OK


def _open(args: argparse.Namespace) -> Services | int:
    from seminarkoll.app import open_headless
    from seminarkoll.domain.errors import DomainError

    try:
        return open_headless(args.db)
    except DomainError as exc:
        return fail(str(exc), EXIT_CANNOT)


def _rows(count: int) -> str:
    return "1 rad" if count == 1 else f"{count} rader"


def _print_details(workplaces: tuple[str, ...], problems: tuple[str, ...]) -> None:
    if workplaces:
        print(f"Nya arbetsplatser: {', '.join(workplaces)}.")
    if problems:
        print(f"Överhoppade rader ({len(problems)} problem):")
        for line in problems:
            print(f"  {line}")
