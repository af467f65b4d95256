"""Test-data factories: small callables that create rows with sensible defaults and return ids."""

from __future__ import annotations

from datetime import date, time
from itertools import count
from typing import Any

from seminarkoll.data.database import Database
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    Enrollment,
    Person,
    Programme,
    Seminar,
    ThemeArea,
    Workplace,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.text import email_key, fold

_serial = count(1)


class Factory:
    """Creates rows in their own transactions; every method returns the new row's id."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def _add(self, row: Any) -> int:
        with self.db.transaction() as session:
            session.add(row)
            session.flush()
            return int(row.id)

    def programme(self, name: str | None = None, **fields: Any) -> int:
        return self._add(Programme(name=name or f"Program {next(_serial)}", **fields))

    def theme(self, programme_id: int, name: str | None = None, position: int = 0) -> int:
        return self._add(
            ThemeArea(
                programme_id=programme_id, name=name or f"Tema {next(_serial)}", position=position
            )
        )

    def cohort(self, programme_id: int | None = None, **fields: Any) -> int:
        values: dict[str, Any] = {
            "name": f"Omgång {next(_serial)}",
            "school_year": "2024/2025",
            "start_date": date(2024, 8, 19),
            "end_date": date(2025, 6, 13),
        }
        values.update(fields)
        return self._add(Cohort(programme_id=programme_id or self.programme(), **values))

    def seminar(self, cohort_id: int, number: int, day: date, **fields: Any) -> int:
        values: dict[str, Any] = {
            "title": f"Seminarium {number}",
            "start_time": time(13, 0),
            "end_time": time(16, 0),
            "location": "Stadshuset",
        }
        values.update(fields)
        return self._add(Seminar(cohort_id=cohort_id, number=number, date=day, **values))

    def workplace(self, name: str) -> int:
        return self._add(Workplace(name=name, name_key=fold(name)))

    def person(
        self,
        first_name: str = "Anna",
        last_name: str | None = None,
        email: str | None = None,
        workplace_id: int | None = None,
        **fields: Any,
    ) -> int:
        last = last_name if last_name is not None else f"Person{next(_serial)}"
        mail = email if email is not None else f"{fold(first_name)}.{fold(last)}@example.se"
        return self._add(
            Person(
                first_name=first_name,
                last_name=last,
                email=mail or None,
                email_key=email_key(mail),
                workplace_id=workplace_id,
                **fields,
            )
        )

    def enrollment(
        self,
        cohort_id: int,
        person_id: int | None = None,
        status: EnrollmentStatus = EnrollmentStatus.ENROLLED,
        **fields: Any,
    ) -> int:
        return self._add(
            Enrollment(
                cohort_id=cohort_id, person_id=person_id or self.person(), status=status, **fields
            )
        )

    def attendance(
        self,
        seminar_id: int,
        enrollment_id: int,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
        **fields: Any,
    ) -> int:
        return self._add(
            Attendance(seminar_id=seminar_id, enrollment_id=enrollment_id, status=status, **fields)
        )
