"""Speed at scale (issue 11): every goal's figure at 1x and 10x, each against its floor.

The databases come from bench/scale_data.py (through the services, seeded, cached). Each
figure is the median, over RUNS pairs (BENCH_RUNS, default 5), of the app's cost divided by
its floor's, the two measured back to back in this run, so a busy machine slows both alike.
Cost is CPU time (user + system) for commands and in-process work (work of a few
milliseconds repeated for one sample, see SAMPLE_SECONDS), and wall time until the window
prints its start-up marker for the GUI (its background thread must not count).

A goal applies at the scales it names (`Goal.judged`); the other scale is printed to show
growth. To add a figure, write a function taking a `Bench` and returning `Figure`s, and list
it in MEASUREMENTS under its section.

Run: .venv/bin/python bench/scale_bench.py [1 10]   (BENCH_ONLY=word: only measurements whose
function name contains the word, e.g. BENCH_ONLY=signoff)
"""

from __future__ import annotations

import compileall
import gc
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import scale_data
from attendance_bench import RAW_MATRIX, RAW_SEARCH
from exchange_bench import participant_file, plain_write
from startup import FLOOR, time_until

if TYPE_CHECKING:
    from seminarkoll.services.container import Services

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SCALES = (1, 10)
SOURCE = Path(__file__).resolve().parents[1] / "src" / "seminarkoll"
APP = str(Path(sys.executable).with_name("seminarkoll"))
TYPED = ("anders", "lindqv", "åsa", "sylteskolan", "karin b")

SECTIONS = {
    1: "Opening does not read the whole file",
    2: "Commands load only what they use",
    3: "The window is usable sooner",
    4: "Importing into a big register costs what importing into an empty one costs",
    5: "Lists built from rows, not ORM objects",
    6: "Export of the biggest cohort",
    7: "Kept from earlier work (not a goal of issue 11)",
}
ISSUE_SECTIONS = range(1, 7)


@dataclass(frozen=True)
class Goal:
    """What is measured against what, and the most the ratio may be."""

    section: int
    name: str
    limit: float | None
    """None for a figure shown for information, with no goal."""
    judged: tuple[int, ...] = SCALES
    """The scales the goal is stated for; figures at the others only show growth."""
    unit: str = "ms"
    absolute: bool = False
    """The limit holds for the value itself (in `unit`), not for a ratio to a floor."""


@dataclass(frozen=True)
class Figure:
    """One goal measured at one scale: the app's and the floor's costs, paired run by run."""

    goal: Goal
    scale: int
    app: list[float]
    floor: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        if self.goal.absolute:
            return max(self.app)
        return statistics.median(a / f for a, f in zip(self.app, self.floor, strict=True))

    @property
    def judged(self) -> bool:
        return self.scale in self.goal.judged

    @property
    def met(self) -> bool:
        return self.goal.limit is None or self.ratio <= self.goal.limit

    def cell(self) -> str:
        factor = 1000 if self.goal.unit == "ms" else 1
        digits = 2 if self.goal.unit == "s" else 0
        if self.goal.absolute:
            text = f"{self.ratio:.{digits}f} {self.goal.unit}"
        else:
            app = statistics.median(self.app) * factor
            floor = statistics.median(self.floor) * factor
            text = f"{app:.{digits}f}/{floor:.{digits}f} {self.goal.unit} = {self.ratio:.2f}x"
        return text if self.judged else f"({text})"


# -- the goals, in the order of the issue ---------------------------------------------------
OPEN = Goal(1, "open to data visible / bare window + sqlite3 (wall)", 3.0, unit="s")
QUICK_CHECK = Goal(1, "(quick_check, not on that path) / the same floor", None, unit="s")
LIST_GROWTH = Goal(1, "`list` at this scale / `list` on the example", 1.15, judged=(10,))
LIST = Goal(2, "`list` / python -c 'import sqlalchemy.orm'", 1.6)
STATUS = Goal(2, "`status` / python -c 'import sqlalchemy.orm'", 1.6)
MENUS = Goal(3, "menus live / bare window painted (wall)", 3.0, judged=(10,), unit="s")
IMPORT = Goal(4, "import 10,000 rows into the register / into an empty one", 1.5, unit="s")
IMPORT_PEAK = Goal(4, "import into the register: peak RSS", 200.0, unit="MB", absolute=True)
REGISTER = Goal(5, "register load (3,000 x scale) / raw sqlite3 fetches", 3.0, judged=(10,))
SEARCH = Goal(5, "register search per keystroke / raw LIKE", 3.0)
DUPLICATES = Goal(7, "duplicate scan / register load", 3.0)
SIGNOFF_150 = Goal(5, "sign-off list (150 people) / raw sqlite3 of what it shows", 3.0)
SIGNOFF_500 = Goal(5, "sign-off list (500 people) / raw sqlite3 of what it shows", 3.0)
MATRIX_150 = Goal(5, "matrix model (150 people) / raw sqlite3", 3.0)
MATRIX_500 = Goal(5, "matrix model (500 people) / raw sqlite3", 3.0)
EXPORT = Goal(6, "attendance workbook (500 people) / raw fetch + plain cells", 1.5)


