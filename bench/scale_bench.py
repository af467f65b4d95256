"""Speed at scale: every figure at 1x and 10x (bench/scale_data.py), each against its floor.

Medians of RUNS runs (BENCH_RUNS, default 5), app and floor alternating, measured in the
same run. Fresh processes for start-up and import; in-process for the models. Goals:

* open to data visible (window shows the cohort's schedule) <= 3x a bare Qt window plus a raw
  sqlite3 query of the same rows; menus live (services ready) <= 3x a bare window painted;
* `seminarkoll list` on the 10x file <= 1.15x `list` on the example; `list` and `status`
  <= 1.6x `python -c "import sqlalchemy.orm"`;
* register loaded into its table model, and the search per keystroke, <= 3x raw sqlite3;
* the register-wide scan for possible duplicates <= 3x loading the register into its model;
* sign-off list (150 and 500 people) and attendance matrix models <= 3x raw sqlite3;
* importing 10,000 rows (.xlsx, `seminarkoll import participants`) into a register of
  10,000 x scale persons <= 1.5x the same file into an empty database, process to process,
  peak RSS <= 200 MB;
* exporting the biggest cohort's attendance workbook <= 1.5x a raw query plus openpyxl writing
  the same cells unformatted.

Run: .venv/bin/python bench/scale_bench.py [1 10]
"""

from __future__ import annotations

import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl

import scale_data
from attendance_bench import RAW_MATRIX, RAW_SEARCH, paired
from exchange_bench import participant_file
from startup import FLOOR, time_until

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SOURCE = Path(__file__).resolve().parents[1] / "src" / "seminarkoll"
APP = str(Path(sys.executable).with_name("seminarkoll"))
TYPED = ("anders", "lindqv", "åsa", "sylteskolan", "karin b")


@dataclass(frozen=True)
class Figure:
    """One measured figure at one scale."""

    name: str
    scale: int
    app: float
    floor: float
    goal: float
    unit: str = "s"
    extra: str = ""

    @property
    def ratio(self) -> float:
        return self.app / self.floor

    @property
    def met(self) -> bool:
        return self.ratio <= self.goal

    def line(self) -> str:
        factor = 1000 if self.unit == "ms" else 1
        return (
            f"  {self.scale:>2}x  {self.name:<34} app {self.app * factor:8.1f} {self.unit}  "
            f"floor {self.floor * factor:8.1f} {self.unit}  {self.ratio:5.2f}x "
            f"(goal <= {self.goal}x) {'met' if self.met else 'MISSED'}{self.extra}"
        )


