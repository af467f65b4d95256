"""Follow-up reports: a cohort's figures (seminars, themes, workplaces, lecturers) and its
programme's cohorts compared, as plain data, an Excel workbook with charts or a PDF."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.database import Database
from seminarkoll.data.lookups import existing_cohort, existing_programme
from seminarkoll.data.models import Cohort, Person, Seminar, SeminarLecturer
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.planning import REMOVAL_NOUNS, count_phrase
from seminarkoll.domain.records import built_from
from seminarkoll.domain.reports import (
    CohortFigures,
    CohortReport,
    LecturerFigures,
    LecturerTable,
    ProgrammeReport,
    SeminarFigures,
    ThemeFigures,
    WorkplaceFigures,
    mean_rate,
)
from seminarkoll.domain.text import full_name, name_key, swedish_key
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.report_workbook import (
    write_cohort_report_workbook,
    write_programme_report_workbook,
)
from seminarkoll.exchange.writing import write_bytes_atomically
from seminarkoll.services.attendance import AttendanceMatrix, AttendanceService
from seminarkoll.services.exports import PDF, XLSX, ExportResult, write_export

NO_WORKPLACE = QT_TRANSLATE_NOOP("Exports", "Ingen arbetsplats angiven")
NO_THEME = QT_TRANSLATE_NOOP("Exports", "Inget temaområde")


class ReportService:
    """Builds follow-up figures from the attendance matrix (so verdicts follow the rules)."""

    def __init__(self, database: Database, attendance: AttendanceService) -> None:
        self._db = database
        self._attendance = attendance

    # -- data ---------------------------------------------------------------------------
    def cohort_report(self, cohort_id: int) -> CohortReport:
        """The cohort's figures, compared with the programme's cohorts up to its school year."""
        matrix = self._attendance.matrix(cohort_id)
        programme_id, cohort_ids, years = self._programme_of(cohort_id)
        seminars = seminar_figures(matrix)
        this_year = years[cohort_id]
        earlier = [c for c in cohort_ids if years[c] <= this_year]
        cohorts = tuple(
            cohort_figures(matrix if c == cohort_id else self._attendance.matrix(c))
            for c in earlier
        )
        return CohortReport(
            programme=matrix.programme_name,
            cohort=matrix.cohort_name,
            school_year=matrix.school_year,
            created_at=datetime.now().astimezone(),
            seminars=seminars,
            themes=theme_figures(seminars),
            workplaces=workplace_figures(matrix),
            cohorts=cohorts,
            lecturers=self._lecturers(programme_id, only_cohort=cohort_id),
        )

    def programme_report(self, programme_id: int) -> ProgrammeReport:
        """Every cohort of the programme by school year, and its lecturers by year."""
        with self._db.transaction() as session:
            programme = existing_programme(session, programme_id)
            name = programme.name
            cohort_ids = _cohort_ids(session, programme_id)
        return ProgrammeReport(
            programme=name,
            created_at=datetime.now().astimezone(),
            cohorts=tuple(cohort_figures(self._attendance.matrix(c)) for c in cohort_ids),
            lecturers=self._lecturers(programme_id),
        )

    # -- files --------------------------------------------------------------------------
    def export_cohort(self, cohort_id: int, path: Path) -> ExportResult:
        """The cohort report as .xlsx (tables and Excel charts) or .pdf (tables and charts)."""
        report = write_export(
            path,
            lambda: self.cohort_report(cohort_id),
            {XLSX: write_cohort_report_workbook, PDF: _cohort_report_pdf},
        )
        return ExportResult(
            path,
            len(report.seminars),
            translate("Exports", "uppföljningen"),
            count_phrase(len(report.seminars), *REMOVAL_NOUNS["seminar"]),
        )

    def export_programme(self, programme_id: int, path: Path) -> ExportResult:
        """The programme comparison as .xlsx or .pdf."""
        report = write_export(
            path,
            lambda: self.programme_report(programme_id),
            {XLSX: write_programme_report_workbook, PDF: _programme_report_pdf},
        )
        count = len(report.cohorts)
        return ExportResult(
            path,
            count,
            translate("Exports", "jämförelsen"),
            count_phrase(count, *REMOVAL_NOUNS["cohort"]),
        )

    # -- helpers ------------------------------------------------------------------------
    def _programme_of(self, cohort_id: int) -> tuple[int, tuple[int, ...], dict[int, str]]:
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            programme_id = cohort.programme_id
            years = dict(
                session.execute(
                    select(Cohort.id, Cohort.school_year).where(Cohort.programme_id == programme_id)
                ).all()
            )
            return programme_id, _cohort_ids(session, programme_id), years

    def _lecturers(self, programme_id: int, only_cohort: int | None = None) -> LecturerTable:
        with self._db.transaction() as session:
            rows = session.execute(
                select(
                    Person.id,
                    Person.first_name,
                    Person.last_name,
                    Person.title,
                    Cohort.id,
                    Cohort.school_year,
                )
                .join(SeminarLecturer, SeminarLecturer.person_id == Person.id)
                .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
                .join(Cohort, Cohort.id == Seminar.cohort_id)
                .where(Cohort.programme_id == programme_id)
            ).all()
        wanted = {pid for pid, *_, cid, _year in rows if only_cohort in (None, cid)}
        years = tuple(sorted({year for *_, year in rows}))
        counts = Counter((pid, year) for pid, *_, year in rows)
        people = {pid: (first, last, title) for pid, first, last, title, _c, _y in rows}
        ordered = sorted(wanted, key=lambda p: name_key(people[p][1], people[p][0]))
        return LecturerTable(
            years=years,
            lecturers=tuple(
                LecturerFigures(
                    name=full_name(people[p][0], people[p][1]),
                    title=people[p][2],
                    per_year=tuple(counts[(p, year)] for year in years),
                )
                for p in ordered
            ),
        )


def _cohort_report_pdf(report: CohortReport, path: Path) -> None:
    from seminarkoll.documents.report_pdf import render_cohort_report_pdf

    write_bytes_atomically(path, render_cohort_report_pdf(report))


def _programme_report_pdf(report: ProgrammeReport, path: Path) -> None:
    from seminarkoll.documents.report_pdf import render_programme_report_pdf

    write_bytes_atomically(path, render_programme_report_pdf(report))


def seminar_figures(matrix: AttendanceMatrix) -> tuple[SeminarFigures, ...]:
    """Per seminar, the column totals of the matrix."""
    return tuple(
        built_from(
            SeminarFigures,
            t,
            number=s.number,
            title=s.title,
            date=s.date,
            theme=s.theme_name,
            held=s.held,
        )
        for s, t in zip(matrix.seminars, matrix.totals, strict=True)
    )


def theme_figures(seminars: tuple[SeminarFigures, ...]) -> tuple[ThemeFigures, ...]:
    """Per theme area (in the order of the first seminar of each), held seminars together."""
    themes: dict[str, list[SeminarFigures]] = {}
    for seminar in seminars:
        themes.setdefault(seminar.theme or translate("Exports", NO_THEME), []).append(seminar)
    return tuple(
        ThemeFigures(
            name=name,
            seminars=len(group),
            held=sum(1 for s in group if s.held),
            attended=sum(s.attended for s in group if s.held),
            expected=sum(s.expected for s in group if s.held),
        )
        for name, group in themes.items()
    )


def workplace_figures(matrix: AttendanceMatrix) -> tuple[WorkplaceFigures, ...]:
    """Per workplace, participants in the matrix (one-day visits left out) and completers."""
    enrolled: Counter[str] = Counter()
    completed: Counter[str] = Counter()
    for row in matrix.rows:
        if row.visit:
            continue
        name = row.workplace_name or translate("Exports", NO_WORKPLACE)
        enrolled[name] += 1
        if row.result.state is CompletionState.COMPLETED:
            completed[name] += 1
    return tuple(
        WorkplaceFigures(name, enrolled[name], completed[name])
        for name in sorted(enrolled, key=swedish_key)
    )


def cohort_figures(matrix: AttendanceMatrix) -> CohortFigures:
    """One cohort's totals for the comparison."""
    workplaces = workplace_figures(matrix)
    return CohortFigures(
        cohort_id=matrix.cohort_id,
        name=matrix.cohort_name,
        school_year=matrix.school_year,
        enrolled=sum(w.enrolled for w in workplaces),
        completed=sum(w.completed for w in workplaces),
        attendance=mean_rate(seminar_figures(matrix)),
    )


def _cohort_ids(session: Session, programme_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(Cohort.id)
            .where(Cohort.programme_id == programme_id)
            .order_by(Cohort.school_year, Cohort.start_date, Cohort.id)
        )
    )
