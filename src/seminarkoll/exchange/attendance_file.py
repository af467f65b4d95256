"""Read a filled-in sign-in sheet or edited attendance matrix back, matching rows by hidden id."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from seminarkoll.domain.attendance import MARK_KEYS
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.exports import MADE_UP_WORD, NOT_EXPECTED_WORD, STATUS_WORDS
from seminarkoll.domain.text import excerpt
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.columns import SYNONYMS, ParticipantField, normalise_label
from seminarkoll.exchange.errors import (
    EmptySheetError,
    NotAnAttendanceFileError,
    SheetTooLargeError,
)
from seminarkoll.exchange.problem_lines import CellProblem
from seminarkoll.exchange.spreadsheet import (
    CellValue,
    FileInUseWarning,
    SheetData,
    SheetRow,
    cell_text,
    read_sheet,
)
from seminarkoll.exchange.xlsx_layout import (
    COHORT_PREFIX,
    ID_MARKER,
    KIND_SIGNIN,
    NOTE_PREFIX,
    STATUS_PREFIX,
    TOTALS_MARKER,
)

ID_SEARCH_ROWS = 20
"""The hidden id row is looked for among this many rows at the top of each sheet."""

_STATUS_SYNONYMS: Mapping[AttendanceStatus, tuple[str, ...]] = MappingProxyType(
    {
        AttendanceStatus.PRESENT: (
            "Närvarande",
            "Närvaro",
            "Närv",
            "Deltog",
            "Ja",
            "X",
            "Present",
        ),
        AttendanceStatus.LATE: (
            "Sen",
            "Sent",
            "Försenad",
            "Kom sent",
            "Late",
        ),
        AttendanceStatus.EXCUSED: (
            "Anmäld frånvaro",
            "Anmäld",
            "Anmält förhinder",
            "Förhinder",
            "Giltig frånvaro",
            "Ledig",
            "Excused",
            "Excused absence",
        ),
        AttendanceStatus.ABSENT: (
            "Frånvarande",
            "Frånvaro",
            "Ej närvarande",
            "Inte närvarande",
            "Uteblev",
            "Nej",
            "Absent",
        ),
    }
)

_STATUS_BY_LABEL: Mapping[str, AttendanceStatus] = MappingProxyType(
    {
        normalise_label(word): status
        for status, words in _STATUS_SYNONYMS.items()
        for word in words
        if normalise_label(word)
    }
)
_CHECK_MARKS = frozenset({"✓", "✔", "☑", "☒", "✗", "✘"})
"""Ticks people type or paste for "was there"; they have no letters to normalise."""
_NO_MARK = frozenset({NOT_EXPECTED_WORD, "-", "—", MADE_UP_WORD, "Made up"})
"""Cells that hold no mark; a made-up seminar reads "Kompletterat" (in English "Made up")."""
_PREFIXED_ID = re.compile(r"^(?P<prefix>[a-zåäö]+:)(?P<id>\d+)$")


class UnknownStatusWord(ValueError):
    """A cell that should hold an attendance word holds something else."""


class SheetKind(StrEnum):
    """Which kind of exported sheet was read back."""

    SIGNIN = "signin"
    MATRIX = "matrix"
    OFFLINE = "offline"
    """A seminar's offline signing file (services/offline_signoff.py), not a spreadsheet."""


@dataclass(frozen=True)
class MarkCell:
    """One filled-in cell: whose row, which seminar, the mark and the note as written.

    `status` None means the status cell is empty (a note alone); `note` None means the sheet
    has no note column or the note cell is empty.
    """

    row: int
    column_label: str
    enrollment_id: int
    seminar_id: int
    name: str
    status: AttendanceStatus | None
    note: str | None


@dataclass(frozen=True)
class AttendanceFileReport:
    """What a sign-in sheet or matrix says, cell by cell, and what could not be read."""

    path: Path
    sheet_name: str
    kind: SheetKind
    cohort_id: int | None
    seminar_ids: tuple[int, ...]
    cells: tuple[MarkCell, ...]
    problems: tuple[CellProblem, ...]
    warnings: tuple[FileInUseWarning, ...]


def parse_status(value: CellValue) -> AttendanceStatus | None:
    """The mark a cell holds: a status word (any case, also common synonyms) or the matrix's
    letter or digit for it (N, S, F, A, 1–4), None for an empty cell or "–"; raises
    `UnknownStatusWord` for anything else."""
    text = cell_text(value)
    if text is None or text in _NO_MARK:
        return None
    if text in _CHECK_MARKS:
        return AttendanceStatus.PRESENT
    status = MARK_KEYS.get(text.strip().upper()) or _STATUS_BY_LABEL.get(normalise_label(text))
    if status is None:
        raise UnknownStatusWord(text)
    return status


