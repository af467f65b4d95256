"""Late joiners and signed seminars: the joining date, and lists that never change once signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from tests.exchange.workbooks import write_csv
from tests.factories import Factory
from tests.snapshots import database_snapshot

TODAY = date(2026, 12, 1)


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


def _seminar(services: Services, number: int) -> int:
    return services.attendance.seminars(_cohort(services))[number - 1].id


def _two_people(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "nya.csv",
        [
            ["Förnamn", "Efternamn", "E-post"],
            ["Vera", "Ny", "vera.ny@example.se"],
            ["Ville", "Sen", "ville.sen@example.se"],
        ],
    )


def _signin_names(db: str, tmp_path: Path, number: int) -> int:
    out = tmp_path / f"lista{number}.xlsx"
    args = ["export", "signin", "--cohort", "Omgång 3", "--seminar", str(number)]
    assert main([*args, "-o", str(out), "--db", db]) == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    return sum(
        1
        for (value,) in sheet.iter_rows(min_col=1, max_col=1, values_only=True)
        if isinstance(value, int)
    )


def test_joining_date_is_the_start_until_a_seminar_is_held(
    services: Services, factory: Factory
) -> None:
    cohort = factory.cohort(start_date=date(2024, 8, 19))
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    assert services.enrollment.joining_date(cohort, TODAY) == date(2024, 8, 19)

    factory.attendance(seminar, factory.enrollment(cohort, joined_on=date(2024, 8, 19)))

    assert services.enrollment.joining_date(cohort, TODAY) == TODAY


def test_importing_two_people_today_leaves_signed_seminar_1_at_20_names(
    demo: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = db_location.url
    assert _signin_names(db, tmp_path, 1) == 20

    assert (
        main(
            [
                "import",
                "participants",
                str(_two_people(tmp_path)),
                "--cohort",
                "Omgång 3",
                "--db",
                db,
            ]
        )
        == 0
    )

    out = capsys.readouterr().out
    assert f"2 antagna till Ledare på lut – Omgång 3 (2016/2017) från {date.today()}" in out
    assert _signin_names(db, tmp_path, 1) == 20
    assert len(demo.attendance.sheet(_seminar(demo, 1)).rows) == 20
    matrix = demo.attendance.matrix(_cohort(demo))
    new = [row for row in matrix.rows if row.first_name in ("Vera", "Ville")]
    assert [row.joined_on for row in new] == [date.today()] * 2
    assert all(set(row.cells) == {CellState.NOT_EXPECTED} for row in new)
    assert matrix.totals[0].expected == 20


def test_a_joining_date_before_a_signed_seminar_is_refused(
    demo: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = db_location.url
    before = database_snapshot(demo.database)
    command = ["import", "participants", str(_two_people(tmp_path)), "--cohort", "Omgång 3"]

    assert main([*command, "--joined", "2016-11-01", "--db", db]) == 1

    err = capsys.readouterr().err
    assert "Seminarierna 3 och 4 är signerade" in err
    assert "Lås upp seminarierna med en motivering först" in err
    assert database_snapshot(demo.database) == before
    with pytest.raises(SystemExit) as exited:
        main([*command, "--joined", "1 november", "--db", db])
    assert exited.value.code == 2
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_joining_after_the_signed_seminars_counts_only_later_ones(
    demo: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = db_location.url
    command = ["import", "participants", str(_two_people(tmp_path)), "--cohort", "Omgång 3"]

    assert main([*command, "--joined", "2017-01-10", "--db", db]) == 0

    capsys.readouterr()
    matrix = demo.attendance.matrix(_cohort(demo))
    vera = next(row for row in matrix.rows if row.first_name == "Vera")
    assert vera.cells[:4] == (CellState.NOT_EXPECTED,) * 4
    assert vera.cells[4:] == (CellState.NOT_YET_HELD,) * 3
    assert vera.result.state is CompletionState.ON_TRACK
    assert [t.expected for t in matrix.totals] == [20, 21, 20, 20, 22, 22, 22]


def test_enrolling_uses_the_joining_date(demo: Services, factory: Factory) -> None:
    cohort = _cohort(demo)
    result = demo.enrollment.enrol(cohort, [factory.person("Vera")])
    roster = {row.enrollment_id: row for row in demo.enrollment.roster(cohort)}
    assert roster[result.added[0]].joined_on == date.today()
    with pytest.raises(ConflictError, match="Seminarierna 1, 2, 3 och 4 är signerade"):
        demo.enrollment.enrol(cohort, [factory.person("Ville")], joined_on=date(2016, 8, 22))


def test_signed_lists_refuse_deletion_merge_and_earlier_dates(demo: Services) -> None:
    cohort = _cohort(demo)
    matrix = demo.attendance.matrix(cohort)
    rows = {row.first_name: row for row in matrix.rows}
    before = database_snapshot(demo.database)

    with pytest.raises(ConflictError, match="Anonymisera"):
        demo.participants.delete(rows["Maja"].person_id)
    with pytest.raises(ConflictError, match="borttagningen"):
        demo.enrollment.remove([rows["Maja"].enrollment_id])
    with pytest.raises(ConflictError, match="sammanslagningen"):
        demo.participants.merge(rows["Maja"].person_id, rows["Tove"].person_id)
    linnea = rows["Linnea"]
    with pytest.raises(ConflictError, match="Seminarium 1 är signerat"):
        demo.enrollment.update(
            linnea.enrollment_id,
            EnrollmentInput(EnrollmentStatus.ENROLLED, joined_on=date(2016, 9, 1)),
        )
    with pytest.raises(ConflictError, match="Seminarium 4 är signerat"):
        demo.enrollment.set_status(
            [rows["Maja"].enrollment_id], EnrollmentStatus.WITHDRAWN, date(2016, 12, 1)
        )
    assert database_snapshot(demo.database) == before
    assert (
        demo.enrollment.set_status(
            [rows["Maja"].enrollment_id], EnrollmentStatus.WITHDRAWN, date(2017, 1, 10)
        )
        == 1
    )


def test_after_unlocking_with_a_reason_the_removal_goes_through(demo: Services) -> None:
    cohort = _cohort(demo)
    linnea = next(r for r in demo.attendance.matrix(cohort).rows if r.first_name == "Linnea")
    for number in (2, 3, 4):
        demo.attendance.unlock(_seminar(demo, number), "Linnea var felregistrerad.")

    demo.enrollment.remove([linnea.enrollment_id])

    assert [len(demo.attendance.sheet(_seminar(demo, n)).rows) for n in (1, 2)] == [20, 20]
