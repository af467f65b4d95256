"""Start-up reads with the standard library's sqlite3 only, so data shows before SQLAlchemy loads.

The same read models as CatalogService, and the same rows as the attendance matrix's reads,
from the same tables; tests hold each pair equal. The window's first screen, `seminarkoll
list` and `seminarkoll status` read through here.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path

from seminarkoll.data.matrix_source import FrameRows, MatrixSource
from seminarkoll.data.sqlite_file import sqlite_error
from seminarkoll.domain.attendance import seminar_held
from seminarkoll.domain.catalog import (
    CohortOverview,
    CohortSummary,
    ProgrammeSummary,
    SeminarRow,
    lecturer_label,
    participant_counts,
    schedule_totals,
)
from seminarkoll.domain.completion import SeminarSlot, SeminarTotals
from seminarkoll.domain.enums import AttendanceStatus, CohortStatus, EnrollmentStatus, GroupKind
from seminarkoll.domain.translation import translate


@contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to `path`; SQLite's errors become a DatabaseError that says
    what went wrong in plain words."""
    try:
        with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as connection:
            connection.execute("PRAGMA busy_timeout = 5000")
            yield connection
    except sqlite3.Error as exc:
        failed = translate("Errors", "Databasen {path} kunde inte läsas: {exc}.")
        raise sqlite_error(exc, path, failed) from exc


def _day(value: object) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _participant_counts(
    connection: sqlite3.Connection, cohort_id: int | None = None
) -> dict[int, tuple[int, int]]:
    where, parameters = (
        ("WHERE cohort_id = ? ", (cohort_id,)) if cohort_id is not None else ("", ())
    )
    rows = connection.execute(
        "SELECT cohort_id, status, joined_on, left_on, count(*) FROM enrollment "
        f"{where}GROUP BY cohort_id, status, joined_on, left_on",
        parameters,
    )
    return participant_counts(
        (int(cid), EnrollmentStatus(str(status)), _day(joined), _day(left), int(count))
        for cid, status, joined, left, count in rows
    )


def _cohort(row: tuple[object, ...], counts: tuple[int, int]) -> CohortSummary:
    cohort_id, programme_id, name, school_year, status, start, end, version = row
    return CohortSummary(
        id=int(str(cohort_id)),
        programme_id=int(str(programme_id)),
        name=str(name),
        school_year=str(school_year),
        status=CohortStatus(str(status)),
        start_date=date.fromisoformat(str(start)),
        end_date=date.fromisoformat(str(end)),
        enrolled_count=counts[0],
        withdrawn_count=counts[1],
        version=int(str(version)),
    )


_COHORT_COLUMNS = "id, programme_id, name, school_year, status, start_date, end_date, version"


def programmes(path: Path) -> tuple[ProgrammeSummary, ...]:
    """Every programme with its cohorts, as CatalogService.programmes() gives them."""
    with _reading(path) as connection:
        counts = _participant_counts(connection)
        cohorts: dict[int, list[CohortSummary]] = defaultdict(list)
        for row in connection.execute(f"SELECT {_COHORT_COLUMNS} FROM cohort"):
            cohort = _cohort(row, counts.get(int(row[0]), (0, 0)))
            cohorts[cohort.programme_id].append(cohort)
        return tuple(
            ProgrammeSummary(
                id=int(programme_id),
                name=str(name),
                organiser=str(organiser),
                archived=bool(archived),
                cohorts=tuple(
                    sorted(
                        cohorts[int(programme_id)], key=lambda c: (c.start_date, c.id), reverse=True
                    )
                ),
            )
            for programme_id, name, organiser, archived in connection.execute(
                "SELECT id, name, organiser, archived FROM programme ORDER BY name"
            )
        )


def _time(value: object) -> time | None:
    return None if value is None else time.fromisoformat(str(value))


