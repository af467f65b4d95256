"""Import a filled-in sign-in sheet or edited attendance matrix: preview the changes, then apply.

The changes go through `AttendanceService.apply` (one transaction, each change in the audit
trail with source "import"). Marks already taken are never overwritten unless the caller
explicitly accepts the listed conflicts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.database import Database
from seminarkoll.domain.attendance import MAX_NOTE_LENGTH, TAKEN_AT_SEMINAR, ChangeSource
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError, DomainError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import excerpt
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.attendance_file import (
    AttendanceFileReport,
    SheetKind,
    read_attendance_file,
)
from seminarkoll.exchange.problem_lines import CellProblem, problem_lines
from seminarkoll.services.attendance import (
    AttendanceMatrix,
    AttendanceService,
    CellRef,
    MarkChange,
)
from seminarkoll.services.cohort_frame import SeminarInfo


class MarkOutcome(StrEnum):
    """What importing one filled-in cell does."""

    NEW = "new"
    """Nothing was recorded; the file's mark is recorded."""
    NOTE = "note"
    """The mark is the same; the file adds a note where there was none."""
    CHANGE = "change"
    """An offline signing changed a mark nobody has changed in the database since the copy."""
    CONFLICT = "conflict"
    """A different mark (or note) is already recorded; kept unless the user says otherwise."""
    LOCKED = "locked"
    """The seminar is signed off; nothing changes until it is unlocked."""


@dataclass(frozen=True)
class PlannedMark:
    """One cell the file changes, with what is recorded now and what the file says."""

    row: int
    column_label: str
    enrollment_id: int
    seminar_id: int
    name: str
    seminar_number: int
    outcome: MarkOutcome
    current: AttendanceStatus | None
    current_note: str
    proposed: AttendanceStatus | None
    proposed_note: str | None

    @property
    def description(self) -> str:
        """E.g. "ingen markering → Närvarande"."""
        before = STATUS_WORDS[self.current] if self.current else "ingen markering"
        after = STATUS_WORDS[self.proposed] if self.proposed else before
        text = f"{before} → {after}"
        if self.proposed_note is not None and self.proposed_note != self.current_note:
            text += f" (anteckning: ”{excerpt(self.proposed_note)}”)"
        return text


@dataclass(frozen=True)
class AttendancePlan:
    """What importing the file would do. Nothing is saved yet."""

    path: Path
    sheet_name: str
    kind: SheetKind
    cohort_id: int
    cohort_label: str
    marks: tuple[PlannedMark, ...]
    unchanged: int
    problems: tuple[CellProblem, ...]
    warnings: tuple[str, ...]

    def of(self, outcome: MarkOutcome) -> tuple[PlannedMark, ...]:
        """The planned cells with `outcome`."""
        return tuple(mark for mark in self.marks if mark.outcome is outcome)

    @property
    def changes(self) -> tuple[PlannedMark, ...]:
        """Cells that change without overwriting anything changed since the file was made (new
        marks, added notes, offline changes of marks the database still holds as copied)."""
        return tuple(m for m in self.marks if m.outcome in _CHANGES)

    @property
    def conflicts(self) -> tuple[PlannedMark, ...]:
        """Cells where the file disagrees with a mark already taken."""
        return self.of(MarkOutcome.CONFLICT)

    @property
    def locked(self) -> tuple[PlannedMark, ...]:
        """Cells of signed-off seminars the file would change."""
        return self.of(MarkOutcome.LOCKED)

    def problem_lines(self) -> tuple[str, ...]:
        """One line per problem, `FILE:ROW: column: message` (rows with the same problem
        joined)."""
        return problem_lines(self.path, self.problems)

    @property
    def summary(self) -> str:
        """E.g. "12 nya markeringar, 1 konflikt, 30 oförändrade"."""
        parts = [
            _count(
                len(self.of(MarkOutcome.NEW)),
                translate("Exports", "1 ny markering"),
                translate("Exports", "{count} nya markeringar"),
            ),
            _count(
                len(self.of(MarkOutcome.NOTE)),
                translate("Exports", "1 ny anteckning"),
                translate("Exports", "{count} nya anteckningar"),
            ),
            _count(
                len(self.of(MarkOutcome.CHANGE)),
                translate("Exports", "1 ändrad markering"),
                translate("Exports", "{count} ändrade markeringar"),
            ),
            _count(
                len(self.conflicts),
                translate("Exports", "1 konflikt"),
                translate("Exports", "{count} konflikter"),
            ),
            _count(
                len(self.locked),
                translate("Exports", "1 på signerat seminarium"),
                translate("Exports", "{count} på signerade seminarier"),
            ),
            translate("Exports", "{count} oförändrade").format(count=self.unchanged),
        ]
        return ", ".join(part for part in parts if part)