def unknown_word_message(text: str) -> str:
    """The Swedish message for a cell with an unknown attendance word."""
    words = [STATUS_WORDS[status] for status in AttendanceStatus]
    listed = translate("Exports", "{first} eller {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )
    return translate(
        "Errors",
        "”{text}” är ingen närvaromarkering. Använd {listed} (eller N, S, F, A, 1–4), "
        "eller lämna rutan tom.",
    ).format(text=excerpt(text), listed=listed)


def read_attendance_file(path: Path) -> AttendanceFileReport:
    """Read the first sheet of `path` that has Seminarkoll's hidden id row.

    Raises a `FileReadError` when the file cannot be read, and `NotAnAttendanceFileError`
    when no sheet has the id row.
    """
    first = read_sheet(path)
    id_row = _id_row(first)
    if id_row is not None:
        return _read(first, id_row)
    for name in first.sheet_names:
        if name == first.sheet_name:
            continue
        try:
            sheet = read_sheet(path, name)
        except (EmptySheetError, SheetTooLargeError):
            continue
        id_row = _id_row(sheet)
        if id_row is not None:
            return _read(sheet, id_row)
    raise NotAnAttendanceFileError(path)


def _id_row(sheet: SheetData) -> SheetRow | None:
    return next(
        (row for row in sheet.rows[:ID_SEARCH_ROWS] if row.cells and row.cells[0] == ID_MARKER),
        None,
    )


def _read(sheet: SheetData, id_row: SheetRow) -> AttendanceFileReport:
    header = next((row for row in sheet.rows if row.number == id_row.number + 1), None)
    labels = [(cell_text(cell) or "") for cell in header.cells] if header else []
    status_columns: dict[int, int] = {}
    note_columns: dict[int, int] = {}
    cohort_id: int | None = None
    kind = SheetKind.MATRIX
    for column, value in enumerate(id_row.cells):
        text = cell_text(value) or ""
        if text == KIND_SIGNIN:
            kind = SheetKind.SIGNIN
        match = _PREFIXED_ID.match(text)
        if match is None:
            continue
        number = int(match["id"])
        if match["prefix"] == COHORT_PREFIX:
            cohort_id = number
        elif match["prefix"] == STATUS_PREFIX:
            status_columns[number] = column
        elif match["prefix"] == NOTE_PREFIX:
            note_columns[number] = column
    reader = _RowReader(labels, status_columns, note_columns)
    first_data = id_row.number + 2
    for row in sheet.rows:
        if row.number >= first_data:
            reader.read(row)
    return AttendanceFileReport(
        path=sheet.path,
        sheet_name=sheet.sheet_name,
        kind=kind,
        cohort_id=cohort_id,
        seminar_ids=tuple(status_columns),
        cells=tuple(reader.cells),
        problems=tuple(reader.problems),
        warnings=sheet.warnings,
    )


class _RowReader:
    def __init__(
        self,
        labels: list[str],
        status_columns: Mapping[int, int],
        note_columns: Mapping[int, int],
    ) -> None:
        self._labels = labels
        self._status_columns = status_columns
        self._note_columns = note_columns
        self._first = _find(labels, SYNONYMS[ParticipantField.FIRST_NAME])
        self._last = _find(labels, SYNONYMS[ParticipantField.LAST_NAME])
        self._seen: dict[int, int] = {}
        self.cells: list[MarkCell] = []
        self.problems: list[CellProblem] = []

    def label(self, column: int) -> str:
        text = self._labels[column] if column < len(self._labels) else ""
        first_line = " ".join(text.split("\n")[:1]).strip()
        return first_line or translate("Errors", "Kolumn {number}").format(number=column + 1)

    def read(self, row: SheetRow) -> None:
        marker = row.cells[0] if row.cells else None
        if marker == TOTALS_MARKER:
            return
        filled = [
            column
            for column in (*self._status_columns.values(), *self._note_columns.values())
            if _cell(row, column) is not None
        ]
        if not isinstance(marker, int) or isinstance(marker, bool) or marker <= 0:
            if filled:
                self._problem(
                    row.number,
                    filled[0],
                    translate(
                        "Errors",
                        "Raden saknar deltagarens id och kan inte kopplas till någon. En ny "
                        "deltagare läggs till i Seminarkoll, inte i filen.",
                    ),
                )
            return
        earlier = self._seen.setdefault(marker, row.number)
        if earlier != row.number:
            self._problem(
                row.number,
                0,
                translate("Errors", "Samma deltagare som på rad {row}.").format(row=earlier),
            )
            return
        name = " ".join(
            text
            for text in (cell_text(_cell(row, self._first)), cell_text(_cell(row, self._last)))
            if text
        )
        for seminar_id, column in self._status_columns.items():
            self._read_cell(row, marker, name, seminar_id, column)

    def _read_cell(
        self, row: SheetRow, enrollment_id: int, name: str, seminar_id: int, column: int
    ) -> None:
        value = _cell(row, column)
        note_column = self._note_columns.get(seminar_id)
        note = cell_text(_cell(row, note_column)) if note_column is not None else None
        try:
            status = parse_status(value)
        except UnknownStatusWord as error:
            self._problem(row.number, column, unknown_word_message(str(error)))
            return
        if status is None and note is None:
            return
        self.cells.append(
            MarkCell(
                row=row.number,
                column_label=self.label(column),
                enrollment_id=enrollment_id,
                seminar_id=seminar_id,
                name=name,
                status=status,
                note=note,
            )
        )

    def _problem(self, row: int, column: int, message: str) -> None:
        self.problems.append(CellProblem(row, self.label(column), message))


def _find(labels: list[str], names: tuple[str, ...]) -> int | None:
    wanted = {normalise_label(name) for name in names}
    return next((i for i, text in enumerate(labels) if normalise_label(text) in wanted), None)


def _cell(row: SheetRow, column: int | None) -> CellValue:
    if column is None or column >= len(row.cells):
        return None
    return row.cells[column]