# -- one scale's setting --------------------------------------------------------------------
@dataclass
class Bench:
    """What a measurement needs at one scale: a private copy of the ten-years database, the
    example database, a scratch folder, the environment for child processes, and (built on
    first use) services and a raw sqlite3 connection on the copy."""

    scale: int
    db: Path
    example: Path
    folder: Path
    env: dict[str, str]
    _opened: list[Callable[[], None]] = field(default_factory=list)

    @cached_property
    def services(self) -> Services:
        from seminarkoll.data.database import Database
        from seminarkoll.data.location import for_sqlite_file
        from seminarkoll.services.container import Services

        database = Database(for_sqlite_file(self.db))
        self._opened.append(database.close)
        return Services.build(database)

    @cached_property
    def raw(self) -> sqlite3.Connection:
        connection = sqlite3.connect(f"file:{self.db.as_posix()}?mode=ro", uri=True)
        self._opened.append(connection.close)
        return connection

    def cohort_of_size(self, size: int) -> int:
        """The first cohort with `size` enrolments."""
        return int(
            self.raw.execute(
                "SELECT cohort_id FROM enrollment GROUP BY cohort_id HAVING count(*) = ? "
                "ORDER BY cohort_id LIMIT 1",
                (size,),
            ).fetchone()[0]
        )

    def close(self) -> None:
        for close in reversed(self._opened):
            close()
        self._opened.clear()


# -- timing ---------------------------------------------------------------------------------
SAMPLE_SECONDS = 0.05
"""An action in this process shorter than this is repeated until the repeats have taken
this long, and one sample is their mean: a single call of a few milliseconds is at the mercy
of the timer and of whatever else the shared machine runs at that moment."""


def pairs(
    app: Callable[[], object], floor: Callable[[], float | None], runs: int = RUNS
) -> tuple[list[float], list[float]]:
    """CPU seconds of `app` and `floor`, alternately `runs` times each after a warm-up. A
    callable that returns a number gives its own cost (a child process's); else its CPU time
    in this process is taken (the mean of repeats, see SAMPLE_SECONDS)."""

    def cost(action: Callable[[], object]) -> float:
        gc.collect()
        start = time.process_time()
        given = action()
        spent = time.process_time() - start
        if isinstance(given, int | float):
            return float(given)
        calls = 1
        while spent < SAMPLE_SECONDS:
            action()
            calls += 1
            spent = time.process_time() - start
        return spent / calls

    cost(app)
    cost(floor)
    app_costs, floor_costs = [], []
    for _ in range(runs):
        app_costs.append(cost(app))
        floor_costs.append(cost(floor))
    return app_costs, floor_costs


@dataclass(frozen=True)
class Process:
    """A finished child process: its CPU seconds and peak resident memory."""

    cpu: float
    peak_mb: float


PEAK = r"""
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_utime + usage.ru_stime} {usage.ru_maxrss / 1024}")
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Runs a command and writes its CPU seconds and peak memory (MB) to a file. A child's peak
(ru_maxrss) counts the memory of the process that started it, at that moment: started from
this small process, not from the benchmark (hundreds of MB by then), it is the command's."""


def run_apart(command: list[str], env: dict[str, str], folder: Path) -> Process:
    """Like `run`, with the command started by a small process so its peak memory is its own."""
    report = folder / "peak.txt"
    run([sys.executable, "-c", PEAK, str(report), *command], env)
    cpu, peak_mb = report.read_text().split()
    return Process(float(cpu), float(peak_mb))


