"""Turn a participant sheet into checked rows plus a report of problems named by row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple, TypeVar, cast

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.intake import imported_status, unknown_status
from seminarkoll.domain.text import FORMULA_STARTS, excerpt
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.columns import (
    ColumnMapping,
    DetectedHeader,
    ParticipantField,
    detect_header,
    validate_mapping,
)
from seminarkoll.exchange.email_address import checked_email, plain_address
from seminarkoll.exchange.problem_lines import problem_lines
from seminarkoll.exchange.spreadsheet import (
    CellValue,
    FileInUseWarning,
    SheetData,
    SheetRow,
    cell_day,
    cell_text,
    read_sheet,
)

_NATIONAL_NUMBER_DIGITS = range(7, 10)
_V = TypeVar("_V")
_FIELDS = len(ParticipantField)
_TEXT_OR_EMPTY = frozenset({str, type(None)})


class ParticipantRow(NamedTuple):
    """One valid participant from the file.

    `email` is the address as written, with the domain in lower case; `email_key` is the
    whole address casefolded, for finding duplicates and matching existing persons (an
    accepted address has no whitespace, so this is `domain.text.email_key(email)`). Text is
    trimmed with inner whitespace collapsed (notes keep their line breaks).

    An immutable named tuple rather than a frozen dataclass: one is made for every row of a
    list, and a tuple is built several times faster.
    """

    row: int
    first_name: str
    last_name: str
    email: str | None
    email_key: str | None
    workplace: str | None
    role: str | None
    phone: str | None
    notes: str | None
    status: EnrollmentStatus | None = None
    """The application status the file gives (see `domain.intake.imported_status`)."""
    status_on: date | None = None
    """The date of `status`, when the file gives one."""

    @property
    def full_name(self) -> str:
        """First and last name with a space between."""
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported: Excel row number, header text and a Swedish message.

    `duplicate_of` is the earlier row with the same e-mail address, when that is the problem.
    """

    row: int
    column_label: str
    message: str
    field: ParticipantField
    duplicate_of: int | None = None


@dataclass(frozen=True)
class ParticipantFileReport:
    """The outcome of reading a participant file: valid rows and the problems of the others.

    A row with any problem is left out of `rows`; blank rows are skipped without a problem.
    """

    path: Path
    sheet_name: str
    header: DetectedHeader
    mapping: ColumnMapping
    rows: tuple[ParticipantRow, ...]
    problems: tuple[RowProblem, ...]
    warnings: tuple[FileInUseWarning, ...]

    @property
    def problem_rows(self) -> frozenset[int]:
        """Row numbers that have at least one problem."""
        return frozenset(problem.row for problem in self.problems)

    @property
    def is_clean(self) -> bool:
        """True when no row has a problem."""
        return not self.problems


def read_participant_file(path: Path, sheet: str | None = None) -> ParticipantFileReport:
    """Read `path`, find its header and check every row, with the suggested column mapping.

    Raises a `FileReadError` subclass when the file or its header cannot be read.
    """
    data = read_sheet(path, sheet)
    return parse_participants(data, detect_header(data))


def parse_participants(
    sheet: SheetData, header: DetectedHeader, mapping: ColumnMapping | None = None
) -> ParticipantFileReport:
    """Check the rows below `header`, read with `mapping` (default: the suggested one).

    Raises `ValidationError` when the mapping itself is unusable (see `validate_mapping`).
    """
    used_mapping = header.mapping if mapping is None else mapping
    validate_mapping(used_mapping, header)
    body = [row for row in sheet.rows if row.number > header.row_number]
    rows, problems = _RowReader(header, used_mapping).read(body)
    return ParticipantFileReport(
        sheet.path,
        sheet.sheet_name,
        header,
        used_mapping,
        tuple(rows),
        tuple(problems),
        sheet.warnings,
    )


def format_problem(path: Path, problem: RowProblem) -> str:
    """One line for a terminal: `FILE:ROW: column: message`."""
    return problem_lines(path, [problem])[0]


