"""Attendance benchmark: the matrix model and the register's type-ahead search, against raw SQL.

A synthetic database: one cohort of 500 participants x 7 seminars (four held and signed off),
in a register of 20,000 persons. Two measurements, medians of RUNS runs, each against a floor
measured in the same run with the standard library's sqlite3:

* matrix: `AttendanceService.matrix()` plus `AttendanceMatrixModel.set_matrix()` (rows, cell
  states, verdicts, column totals) vs one raw query fetching the same participant x seminar
  rows (name, workplace, mark, note). Goal: at most 3x.
* search: per keystroke while typing names, `ParticipantService.search()` plus narrowing the
  loaded register model (`PersonTableModel.set_matches`) vs a raw `LIKE` on the search column
  returning the matching ids. Goal: at most 3x.

Run: .venv/bin/python bench/attendance_bench.py
"""

from __future__ import annotations

import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert, select

from seminarkoll.data.database import Database
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Programme,
    Seminar,
    SignOffEvent,
    ThemeArea,
    Workplace,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.person_rules import person_search_key
from seminarkoll.domain.text import email_key, fold
from seminarkoll.services.container import Services

RUNS = int(os.environ.get("BENCH_RUNS", "15"))
GOAL = 3.0
PERSONS = 20_000
PARTICIPANTS = 500
SEMINARS = 7
HELD = 4
TYPED = ("anders", "lindqv", "åsa", "sylteskolan", "karin b")

FIRST = [
    "Anna",
    "Anders",
    "Åsa",
    "Östen",
    "Björn",
    "Cecilia",
    "David",
    "Elin",
    "Emma",
    "Erik",
    "Fredrik",
    "Greta",
    "Hanna",
    "Ingrid",
    "Johan",
    "Karin",
    "Lars",
    "Leila",
    "Linnea",
    "Maja",
    "Maria",
    "Mohammed",
    "Nils",
    "Oskar",
    "Per",
    "Sara",
    "Sofia",
    "Tove",
    "Ulla",
    "Zlatan",
]
LAST = [
    "Andersson",
    "Berg",
    "Bergström",
    "Dahl",
    "Ek",
    "Eriksson",
    "Holm",
    "Håkansson",
    "Johansson",
    "Karlsson",
    "Lind",
    "Lindqvist",
    "Lundqvist",
    "Magnusson",
    "Nilsson",
    "Nyström",
    "Öberg",
    "Persson",
    "Petrović",
    "Sandberg",
    "Sjöberg",
    "Ström",
    "Wallin",
    "Wikström",
    "Yilmaz",
    "Ali",
    "Haddad",
    "Ärlig",
    "Åkesson",
    "Zetterlund",
]
SCHOOLS = [
    "Lextorpsskolan",
    "Sylteskolan",
    "Strandskolan",
    "Torsboskolan",
    "Kronogårdsskolan",
    "Skogshöjdens skola",
]