def run(command: list[str], env: dict[str, str]) -> Process:
    """Run `command` to its end (output discarded); RuntimeError when it fails."""
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            raise RuntimeError(f"{command!r} failed: {errors.read().decode(errors='replace')}")
    return Process(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


# -- 1, 2, 3: opening, commands, window -----------------------------------------------------
def window_figures(bench: Bench) -> Iterator[Figure]:
    floor = [sys.executable, "-c", FLOOR, str(bench.db)]

    def app(marker: str) -> Callable[[], float]:
        env = {**bench.env, "SEMINARKOLL_STARTUP_PROBE": marker}
        return lambda: time_until([APP, "--db", str(bench.db)], marker, env)

    data_floor = lambda: time_until([*floor, "data"], "data", bench.env)  # noqa: E731
    yield Figure(OPEN, bench.scale, *pairs(app("data"), data_floor))
    painted = lambda: time_until([*floor, "painted"], "painted", bench.env)  # noqa: E731
    yield Figure(MENUS, bench.scale, *pairs(app("menus"), painted))


def quick_check_figures(bench: Bench) -> Iterator[Figure]:
    """What the whole-file check would add to opening: its wall time against the data floor
    (it runs at open only after an unclean shutdown or before a migration)."""
    from seminarkoll.data.sqlite_file import quick_check

    def check() -> float:
        start = time.perf_counter()
        quick_check(bench.db)
        return time.perf_counter() - start

    floor = [sys.executable, "-c", FLOOR, str(bench.db), "data"]
    yield Figure(
        QUICK_CHECK, bench.scale, *pairs(check, lambda: time_until(floor, "data", bench.env))
    )


def command_figures(bench: Bench) -> Iterator[Figure]:
    floor = [sys.executable, "-c", "import sqlalchemy.orm"]

    def command(*arguments: str, db: Path = bench.db) -> Callable[[], float]:
        return lambda: run([APP, *arguments, "--db", str(db)], bench.env).cpu

    orm = lambda: run(floor, bench.env).cpu  # noqa: E731
    yield Figure(LIST, bench.scale, *pairs(command("list"), orm))
    yield Figure(STATUS, bench.scale, *pairs(command("status", "--cohort", "1"), orm))
    example = command("list", db=bench.example)
    yield Figure(LIST_GROWTH, bench.scale, *pairs(command("list"), example))


# -- 4: import ------------------------------------------------------------------------------
def import_figures(bench: Bench) -> Iterator[Figure]:
    register = scale_data.register_database(bench.scale)
    empty = scale_data.empty_database()
    source = bench.folder / "anmalningar.xlsx"
    if not source.exists():
        participant_file(bench.folder)
    peaks: list[float] = []

    def into(database: Path, keep_peak: bool) -> float:
        target = scale_data.copy_of(database, bench.folder / "import")
        command = [APP, "import", "participants", str(source), "--cohort", "1"]
        process = run_apart([*command, "--db", str(target)], bench.env, bench.folder)
        if keep_peak:
            peaks.append(process.peak_mb)
        target.unlink()
        return process.cpu

    costs = pairs(lambda: into(register, True), lambda: into(empty, False))
    yield Figure(IMPORT, bench.scale, *costs)
    yield Figure(IMPORT_PEAK, bench.scale, peaks)


# -- 5: lists -------------------------------------------------------------------------------
RAW_REGISTER = """
SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.title, p.workplace_id, w.name,
       p.is_lecturer
FROM person p LEFT JOIN workplace w ON w.id = p.workplace_id ORDER BY p.id
"""
RAW_REGISTER_ENROLMENTS = """
SELECT e.person_id, c.id, c.name, c.school_year, e.status
FROM enrollment e JOIN cohort c ON c.id = e.cohort_id ORDER BY c.start_date DESC
"""
RAW_LEADERS = "SELECT leader_person_id FROM cohort_group WHERE leader_person_id IS NOT NULL"
RAW_SIGNOFF = """
SELECT e.id, e.person_id, p.first_name, p.last_name, w.name, p.title, e.status, e.joined_on,
       e.left_on, a.status, a.note
FROM enrollment e
JOIN person p ON p.id = e.person_id
LEFT JOIN workplace w ON w.id = p.workplace_id
LEFT JOIN attendance a ON a.enrollment_id = e.id AND a.seminar_id = ?
WHERE e.cohort_id = ? ORDER BY e.id
"""
RAW_SIGNOFF_HEADING = """
SELECT s.number, s.title, s.date, t.name, t.colour, s.signed_off_at, s.signed_off_by, c.name,
       p.name, s.location, s.start_time, s.end_time
FROM seminar s
JOIN cohort c ON c.id = s.cohort_id
JOIN programme p ON p.id = c.programme_id
LEFT JOIN theme_area t ON t.id = s.theme_area_id
WHERE s.id = ?
"""
RAW_SIGNOFF_GROUPS = """
SELECT m.enrollment_id, g.name FROM group_member m JOIN cohort_group g ON g.id = m.group_id
WHERE g.cohort_id = ?
"""
RAW_SIGNOFF_EVENTS = """
SELECT action, at, by, reason FROM signoff_event WHERE seminar_id = ? ORDER BY at, id
"""
"""The sign-off list's floor fetches what the list shows: the seminar's heading, everyone
with their mark (RAW_SIGNOFF), their groups and the seminar's sign-offs and unlocks."""


def register_figures(bench: Bench) -> Iterator[Figure]:
    from seminarkoll.domain.text import fold
    from seminarkoll.ui.participants.register_model import PersonTableModel

    participants = bench.services.participants

    def load_register() -> None:
        PersonTableModel().set_rows(participants.register())

    def raw_register() -> None:
        """What the register shows, fetched: persons with workplaces, their cohorts (the
        Omgångar column) and the group leaders (the Roll column)."""
        for query in (RAW_REGISTER, RAW_REGISTER_ENROLMENTS, RAW_LEADERS):
            bench.raw.execute(query).fetchall()

    yield Figure(REGISTER, bench.scale, *pairs(load_register, raw_register))
    runs = max(3, RUNS // 2)
    yield Figure(DUPLICATES, bench.scale, *pairs(participants.find_duplicates, load_register, runs))

    register = PersonTableModel()
    register.set_rows(participants.register())
    app: list[float] = []
    floor: list[float] = []
    for prefix in (word[:n] for word in TYPED for n in range(1, len(word) + 1)):
        key_app, key_floor = pairs(
            lambda t=prefix: register.set_matches(participants.search(t)),
            lambda t=prefix: bench.raw.execute(RAW_SEARCH, (f"%{fold(t)}%",)).fetchall(),
            runs,
        )
        app.append(statistics.median(key_app))
        floor.append(statistics.median(key_floor))
    yield Figure(SEARCH, bench.scale, app, floor)


def signoff_figures(bench: Bench) -> Iterator[Figure]:
    from seminarkoll.ui.attendance.matrix_model import AttendanceMatrixModel
    from seminarkoll.ui.attendance.signoff import SignOffModel

    attendance = bench.services.attendance
    goals = {150: (SIGNOFF_150, MATRIX_150), 500: (SIGNOFF_500, MATRIX_500)}
    for size, (signoff_goal, matrix_goal) in goals.items():
        cohort = bench.cohort_of_size(size)
        seminar = bench.raw.execute(
            "SELECT id FROM seminar WHERE cohort_id = ? AND number = 1", (cohort,)
        ).fetchone()[0]

        def signoff(s: int = seminar) -> None:
            SignOffModel().set_rows(attendance.sheet(s).rows)

        def raw_signoff(s: int = seminar, c: int = cohort) -> None:
            raw = bench.raw
            raw.execute(RAW_SIGNOFF_HEADING, (s,)).fetchall()
            raw.execute(RAW_SIGNOFF, (s, c)).fetchall()
            raw.execute(RAW_SIGNOFF_GROUPS, (c,)).fetchall()
            raw.execute(RAW_SIGNOFF_EVENTS, (s,)).fetchall()

        yield Figure(signoff_goal, bench.scale, *pairs(signoff, raw_signoff))

        def matrix(c: int = cohort) -> None:
            AttendanceMatrixModel().set_matrix(attendance.matrix(c))

        def raw_matrix(c: int = cohort) -> None:
            bench.raw.execute(RAW_MATRIX, (c,)).fetchall()

        yield Figure(matrix_goal, bench.scale, *pairs(matrix, raw_matrix))


# -- 6: export ------------------------------------------------------------------------------
def export_figures(bench: Bench) -> Iterator[Figure]:
    biggest = bench.cohort_of_size(scale_data.BIGGEST_COHORT)
    exports = bench.services.exports
    cells = exports.attendance(biggest)

    def export() -> None:
        exports.export_attendance(biggest, bench.folder / "export.xlsx")

    def plain_export() -> None:
        """The cohort's matrix fetched raw, and openpyxl writing the workbook's cells plain."""
        bench.raw.execute(RAW_MATRIX, (biggest,)).fetchall()
        plain_write(cells, bench.folder / "plain.xlsx")

    yield Figure(EXPORT, bench.scale, *pairs(export, plain_export))


MEASUREMENTS: tuple[Callable[[Bench], Iterator[Figure]], ...] = (
    window_figures,
    quick_check_figures,
    command_figures,
    import_figures,
    register_figures,
    signoff_figures,
    export_figures,
)


# -- report ---------------------------------------------------------------------------------
def report(figures: list[Figure], scales: list[int]) -> list[str]:
    """The table (one line per goal, its figure at each scale and its verdict) and a summary."""
    goals = list(dict.fromkeys(f.goal for f in figures))
    counted = [g for g in goals if g.limit is not None]
    at = {(f.goal, f.scale): f for f in figures}
    width = max(len(g.name) for g in goals)
    lines = [f"{'':<{width + 4}}" + "".join(f"{f'{s}x':<30}" for s in scales)]
    missed: dict[Goal, str] = {}
    unjudged: list[Goal] = []
    for section, title in SECTIONS.items():
        mine = [g for g in goals if g.section == section]
        if not mine:
            continue
        lines.append(f"{section}. {title}")
        for goal in mine:
            cells = [at[goal, s].cell() if (goal, s) in at else "not measured" for s in scales]
            judged = [at[goal, s] for s in scales if (goal, s) in at and at[goal, s].judged]
            met = all(f.met for f in judged)
            row = f"  {goal.name:<{width + 2}}" + "".join(f"{c:<30}" for c in cells)
            if goal.limit is None:
                lines.append(row + "for information, no goal")
                continue
            where = "/".join(f"{s}x" for s in goal.judged)
            limit = f"{goal.limit:g} {goal.unit}" if goal.absolute else f"{goal.limit:g}x"
            verdict = "goal met" if met else "goal MISSED"
            if not judged:
                verdict = "not judged at the scales measured"
                unjudged.append(goal)
            lines.append(row + f"goal <= {limit} at {where}: {verdict}")
            if judged and not met:
                missed[goal] = f"  MISSED {section}. {goal.name}: " + ", ".join(cells)
    issue = [g for g in counted if g.section in ISSUE_SECTIONS]
    issue_missed = [g for g in missed if g.section in ISSUE_SECTIONS]
    issue_unjudged = [g for g in unjudged if g.section in ISSUE_SECTIONS]
    met_count = len(issue) - len(issue_missed) - len(issue_unjudged)
    others = len(counted) - len(issue)
    other_missed = len(missed) - len(issue_missed)
    lines.append(
        f"summary: issue 11's speed goals: {len(issue)} goals, {met_count} met, "
        f"{len(issue_missed)} missed"
        + (f", {len(issue_unjudged)} not judged" if issue_unjudged else "")
        + (f"; kept goals: {others}, {others - other_missed} met" if others else "")
        + f" (medians of {RUNS} paired runs)"
    )
    return lines + list(missed.values())


def main(scales: list[int]) -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(sys.argv)
    compileall.compile_dir(SOURCE, quiet=1)
    only = os.environ.get("BENCH_ONLY", "")
    chosen = [m for m in MEASUREMENTS if only in m.__name__]
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="seminarkoll-scale-bench-") as temp:
        folder = Path(temp)
        (folder / "import").mkdir()
        env = {**os.environ, "SEMINARKOLL_CONFIG_DIR": temp, "QT_QPA_PLATFORM": "offscreen"}
        example = folder / "example.sqlite3"
        run([APP, "demo", "--db", str(example)], env)
        for scale in scales:
            cached = scale_data.programmes_database(scale)
            db = scale_data.copy_of(cached, folder)
            size = db.stat().st_size / 2**20
            print(f"scale {scale}x: {cached.name} ({size:.1f} MB), {RUNS} runs", flush=True)
            bench = Bench(scale, db, example, folder, env)
            try:
                for measurement in chosen:
                    for figure in measurement(bench):
                        print(f"  {scale:>2}x {figure.goal.name}: {figure.cell()}", flush=True)
                        figures.append(figure)
            finally:
                bench.close()
            db.unlink()
    print()
    lines = report(figures, scales)
    print("\n".join(lines))
    return 1 if "MISSED" in "\n".join(lines) else 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or list(SCALES)))
