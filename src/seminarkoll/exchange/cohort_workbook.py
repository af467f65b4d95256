"""Write a cohort's roster, attendance matrix and schedule as finished Excel sheets, and CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TypeVar

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.calendar import term_labels
from seminarkoll.domain.completion import SeminarTotals
from seminarkoll.domain.dates import weekday_name
from seminarkoll.domain.exports import (
    COMPLETION_WORDS,
    AttendanceExport,
    CohortExport,
    ExportHeading,
    RosterEntry,
    RosterExport,
    ScheduleExport,
    file_word,
)
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.safe_cells import csv_text
from seminarkoll.exchange.writing import check_target, write_bytes_atomically
from seminarkoll.exchange.xlsx_layout import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    KIND_MATRIX,
    PERSON_COLUMNS,
    STATUS_PREFIX,
    TOTALS_MARKER,
    append_header,
    append_heading,
    append_id_row,
    append_row,
    append_title,
    area,
    bold,
    completion_colours,
    dated,
    grid,
    mark_cells,
    new_workbook,
    person_cells,
    prepare_sheet,
    print_setup,
    save_workbook,
    table,
    unrecorded_colour,
    wrapped,
)

ROSTER_SHEET = QT_TRANSLATE_NOOP("FileWords", "Deltagare")
MATRIX_SHEET = QT_TRANSLATE_NOOP("FileWords", "Närvaro")
SCHEDULE_SHEET = QT_TRANSLATE_NOOP("FileWords", "Schema")
"""Sheet names (Swedish; written in the chosen language)."""

ROSTER_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Efternamn"),
    QT_TRANSLATE_NOOP("FileWords", "Förnamn"),
    QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
    QT_TRANSLATE_NOOP("FileWords", "Befattning"),
    QT_TRANSLATE_NOOP("FileWords", "E-post"),
    QT_TRANSLATE_NOOP("FileWords", "Telefon"),
    QT_TRANSLATE_NOOP("FileWords", "Grupp"),
    QT_TRANSLATE_NOOP("FileWords", "Status"),
    QT_TRANSLATE_NOOP("FileWords", "Startdatum"),
    QT_TRANSLATE_NOOP("FileWords", "Slutdatum"),
)
"""Roster headers (Swedish; written in the chosen language); the participant import recognises
the first six in either language, so a roster imports."""

T = TypeVar("T")

_ROSTER_WIDTHS = (18, 16, 28, 20, 36, 16, 16, 11, 12, 12)
_SCHEDULE_WIDTHS = (5, 11, 10, 12, 36, 26, 24, 44)
_MATRIX_TRAILING = (
    QT_TRANSLATE_NOOP("FileWords", "Deltagit"),
    QT_TRANSLATE_NOOP("FileWords", "Krav"),
    QT_TRANSLATE_NOOP("FileWords", "Resultat"),
    QT_TRANSLATE_NOOP("FileWords", "Förklaring"),
)
_MATRIX_SEMINAR_WIDTH = 16.5
_TOTAL_LABELS = (
    QT_TRANSLATE_NOOP("FileWords", "Förväntade"),
    QT_TRANSLATE_NOOP("FileWords", "Närvarande"),
    QT_TRANSLATE_NOOP("FileWords", "Sen"),
    QT_TRANSLATE_NOOP("FileWords", "Anmäld frånvaro"),
    QT_TRANSLATE_NOOP("FileWords", "Frånvarande"),
    QT_TRANSLATE_NOOP("FileWords", "Ej registrerade"),
)


def write_roster_workbook(data: RosterExport, path: Path) -> Path:
    """Save the roster as a one-sheet .xlsx workbook."""
    subject = translate("FileWords", "Deltagarlista")
    return _save(data.heading, subject, path, lambda book: _roster_sheet(book, data))


def write_roster_csv(data: RosterExport, path: Path) -> Path:
    """Save the roster as CSV the way Swedish Excel reads it: UTF-8 with BOM, ";" and CRLF."""
    rows = (_roster_values(entry, _iso) for entry in _sorted(data.entries))
    return _write_csv(path, _words(ROSTER_COLUMNS), rows)


def write_attendance_csv(data: AttendanceExport, path: Path) -> Path:
    """Save the attendance matrix as CSV for other systems (as `write_roster_csv`): one row per
    participant, one column per seminar holding the mark's word, then the verdict."""
    header = (
        *_words(PERSON_COLUMNS[1:]),
        *(
            f"{label} {s.date.isoformat()}"
            for label, s in zip(_seminar_labels(data), data.seminars, strict=True)
        ),
        *_words(_MATRIX_TRAILING),
    )
    rows = (
        (
            entry.last_name,
            entry.first_name,
            entry.workplace,
            ", ".join(entry.groups),
            *entry.cell_words,
            str(entry.attended),
            str(entry.required),
            COMPLETION_WORDS[entry.state],
            entry.reason,
        )
        for entry in sorted(data.entries, key=lambda e: e.sort_key)
    )
    return _write_csv(path, header, rows)