def build(db: Database) -> int:
    """Fill `db` with the synthetic register and cohort; returns the cohort id."""
    rng = random.Random(20161)
    with db.transaction() as session:
        programme = Programme(name="Ledare på lut")
        themes = [ThemeArea(name=f"Tema {n}", position=n) for n in range(1, 4)]
        programme.theme_areas = themes
        cohort = Cohort(
            programme=programme,
            name="Stor omgång",
            school_year="2024/2025",
            start_date=date(2024, 8, 19),
            end_date=date(2025, 6, 13),
        )
        session.add_all([programme, cohort])
        session.flush()
        seminars = [
            Seminar(
                cohort_id=cohort.id,
                number=n,
                title=f"Seminarium {n}",
                date=date(2024, 9, 5) + timedelta(weeks=4 * (n - 1)),
                theme_area_id=themes[(n - 1) * 3 // SEMINARS].id,
            )
            for n in range(1, SEMINARS + 1)
        ]
        session.add_all(seminars)
        workplaces = [
            {"name": f"{school} {n}", "name_key": fold(f"{school} {n}")}
            for n in range(1, 11)
            for school in SCHOOLS
        ]
        session.execute(insert(Workplace), workplaces)
        workplace_rows = session.execute(select(Workplace.id, Workplace.name)).all()
        people = []
        for n in range(PERSONS):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            wid, wname = rng.choice(workplace_rows)
            email = f"{fold(first)}.{fold(last)}.{n}@exempel.se"
            people.append(
                {
                    "first_name": first,
                    "last_name": last,
                    "email": email,
                    "email_key": email_key(email),
                    "workplace_id": wid,
                    "title": "Lärare",
                    "search_key": person_search_key(first, last, email, wname, "Lärare", ""),
                }
            )
        session.execute(insert(Person), people)
        person_ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        chosen = rng.sample(list(person_ids), PARTICIPANTS)
        enrolments = []
        for n, pid in enumerate(chosen):
            status = EnrollmentStatus.WITHDRAWN if n % 33 == 0 else EnrollmentStatus.ENROLLED
            enrolments.append(
                {
                    "cohort_id": cohort.id,
                    "person_id": pid,
                    "status": status,
                    "joined_on": seminars[1].date if n % 20 == 0 else cohort.start_date,
                    "left_on": seminars[2].date if status is EnrollmentStatus.WITHDRAWN else None,
                }
            )
        session.execute(insert(Enrollment), enrolments)
        enrolment_ids = session.scalars(
            select(Enrollment.id).where(Enrollment.cohort_id == cohort.id).order_by(Enrollment.id)
        ).all()
        groups = [CohortGroup(cohort_id=cohort.id, name=f"Lärteam {n}") for n in range(1, 26)]
        session.add_all(groups)
        session.flush()
        session.execute(
            insert(GroupMember),
            [
                {"group_id": groups[n % len(groups)].id, "enrollment_id": eid}
                for n, eid in enumerate(enrolment_ids)
            ],
        )
        statuses = list(AttendanceStatus)
        marks = []
        for seminar in seminars[:HELD]:
            for eid in enrolment_ids:
                status = rng.choices(statuses, weights=(85, 5, 5, 5))[0]
                marks.append({"seminar_id": seminar.id, "enrollment_id": eid, "status": status})
        session.execute(insert(Attendance), marks)
        stamp = datetime(2024, 12, 1, tzinfo=UTC)
        for seminar in seminars[:HELD]:
            seminar.signed_off_at, seminar.signed_off_by = stamp, "Bench"
            session.add(SignOffEvent(seminar_id=seminar.id, action="sign", at=stamp, by="Bench"))
        return cohort.id


RAW_MATRIX = """
SELECT e.id, p.first_name, p.last_name, w.name, s.id, s.number, a.status, a.note
FROM enrollment e
JOIN person p ON p.id = e.person_id
LEFT JOIN workplace w ON w.id = p.workplace_id
JOIN seminar s ON s.cohort_id = e.cohort_id
LEFT JOIN attendance a ON a.enrollment_id = e.id AND a.seminar_id = s.id
WHERE e.cohort_id = ?
ORDER BY e.id, s.number
"""

RAW_SEARCH = "SELECT id FROM person WHERE search_key LIKE ? ORDER BY id"


def paired(
    app: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Median wall times of `app` and `floor`, called alternately `runs` times each after a
    warm-up, so a busy machine slows both alike."""
    app()
    floor()
    app_times, floor_times = [], []
    for _ in range(runs):
        for action, times in ((app, app_times), (floor, floor_times)):
            gc.collect()
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    return statistics.median(app_times), statistics.median(floor_times)


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from seminarkoll.ui.attendance.matrix_model import AttendanceMatrixModel
    from seminarkoll.ui.participants.register_model import PersonTableModel

    QGuiApplication.instance() or QGuiApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        location = for_sqlite_file(path)
        upgrade(location, Path(folder) / "backups")
        database = Database(location)
        started = time.perf_counter()
        cohort_id = build(database)
        print(
            f"attendance: built {PERSONS} persons, {PARTICIPANTS} participants x {SEMINARS} "
            f"seminars in {time.perf_counter() - started:.1f} s; medians of {RUNS} runs"
        )
        services = Services.build(database)
        raw = sqlite3.connect(path)

        def build_matrix() -> None:
            model = AttendanceMatrixModel()
            model.set_matrix(services.attendance.matrix(cohort_id))
            assert model.rowCount() == PARTICIPANTS

        def raw_matrix() -> None:
            rows = raw.execute(RAW_MATRIX, (cohort_id,)).fetchall()
            assert len(rows) == PARTICIPANTS * SEMINARS

        app_matrix, floor_matrix = paired(build_matrix, raw_matrix, RUNS)

        register = PersonTableModel()
        register.set_rows(services.participants.register())
        prefixes = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
        app_keys: list[float] = []
        floor_keys: list[float] = []
        for prefix in prefixes:

            def keystroke(text: str = prefix) -> None:
                register.set_matches(services.participants.search(text))

            def raw_like(text: str = prefix) -> None:
                raw.execute(RAW_SEARCH, (f"%{fold(text)}%",)).fetchall()

            app_key, floor_key = paired(keystroke, raw_like, max(3, RUNS // 3))
            app_keys.append(app_key)
            floor_keys.append(floor_key)
        raw.close()
        database.close()
    app_search, floor_search = statistics.median(app_keys), statistics.median(floor_keys)
    matrix_ratio = app_matrix / floor_matrix
    search_ratio = app_search / floor_search
    print(
        f"  matrix model:  app {app_matrix * 1000:.1f} ms, raw SQL {floor_matrix * 1000:.1f} ms, "
        f"ratio {matrix_ratio:.2f}x (goal <= {GOAL}x)"
    )
    print(
        f"  search/key:    app {app_search * 1000:.1f} ms, raw LIKE {floor_search * 1000:.1f} ms, "
        f"ratio {search_ratio:.2f}x (goal <= {GOAL}x; {len(prefixes)} keystrokes)"
    )
    return 0 if matrix_ratio <= GOAL and search_ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
