"""Read the first (or a named) sheet of an Excel, ODS or CSV file into a plain cell grid."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from python_calamine import (
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from seminarkoll.domain.text import without_control
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.errors import (
    SUPPORTED_EXTENSIONS,
    CellTooLongError,
    CorruptWorkbookError,
    EmptySheetError,
    EncryptedWorkbookError,
    FileAccessError,
    FileMissingError,
    FileReadError,
    FileTooLargeError,
    MixedEncodingError,
    NotARegularFileError,
    NotASpreadsheetError,
    SheetNotFoundError,
    SheetTooLargeError,
    UnsupportedFileTypeError,
    UnterminatedQuoteError,
)
from seminarkoll.exchange.workbook_bounds import area_too_large, check_workbook

CellValue = str | int | float | bool | datetime | date | time | timedelta | None
"""A normalised cell: text is stripped and NFC, never empty; whole numbers are int."""

RawCell = str | int | float | bool | datetime | date | time | timedelta

MAX_FILE_MB = 64
"""Files larger than this are not read (a list of 100,000 people is a few MB)."""

_TEXT_EXTENSIONS = frozenset({".csv", ".txt"})
_OOXML_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xlsb"})
_XML_WORKBOOK_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".ods"})
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_MAGIC = b"PK\x03\x04"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_DELIMITERS = (";", "\t", ",")
_SNIFF_RECORDS = 50
_EXACT_FLOAT_INT = 2**53


@dataclass(frozen=True)
class FileInUseWarning:
    """The file seems to be open in Excel or LibreOffice; we read its last saved version."""

    path: Path
    lock_file: Path

    @property
    def message(self) -> str:
        """A sentence for the user, in the chosen language."""
        return translate(
            "Errors",
            "Filen ”{name}” verkar vara öppen i ett annat program (låsfilen ”{lock}” finns). "
            "Det som läses är den senast sparade versionen; spara och stäng filen först om du "
            "har ändrat i den.",
        ).format(name=self.path.name, lock=self.lock_file.name)


class SheetRow(NamedTuple):
    """One row of the grid: its row number as Excel shows it and one value per column.

    An immutable named tuple rather than a frozen dataclass: one is made for every row of a
    sheet, and a tuple is built several times faster.
    """

    number: int
    cells: tuple[CellValue, ...]


@dataclass(frozen=True)
class SheetData:
    """The cells of one sheet, from row 1 and column A, with trailing blank rows dropped.

    Every row has `width` cells (ragged rows are padded with None; `width` ends at the last
    column holding a value). Merged cells carry the merged value in every cell they cover.
    Formulas read as their cached value; files written by openpyxl have none, so their
    formulas read as None. CSV cells are always text.
    """

    path: Path
    sheet_name: str
    sheet_names: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    width: int
    warnings: tuple[FileInUseWarning, ...] = ()


def read_sheet(path: Path, sheet: str | None = None) -> SheetData:
    """Read the first visible sheet (or the sheet named `sheet`) of `path`.

    Raises a `FileReadError` subclass for anything that stops the file being read.
    """
    extension = path.suffix.casefold()
    if extension not in SUPPORTED_EXTENSIONS:
        raise UnsupportedFileTypeError(path)
    data = _read_bytes(path)
    if extension in _TEXT_EXTENSIONS:
        sheet_name = path.stem
        sheet_names: tuple[str, ...] = (sheet_name,)
        if sheet is not None and sheet.casefold() != sheet_name.casefold():
            raise SheetNotFoundError(path, sheet, sheet_names)
        raw_rows: Sequence[Sequence[RawCell]] = _read_csv_rows(path, data)
    else:
        sheet_name, sheet_names, raw_rows = _read_workbook_rows(path, extension, data, sheet)
    rows, width = _normalise_grid(raw_rows)
    if not rows:
        raise EmptySheetError(path, sheet_name)
    lock = excel_lock_file(path)
    warnings = (FileInUseWarning(path, lock),) if lock is not None else ()
    return SheetData(path, sheet_name, sheet_names, rows, width, warnings)


def excel_lock_file(path: Path) -> Path | None:
    """The lock file Excel or LibreOffice keeps beside `path` while it is open, if any."""
    name = path.name
    candidates = [f"~${name}", f".~lock.{name}#"]
    if len(name) > 2:
        candidates.append(f"~${name[2:]}")
    return next(
        (path.with_name(c) for c in candidates if path.with_name(c).is_file()),
        None,
    )


def normalise_cell(value: RawCell | None) -> CellValue:
    """Plain value for one cell: stripped NFC text without control characters, or None; whole
    floats become int."""
    if isinstance(value, str):
        # ASCII text is always NFC; asking is cheaper than normalising.
        text = value if value.isascii() else unicodedata.normalize("NFC", value)
        return without_control(text).strip() or None
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_FLOAT_INT:
        return int(value)
    return value


def cell_text(value: CellValue) -> str | None:
    """A cell as text, as Swedish Excel would show it; None for an empty cell."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "SANT" if value else "FALSKT"
    if isinstance(value, float):
        return format(value, ".15g")
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def cell_day(value: CellValue) -> date | None:
    """The day of a date cell (a date-and-time cell counts by its date); None for any other."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _read_bytes(path: Path) -> bytes:
    """The bytes of an ordinary file of at most `MAX_FILE_MB`; devices, pipes and folders are
    refused without reading (a pipe is opened without waiting for a writer)."""
    limit = MAX_FILE_MB * 1024 * 1024
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as error:
        raise FileMissingError(path) from error
    except OSError as error:  # a folder on Windows, or no permission
        raise (NotASpreadsheetError(path) if path.is_dir() else FileAccessError(path)) from error
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise NotASpreadsheetError(path)
        if not stat.S_ISREG(status.st_mode):
            raise NotARegularFileError(path)
        if status.st_size > limit:
            raise FileTooLargeError(path, MAX_FILE_MB)
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise FileAccessError(path) from error
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew while being read
        raise FileTooLargeError(path, MAX_FILE_MB)
    return data


def _read_workbook_rows(
    path: Path, extension: str, data: bytes, sheet: str | None
) -> tuple[str, tuple[str, ...], list[list[RawCell]]]:
    _check_magic(path, extension, data)
    bounds = check_workbook(path, data) if extension in _XML_WORKBOOK_EXTENSIONS else None
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError as error:
        raise EncryptedWorkbookError(path) from error
    except Exception as error:
        raise _unreadable_workbook(path, data) from error
    with workbook:
        try:
            names = tuple(workbook.sheet_names)
            name = _choose_sheet(path, workbook, names, sheet)
            if bounds is not None:
                bounds.check_sheet(name)
            calamine_sheet = workbook.get_sheet_by_name(name)
            return name, names, _sheet_rows(path, calamine_sheet)
        except FileReadError:
            raise
        except Exception as error:
            raise CorruptWorkbookError(path) from error


def _check_magic(path: Path, extension: str, data: bytes) -> None:
    """Refuse early what the first bytes already give away; calamine then reads by content."""
    if not data:
        raise CorruptWorkbookError(path)
    if data.startswith(_OLE_MAGIC):
        if extension in _OOXML_EXTENSIONS:
            raise EncryptedWorkbookError(path)
    elif not data.startswith(_ZIP_MAGIC):
        raise NotASpreadsheetError(path)


def _unreadable_workbook(path: Path, data: bytes) -> FileReadError:
    """Tell a damaged workbook from a zip file that never was one (e.g. a renamed .docx)."""
    if not data.startswith(_ZIP_MAGIC):
        return CorruptWorkbookError(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            spreadsheet = any(name.startswith("xl/") for name in names) or (
                "mimetype" in names and archive.read("mimetype") == _ODS_MIMETYPE
            )
    except Exception:  # zipfile raises many kinds (NotImplementedError for odd versions)
        return CorruptWorkbookError(path)
    return CorruptWorkbookError(path) if spreadsheet else NotASpreadsheetError(path)


def _choose_sheet(
    path: Path, workbook: CalamineWorkbook, names: Sequence[str], sheet: str | None
) -> str:
    if not names:
        raise CorruptWorkbookError(path)
    if sheet is not None:
        wanted = sheet.casefold()
        for name in names:
            if name == sheet or name.casefold() == wanted:
                return name
        raise SheetNotFoundError(path, sheet, names)
    visible = (
        meta.name
        for meta in workbook.sheets_metadata
        if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet
    )
    return next(visible, names[0])


def _sheet_rows(path: Path, sheet: CalamineSheet) -> list[list[RawCell]]:
    end = sheet.end
    if end is None:
        return []
    height, width = end[0] + 1, end[1] + 1
    if area_too_large(height, width):
        raise SheetTooLargeError(path, height, width)
    rows: list[list[RawCell]] = sheet.to_python(skip_empty_area=False)
    _fill_merged(rows, sheet.merged_cell_ranges or ())
    return rows


def _fill_merged(
    rows: list[list[RawCell]], merged: Iterable[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """Copy each merged range's value (kept by Excel in its top-left cell) into the range."""
    for (top, left), (bottom, right) in merged:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for row in rows[top : bottom + 1]:
            for column in range(left, min(right + 1, len(row))):
                if row[column] == "":
                    row[column] = value


