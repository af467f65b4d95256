"""Table models for the import windows: the file as read, each row's outcome, attendance changes."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from seminarkoll.services.attendance_import import MarkOutcome
from seminarkoll.services.import_columns import (
    CellValue,
    SheetData,
    SheetHeader,
    cell_text,
    column_letter,
    field_label,
)
from seminarkoll.services.participant_import import RowOutcome
from seminarkoll.ui.attendance.labels import Look
from seminarkoll.ui.formatting import attendance_status_label
from seminarkoll.ui.sorting import SORT_ROLE, CollatingSortProxy, refiltering
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from seminarkoll.domain.enums import AttendanceStatus
    from seminarkoll.services.attendance_import import AttendancePlan, PlannedMark
    from seminarkoll.services.import_columns import CellProblem
    from seminarkoll.services.participant_import import PreviewRow

OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 20
"""The outcome's value, for filtering by outcome."""
ROW_NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PREVIEW_ROWS = 200
"""How many rows of the file the column-mapping page shows."""
UNUSED_COLUMN = QColor("#9aa5b1")
"""Text colour of a column the import does not read."""


ROW_LOOKS = {
    RowOutcome.NEW: Look(QColor("#e3f4e1"), QColor("#1e5631")),
    RowOutcome.UPDATE: Look(QColor("#e1ecf7"), QColor("#1f4e78")),
    RowOutcome.UNCHANGED: Look(QColor("#f4f5f7"), QColor("#52606d")),
    RowOutcome.DUPLICATE: Look(QColor("#fff1cc"), QColor("#7f6000")),
    RowOutcome.ERROR: Look(QColor("#fbe0e0"), QColor("#9c0006")),
}

MARK_LOOKS = {
    MarkOutcome.NEW: ROW_LOOKS[RowOutcome.NEW],
    MarkOutcome.NOTE: ROW_LOOKS[RowOutcome.UPDATE],
    MarkOutcome.CHANGE: ROW_LOOKS[RowOutcome.NEW],
    MarkOutcome.CONFLICT: ROW_LOOKS[RowOutcome.DUPLICATE],
    MarkOutcome.LOCKED: ROW_LOOKS[RowOutcome.UNCHANGED],
}
"""A mark's outcome looks like a participant row's outcome of the same meaning."""
PROBLEM_LOOK = ROW_LOOKS[RowOutcome.ERROR]


def row_outcome_label(outcome: RowOutcome) -> str:
    """Swedish word for what importing a row does."""
    return {
        RowOutcome.NEW: translate("ExchangeModels", "Ny"),
        RowOutcome.UPDATE: translate("ExchangeModels", "Uppdateras"),
        RowOutcome.UNCHANGED: translate("ExchangeModels", "Oförändrad"),
        RowOutcome.DUPLICATE: translate("ExchangeModels", "Dubblett"),
        RowOutcome.ERROR: translate("ExchangeModels", "Problem"),
    }[outcome]


def mark_outcome_label(outcome: MarkOutcome | None) -> str:
    """Swedish word for what importing a cell does (None: the cell has a problem)."""
    if outcome is None:
        return translate("ExchangeModels", "Problem")
    return {
        MarkOutcome.NEW: translate("ExchangeModels", "Ny markering"),
        MarkOutcome.NOTE: translate("ExchangeModels", "Ny anteckning"),
        MarkOutcome.CHANGE: translate("ExchangeModels", "Ändrad offline"),
        MarkOutcome.CONFLICT: translate("ExchangeModels", "Konflikt"),
        MarkOutcome.LOCKED: translate("ExchangeModels", "Signerat"),
    }[outcome]


class ReadSheet(Protocol):
    """A file as read for import: its cells and the header row found in it."""

    @property
    def data(self) -> SheetData: ...

    @property
    def header(self) -> SheetHeader[Any]: ...


class ImportLine(Protocol):
    """A line of an import's preview: the row of the file it stands for, what importing it does
    (None: it has a problem) and why."""

    @property
    def row(self) -> int: ...

    @property
    def outcome(self) -> StrEnum | None: ...

    @property
    def detail(self) -> str: ...


Line = TypeVar("Line", bound=ImportLine)


