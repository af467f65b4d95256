"""A person's register extract (GDPR art. 15) as JSON or as a workbook with one sheet per kind."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.domain.person_record import PersonRecord, Value
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.writing import write_bytes_atomically

if TYPE_CHECKING:
    from openpyxl import Workbook

SUFFIXES = (".json", ".xlsx")


def write_person_record(record: PersonRecord, path: Path) -> Path:
    """Write `record` to `path`; the suffix (.json or .xlsx) decides the format."""
    if path.suffix.lower() == ".json":
        return write_bytes_atomically(path, _json(record).encode("utf-8"))
    from seminarkoll.exchange.xlsx_layout import blank_workbook, save_workbook

    return save_workbook(blank_workbook(), path, lambda book: _fill(book, record))


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


def _fill(book: Workbook, record: PersonRecord) -> None:
    from openpyxl.utils import get_column_letter

    from seminarkoll.exchange.xlsx_layout import append_heading, append_row, dated

    made = translate("RegisterExtract", "Registerutdrag framtaget {made} ur {database}").format(
        made=f"{record.made_at:%Y-%m-%d %H:%M}", database=record.database
    )
    for section in record.sections:
        title, columns = section.title, section.columns
        sheet = book.create_sheet(title[:31])
        for index, column in enumerate(columns, start=1):
            width = max([len(column), *(len(str(_cell(r[index - 1]) or "")) for r in section.rows)])
            sheet.column_dimensions[get_column_letter(index)].width = min(width + 2, 60)
        sheet.freeze_panes = "A5"
        append_heading(sheet, f"{title}: {record.name}", made, columns)
        for row in section.rows:
            cells = (_cell(value) for value in row)
            append_row(sheet, (dated(sheet, c) if isinstance(c, date) else c for c in cells))
        if not section.rows:
            sheet.append([translate("RegisterExtract", "(inga uppgifter)")])


def _cell(value: Value) -> str | int | date | None:
    if isinstance(value, bool):
        return translate("RegisterExtract", "ja") if value else translate("RegisterExtract", "nej")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value