_CHANGES = (MarkOutcome.NEW, MarkOutcome.NOTE, MarkOutcome.CHANGE)

Base = tuple[AttendanceStatus | None, str]
"""A cell's mark and note when an offline copy was made (None: no mark)."""


@dataclass(frozen=True)
class AttendanceImportResult:
    """What applying a plan did."""

    changed: int
    conflicts_overwritten: int
    conflicts_kept: int
    locked: int

    @property
    def summary(self) -> str:
        """E.g. "12 markeringar sparade, 1 konflikt behölls"."""
        parts = [
            _count(
                self.changed,
                translate("Exports", "1 markering sparad"),
                translate("Exports", "{count} markeringar sparade"),
            )
            or translate("Exports", "0 ändringar")
        ]
        if self.conflicts_overwritten:
            parts.append(
                _count(
                    self.conflicts_overwritten,
                    translate("Exports", "1 skrevs över"),
                    translate("Exports", "{count} skrevs över"),
                )
            )
        if self.conflicts_kept:
            parts.append(
                _count(
                    self.conflicts_kept,
                    translate("Exports", "1 konflikt behölls oförändrad"),
                    translate("Exports", "{count} konflikter behölls"),
                )
            )
        if self.locked:
            parts.append(
                _count(
                    self.locked,
                    translate("Exports", "1 på signerat seminarium ändrades inte"),
                    translate("Exports", "{count} låsta"),
                )
            )
        return ", ".join(parts)


class ProblemsInFileError(DomainError):
    """The file has cells that cannot be read; nothing is imported until they are fixed."""

    def __init__(self, plan: AttendancePlan) -> None:
        self.plan = plan
        count = len(plan.problems)
        noun = (
            translate("Errors", "1 ruta")
            if count == 1
            else translate("Errors", "{count} rutor").format(count=count)
        )
        super().__init__(
            translate(
                "Errors",
                "{noun} i filen ”{name}” kan inte läsas, så ingen närvaro importerades."
                " Rätta dem och importera filen igen.",
            ).format(noun=noun, name=plan.path.name)
        )


