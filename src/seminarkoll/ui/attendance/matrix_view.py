"""The attendance matrix table: coloured cells with symbols and keyboard entry of marks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.ui.attendance.icons import lock_icon
from seminarkoll.ui.attendance.labels import (
    CLEAR_KEYS,
    KEYS,
    LOOKS,
    STATUS_OF_CELL,
    next_in_cycle,
)
from seminarkoll.ui.attendance.matrix_model import (
    ENROLLMENT_ROLE,
    LOCKED_ROLE,
    MADE_UP_ROLE,
    NOTE_ROLE,
    SEMINAR_ROLE,
    TERM_START_ROLE,
    cell_state_at,
)

Cell = tuple[int, int]
"""(enrollment id, seminar id)."""

MarkHandler = Callable[[Sequence[Cell], AttendanceStatus | None], bool]

NOTE_MARKER = QColor("#d97706")
SELECTION = QColor("#2f6fde")
TERM_BAR = QColor("#5b6b7f")


class CellDelegate(QStyledItemDelegate):
    """Paints a matrix cell: state colour, bold symbol, a corner mark for notes, a K badge."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = cell_state_at(index)
        if state is None:
            super().paint(painter, option, index)
            return
        look = LOOKS[state]
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.fillRect(rect, look.background)
        if selected:
            painter.fillRect(rect, QColor(47, 111, 222, 55))
        font = _scaled(option.font, 1.15)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(look.foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        if index.data(NOTE_ROLE):
            size = max(6, rect.height() // 4)
            corner = rect.topRight()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(NOTE_MARKER)
            painter.drawPolygon(
                QPolygon(
                    [
                        QPoint(corner.x() - size, corner.y()),
                        corner,
                        QPoint(corner.x(), corner.y() + size),
                    ]
                )
            )
        if index.data(MADE_UP_ROLE) and state is CellState.PRESENT:
            painter.setPen(QColor("#1e6b34"))
            painter.setFont(_scaled(option.font, 0.75))
            painter.drawText(
                rect.adjusted(0, 0, -3, -1),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                "K",
            )
        if selected:
            painter.setPen(QPen(SELECTION, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


def _scaled(font: QFont, factor: float) -> QFont:
    """A copy of `font`, `factor` times as large (fonts from style sheets are in pixels)."""
    scaled = QFont(font)
    if scaled.pointSizeF() > 0:
        scaled.setPointSizeF(scaled.pointSizeF() * factor)
    elif scaled.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(scaled.pixelSize() * factor)))
    return scaled


class MatrixHeader(QHeaderView):
    """Column headers with a small padlock in the corner of signed-off seminars and a bar
    before the first seminar of each term (in a cohort over several school years)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        painter.save()
        super().paintSection(painter, rect, logicalIndex)
        painter.restore()
        model = self.model()
        if model is not None and model.headerData(
            logicalIndex, Qt.Orientation.Horizontal, LOCKED_ROLE
        ):
            lock_icon().paint(painter, QRect(rect.left() + 4, rect.top() + 4, 13, 13))
        if model is not None and model.headerData(
            logicalIndex, Qt.Orientation.Horizontal, TERM_START_ROLE
        ):
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), TERM_BAR)


class AttendanceMatrixView(QTableView):
    """Keyboard entry: N/1 present, S/2 late, F/3 excused, A/4 absent, space cycles, Delete
    clears; a single cell moves down after entry. Marks go through `mark_handler`."""

    note_requested = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceMatrix")
        self.mark_handler: MarkHandler = lambda _cells, _status: False
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setShowGrid(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalHeader(MatrixHeader(self))
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(58)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A move the program makes (down after a mark, back after a refresh) selects just the
        new current cell, whatever keys are held (Qt would read Ctrl as "toggle" and leave an
        old cell selected, and the next key would mark it too): keys mark the cursor's cell."""
        if event is None:
            return QItemSelectionModel.SelectionFlag.ClearAndSelect
        return super().selectionCommand(index, event)

    def selected_cells(self) -> list[QModelIndex]:
        """Selected indexes in seminar columns (the current one when nothing is selected)."""
        indexes = [i for i in self.selectedIndexes() if i.data(SEMINAR_ROLE) is not None]
        current = self.currentIndex()
        if not indexes and current.isValid() and current.data(SEMINAR_ROLE) is not None:
            indexes = [current]
        return sorted(indexes, key=lambda i: (i.column(), i.row()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pass_to_dialog(self, event):
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            self.note_requested.emit()
            return
        if plain and key in KEYS:
            self.enter(KEYS[key])
            return
        if plain and key in CLEAR_KEYS:
            self.enter(None)
            return
        if plain and key == Qt.Key.Key_Space:
            current = self.currentIndex()
            state = cell_state_at(current) if current.isValid() else None
            if state is not None:
                self.enter(next_in_cycle(STATUS_OF_CELL.get(state)))
            return
        super().keyPressEvent(event)

    def enter(self, status: AttendanceStatus | None) -> None:
        """Give the selected cells `status` (None clears); one cell moves the cursor down."""
        indexes = self.selected_cells()
        usable = [i for i in indexes if cell_state_at(i) is not CellState.NOT_EXPECTED]
        if not usable:
            if indexes:
                self.refused.emit(
                    self.tr(
                        "Deltagaren förväntas inte vid seminariet (före start eller efter avbrott)."
                    )
                )
            return
        single = len(indexes) == 1
        current = self.currentIndex()
        cells = [(int(i.data(ENROLLMENT_ROLE)), int(i.data(SEMINAR_ROLE))) for i in usable]
        if not self.mark_handler(cells, status):
            return
        if single and current.isValid():
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)


def pass_to_dialog(view: QWidget, event: QKeyEvent) -> bool:
    """Keys typed while a dialog opens (queued before it showed) belong to the dialog: hand
    them to its focused field instead of marking cells. True when the key was handed on."""
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog is view.window() or dialog.isAncestorOf(view):
        return False
    target = dialog.focusWidget() or _first_field(dialog)
    copy = QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )
    QCoreApplication.sendEvent(target, copy)
    return True


def _first_field(dialog: QWidget) -> QWidget:
    """The first field of `dialog` that takes the focus by Tab (not a button), else the dialog."""
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        takes_tab = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        usable = widget.isVisibleTo(dialog) and widget.isEnabled()
        if takes_tab and usable and not isinstance(widget, QAbstractButton):
            return widget
        widget = widget.nextInFocusChain()
    return dialog


def cell_at(view: QTableView, enrollment_id: int, seminar_id: int) -> QModelIndex:
    """The view index of a cell, or an invalid index."""
    model = view.model()
    for row in range(model.rowCount()):
        first = model.index(row, 0)
        if first.data(ENROLLMENT_ROLE) != enrollment_id:
            continue
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data(SEMINAR_ROLE) == seminar_id:
                return index
    return QModelIndex()
