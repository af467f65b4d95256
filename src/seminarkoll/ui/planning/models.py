"""Qt table models of the planning screens: theme areas, lecturers, their seminars, previews."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import chronological, display_date, schedule_date
from seminarkoll.ui.forms import counted
from seminarkoll.ui.sorting import surname_first
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

if TYPE_CHECKING:
    from seminarkoll.services.lecturers import LecturerDetails, LecturerInput, LecturerSeminar
    from seminarkoll.services.planning import PlannedSeminar, ThemeDetails

ID_ROLE = Qt.ItemDataRole.UserRole + 2

Row = TypeVar("Row")


class ItemTableModel(RowTableModel[Row]):
    """A read-only table whose subclasses say what each column shows, sorts by and tips."""

    def cell(self, item: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.display(item, column)
        if role == ID_ROLE:
            return self.item_id(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.centred_columns():
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().cell(item, column, role)

    def item_id(self, item: Row) -> int | None:
        """The id behind a row (ID_ROLE)."""
        return None

    def decoration(self, item: Row, column: int) -> Any:
        """A colour or icon for `column`, if any."""
        return None

    def tooltip(self, item: Row, column: int) -> str | None:
        """A tooltip for `column`, if any."""
        return None

    def centred_columns(self) -> tuple[int, ...]:
        """Columns whose text is centred."""
        return ()


THEME_ROW_MIME = "application/x-seminarkoll-theme-row"


class ThemeTableModel(ItemTableModel["ThemeDetails"]):
    """A programme's theme areas in their order: name with colour, use, description.

    Rows can be dragged between other rows; a drop emits `reorder_requested` with the theme ids
    in their new order and leaves the rows as they are until the saved order is read back.
    """

    NAME, USE, DESCRIPTION = range(3)

    reorder_requested = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (self.tr("Temaområde"), self.tr("Används"), self.tr("Beskrivning")), parent
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [THEME_ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data.setData(THEME_ROW_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Ask for the dragged row to move before `row` (or onto `parent`'s row, or last).

        Returns False, so the view removes nothing: the rows change when the order is saved.
        """
        if action != Qt.DropAction.MoveAction or not data.hasFormat(THEME_ROW_MIME):
            return False
        text = bytes(data.data(THEME_ROW_MIME).data()).decode()
        if not text.isdigit() or not 0 <= int(text) < len(self._rows):
            return False
        source = int(text)
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self._rows)
        order = [item.id for item in self._rows]
        moved = order.pop(source)
        order.insert(target - 1 if target > source else target, moved)
        if order != [item.id for item in self._rows]:
            self.reorder_requested.emit(order)
        return False

    def display(self, item: ThemeDetails, column: int) -> str:
        if column == self.NAME:
            return item.name
        if column == self.USE:
            if not item.seminar_count:
                return "–"
            return filled(
                self.tr("%1 i %2"),
                counted(item.seminar_count, self.tr("%1 seminarium"), self.tr("%1 seminarier")),
                counted(item.cohort_count, self.tr("%1 omgång"), self.tr("%1 omgångar")),
            )
        return item.description.replace("\n", " ")

    def sort_value(self, item: ThemeDetails, column: int) -> Any:
        if column == self.NAME:
            return item.position
        if column == self.USE:
            return item.seminar_count
        return item.description

    def item_id(self, item: ThemeDetails) -> int:
        return item.id

    def decoration(self, item: ThemeDetails, column: int) -> Any:
        return QColor(item.colour) if column == self.NAME else None

    def tooltip(self, item: ThemeDetails, column: int) -> str | None:
        return item.description or None


class LecturerTableModel(ItemTableModel["LecturerDetails"]):
    """The lecturer register: name, title, organisation, contact, seminars, latest date."""

    NAME, TITLE, ORGANISATION, EMAIL, PHONE, SEMINARS, LATEST = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Namn"),
                self.tr("Titel"),
                self.tr("Organisation"),
                self.tr("E-post"),
                self.tr("Telefon"),
                self.tr("Seminarier"),
                self.tr("Senast"),
            ),
            parent,
        )

    def display(self, item: LecturerDetails, column: int) -> str:
        values = (
            item.name,
            item.title,
            item.organisation,
            item.email,
            item.phone,
            str(item.seminar_count),
            display_date(item.latest_date),
        )
        return values[column]

    def sort_value(self, item: LecturerDetails, column: int) -> Any:
        if column == self.NAME:
            return surname_first(item)
        if column == self.SEMINARS:
            return item.seminar_count
        if column == self.LATEST:
            return chronological(item.latest_date)
        return self.display(item, column)

    def item_id(self, item: LecturerDetails) -> int:
        return item.id

    def centred_columns(self) -> tuple[int, ...]:
        return (self.SEMINARS,)


