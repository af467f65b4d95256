"""Exchange benchmark: participant import and attendance export, against floors measured here.

1. Importing 10,000 participant rows from .xlsx into an empty cohort, end to end (read,
   check, match, write in one transaction), against python-calamine alone reading the same
   file. Goal: at most 5x, and peak memory (tracemalloc) under 200 MB.
2. Exporting the attendance workbook for 2,000 participants x 7 seminars with all its
   formatting, against openpyxl (write-only, with lxml) writing the same cells unformatted.
   Goal: at most 1.5x.

Medians of RUNS runs (BENCH_RUNS, default 9), alternating.
Run: .venv/bin/python bench/exchange_bench.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from seminarkoll.data.database import Database
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.models import Cohort, Programme
from seminarkoll.domain.completion import CellState, SeminarTotals
from seminarkoll.domain.enums import CompletionState, EnrollmentStatus
from seminarkoll.domain.exports import (
    CELL_WORDS,
    COMPLETION_WORDS,
    AttendanceExport,
    ExportHeading,
    MatrixEntry,
    MatrixSeminar,
)
from seminarkoll.exchange.cohort_workbook import write_attendance_workbook
from seminarkoll.services.participant_import import ParticipantImportService

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
IMPORT_ROWS = 10_000
EXPORT_PARTICIPANTS = 2_000
SEMINARS = 7
GOAL_IMPORT = 5.0
GOAL_MEMORY_MB = 200.0
GOAL_EXPORT = 1.5

FIRST = ["Anna", "Björn", "Åsa", "Östen", "Karin", "Mohammed", "Leila", "Per", "Zlatan", "Elin"]
LAST = ["Andersson", "Berg", "Ek", "Håkansson", "Öberg", "Yilmaz", "Lind", "Ström", "Nilsson"]
ROLES = ["Lärare", "Förskollärare", "Förstelärare", "Speciallärare", "Fritidspedagog"]


def participant_file(folder: Path) -> Path:
    """10,000 rows as a coordinator receives them: name, e-mail, school, role, phone."""
    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Anmälningar")
    sheet.append(["Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"])
    for number in range(IMPORT_ROWS):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        sheet.append(
            [
                f"{first} {last}",
                f"{_ascii(first)}.{_ascii(last)}{number}@skola.example.se",
                f"{rng.choice(['Torsbo', 'Strand', 'Sylte', 'Lextorp', 'Björnens'])}"
                f"skolan {number % 60}",
                rng.choice(ROLES),
                f"0520-{rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}",
            ]
        )
    path = folder / "anmalningar.xlsx"
    book.save(path)
    return path


def _ascii(name: str) -> str:
    """How Swedish schools spell names in addresses: "Åsa Öberg" -> "asa", "oberg"."""
    return name.lower().translate(str.maketrans("åäöé", "aaoe"))


def empty_cohort(folder: Path, name: str) -> tuple[Database, int]:
    """A new, migrated database holding one programme and one empty cohort."""
    location = for_sqlite_file(folder / f"{name}.sqlite3")
    upgrade(location, folder / "backups")
    database = Database(location)
    with database.transaction() as session:
        programme = Programme(name="Ledare på lut")
        session.add(programme)
        session.flush()
        cohort = Cohort(
            programme_id=programme.id,
            name="Omgång 1",
            school_year="2024/2025",
            start_date=date(2024, 8, 19),
            end_date=date(2025, 6, 13),
        )
        session.add(cohort)
        session.flush()
        return database, cohort.id


def calamine_read(path: Path) -> None:
    """The floor: python-calamine reading the sheet into Python lists."""
    with CalamineWorkbook.from_path(str(path)) as book:
        book.get_sheet_by_index(0).to_python()


def import_all(database: Database, cohort_id: int, path: Path) -> None:
    """What the import window and `seminarkoll import participants` do: read, preview, run."""
    service = ParticipantImportService(database)
    preview = service.preview(service.read_file(path), cohort_id)
    result = service.run(preview)
    assert result.created == IMPORT_ROWS, result.summary


def matrix_data() -> AttendanceExport:
    """2,000 participants x 7 seminars with realistic marks, verdicts and totals."""
    rng = random.Random(11)
    states = [CellState.PRESENT] * 8 + [CellState.LATE, CellState.EXCUSED, CellState.ABSENT]
    seminars = tuple(
        MatrixSeminar(100 + n, n, f"Seminarium {n}", date(2024, 9, 5 + 2 * n), "Tema", n < 5, n < 4)
        for n in range(1, SEMINARS + 1)
    )
    entries = tuple(
        MatrixEntry(
            enrollment_id=1000 + i,
            first_name=rng.choice(FIRST),
            last_name=f"{rng.choice(LAST)} {i}",
            workplace=f"Skola {i % 60}",
            groups=(f"Grupp {i % 12}",),
            status=EnrollmentStatus.ENROLLED,
            cells=tuple(rng.choice(states) if s.held else CellState.NOT_YET_HELD for s in seminars),
            attended=4,
            required=6,
            state=rng.choice(list(CompletionState)),
            reason="Har deltagit i 4 av 7 seminarier och behöver delta i 2 av de 3 återstående.",
        )
        for i in range(EXPORT_PARTICIPANTS)
    )
    totals = tuple(SeminarTotals(2000, 1500, 200, 100, 100, 100) for _ in seminars)
    heading = ExportHeading(1, "Ledare på lut", "Omgång 1", "2024/2025", datetime(2025, 1, 1))
    return AttendanceExport(heading, 6, seminars, entries, totals)


def plain_write(data: AttendanceExport, path: Path) -> None:
    """The floor: openpyxl writing the same cells with no formatting at all."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Närvaro")
    sheet.append([None, f"Närvaro – {data.heading.title}"])
    sheet.append([None, "Krav: 6 av 7 seminarier"])
    sheet.append(
        ["Seminarkoll-id", "omgång:1", "närvaromatris", None, None]
        + [f"status:{s.seminar_id}" for s in data.seminars]
    )
    sheet.append(
        ["Id", "Efternamn", "Förnamn", "Arbetsplats", "Grupp"]
        + [f"Sem. {s.number}\n{s.date}\n{s.theme_name}" for s in data.seminars]
        + ["Deltagit", "Krav", "Resultat", "Förklaring"]
    )
    for entry in data.entries:
        sheet.append(
            [
                entry.enrollment_id,
                entry.last_name,
                entry.first_name,
                entry.workplace,
                ", ".join(entry.groups),
                *(CELL_WORDS[c] or None for c in entry.cells),
                entry.attended,
                entry.required,
                COMPLETION_WORDS[entry.state],
                entry.reason,
            ]
        )
    sheet.append([])
    for label in ("Förväntade", "Närvarande", "Sen", "Anmäld frånvaro", "Frånvarande", "Ej"):
        sheet.append(["summa", label, None, None, None, *(t.present for t in data.totals)])
    book.save(path)


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="seminarkoll-bench-") as temp:
        folder = Path(temp)
        source = participant_file(folder)
        floor_read: list[float] = []
        imports: list[float] = []
        for run in range(RUNS):
            database, cohort = empty_cohort(folder, f"import{run}")
            floor_read.append(timed(lambda: calamine_read(source)))
            imports.append(timed(lambda db=database, c=cohort: import_all(db, c, source)))
            database.close()
        database, cohort = empty_cohort(folder, "memory")
        tracemalloc.start()
        import_all(database, cohort, source)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        database.close()
        peak_mb = peak / 2**20

        data = matrix_data()
        floor_write: list[float] = []
        exports: list[float] = []
        for run in range(RUNS):
            floor_write.append(timed(lambda r=run: plain_write(data, folder / f"plain{r}.xlsx")))
            exports.append(
                timed(lambda r=run: write_attendance_workbook(data, folder / f"matrix{r}.xlsx"))
            )

    read_median, import_median = statistics.median(floor_read), statistics.median(imports)
    write_median, export_median = statistics.median(floor_write), statistics.median(exports)
    import_ratio = import_median / read_median
    export_ratio = export_median / write_median
    print(f"participant import, {IMPORT_ROWS} rows from .xlsx into an empty cohort ({RUNS} runs)")
    print(f"  python-calamine read only   median {read_median * 1000:8.1f} ms")
    print(f"  import end to end           median {import_median * 1000:8.1f} ms")
    print(f"  ratio {import_ratio:.2f}x (goal <= {GOAL_IMPORT}x)")
    print(f"  peak memory (tracemalloc) {peak_mb:.1f} MB (goal < {GOAL_MEMORY_MB:.0f} MB)")
    print(f"attendance workbook, {EXPORT_PARTICIPANTS} participants x {SEMINARS} seminars")
    print(f"  openpyxl, same cells, plain median {write_median * 1000:8.1f} ms")
    print(f"  finished workbook           median {export_median * 1000:8.1f} ms")
    print(f"  ratio {export_ratio:.2f}x (goal <= {GOAL_EXPORT}x)")
    met = import_ratio <= GOAL_IMPORT and peak_mb < GOAL_MEMORY_MB and export_ratio <= GOAL_EXPORT
    print("all goals met" if met else "GOAL MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