def _write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(csv_text(value) for value in row)
    return write_bytes_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def write_attendance_workbook(data: AttendanceExport, path: Path) -> Path:
    """Save the attendance matrix as a one-sheet .xlsx workbook."""
    subject = translate("FileWords", "Närvaromatris")
    return _save(data.heading, subject, path, lambda book: _matrix_sheet(book, data))


def write_schedule_workbook(data: ScheduleExport, path: Path) -> Path:
    """Save the schedule as a one-sheet .xlsx workbook."""
    subject = translate("FileWords", "Schema")
    return _save(data.heading, subject, path, lambda book: _schedule_sheet(book, data))


def write_cohort_workbook(data: CohortExport, path: Path) -> Path:
    """Save roster, attendance matrix and schedule as three sheets of one workbook."""

    def fill(book: Workbook) -> None:
        _roster_sheet(book, data.roster)
        _matrix_sheet(book, data.attendance)
        _schedule_sheet(book, data.schedule)

    return _save(data.roster.heading, translate("FileWords", "Omgång"), path, fill)


def _save(
    heading: ExportHeading, subject: str, path: Path, fill: Callable[[Workbook], None]
) -> Path:
    check_target(path)
    return save_workbook(new_workbook(heading, subject), path, fill)


def _words(texts: Iterable[str]) -> tuple[str, ...]:
    """Headers marked above, in the chosen language."""
    return tuple(file_word(text) for text in texts)


def _sorted(entries: tuple[RosterEntry, ...]) -> list[RosterEntry]:
    return sorted(entries, key=lambda entry: entry.sort_key)


def _roster_values(entry: RosterEntry, day: Callable[[date | None], T]) -> list[str | T]:
    """The values under ROSTER_COLUMNS; `day` writes the start and end dates."""
    return [
        entry.last_name,
        entry.first_name,
        entry.workplace,
        entry.role,
        entry.email,
        entry.phone,
        ", ".join(entry.groups),
        entry.status_word,
        day(entry.joined_on),
        day(entry.left_on),
    ]


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _roster_sheet(book: Workbook, data: RosterExport) -> None:
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(ROSTER_SHEET))
    entries = _sorted(data.entries)
    last_row = HEADER_ROW + len(entries)
    prepare_sheet(sheet, _ROSTER_WIDTHS, freeze=f"C{FIRST_DATA_ROW}")
    count = translate("FileWords", "{count} deltagare").format(count=data.participants)
    if len(entries) > data.participants:
        count += translate("FileWords", ", {count} övriga (anmälda, besökare)").format(
            count=len(entries) - data.participants
        )
    append_heading(
        sheet,
        translate("FileWords", "Deltagarlista – {title}").format(title=data.heading.title),
        _extract_line(count, data.heading),
        _words(ROSTER_COLUMNS),
    )
    for entry in entries:
        append_row(
            sheet,
            _roster_values(entry, lambda day: dated(sheet, day) if day else None),
        )
    table(sheet, area(1, HEADER_ROW, len(ROSTER_COLUMNS), last_row))
    print_setup(sheet, data.heading, landscape=True)


def _matrix_sheet(book: Workbook, data: AttendanceExport) -> None:
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(MATRIX_SHEET))
    first_seminar = len(PERSON_COLUMNS) + 1
    last_seminar = first_seminar + len(data.seminars) - 1
    width = last_seminar + len(_MATRIX_TRAILING)
    last_row = HEADER_ROW + len(data.entries)
    widths = (
        6,
        17,
        14,
        24,
        15,
        *(_MATRIX_SEMINAR_WIDTH for _ in data.seminars),
        9,
        6,
        19,
        60,
    )
    prepare_sheet(
        sheet,
        widths,
        freeze=f"{get_column_letter(first_seminar)}{FIRST_DATA_ROW}",
        hidden_columns=(1,),
        id_row=True,
        header_height=64,
    )
    seminars = len(data.seminars)
    append_title(
        sheet,
        translate("FileWords", "Närvaro – {title}").format(title=data.heading.title),
        _extract_line(
            translate(
                "FileWords",
                "Krav: {required} av {seminars} seminarier · tom ruta: ingen närvaro registrerad"
                " · –: ingår inte i deltagarens period",
            ).format(required=data.min_attended, seminars=seminars),
            data.heading,
        ),
        title_column=2,
    )
    append_id_row(
        sheet,
        data.heading.cohort_id,
        KIND_MATRIX,
        [f"{STATUS_PREFIX}{seminar.seminar_id}" for seminar in data.seminars],
    )
    append_header(
        sheet,
        [
            *_words(PERSON_COLUMNS),
            *(
                f"{label}\n{s.date.isoformat()}\n{s.theme_name or s.title}"
                for label, s in zip(_seminar_labels(data), data.seminars, strict=True)
            ),
            *_words(_MATRIX_TRAILING),
        ],
    )
    for entry in sorted(data.entries, key=lambda e: e.sort_key):
        append_row(
            sheet,
            [
                *person_cells(entry),
                *(word or None for word in entry.cell_words),
                entry.attended,
                entry.required,
                COMPLETION_WORDS[entry.state],
                entry.reason,
            ],
        )
    sheet.append([])
    for index, label in enumerate(_TOTAL_LABELS):
        append_row(
            sheet,
            [
                TOTALS_MARKER,
                bold(sheet, file_word(label)),
                None,
                None,
                None,
                *(_total(totals, index) for totals in data.totals),
            ],
        )
    totals_row = last_row + 2
    grid(sheet, area(2, totals_row, last_seminar, totals_row + len(_TOTAL_LABELS) - 1))
    if data.entries and data.seminars:
        cells = area(first_seminar, FIRST_DATA_ROW, last_seminar, last_row)
        mark_cells(sheet, cells)
        for column, seminar in enumerate(data.seminars, start=first_seminar):
            if seminar.held:
                unrecorded_colour(sheet, column, FIRST_DATA_ROW, last_row)
    if data.entries:
        verdict = last_seminar + 3
        completion_colours(sheet, area(verdict, FIRST_DATA_ROW, verdict, last_row))
    table(sheet, area(2, HEADER_ROW, width, last_row))
    print_setup(sheet, data.heading, landscape=True)
    # The long explanations stay on screen; printed, the verdict column ends the page width.
    sheet.print_area = area(2, 1, width - 1, totals_row + len(_TOTAL_LABELS) - 1)