def split_full_name(name: str) -> tuple[str, str]:
    """Split "Anna Maria Berg" into ("Anna Maria", "Berg") and "Berg, Anna" into ("Anna", "Berg").

    The last word is the last name; with a comma, the part before it is. A missing part is "".
    """
    if "," in name:
        last, _, first = name.partition(",")
        return _collapse(first), _collapse(last)
    first, _, last = _collapse(name).rpartition(" ")
    return first, last


def _collapse(text: str) -> str:
    return " ".join(text.split())


class _RowReader:
    """Reads rows with one mapping and remembers e-mail addresses seen in earlier rows."""

    def __init__(self, header: DetectedHeader, mapping: ColumnMapping) -> None:
        self._header = header
        self._mapping = mapping
        self._first_row_by_email: dict[str, int] = {}
        self._problems: list[RowProblem] = []

    def read(self, body: Sequence[SheetRow]) -> tuple[list[ParticipantRow], list[RowProblem]]:
        """The valid participants among `body` and the problems of the other rows.

        Each mapped column is first turned into text as a whole, which is several times faster
        than cell by cell for long lists; then each row is checked.
        """
        cells = [row.cells for row in body]
        column = self._mapping.get
        values = zip(
            [row.number for row in body],
            _text_column(cells, column(ParticipantField.FIRST_NAME)),
            _text_column(cells, column(ParticipantField.LAST_NAME)),
            _text_column(cells, column(ParticipantField.FULL_NAME)),
            _text_column(cells, column(ParticipantField.EMAIL)),
            _text_column(cells, column(ParticipantField.WORKPLACE)),
            _text_column(cells, column(ParticipantField.ROLE)),
            _text_column(cells, column(ParticipantField.PHONE), _phone),
            _column(cells, column(ParticipantField.NOTES), _multiline_text),
            _text_column(cells, column(ParticipantField.STATUS)),
            _column(cells, column(ParticipantField.STATUS_DATE), _day),
            strict=True,
        )
        rows: list[ParticipantRow] = []
        problems = self._problems
        for row in values:
            if row.count(None) == _FIELDS:  # every value of a blank row is None
                continue
            number, first, last, full, email_text, workplace, role, phone, notes, word, day = row
            before = len(problems)
            if first is None or last is None:
                if full is not None and " " in full and "," not in full:
                    first, _, last = full.rpartition(" ")  # split_full_name of tidy text
                else:
                    first, last = self._names(number, first, last, full)
            email, email_key = (
                (None, None) if email_text is None else self._email(number, email_text)
            )
            status = None if word is None else self._status(number, word)
            status_on = None if day is None else self._status_day(number, day)
            if len(problems) == before:
                rows.append(
                    ParticipantRow(
                        number,
                        first,
                        last,
                        email,
                        email_key,
                        workplace,
                        role,
                        phone,
                        notes,
                        status,
                        status_on,
                    )
                )
        return rows, problems

    def _problem(self, row: int, field: ParticipantField, message: str) -> RowProblem:
        return RowProblem(row, self._header.column_label(self._mapping[field]), message, field)

    def _names(
        self, row: int, first: str | None, last: str | None, full: str | None
    ) -> tuple[str, str]:
        """First and last name from a full name when the separate columns do not give both."""
        if full is not None:
            first_part, last_part = split_full_name(full)
            if not first_part or not last_part:
                self._problems.append(
                    self._problem(
                        row,
                        ParticipantField.FULL_NAME,
                        translate(
                            "Errors", "Namnet ”{name}” behöver både förnamn och efternamn."
                        ).format(name=excerpt(full)),
                    )
                )
            return first_part, last_part
        if first is None and last is None:
            field = (
                ParticipantField.FULL_NAME
                if ParticipantField.FULL_NAME in self._mapping
                else ParticipantField.FIRST_NAME
            )
            self._problems.append(self._problem(row, field, translate("Errors", "Namn saknas.")))
        elif first is None:
            self._problems.append(
                self._problem(
                    row, ParticipantField.FIRST_NAME, translate("Errors", "Förnamn saknas.")
                )
            )
        else:
            self._problems.append(
                self._problem(
                    row, ParticipantField.LAST_NAME, translate("Errors", "Efternamn saknas.")
                )
            )
        return first or "", last or ""

    def _status(self, row: int, word: str) -> EnrollmentStatus | None:
        """The application status `word` names (None for taking part, the import's default);
        None after noting a problem."""
        status = imported_status(word)
        if status is None:
            self._problems.append(
                self._problem(row, ParticipantField.STATUS, unknown_status(excerpt(word)))
            )
        return None if status is EnrollmentStatus.ENROLLED else status

    def _status_day(self, row: int, day: date | str) -> date | None:
        """The status date; None after noting a problem when the cell holds no date."""
        if isinstance(day, date):
            return day
        self._problems.append(
            self._problem(
                row,
                ParticipantField.STATUS_DATE,
                translate("Errors", "”{text}” är inget datum (skriv det som 2025-03-01).").format(
                    text=excerpt(day)
                ),
            )
        )
        return None

    def _email(self, row: int, text: str) -> tuple[str | None, str | None]:
        """The address in `text` and its key; (None, None) after noting a problem."""
        # An everyday address is its own clean form: `checked_email` would give the same.
        email = None if text.startswith(FORMULA_STARTS) else plain_address(text)
        if email is None:
            email, message = checked_email(text)
            if email is None:
                self._problems.append(self._problem(row, ParticipantField.EMAIL, message))
                return None, None
        key = email.casefold()
        earlier = self._first_row_by_email.setdefault(key, row)
        if earlier == row:
            return email, key
        self._problems.append(
            RowProblem(
                row,
                self._header.column_label(self._mapping[ParticipantField.EMAIL]),
                translate("Errors", "”{text}” är samma e-post som rad {row}.").format(
                    text=excerpt(text), row=earlier
                ),
                ParticipantField.EMAIL,
                duplicate_of=earlier,
            )
        )
        return None, None


