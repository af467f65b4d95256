"""Export use cases: roster, attendance matrix, schedule, whole cohort and sign-in sheets."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from seminarkoll.data.models import Cohort
from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.catalog import CohortOverview, CohortSummary, CohortTitle, seminar_column
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.domain.exports import (
    AttendanceExport,
    CohortExport,
    ExportHeading,
    MatrixEntry,
    MatrixSeminar,
    RosterEntry,
    RosterExport,
    ScheduleEntry,
    ScheduleExport,
    SignInEntry,
    SignInExport,
)
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import swedish_key
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.cohort_workbook import (
    write_attendance_csv,
    write_attendance_workbook,
    write_cohort_workbook,
    write_roster_csv,
    write_roster_workbook,
    write_schedule_workbook,
)
from seminarkoll.exchange.signin_workbook import write_signin_workbook
from seminarkoll.exchange.writing import check_target, write_bytes_atomically
from seminarkoll.services.attendance import AttendanceService
from seminarkoll.services.catalog import CatalogService
from seminarkoll.services.enrollment import EnrollmentService
from seminarkoll.services.groups import GroupRow, GroupService

XLSX, CSV, PDF = ".xlsx", ".csv", ".pdf"

D = TypeVar("D")


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, how many rows, and in Swedish what and how much."""

    path: Path
    rows: int
    what: str
    counts: str

    @property
    def description(self) -> str:
        """E.g. "Närvarolistan för seminarium 3 (20 deltagare)"."""
        return f"{self.what[:1].upper()}{self.what[1:]} ({self.counts})"


class ExportService:
    """Builds plain export data from the other services and writes Excel, CSV and PDF files."""

    def __init__(
        self,
        catalog: CatalogService,
        enrollment: EnrollmentService,
        attendance: AttendanceService,
        groups: GroupService,
    ) -> None:
        self._catalog = catalog
        self._enrollment = enrollment
        self._attendance = attendance
        self._groups = groups

    # -- data ---------------------------------------------------------------------------
    def roster(self, cohort_id: int) -> RosterExport:
        """Every enrolment of the cohort, with workplace, role, contact details and groups."""
        heading = _heading(self._catalog.cohort_title(cohort_id))
        entries = tuple(
            built_from(
                RosterEntry,
                row,
                workplace=row.workplace_name,
                role=row.title,
                groups=tuple(group.name for group in row.groups),
            )
            for row in self._enrollment.roster(cohort_id)
        )
        return RosterExport(heading, entries)

    def schedule(self, cohort_id: int) -> ScheduleExport:
        """The cohort's seminars in number order."""
        overview = self._catalog.cohort_overview(cohort_id)
        return ScheduleExport(_heading(overview), _schedule_entries(overview))

    def attendance(self, cohort_id: int) -> AttendanceExport:
        """The attendance matrix with verdicts and per-seminar totals."""
        matrix = self._attendance.matrix(cohort_id)
        title = self._catalog.cohort_title(cohort_id)
        group_names = {group.id: group.name for group in matrix.groups}
        return AttendanceExport(
            heading=_heading(title),
            min_attended=matrix.rules.min_attended,
            seminars=tuple(built_from(MatrixSeminar, s, seminar_id=s.id) for s in matrix.seminars),
            entries=tuple(
                MatrixEntry(
                    enrollment_id=row.enrollment_id,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    workplace=row.workplace_name,
                    groups=tuple(sorted((group_names[g] for g in row.group_ids), key=swedish_key)),
                    status=row.status,
                    cells=row.cells,
                    attended=row.result.attended,
                    required=row.result.required,
                    state=row.result.state,
                    reason=row.result.reason,
                    made_up=row.made_up,
                )
                for row in matrix.rows
            ),
            totals=matrix.totals,
        )

    def cohort(self, cohort_id: int) -> CohortExport:
        """Roster, attendance and schedule together."""
        return CohortExport(
            roster=self.roster(cohort_id),
            attendance=self.attendance(cohort_id),
            schedule=self.schedule(cohort_id),
        )

    def signin(self, seminar_id: int, group_id: int | None = None) -> SignInExport:
        """The sign-in sheet of one seminar: everyone expected there, with marks already taken;
        with `group_id` only that group's members (NotFoundError for a group of another cohort)."""
        sheet = self._attendance.sheet(seminar_id)
        overview = self._catalog.cohort_overview(sheet.cohort_id)
        seminar = next(e for e in _schedule_entries(overview) if e.seminar_id == seminar_id)
        rows = sheet.rows
        group: GroupRow | None = None
        if group_id is not None:
            group = next(
                (g for g in self._groups.groups(sheet.cohort_id) if g.id == group_id), None
            )
            if group is None:
                raise NotFoundError(translate("Errors", "Gruppen finns inte i seminariets omgång."))
            members = {m.enrollment_id for m in group.members}
            rows = tuple(row for row in rows if row.enrollment_id in members)
        return SignInExport(
            heading=_heading(overview),
            seminar=seminar,
            signed_off=sheet.seminar.signed_off,
            entries=tuple(
                built_from(SignInEntry, row, workplace=row.workplace_name, role=row.title)
                for row in rows
            ),
            group=group.name if group else "",
            group_leader=group.leader_name if group else "",
        )

    def seminar_id(self, cohort_id: int, number: int) -> int:
        """The id of seminar `number` of the cohort; NotFoundError names the numbers there are."""
        overview = self._catalog.cohort_overview(cohort_id)
        numbers = [s.number for s in overview.seminars]
        return overview.seminars[seminar_column(numbers, number, overview.cohort.name)].id

    # -- files --------------------------------------------------------------------------
    def export_roster(self, cohort_id: int, path: Path) -> ExportResult:
        """The roster as .xlsx or, for other systems, as .csv (UTF-8 with BOM, semicolons)."""
        data = write_export(
            path,
            lambda: self.roster(cohort_id),
            {XLSX: write_roster_workbook, CSV: write_roster_csv},
        )
        return ExportResult(
            path,
            len(data.entries),
            translate("Exports", "deltagarlistan"),
            people_count(data.entries),
        )

    def export_attendance(self, cohort_id: int, path: Path) -> ExportResult:
        """The attendance matrix as .xlsx or, for other systems, as .csv."""
        data = write_export(
            path,
            lambda: self.attendance(cohort_id),
            {XLSX: write_attendance_workbook, CSV: write_attendance_csv},
        )
        return ExportResult(
            path,
            len(data.entries),
            translate("Exports", "närvaromatrisen"),
            f"{people_count(data.entries)}, {_seminars(len(data.seminars))}",
        )

    def export_schedule(self, cohort_id: int, path: Path) -> ExportResult:
        """The schedule as .xlsx."""
        data = write_export(path, lambda: self.schedule(cohort_id), {XLSX: write_schedule_workbook})
        return ExportResult(
            path, len(data.seminars), translate("Exports", "schemat"), _seminars(len(data.seminars))
        )

    def export_cohort(self, cohort_id: int, path: Path) -> ExportResult:
        """Roster, attendance matrix and schedule as three sheets of one .xlsx workbook."""
        data = write_export(path, lambda: self.cohort(cohort_id), {XLSX: write_cohort_workbook})
        return ExportResult(
            path,
            len(data.roster.entries),
            translate("Exports", "arbetsboken med hela omgången"),
            f"{people_count(data.roster.entries)}, {_seminars(len(data.schedule.seminars))}",
        )

    def export_signin(
        self, seminar_id: int, path: Path, group_id: int | None = None
    ) -> ExportResult:
        """A seminar's sign-in sheet as .xlsx (to fill in and import) or .pdf (to print); with
        `group_id` for that group's members only."""
        data = write_export(
            path,
            lambda: self.signin(seminar_id, group_id),
            {XLSX: write_signin_workbook, PDF: write_signin_pdf},
        )
        return ExportResult(
            path,
            len(data.entries),
            translate("Exports", "närvarolistan för seminarium {number}").format(
                number=data.seminar.number
            )
            + (f", {data.group}" if data.group else ""),
            people_count(data.entries),
        )


