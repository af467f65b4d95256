"""A person's register extract (GDPR art. 15) as JSON or as a workbook with one sheet per kind."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from seminarkoll.domain.person_record import PersonRecord, Value
from seminarkoll.exchange.safe_cells import xlsx_value
from seminarkoll.exchange.writing import write_atomically, write_bytes_atomically

SUFFIXES = (".json", ".xlsx")


def write_person_record(record: PersonRecord, path: Path) -> Path:
    """Write `record` to `path`; the suffix (.json or .xlsx) decides the format."""
    if path.suffix.lower() == ".json":
        return write_bytes_atomically(path, _json(record).encode("utf-8"))
    return write_atomically(path, lambda temp: _workbook(record, temp))


def _plain(value: Value) -> str | int | bool | None:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _json(record: PersonRecord) -> str:
    document = {
        "registerutdrag": {
            "person_id": record.person_id,
            "namn": record.name,
            "framtaget": record.made_at.isoformat(),
            "databas": record.database,
        },
        **{
            section.key: [
                {column: _plain(value) for column, value in row.items()}
                for row in section.as_dicts()
            ]
            for section in record.sections
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _workbook(record: PersonRecord, temp: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    bold = Font(bold=True)
    for section in record.sections:
        sheet = book.create_sheet(section.title[:31])
        sheet.append([xlsx_value(sheet, f"{section.title}: {record.name}")])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append(
            [f"Registerutdrag framtaget {record.made_at:%Y-%m-%d %H:%M} ur {record.database}"]
        )
        sheet.append([])
        sheet.append(list(section.columns))
        for cell in sheet[4]:
            cell.font = bold
        for row in section.rows:
            sheet.append([xlsx_value(sheet, _cell(value)) for value in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm-dd"
        if not section.rows:
            sheet.append(["(inga uppgifter)"])
        for index, column in enumerate(section.columns, start=1):
            width = max([len(column), *(len(str(_cell(r[index - 1]) or "")) for r in section.rows)])
            sheet.column_dimensions[sheet.cell(4, index).column_letter].width = min(width + 2, 60)
        sheet.freeze_panes = "A5"
    book.save(temp)


def _cell(value: Value) -> str | int | date | None:
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value