def _seminar_labels(data: AttendanceExport) -> list[str]:
    """ "Sem. 3", with the term in a cohort over several school years: "Sem. 3 (HT 2026)"."""
    terms = term_labels([s.date for s in data.seminars])
    return [
        translate("FileWords", "Sem. {number} ({term})").format(number=s.number, term=term)
        if term
        else translate("FileWords", "Sem. {number}").format(number=s.number)
        for s, term in zip(data.seminars, terms, strict=True)
    ]


def _total(totals: SeminarTotals, index: int) -> int:
    return (
        totals.expected,
        totals.present,
        totals.late,
        totals.excused,
        totals.absent,
        totals.unrecorded,
    )[index]


def _schedule_sheet(book: Workbook, data: ScheduleExport) -> None:
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(SCHEDULE_SHEET))
    columns = (
        translate("FileWords", "Nr"),
        translate("FileWords", "Datum"),
        translate("FileWords", "Veckodag"),
        translate("FileWords", "Tid"),
        translate("FileWords", "Seminarium"),
        translate("FileWords", "Temaområde"),
        translate("FileWords", "Plats"),
        translate("FileWords", "Gästföreläsare"),
    )
    prepare_sheet(sheet, _SCHEDULE_WIDTHS, freeze=f"A{FIRST_DATA_ROW}")
    count = len(data.seminars)
    append_heading(
        sheet,
        translate("FileWords", "Schema – {title}").format(title=data.heading.title),
        _extract_line(
            translate("FileWords", "{count} seminarier").format(count=count), data.heading
        ),
        columns,
    )
    for row, seminar in enumerate(data.seminars, start=FIRST_DATA_ROW):
        texts = (seminar.title, seminar.theme_name, seminar.location, *seminar.lecturers)
        widths = (_SCHEDULE_WIDTHS[4], _SCHEDULE_WIDTHS[5], _SCHEDULE_WIDTHS[6])
        lines = max(
            len(seminar.lecturers),
            *(_lines(text, width) for text, width in zip(texts, widths, strict=False)),
            *(_lines(name, _SCHEDULE_WIDTHS[7]) for name in seminar.lecturers),
            1,
        )
        sheet.row_dimensions[row].height = 15 * lines + 2
        append_row(
            sheet,
            [
                wrapped(sheet, seminar.number),
                wrapped(sheet, seminar.date, "yyyy-mm-dd"),
                wrapped(sheet, weekday_name(seminar.date.weekday())),
                wrapped(sheet, seminar.time_label or None),
                wrapped(sheet, seminar.title),
                wrapped(sheet, seminar.theme_name),
                wrapped(sheet, seminar.location),
                wrapped(sheet, "\n".join(seminar.lecturers)),
            ],
        )
    table(sheet, area(1, HEADER_ROW, len(columns), HEADER_ROW + count))
    print_setup(sheet, data.heading, landscape=True)


def _extract_line(what: str, heading: ExportHeading) -> str:
    """The line under a sheet's title: what it holds, and when it was taken from Seminarkoll."""
    return translate("FileWords", "{what} · utdrag ur Seminarkoll {created}").format(
        what=what, created=heading.created_label
    )


def _lines(text: str, width: float) -> int:
    """Roughly how many lines `text` wraps to in a column `width` characters wide."""
    return max(1, -(-len(text) // max(int(width) - 2, 1)))