def _read_csv_rows(path: Path, data: bytes) -> list[list[str]]:
    text = _decode_text(path, data)
    first_line, _, rest = text.partition("\n")
    hint = first_line.rstrip("\r")
    if len(hint) == 5 and hint[:4].casefold() == "sep=":
        delimiter, text = hint[4], rest
    else:
        delimiter = _sniff_delimiter(text)
    # Strict: a quote that is never closed stops the reading instead of swallowing the rest.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    start = 1
    try:
        for record in reader:
            rows.append(record)
            start = reader.line_num + 1
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise CellTooLongError(path, start) from error
        raise UnterminatedQuoteError(path, start) from error
    return rows


def _decode_text(path: Path, data: bytes) -> str:
    """Decode CSV bytes: UTF-16 or UTF-8 with a BOM, else UTF-8, else Windows-1252.

    A file with some lines in UTF-8 and others in Windows-1252 is refused: either reading
    would turn å, ä and ö into other letters on some lines.
    """
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        if b"\x00" in data:
            raise NotASpreadsheetError(path)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            _refuse_mixed_encoding(path, data)
            return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise NotASpreadsheetError(path) from error


def _refuse_mixed_encoding(path: Path, data: bytes) -> None:
    """Raise `MixedEncodingError` when some non-ASCII line is valid UTF-8 and another is not."""
    utf8_row = cp1252_row = 0
    for number, line in enumerate(data.splitlines(), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            cp1252_row = cp1252_row or number
        else:
            utf8_row = utf8_row or number
        if utf8_row and cp1252_row:
            raise MixedEncodingError(path, utf8_row, cp1252_row)


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most consistent column count."""

    def score(delimiter: str) -> tuple[bool, float, int]:
        widths: list[int] = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                if record:
                    widths.append(len(record))
                    if len(widths) == _SNIFF_RECORDS:
                        break
        except csv.Error:
            return (False, 0.0, 0)
        if not widths:
            return (False, 0.0, 0)
        width, count = Counter(widths).most_common(1)[0]
        return (width > 1, count / len(widths), width)

    return max(_DELIMITERS, key=score)


def _normalise_grid(raw_rows: Sequence[Sequence[RawCell]]) -> tuple[tuple[SheetRow, ...], int]:
    """Normalise cells, drop trailing blank rows and pad every row to the used width."""
    last = len(raw_rows)
    while last and all(normalise_cell(cell) is None for cell in raw_rows[last - 1]):
        last -= 1
    # Whole rows through map (a C loop): this runs for every cell of the sheet.
    normalised = [tuple(map(normalise_cell, row)) for row in raw_rows[:last]]
    width = _used_width(normalised)
    if any(len(row) != width for row in normalised):
        normalised = [row[:width] + (None,) * (width - len(row)) for row in normalised]
    return tuple(map(SheetRow, range(1, len(normalised) + 1), normalised)), width


def _used_width(rows: Sequence[Sequence[CellValue]]) -> int:
    """The number of columns up to the last one holding a value in any row."""
    longest = max(map(len, rows), default=0)
    if longest and any(row[-1] is not None for row in rows if len(row) == longest):
        return longest  # the usual case, found at the first row reaching that far
    return max((_row_width(row) for row in rows), default=0)


def _row_width(row: Sequence[CellValue]) -> int:
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None:
            return index + 1
    return 0
