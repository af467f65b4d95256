"""Seeded databases at 1x and 10x of a municipality's ten years, built through the services.

At scale s: s programmes x 10 cohorts (school years 2016/2017-2025/2026) x 7 seminars,
3,000 x s persons, cohorts of 150 (the latest cohort of the first programme: 500), every
seminar of the earlier cohorts held and signed off, four of the latest ones; about 10,000 x s
attendance marks. At 10x the file is about 30 MB.

Registers for the import benchmark hold 10,000 x s persons, imported through the service.

Built files are cached outside the repository, in $SEMINARKOLL_BENCH_CACHE or else
~/.cache/seminarkoll-bench (so every worktree shares them), keyed by scale, BUILD_VERSION and
the migrations' content: a file built before a newer migration is upgraded into a new copy,
never changed in place. Delete the folder to rebuild. Run alone to build every file:
.venv/bin/python bench/scale_data.py
"""

from __future__ import annotations

import csv
import hashlib
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import attendance_bench
from attendance_bench import FIRST, LAST
from seminarkoll.data.database import Database
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.revision import KNOWN_REVISIONS
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.domain.enums import AttendanceStatus, CohortStatus
from seminarkoll.services.attendance import MarkChange
from seminarkoll.services.container import Services
from seminarkoll.services.planning import CohortInput, ProgrammeInput, TemplateStart, ThemeInput

CACHE = Path(
    os.environ.get("SEMINARKOLL_BENCH_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "seminarkoll-bench"
)
MIGRATIONS = Path(upgrade.__code__.co_filename).parent / "migrations" / "versions"
BUILD_VERSION = 1
"""Raise when what the builder makes changes, so cached files are rebuilt."""
COHORTS_PER_PROGRAMME = 10
SEMINARS = 7
COHORT_SIZE = 150
BIGGEST_COHORT = 500
PERSONS_PER_SCALE = 3_000
REGISTER_PER_SCALE = 10_000
FIRST_YEAR = 2016

SCHOOLS = [
    *attendance_bench.SCHOOLS,
    "Björnens förskola",
    "Skogsbrynets förskola",
    "Nils Ericsonsgymnasiet",
    "Stavreskolan",
]
ROLES = ("Lärare", "Förskollärare", "Förstelärare", "Speciallärare", "Fritidspedagog")
HEADER = ("Förnamn", "Efternamn", "E-post", "Skola", "Befattning")


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("åäöéć", "aaoec"))


def person_rows(count: int, seed: int, tag: str) -> Iterator[tuple[str, str, str, str, str]]:
    """`count` participant rows (first, last, e-mail, workplace, role), addresses unique per
    `tag`, names and workplaces repeating as in a real municipality."""
    rng = random.Random(seed)
    for number in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        school = rng.choice(SCHOOLS)
        yield (
            first,
            last,
            f"{_ascii(first)}.{_ascii(last)}.{tag}{number}@skola.example.se",
            f"{school} {number % 7 + 1}",
            rng.choice(ROLES),
        )