def export_heading(cohort: CohortSummary | Cohort, programme_name: str) -> ExportHeading:
    """Which cohort a file is about, with its school years, made now."""
    return ExportHeading(
        cohort_id=cohort.id,
        programme_name=programme_name,
        cohort_name=cohort.name,
        school_year=school_years_label(cohort.start_date, cohort.end_date),
        created_at=datetime.now().astimezone(),
    )


def _heading(title: CohortTitle | CohortOverview) -> ExportHeading:
    return export_heading(title.cohort, title.programme_name)


def _schedule_entries(overview: CohortOverview) -> tuple[ScheduleEntry, ...]:
    return tuple(
        built_from(ScheduleEntry, s, seminar_id=s.id)
        for s in sorted(overview.seminars, key=lambda s: s.number)
    )


def write_export(
    path: Path, build: Callable[[], D], writers: Mapping[str, Callable[[D, Path], object]]
) -> D:
    """Check `path` (a suffix one of `writers` takes, a place that can be written), then build
    the data and write it with the writer for the suffix; returns the data written."""
    suffix = checked_suffix(path, tuple(writers))
    check_target(path)
    data = build()
    writers[suffix](data, path)
    return data


def write_signin_pdf(data: SignInExport, path: Path) -> None:
    """A sign-in sheet as a PDF to print (Qt is loaded only here)."""
    from seminarkoll.documents.signin_pdf import render_signin_pdf

    write_bytes_atomically(path, render_signin_pdf(data))


def checked_suffix(path: Path, allowed: tuple[str, ...]) -> str:
    """`path`'s suffix in lower case; ValidationError naming the file when it is not allowed."""
    suffix = path.suffix.casefold()
    if suffix not in allowed:
        listed = translate("Exports", " eller ").join(allowed)
        raise ValidationError.single(
            "path",
            translate(
                "Errors", "Filen ”{name}” har fel filändelse för den här exporten. Använd {listed}."
            ).format(name=path.name, listed=listed),
        )
    return suffix


def people_count(entries: tuple[object, ...]) -> str:
    """E.g. "20 deltagare" for the rows of an export."""
    if len(entries) == 1:
        return translate("Exports", "1 deltagare")
    return translate("Exports", "{count} deltagare").format(count=len(entries))


def _seminars(count: int) -> str:
    if count == 1:
        return translate("Exports", "1 seminarium")
    return translate("Exports", "{count} seminarier").format(count=count)
