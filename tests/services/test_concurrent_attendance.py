"""Two coordinators on one database (two Database instances, as two computers have): marks merge
per cell, a cell marked differently since it was shown is a conflict, nothing is lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from seminarkoll.data.audit_chain import verify
from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.models import AttendanceChange
from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.mark_conflict import MarkConflictError
from seminarkoll.services.attendance import AttendanceService, CellRef, MarkChange
from seminarkoll.services.attendance.marking import apply_marks
from seminarkoll.services.identity import Coordinator
from tests.factories import Factory
from tests.server_databases import ServerDatabases

P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@dataclass(frozen=True)
class Seminar:
    """A seminar with three enrolled people, seen by two coordinators."""

    id: int
    anna: int
    bo: int
    cilla: int
    karin: AttendanceService
    lars: AttendanceService
    database: Database
    """Karin's database."""
    cohort: int


@pytest.fixture
def seminar(db_location: DatabaseLocation) -> Iterator[Seminar]:
    first, second = Database(db_location), Database(db_location)
    factory = Factory(first)
    cohort = factory.cohort()
    seminar_id = factory.seminar(cohort, 1, date(2024, 9, 5))
    people = [
        factory.enrollment(cohort, factory.person(name, "Berg")) for name in ("Anna", "Bo", "Cilla")
    ]
    yield Seminar(
        seminar_id,
        *people,
        karin=AttendanceService(first, Coordinator("Karin")),
        lars=AttendanceService(second, Coordinator("Lars")),
        database=first,
        cohort=cohort,
    )
    first.close()
    second.close()


def _shown(service: AttendanceService, seminar_id: int) -> dict[CellRef, AttendanceStatus | None]:
    """What a coordinator's sign-off list shows now, cell by cell."""
    return {CellRef(r.enrollment_id, seminar_id): r.status for r in service.sheet(seminar_id).rows}


def _marks(service: AttendanceService, seminar_id: int) -> dict[int, AttendanceStatus | None]:
    return {r.enrollment_id: r.status for r in service.sheet(seminar_id).rows}


def test_concurrent_marks_of_different_people_are_both_kept(seminar: Seminar) -> None:
    karin_saw = _shown(seminar.karin, seminar.id)
    lars_saw = _shown(seminar.lars, seminar.id)
    seminar.karin.set_status([CellRef(seminar.anna, seminar.id)], P, shown=karin_saw)
    seminar.lars.set_status([CellRef(seminar.bo, seminar.id)], A, shown=lars_saw)
    assert _marks(seminar.karin, seminar.id) == {
        seminar.anna: P,
        seminar.bo: A,
        seminar.cilla: None,
    }
    history = seminar.karin.history(seminar.bo, seminar.id)
    assert [(e.by, e.new_status) for e in history.entries if e.new_status] == [("Lars", A)]


def test_concurrent_same_mark_is_no_conflict(seminar: Seminar) -> None:
    karin_saw = _shown(seminar.karin, seminar.id)
    lars_saw = _shown(seminar.lars, seminar.id)
    cell = CellRef(seminar.anna, seminar.id)
    seminar.karin.set_status([cell], P, shown=karin_saw)
    result = seminar.lars.set_status([cell], P, shown=lars_saw)
    assert (result.changed, result.unchanged) == ((), 1)


def test_conflict_when_the_same_cell_was_marked_otherwise(seminar: Seminar) -> None:
    karin_saw = _shown(seminar.karin, seminar.id)
    lars_saw = _shown(seminar.lars, seminar.id)
    cell = CellRef(seminar.anna, seminar.id)
    seminar.karin.set_status([cell], P, shown=karin_saw)
    with pytest.raises(MarkConflictError) as caught:
        seminar.lars.set_status([cell, CellRef(seminar.bo, seminar.id)], A, shown=lars_saw)
    (conflict,) = caught.value.conflicts
    assert (conflict.person, conflict.seminar_number) == ("Anna Berg", 1)
    assert (conflict.shown, conflict.current, conflict.by) == (None, P, "Karin")
    message = str(caught.value)
    assert "Anna Berg vid seminarium 1 är markerad som närvarande av Karin" in message
    assert f"{conflict.at.astimezone():%H:%M}" in message
    # Nothing of the refused batch was saved: Karin's mark stands, Bo is still unmarked.
    assert _marks(seminar.lars, seminar.id) == {
        seminar.anna: P,
        seminar.bo: None,
        seminar.cilla: None,
    }


