"""Qt table model showing a cohort's attendance, one row per participant, one column per seminar."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from seminarkoll.domain.calendar import term_labels
from seminarkoll.domain.completion import (
    NEEDS_ATTENTION,
    CellState,
    needs_attention,
    shows_makeup,
    verdict_word,
)
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import (
    LOOKS,
    SEVERITY,
    STATE_LOOKS,
    STATUS_OF_CELL,
    cell_label,
    enrolment_label,
)
from seminarkoll.ui.formatting import attendance_summary, date_and_time, display_date, long_date
from seminarkoll.ui.sorting import SORT_ROLE, WordFilterProxy, refiltering, surname_first

if TYPE_CHECKING:
    from seminarkoll.domain.enums import AttendanceStatus
    from seminarkoll.services.attendance import AttendanceMatrix, CellRef, MatrixRow
    from seminarkoll.services.cohort_frame import SeminarInfo

AnyIndex = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 20
NOTE_ROLE = Qt.ItemDataRole.UserRole + 21
ENROLLMENT_ROLE = Qt.ItemDataRole.UserRole + 22
SEMINAR_ROLE = Qt.ItemDataRole.UserRole + 23
MADE_UP_ROLE = Qt.ItemDataRole.UserRole + 24
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 25
RESULT_ROLE = Qt.ItemDataRole.UserRole + 26
TERM_START_ROLE = Qt.ItemDataRole.UserRole + 27


def cell_state_at(index: QModelIndex | QPersistentModelIndex) -> CellState | None:
    """The cell state shown at a view index (None outside the seminar columns)."""
    value = index.data(CELL_ROLE)
    return None if value is None else CellState(value)


_CELL_ORDER = {
    CellState.ABSENT: 0,
    CellState.UNRECORDED: 1,
    CellState.EXCUSED: 2,
    CellState.LATE: 3,
    CellState.PRESENT: 4,
    CellState.PENDING: 5,
    CellState.NOT_YET_HELD: 6,
    CellState.NOT_EXPECTED: 7,
}


class AttendanceMatrixModel(QAbstractTableModel):
    """Participants x seminars: name, workplace, one column per seminar, attended, verdict."""

    NAME, WORKPLACE = 0, 1
    FIRST_SEMINAR = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: AttendanceMatrix | None = None
        self._rows: tuple[MatrixRow, ...] = ()
        self._seminars: tuple[SeminarInfo, ...] = ()
        self._terms: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------
    def set_matrix(self, matrix: AttendanceMatrix) -> None:
        """Show `matrix`; keeps views' selection when the rows and seminars are the same."""
        same_shape = [r.enrollment_id for r in self._rows] == [
            r.enrollment_id for r in matrix.rows
        ] and [s.id for s in self._seminars] == [s.id for s in matrix.seminars]
        if same_shape and self._rows:
            self.matrix, self._rows, self._seminars = matrix, matrix.rows, matrix.seminars
            self._terms = term_labels([s.date for s in matrix.seminars])
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.matrix, self._rows, self._seminars = matrix, matrix.rows, matrix.seminars
        self._terms = term_labels([s.date for s in matrix.seminars])
        self.endResetModel()

    def term_at(self, column: int) -> str:
        """The term ("HT 2025") of the seminar in `column` when the cohort spans school years,
        else ''."""
        offset = column - self.FIRST_SEMINAR
        return self._terms[offset] if 0 <= offset < len(self._terms) else ""

    def starts_term(self, column: int) -> bool:
        """Whether `column` is the first seminar of a term in a cohort over school years."""
        term = self.term_at(column)
        return bool(term) and term != self.term_at(column - 1)

    @property
    def attended_column(self) -> int:
        """The column with attended of expected."""
        return self.FIRST_SEMINAR + len(self._seminars)

    @property
    def state_column(self) -> int:
        """The column with the completion verdict."""
        return self.attended_column + 1

    def seminar_at(self, column: int) -> SeminarInfo | None:
        """The seminar shown in `column`, or None for the other columns."""
        offset = column - self.FIRST_SEMINAR
        return self._seminars[offset] if 0 <= offset < len(self._seminars) else None

    def column_of(self, seminar_id: int) -> int:
        """The column of a seminar."""
        return self.FIRST_SEMINAR + next(
            i for i, s in enumerate(self._seminars) if s.id == seminar_id
        )

    def row_at(self, row: int) -> MatrixRow:
        """The participant on `row`."""
        return self._rows[row]

    def shown_marks(self, cells: Iterable[CellRef]) -> dict[CellRef, AttendanceStatus | None]:
        """The mark each of `cells` shows (None: no mark), for saving against what was seen;
        cells not shown are left out."""
        rows = {r.enrollment_id: r for r in self._rows}
        columns = {s.id: offset for offset, s in enumerate(self._seminars)}
        shown: dict[CellRef, AttendanceStatus | None] = {}
        for cell in cells:
            row, offset = rows.get(cell.enrollment_id), columns.get(cell.seminar_id)
            if row is not None and offset is not None:
                shown[cell] = STATUS_OF_CELL.get(row.cells[offset])
        return shown

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_SEMINAR + len(self._seminars) + 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        seminar = self.seminar_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if seminar is not None:
                return self._seminar_header(section, seminar)
            return {
                self.NAME: self.tr("Deltagare"),
                self.WORKPLACE: self.tr("Arbetsplats"),
                self.attended_column: self.tr("Deltagit"),
                self.state_column: self.tr("Status"),
            }[section]
        if role == Qt.ItemDataRole.ToolTipRole and seminar is not None:
            return self._seminar_tooltip(section, seminar)
        if role == Qt.ItemDataRole.ToolTipRole and section == self.attended_column:
            return self.tr("Seminarier som räknas som deltagna, av dem deltagaren förväntas på")
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= self.FIRST_SEMINAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SEMINAR_ROLE and seminar is not None:
            return seminar.id
        if role == LOCKED_ROLE and seminar is not None:
            return seminar.signed_off
        if role == TERM_START_ROLE and seminar is not None:
            return self.starts_term(section)
        return None

    def _seminar_header(self, section: int, seminar: SeminarInfo) -> str:
        assert self.matrix is not None
        totals = self.matrix.totals[section - self.FIRST_SEMINAR]
        day = f"{seminar.date.day}/{seminar.date.month}"
        if seminar.held:
            count = f"{totals.attended}/{totals.expected}"
        else:
            count = self.tr("– /%1").replace("%1", str(totals.expected))
        if not any(self._terms):
            return f"{seminar.number}\n{day}\n{count}"
        term = self.term_at(section) if self.starts_term(section) else ""
        return f"{seminar.number}\n{day}\n{count}\n{term}"

    def _seminar_tooltip(self, section: int, seminar: SeminarInfo) -> str:
        assert self.matrix is not None
        totals = self.matrix.totals[section - self.FIRST_SEMINAR]
        lines = [
            filled(self.tr("Seminarium %1: %2"), seminar.number, seminar.title),
            long_date(seminar.date),
        ]
        if self.term_at(section):
            lines.insert(1, self.tr("Termin: %1").replace("%1", self.term_at(section)))
        if seminar.theme_name:
            lines.append(self.tr("Tema: %1").replace("%1", seminar.theme_name))
        lines.append(attendance_summary(totals, seminar.held, seminar.signed_off))
        if seminar.held:
            lines.append(
                filled(
                    self.tr(
                        "varav %1 sena; %2 anmäld frånvaro, %3 frånvarande, %4 ej registrerade "
                        "vid signering"
                    ),
                    totals.late,
                    totals.excused,
                    totals.absent,
                    totals.unrecorded,
                )
            )
        if seminar.signed_off and seminar.signed_off_at is not None:
            lines.append(
                filled(
                    self.tr("Signerat av %1, %2"),
                    seminar.signed_off_by or "",
                    date_and_time(seminar.signed_off_at),
                )
            )
        return "\n".join(lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ENROLLMENT_ROLE:
            return row.enrollment_id
        if role == RESULT_ROLE:
            return row.result
        offset = column - self.FIRST_SEMINAR
        if 0 <= offset < len(self._seminars):
            return self._cell_data(row, offset, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.state_column:
            return QBrush(STATE_LOOKS[row.result.state].background)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.state_column:
            return QBrush(STATE_LOOKS[row.result.state].foreground)
        if role == Qt.ItemDataRole.ForegroundRole and row.status.value == "withdrawn":
            return QBrush(QColor("#627d98"))
        if role == Qt.ItemDataRole.FontRole and column == self.state_column:
            return self._bold if row.result.state in NEEDS_ATTENTION else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.attended_column:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell_data(self, row: MatrixRow, offset: int, role: int) -> Any:
        state = row.cells[offset]
        if role == CELL_ROLE:
            return state.value
        if role == Qt.ItemDataRole.DisplayRole:
            return "K" if shows_makeup(state, row.made_up[offset]) else LOOKS[state].symbol
        if role == SORT_ROLE:
            return _CELL_ORDER[state]
        if role == NOTE_ROLE:
            return row.notes[offset]
        if role == MADE_UP_ROLE:
            return row.made_up[offset]
        if role == SEMINAR_ROLE:
            return self._seminars[offset].id
        if role == LOCKED_ROLE:
            return self._seminars[offset].signed_off
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(LOOKS[state].background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(LOOKS[state].foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(row, offset)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell_label(state)
        return None

    def _cell_tooltip(self, row: MatrixRow, offset: int) -> str:
        seminar = self._seminars[offset]
        lines = [
            filled(
                self.tr("%1 – seminarium %2 (%3)"),
                row.name,
                seminar.number,
                display_date(seminar.date),
            ),
            cell_label(row.cells[offset]),
        ]
        if row.notes[offset]:
            lines.append(self.tr("Anteckning: %1").replace("%1", row.notes[offset]))
        if row.made_up[offset]:
            lines.append(self.tr("Kompletteringsuppgift registrerad"))
        if seminar.signed_off:
            lines.append(self.tr("Signerat – lås upp seminariet för att ändra"))
        return "\n".join(lines)

    def _display(self, row: MatrixRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.WORKPLACE:
            return row.workplace_name
        if column == self.attended_column:
            return filled(self.tr("%1 av %2"), row.result.attended, row.result.expected)
        label = verdict_word(row.result.state)
        if row.result.flag_consecutive:
            label += self.tr(" · %1 i rad").replace("%1", str(row.result.consecutive_absences))
        return label

    def _sort_value(self, row: MatrixRow, column: int) -> Any:
        if column == self.NAME:
            return surname_first(row)
        if column == self.WORKPLACE:
            return row.workplace_name
        if column == self.attended_column:
            return row.result.attended * 100 + row.result.expected
        return SEVERITY[row.result.state] * 100 + row.result.attended

    def _tooltip(self, row: MatrixRow, column: int) -> str | None:
        if column == self.NAME:
            parts = [row.name, enrolment_label(row.status, row.visit)]
            if row.joined_on:
                parts.append(self.tr("Från %1").replace("%1", display_date(row.joined_on)))
            if row.left_on:
                parts.append(self.tr("Till %1").replace("%1", display_date(row.left_on)))
            return " · ".join(parts)
        if column in (self.attended_column, self.state_column):
            lines = [row.result.reason]
            if row.result.flag_consecutive:
                lines.append(
                    self.tr("Frånvarande %1 seminarier i rad.").replace(
                        "%1", str(row.result.consecutive_absences)
                    )
                )
            # Rich text: Qt wraps it to a readable width instead of one line off the screen.
            return "".join(f"<p>{escape(line)}</p>" for line in lines if line)
        return None


class MatrixFilterProxy(WordFilterProxy):
    """Sorts the matrix the Swedish way and filters by group, "needs attention" and the words
    typed (in name or workplace)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._group_id: int | None = None
        self._attention_only = False

    def set_group(self, group_id: int | None) -> None:
        """Show only members of `group_id` (None: everyone)."""
        with refiltering(self):
            self._group_id = group_id

    def set_attention_only(self, on: bool) -> None:
        """Show only participants at risk, unable to complete, or absent twice in a row."""
        with refiltering(self):
            self._attention_only = on

    def _row(self, source_row: int) -> MatrixRow:
        model = self.sourceModel()
        assert isinstance(model, AttendanceMatrixModel)
        return model.row_at(source_row)

    def haystack(self, source_row: int) -> str:
        row = self._row(source_row)
        return f"{row.name} {row.workplace_name}"

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        row = self._row(source_row)
        if self._group_id is not None and self._group_id not in row.group_ids:
            return False
        if self._attention_only and not needs_attention(row.result):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
