"""The set of services the UI and the command line use over one database, each built on first
use."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

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

    @cached_property
    def catalog(self) -> CatalogService:
        """Programmes, cohorts and their overviews."""
        from seminarkoll.services.catalog import CatalogService

        return CatalogService(self.database)

    @cached_property
    def demo(self) -> DemoService:
        """The example programme."""
        from seminarkoll.services.demo import DemoService

        return DemoService(self.database)

    @cached_property
    def planning(self) -> PlanningService:
        """Programmes, theme areas and cohorts."""
        from seminarkoll.services.planning import PlanningService

        return PlanningService(self.database)

    @cached_property
    def schedule(self) -> ScheduleService:
        """Seminars of a cohort."""
        from seminarkoll.services.schedule import ScheduleService

        return ScheduleService(self.database)

    @cached_property
    def lecturers(self) -> LecturerService:
        """Guest lecturers."""
        from seminarkoll.services.lecturers import LecturerService

        return LecturerService(self.database)

    @cached_property
    def schedule_export(self) -> ScheduleExportService:
        """Schedules as calendars and PDFs."""
        from seminarkoll.services.schedule_export import ScheduleExportService

        return ScheduleExportService(self.database)

    @cached_property
    def participants(self) -> ParticipantService:
        """The person register."""
        from seminarkoll.services.participants import ParticipantService

        return ParticipantService(self.database, self.coordinator)

    @cached_property
    def workplaces(self) -> WorkplaceService:
        """Workplaces."""
        from seminarkoll.services.workplaces import WorkplaceService

        return WorkplaceService(self.database)

    @cached_property
    def enrollment(self) -> EnrollmentService:
        """Enrolments in cohorts."""
        from seminarkoll.services.enrollment import EnrollmentService

        return EnrollmentService(self.database)

    @cached_property
    def group_meetings(self) -> GroupMeetingService:
        """A group's own meetings and their attendance."""
        from seminarkoll.services.group_meetings import GroupMeetingService

        return GroupMeetingService(self.database, self.coordinator)

    @cached_property
    def groups(self) -> GroupService:
        """Groups of a cohort."""
        from seminarkoll.services.groups import GroupService

        return GroupService(self.database)

    @cached_property
    def attendance(self) -> AttendanceService:
        """Attendance, sign-off and completion."""
        from seminarkoll.services.attendance import AttendanceService

        return AttendanceService(self.database, self.coordinator)

    @cached_property
    def participant_import(self) -> ParticipantImportService:
        """Participant lists read into a cohort."""
        from seminarkoll.services.participant_import import ParticipantImportService

        return ParticipantImportService(self.database, self.coordinator)

    @cached_property
    def role_import(self) -> RoleImportService:
        """HR lists of later roles read onto the persons they name."""
        from seminarkoll.services.role_import import RoleImportService

        return RoleImportService(self.database)

    @cached_property
    def exports(self) -> ExportService:
        """Workbooks of a cohort."""
        from seminarkoll.services.exports import ExportService

        return ExportService(self.catalog, self.enrollment, self.attendance, self.groups)

    @cached_property
    def attendance_import(self) -> AttendanceImportService:
        """Attendance workbooks read back."""
        from seminarkoll.services.attendance_import import AttendanceImportService

        return AttendanceImportService(self.attendance, self.database)

    @cached_property
    def offline_signoff(self) -> OfflineSignoffService:
        """A seminar's roster copied for signing off offline, and its marks read back."""
        from seminarkoll.services.offline_signoff import OfflineSignoffService

        return OfflineSignoffService(self.database, self.attendance_import)

    @cached_property
    def email_lists(self) -> EmailListService:
        """E-mail lists of a cohort."""
        from seminarkoll.services.email_lists import EmailListService

        return EmailListService(self.database, self.attendance)

    @cached_property
    def reports(self) -> ReportService:
        """Follow-up reports."""
        from seminarkoll.services.reports import ReportService

        return ReportService(self.database, self.attendance)

    @cached_property
    def certificates(self) -> CertificateService:
        """Certificates of completion."""
        from seminarkoll.services.certificates import CertificateService

        return CertificateService(self.database, self.attendance)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of the database file."""
        from seminarkoll.services.backups import BackupService

        return BackupService(self.database)

    @cached_property
    def alumni(self) -> AlumniService:
        """Later leadership roles of former participants."""
        from seminarkoll.services.alumni import AlumniService

        return AlumniService(self.database, self.attendance)

    @cached_property
    def checkup(self) -> CheckupService:
        """The database check on request (integrity and audit chain)."""
        from seminarkoll.services.checkup import CheckupService

        return CheckupService(self.database)

    @cached_property
    def person_data(self) -> PersonDataService:
        """A person's data: extracts and erasure."""
        from seminarkoll.services.person_data import PersonDataService

        return PersonDataService(self.database, self.coordinator)

    @cached_property
    def thinning(self) -> ThinningService:
        """Thinning out old personal data."""
        from seminarkoll.services.thinning import ThinningService

        return ThinningService(self.database, self.attendance, self.coordinator)

    @cached_property
    def intake(self) -> IntakeService:
        """Applications and interviews before enrolment."""
        from seminarkoll.services.intake import IntakeService

        return IntakeService(self.database, self.coordinator)
