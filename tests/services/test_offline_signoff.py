"""Signing off offline: a seminar copied to a file of its own, marked there, read back through the
attendance import's preview (agreeing marks left, new ones applied, conflicts kept)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.data.models import AttendanceChange
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.exchange.errors import TargetFolderMissingError
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.attendance_import import MarkOutcome
from seminarkoll.services.container import Services
from seminarkoll.services.offline_signoff import offline_seminar
from tests.factories import Factory
from tests.snapshots import database_snapshot

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
TODAY = date(2024, 12, 1)


@dataclass(frozen=True)
class Seminar:
    cohort: int
    seminar: int
    later: int
    anna: int
    bo: int
    cilla: int
    david: int


@pytest.fixture
def seminar(factory: Factory) -> Seminar:
    """Seminar 1 (held) of a cohort of four; Anna excused herself in advance."""
    cohort = factory.cohort(min_attended=1)
    first = factory.seminar(cohort, 1, date(2024, 10, 17))
    later = factory.seminar(cohort, 2, date(2024, 11, 14))
    school = factory.workplace("Torsboskolan")
    people = [
        factory.enrollment(cohort, factory.person(first, last, workplace_id=school))
        for first, last in (
            ("Anna", "Öberg"),
            ("Bo", "Andersson"),
            ("Cilla", "Ek"),
            ("David", "Ås"),
        )
    ]
    factory.attendance(first, people[0], E, note="Sjuk")
    return Seminar(cohort, first, later, *people)


@pytest.fixture
def offline_path(tmp_path: Path) -> Path:
    return tmp_path / "seminarium 1 offline.sqlite3"


@pytest.fixture
def copied(services: Services, seminar: Seminar, offline_path: Path) -> Path:
    services.offline_signoff.export(seminar.seminar, offline_path)
    return offline_path


@pytest.fixture
def offline(copied: Path) -> Iterator[Services]:
    """The services over the offline file, as the sign-off view opened on it uses them."""
    database = Database(for_sqlite_file(copied))
    offline = Services.build(database)
    offline.coordinator.set_name("Lena Laptop")
    yield offline
    database.close()


def test_export_writes_the_seminar_its_people_and_marks(
    services: Services, seminar: Seminar, offline_path: Path
) -> None:
    copy = services.offline_signoff.export(seminar.seminar, offline_path)
    assert (copy.people, copy.marks, copy.seminar_number) == (4, 1, 1)
    assert "Seminarium 1 med 4 deltagare och 1 markeringar" in copy.summary
    assert offline_path.stat().st_mode & 0o777 == 0o600  # it holds personal data
    assert not list(offline_path.parent.glob(".*tmp*"))
    found = offline_seminar(offline_path)
    assert found.seminar_id == seminar.seminar
    with sqlite3.connect(offline_path) as connection:
        tables = {
            name: connection.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in ("programme", "cohort", "seminar", "person", "enrollment", "attendance")
        }
        notes = connection.execute("SELECT note FROM attendance").fetchall()
    assert tables == {
        "programme": 1,
        "cohort": 1,
        "seminar": 1,
        "person": 4,
        "enrollment": 4,
        "attendance": 1,
    }
    assert notes == [("Sjuk",)]


def test_offline_sheet_is_the_seminars_sheet(
    services: Services, seminar: Seminar, offline: Services
) -> None:
    shared = services.attendance.sheet(seminar.seminar)
    copy = offline.attendance.sheet(seminar.seminar)
    assert [(r.name, r.workplace_name, r.status, r.note) for r in copy.rows] == [
        (r.name, r.workplace_name, r.status, r.note) for r in shared.rows
    ]
    assert copy.cohort_name == shared.cohort_name


def _mark(
    services: Services, seminar: int, enrollment: int, status: AttendanceStatus | None
) -> None:
    services.attendance.set_status([CellRef(enrollment, seminar)], status)


def test_round_trip_skips_agreeing_marks_applies_new_ones_and_lists_conflicts(
    services: Services, seminar: Seminar, offline: Services, copied: Path, database: Database
) -> None:
    s = seminar.seminar
    _mark(offline, s, seminar.anna, P)  # came after all: the copy's excused mark changes
    _mark(offline, s, seminar.bo, P)
    _mark(offline, s, seminar.cilla, L)
    _mark(offline, s, seminar.david, A)
    offline.close()
    _mark(services, s, seminar.cilla, A)  # marked here meanwhile, differently: a conflict
    _mark(services, s, seminar.david, A)  # marked here the same way: agrees

    plan = services.offline_signoff.preview(copied, today=TODAY)
    outcomes = {mark.name: mark.outcome for mark in plan.marks}
    assert outcomes == {
        "Anna Öberg": MarkOutcome.CHANGE,
        "Bo Andersson": MarkOutcome.NEW,
        "Cilla Ek": MarkOutcome.CONFLICT,
    }
    assert plan.unchanged == 1
    assert plan.summary == ("1 ny markering, 1 ändrad markering, 1 konflikt, 1 oförändrade")
    assert [m.description for m in plan.conflicts] == ["Frånvarande → Sen"]

    result = services.attendance_import.apply(plan)
    assert (result.changed, result.conflicts_kept) == (2, 1)
    sheet = {row.name: (row.status, row.note) for row in services.attendance.sheet(s).rows}
    assert sheet == {
        "Anna Öberg": (P, "Sjuk"),
        "Bo Andersson": (P, ""),
        "Cilla Ek": (A, ""),
        "David Ås": (A, ""),
    }
    with database.transaction() as session:
        trail = session.execute(
            select(AttendanceChange.enrollment_id, AttendanceChange.source, AttendanceChange.reason)
            .where(AttendanceChange.source == "offline")
            .order_by(AttendanceChange.enrollment_id)
        ).all()
    reason = f"Offline-signering från {copied.name} (Seminarium 1, markerat av Lena Laptop)"
    assert trail == [(seminar.anna, "offline", reason), (seminar.bo, "offline", reason)]

    again = services.offline_signoff.preview(copied, today=TODAY)
    assert [(m.name, m.outcome) for m in again.marks] == [("Cilla Ek", MarkOutcome.CONFLICT)]
    overwritten = services.attendance_import.apply(again, overwrite_conflicts=True)
    assert overwritten.conflicts_overwritten == 1
    assert services.attendance.sheet(s).rows[2].status is L


def test_conflict_when_the_shared_cell_changed_since_the_copy_even_to_no_mark(
    services: Services, seminar: Seminar, offline: Services, copied: Path
) -> None:
    _mark(offline, seminar.seminar, seminar.anna, P)
    offline.close()
    _mark(services, seminar.seminar, seminar.anna, None)
    plan = services.offline_signoff.preview(copied, today=TODAY)
    assert [(m.name, m.outcome, m.current) for m in plan.marks] == [
        ("Anna Öberg", MarkOutcome.CONFLICT, None)
    ]


def test_a_note_added_offline_is_read_back(
    services: Services, seminar: Seminar, offline: Services, copied: Path
) -> None:
    _mark(offline, seminar.seminar, seminar.bo, P)
    offline.attendance.set_note(seminar.bo, seminar.seminar, "Gick 15.00")
    offline.close()
    plan = services.offline_signoff.preview(copied, today=TODAY)
    services.attendance_import.apply(plan)
    bo = next(
        r for r in services.attendance.sheet(seminar.seminar).rows if r.name == "Bo Andersson"
    )
    assert (bo.status, bo.note) == (P, "Gick 15.00")


def test_walk_ins_removed_marks_and_the_offline_signature_are_warned_about(
    services: Services, seminar: Seminar, offline: Services, copied: Path
) -> None:
    s = seminar.seminar
    _mark(offline, s, seminar.anna, None)
    _mark(offline, s, seminar.bo, P)
    offline.attendance.sign(s)
    offline.close()
    plan = services.offline_signoff.preview(copied, today=TODAY)
    assert [m.name for m in plan.marks] == ["Bo Andersson"]
    assert any("togs bort offline" in w and "Anna Öberg" in w for w in plan.warnings)
    assert any("signerades offline av Lena Laptop" in w for w in plan.warnings)


def test_a_seminar_signed_before_it_was_copied_is_not_called_signed_offline(
    services: Services, seminar: Seminar, offline_path: Path
) -> None:
    services.attendance.mark_remaining_absent(seminar.seminar)
    services.attendance.sign(seminar.seminar)
    services.offline_signoff.export(seminar.seminar, offline_path)
    plan = services.offline_signoff.preview(offline_path, today=TODAY)
    assert not any("signerades offline" in w for w in plan.warnings)


def test_a_file_for_another_seminar_is_refused(
    services: Services, seminar: Seminar, copied: Path, database: Database
) -> None:
    before = database_snapshot(database)
    with pytest.raises(
        ConflictError, match=r"ett annat seminarium än det valda \(seminarium 1,"
    ) as error:
        services.offline_signoff.preview(copied, seminar_id=seminar.later)
    assert copied.name in str(error.value)
    assert database_snapshot(database) == before


def test_a_file_from_another_database_is_refused(
    services: Services, seminar: Seminar, tmp_path: Path, database: Database
) -> None:
    other_location = for_sqlite_file(tmp_path / "annan.sqlite3")
    upgrade(other_location, tmp_path / "backups")
    other = Database(other_location)
    other_factory = Factory(other)
    cohort = other_factory.cohort()
    other_seminar = other_factory.seminar(cohort, 1, date(2024, 10, 17))
    other_factory.enrollment(cohort)
    path = tmp_path / "från annan.sqlite3"
    Services.build(other).offline_signoff.export(other_seminar, path)
    other.close()
    before = database_snapshot(database)
    with pytest.raises(ConflictError, match="från en annan databas") as error:
        services.offline_signoff.preview(path)
    assert "från annan.sqlite3" in str(error.value)
    assert "annan.sqlite3" in str(error.value)
    assert database_snapshot(database) == before


def test_a_file_of_a_seminar_removed_since_is_refused(
    services: Services, seminar: Seminar, copied: Path
) -> None:
    services.schedule.remove_seminar(seminar.seminar)
    with pytest.raises(ConflictError, match="finns inte längre"):
        services.offline_signoff.preview(copied)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Namn;Narvaro\nAnna;N\n", "ingen Seminarkoll-databas"),
        (b"", "ingen offline-signering"),
    ],
)
def test_files_that_are_not_ours_are_refused(
    services: Services, tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "närvaro.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=problem) as error:
        services.offline_signoff.preview(path)
    assert str(path) in str(error.value)


def test_a_seminarkoll_database_that_is_no_offline_file_is_refused(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "vanlig.sqlite3"
    upgrade(for_sqlite_file(path), tmp_path / "backups")
    with pytest.raises(DatabaseError, match="ingen offline-signering från Seminarkoll"):
        services.offline_signoff.preview(path)


def test_a_damaged_file_is_refused_naming_it(
    services: Services, copied: Path, database: Database
) -> None:
    data = bytearray(copied.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page):  # every page's header but the first two
        data[offset : offset + 8] = b"\xff" * 8
    copied.write_bytes(bytes(data))
    before = database_snapshot(database)
    with pytest.raises(DatabaseError) as error:
        services.offline_signoff.preview(copied)
    assert str(copied) in str(error.value)
    assert database_snapshot(database) == before


def test_a_missing_file_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="finns inte"):
        services.offline_signoff.preview(tmp_path / "borta.sqlite3")


def test_export_refuses_a_missing_folder_and_leaves_nothing(
    services: Services, seminar: Seminar, tmp_path: Path
) -> None:
    with pytest.raises(TargetFolderMissingError, match=r"Mappen .*saknas finns inte"):
        services.offline_signoff.export(seminar.seminar, tmp_path / "saknas" / "fil.sqlite3")
    assert not [p for p in tmp_path.rglob("*") if "tmp" in p.name]


def test_export_replaces_an_older_copy(services: Services, seminar: Seminar, copied: Path) -> None:
    _mark(services, seminar.seminar, seminar.bo, P)
    copy = services.offline_signoff.export(seminar.seminar, copied)
    assert copy.marks == 2
    assert offline_seminar(copied).seminar_id == seminar.seminar
    assert sorted(p.name for p in copied.parent.iterdir() if p.name.startswith(copied.name)) == [
        copied.name
    ]


def test_export_refuses_to_replace_a_file_open_for_signing(
    services: Services, seminar: Seminar, offline: Services, copied: Path
) -> None:
    _mark(offline, seminar.seminar, seminar.bo, P)  # the file's write-ahead log now has content
    with pytest.raises(DatabaseError, match="är öppen i Seminarkoll"):
        services.offline_signoff.export(seminar.seminar, copied)
    offline.close()
    assert offline_seminar(copied).seminar_id == seminar.seminar


def test_a_cell_marked_here_after_the_preview_is_a_conflict_and_nothing_is_saved(
    services: Services, seminar: Seminar, offline: Services, copied: Path, database: Database
) -> None:
    _mark(offline, seminar.seminar, seminar.anna, P)
    _mark(offline, seminar.seminar, seminar.bo, P)
    offline.close()
    plan = services.offline_signoff.preview(copied, today=TODAY)
    assert {m.outcome for m in plan.marks} == {MarkOutcome.CHANGE, MarkOutcome.NEW}
    _mark(services, seminar.seminar, seminar.anna, A)  # a concurrent mark after the preview
    before = database_snapshot(database)
    with pytest.raises(ConflictError, match="har ändrats sedan"):
        services.attendance_import.apply(plan)
    assert database_snapshot(database) == before
