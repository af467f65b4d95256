"""AttendanceService on real SQLite: matrix, batches with audit, sign-off, apologies, make-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from seminarkoll.data.models import AttendanceChange, Enrollment, SignOffEvent
from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.domain.catalog import schedule_totals
from seminarkoll.domain.completion import CellState, CompletionRules, SeminarSlot
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.services.attendance import AttendanceMatrix, CellRef, MarkChange
from seminarkoll.services.container import Services
from tests.factories import Factory

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def _demo_matrix(demo: Services) -> AttendanceMatrix:
    cohort_id = demo.catalog.programmes()[0].cohorts[0].id
    return demo.attendance.matrix(cohort_id)


def _row(matrix: AttendanceMatrix, first_name: str):  # type: ignore[no-untyped-def]
    return next(r for r in matrix.rows if r.first_name == first_name)


def _changes(services: Services) -> list[AttendanceChange]:
    with services.database.transaction() as session:
        return list(session.scalars(select(AttendanceChange).order_by(AttendanceChange.id)))


# -- the matrix on the example programme ---------------------------------------------------
def test_demo_seminars_one_to_four_held_five_to_seven_not(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    assert [s.held for s in matrix.seminars] == [True] * 4 + [False] * 3
    assert [s.signed_off for s in matrix.seminars] == [True] * 4 + [False] * 3
    anna = _row(matrix, "Anna")
    assert anna.cells[4:] == (CellState.NOT_YET_HELD,) * 3
    assert anna.result.state is CompletionState.ON_TRACK
    assert (anna.result.attended, anna.result.expected) == (4, 7)


def test_demo_matrix_rows_and_column_totals(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    assert len(matrix.rows) == 21
    leila = _row(matrix, "Leila")
    assert leila.status is EnrollmentStatus.WITHDRAWN
    assert leila.cells[2:] == (CellState.NOT_EXPECTED,) * 5
    assert leila.result.state is CompletionState.NOT_TAKING_PART
    linnea = _row(matrix, "Linnea")
    assert linnea.cells[0] is CellState.NOT_EXPECTED
    assert linnea.result.expected == 6
    mohammed = _row(matrix, "Mohammed")
    assert mohammed.result.state is CompletionState.CANNOT_COMPLETE
    first = matrix.totals[0]
    assert (first.expected, first.present, first.late, first.absent) == (20, 18, 1, 1)
    assert matrix.totals[4].expected == 20
    assert matrix.totals[4].present == 0
    assert {g.name for g in matrix.groups} == {"Samtalsgrupp A", "Samtalsgrupp B", "Samtalsgrupp C"}
    assert all(len(r.group_ids) == 1 for r in matrix.rows)


def test_advance_apology_alone_does_not_make_a_seminar_held(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    anna, fifth = _row(matrix, "Anna"), matrix.seminars[4]
    demo.attendance.excuse_in_advance(anna.enrollment_id, fifth.id, "Mejl: kurs i Göteborg")
    after = _demo_matrix(demo)
    assert after.seminars[4].held is False
    assert _row(after, "Anna").cells[4] is CellState.EXCUSED
    assert _row(after, "Anna").notes[4] == "Mejl: kurs i Göteborg"
    assert _row(after, "Johan").cells[4] is CellState.NOT_YET_HELD
    sheet = demo.attendance.sheet(fifth.id)
    assert next(r for r in sheet.rows if r.first_name == "Anna").status is E
    assert _changes(demo)[-1].source == "apology"


def test_advance_apology_refuses_to_overwrite_a_mark(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    anna = _row(matrix, "Anna")
    sixth = matrix.seminars[5].id
    demo.attendance.set_status([CellRef(anna.enrollment_id, sixth)], P)
    with pytest.raises(ConflictError, match="närvarande"):
        demo.attendance.excuse_in_advance(anna.enrollment_id, sixth)


# -- batches ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchCase:
    before: AttendanceStatus | None
    before_note: str
    status: AttendanceStatus | None
    note: str | None
    overwrite: bool
    outcome: str  # changed / unchanged / kept
    after: AttendanceStatus | None
    after_note: str


BATCH_CASES = {
    "new mark": BatchCase(None, "", P, None, False, "changed", P, ""),
    "new mark with note": BatchCase(None, "", E, "sjuk", False, "changed", E, "sjuk"),
    "same mark": BatchCase(P, "", P, None, False, "unchanged", P, ""),
    "same mark adds a note": BatchCase(P, "", P, "kom 13.10", False, "changed", P, "kom 13.10"),
    "other mark kept": BatchCase(P, "", A, None, False, "kept", P, ""),
    "other mark overwritten": BatchCase(P, "", A, None, True, "changed", A, ""),
    "clearing kept": BatchCase(L, "", None, None, False, "kept", L, ""),
    "clearing overwritten": BatchCase(L, "x", None, None, True, "changed", None, ""),
    "note replaced kept": BatchCase(E, "sjuk", E, "vab", False, "kept", E, "sjuk"),
    "note replaced overwritten": BatchCase(E, "sjuk", E, "vab", True, "changed", E, "vab"),
    "clearing nothing": BatchCase(None, "", None, None, False, "unchanged", None, ""),
}


@pytest.mark.parametrize("case", BATCH_CASES.values(), ids=BATCH_CASES.keys())
def test_apply_never_overwrites_unless_told(
    services: Services, factory: Factory, case: BatchCase
) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    enrollment = factory.enrollment(cohort)
    if case.before is not None:
        factory.attendance(seminar, enrollment, case.before, note=case.before_note)
    result = services.attendance.apply(
        [MarkChange(enrollment, seminar, case.status, case.note)],
        source=ChangeSource.IMPORT,
        reason="Inläst från närvarolista.xlsx",
        overwrite=case.overwrite,
    )
    outcome = "changed" if result.changed else "kept" if result.kept else "unchanged"
    assert outcome == case.outcome
    assert result.unchanged == (1 if case.outcome == "unchanged" else 0)
    history = services.attendance.history(enrollment, seminar)
    assert (history.status, history.note) == (case.after, case.after_note)
    audit = _changes(services)
    if case.outcome == "changed":
        (change,) = audit
        assert (change.old_status, change.new_status) == (case.before, case.after)
        assert change.source == "import"
        assert change.reason == "Inläst från närvarolista.xlsx"
        assert change.changed_by == services.coordinator.name
    else:
        assert audit == []
    if case.outcome == "kept":
        assert result.kept[0].current is case.before
        assert result.kept[0].proposed is case.status


def test_apply_is_one_transaction_and_validates_every_cell(
    services: Services, factory: Factory
) -> None:
    cohort, other = factory.cohort(), factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    foreign = factory.seminar(other, 1, date(2024, 9, 5))
    enrollment = factory.enrollment(cohort)
    with pytest.raises(ValidationError, match="inte antagen till seminariets omgång"):
        services.attendance.apply(
            [MarkChange(enrollment, seminar, P), MarkChange(enrollment, foreign, P)],
            source=ChangeSource.IMPORT,
        )
    with pytest.raises(ValidationError, match="två gånger"):
        services.attendance.apply(
            [MarkChange(enrollment, seminar, P), MarkChange(enrollment, seminar, A)],
            source=ChangeSource.IMPORT,
        )
    with pytest.raises(ValidationError, match="finns inte längre"):
        services.attendance.apply([MarkChange(9999, seminar, P)], source="import")
    with pytest.raises(ValidationError, match="varifrån"):
        services.attendance.apply([MarkChange(enrollment, seminar, P)], source="")
    assert services.attendance.history(enrollment, seminar).status is None
    assert _changes(services) == []


def test_apply_on_a_signed_seminar_fails_or_skips(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    signed = factory.seminar(cohort, 1, date(2024, 9, 5))
    open_ = factory.seminar(cohort, 2, date(2024, 10, 3))
    enrollment = factory.enrollment(cohort)
    services.attendance.sign(signed)
    batch = [MarkChange(enrollment, signed, P), MarkChange(enrollment, open_, P)]
    with pytest.raises(ConflictError, match="seminarium 1 är signerad"):
        services.attendance.apply(batch, source="import")
    assert services.attendance.history(enrollment, open_).status is None
    result = services.attendance.apply(batch, source="import", skip_locked=True)
    assert result.locked == (CellRef(enrollment, signed),)
    assert result.changed == (CellRef(enrollment, open_),)


# -- sign-off --------------------------------------------------------------------------------
def test_sign_unlock_and_audit_trail(services: Services, factory: Factory) -> None:
    services.coordinator.set_name("Karin Fredriksson")
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    enrollment = factory.enrollment(cohort)
    services.attendance.set_status([CellRef(enrollment, seminar)], A, source=ChangeSource.SIGNOFF)
    signed = services.attendance.sign(seminar)
    karin = services.coordinator.name  # on a server followed by the login (test_coordinator_stamp)
    assert karin.startswith("Karin Fredriksson")
    assert signed.by == karin
    info = services.attendance.seminars(cohort)[0]
    assert info.signed_off
    assert info.signed_off_by == karin
    assert info.held
    with pytest.raises(ConflictError, match="redan signerat av Karin Fredriksson"):
        services.attendance.sign(seminar)
    with pytest.raises(ConflictError, match="signerad"):
        services.attendance.set_status([CellRef(enrollment, seminar)], P)
    with pytest.raises(ValidationError, match="varför"):
        services.attendance.unlock(seminar, "   ")
    services.attendance.unlock(seminar, "Kom efter pausen, missades på listan")
    services.attendance.set_status([CellRef(enrollment, seminar)], L)
    history = services.attendance.history(enrollment, seminar)
    kinds = [(e.kind, e.old_status, e.new_status) for e in history.entries]
    assert kinds == [
        ("change", None, A),
        ("sign", None, None),
        ("unlock", None, None),
        ("change", A, L),
    ]
    assert history.entries[-1].reason == "Efter upplåsning: Kom efter pausen, missades på listan"
    assert history.entries[2].reason == "Kom efter pausen, missades på listan"
    with pytest.raises(ConflictError, match="inte signerat"):
        services.attendance.unlock(seminar, "igen")
    with services.database.transaction() as session:
        actions = session.scalars(select(SignOffEvent.action).order_by(SignOffEvent.id)).all()
    assert actions == ["sign", "unlock"]


def test_history_of_a_mark_recorded_without_changes(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    johan = _row(matrix, "Johan")
    history = demo.attendance.history(johan.enrollment_id, matrix.seminars[1].id)
    assert history.participant == "Johan Ek"
    assert history.status is L
    assert [e.kind for e in history.entries] == ["recorded", "sign"]
    assert history.entries[0].by == "Karin Fredriksson"


def test_remaining_absent_never_overwrites(demo: Services) -> None:
    matrix = _demo_matrix(demo)
    fifth = matrix.seminars[4].id
    anna, johan = _row(matrix, "Anna"), _row(matrix, "Johan")
    demo.attendance.excuse_in_advance(anna.enrollment_id, fifth, "Sjuk")
    demo.attendance.set_status([CellRef(johan.enrollment_id, fifth)], L)
    result = demo.attendance.mark_remaining_absent(fifth)
    assert len(result.changed) == 18
    assert result.kept == ()
    sheet = demo.attendance.sheet(fifth)
    statuses = {r.first_name: r.status for r in sheet.rows}
    assert statuses["Anna"] is E
    assert statuses["Johan"] is L
    assert statuses["Åsa"] is A
    assert "Leila" not in statuses
    assert sheet.totals.expected == 20
    assert sheet.unmarked == 0
    assert sheet.totals.attended == 1
    again = demo.attendance.mark_remaining_absent(fifth)
    assert again.changed == ()


def test_walk_in_joining_or_visiting(demo: Services, factory: Factory) -> None:
    matrix = _demo_matrix(demo)
    fifth = matrix.seminars[4]
    joiner = factory.person("Greta", "Gäst")
    visitor = factory.person("Vera", "Besök")
    joined = demo.attendance.add_walk_in(fifth.id, joiner, join_cohort=True)
    visited = demo.attendance.add_walk_in(fifth.id, visitor, join_cohort=False)
    assert joined.name == "Greta Gäst"
    assert joined.joined
    after = _demo_matrix(demo)
    greta = _row(after, "Greta")
    assert "Vera" not in {row.first_name for row in after.rows}  # a visitor is not a participant
    assert greta.joined_on == fifth.date
    assert greta.status is EnrollmentStatus.ENROLLED
    assert greta.cells[:4] == (CellState.NOT_EXPECTED,) * 4
    assert greta.cells[4] is CellState.PRESENT
    assert greta.result.state is CompletionState.ON_TRACK
    assert (greta.result.required, greta.result.expected) == (2, 3)
    assert after.totals[4].expected == 21
    assert (after.totals[4].attended, after.totals[4].visitors) == (1, 1)
    sheet = demo.attendance.sheet(fifth.id)
    vera = next(r for r in sheet.rows if r.first_name == "Vera")
    assert vera.visit
    assert vera.enrollment_id == visited.enrollment_id
    assert (vera.status, vera.cell) == (AttendanceStatus.PRESENT, CellState.NOT_EXPECTED)
    assert len(sheet.rows) == 22
    assert sheet.totals == after.totals[4]


def test_walk_in_who_applied_must_join(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    person = factory.person("Ali", "Sökande")
    factory.enrollment(cohort, person, EnrollmentStatus.APPLIED)
    with pytest.raises(ConflictError, match="inte antagen"):
        services.attendance.add_walk_in(seminar, person, join_cohort=False)
    result = services.attendance.add_walk_in(seminar, person, join_cohort=True)
    with services.database.transaction() as session:
        enrollment = session.get(Enrollment, result.enrollment_id)
        assert enrollment is not None
        assert enrollment.status is EnrollmentStatus.ENROLLED
        assert enrollment.joined_on == date(2024, 9, 5)


def test_notes_need_a_mark(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5))
    enrollment = factory.enrollment(cohort)
    with pytest.raises(ValidationError, match="Registrera närvaron först"):
        services.attendance.set_note(enrollment, seminar, "Kom sent")
    services.attendance.set_status([CellRef(enrollment, seminar)], L)
    services.attendance.set_note(enrollment, seminar, "  Kom 13.20  ")
    history = services.attendance.history(enrollment, seminar)
    assert (history.status, history.note) == (L, "Kom 13.20")
    assert history.entries[-1].new_note == "Kom 13.20"


# -- make-up tasks and rules -----------------------------------------------------------------
def test_makeup_task_counts_only_when_the_cohort_allows_it(
    services: Services, factory: Factory
) -> None:
    cohort = factory.cohort(min_attended=2)
    seminars = [factory.seminar(cohort, n, date(2024, 9, n)) for n in (1, 2)]
    enrollment = factory.enrollment(cohort)
    services.attendance.set_status([CellRef(enrollment, seminars[0])], P)
    services.attendance.set_status([CellRef(enrollment, seminars[1])], A)
    with pytest.raises(ConflictError, match="tillåter inte"):
        services.attendance.record_makeup(enrollment, seminars[1], "Reflektion")
    services.attendance.set_rules(cohort, CompletionRules(min_attended=2, allow_makeup=True))
    with pytest.raises(ConflictError, match="ingen komplettering"):
        services.attendance.record_makeup(enrollment, seminars[0], "Reflektion")
    with pytest.raises(ValidationError, match="Beskriv"):
        services.attendance.record_makeup(enrollment, seminars[1], " ")
    services.attendance.record_makeup(
        enrollment, seminars[1], "Skriftlig reflektion", date(2024, 10, 1)
    )
    (row,) = services.attendance.matrix(cohort).rows
    assert row.made_up == (False, True)
    assert row.result.state is CompletionState.COMPLETED
    assert "kompletteringsuppgift" in row.result.reason
    assert services.attendance.history(enrollment, seminars[1]).makeup == (
        "Skriftlig reflektion (godkänd 1 oktober 2024)"
    )
    assert services.attendance.remove_makeup(enrollment, seminars[1])
    assert not services.attendance.remove_makeup(enrollment, seminars[1])
    (row,) = services.attendance.matrix(cohort).rows
    assert row.result.state is CompletionState.AT_RISK
    assert "1 kompletteringsuppgift" in row.result.reason
    services.attendance.set_rules(cohort, CompletionRules(min_attended=2))
    (row,) = services.attendance.matrix(cohort).rows
    assert row.result.state is CompletionState.CANNOT_COMPLETE


def test_rules_cannot_exceed_the_seminars(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    for n in (1, 2, 3):
        factory.seminar(cohort, n, date(2024, 9, n))
    with pytest.raises(ValidationError, match="3 seminarier"):
        services.attendance.set_rules(cohort, CompletionRules(min_attended=4))
    services.attendance.set_rules(cohort, CompletionRules(min_attended=3, require_each_theme=True))
    assert services.attendance.rules(cohort) == CompletionRules(
        min_attended=3, require_each_theme=True
    )
    with pytest.raises(NotFoundError):
        services.attendance.rules(9999)


# -- completion verdicts through the service -----------------------------------------------
@dataclass(frozen=True)
class VerdictCase:
    rules: CompletionRules
    marks: str  # one character per seminar 1..7: P L E A or . (nothing recorded)
    held: int  # seminars 1..held are signed off
    state: CompletionState
    attended: int
    expected: int
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED
    joined_on: date | None = None
    left_on: date | None = None
    makeup: tuple[int, ...] = ()


def _day(n: int) -> date:
    return date(2024, 9, 1 + 4 * (n - 1))


THEMES = (0, 0, 1, 1, 1, 2, 2)
CODES = {"P": P, "L": L, "E": E, "A": A}
VERDICTS = {
    "all present so far": VerdictCase(CompletionRules(), "PPPP", 4, CompletionState.ON_TRACK, 4, 7),
    "completed early": VerdictCase(CompletionRules(), "PPPPPP", 6, CompletionState.COMPLETED, 6, 7),
    "one miss leaves no slack": VerdictCase(
        CompletionRules(), "PAPP", 4, CompletionState.AT_RISK, 3, 7
    ),
    "two misses": VerdictCase(CompletionRules(), "PAAP", 4, CompletionState.CANNOT_COMPLETE, 2, 7),
    "unrecorded held seminar is a miss": VerdictCase(
        CompletionRules(), "P.PP", 4, CompletionState.AT_RISK, 3, 7
    ),
    "late counts": VerdictCase(CompletionRules(), "LLLL", 4, CompletionState.ON_TRACK, 4, 7),
    "late does not count": VerdictCase(
        CompletionRules(late_counts_as_present=False),
        "LLPP",
        4,
        CompletionState.CANNOT_COMPLETE,
        2,
        7,
    ),
    "excused does not count": VerdictCase(
        CompletionRules(), "PEPP", 4, CompletionState.AT_RISK, 3, 7
    ),
    "excused counts": VerdictCase(
        CompletionRules(excused_counts_as_attended=True), "PEPP", 4, CompletionState.ON_TRACK, 4, 7
    ),
    "late joiner needs fewer": VerdictCase(
        CompletionRules(), "..PPPP", 6, CompletionState.COMPLETED, 4, 5, joined_on=_day(3)
    ),
    "withdrawn is not taking part": VerdictCase(
        CompletionRules(),
        "PP",
        4,
        CompletionState.NOT_TAKING_PART,
        2,
        2,
        status=EnrollmentStatus.WITHDRAWN,
        left_on=_day(2),
    ),
    "each theme: theme 3 still open": VerdictCase(
        CompletionRules(min_attended=5, require_each_theme=True),
        "PPPPP",
        5,
        CompletionState.ON_TRACK,
        5,
        7,
    ),
    "each theme: theme 1 missed entirely": VerdictCase(
        CompletionRules(min_attended=4, require_each_theme=True),
        "AAPPPPP",
        7,
        CompletionState.CANNOT_COMPLETE,
        5,
        7,
    ),
    "make-up task rescues a miss": VerdictCase(
        CompletionRules(allow_makeup=True),
        "PAPPPPP",
        7,
        CompletionState.COMPLETED,
        7,
        7,
        makeup=(2,),
    ),
    "make-up for theme": VerdictCase(
        CompletionRules(min_attended=4, require_each_theme=True, allow_makeup=True),
        "AEPPPPP",
        7,
        CompletionState.COMPLETED,
        6,
        7,
        makeup=(1,),
    ),
}


@pytest.mark.parametrize("case", VERDICTS.values(), ids=VERDICTS.keys())
def test_completion_verdicts_through_the_service(
    services: Services, factory: Factory, case: VerdictCase
) -> None:
    programme = factory.programme()
    themes = [factory.theme(programme, f"Tema {n}", n) for n in range(3)]
    cohort = factory.cohort(programme)
    services.attendance.set_rules(cohort, case.rules)
    seminars = [
        factory.seminar(cohort, n, _day(n), theme_area_id=themes[THEMES[n - 1]])
        for n in range(1, 8)
    ]
    enrollment = factory.enrollment(
        cohort, status=case.status, joined_on=case.joined_on, left_on=case.left_on
    )
    for seminar, code in zip(seminars, case.marks, strict=False):
        if code != ".":
            factory.attendance(seminar, enrollment, CODES[code])
    for number in case.makeup:
        services.attendance.record_makeup(enrollment, seminars[number - 1], "Reflektion")
    for seminar in seminars[: case.held]:
        services.attendance.sign(seminar)
    (row,) = services.attendance.matrix(cohort).rows
    assert row.result.state is case.state, row.result.reason
    assert (row.result.attended, row.result.expected) == (case.attended, case.expected)
    assert row.result.reason


def test_matrix_totals_match_the_schedule_and_the_sheet(demo: Services, factory: Factory) -> None:
    fifth = _demo_matrix(demo).seminars[4].id
    demo.attendance.add_walk_in(fifth, factory.person("Vera"), join_cohort=False)
    demo.attendance.excuse_in_advance(_row(_demo_matrix(demo), "Anna").enrollment_id, fifth)
    matrix = _demo_matrix(demo)
    slots = [
        SeminarSlot(
            id=s.id,
            number=s.number,
            date=s.date,
            theme_id=s.theme_id,
            held=s.held,
            signed=s.signed_off,
        )
        for s in matrix.seminars
    ]
    enrolments = [(r.enrollment_id, r.status, r.joined_on, r.left_on) for r in matrix.rows]
    marks = [
        (row.enrollment_id, s.id, status)
        for row in matrix.rows
        for s in slots
        if (status := demo.attendance.history(row.enrollment_id, s.id).status) is not None
    ]
    (vera,) = [r for r in demo.attendance.sheet(fifth).rows if r.visit]
    assert vera.status is not None
    enrolments.append((vera.enrollment_id, vera.enrollment_status, vera.joined_on, vera.left_on))
    marks.append((vera.enrollment_id, fifth, vera.status))
    domain = schedule_totals(slots, enrolments, marks)
    assert matrix.totals == tuple(domain[s.id] for s in slots)
    assert matrix.totals[4].expected == 20
    assert matrix.totals[4].visitors == 1
    overview = demo.catalog.cohort_overview(matrix.cohort_id)
    assert tuple(s.totals for s in overview.seminars) == matrix.totals
    assert tuple(demo.attendance.sheet(s.id).totals for s in slots) == matrix.totals