def _moment(value: object) -> datetime | None:
    return None if value is None else datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def cohort_overview(path: Path, cohort_id: int) -> CohortOverview | None:
    """The cohort overview, as CatalogService.cohort_overview() gives it; None when missing."""
    with _reading(path) as connection:
        row = connection.execute(
            f"SELECT {_COHORT_COLUMNS}, min_attended, sportlov_week FROM cohort WHERE id = ?",
            (cohort_id,),
        ).fetchone()
        if row is None:
            return None
        programme_name = connection.execute(
            "SELECT name FROM programme WHERE id = ?", (row[1],)
        ).fetchone()[0]
        marks = [
            (int(eid), int(sid), AttendanceStatus(str(status)))
            for eid, sid, status in connection.execute(
                "SELECT a.enrollment_id, a.seminar_id, a.status FROM attendance a "
                "JOIN seminar s ON s.id = a.seminar_id WHERE s.cohort_id = ?",
                (cohort_id,),
            )
        ]
        enrolments = [
            (int(eid), EnrollmentStatus(str(status)), _day(joined), _day(left))
            for eid, status, joined, left in connection.execute(
                "SELECT id, status, joined_on, left_on FROM enrollment WHERE cohort_id = ?",
                (cohort_id,),
            )
        ]
        lecturers: dict[int, list[str]] = defaultdict(list)
        for seminar_id, first, last, title, topic in connection.execute(
            "SELECT l.seminar_id, p.first_name, p.last_name, p.title, l.topic "
            "FROM seminar_lecturer l JOIN person p ON p.id = l.person_id "
            "JOIN seminar s ON s.id = l.seminar_id WHERE s.cohort_id = ? "
            "ORDER BY l.seminar_id, l.position, l.id",
            (cohort_id,),
        ):
            lecturers[int(seminar_id)].append(
                lecturer_label(str(first), str(last), str(title), str(topic))
            )
        rows = connection.execute(
            "SELECT s.id, s.number, s.title, s.date, s.start_time, s.end_time, s.location, "
            "t.id, t.name, t.colour, s.signed_off_at, s.version FROM seminar s "
            "LEFT JOIN theme_area t ON t.id = s.theme_area_id "
            "WHERE s.cohort_id = ? ORDER BY s.number",
            (cohort_id,),
        ).fetchall()
        kinds: dict[int, set[AttendanceStatus]] = defaultdict(set)
        for _, sid, status in marks:
            kinds[sid].add(status)
        slots = [
            SeminarSlot(
                id=int(r[0]),
                number=int(r[1]),
                date=date.fromisoformat(str(r[3])),
                held=seminar_held(r[10] is not None, kinds[int(r[0])]),
                signed=r[10] is not None,
            )
            for r in rows
        ]
        totals = schedule_totals(slots, enrolments, marks)
        seminars = tuple(
            _seminar_row(r, slot.held, totals[slot.id], lecturers[slot.id])
            for r, slot in zip(rows, slots, strict=True)
        )
        return CohortOverview(
            cohort=_cohort(
                row[:8], _participant_counts(connection, cohort_id).get(cohort_id, (0, 0))
            ),
            programme_name=str(programme_name),
            min_attended=int(row[8]),
            sportlov_week=int(row[9]),
            seminars=seminars,
        )


def _seminar_row(
    row: tuple[object, ...], held: bool, totals: SeminarTotals, names: list[str]
) -> SeminarRow:
    sid, number, title, day, start, end, location, theme_id, theme_name, colour, signed, version = (
        row
    )
    return SeminarRow(
        id=int(str(sid)),
        number=int(str(number)),
        title=str(title),
        date=date.fromisoformat(str(day)),
        start_time=_time(start),
        end_time=_time(end),
        location=str(location),
        theme_id=None if theme_id is None else int(str(theme_id)),
        theme_name=str(theme_name or ""),
        theme_colour=str(colour or ""),
        lecturers=tuple(names),
        held=held,
        totals=totals,
        signed_off_at=_moment(signed),
        version=int(str(version)),
    )