class OutcomeTableModel(RowTableModel[Line]):
    """The lines of an import: the file's row number (`ROW`, right-aligned, sorted as a number),
    the outcome on a background of its colour in `LOOKS` (`OUTCOME`), `TINTED` columns in its
    text colour, and why as the tooltip. `OUTCOME_ROLE` gives the outcome's value, or `PROBLEM`
    for a line without one."""

    ROW = 0
    OUTCOME = 1
    DETAIL: int | None = None
    TINTED: tuple[int, ...] = ()
    LOOKS: Mapping[Any, Look] = {}
    PROBLEM = "problem"

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        """`headers` of the columns other than `ROW` ("Rad"), `OUTCOME` ("Utfall") and `DETAIL`
        ("Förklaring", if the model has it), in column order."""
        shared = {
            self.ROW: translate("ExchangeModels", "Rad"),
            self.OUTCOME: translate("ExchangeModels", "Utfall"),
        }
        if self.DETAIL is not None:
            shared[self.DETAIL] = translate("ExchangeModels", "Förklaring")
        others = iter(headers)
        count = len(headers) + len(shared)
        super().__init__([shared[c] if c in shared else next(others) for c in range(count)], parent)

    def display(self, line: Line, column: int) -> str:
        if column == self.ROW:
            return str(line.row) if line.row else ""
        if column == self.DETAIL or (column == self.OUTCOME and line.outcome is None):
            return line.detail
        return self.field_text(line, column)

    def field_text(self, line: Line, column: int) -> str:
        """What `line` shows in one of the model's own columns, or as its outcome in words."""
        return ""

    def cell(self, line: Line, column: int, role: int) -> Any:
        if role == SORT_ROLE and column == self.ROW:
            return line.row
        if role == OUTCOME_ROLE:
            return self.PROBLEM if line.outcome is None else line.outcome.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return line.detail
        look = PROBLEM_LOOK if line.outcome is None else self.LOOKS[line.outcome]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OUTCOME:
            return QBrush(look.background)
        if role == Qt.ItemDataRole.ForegroundRole and column in self.TINTED:
            return QBrush(look.foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return ROW_NUMBER_ALIGNMENT
        return super().cell(line, column, role)


class SheetPreviewModel(RowTableModel[tuple[int, tuple[CellValue, ...]]]):
    """The rows below the header as the file has them, headed "A · Namn", "B · E-post" ...

    With a mapping set, each column's header also says which field it is read as ("→ Förnamn")
    and the columns read as nothing are greyed. `label` names a field (default: a participant
    list's).
    """

    def __init__(self, parent: Any = None, label: Callable[[Any], str] = field_label) -> None:
        super().__init__((), parent)
        self._label = label
        self._fields: dict[int, StrEnum] = {}

    def set_sheet(self, sheet: ReadSheet | None) -> None:
        """Show the first rows of `sheet` (or nothing)."""
        self.beginResetModel()
        self._fields = {}
        if sheet is None:
            self._headers, self._rows = (), []
        else:
            header = sheet.header
            self._headers = tuple(
                f"{column_letter(c)} · {header.labels[c]}"
                if c < len(header.labels) and header.labels[c]
                else column_letter(c)
                for c in range(sheet.data.width)
            )
            self._rows = [
                (row.number, row.cells) for row in sheet.data.rows if row.number > header.row_number
            ][:PREVIEW_ROWS]
        self.endResetModel()

    def set_mapping(self, mapping: Mapping[Any, int]) -> None:
        """Mark each column with the field it is read as."""
        fields = {column: field for field, column in mapping.items()}
        if fields == self._fields:
            return
        self._fields = fields
        last = self.columnCount() - 1
        if last >= 0:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0),
                    self.index(len(self._rows) - 1, last),
                    [Qt.ItemDataRole.ForegroundRole],
                )

    def field_of(self, column: int) -> StrEnum | None:
        """The field `column` is read as, if any."""
        return self._fields.get(column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self._rows[section][0]) if 0 <= section < len(self._rows) else None
        text = super().headerData(section, orientation, role)
        field = self._fields.get(section)
        if text is not None and field is not None:
            return f"{text}\n→ {self._label(field)}"
        return text

    def cell(self, row: tuple[int, tuple[CellValue, ...]], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if column in self._fields else QBrush(UNUSED_COLUMN)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = row[1]
        value = cells[column] if column < len(cells) else None
        return cell_text(value) or ""


class ImportPreviewModel(OutcomeTableModel["PreviewRow"]):
    """One row per row of the file: its outcome, the person as read, and why."""

    ROW, OUTCOME, NAME, DETAIL, EMAIL, WORKPLACE, ROLE, PHONE = range(8)
    TINTED = (OUTCOME, DETAIL)
    LOOKS = ROW_LOOKS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("ExchangeModels", "Namn"),
                translate("ExchangeModels", "E-post"),
                translate("ExchangeModels", "Arbetsplats"),
                translate("ExchangeModels", "Befattning"),
                translate("ExchangeModels", "Telefon"),
            ),
            parent,
        )

    def sort_value(self, row: PreviewRow, column: int) -> Any:
        if column == self.OUTCOME:
            return list(RowOutcome).index(row.outcome)
        return self.display(row, column)

    def field_text(self, line: PreviewRow, column: int) -> str:
        return {
            self.OUTCOME: row_outcome_label(line.outcome),
            self.NAME: line.name,
            self.EMAIL: line.email,
            self.WORKPLACE: line.workplace,
            self.ROLE: line.role,
            self.PHONE: line.phone,
        }[column]