def write_rows(path: Path, rows: Iterator[tuple[str, str, str, str, str]]) -> Path:
    """A participant list as .csv (semicolons, as Swedish Excel saves it)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _import(services: Services, path: Path, cohort_id: int) -> None:
    service = services.participant_import
    preview = service.preview(service.read_file(path), cohort_id)
    service.run(preview)


def _cohort(services: Services, programme: int, name: str, year: int, status: CohortStatus) -> int:
    """A cohort of `SEMINARS` seminars from the template, in school year `year`/`year + 1`."""
    return services.planning.create_cohort(
        CohortInput(
            programme_id=programme,
            name=name,
            school_year=f"{year}/{year + 1}",
            start_date=date(year, 8, 15),
            end_date=date(year + 1, 6, 12),
            status=status,
        ),
        TemplateStart(weekday=3, count=SEMINARS),
    ).cohort_id


def _fill(services: Services, scale: int, folder: Path) -> None:
    rng = random.Random(scale)
    services.coordinator.set_name("Bänk Byggare")
    planning, attendance = services.planning, services.attendance
    statuses = list(AttendanceStatus)
    enrolled = 0
    first_programme = None
    for p in range(scale):
        programme = planning.create_programme(ProgrammeInput(name=f"Program {p + 1}"))
        first_programme = first_programme or programme
        for theme in ("Ledarskap", "Pedagogik", "Skolutveckling"):
            planning.add_theme(programme, ThemeInput(name=theme))
        for c in range(COHORTS_PER_PROGRAMME):
            year = FIRST_YEAR + c
            latest = c == COHORTS_PER_PROGRAMME - 1
            status = CohortStatus.RUNNING if latest else CohortStatus.COMPLETED
            cohort = _cohort(services, programme, f"Omgång {c + 1}", year, status)
            size = BIGGEST_COHORT if latest and p == 0 else COHORT_SIZE
            tag = f"p{p}c{c}n"
            _import(
                services,
                write_rows(folder / f"{tag}.csv", person_rows(size, rng.random(), tag)),
                cohort,
            )
            enrolled += size
            matrix = attendance.matrix(cohort)
            held = matrix.seminars[: 4 if latest else SEMINARS]
            for seminar in held:
                attendance.apply(
                    [
                        MarkChange(
                            row.enrollment_id,
                            seminar.id,
                            rng.choices(statuses, weights=(85, 5, 5, 5))[0],
                        )
                        for row in matrix.rows
                    ],
                    source="närvarolista",
                )
                attendance.sign(seminar.id)
    others = PERSONS_PER_SCALE * scale - enrolled
    scratch = _cohort(
        services, first_programme or 0, "Registret", FIRST_YEAR - 1, CohortStatus.PLANNING
    )
    path = write_rows(folder / "others.csv", person_rows(others, scale, "r"))
    _import(services, path, scratch)
    planning.remove_cohort(scratch)


def _fill_register(services: Services, scale: int, folder: Path) -> None:
    planning = services.planning
    programme = planning.create_programme(ProgrammeInput(name="Ledare på lut"))
    cohort = _cohort(services, programme, "Omgång 1", FIRST_YEAR, CohortStatus.PLANNING)
    for part in range(scale):
        rows = person_rows(REGISTER_PER_SCALE, 1000 + part, f"reg{part}n")
        _import(services, write_rows(folder / f"register{part}.csv", rows), cohort)


def _schema() -> str:
    """A short digest of the migrations this checkout has: equal revision numbers made on
    different branches differ here."""
    digest = hashlib.sha256()
    for path in sorted(MIGRATIONS.glob("[0-9]*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file (its log included), put in place atomically."""
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(part)) as dst:
        src.backup(dst)
    part.rename(target)


def _upgradable(name: str, scale: int) -> Path | None:
    """The newest cached build of `name` at `scale` this checkout's migrations can upgrade."""
    candidates = []
    for path in CACHE.glob(f"{name}-{scale}x-v{BUILD_VERSION}-*.sqlite3"):
        try:
            revision = inspect_revision(path)
        except DatabaseError:  # built by a branch with a newer migration
            continue
        candidates.append((KNOWN_REVISIONS.index(revision or KNOWN_REVISIONS[0]), path))
    return max(candidates)[1] if candidates else None


def _cached(name: str, scale: int, fill: Callable[[Services, int, Path], None]) -> Path:
    target = CACHE / f"{name}-{scale}x-v{BUILD_VERSION}-{_schema()}.sqlite3"
    if target.exists():
        return target
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    older = _upgradable(name, scale)
    with tempfile.TemporaryDirectory(prefix="seminarkoll-scale-") as temp:
        folder = Path(temp)
        location = for_sqlite_file(folder / "building.sqlite3")
        if older is not None:
            _copy(older, folder / "building.sqlite3")
            upgrade(location, folder / "backups")
        else:
            upgrade(location)
            database = Database(location)
            fill(Services.build(database), scale, folder)
            database.close()
        _copy(folder / "building.sqlite3", target)
    size = target.stat().st_size / 2**20
    how = f"upgraded from {older.name}" if older else "built"
    print(f"  {how} {target.name}: {size:.1f} MB in {time.perf_counter() - started:.0f} s")
    return target


def programmes_database(scale: int) -> Path:
    """The ten-years database at `scale` (1 or 10), built once and cached."""
    return _cached("years", scale, _fill)


def register_database(scale: int) -> Path:
    """A register of 10,000 x `scale` persons in one cohort, built once and cached."""
    return _cached("register", scale, _fill_register)


def empty_database() -> Path:
    """The same programme and cohort as `register_database`, with nobody in the register."""
    return _cached("register", 0, _fill_register)


def copy_of(path: Path, folder: Path) -> Path:
    """A fresh copy of a cached database (for benchmarks that write)."""
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


if __name__ == "__main__":
    for size in (1, 10):
        print(programmes_database(size), register_database(size))
    sys.exit(0)
