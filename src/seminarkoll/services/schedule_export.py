"""Schedule export use cases: a cohort's seminars as an iCalendar file or a printable PDF page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from seminarkoll.data.lookups import cohort_seminars, existing_cohort
from seminarkoll.data.models import Seminar
from seminarkoll.data.settings import database_identity
from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.catalog import CohortHeading, ScheduledSeminar
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.records import built_from
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.icalendar_export import CalendarSeminar, calendar_bytes, seminar_uid
from seminarkoll.exchange.writing import write_bytes_atomically
from seminarkoll.services.database_service import DatabaseService

CALENDAR_SUFFIX = ".ics"
PDF_SUFFIX = ".pdf"


@dataclass(frozen=True)
class ExportedLecturer:
    """A lecturer as written in exports: name, role and topic."""

    name: str
    title: str
    topic: str

    @property
    def label(self) -> str:
        """E.g. "Eva Lindberg (förvaltningschef)"."""
        return f"{self.name} ({self.title})" if self.title else self.name


@dataclass(frozen=True)
class ExportedSeminar(ScheduledSeminar):
    """One seminar with everything an export shows."""

    theme: str
    theme_colour: str
    description: str
    lecturers: tuple[ExportedLecturer, ...]


@dataclass(frozen=True)
class ScheduleExport(CohortHeading):
    """A cohort's schedule as plain data for the exporters."""

    organiser: str
    contact: str
    seminars: tuple[ExportedSeminar, ...]


@dataclass(frozen=True)
class ExportResult:
    """What was written where."""

    path: Path
    seminar_count: int


class ScheduleExportService(DatabaseService):
    """Writes a cohort's schedule as .ics (one seminar or all) and as a one-page PDF."""

    def schedule(self, cohort_id: int) -> ScheduleExport:
        """The cohort's schedule as plain data, seminars in number order."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            seminars = cohort_seminars(session, cohort_id)
            programme = cohort.programme
            return ScheduleExport(
                cohort_id=cohort.id,
                programme_name=programme.name,
                cohort_name=cohort.name,
                organiser=programme.organiser,
                contact=programme.contact_person,
                school_year=school_years_label(cohort.start_date, cohort.end_date),
                seminars=tuple(_exported(s) for s in seminars),
            )

    def export_calendar(
        self,
        cohort_id: int,
        path: Path,
        seminar_id: int | None = None,
        stamp: datetime | None = None,
    ) -> ExportResult:
        """Write the cohort's seminars (or only `seminar_id`) as an iCalendar file at `path`.

        Every seminar keeps its UID (built from the database's own random id), and its
        SEQUENCE grows each time an export finds the event changed since the last one, so
        importing a newer export in Outlook updates the events instead of adding copies.
        """
        schedule = self.schedule(cohort_id)
        chosen = [s for s in schedule.seminars if seminar_id is None or s.id == seminar_id]
        if seminar_id is not None and not chosen:
            raise NotFoundError(translate("Errors", "Seminariet finns inte längre i omgången."))
        with self._db.transaction() as session:
            database_id = database_identity(session)
            events = []
            for seminar in chosen:
                event = _calendar_seminar(schedule, seminar, database_id)
                row = session.get(Seminar, seminar.id)
                if row is None:
                    raise NotFoundError(
                        translate("Errors", "Seminariet finns inte längre i omgången.")
                    )
                if row.calendar_digest != event.digest:
                    if row.calendar_digest:
                        row.calendar_revision += 1
                    row.calendar_digest = event.digest
                events.append(replace(event, sequence=row.calendar_revision))
            write_bytes_atomically(path, calendar_bytes(schedule.title, events, stamp))
        return ExportResult(path, len(events))

    def export_pdf(
        self, cohort_id: int, path: Path, printed_on: date | None = None
    ) -> ExportResult:
        """Write the cohort's schedule as a one-page A4 PDF at `path`."""
        from seminarkoll.documents.schedule_pdf import (
            ScheduleLine,
            SchedulePage,
            render_schedule_pdf,
        )

        schedule = self.schedule(cohort_id)
        page = built_from(
            SchedulePage,
            schedule,
            programme=schedule.programme_name,
            cohort=schedule.cohort_name,
            printed_on=printed_on or date.today(),
            lines=tuple(
                built_from(
                    ScheduleLine, s, lecturers=tuple(lecturer.label for lecturer in s.lecturers)
                )
                for s in schedule.seminars
            ),
        )
        write_bytes_atomically(path, render_schedule_pdf(page))
        return ExportResult(path, len(schedule.seminars))


def _exported(seminar: Seminar) -> ExportedSeminar:
    theme = seminar.theme_area
    return built_from(
        ExportedSeminar,
        seminar,
        theme=theme.name if theme else "",
        theme_colour=theme.colour if theme else "",
        lecturers=tuple(
            ExportedLecturer(
                name=link.person.name,
                title=link.person.title,
                topic=link.topic,
            )
            for link in seminar.lecturers
        ),
    )


def _calendar_seminar(
    schedule: ScheduleExport, seminar: ExportedSeminar, database_id: str
) -> CalendarSeminar:
    lines = [
        translate(
            "Exports", "Seminarium {number} av {count} i {cohort} ({school_year}), {programme}."
        ).format(
            number=seminar.number,
            count=len(schedule.seminars),
            cohort=schedule.cohort_name,
            school_year=schedule.school_year,
            programme=schedule.programme_name,
        )
    ]
    if seminar.theme:
        lines.append(translate("Exports", "Temaområde: {theme}").format(theme=seminar.theme))
    for lecturer in seminar.lecturers:
        topic = f" – {lecturer.topic}" if lecturer.topic else ""
        lines.append(
            translate("Exports", "Föreläsare: {lecturer}").format(lecturer=lecturer.label + topic)
        )
    if seminar.description:
        lines.extend(["", seminar.description])
    return CalendarSeminar(
        uid=seminar_uid(seminar.id, database_id),
        summary=f"{schedule.programme_name}: {seminar.title}",
        day=seminar.date,
        start=seminar.start_time,
        end=seminar.end_time,
        location=seminar.location,
        description="\n".join(lines),
        categories=(seminar.theme,) if seminar.theme else (),
    )
