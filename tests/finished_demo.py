"""The example programme with seminars 5-7 filled in, as a coordinator has it in June."""

from __future__ import annotations

from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.services.attendance import MarkChange
from seminarkoll.services.container import Services

LATE_MARKS: dict[str, dict[int, AttendanceStatus]] = {
    "Johan Ek": {5: AttendanceStatus.ABSENT, 6: AttendanceStatus.ABSENT},
    "Mohammed Ali": {7: AttendanceStatus.EXCUSED},
    "Elin Sjöberg": {6: AttendanceStatus.LATE},
    "Zlatan Petrović": {5: AttendanceStatus.ABSENT},
}
"""Marks for seminars 5-7 other than present, by participant name."""


def finish_demo(services: Services) -> int:
    """Load the example and mark seminars 5-7 (present unless `LATE_MARKS` says otherwise);
    returns the cohort id."""
    result = services.demo.load(earlier_cohorts=False)
    matrix = services.attendance.matrix(result.cohort_id)
    seminars = {s.number: s.id for s in matrix.seminars}
    changes = [
        MarkChange(
            row.enrollment_id,
            seminars[number],
            LATE_MARKS.get(row.name, {}).get(number, AttendanceStatus.PRESENT),
        )
        for row in matrix.rows
        if row.status is EnrollmentStatus.ENROLLED
        for number in (5, 6, 7)
    ]
    services.attendance.apply(changes, source=ChangeSource.MATRIX)
    return result.cohort_id