class LecturerSeminarsModel(ItemTableModel["LecturerSeminar"]):
    """A lecturer's seminars in every programme, cohort and year."""

    DATE, PROGRAMME, COHORT, NUMBER, TITLE, TOPIC = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Datum"),
                self.tr("Program"),
                self.tr("Omgång"),
                self.tr("Nr"),
                self.tr("Seminarium"),
                self.tr("Ämne"),
            ),
            parent,
        )

    def display(self, item: LecturerSeminar, column: int) -> str:
        values = (
            display_date(item.date),
            item.programme_name,
            f"{item.cohort_name} ({item.school_year})",
            str(item.number),
            item.title,
            item.topic,
        )
        return values[column]

    def sort_value(self, item: LecturerSeminar, column: int) -> Any:
        if column == self.DATE:
            return chronological(item.date)
        if column == self.NUMBER:
            return item.number
        return self.display(item, column)

    def item_id(self, item: LecturerSeminar) -> int:
        return item.seminar_id

    def tooltip(self, item: LecturerSeminar, column: int) -> str | None:
        return filled(self.tr("Seminarium %1, %2"), str(item.number), schedule_date(item.date))

    def centred_columns(self) -> tuple[int, ...]:
        return (self.NUMBER,)


class PlanPreviewModel(ItemTableModel["PlannedSeminar"]):
    """The seminars a new cohort would start with: number, date, title, theme, lecturers."""

    NUMBER, DATE, TITLE, THEME, LECTURERS, SOURCE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Nr"),
                self.tr("Datum"),
                self.tr("Titel"),
                self.tr("Temaområde"),
                self.tr("Föreläsare"),
                self.tr("Datum förra gången"),
            ),
            parent,
        )

    def display(self, item: PlannedSeminar, column: int) -> str:
        values = (
            str(item.number),
            schedule_date(item.date),
            item.title,
            item.theme_name,
            ", ".join(item.lecturers),
            schedule_date(item.source_date) if item.source_date else "",
        )
        return values[column]

    def sort_value(self, item: PlannedSeminar, column: int) -> Any:
        if column == self.NUMBER:
            return item.number
        if column in (self.DATE, self.SOURCE):
            day = item.date if column == self.DATE else item.source_date
            return chronological(day)
        return self.display(item, column)

    def centred_columns(self) -> tuple[int, ...]:
        return (self.NUMBER,)


@dataclass(frozen=True)
class LecturerRow:
    """A lecturer in the seminar dialog: from the register (`person_id`) or new (`new`)."""

    person_id: int | None
    name: str
    title: str
    organisation: str
    topic: str = ""
    new: LecturerInput | None = None


class SeminarLecturersModel(ItemTableModel[LecturerRow]):
    """The lecturers of the seminar being edited; the topic column is editable."""

    NAME, TITLE, TOPIC = range(3)

    def __init__(self, parent: Any = None) -> None:
        headers = (self.tr("Föreläsare"), self.tr("Titel, organisation"), self.tr("Ämne"))
        super().__init__(headers, parent)

    def display(self, item: LecturerRow, column: int) -> str:
        if column == self.NAME:
            return item.name if item.new is None else self.tr("%1 (ny)").replace("%1", item.name)
        if column == self.TITLE:
            return ", ".join(part for part in (item.title, item.organisation) if part)
        return item.topic

    def item_id(self, item: LecturerRow) -> int | None:
        return item.person_id

    def tooltip(self, item: LecturerRow, column: int) -> str | None:
        if column == self.TOPIC:
            return self.tr("Dubbelklicka eller tryck F2 för att skriva ämnet.")
        if item.new is not None:
            return self.tr("Läggs till i föreläsarregistret när seminariet sparas.")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TOPIC:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TOPIC or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()] = replace(self._rows[index.row()], topic=str(value))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def append(self, row: LecturerRow) -> None:
        """Add a lecturer last."""
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        """Take the lecturer on `row` off the seminar."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def move(self, row: int, steps: int) -> bool:
        """Move the lecturer on `row` up (negative) or down; False at either end."""
        target = row + steps
        if not 0 <= target < len(self._rows) or steps == 0:
            return False
        destination = target + 1 if steps > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return True

    def person_ids(self) -> set[int]:
        """People already on the seminar."""
        return {r.person_id for r in self._rows if r.person_id is not None}
