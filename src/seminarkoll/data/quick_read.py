"""Start-up reads with the standard library's sqlite3 only, so data shows before SQLAlchemy loads.

The same read models as CatalogService, from the same tables; a test holds the two equal.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from contextlib import closing
from datetime import UTC, date, datetime, time
from pathlib import Path

from seminarkoll.domain.catalog import (
    CohortOverview,
    CohortSummary,
    ProgrammeSummary,
    SeminarRow,
    lecturer_label,
)
from seminarkoll.domain.enums import CohortStatus

_ACTIVE = "('enrolled', 'completed')"


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    connection.execute("PRAGMA busy_timeout = 5000")
    return connection


def _enrolled_counts(connection: sqlite3.Connection) -> dict[int, int]:
    rows = connection.execute(
        f"SELECT cohort_id, count(*) FROM enrollment WHERE status IN {_ACTIVE} GROUP BY cohort_id"
    )
    return {int(cohort_id): int(count) for cohort_id, count in rows}


def _cohort(row: tuple[object, ...], enrolled: int) -> CohortSummary:
    cohort_id, programme_id, name, school_year, status, start, end = row
    return CohortSummary(
        id=int(str(cohort_id)),
        programme_id=int(str(programme_id)),
        name=str(name),
        school_year=str(school_year),
        status=CohortStatus(str(status)),
        start_date=date.fromisoformat(str(start)),
        end_date=date.fromisoformat(str(end)),
        enrolled_count=enrolled,
    )


_COHORT_COLUMNS = "id, programme_id, name, school_year, status, start_date, end_date"


def programmes(path: Path) -> tuple[ProgrammeSummary, ...]:
    """Every programme with its cohorts, as CatalogService.programmes() gives them."""
    with closing(_connect(path)) as connection:
        counts = _enrolled_counts(connection)
        cohorts: dict[int, list[CohortSummary]] = defaultdict(list)
        for row in connection.execute(f"SELECT {_COHORT_COLUMNS} FROM cohort"):
            cohort = _cohort(row, counts.get(int(row[0]), 0))
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
    with closing(_connect(path)) as connection:
        row = connection.execute(
            f"SELECT {_COHORT_COLUMNS}, min_attended FROM cohort WHERE id = ?", (cohort_id,)
        ).fetchone()
        if row is None:
            return None
        programme_name = connection.execute(
            "SELECT name FROM programme WHERE id = ?", (row[1],)
        ).fetchone()[0]
        enrolled = connection.execute(
            f"SELECT count(*) FROM enrollment WHERE cohort_id = ? AND status IN {_ACTIVE}",
            (cohort_id,),
        ).fetchone()[0]
        tallies = {
            int(seminar_id): (int(present or 0), int(recorded))
            for seminar_id, present, recorded in connection.execute(
                "SELECT a.seminar_id, sum(CASE WHEN a.status IN ('present', 'late') THEN 1 "
                "ELSE 0 END), count(*) FROM attendance a JOIN seminar s ON s.id = a.seminar_id "
                "WHERE s.cohort_id = ? GROUP BY a.seminar_id",
                (cohort_id,),
            )
        }
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
            "t.id, t.name, t.colour, s.signed_off_at FROM seminar s "
            "LEFT JOIN theme_area t ON t.id = s.theme_area_id "
            "WHERE s.cohort_id = ? ORDER BY s.number",
            (cohort_id,),
        ).fetchall()
        seminars = tuple(
            _seminar_row(row, tallies.get(int(row[0]), (0, 0)), lecturers[int(row[0])])
            for row in rows
        )
        return CohortOverview(
            cohort=_cohort(row[:7], int(enrolled)),
            programme_name=str(programme_name),
            min_attended=int(row[7]),
            seminars=seminars,
        )


def _seminar_row(row: tuple[object, ...], tally: tuple[int, int], names: list[str]) -> SeminarRow:
    sid, number, title, day, start, end, location, theme_id, theme_name, colour, signed = row
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
        present_count=tally[0],
        recorded_count=tally[1],
        signed_off_at=_moment(signed),
    )