class AttendanceImportService:
    """Previews and applies attendance from sign-in sheets and matrices exported earlier."""

    def __init__(self, attendance: AttendanceService, database: Database) -> None:
        self._attendance = attendance
        self._db = database

    def preview(self, path: Path, today: date | None = None) -> AttendancePlan:
        """Read `path` and compare every filled-in cell with what is recorded."""
        return self.plan(read_attendance_file(path), today=today)

    def plan(
        self,
        report: AttendanceFileReport,
        bases: Mapping[tuple[int, int], Base] | None = None,
        today: date | None = None,
    ) -> AttendancePlan:
        """Compare the cells of `report` with what is recorded. With `bases` (the marks the
        cells held when an offline copy was made, by enrolment and seminar) a cell is a
        conflict only when the database changed it since the copy; otherwise the copy's
        mark replaces it (CHANGE)."""
        matrix = self._attendance.matrix(_cohort_of(report))
        return _plan(report, matrix, today or date.today(), bases)

    def apply(
        self, plan: AttendancePlan, *, overwrite_conflicts: bool = False
    ) -> AttendanceImportResult:
        """Record the plan's new marks and notes in one transaction (source "import", or
        "offline" for an offline signing).

        With `overwrite_conflicts` the file's marks also replace the conflicting ones listed in
        the plan. Raises `ProblemsInFileError` when the file has unreadable cells, and
        `ConflictError` when what is recorded changed after the preview (preview again).
        """
        if plan.problems:
            raise ProblemsInFileError(plan)
        wanted = [*plan.changes, *(plan.conflicts if overwrite_conflicts else ())]
        self._check_still_current(plan)
        if not wanted:
            return AttendanceImportResult(0, 0, len(plan.conflicts), len(plan.locked))
        automatic_backup(self._db, "fore-import")
        offline = plan.kind is SheetKind.OFFLINE
        reason = (
            translate("Errors", "Offline-signering från {name} ({sheet})")
            if offline
            else translate("Errors", "Import från {name}")
        )
        result = self._attendance.apply(
            [
                MarkChange(
                    enrollment_id=mark.enrollment_id,
                    seminar_id=mark.seminar_id,
                    status=mark.proposed or mark.current,
                    note=mark.proposed_note,
                )
                for mark in wanted
            ],
            source=ChangeSource.OFFLINE if offline else ChangeSource.IMPORT,
            reason=reason.format(name=plan.path.name, sheet=plan.sheet_name),
            # an offline CHANGE replaces a mark the database still holds as copied; a cell
            # marked otherwise since the preview is refused (shown), in the same transaction
            overwrite=overwrite_conflicts or bool(plan.of(MarkOutcome.CHANGE)),
            shown={CellRef(mark.enrollment_id, mark.seminar_id): mark.current for mark in wanted},
        )
        overwritten = len(plan.conflicts) if overwrite_conflicts else 0
        return AttendanceImportResult(
            changed=len(result.changed),
            conflicts_overwritten=overwritten,
            conflicts_kept=len(plan.conflicts) - overwritten,
            locked=len(plan.locked),
        )

    def _check_still_current(self, plan: AttendancePlan) -> None:
        """Refuse when a planned cell was marked or changed after the preview."""
        matrix = self._attendance.matrix(plan.cohort_id)
        rows = {row.enrollment_id: row for row in matrix.rows}
        columns = {s.id: i for i, s in enumerate(matrix.seminars)}
        for mark in plan.marks:
            row = rows.get(mark.enrollment_id)
            column = columns.get(mark.seminar_id)
            if row is None or column is None:
                raise ConflictError(_changed_since(plan))
            current = _status(row.cells[column])
            if current != mark.current or row.notes[column] != mark.current_note:
                raise ConflictError(_changed_since(plan))


def _changed_since(plan: AttendancePlan) -> str:
    return translate(
        "Errors",
        "Närvaron i {cohort} har ändrats sedan filen ”{name}” förhandsgranskades. "
        "Förhandsgranska filen igen.",
    ).format(cohort=plan.cohort_label, name=plan.path.name)


def _cohort_of(report: AttendanceFileReport) -> int:
    if report.cohort_id is None:
        raise ConflictError(
            translate(
                "Errors",
                "Filen ”{name}” saknar uppgift om omgången. Exportera en ny "
                "närvarolista eller närvaromatris.",
            ).format(name=report.path.name)
        )
    return report.cohort_id


_STATUS_OF_CELL = {
    CellState.PRESENT: AttendanceStatus.PRESENT,
    CellState.LATE: AttendanceStatus.LATE,
    CellState.EXCUSED: AttendanceStatus.EXCUSED,
    CellState.ABSENT: AttendanceStatus.ABSENT,
}


def _status(cell: CellState) -> AttendanceStatus | None:
    return _STATUS_OF_CELL.get(cell)


