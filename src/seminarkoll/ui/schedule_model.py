"""Qt table model showing a cohort's seminar schedule, one row per seminar."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from seminarkoll.domain.calendar import DEFAULT_SPORTLOV_WEEK, term_labels
from seminarkoll.domain.schedule import date_warnings
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.icons import flag_icon
from seminarkoll.ui.formatting import attendance_summary, chronological, schedule_date, time_range
from seminarkoll.ui.sorting import SORT_ROLE
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import SeminarRow

ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ScheduleTableModel(RowTableModel["SeminarRow"]):
    """Seminars of one cohort: number, term, date, time, theme, title, lecturers, place,
    attendance. The term ("HT 2025") is filled only for a cohort over several school years.
    A date on a weekend, holiday, holiday eve or school break carries a flag, and its tooltip
    says which (as the seminar dialog warned)."""

    NUMBER, TERM, DATE, TIME, THEME, TITLE, LECTURERS, PLACE, ATTENDANCE = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Nr"),
                self.tr("Termin"),
                self.tr("Datum"),
                self.tr("Tid"),
                self.tr("Temaområde"),
                self.tr("Titel"),
                self.tr("Föreläsare"),
                self.tr("Plats"),
                self.tr("Närvaro"),
            ),
            parent,
        )

        self._terms: list[str] = []
        self._warnings: list[str] = []

    def set_rows(
        self, rows: Sequence[SeminarRow], sportlov_week: int = DEFAULT_SPORTLOV_WEEK
    ) -> None:
        """Replace every seminar; their terms are labelled when they span school years, and
        their dates checked against holidays and breaks (sportlov in week `sportlov_week`)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._terms = term_labels([row.date for row in self._rows])
        self._warnings = [
            "\n".join(f"⚠ {w}" for w in date_warnings(row.date, sportlov_week))
            for row in self._rows
        ]
        self.endResetModel()

    def date_warning(self, row: int) -> str:
        """Why the seminar on `row` falls on a day off, one warning per line ('' if not)."""
        return self._warnings[row]

    @property
    def spans_school_years(self) -> bool:
        """Whether the seminars run over more than one school year (the term column matters)."""
        return any(self._terms)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        seminar = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == self.TERM:
            return self._terms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(seminar, column)
        if role == SORT_ROLE:
            return self._sort_value(seminar, column)
        if role == ID_ROLE:
            return seminar.id
        if role == Qt.ItemDataRole.DecorationRole and column == self.THEME and seminar.theme_colour:
            return QColor(seminar.theme_colour)
        if column == self.DATE and self._warnings[index.row()]:
            if role == Qt.ItemDataRole.DecorationRole:
                return flag_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._warnings[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(seminar, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.ATTENDANCE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, seminar: SeminarRow, column: int) -> str:
        if column == self.NUMBER:
            return str(seminar.number)
        if column == self.DATE:
            return schedule_date(seminar.date)
        if column == self.TIME:
            return time_range(seminar.start_time, seminar.end_time)
        if column == self.THEME:
            return seminar.theme_name
        if column == self.TITLE:
            return seminar.title
        if column == self.LECTURERS:
            return ", ".join(seminar.lecturers)
        if column == self.PLACE:
            return seminar.location
        if not seminar.held:
            return "–"
        return filled(self.tr("%1 av %2"), seminar.totals.attended, seminar.totals.expected)

    def _sort_value(self, seminar: SeminarRow, column: int) -> Any:
        if column == self.NUMBER:
            return seminar.number
        if column in (self.DATE, self.TERM):
            return chronological(seminar.date)
        if column == self.TIME:
            return chronological(seminar.start_time)
        if column == self.ATTENDANCE:
            return seminar.totals.attended if seminar.held else -1
        return self._display(seminar, column)

    def _tooltip(self, seminar: SeminarRow, column: int) -> str | None:
        if column == self.ATTENDANCE:
            return attendance_summary(
                seminar.totals, seminar.held, seminar.signed_off_at is not None
            )
        if column == self.LECTURERS and seminar.lecturers:
            return "\n".join(seminar.lecturers)
        if column in (self.THEME, self.TITLE, self.PLACE):
            return self._display(seminar, column) or None
        return None
