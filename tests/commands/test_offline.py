"""`seminarkoll export offline`, `import offline` and `signoff-offline`: the file written, its marks
read back with conflicts listed, one Swedish line and exit 2 for files that are not right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation, for_sqlite_file
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from tests.factories import Factory
from tests.snapshots import database_snapshot


@pytest.fixture
def shared(sqlite_location: DatabaseLocation) -> tuple[str, dict[str, int]]:
    """A database with seminar 1 of "Omgång 1" (held) and Bo and Cilla enrolled."""
    database = Database(sqlite_location)
    factory = Factory(database)
    cohort = factory.cohort(name="Omgång 1")
    ids = {
        "seminar": factory.seminar(cohort, 1, date(2024, 10, 17)),
        "bo": factory.enrollment(cohort, factory.person("Bo", "Andersson")),
        "cilla": factory.enrollment(cohort, factory.person("Cilla", "Ek")),
    }
    database.close()
    assert sqlite_location.path is not None
    return str(sqlite_location.path), ids


def _export(db: str, target: Path) -> int:
    return main(
        [
            "--db",
            db,
            "export",
            "offline",
            "--cohort",
            "Omgång 1",
            "--seminar",
            "1",
            "-o",
            str(target),
        ]
    )


def _mark(path: Path | str, seminar: int, enrollment: int, status: AttendanceStatus) -> None:
    database = Database(for_sqlite_file(Path(path)))
    Services.build(database).attendance.set_status([CellRef(enrollment, seminar)], status)
    database.close()


def test_export_mark_offline_and_import_back_with_a_conflict(
    shared: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, ids = shared
    offline = tmp_path / "seminarium 1.sqlite3"
    code = _export(db, offline)
    out = capsys.readouterr().out
    assert code == 0
    assert out == f"Seminarium 1 med 2 deltagare och 0 markeringar sparat i {offline}.\n"
    _mark(offline, ids["seminar"], ids["bo"], AttendanceStatus.PRESENT)
    _mark(offline, ids["seminar"], ids["cilla"], AttendanceStatus.LATE)
    _mark(db, ids["seminar"], ids["cilla"], AttendanceStatus.ABSENT)

    assert main(["--db", db, "import", "offline", str(offline), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": 1 ny markering, 1 konflikt, 0 oförändrade.")
    assert out[1] == (
        f"{offline}:2: Seminarium 1: Cilla Ek: Frånvarande → Sen (konflikt, det som finns behålls)"
    )
    assert out[2] == "Provkörning: ingenting sparades."

    assert main(["--db", db, "import", "offline", str(offline)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "1 markering sparad, 1 konflikt behölls oförändrad."
    database = Database(for_sqlite_file(Path(db)))
    sheet = Services.build(database).attendance.sheet(ids["seminar"])
    database.close()
    assert [(r.name, r.status) for r in sheet.rows] == [
        ("Bo Andersson", AttendanceStatus.PRESENT),
        ("Cilla Ek", AttendanceStatus.ABSENT),
    ]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"inte en databas", "ingen Seminarkoll-databas"),
        (b"", "ingen offline-signering"),
    ],
)
def test_a_file_that_is_not_an_offline_signing_is_one_line_and_exit_2(
    shared: tuple[str, dict[str, int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    problem: str,
) -> None:
    db, _ids = shared
    bad = tmp_path / "fel.sqlite3"
    bad.write_bytes(content)
    database = Database(for_sqlite_file(Path(db)))
    before = database_snapshot(database)
    assert main(["--db", db, "import", "offline", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"seminarkoll: {bad}")
    assert problem in err
    assert database_snapshot(database) == before
    database.close()


def test_export_offline_wants_the_sqlite3_suffix(
    shared: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ids = shared
    target = tmp_path / "seminarium.xlsx"
    code = _export(db, target)
    assert code == 2
    assert "Använd .sqlite3" in capsys.readouterr().err
    assert not target.exists()


def test_signoff_offline_refuses_a_file_that_is_not_ours_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "lista.sqlite3"
    bad.write_text("Namn;Närvaro\n", encoding="utf-8")
    assert main(["signoff-offline", str(bad)]) == 2
    err = capsys.readouterr().err
    assert (
        err
        == f"seminarkoll: {bad} är ingen Seminarkoll-databas (filen är inte en SQLite-databas).\n"
    )
