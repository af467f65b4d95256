"""Handlers for `seminarkoll export roster|attendance|cohort|signin` (see commands/export.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortSummary
    from seminarkoll.services.container import Services
    from seminarkoll.services.exports import ExportResult


def export_roster(
    services: Services, cohort: CohortSummary, path: Path, _args: argparse.Namespace
) -> str:
    """The roster as .xlsx, or as .csv (UTF-8 with BOM and semicolons) for other systems."""
    result = services.exports.export_roster(cohort.id, path)
    return _saved(cohort, result)


def export_attendance(
    services: Services, cohort: CohortSummary, path: Path, _args: argparse.Namespace
) -> str:
    """The attendance matrix as .xlsx (can be edited and imported back) or .csv."""
    result = services.exports.export_attendance(cohort.id, path)
    return _saved(cohort, result)


def export_cohort(
    services: Services, cohort: CohortSummary, path: Path, _args: argparse.Namespace
) -> str:
    """Roster, attendance matrix and schedule as one .xlsx workbook."""
    result = services.exports.export_cohort(cohort.id, path)
    return _saved(cohort, result)


def export_signin(
    services: Services, cohort: CohortSummary, path: Path, args: argparse.Namespace
) -> str:
    """One seminar's sign-in sheet as .xlsx (to fill in and import) or .pdf (to print); with
    `--group` only that group's members."""
    seminar_id = services.exports.seminar_id(cohort.id, args.seminar)
    group_id = None if args.group is None else services.groups.resolve(cohort.id, args.group)
    result = services.exports.export_signin(seminar_id, path, group_id)
    return _saved(cohort, result)


def add_seminar_argument(parser: argparse.ArgumentParser) -> None:
    """`--seminar N`: which seminar of the cohort the sign-in sheet is for; `--group G`: only
    the members of that group."""
    parser.add_argument(
        "--seminar",
        required=True,
        type=int,
        metavar=translate("Cli", "NR"),
        help=translate("Cli", "seminariets nummer i omgången, t.ex. 3"),
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