# -- processes ------------------------------------------------------------------------------
def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MB of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command!r} failed with {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def _median_pair(app: Callable[[], float], floor: Callable[[], float]) -> tuple[float, float]:
    app_times, floor_times = [], []
    for _ in range(RUNS):
        app_times.append(app())
        floor_times.append(floor())
    return statistics.median(app_times), statistics.median(floor_times)


def startup_figures(scale: int, db: Path, env: dict[str, str]) -> list[Figure]:
    floor = [sys.executable, "-c", FLOOR, str(db)]
    probe = {**env, "SEMINARKOLL_STARTUP_PROBE": "data"}
    data = _median_pair(
        lambda: time_until([APP, "--db", str(db)], "data", probe),
        lambda: time_until([*floor, "data"], "data", env),
    )
    probe = {**env, "SEMINARKOLL_STARTUP_PROBE": "menus"}
    menus = _median_pair(
        lambda: time_until([APP, "--db", str(db)], "menus", probe),
        lambda: time_until([*floor, "painted"], "painted", env),
    )
    return [
        Figure("open to data visible", scale, *data, 3.0),
        Figure("menus live vs bare window", scale, *menus, 3.0),
    ]


def command_figures(scale: int, db: Path, env: dict[str, str], example: Path) -> list[Figure]:
    floor = [sys.executable, "-c", "import sqlalchemy.orm"]
    figures = []
    for name, arguments in (("list", ["list"]), ("status", ["status", "--cohort", "1"])):
        pair = _median_pair(
            lambda a=arguments: _run([APP, *a, "--db", str(db)], env)[0],
            lambda: _run(floor, env)[0],
        )
        figures.append(Figure(f"`{name}` vs import sqlalchemy.orm", scale, *pair, 1.6))
    if scale > 1:
        pair = _median_pair(
            lambda: _run([APP, "list", "--db", str(db)], env)[0],
            lambda: _run([APP, "list", "--db", str(example)], env)[0],
        )
        figures.append(Figure("`list` vs `list` on the example", scale, *pair, 1.15))
    return figures


def import_figures(scale: int, folder: Path, source: Path, env: dict[str, str]) -> list[Figure]:
    register = scale_data.register_database(scale)
    empty = scale_data.empty_database()
    peaks: list[float] = []

    def into(database: Path) -> float:
        target = scale_data.copy_of(database, folder / "import")
        command = [APP, "import", "participants", str(source), "--cohort", "1"]
        elapsed, peak = _run([*command, "--db", str(target)], env)
        peaks.append(peak)
        target.unlink()
        return elapsed

    pair = _median_pair(lambda: into(register), lambda: into(empty))
    peak = max(peaks)
    figure = Figure(
        f"import 10,000 rows into {scale * 10},000",
        scale,
        *pair,
        1.5,
        extra=f"; peak RSS {peak:.0f} MB (goal <= 200 MB) {'met' if peak <= 200 else 'MISSED'}",
    )
    return [figure] if peak <= 200 else [figure, Figure("peak RSS", scale, peak, 200, 1.0, "MB")]


# -- in process -----------------------------------------------------------------------------
RAW_REGISTER = """
SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.title, p.workplace_id, w.name,
       p.is_lecturer
FROM person p LEFT JOIN workplace w ON w.id = p.workplace_id ORDER BY p.id
"""
RAW_SIGNOFF = """
SELECT e.id, e.person_id, p.first_name, p.last_name, w.name, p.title, e.status, e.joined_on,
       e.left_on, a.status, a.note
FROM enrollment e
JOIN person p ON p.id = e.person_id
LEFT JOIN workplace w ON w.id = p.workplace_id
LEFT JOIN attendance a ON a.enrollment_id = e.id AND a.seminar_id = ?
WHERE e.cohort_id = ? ORDER BY e.id
"""


def model_figures(scale: int, db: Path, folder: Path) -> list[Figure]:
    from seminarkoll.data.database import Database
    from seminarkoll.data.location import for_sqlite_file
    from seminarkoll.domain.text import fold
    from seminarkoll.services.container import Services
    from seminarkoll.ui.attendance.matrix_model import AttendanceMatrixModel
    from seminarkoll.ui.attendance.signoff import SignOffModel
    from seminarkoll.ui.participants.register_model import PersonTableModel

    database = Database(for_sqlite_file(db))
    services = Services.build(database)
    raw = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    figures = []

    def load_register() -> None:
        PersonTableModel().set_rows(services.participants.register())

    def raw_register() -> None:
        raw.execute(RAW_REGISTER).fetchall()

    pair = paired(load_register, raw_register, RUNS)
    figures.append(Figure(f"register load ({3 * scale},000)", scale, *pair, 3.0, "ms"))

    pair = paired(services.participants.find_duplicates, load_register, max(3, RUNS // 2))
    figures.append(Figure("duplicate scan vs register load", scale, *pair, 3.0, "ms"))

    register = PersonTableModel()
    register.set_rows(services.participants.register())
    prefixes = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
    keys: list[tuple[float, float]] = []
    for prefix in prefixes:
        keys.append(
            paired(
                lambda t=prefix: register.set_matches(services.participants.search(t)),
                lambda t=prefix: raw.execute(RAW_SEARCH, (f"%{fold(t)}%",)).fetchall(),
                max(3, RUNS // 2),
            )
        )
    pair = statistics.median(k[0] for k in keys), statistics.median(k[1] for k in keys)
    figures.append(Figure("register search per keystroke", scale, *pair, 3.0, "ms"))

    cohorts = {size: cid for cid, size in _cohort_sizes(raw)}
    for size in (150, 500):
        cohort = cohorts[size]
        seminar = raw.execute(
            "SELECT id FROM seminar WHERE cohort_id = ? AND number = 1", (cohort,)
        ).fetchone()[0]

        def signoff(s: int = seminar) -> None:
            SignOffModel().set_rows(services.attendance.sheet(s).rows)

        def raw_signoff(s: int = seminar, c: int = cohort) -> None:
            raw.execute(RAW_SIGNOFF, (s, c)).fetchall()

        pair = paired(signoff, raw_signoff, RUNS)
        figures.append(Figure(f"sign-off list ({size} people)", scale, *pair, 3.0, "ms"))

        def matrix(c: int = cohort) -> None:
            AttendanceMatrixModel().set_matrix(services.attendance.matrix(c))

        def raw_matrix(c: int = cohort) -> None:
            raw.execute(RAW_MATRIX, (c,)).fetchall()

        pair = paired(matrix, raw_matrix, RUNS)
        figures.append(Figure(f"matrix model ({size} people)", scale, *pair, 3.0, "ms"))

    biggest = cohorts[500]

    def export() -> None:
        services.exports.export_attendance(biggest, folder / "export.xlsx")

    def plain_export() -> None:
        """The same participants x seminars, one row each, unformatted."""
        rows: dict[int, list[object]] = {}
        for eid, first, last, place, _sid, _number, status, _note in raw.execute(
            RAW_MATRIX, (biggest,)
        ):
            rows.setdefault(eid, [eid, last, first, place]).append(status)
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Närvaro")
        for row in rows.values():
            sheet.append(row)
        book.save(folder / "plain.xlsx")

    pair = paired(export, plain_export, RUNS)
    figures.append(Figure("export of the biggest cohort (500)", scale, *pair, 1.5, "ms"))
    raw.close()
    database.close()
    return figures


def _cohort_sizes(raw: sqlite3.Connection) -> list[tuple[int, int]]:
    return raw.execute(
        "SELECT cohort_id, count(*) FROM enrollment GROUP BY cohort_id ORDER BY cohort_id"
    ).fetchall()


def main(scales: list[int]) -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(sys.argv)
    compileall.compile_dir(SOURCE, quiet=1)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="seminarkoll-scale-bench-") as temp:
        folder = Path(temp)
        (folder / "import").mkdir()
        env = {**os.environ, "SEMINARKOLL_CONFIG_DIR": temp, "QT_QPA_PLATFORM": "offscreen"}
        example = folder / "example.sqlite3"
        subprocess.run(
            [APP, "demo", "--db", str(example)], check=True, env=env, stdout=subprocess.DEVNULL
        )
        source = participant_file(folder)
        for scale in scales:
            db = scale_data.programmes_database(scale)
            print(f"scale {scale}x: {db.name} ({db.stat().st_size / 2**20:.1f} MB), {RUNS} runs")
            measured = [
                *startup_figures(scale, db, env),
                *command_figures(scale, db, env, example),
                *model_figures(scale, db, folder),
                *import_figures(scale, folder, source, env),
            ]
            for figure in measured:
                print(figure.line(), flush=True)
            figures.extend(measured)
    missed = [f for f in figures if not f.met]
    print("all goals met" if not missed else f"GOALS MISSED: {len(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [1, 10]))
