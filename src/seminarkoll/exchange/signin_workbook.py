"""Write a seminar's sign-in sheet (närvarolista) as an Excel sheet that can be imported back."""

from __future__ import annotations

from pathlib import Path

from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.dates import weekday_name
from seminarkoll.domain.exports import STATUS_WORDS, SignInExport, file_word
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.writing import check_target
from seminarkoll.exchange.xlsx_layout import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    KIND_SIGNIN,
    NOTE_PREFIX,
    PERSON_COLUMNS,
    STATUS_PREFIX,
    append_header,
    append_id_row,
    append_row,
    append_title,
    area,
    mark_cells,
    new_workbook,
    person_cells,
    prepare_sheet,
    print_setup,
    save_workbook,
    table,
)

SIGNIN_SHEET = QT_TRANSLATE_NOOP("FileWords", "Närvarolista")
SIGNIN_COLUMNS = (
    *PERSON_COLUMNS,
    QT_TRANSLATE_NOOP("FileWords", "Närvaro"),
    QT_TRANSLATE_NOOP("FileWords", "Anteckning"),
)
"""Sheet name and headers (Swedish; written in the chosen language)."""
STATUS_COLUMN = 6
NOTE_COLUMN = 7


def signin_title(data: SignInExport) -> str:
    """E.g. "Närvarolista – seminarium 3: Att leda förändring"."""
    return translate("FileWords", "Närvarolista – seminarium {number}: {title}").format(
        number=data.seminar.number, title=data.seminar.title
    )


def signin_facts(data: SignInExport) -> str:
    """Cohort, weekday, date, time, place and the group (for a group's sheet) on one line."""
    seminar = data.seminar
    parts = [
        data.heading.title,
        f"{weekday_name(seminar.date.weekday())} {seminar.date.isoformat()}",
        seminar.time_label,
        seminar.location,
        data.group_line,
    ]
    return " · ".join(part for part in parts if part)


def write_signin_workbook(data: SignInExport, path: Path) -> Path:
    """Save the sheet: expected participants, a status dropdown, notes and hidden ids.

    Marks already taken (e.g. an advance apology) are filled in; reading the sheet back
    leaves them as they are unless someone changes them.
    """
    check_target(path)
    return save_workbook(
        new_workbook(data.heading, file_word(SIGNIN_SHEET)), path, lambda book: _fill(book, data)
    )


def _fill(book: Workbook, data: SignInExport) -> None:
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(SIGNIN_SHEET))
    entries = sorted(data.entries, key=lambda e: e.sort_key)
    last_row = HEADER_ROW + len(entries)
    prepare_sheet(
        sheet,
        (6, 20, 18, 28, 14, 18, 40),
        freeze=f"B{FIRST_DATA_ROW}",
        hidden_columns=(1,),
        id_row=True,
        header_height=22,
    )
    append_title(sheet, signin_title(data), signin_facts(data), title_column=2)
    seminar_id = data.seminar.seminar_id
    append_id_row(
        sheet,
        data.heading.cohort_id,
        KIND_SIGNIN,
        [f"{STATUS_PREFIX}{seminar_id}", f"{NOTE_PREFIX}{seminar_id}"],
    )
    append_header(sheet, [file_word(column) for column in SIGNIN_COLUMNS])
    for entry in entries:
        append_row(
            sheet,
            [
                *person_cells(entry),
                STATUS_WORDS[entry.status] if entry.status else None,
                entry.note or None,
            ],
        )
    if entries:
        mark_cells(sheet, area(STATUS_COLUMN, FIRST_DATA_ROW, STATUS_COLUMN, last_row))
    table(sheet, area(2, HEADER_ROW, NOTE_COLUMN, last_row))
    print_setup(sheet, data.heading, landscape=False)