def matrix_source(path: Path, cohort_id: int) -> MatrixSource | None:
    """The rows of the cohort's attendance matrix, typed as the services' reads give them
    (services.attendance.matrix); None when there is no such cohort."""
    with _reading(path) as connection:
        run = connection.execute
        row = run(
            "SELECT cohort.id, cohort.name, cohort.programme_id, programme.name, "
            "cohort.start_date, cohort.end_date, cohort.min_attended, "
            "cohort.late_counts_as_present, cohort.excused_counts_as_attended, "
            "cohort.require_each_theme, cohort.allow_makeup, programme.meetings_count, "
            "programme.min_per_school_year FROM cohort "
            "JOIN programme ON programme.id = cohort.programme_id WHERE cohort.id = ?",
            (cohort_id,),
        ).fetchone()
        if row is None:
            return None
        cid, name, pid, programme, start, end, minimum, *flags, per_year = row
        flags = [bool(flag) for flag in flags]
        cohort = (cid, name, pid, programme, _day(start), _day(end), minimum, *flags, per_year)
        counting = flags[-1]
        one = (cohort_id,)
        frame = FrameRows(
            cohorts=[cohort],
            seminars=[
                (cid, sid, number, title, _day(day), theme, name, colour, _moment(at), by)
                for cid, sid, number, title, day, theme, name, colour, at, by in run(
                    "SELECT seminar.cohort_id, seminar.id, seminar.number, seminar.title, "
                    "seminar.date, seminar.theme_area_id, theme_area.name, theme_area.colour, "
                    "seminar.signed_off_at, seminar.signed_off_by FROM seminar "
                    "LEFT OUTER JOIN theme_area ON theme_area.id = seminar.theme_area_id "
                    "WHERE seminar.cohort_id = ? ORDER BY seminar.cohort_id, seminar.number",
                    one,
                )
            ],
            kept=run(
                "SELECT enrollment.cohort_id, outcome_summary.enrollment_id, "
                "outcome_summary.state, outcome_summary.reason, outcome_summary.attended, "
                "outcome_summary.expected, outcome_summary.required, outcome_summary.missed, "
                "outcome_summary.made_up FROM outcome_summary "
                "JOIN enrollment ON enrollment.id = outcome_summary.enrollment_id "
                "WHERE enrollment.cohort_id = ?",
                one,
            ).fetchall(),
            meeting_marks=[
                (mid, eid, AttendanceStatus(status))
                for mid, eid, status in run(
                    "SELECT group_meeting_attendance.meeting_id, "
                    "group_meeting_attendance.enrollment_id, group_meeting_attendance.status "
                    "FROM group_meeting_attendance "
                    "JOIN group_meeting ON group_meeting.id = group_meeting_attendance.meeting_id "
                    "JOIN cohort_group ON cohort_group.id = group_meeting.group_id "
                    "WHERE cohort_group.cohort_id = ?",
                    one,
                )
            ]
            if counting
            else (),
            meetings=[
                (mid, gid, _day(day), _moment(at))
                for mid, gid, day, at in run(
                    "SELECT group_meeting.id, group_meeting.group_id, group_meeting.date, "
                    "group_meeting.signed_off_at FROM group_meeting "
                    "JOIN cohort_group ON cohort_group.id = group_meeting.group_id "
                    "WHERE cohort_group.cohort_id = ? "
                    "ORDER BY group_meeting.group_id, group_meeting.date",
                    one,
                )
            ]
            if counting
            else (),
            meeting_members=run(
                "SELECT cohort_group.cohort_id, group_member.group_id, group_member.enrollment_id "
                "FROM group_member JOIN cohort_group ON cohort_group.id = group_member.group_id "
                "WHERE cohort_group.cohort_id = ?",
                one,
            ).fetchall()
            if counting
            else (),
        )
        return MatrixSource(
            cohort_id=cohort_id,
            frame=frame,
            marks=[
                (eid, sid, AttendanceStatus(status), note)
                for eid, sid, status, note in run(
                    "SELECT attendance.enrollment_id, attendance.seminar_id, attendance.status, "
                    "attendance.note FROM attendance "
                    "JOIN seminar ON seminar.id = attendance.seminar_id "
                    "WHERE seminar.cohort_id = ?",
                    one,
                )
            ],
            makeups=run(
                "SELECT makeup_task.enrollment_id, makeup_task.seminar_id FROM makeup_task "
                "JOIN seminar ON seminar.id = makeup_task.seminar_id WHERE seminar.cohort_id = ?",
                one,
            ).fetchall(),
            groups=[
                (gid, name, GroupKind(kind))
                for gid, name, kind in run(
                    "SELECT cohort_group.id, cohort_group.name, cohort_group.kind "
                    "FROM cohort_group WHERE cohort_group.cohort_id = ?",
                    one,
                )
            ],
            members=run(
                "SELECT group_member.group_id, group_member.enrollment_id FROM group_member "
                "JOIN cohort_group ON cohort_group.id = group_member.group_id "
                "WHERE cohort_group.cohort_id = ?",
                one,
            ).fetchall(),
            people=[
                (eid, pid, EnrollmentStatus(status), _day(joined), _day(left), *names)
                for eid, pid, status, joined, left, *names in run(
                    "SELECT enrollment.id, enrollment.person_id, enrollment.status, "
                    "enrollment.joined_on, enrollment.left_on, person.first_name, "
                    "person.last_name, workplace.name FROM enrollment "
                    "JOIN person ON person.id = enrollment.person_id "
                    "LEFT OUTER JOIN workplace ON workplace.id = person.workplace_id "
                    "WHERE enrollment.cohort_id = ? ORDER BY enrollment.id",
                    one,
                )
            ],
        )