def test_conflict_overwritten_when_the_other_mark_is_taken_as_shown(seminar: Seminar) -> None:
    cell = CellRef(seminar.anna, seminar.id)
    lars_saw = _shown(seminar.lars, seminar.id)
    seminar.karin.set_status([cell], P, shown=_shown(seminar.karin, seminar.id))
    with pytest.raises(MarkConflictError) as caught:
        seminar.lars.set_status([cell], A, shown=lars_saw)
    conflict = caught.value.conflicts[0]
    overwritten = seminar.lars.set_status([cell], A, shown={cell: conflict.current})
    assert overwritten.changed == (cell,)
    assert _marks(seminar.karin, seminar.id)[seminar.anna] == A
    trail = [
        (e.by, e.old_status, e.new_status)
        for e in seminar.karin.history(seminar.anna, seminar.id).entries
        if e.kind == "change"
    ]
    assert trail == [("Karin", None, P), ("Lars", P, A)]
    with seminar.database.transaction() as session:
        assert len(session.scalars(select(AttendanceChange)).all()) == 2
        assert all(state.problem is None for state in verify(session.connection()))


def test_conflict_again_when_the_cell_changed_once_more(seminar: Seminar) -> None:
    """Overwriting names the mark it replaces: a third change in between is a new conflict."""
    cell = CellRef(seminar.anna, seminar.id)
    seminar.karin.set_status([cell], P, shown={cell: None})
    seminar.karin.set_status([cell], E, shown={cell: P})
    with pytest.raises(MarkConflictError):
        seminar.lars.set_status([cell], A, shown={cell: P})
    assert _marks(seminar.lars, seminar.id)[seminar.anna] == E


def test_stale_clear_of_a_mark_removed_by_the_other_is_no_conflict(seminar: Seminar) -> None:
    cell = CellRef(seminar.anna, seminar.id)
    seminar.karin.set_status([cell], P, shown={cell: None})
    seminar.karin.set_status([cell], None, shown={cell: P})
    result = seminar.lars.set_status([cell], A, shown={cell: P})
    assert result.changed == (cell,)


def test_concurrent_remaining_absent_touches_only_cells_empty_in_the_database(
    seminar: Seminar,
) -> None:
    before = seminar.karin.sheet(seminar.id)
    assert before.unmarked == 3
    seminar.lars.set_status([CellRef(seminar.bo, seminar.id)], P)
    result = seminar.karin.mark_remaining_absent(seminar.id)
    assert set(result.changed) == {
        CellRef(seminar.anna, seminar.id),
        CellRef(seminar.cilla, seminar.id),
    }
    assert _marks(seminar.lars, seminar.id) == {seminar.anna: A, seminar.bo: P, seminar.cilla: A}