def _column(
    cells: Sequence[Sequence[CellValue]],
    column: int | None,
    convert: Callable[[CellValue], _V | None],
) -> list[_V | None]:
    """`convert` applied to the cell in `column` of every row; all None for an unmapped column.

    `convert` gives None exactly for an empty cell (normalised cells are never blank text).
    """
    if column is None:
        return [None] * len(cells)
    return list(map(convert, map(itemgetter(column), cells)))


def _text(value: CellValue) -> str | None:
    """A cell as one line of text with single spaces; None for an empty cell."""
    if isinstance(value, str):  # most cells: skip the conversion
        # A normalised cell is stripped, so printable text (no tabs, line breaks or other
        # spaces than " ") without a double space is already tidy: most names and schools.
        if value.isprintable() and "  " not in value:
            return value
        return " ".join(value.split()) or None
    text = cell_text(value)
    return None if text is None else _collapse(text) or None


def _text_column(
    cells: Sequence[Sequence[CellValue]],
    column: int | None,
    convert: Callable[[CellValue], str | None] = _text,
) -> list[str | None]:
    """`_column(cells, column, convert)` for a `convert` that keeps tidy text as it is (`_text`,
    `_phone`): a column of tidy text (the usual one: names, schools, roles, addresses, phone
    numbers) is recognised as a whole and kept, by C loops over the column instead of a call
    of `convert` for each cell."""
    if column is None:
        return [None] * len(cells)
    values = list(map(itemgetter(column), cells))
    if set(map(type, values)) <= _TEXT_OR_EMPTY:
        present = cast("list[str]", list(filter(None, values)))
        if all(map(str.isprintable, present)) and "  " not in "\n".join(present):
            return cast("list[str | None]", values)  # what `convert` gives for each of them
    return list(map(convert, values))


def _day(value: CellValue) -> date | str | None:
    """A date cell as its day; text as the ISO date it spells, else as the text (a problem);
    None for an empty cell."""
    day = cell_day(value)
    if day is not None:
        return day
    text = _text(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _multiline_text(value: CellValue) -> str | None:
    """Text that may keep its line breaks (notes): only the ends are trimmed."""
    text = cell_text(value)
    return None if text is None else text.strip() or None


def _phone(value: CellValue) -> str | None:
    """Phone as text; a number typed into Excel loses the leading 0 of a Swedish number.

    A numeric cell of 7 to 9 digits (a national number without its 0) gets the 0 back.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        digits = str(value)
        return f"0{digits}" if len(digits) in _NATIONAL_NUMBER_DIGITS else digits
    return _text(value)
