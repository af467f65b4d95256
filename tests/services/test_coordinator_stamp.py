"""Every change is stamped with who made it: on a server the login the server checked (and the
operating-system user when it differs), through the services and the command line alike."""

from __future__ import annotations

import getpass
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import make_url, select

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.models import Attendance, AttendanceChange, Seminar, SignOffEvent
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services


def _expected(location: DatabaseLocation, own_name: str, chosen: bool) -> str:
    """The stamp worked out by hand: the name on a SQLite file; on the test server its
    superuser, the OS user when another, and a chosen name first."""
    if location.is_sqlite:
        return own_name
    login = str(make_url(location.url).username)
    os_user = getpass.getuser()
    ids = [login] if os_user == login else [login, os_user]
    if chosen:
        return f"{own_name} ({', '.join(ids)})"
    return login if len(ids) == 1 else f"{login} ({os_user})"


def test_marks_signoffs_and_unlocks_name_the_coordinator(
    demo: Services, db_location: DatabaseLocation
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.attendance.seminars(cohort)[4].id
    row = demo.attendance.sheet(seminar).rows[0]
    stamp = _expected(db_location, getpass.getuser(), chosen=False)
    assert demo.coordinator.name == stamp
    demo.attendance.set_status([CellRef(row.enrollment_id, seminar)], AttendanceStatus.PRESENT)
    demo.coordinator.set_name("Karin Fredriksson")
    chosen = _expected(db_location, "Karin Fredriksson", chosen=True)
    demo.attendance.sign(seminar)
    demo.attendance.unlock(seminar, "Fel person markerad")
    with demo.database.transaction() as session:
        change = session.scalars(
            select(AttendanceChange).where(AttendanceChange.seminar_id == seminar)
        ).one()
        mark = session.scalars(select(Attendance).where(Attendance.seminar_id == seminar)).one()
        events = session.scalars(
            select(SignOffEvent).where(SignOffEvent.seminar_id == seminar).order_by(SignOffEvent.id)
        ).all()
    assert (change.changed_by, mark.recorded_by) == (stamp, stamp)
    assert [(e.action, e.by) for e in events] == [("sign", chosen), ("unlock", chosen)]


def test_the_command_line_import_names_the_coordinator(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, 6)
    sheet = demo.exports.export_signin(seminar, tmp_path / "sem6.xlsx").path
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    page["F5"] = "Närvarande"
    workbook.save(sheet)
    assert main(["import", "attendance", str(sheet), "--db", db_location.url]) == 0
    with demo.database.transaction() as session:
        (change,) = session.scalars(
            select(AttendanceChange).where(AttendanceChange.seminar_id == seminar)
        ).all()
        signed_by = session.scalar(select(Seminar.signed_off_by).where(Seminar.id == seminar))
    assert change.changed_by == _expected(db_location, getpass.getuser(), chosen=False)
    assert change.source == "import"
    assert signed_by is None
