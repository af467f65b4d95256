"""Property tests: generated grids written to real files read back as the same plain values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from seminarkoll.exchange.errors import EmptySheetError, FileReadError
from seminarkoll.exchange.participant_rows import read_participant_file
from seminarkoll.exchange.spreadsheet import CellValue, read_sheet
from tests.exchange.workbooks import write_csv, write_ods, write_xlsx

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Letters, digits, Swedish letters, whitespace and the punctuation of names, addresses and
# CSV; every character is in Windows-1252. No "=" or "#" at all: openpyxl would store
# "=..." as a formula and "#N/A" as an error value instead of text.
ALPHABET = "abcxyzABCXYZåäöÅÄÖéü0123456789 \t\n@.-,;'\""
WHITESPACE = st.text(alphabet=" \t\n\u00a0", max_size=4)
TEXT = st.text(alphabet=ALPHABET, max_size=12)
NAMES = st.builds(
    lambda first, last, pad: f"{pad}{first} {last}{pad}",
    st.text(alphabet="AaÅåÖöEeMm", min_size=1, max_size=8),
    st.text(alphabet="BbÄäKkLl", min_size=1, max_size=8),
    WHITESPACE,
)
EMAILS = st.builds(
    lambda local, domain: f"{local}@{domain}.se",
    st.text(alphabet="abcxyz.0123", min_size=1, max_size=8),
    st.text(alphabet="abcxyz", min_size=1, max_size=8),
)
XLSX_CELLS = st.one_of(
    st.none(),
    TEXT,
    WHITESPACE,
    NAMES,
    EMAILS,
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=10**9, max_value=10**11).map(float),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
)
CSV_CELLS = st.one_of(TEXT, WHITESPACE, NAMES, EMAILS, st.integers().map(str))
HEADER = ("Namn", "E-post", "Skola", "Befattning", "Telefon")


def expected_cell(value: object) -> CellValue:
    """The oracle: what the reader promises for a written value, stated independently."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float):
        stored = float(f"{value:.16g}")  # openpyxl writes floats with 16 significant digits
        return int(stored) if stored == int(stored) else stored
    assert value is None or isinstance(value, bool | int | float)
    return value


def expected_grid(rows: Sequence[Sequence[object]]) -> list[tuple[int, tuple[CellValue, ...]]]:
    cells = [[expected_cell(value) for value in row] for row in rows]
    width = max(
        (index + 1 for row in cells for index, value in enumerate(row) if value is not None),
        default=0,
    )
    while cells and all(value is None for value in cells[-1]):
        cells.pop()
    return [
        (number, tuple(row[:width]) + (None,) * (width - len(row[:width])))
        for number, row in enumerate(cells, start=1)
    ]


@FUZZ
@given(rows=st.lists(st.lists(XLSX_CELLS, max_size=6), max_size=8))
def test_xlsx_round_trip(tmp_path: Path, rows: list[list[object]]) -> None:
    path = write_xlsx(tmp_path / "fuzz.xlsx", rows)
    expected = expected_grid(rows)
    try:
        sheet = read_sheet(path)
    except EmptySheetError:
        assert expected == []
    else:
        assert [(row.number, row.cells) for row in sheet.rows] == expected
        assert all(not isinstance(cell, str) or cell for row in sheet.rows for cell in row.cells)


@FUZZ
@given(
    data=st.data(),
    columns=st.integers(min_value=2, max_value=5),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
)
def test_csv_round_trip(
    tmp_path: Path, data: st.DataObject, columns: int, delimiter: str, encoding: str
) -> None:
    body = data.draw(st.lists(st.lists(CSV_CELLS, min_size=columns, max_size=columns), max_size=8))
    rows = [list(HEADER[:columns]), *body]
    path = write_csv(tmp_path / "fuzz.csv", rows, delimiter, encoding)
    assume(encoding != "cp1252" or not _also_utf8(path.read_bytes()))
    sheet = read_sheet(path)
    assert [(row.number, row.cells) for row in sheet.rows] == expected_grid(rows)


def _also_utf8(data: bytes) -> bool:
    """Whether a line of Windows-1252 text beyond ASCII is also valid UTF-8 ("Ä" and a no-break
    space are the bytes of "Ġ"): no reader can tell which was meant, and ours refuses such a
    file as mixed (tests/exchange/test_hostile_files.py), so it makes no round trip."""
    for line in data.splitlines():
        if not line.isascii():
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return True
    return False


@FUZZ
@given(
    rows=st.lists(
        st.tuples(st.one_of(NAMES, TEXT, st.none()), st.one_of(EMAILS, TEXT, st.none())),
        max_size=10,
    ),
    duplicate=st.booleans(),
)
def test_participant_rows_are_either_valid_or_have_problems(
    tmp_path: Path, rows: list[tuple[str | None, str | None]], duplicate: bool
) -> None:
    body = [list(row) for row in rows]
    if duplicate and body:
        body.append(["Kopia Kopiasson", (body[0][1] or "x@example.se").upper()])
    path = write_xlsx(tmp_path / "fuzz.xlsx", [["Namn", "E-post"], *body])
    report = read_participant_file(path)

    valid = {row.row for row in report.rows}
    blank = {
        number
        for number, (name, email) in enumerate(body, start=2)
        if not (name or "").strip() and not (email or "").strip()
    }
    assert valid.isdisjoint(report.problem_rows)
    assert valid | report.problem_rows | blank == set(range(2, len(body) + 2))
    assert not blank & (valid | report.problem_rows)
    keys = [row.email_key for row in report.rows if row.email_key is not None]
    assert len(keys) == len(set(keys))
    assert all(row.first_name and row.last_name for row in report.rows)


def _typed_error_or_none(read: Callable[[Path], object], path: Path) -> Path | None:
    """Read `path`; the path named by the typed error it raised, or None if it read fine."""
    try:
        read(path)
    except FileReadError as error:
        return error.path
    return None


def _valid_workbook_bytes(tmp_path: Path, kind: str) -> bytes:
    rows: list[list[str | int | None]] = [
        ["Namn", "E-post"],
        ["Åsa Öberg", "asa@example.se"],
        ["Per Ek", 701234567],
    ]
    if kind == "ods":
        return write_ods(tmp_path / "källa.ods", rows).read_bytes()
    return write_xlsx(tmp_path / "källa.xlsx", rows).read_bytes()


@FUZZ
@given(
    kind=st.sampled_from(["xlsx", "ods"]),
    extension=st.sampled_from([".xlsx", ".xls", ".xlsb", ".ods", ".csv", ".txt"]),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 0.999), st.integers(1, 255)), max_size=4),
)
def test_damaged_workbooks_raise_only_typed_errors(
    tmp_path: Path, kind: str, extension: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(_valid_workbook_bytes(tmp_path, kind))
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    path = tmp_path / f"skadad{extension}"
    path.write_bytes(bytes(data[: int(cut * len(data))]))
    assert _typed_error_or_none(read_participant_file, path) in (None, path)


@FUZZ
@given(
    extension=st.sampled_from([".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt"]),
    data=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda tail: b"PK\x03\x04" + tail),
        st.binary(max_size=300).map(lambda tail: bytes.fromhex("D0CF11E0A1B11AE1") + tail),
    ),
)
def test_arbitrary_bytes_raise_only_typed_errors(
    tmp_path: Path, extension: str, data: bytes
) -> None:
    path = tmp_path / f"slump{extension}"
    path.write_bytes(data)
    assert _typed_error_or_none(read_sheet, path) in (None, path)
