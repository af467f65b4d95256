"""Hostile and odd input files, written by the tests: far cells, huge cells, mixed encodings.

A workbook whose sheet unpacks to gigabytes is written in a few seconds: its repeated text is
deflated once and the compressed piece repeated (each piece ends byte-aligned with an empty
dictionary, so pieces may follow one another), and the zip archive is assembled by hand.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tests.exchange.workbooks import write_xlsx

HEADER = ("Namn", "E-post", "Skola/enhet")
ROWS = (HEADER, ("Åsa Öberg", "asa.oberg@example.se", "Sylteskolan"))
_SHEET = "xl/worksheets/sheet1.xml"
_PIECE = 1024 * 1024


def with_sheet_data(path: Path, extra: bytes) -> Path:
    """The list of `ROWS` with `extra` (rows and cells as XML) at the end of its sheet data."""
    return _with_sheet(
        path, lambda sheet: (sheet.replace(b"</sheetData>", extra + b"</sheetData>"),)
    )


def far_cell_xlsx(path: Path, reference: str) -> Path:
    """A small valid list plus one value at `reference`, e.g. "XFD1048576" (a file of 3 KB)."""
    row = re.fullmatch(r"[A-Z]+([0-9]+)", reference)
    assert row is not None
    cell = f'<row r="{row[1]}"><c r="{reference}" t="inlineStr"><is><t>x</t></is></c></row>'
    return with_sheet_data(path, cell.encode())


def huge_cell_xlsx(path: Path, text: str, size: int) -> Path:
    """A list whose third row holds one cell of `text` repeated to `size` bytes (e.g. 1 GB of
    "x" or 2 GB of spaces); the file stays a few MB."""
    block = text.encode() * (_PIECE // len(text.encode()))
    assert size % len(block) == 0

    def parts(sheet: bytes) -> SheetParts:
        head, tail = sheet.split(b"</sheetData>")
        opening = b'<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">'
        closing = b"</t></is></c></row></sheetData>"
        return (head + opening, (block, size // len(block)), closing + tail)

    return _with_sheet(path, parts)


def mixed_encoding_csv(path: Path) -> Path:
    """Row 2 saved as UTF-8, row 3 as Windows-1252 (two lists pasted together)."""
    path.write_bytes(
        "Namn;E-post\r\nÅsa Öberg;asa@example.se\r\n".encode()
        + "Åke Ärlig;ake@example.se\r\n".encode("cp1252")
    )
    return path


def unterminated_quote_csv(path: Path) -> Path:
    """Row 3 opens a quote that is never closed: the rest of the file would become one name."""
    path.write_bytes(
        b'Namn;E-post\r\nAnna Berg;anna@example.se\r\n"Bo Ek;bo@example.se\r\n'
        b"Cecilia Ek;cecilia@example.se\r\n"
    )
    return path


SheetParts = tuple[bytes | tuple[bytes, int], ...]
"""Pieces of a zip member: bytes, or (bytes, times) for a piece repeated."""


def _with_sheet(path: Path, sheet_parts: Callable[[bytes], SheetParts]) -> Path:
    """Write the list of `ROWS` with openpyxl, then rewrite the archive by hand with its sheet
    made of `sheet_parts(sheet)`."""
    write_xlsx(path, ROWS)
    with zipfile.ZipFile(path) as archive:
        members = [(name, archive.read(name)) for name in archive.namelist()]
    with path.open("wb") as out:
        entries = [
            _write_member(out, name, sheet_parts(data) if name == _SHEET else (data,))
            for name, data in members
        ]
        start = out.tell()
        for entry in entries:
            out.write(entry)
        size = out.tell() - start
        out.write(
            struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), size, start, 0)
        )
    return path


def _write_member(out: BinaryIO, name: str, parts: SheetParts) -> bytes:
    """Write one deflated member at the end of `out`; return its central directory entry."""
    encoded = name.encode()
    offset = out.tell()
    out.write(b"\0" * (30 + len(encoded)))  # the local header, filled in below
    crc = unpacked = packed = 0
    for part in parts:
        block, times = part if isinstance(part, tuple) else (part, 1)
        deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
        piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
        for _ in range(times):
            out.write(piece)
        crc = _crc32_combine(crc, _repeated_crc(block, times), len(block) * times)
        unpacked += len(block) * times
        packed += len(piece) * times
    end = zlib.compressobj(6, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    out.write(end)
    packed += len(end)
    after = out.tell()
    out.seek(offset)
    out.write(
        struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, packed, unpacked, len(encoded), 0
        )
        + encoded
    )
    out.seek(after)
    central = (0x02014B50, 20, 20, 0, 8, 0, 0, crc, packed, unpacked, len(encoded), 0, 0, 0, 0)
    return struct.pack("<IHHHHHHIIIHHHHHII", *central, 0, offset) + encoded


def _repeated_crc(block: bytes, times: int) -> int:
    """The CRC-32 of `block` repeated `times` times, by doubling."""
    total, power, length = 0, zlib.crc32(block), len(block)
    while times:
        if times & 1:
            total = _crc32_combine(total, power, length)
        power = _crc32_combine(power, power, length)
        length *= 2
        times >>= 1
    return total


def _crc32_combine(first: int, second: int, second_length: int) -> int:
    """The CRC-32 of two pieces joined, from their CRCs (zlib's crc32_combine)."""
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while second_length:
        even = _gf2_square(odd)
        if second_length & 1:
            first = _gf2_times(even, first)
        second_length >>= 1
        if not second_length:
            break
        odd = _gf2_square(even)
        if second_length & 1:
            first = _gf2_times(odd, first)
        second_length >>= 1
    return first ^ second


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, row = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[row]
        vector >>= 1
        row += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[n]) for n in range(32)]
