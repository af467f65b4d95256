"""The set of services the UI and the command line use, built over one open database."""

from __future__ import annotations

from dataclasses import dataclass

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
from seminarkoll.services.groups import GroupService
from seminarkoll.services.identity import Coordinator
from seminarkoll.services.intake import IntakeService
from seminarkoll.services.lecturers import LecturerService
from seminarkoll.services.participant_import import ParticipantImportService
from seminarkoll.services.participants import ParticipantService
from seminarkoll.services.person_data import PersonDataService
from seminarkoll.services.planning import PlanningService
from seminarkoll.services.reports import ReportService
from seminarkoll.services.schedule import ScheduleService
from seminarkoll.services.schedule_export import ScheduleExportService
from seminarkoll.services.thinning import ThinningService
from seminarkoll.services.workplaces import WorkplaceService


@dataclass(frozen=True)
class Services:
    """Every use case, sharing one database."""

    database: Database
    catalog: CatalogService
    demo: DemoService
    planning: PlanningService
    schedule: ScheduleService
    lecturers: LecturerService
    schedule_export: ScheduleExportService
    coordinator: Coordinator
    participants: ParticipantService
    workplaces: WorkplaceService
    enrollment: EnrollmentService
    groups: GroupService
    attendance: AttendanceService
    participant_import: ParticipantImportService
    exports: ExportService
    attendance_import: AttendanceImportService
    email_lists: EmailListService
    reports: ReportService
    certificates: CertificateService
    backups: BackupService
    alumni: AlumniService
    checkup: CheckupService
    person_data: PersonDataService
    thinning: ThinningService
    intake: IntakeService

    @classmethod
    def build(cls, database: Database) -> Services:
        """Wire every service to `database`."""
        coordinator = Coordinator()
        catalog = CatalogService(database)
        enrollment = EnrollmentService(database)
        attendance = AttendanceService(database, coordinator)
        return cls(
            database=database,
            coordinator=coordinator,
            participants=ParticipantService(database, coordinator),
            workplaces=WorkplaceService(database),
            enrollment=enrollment,
            groups=GroupService(database),
            attendance=attendance,
            catalog=catalog,
            demo=DemoService(database),
            planning=PlanningService(database),
            schedule=ScheduleService(database),
            lecturers=LecturerService(database),
            schedule_export=ScheduleExportService(database),
            participant_import=ParticipantImportService(database),
            exports=ExportService(catalog, enrollment, attendance),
            attendance_import=AttendanceImportService(attendance, database),
            email_lists=EmailListService(database, attendance),
            reports=ReportService(database, attendance),
            certificates=CertificateService(database, attendance),
            backups=BackupService(database),
            alumni=AlumniService(database, attendance),
            checkup=CheckupService(database),
            person_data=PersonDataService(database, coordinator),
            thinning=ThinningService(database, attendance, coordinator),
            intake=IntakeService(database, coordinator),
        )
