"""The set of services the UI and the command line use over one database, each built on first
use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from seminarkoll.services.identity import Coordinator

if TYPE_CHECKING:
    from seminarkoll.data.database import Database
    from seminarkoll.services.alumni import AlumniService
    from seminarkoll.services.attendance import AttendanceService
    from seminarkoll.services.attendance_import import AttendanceImportService
    from seminarkoll.services.backups import BackupService
    from seminarkoll.services.catalog import CatalogService
    from seminarkoll.services.certificates import CertificateService
    from seminarkoll.services.checkup import CheckupService
    from seminarkoll.services.demo import DemoService
    from seminarkoll.services.email_lists import EmailListService
    from seminarkoll.services.enrollment import EnrollmentService
    from seminarkoll.services.exports import ExportService
    from seminarkoll.services.group_meetings import GroupMeetingService
    from seminarkoll.services.groups import GroupService
    from seminarkoll.services.intake import IntakeService
    from seminarkoll.services.lecturers import LecturerService
    from seminarkoll.services.offline_signoff import OfflineSignoffService
    from seminarkoll.services.participant_import import ParticipantImportService
    from seminarkoll.services.participants import ParticipantService
    from seminarkoll.services.person_data import PersonDataService
    from seminarkoll.services.planning import PlanningService
    from seminarkoll.services.reports import ReportService
    from seminarkoll.services.role_import import RoleImportService
    from seminarkoll.services.schedule import ScheduleService
    from seminarkoll.services.schedule_export import ScheduleExportService
    from seminarkoll.services.thinning import ThinningService
    from seminarkoll.services.workplaces import WorkplaceService


class _Built:
    """A service of `Services`, built on first use and then kept: the class named by the
    attribute's annotation, from the module of the attribute's name, given the parts named."""

    def __init__(self, parts: tuple[str, ...]) -> None:
        self._parts = parts
        self._name = self._class = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._class = owner.__annotations__[name]

    def __get__(self, services: object, owner: type | None = None) -> object:
        if services is None:
            return self
        made = getattr(import_module(f"seminarkoll.services.{self._name}"), self._class)
        built = made(*(getattr(services, part) for part in self._parts))
        services.__dict__[self._name] = built
        return built


def service(*parts: str) -> Any:
    """A service built on first use from these parts of `Services` (e.g. "database"); typed
    as the annotation says, like a dataclass field."""
    return _Built(parts)


class Services:
    """Every use case, sharing one database and one coordinator.

    A service, and the modules behind it (spreadsheets, calendars, e-mail checks), is imported
    and built the first time it is asked for: `seminarkoll list` loads the catalogue alone.
    The database itself (SQLAlchemy and its engine) may be opened on first use too, so the
    window's menus are live before the data stack has loaded.
    """

    def __init__(self, open_database: Callable[[], Database]) -> None:
        self._open_database = open_database
        self._database: Database | None = None
        self._lock = threading.Lock()
        self.coordinator = Coordinator(account=lambda: self.database.account())

    @classmethod
    def build(cls, database: Database) -> Services:
        """The services over the open `database` (no service is built yet)."""
        return cls(lambda: database)

    @property
    def database(self) -> Database:
        """The database, opened on first use (from any thread, once)."""
        with self._lock:
            if self._database is None:
                self._database = self._open_database()
                self._database.editor = lambda: self.coordinator.name
            return self._database

    def open(self) -> None:
        """Open the database now, e.g. on a background thread before the user needs it."""
        self.database  # noqa: B018 (opening is the point)

    @property
    def is_open(self) -> bool:
        """Whether the database has been opened."""
        return self._database is not None

    def close(self) -> None:
        """Close the database's connections if it was opened."""
        with self._lock:
            if self._database is not None:
                self._database.close()

    catalog: CatalogService = service("database")
    """Programmes, cohorts and their overviews."""

    demo: DemoService = service("database")
    """The example programme."""

    planning: PlanningService = service("database")
    """Programmes, theme areas and cohorts."""

    schedule: ScheduleService = service("database")
    """Seminars of a cohort."""

    lecturers: LecturerService = service("database")
    """Guest lecturers."""

    schedule_export: ScheduleExportService = service("database")
    """Schedules as calendars and PDFs."""

    participants: ParticipantService = service("database", "coordinator")
    """The person register."""

    workplaces: WorkplaceService = service("database")
    """Workplaces."""

    enrollment: EnrollmentService = service("database")
    """Enrolments in cohorts."""

    group_meetings: GroupMeetingService = service("database", "coordinator")
    """A group's own meetings and their attendance."""

    groups: GroupService = service("database")
    """Groups of a cohort."""

    attendance: AttendanceService = service("database", "coordinator")
    """Attendance, sign-off and completion."""

    participant_import: ParticipantImportService = service("database", "coordinator")
    """Participant lists read into a cohort."""

    role_import: RoleImportService = service("database")
    """HR lists of later roles read onto the persons they name."""

    exports: ExportService = service("catalog", "enrollment", "attendance", "groups")
    """Workbooks of a cohort."""

    attendance_import: AttendanceImportService = service("attendance", "database")
    """Attendance workbooks read back."""

    offline_signoff: OfflineSignoffService = service("database", "attendance_import")
    """A seminar's roster copied for signing off offline, and its marks read back."""

    email_lists: EmailListService = service("database", "attendance")
    """E-mail lists of a cohort."""

    reports: ReportService = service("database", "attendance")
    """Follow-up reports."""

    certificates: CertificateService = service("database", "attendance")
    """Certificates of completion."""

    backups: BackupService = service("database")
    """Backups of the database file."""

    alumni: AlumniService = service("database", "attendance")
    """Later leadership roles of former participants."""

    checkup: CheckupService = service("database")
    """The database check on request (integrity and audit chain)."""

    person_data: PersonDataService = service("database", "coordinator")
    """A person's data: extracts and erasure."""

    thinning: ThinningService = service("database", "attendance", "coordinator")
    """Thinning out old personal data."""

    intake: IntakeService = service("database", "coordinator")
    """Applications and interviews before enrolment."""
