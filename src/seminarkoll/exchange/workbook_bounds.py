"""Check an .xlsx or .ods workbook before calamine reads it: unpacked size, text, used area.

python-calamine builds a sheet's whole grid (rows x columns of 32-byte cells) and aborts the
process when that allocation fails, so one value at XFD1048576 in a file of 3 KB would end the
program. Every XML part is therefore unpacked and scanned first, with limits on its size and on
the length of any text between two tags, and the sheet to be read is refused when the cells
holding values reach beyond `MAX_ROWS`, `MAX_COLUMNS` or `MAX_CELLS` (in an .ods file, rows
and cells repeated by `number-rows-repeated` and `number-columns-repeated` count).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from seminarkoll.exchange.errors import (
    CellTooLongError,
    CorruptWorkbookError,
    FileTooLargeError,
    SheetTooLargeError,
)

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELLS = 5_000_000
"""Used areas larger than this (rows x columns) are refused instead of exhausting memory."""
MAX_UNPACKED_MB = 128
"""The XML parts of a workbook together may unpack to this much (100,000 rows: about 40 MB)."""
MAX_TEXT_RUN = 256 * 1024
"""Bytes of XML between two tags: the 32,767 characters Excel allows in a cell, escaped."""

_MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SHEET_DATA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?sheetData\b")
# Excel, LibreOffice and openpyxl write every cell and row with `r` as its first attribute,
# after one space, and without a namespace prefix; then the searches below see every position
# that matters. Each search starts with a literal ("<c", "<row", ":"), which the regular
# expression engine skips to: three passes over the part for the usual list.
_WITHIN_Z = (  # a cell or row tag other than one at most at column Z and row 99,999
    re.compile(rb'<c(?:[>/\t\n\r]| (?!r="[A-Z][0-9]{1,5}"))'),
    re.compile(rb'<row(?:[>/\t\n\r]| (?!r="[0-9]{1,5}"))'),
    re.compile(rb":(?:c|row)[\s>/]"),  # a prefixed tag
)
_UNUSUAL_TAGS = (  # a cell or row tag without " r=" first (XML allows any whitespace), or prefixed
    re.compile(rb'<c(?:[>/\t\n\r]| (?!r="))'),
    re.compile(rb'<row(?:[>/\t\n\r]| (?!r="))'),
    _WITHIN_Z[2],
)
_BEYOND = (  # a cell beyond `MAX_COLUMNS` (column GR) or row 99,999; a row beyond row 99,999
    re.compile(rb'<c r="(?:[A-Z]{3}|[H-Z][A-Z]|G[S-Z]|[A-Z]{1,2}[0-9]{6})'),
    re.compile(rb'<row r="[0-9]{6}'),
)
_TWO_LETTERS = re.compile(rb'<c r="([A-Z]{2})[0-9]')
_ROW_NUMBERS = re.compile(rb'<(?:c|row) r="[A-Z]*([0-9]+)"')
# Anything else (prefixed tags, cells without `r`, other attribute orders) is walked tag by tag.
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(c|row)\b([^>]*)>")
_REF = re.compile(rb'\br="([A-Za-z]*)([0-9]*)"')
_ODS_CONTENT = "content.xml"
_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>"
)
_ODS_ROWS = re.compile(rb'\btable:number-rows-repeated="([0-9]+)"')
_ODS_COLUMNS = re.compile(rb'\btable:number-columns-repeated="([0-9]+)"')
_ODS_VALUE = re.compile(rb"\boffice:value-type=")
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_RELATION_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass(frozen=True)
class _Extent:
    """The last row and column (1-based) holding a value, or reached by a far reference."""

    rows: int = 0
    columns: int = 0

    def too_large(self) -> bool:
        return area_too_large(self.rows, self.columns)


def area_too_large(rows: int, columns: int) -> bool:
    """True when a sheet of `rows` x `columns` is more than any list Seminarkoll reads."""
    return rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS


class WorkbookBounds:
    """The scanned parts of one workbook; `check_sheet` refuses a sheet too large to read."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self._path = path
        self._archive = archive
        self._unpacked = 0
        self._extents: dict[str, _Extent] = {}
        self._ods = False

    def scan_all(self) -> None:
        """Scan every XML part (sheets, shared strings, styles, relationships, ODS content)."""
        for info in self._archive.infolist():
            if not info.is_dir() and info.filename.casefold().endswith(_XML_SUFFIXES):
                self._scan(info.filename)

    def check_sheet(self, name: str) -> None:
        """Raise `SheetTooLargeError` when the sheet `name` reaches beyond the limits."""
        if self._ods:
            return  # every table was checked in `scan_all`
        part = _sheet_part(self._archive, name)
        if part is not None and part not in self._extents:
            self._scan(part)  # a sheet stored under an unusual name
        extent = self._extents[part] if part is not None else _largest(self._extents.values())
        if extent.too_large():
            raise SheetTooLargeError(self._path, extent.rows, extent.columns)

    def _scan(self, name: str) -> None:
        part = self._unpack(name)
        if name == _ODS_CONTENT and _ODS_TAG.search(part):
            # calamine builds every table of an .ods file when it opens it
            self._ods = True
            extent = _ods_extent(part)
            if extent.too_large():
                raise SheetTooLargeError(self._path, extent.rows, extent.columns)
        else:
            self._extents[name] = _extent(part) if _SHEET_DATA.search(part) else _Extent()

    def _unpack(self, name: str) -> bytearray:
        """The unpacked part, refused when the parts grow too large or when text between two
        tags runs too long."""
        path = self._path
        part = bytearray()
        run = 0  # bytes since the last "<", carried from one chunk to the next
        try:
            with self._archive.open(name) as member:
                for chunk in iter(lambda: member.read(MAX_TEXT_RUN), b""):
                    first = chunk.find(b"<")
                    if first < 0:
                        run += len(chunk)
                    else:
                        if run + first > MAX_TEXT_RUN:
                            raise CellTooLongError(path)
                        run = len(chunk) - chunk.rfind(b"<") - 1
                    # A run between two "<" of one chunk is shorter than the chunk.
                    if run > MAX_TEXT_RUN:
                        raise CellTooLongError(path)
                    part += chunk
                    self._unpacked += len(chunk)
                    if self._unpacked > _MAX_UNPACKED_BYTES:
                        raise FileTooLargeError(path, MAX_UNPACKED_MB)
        except (zipfile.BadZipFile, OSError, EOFError, KeyError, zlib.error) as error:
            raise CorruptWorkbookError(path) from error
        return part


