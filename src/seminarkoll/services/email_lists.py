"""E-mail list use cases: the addresses of a cohort's participants (filtered) or lecturers."""

from __future__ import annotations

from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Person, Seminar, SeminarLecturer
from seminarkoll.domain.catalog import seminar_column
from seminarkoll.domain.completion import CellState, needs_attention
from seminarkoll.domain.email_list import EmailFilter, EmailList, SeminarMarks, recipients
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.text import name_key
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.services.attendance import AttendanceMatrix, AttendanceService, MatrixRow

_TAKING_PART = frozenset({EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED})

_MARKED: dict[SeminarMarks, frozenset[CellState]] = {
    SeminarMarks.ABSENT: frozenset({CellState.ABSENT}),
    SeminarMarks.EXCUSED: frozenset({CellState.EXCUSED}),
    SeminarMarks.PRESENT: frozenset({CellState.PRESENT, CellState.LATE}),
}

_MARK_TITLES = {
    SeminarMarks.ABSENT: QT_TRANSLATE_NOOP("Exports", "frånvarande vid seminarium {n}"),
    SeminarMarks.EXCUSED: QT_TRANSLATE_NOOP("Exports", "med anmäld frånvaro vid seminarium {n}"),
    SeminarMarks.PRESENT: QT_TRANSLATE_NOOP("Exports", "närvarande vid seminarium {n}"),
}


class EmailListService:
    """Picks recipients from the attendance matrix (so verdicts follow the completion rules)."""

    def __init__(self, database: Database, attendance: AttendanceService) -> None:
        self._db = database
        self._attendance = attendance

    def participants(self, cohort_id: int, wanted: EmailFilter | None = None) -> EmailList:
        """The cohort's participants picked by `wanted` (everyone taking part when None),
        sorted by last and first name; NotFoundError names a seminar number that is not there."""
        wanted = wanted or EmailFilter()
        matrix = self._attendance.matrix(cohort_id)
        rows = [row for row in matrix.rows if _picked(matrix, row, wanted)]
        emails = self._emails({row.person_id for row in rows})
        rows.sort(key=lambda r: name_key(r.last_name, r.first_name))
        return EmailList(
            title=_title(matrix, wanted),
            recipients=recipients(
                (row.first_name, row.last_name, emails.get(row.person_id)) for row in rows
            ),
        )

    def lecturers(self, cohort_id: int) -> EmailList:
        """Everyone lecturing at one of the cohort's seminars, each once, by name."""
        with self._db.transaction() as session:
            people = session.execute(
                select(Person.first_name, Person.last_name, Person.email)
                .join(SeminarLecturer, SeminarLecturer.person_id == Person.id)
                .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
                .where(Seminar.cohort_id == cohort_id)
                .distinct()
            ).all()
        ordered = sorted(people, key=lambda p: name_key(p[1], p[0]))
        return EmailList(
            translate("Exports", "Föreläsare i omgången"),
            recipients((first, last, email) for first, last, email in ordered),
        )

    def _emails(self, person_ids: set[int]) -> dict[int, str | None]:
        if not person_ids:
            return {}
        with self._db.transaction() as session:
            found = session.execute(
                select(Person.id, Person.email).where(Person.id.in_(person_ids))
            ).all()
            return dict(found)


def _picked(matrix: AttendanceMatrix, row: MatrixRow, wanted: EmailFilter) -> bool:
    if wanted.enrollment_ids is not None and row.enrollment_id not in wanted.enrollment_ids:
        return False
    if wanted.group_id is not None and wanted.group_id not in row.group_ids:
        return False
    if wanted.at_risk and not needs_attention(row.result):
        return False
    if wanted.seminar_number is None:
        return row.status in _TAKING_PART or wanted.enrollment_ids is not None
    numbers = [s.number for s in matrix.seminars]
    column = seminar_column(numbers, wanted.seminar_number, matrix.cohort_name)
    return row.cells[column] in _MARKED[wanted.marks]


def _title(matrix: AttendanceMatrix, wanted: EmailFilter) -> str:
    parts = [translate("Exports", "Deltagare")]
    if wanted.enrollment_ids is not None:
        parts = [translate("Exports", "Markerade deltagare")]
    if wanted.group_id is not None:
        names = {group.id: group.name for group in matrix.groups}
        group = names.get(wanted.group_id) or translate("Exports", "gruppen")
        parts.append(translate("Exports", "i {group}").format(group=group))
    if wanted.seminar_number is not None:
        parts.append(
            translate("Exports", _MARK_TITLES[wanted.marks]).format(n=wanted.seminar_number)
        )
    if wanted.at_risk:
        parts.append(translate("Exports", "i riskzonen"))
    if len(parts) == 1 and wanted.enrollment_ids is None:
        return translate("Exports", "Alla deltagare i {cohort}").format(cohort=matrix.cohort_name)
    return " ".join(parts)
