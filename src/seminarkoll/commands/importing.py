"""`seminarkoll import participants|attendance|offline|roles FILE`: read participant lists,
attendance (also from an offline signing) and HR lists of later roles.

Exit codes: 0 done (or, with --dry-run, what would be done); 1 the file has rows or cells with
problems and nothing was saved (one line per problem, `FILE:RAD: kolumn: problem`); 2 the
file, the cohort or the database cannot be read at all (one clear line).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    add_cohort_argument,
    add_file_argument,
    add_flag,
    cannot,
    fail,
    headless,
)
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.services.attendance_import import AttendancePlan
    from seminarkoll.services.container import Services


def _participants_arguments(participants: argparse.ArgumentParser) -> None:
    _file_argument(participants)
    add_cohort_argument(participants)
    _sheet_argument(participants)
    add_flag(participants, "--dry-run", _dry_run_help())
    participants.add_argument(
        "--joined",
        type=_date,
        metavar=translate("Cli", "DATUM"),
        help=translate(
            "Cli",
            "datumet de antagna börjar, ÅÅÅÅ-MM-DD (standard: i dag, eller omgångens start om "
            "inget seminarium har hållits än); de förväntas bara på seminarier från det datumet",
        ),
    )
    add_flag(
        participants,
        "--skip-invalid",
        translate("Cli", "importera de giltiga raderna och hoppa över rader med problem"),
    )


def _marks_arguments(marks: argparse.ArgumentParser) -> None:
    _file_argument(marks)
    add_flag(marks, "--dry-run", _dry_run_help())
    add_flag(
        marks,
        "--overwrite",
        translate("Cli", "låt filens markeringar ersätta de avvikande markeringar som redan finns"),
    )


def _roles_arguments(roles: argparse.ArgumentParser) -> None:
    _file_argument(roles)
    _sheet_argument(roles)
    add_flag(roles, "--dry-run", _dry_run_help())


def _file_argument(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser, translate("Cli", "filen att läsa"))


def _sheet_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sheet",
        metavar=translate("Cli", "BLAD"),
        help=translate("Cli", "bladet att läsa (standard: första)"),
    )


def run_participants(args: argparse.Namespace) -> int:
    """Preview the file against the cohort; import it unless --dry-run or rows have problems."""
    from seminarkoll.exchange.errors import FileReadError

    services = headless(args)
    with cannot(FileReadError):
        cohort = services.catalog.resolve_cohort(args.cohort)
        sheet = services.participant_import.read_file(args.file.expanduser(), args.sheet)
        preview = services.participant_import.preview(sheet, cohort.id)
    _warn(preview.warnings)
    problems = preview.problem_lines()
    if problems and not args.skip_invalid:
        return _refuse(
            problems,
            translate(
                "Cli",
                "%1 har problem; ingenting importerades. Rätta filen, eller kör med "
                "--skip-invalid för att importera de giltiga raderna.",
            ).replace("%1", _rows(len(preview.skipped))),
        )
    from seminarkoll.services.participant_import import RowOutcome

    if args.dry_run:
        print(
            translate("Cli", "%1 nya, %2 uppdaterade, %3 oförändrade")
            .replace("%1", str(preview.count(RowOutcome.NEW)))
            .replace("%2", str(preview.count(RowOutcome.UPDATE)))
            .replace("%3", str(preview.count(RowOutcome.UNCHANGED)))
        )
        print(
            translate("Cli", "Provkörning: ingenting sparades i %1.").replace(
                "%1", preview.cohort_label
            )
        )
        print(
            translate("Cli", "Startdatum för de antagna: %1.").replace(
                "%1", (args.joined or preview.joined_on).isoformat()
            )
        )
    else:
        result = services.participant_import.run(
            preview, skip_invalid=args.skip_invalid, joined_on=args.joined
        )
        print(result.summary)
        print(
            translate("Cli", "%1 antagna till %2 från %3.")
            .replace("%2", preview.cohort_label)
            .replace("%1", str(result.enrolled))
            .replace("%3", result.joined_on.isoformat())
        )
    _print_details(preview.new_workplaces, problems)
    return EXIT_OK


def run_attendance(args: argparse.Namespace) -> int:
    """Preview the marks in the file; apply them unless --dry-run or cells have problems."""
    path: Path = args.file.expanduser()
    return run_marks(args, lambda services: services.attendance_import.preview(path))


def run_offline(args: argparse.Namespace) -> int:
    """Preview the marks of an offline signing; apply them as `run_attendance` does."""
    path: Path = args.file.expanduser()
    return run_marks(args, lambda services: services.offline_signoff.preview(path))


def run_marks(args: argparse.Namespace, preview: Callable[[Services], AttendancePlan]) -> int:
    """Print what `preview` plans (problems, conflicts, locked cells); apply it through the
    attendance import unless --dry-run or cells have problems."""
    from seminarkoll.domain.errors import ConflictError, DomainError

    services = headless(args)
    with cannot(DomainError):
        plan = preview(services)
    _warn(plan.warnings)
    if plan.problems:
        count = len(plan.problems)
        cells = (
            translate("Cli", "1 ruta")
            if count == 1
            else translate("Cli", "%1 rutor").replace("%1", str(count))
        )
        return _refuse(
            plan.problem_lines(),
            translate("Cli", "%1 i filen kan inte läsas; ingen närvaro importerades.").replace(
                "%1", cells
            ),
        )
    print(f"{plan.cohort_label}: {plan.summary}.")
    for mark in plan.conflicts:
        outcome = (
            translate("Cli", "konflikt, det som finns ersätts")
            if args.overwrite
            else translate("Cli", "konflikt, det som finns behålls")
        )
        print(
            f"{plan.path}:{mark.row}: {mark.column_label}: {mark.name}: {mark.description} "
            f"({outcome})"
        )
    for mark in plan.locked:
        locked = translate("Cli", "seminarium %1 är signerat och ändras inte").replace(
            "%1", str(mark.seminar_number)
        )
        print(f"{plan.path}:{mark.row}: {mark.column_label}: {mark.name}: {locked}")
    if args.dry_run:
        print(translate("Cli", "Provkörning: ingenting sparades."))
        return EXIT_OK
    try:
        result = services.attendance_import.apply(plan, overwrite_conflicts=args.overwrite)
    except ConflictError as exc:
        return fail(str(exc), EXIT_PROBLEMS)
    print(f"{result.summary}.")
    return EXIT_OK


def run_roles(args: argparse.Namespace) -> int:
    """Preview the HR list; add its new roles unless --dry-run or rows have problems."""
    from seminarkoll.exchange.errors import FileReadError
    from seminarkoll.services.role_import import RoleOutcome

    services = headless(args)
    with cannot(FileReadError):
        sheet = services.role_import.read_file(args.file.expanduser(), args.sheet)
        preview = services.role_import.preview(sheet)
    _warn(preview.warnings)
    problems = preview.problem_lines()
    if problems:
        return _refuse(
            problems,
            translate("Cli", "%1 har problem; ingenting importerades. Rätta filen.").replace(
                "%1", _rows(len({problem.row for problem in preview.problems}))
            ),
        )
    if args.dry_run:
        print(
            translate("Cli", "%1 nya roller, %2 fanns redan")
            .replace("%1", str(preview.count(RoleOutcome.NEW)))
            .replace("%2", str(preview.count(RoleOutcome.REPEAT)))
        )
        print(translate("Cli", "Provkörning: ingenting sparades."))
    else:
        print(f"{services.role_import.run(preview).summary}.")
    _print_details(preview.new_workplaces, ())
    return EXIT_OK


def _warn(warnings: Iterable[str]) -> None:
    for warning in warnings:
        print(f"seminarkoll: {warning}", file=sys.stderr)


def _refuse(problems: Iterable[str], message: str) -> int:
    """Print each problem on stderr, then `message` (nothing was imported); exit code 1."""
    for line in problems:
        print(line, file=sys.stderr)
    return fail(message, EXIT_PROBLEMS)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "”{text}” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2016-11-01"
            ).format(text=text)
        ) from None


def _dry_run_help() -> str:
    return translate("Cli", "visa vad som skulle hända, men spara inget")


def _rows(count: int) -> str:
    if count == 1:
        return translate("Cli", "1 rad")
    return translate("Cli", "%1 rader").replace("%1", str(count))


def _print_details(workplaces: tuple[str, ...], problems: tuple[str, ...]) -> None:
    if workplaces:
        print(translate("Cli", "Nya arbetsplatser: %1.").replace("%1", ", ".join(workplaces)))
    if problems:
        print(translate("Cli", "Överhoppade rader (%1 problem):").replace("%1", str(len(problems))))
        for line in problems:
            print(f"  {line}")


PARTICIPANTS = Command(
    "participants",
    help=lambda: translate("Cli", "deltagarlista (.xlsx, .xls, .ods, .csv) till en omgång"),
    description=lambda: translate(
        "Cli",
        "Läs in en deltagarlista till en omgång: nya personer läggs till, personer med "
        "samma e-post uppdateras, och alla antas till omgången. Allt eller inget sparas.",
    ),
    arguments=_participants_arguments,
    handler=run_participants,
)

ATTENDANCE = Command(
    "attendance",
    help=lambda: translate(
        "Cli", "ifylld närvarolista eller ändrad närvaromatris (.xlsx) från Seminarkoll"
    ),
    description=lambda: translate(
        "Cli",
        "Läs tillbaka en ifylld närvarolista eller ändrad närvaromatris. Markeringar som "
        "redan finns skrivs aldrig över utan --overwrite; de listas som konflikter.",
    ),
    arguments=_marks_arguments,
    handler=run_attendance,
)

OFFLINE = Command(
    "offline",
    help=lambda: translate("Cli", "offline-signering (.sqlite3) som Signera offline sparade"),
    description=lambda: translate(
        "Cli",
        "Läs tillbaka markeringarna från en offline-signering av ett seminarium. Markeringar "
        "som stämmer hoppas över, nya registreras, och rutor som ändrats här sedan kopian "
        "gjordes listas som konflikter och behålls utan --overwrite.",
    ),
    arguments=_marks_arguments,
    handler=run_offline,
)

ROLES = Command(
    "roles",
    help=lambda: translate("Cli", "HR-lista med senare roller (e-post, roll, arbetsplats, från)"),
    description=lambda: translate(
        "Cli",
        "Läs in en lista från HR med kolumnerna e-post, roll, arbetsplats och datum (från). "
        "Personerna hittas på e-post; rollerna läggs till i deras historik. Rader som bara "
        "upprepar en roll som redan finns hoppas över. Har någon rad problem sparas "
        "ingenting.",
    ),
    arguments=_roles_arguments,
    handler=run_roles,
)

COMMAND = Command(
    "import",
    help=lambda: translate(
        "Cli", "läs in en deltagarlista eller närvaro från en fil (Excel, LibreOffice, CSV)"
    ),
    description=lambda: translate("Cli", "Läs in en deltagarlista eller närvaro från en fil."),
    kinds=(PARTICIPANTS, ATTENDANCE, OFFLINE, ROLES),
    kind_dest="what",
)