def check_workbook(path: Path, data: bytes) -> WorkbookBounds | None:
    """Scan every XML part of the .xlsx or .ods workbook in `data`; None when it is no zip
    archive at all (calamine then says why it cannot be read).

    Raises `FileTooLargeError`, `CellTooLongError` or `CorruptWorkbookError`.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return None
    bounds = WorkbookBounds(path, archive)
    bounds.scan_all()
    return bounds


def _extent(part: bytearray) -> _Extent:
    """How far the cells of one sheet part reach."""
    if not any(search.search(part) for search in _WITHIN_Z):
        # At most column Z and row 99,999: within every limit, so the exact size is not needed.
        return _Extent()
    if any(search.search(part) for search in (*_UNUSUAL_TAGS, *_BEYOND)):
        return _walked_extent(part)  # rare: only such files pay for the exact walk
    letters = set(_TWO_LETTERS.findall(part))
    if not letters:
        return _walked_extent(part)  # references of another form (lower case, no row number)
    columns = max(map(_column_number, letters))
    rows = max(map(int, set(_ROW_NUMBERS.findall(part))), default=0)
    return _Extent(rows, columns)


def _walked_extent(part: bytearray) -> _Extent:
    """Follow every row and cell in order, as calamine places them (a cell without `r` comes
    right after the one before it). Only cells holding something count."""
    rows = columns = 0
    row = column = 0
    for match in _TAG.finditer(part):
        attributes = match[2]
        ref = _REF.search(attributes)
        if match[1] == b"row":
            row = int(ref[2]) if ref is not None and ref[2] else row + 1
            column = 0
            continue
        if ref is not None and ref[1]:
            column = _column_number(ref[1])
            row = int(ref[2]) if ref[2] else row
        else:
            column += 1
        if attributes.endswith(b"/"):
            continue  # an empty cell (only a style): calamine leaves it out
        rows, columns = max(rows, row), max(columns, column)
        if area_too_large(rows, columns):
            break
    return _Extent(rows, columns)


def _ods_extent(content: bytearray) -> _Extent:
    """How far the cells holding something reach in the largest table (sheet) of an .ods file,
    as calamine places them: repeated rows and cells count as often as they are repeated."""
    largest = _Extent()
    rows = columns = row = column = row_columns = 0
    row_repeat = 1
    for match in _ODS_TAG.finditer(content):
        closing, tag, attributes = match[1], match[2], match[3]
        if tag == b"table":
            rows = columns = row = 0
        elif tag == b"table-row":
            if not closing:
                found = _ODS_ROWS.search(attributes)
                row_repeat = int(found[1]) if found else 1
                column = row_columns = 0
            if closing or attributes.endswith(b"/"):
                if row_columns:
                    rows, columns = max(rows, row + row_repeat), max(columns, row_columns)
                row += row_repeat
                row_columns = 0
        elif not closing:
            found = _ODS_COLUMNS.search(attributes)
            column += int(found[1]) if found else 1
            if not attributes.endswith(b"/") or _ODS_VALUE.search(attributes):
                row_columns = column
        if rows * columns > largest.rows * largest.columns or area_too_large(rows, columns):
            largest = _Extent(rows, columns)
            if largest.too_large():
                break
    return largest


def _largest(extents: Iterable[_Extent]) -> _Extent:
    """The rows and columns of all `extents` together (when the sheet's part is unknown)."""
    listed = list(extents)
    return _Extent(
        max((e.rows for e in listed), default=0), max((e.columns for e in listed), default=0)
    )


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The zip member holding the sheet `name`, found as calamine finds it; None if unsure."""
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, zlib.error):
        return None
    ids = {sheet.get("name"): sheet.get(_RELATION_ID) for sheet in _sheets(workbook)}
    targets = {rel.get("Id"): rel.get("Target") for rel in relations.iter(_RELATIONSHIPS)}
    target = targets.get(ids.get(name))
    if not target:
        return None
    part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    part = posixpath.normpath(part)
    try:
        archive.getinfo(part)
    except KeyError:
        return None
    return part


def _sheets(workbook: ElementTree.Element) -> Iterator[ElementTree.Element]:
    return workbook.iter(f"{_MAIN}sheet")