class OutcomeFilterProxy(CollatingSortProxy):
    """Sorts the Swedish way and shows only rows whose outcome is among the chosen ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outcomes: frozenset[str] | None = None

    def set_outcomes(self, outcomes: Collection[str] | None) -> None:
        """Show rows with these outcome values only; None shows every row."""
        with refiltering(self):
            self._outcomes = None if outcomes is None else frozenset(outcomes)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._outcomes is not None:
            model = self.sourceModel()
            outcome = model.data(model.index(source_row, 0, source_parent), OUTCOME_ROLE)
            if outcome not in self._outcomes:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


@dataclass(frozen=True)
class _PlanLine:
    row: int
    column: str
    name: str
    current: str
    proposed: str
    outcome: MarkOutcome | None
    detail: str


class AttendancePlanModel(OutcomeTableModel[_PlanLine]):
    """The cells an attendance file changes, its conflicts and its problems, one per line."""

    ROW, COLUMN, NAME, CURRENT, PROPOSED, OUTCOME = range(6)
    TINTED = (OUTCOME,)
    LOOKS = MARK_LOOKS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("ExchangeModels", "Kolumn"),
                translate("ExchangeModels", "Deltagare"),
                translate("ExchangeModels", "Registrerat nu"),
                translate("ExchangeModels", "I filen"),
            ),
            parent,
        )

    def set_plan(self, plan: AttendancePlan | None) -> None:
        """Show `plan` (or nothing)."""
        self.set_rows([] if plan is None else _lines(plan))

    def field_text(self, line: _PlanLine, column: int) -> str:
        if column == self.OUTCOME:
            return mark_outcome_label(line.outcome)
        return (line.column, line.name, line.current, line.proposed)[column - self.COLUMN]


def _word(status: AttendanceStatus | None) -> str:
    return (
        attendance_status_label(status)
        if status is not None
        else translate("ExchangeModels", "(inget)")
    )


def _mark_line(mark: PlannedMark) -> _PlanLine:
    current = _word(mark.current)
    if mark.current_note:
        current = f"{current} – {mark.current_note}"
    proposed = _word(mark.proposed)
    if mark.proposed_note:
        proposed = f"{proposed} – {mark.proposed_note}"
    return _PlanLine(
        row=mark.row,
        column=mark.column_label,
        name=mark.name,
        current=current,
        proposed=proposed,
        outcome=mark.outcome,
        detail=mark.description,
    )


def _problem_line(problem: CellProblem) -> _PlanLine:
    return _PlanLine(problem.row, problem.column_label, "", "", "", None, problem.message)


def _lines(plan: AttendancePlan) -> list[_PlanLine]:
    lines = [_problem_line(problem) for problem in plan.problems]
    lines.extend(_mark_line(mark) for mark in plan.marks)
    return lines