def _plan(
    report: AttendanceFileReport,
    matrix: AttendanceMatrix,
    today: date,
    bases: Mapping[tuple[int, int], Base] | None = None,
) -> AttendancePlan:
    rows = {row.enrollment_id: row for row in matrix.rows}
    columns = {s.id: (i, s) for i, s in enumerate(matrix.seminars)}
    problems = list(report.problems)
    marks: list[PlannedMark] = []
    unchanged = 0
    for seminar_id in report.seminar_ids:
        if seminar_id not in columns:
            problems.append(
                CellProblem(
                    0,
                    "",
                    translate(
                        "Errors",
                        "Filen gäller ett seminarium som inte finns i {cohort} (längre). "
                        "Exportera en ny fil.",
                    ).format(cohort=matrix.cohort_name),
                )
            )
    for cell in report.cells:
        row = rows.get(cell.enrollment_id)
        found = columns.get(cell.seminar_id)
        if found is None:
            continue
        column, seminar = found
        who = cell.name or translate("Errors", "Deltagaren")
        if row is None:
            problems.append(
                CellProblem(
                    cell.row,
                    cell.column_label,
                    translate(
                        "Errors",
                        "{who} finns inte (längre) i {cohort}. Ta bort raden, eller lägg till "
                        "deltagaren i Seminarkoll och exportera en ny fil.",
                    ).format(who=who, cohort=matrix.cohort_name),
                )
            )
            continue
        state = row.cells[column]
        current, current_note = _status(state), row.notes[column]
        problem = _cell_problem(cell.status, cell.note, state, current, seminar, today)
        if problem is not None:
            problems.append(CellProblem(cell.row, cell.column_label, f"{row.name}: {problem}"))
            continue
        proposed = cell.status or current
        note = cell.note
        if proposed == current and (note is None or note == current_note):
            unchanged += 1
            continue
        base = None if bases is None else bases.get((cell.enrollment_id, cell.seminar_id))
        if seminar.signed_off:
            outcome = MarkOutcome.LOCKED
        elif base is not None and base != (current, current_note):
            outcome = MarkOutcome.CONFLICT
        elif current is None:
            outcome = MarkOutcome.NEW
        elif proposed == current and not current_note:
            outcome = MarkOutcome.NOTE
        elif base is not None:
            outcome = MarkOutcome.CHANGE
        else:
            outcome = MarkOutcome.CONFLICT
        marks.append(
            built_from(
                PlannedMark,
                cell,
                name=row.name,
                seminar_number=seminar.number,
                outcome=outcome,
                current=current,
                current_note=current_note,
                proposed=proposed,
                proposed_note=note,
            )
        )
    return AttendancePlan(
        path=report.path,
        sheet_name=report.sheet_name,
        kind=report.kind,
        cohort_id=matrix.cohort_id,
        cohort_label=matrix.title,
        marks=tuple(marks),
        unchanged=unchanged,
        problems=tuple(sorted(problems, key=lambda p: p.row)),
        warnings=tuple(warning.message for warning in report.warnings),
    )


def _cell_problem(
    status: AttendanceStatus | None,
    note: str | None,
    state: CellState,
    current: AttendanceStatus | None,
    seminar: SeminarInfo,
    today: date,
) -> str | None:
    """Why a filled-in cell cannot be recorded, or None."""
    if state is CellState.NOT_EXPECTED and status is not None and status != current:
        return translate(
            "Errors",
            "ingår inte i omgången vid seminarium {number} (före start eller efter avbrott), så "
            "markeringen räknas inte och sparas inte.",
        ).format(number=seminar.number)
    if status in TAKEN_AT_SEMINAR and seminar.date > today and status != current:
        return translate(
            "Errors",
            "seminarium {number} hålls först {date}; i förväg kan bara anmäld frånvaro "
            "registreras.",
        ).format(number=seminar.number, date=long_date(seminar.date))
    if status is None and current is None and note:
        return translate("Errors", "anteckningen behöver en närvaromarkering i samma rad.")
    if note is not None and len(note) > MAX_NOTE_LENGTH:
        return translate("Errors", "anteckningen får vara högst {limit} tecken.").format(
            limit=MAX_NOTE_LENGTH
        )
    return None


def _count(count: int, one: str, many: str) -> str:
    """'' for none, `one` for one, else `many` with {count} filled in."""
    if not count:
        return ""
    return one if count == 1 else many.format(count=count)