def test_concurrent_commits_keep_the_audit_chain_whole(seminar: Seminar) -> None:
    """Two coordinators committing at the same moment (at different seminars, which do not
    wait for each other) chain their audit rows one after the other (an advisory lock on a
    server), so the trail stays whole."""
    people = (seminar.anna, seminar.bo, seminar.cilla)
    second = Factory(seminar.database).seminar(seminar.cohort, 2, date(2024, 10, 3))
    problems: list[BaseException] = []

    def mark(service: AttendanceService, seminar_id: int) -> None:
        try:
            for round_ in range(6):
                for person in people:
                    service.set_status([CellRef(person, seminar_id)], (P, A)[round_ % 2])
        except BaseException as exc:  # reported below, in the test's thread
            problems.append(exc)

    threads = [
        threading.Thread(target=mark, args=(seminar.karin, seminar.id)),
        threading.Thread(target=mark, args=(seminar.lars, second)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    with seminar.database.transaction() as session:
        changes = session.scalars(select(AttendanceChange)).all()
        states = verify(session.connection())
    assert len(changes) == 2 * 6 * len(people)
    assert [(s.table, s.problem) for s in states] == [
        ("attendance_change", None),
        ("signoff_event", None),
    ]


def test_concurrent_undo_keeps_the_other_coordinators_later_mark(seminar: Seminar) -> None:
    cell = CellRef(seminar.anna, seminar.id)
    done = seminar.karin.set_status([cell], P)
    seminar.lars.set_status([cell], A)
    with pytest.raises(MarkConflictError, match="frånvarande av Lars"):
        seminar.karin.restore_marks(done.before, ChangeSource.UNDO, current=done.after)
    assert _marks(seminar.karin, seminar.id)[seminar.anna] == A
    untouched = seminar.karin.set_status([CellRef(seminar.bo, seminar.id)], E)
    undone = seminar.karin.restore_marks(
        untouched.before, ChangeSource.UNDO, current=untouched.after
    )
    assert undone.changed == (CellRef(seminar.bo, seminar.id),)
    assert _marks(seminar.lars, seminar.id)[seminar.bo] is None


def test_concurrent_commits_on_a_server_chain_one_after_the_other(
    server_databases: ServerDatabases,
) -> None:
    """Two transactions that reach their commit together (a barrier holds both until each has
    written its mark) still leave the audit trail whole: sealing takes an advisory lock."""
    location = server_databases.migrated()
    first, second = Database(location), Database(location)
    try:
        factory = Factory(first)
        cohort = factory.cohort()
        cells = [
            (factory.enrollment(cohort), factory.seminar(cohort, number, date(2024, 9, number)))
            for number in (1, 2)
        ]
        for status in (P, A, E):
            barrier = threading.Barrier(2, timeout=10)
            problems: list[BaseException] = []
            threads = [
                threading.Thread(target=_mark_at_once, args=(db, cell, status, barrier, problems))
                for db, cell in zip((first, second), cells, strict=True)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert problems == []
        with first.transaction() as session:
            assert len(session.scalars(select(AttendanceChange)).all()) == 6
            states = verify(session.connection())
        assert [s.problem for s in states] == [None, None]
    finally:
        first.close()
        second.close()
        server_databases.drop(location)


def _mark_at_once(
    database: Database,
    cell: tuple[int, int],
    status: AttendanceStatus,
    barrier: threading.Barrier,
    problems: list[BaseException],
) -> None:
    """Mark one cell and commit once the other thread has written its mark too."""
    try:
        with database.transaction() as session:
            change = MarkChange(cell[0], cell[1], status)
            apply_marks(session, [change], "matrix", "", True, False, "test")
            barrier.wait()
    except BaseException as exc:  # reported in the test's thread
        problems.append(exc)


def test_conflict_when_the_note_was_changed_since_it_was_shown(seminar: Seminar) -> None:
    seminar.karin.apply([MarkChange(seminar.anna, seminar.id, E, "Sjuk")], source="test")
    lars_saw = {r.enrollment_id: r.note for r in seminar.lars.sheet(seminar.id).rows}
    seminar.karin.set_note(seminar.anna, seminar.id, "Sjuk, mejl 8 feb", shown="Sjuk")
    with seminar.database.transaction() as session:
        trail = len(session.scalars(select(AttendanceChange)).all())

    with pytest.raises(MarkConflictError) as caught:
        seminar.lars.set_note(seminar.anna, seminar.id, "Vab", shown=lars_saw[seminar.anna])

    (conflict,) = caught.value.conflicts
    assert (conflict.person, conflict.seminar_number, conflict.by) == ("Anna Berg", 1, "Karin")
    assert (conflict.note, conflict.current) == ("Sjuk, mejl 8 feb", E)
    assert conflict.at is not None
    message = str(caught.value)
    assert message.startswith("Anteckningen om Anna Berg vid seminarium 1 ändrades av Karin, ")
    assert message.endswith(
        f"{conflict.at.astimezone():%H:%M} sedan den visades. Ingenting sparades."
    )
    (row,) = [r for r in seminar.karin.sheet(seminar.id).rows if r.enrollment_id == seminar.anna]
    assert (row.status, row.note) == (E, "Sjuk, mejl 8 feb")
    with seminar.database.transaction() as session:
        assert len(session.scalars(select(AttendanceChange)).all()) == trail

    seminar.lars.set_note(seminar.anna, seminar.id, "Vab", shown=conflict.note)
    assert seminar.karin.history(seminar.anna, seminar.id).note == "Vab"


def test_concurrent_same_note_or_an_unchanged_note_is_no_conflict(seminar: Seminar) -> None:
    seminar.karin.apply([MarkChange(seminar.anna, seminar.id, P, "")], source="test")
    seminar.karin.set_note(seminar.anna, seminar.id, "Gick 15.00", shown="")
    same = seminar.lars.set_note(seminar.anna, seminar.id, "Gick 15.00", shown="")
    assert (same.changed, same.unchanged) == ((), 1)
    seminar.lars.set_status([CellRef(seminar.anna, seminar.id)], AttendanceStatus.LATE)
    # Another mark, the same note: the note shown is still the note, so it is no conflict.
    seminar.karin.set_note(seminar.anna, seminar.id, "Kom 10.15", shown="Gick 15.00")
    assert seminar.lars.history(seminar.anna, seminar.id).note == "Kom 10.15"


def test_concurrent_undo_of_a_note_keeps_the_other_coordinators_later_note(
    seminar: Seminar,
) -> None:
    seminar.karin.apply([MarkChange(seminar.anna, seminar.id, P, "A")], source="test")
    done = seminar.karin.set_note(seminar.anna, seminar.id, "B", shown="A")
    seminar.lars.set_note(seminar.anna, seminar.id, "C", shown="B")
    with pytest.raises(MarkConflictError, match=r"^Anteckningen om Anna Berg vid seminarium 1"):
        seminar.karin.restore_marks(done.before, ChangeSource.UNDO, current=done.after)
    assert seminar.karin.history(seminar.anna, seminar.id).note == "C"
