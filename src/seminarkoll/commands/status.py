"""`seminarkoll status --cohort COHORT [--csv]`: each participant's attendance and verdict."""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from typing import TYPE_CHECKING

from seminarkoll.commands.command import Command
from seminarkoll.commands.common import EXIT_OK, add_cohort_argument
from seminarkoll.domain.completion import verdict_word
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.text import name_key, swedish_key
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.services.attendance_matrix import AttendanceMatrix, MatrixRow


def _columns() -> tuple[str, ...]:
    return (
        translate("Cli", "Namn"),
        translate("Cli", "Arbetsplats"),
        translate("Cli", "Grupp"),
        translate("Cli", "Närvaro"),
        translate("Cli", "Status"),
    )


def _csv_columns() -> tuple[str, ...]:
    return (
        translate("Cli", "Efternamn"),
        translate("Cli", "Förnamn"),
        translate("Cli", "Arbetsplats"),
        translate("Cli", "Grupp"),
        translate("Cli", "Deltagit"),
        translate("Cli", "Förväntade"),
        translate("Cli", "Status"),
    )


def _arguments(parser: argparse.ArgumentParser) -> None:
    add_cohort_argument(
        parser, help=translate("Cli", "omgångens id eller namn (se `seminarkoll list`)")
    )
    parser.add_argument(
        "--csv",
        action="store_true",
        help=translate("Cli", "skriv CSV för skript (semikolon, en rubrikrad, ingen summering)"),
    )


def run(args: argparse.Namespace) -> int:
    """Print the status of the cohort as a table or as CSV."""
    from seminarkoll.app import matrix_headless

    matrix = matrix_headless(args.db, args.cohort)
    rows = sorted(matrix.rows, key=lambda r: name_key(r.last_name, r.first_name))
    if args.csv:
        _print_csv(matrix, rows)
    else:
        _print_table(matrix, rows)
    return EXIT_OK


def _group_names(matrix: AttendanceMatrix, row: MatrixRow) -> str:
    names = {group.id: group.name for group in matrix.groups}
    return ", ".join(sorted((names[g] for g in row.group_ids if g in names), key=swedish_key))


def _print_table(matrix: AttendanceMatrix, rows: list[MatrixRow]) -> None:
    held = sum(1 for seminar in matrix.seminars if seminar.held)
    print(
        f"{matrix.programme_name} – {matrix.cohort_name} ({matrix.school_year}): "
        + translate("Cli", "%1 deltagare, %2 seminarier (%3 hållna), godkänd med minst %4")
        .replace("%1", str(len(rows)))
        .replace("%2", str(len(matrix.seminars)))
        .replace("%3", str(held))
        .replace("%4", str(matrix.rules.min_attended))
        + (
            translate("Cli", "; gruppträffar räknas som tillfällen")
            if matrix.rules.meetings_count
            else ""
        )
        + (
            translate("Cli", "; minst %1 seminarier per läsår").replace(
                "%1", str(matrix.rules.min_per_school_year)
            )
            if matrix.rules.min_per_school_year
            else ""
        )
    )
    columns = _columns()
    lines = [
        (
            row.name,
            row.workplace_name or "–",
            _group_names(matrix, row) or "–",
            f"{row.result.attended}/{row.result.expected}",
            verdict_word(row.result.state),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [columns, *lines]) for i in range(len(columns))]
    for line in [columns, *lines]:
        name, place, group, counts, state = line
        print(
            f"{name:<{widths[0]}}  {place:<{widths[1]}}  {group:<{widths[2]}}  "
            f"{counts:>{widths[3]}}  {state}"
        )
    tally = Counter(row.result.state for row in rows)
    parts = [
        f"{tally[state]} {verdict_word(state).lower()}" for state in CompletionState if tally[state]
    ]
    total = translate("Cli", "Totalt %1 deltagare").replace("%1", str(len(rows)))
    print(total + (f": {', '.join(parts)}" if parts else ""))


def _print_csv(matrix: AttendanceMatrix, rows: list[MatrixRow]) -> None:
    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    writer.writerow(_csv_columns())
    for row in rows:
        writer.writerow(
            (
                row.last_name,
                row.first_name,
                row.workplace_name,
                _group_names(matrix, row),
                row.result.attended,
                row.result.expected,
                verdict_word(row.result.state),
            )
        )


COMMAND = Command(
    "status",
    help=lambda: translate(
        "Cli", "visa närvaro och status för godkännande per deltagare i en omgång"
    ),
    description=lambda: translate(
        "Cli",
        "Skriver omgångens namn, en rad per deltagare (namn, arbetsplats, grupp, "
        "deltagit/förväntade seminarier, status för godkännande) och en summeringsrad.",
    ),
    arguments=_arguments,
    handler=run,
)
