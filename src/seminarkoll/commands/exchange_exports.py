"""Handlers for `seminarkoll export roster|attendance|cohort|signin` (see commands/export.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.commands.common import add_seminar_argument
from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortSummary
    from seminarkoll.services.container import Services
    from seminarkoll.services.exports import ExportResult


def export_cohort_file(
    services: Services, cohort: CohortSummary, path: Path, args: argparse.Namespace
) -> str:
    """What the kind asks for: the roster as .xlsx, or as .csv (UTF-8 with BOM and semicolons)
    for other systems; the attendance matrix as .xlsx (can be edited and imported back) or
    .csv; or roster, attendance matrix and schedule as one .xlsx workbook (`cohort`)."""
    exports = services.exports
    write = {
        "roster": exports.export_roster,
        "attendance": exports.export_attendance,
        "cohort": exports.export_cohort,
    }[args.export_kind]
    return _saved(cohort, write(cohort.id, path))


def export_signin(
    services: Services, cohort: CohortSummary, path: Path, args: argparse.Namespace
) -> str:
    """One seminar's sign-in sheet as .xlsx (to fill in and import) or .pdf (to print); with
    `--group` only that group's members. With `--meeting N` (and `--group`) the PDF sheet of
    the group's own meeting N."""
    if args.meeting is not None:
        if args.group is None:
            raise ValidationError.single(
                "group",
                translate("Cli", "Ange gruppen med --group när du väljer en träff med --meeting."),
            )
        group = services.groups.resolve(cohort.id, args.group)
        meeting_id = services.group_meetings.meeting_id(group, args.meeting)
        return _saved(cohort, services.group_meetings.export_signin(meeting_id, path))
    seminar_id = services.exports.seminar_id(cohort.id, args.seminar)
    group_id = None if args.group is None else services.groups.resolve(cohort.id, args.group)
    return _saved(cohort, services.exports.export_signin(seminar_id, path, group_id))


def add_signin_arguments(parser: argparse.ArgumentParser) -> None:
    """`--seminar N`: which seminar of the cohort the sign-in sheet is for, or `--meeting N`:
    which of the group's own meetings; `--group G`: only the members of that group."""
    which = parser.add_mutually_exclusive_group(required=True)
    add_seminar_argument(which, translate("Cli", "seminariets nummer i omgången, t.ex. 3"))
    which.add_argument(
        "--meeting",
        type=int,
        metavar=translate("Cli", "NR"),
        help=translate(
            "Cli", "gruppträffens nummer i gruppens träffar i datumordning, t.ex. 2 (med --group)"
        ),
    )
    parser.add_argument(
        "--group",
        metavar=translate("Cli", "GRUPP"),
        help=translate("Cli", "bara den här gruppens medlemmar, t.ex. ”Lärgrupp 1”"),
    )


def _saved(cohort: CohortSummary, result: ExportResult) -> str:
    return (
        translate("Cli", "%1 (%2): %3 är sparad som %4 (%5).")
        .replace("%1", cohort.name)
        .replace("%2", school_years_label(cohort.start_date, cohort.end_date))
        .replace("%3", result.what)
        .replace("%4", str(result.path))
        .replace("%5", result.counts)
    )
