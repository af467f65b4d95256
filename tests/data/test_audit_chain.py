"""The audit trail's hash chain: whole after the app's own changes, broken links named."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import text

from seminarkoll.data.engine import make_engine
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.cohort_frame import SeminarInfo
from seminarkoll.services.container import Services


def _sql(location: DatabaseLocation, statement: str) -> None:
    """Change the database behind the app's back (as another program would)."""
    engine = make_engine(location)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def _last_signoff(location: DatabaseLocation) -> int:
    engine = make_engine(location)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT max(id) FROM signoff_event")).scalar_one())
    finally:
        engine.dispose()


def _problems(services: Services) -> dict[str, str | None]:
    return {c.table: c.problem for c in services.checkup.check().chains}


def _whole_in_english(db_location: DatabaseLocation) -> str:
    """The check's first line: a file SQLite found whole, or a server that keeps its own."""
    if db_location.path is None:
        return "Integrity check: the database is on a server, which looks after its files."
    return "Integrity check: the file is whole."


def _mark_more(demo: Services) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    matrix = demo.attendance.matrix(cohort.id)
    last = matrix.seminars[-1]
    for row in matrix.rows[:6]:
        demo.attendance.set_status([CellRef(row.enrollment_id, last.id)], AttendanceStatus.PRESENT)
    demo.attendance.sign(last.id)


def test_the_example_is_whole(demo: Services) -> None:
    _mark_more(demo)
    report = demo.checkup.check()
    assert report.healthy
    assert {c.table: c.rows > 0 for c in report.chains} == {
        "attendance_change": True,
        "signoff_event": True,
    }


def test_a_deleted_row_in_the_middle_is_named(
    demo: Services, db_location: DatabaseLocation
) -> None:
    _mark_more(demo)
    _sql(db_location, "DELETE FROM attendance_change WHERE id = 2")
    report = demo.checkup.check()
    assert not report.healthy
    assert _problems(demo)["attendance_change"] == "rad 2 saknas (borttagen utanför Seminarkoll)"
    assert "närvarologgen, rad 2 saknas" in report.summary


@pytest.mark.usefixtures("english")
def test_the_check_report_is_english(demo: Services, db_location: DatabaseLocation) -> None:
    _mark_more(demo)
    assert demo.checkup.check().lines[0] == _whole_in_english(db_location)
    _sql(db_location, "DELETE FROM attendance_change WHERE id = 2")
    report = demo.checkup.check()
    assert _problems(demo)["attendance_change"] == "row 2 is missing (removed outside Seminarkoll)"
    assert report.lines[1].startswith("The hash chain in the attendance log (")
    assert report.lines[1].endswith(
        " rows) is broken: row 2 is missing (removed outside Seminarkoll)."
    )
    assert report.summary.endswith(
        "has been changed outside Seminarkoll: the attendance log, row 2 is missing (removed "
        "outside Seminarkoll)."
    )


def test_the_deleted_last_sign_off_is_named(demo: Services, db_location: DatabaseLocation) -> None:
    _mark_more(demo)
    last = _last_signoff(db_location)
    _sql(db_location, f"DELETE FROM signoff_event WHERE id = {last}")
    assert _problems(demo)["signoff_event"] == f"rad {last} (den sista) saknas eller har ändrats"


def test_an_edited_row_is_named(demo: Services, db_location: DatabaseLocation) -> None:
    _mark_more(demo)
    _sql(db_location, "UPDATE attendance_change SET new_status = 'absent' WHERE id = 5")
    assert _problems(demo)["attendance_change"] == "rad 5 har ändrats utanför Seminarkoll"


def test_an_inserted_row_is_named(demo: Services, db_location: DatabaseLocation) -> None:
    _sql(
        db_location,
        "INSERT INTO signoff_event (seminar_id, action, at, by, reason) "
        "VALUES (1, 'sign', '2026-01-01 00:00:00', 'x', '')",
    )
    problem = _problems(demo)["signoff_event"]
    assert problem is not None
    assert "har lagts till utanför Seminarkoll" in problem


def _unlock_signed(demo: Services, seminars: Sequence[SeminarInfo]) -> None:
    """Signed lists change only after unlocking with a reason."""
    for seminar in seminars:
        if seminar.signed_off:
            demo.attendance.unlock(seminar.id, "Rättelse")


def test_the_apps_own_removals_merges_and_undo_keep_the_chain_whole(demo: Services) -> None:
    _mark_more(demo)
    cohort = demo.catalog.programmes()[0].cohorts[0]
    matrix = demo.attendance.matrix(cohort.id)
    _unlock_signed(demo, matrix.seminars)
    demo.enrollment.remove([matrix.rows[0].enrollment_id])
    assert demo.checkup.check().healthy
    demo.participants.merge(matrix.rows[1].person_id, matrix.rows[2].person_id)
    assert demo.checkup.check().healthy
    removed = demo.schedule.remove_seminar(matrix.seminars[1].id)
    assert removed.impact.count("attendance_change") > 0
    assert demo.checkup.check().healthy
    demo.schedule.restore(removed)
    assert demo.checkup.check().healthy
    demo.person_data.anonymise(matrix.rows[3].person_id)
    assert demo.checkup.check().healthy
    demo.planning.remove_cohort(cohort.id)
    assert demo.checkup.check().healthy


def test_a_break_found_before_an_app_rewrite_stays_on_record(
    demo: Services, db_location: DatabaseLocation
) -> None:
    _mark_more(demo)
    _sql(db_location, "UPDATE attendance_change SET new_note = 'ändrad' WHERE id = 3")
    cohort = demo.catalog.programmes()[0].cohorts[0]
    matrix = demo.attendance.matrix(cohort.id)
    _unlock_signed(demo, matrix.seminars)
    demo.participants.merge(matrix.rows[0].person_id, matrix.rows[1].person_id)
    problem = _problems(demo)["attendance_change"]
    assert problem is not None
    assert "rad 3 har ändrats utanför Seminarkoll" in problem


@pytest.mark.parametrize("statement", ["DELETE FROM attendance_change WHERE id = 4"])
def test_check_on_the_command_line(
    demo: Services,
    db_location: DatabaseLocation,
    statement: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from seminarkoll.cli import main

    _mark_more(demo)
    assert main(["check", "--db", db_location.url]) == 0
    assert "är i ordning" in capsys.readouterr().out
    _sql(db_location, statement)
    assert main(["check", "--db", db_location.url]) == 1
    captured = capsys.readouterr()
    assert "rad 4 saknas" in captured.out
    assert "rad 4 saknas" in captured.err


def test_check_of_a_damaged_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from seminarkoll.cli import main

    damaged = tmp_path / "trasig.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert main(["check", "--db", str(damaged)]) == 2
    assert "trasig.sqlite3" in capsys.readouterr().err


@pytest.mark.usefixtures("english")
def test_check_on_the_command_line_in_english(
    demo: Services,
    db_location: DatabaseLocation,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from seminarkoll.cli import main

    monkeypatch.setenv("SEMINARKOLL_LANGUAGE", "en")
    assert main(["check", "--db", db_location.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith(_whole_in_english(db_location) + "\n")
    assert out.rstrip().endswith("is in order.")
