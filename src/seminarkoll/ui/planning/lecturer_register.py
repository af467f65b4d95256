"""The guest-lecturer register window: search, add, edit, remove, and each one's seminars."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.forms import push_button, wrapped_label
from seminarkoll.ui.planning.models import ID_ROLE, LecturerSeminarsModel, LecturerTableModel
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_view import EmptyHint, prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.lecturers import LecturerDetails
    from seminarkoll.ui.planning.controller import PlanningController

SEARCH_DELAY_MS = 150


class LecturerRegisterWindow(QWidget):
    """All guest lecturers with search; the selected one's details and seminars in every
    programme, cohort and year. Double-clicking a seminar opens its cohort."""

    seminar_requested = Signal(int, int)

    def __init__(self, controller: PlanningController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._controller = controller
        self.setObjectName("lecturerRegister")
        self.setWindowTitle(self.tr("Gästföreläsare"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(1180, 600)
        self.search = QLineEdit()
        self.search.setObjectName("lecturerSearch")
        self.search.setPlaceholderText(
            self.tr("Sök på namn, titel (t.ex. ekonomichef), organisation eller e-post")
        )
        self.search.setClearButtonEnabled(True)
        self.model = LecturerTableModel(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(
            "lecturerTable",
            self.proxy,
            (LecturerTableModel.NAME, Qt.SortOrder.AscendingOrder),
            LecturerTableModel.TITLE,
        )
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.empty_hint = EmptyHint(
            self.table,
            self.tr("Inga gästföreläsare än – lägg till en med Ny föreläsare."),
            self.tr("Ingen föreläsare matchar sökningen."),
        )
        for column in (LecturerTableModel.EMAIL, LecturerTableModel.PHONE):
            self.table.setColumnHidden(column, True)
        self.count_label = QLabel()
        self.count_label.setObjectName("pageSubtitle")
        self.new_button = push_button(self.tr("&Ny föreläsare …"), self.create_lecturer)
        self.edit_button = push_button(self.tr("&Redigera …"), self.edit_selected)
        self.remove_button = push_button(self.tr("&Ta bort …"), self.remove_selected)
        for keys, slot in (("Ins", self.create_lecturer), ("Del", self.remove_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        self.details = wrapped_label()
        self.details.setObjectName("lecturerDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.seminar_model = LecturerSeminarsModel(self)
        self.seminar_proxy = CollatingSortProxy(self)
        self.seminar_proxy.setSourceModel(self.seminar_model)
        self.seminars = _table(
            "lecturerSeminars",
            self.seminar_proxy,
            (LecturerSeminarsModel.DATE, Qt.SortOrder.DescendingOrder),
            LecturerSeminarsModel.TITLE,
        )
        self.seminars.activated.connect(self._open_seminar)
        self.seminars.setColumnHidden(LecturerSeminarsModel.NUMBER, True)
        seminars_heading = QLabel(self.tr("Seminarier (dubbelklicka för att öppna omgången)"))
        seminars_heading.setObjectName("sidebarHeading")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(10, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(seminars_heading)
        right_layout.addWidget(self.seminars, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        controller.undo_actions(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        controller.changed.connect(self._changed)
        settings = app_settings()
        geometry = settings.value("lecturerRegister/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.value("lecturerRegister/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Search again and keep (or set) the selection."""
        self._timer.stop()
        keep = select if select is not None else self.selected_id()
        try:
            found = self._controller.services.lecturers.search(self.search.text())
        except DomainError:
            return
        self.model.set_rows(found)
        self.count_label.setText(self.tr("%1 föreläsare").replace("%1", str(len(found))))
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == keep:
                self.table.selectRow(row)
                break
        else:
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self._show_selected()

    def _changed(self, _change: object) -> None:
        self.reload()

    def selected_id(self) -> int | None:
        """The selected lecturer's id."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.proxy.index(index.row(), 0).data(ID_ROLE))

    def selected(self) -> LecturerDetails | None:
        """The selected lecturer."""
        person_id = self.selected_id()
        return next((d for d in self.model.rows() if d.id == person_id), None)

    def _show_selected(self) -> None:
        lecturer = self.selected()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(lecturer is not None)
        if lecturer is None:
            self.details.setText(
                self.tr("Ingen föreläsare matchar sökningen.")
                if self.search.text().strip()
                else self.tr("Registret är tomt. Lägg till en föreläsare med ”Ny föreläsare …”.")
            )
            self.seminar_model.set_rows(())
            return
        lines = [f"<b style='font-size:15px'>{_html(lecturer.name)}</b>"]
        role = ", ".join(p for p in (lecturer.title, lecturer.organisation) if p)
        if role:
            lines.append(_html(role))
        contact = " · ".join(p for p in (lecturer.email, lecturer.phone) if p)
        if contact:
            lines.append(_html(contact))
        if lecturer.notes:
            lines.append(f"<i>{_html(lecturer.notes)}</i>")
        self.details.setText("<br>".join(lines))
        try:
            seminars = self._controller.services.lecturers.seminars_of(lecturer.id)
        except DomainError:
            seminars = ()
        self.seminar_model.set_rows(seminars)
        self.seminars.setColumnHidden(
            LecturerSeminarsModel.PROGRAMME, len({s.programme_name for s in seminars}) <= 1
        )

    def create_lecturer(self) -> None:
        """Add a lecturer and select them."""
        person_id = self._controller.create_lecturer(self)
        if person_id is not None:
            self.search.clear()
            self.reload(select=person_id)

    def edit_selected(self) -> None:
        """Edit the selected lecturer."""
        person_id = self.selected_id()
        if person_id is not None:
            self._controller.edit_lecturer(person_id, self)

    def remove_selected(self) -> None:
        """Remove the selected lecturer (after saying what goes with them)."""
        person_id = self.selected_id()
        if person_id is not None:
            self._controller.remove_lecturer(person_id, self)

    def _open_seminar(self) -> None:
        index = self.seminars.currentIndex()
        if not index.isValid():
            return
        seminar = self.seminar_model.row_at(self.seminar_proxy.mapToSource(index).row())
        self.seminar_requested.emit(seminar.cohort_id, seminar.seminar_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("lecturerRegister/geometry", self.saveGeometry())
        settings.setValue("lecturerRegister/splitter", self.splitter.saveState())
        super().closeEvent(event)


def _table(
    name: str, proxy: CollatingSortProxy, order: tuple[int, Qt.SortOrder], stretch: int
) -> QTableView:
    """A read-only table of `proxy`, one row selected, sorted by `order` (column and
    direction), columns fitted to their contents and `stretch` taking the rest."""
    table = QTableView()
    table.setObjectName(name)
    table.setAlternatingRowColors(True)
    column, direction = order
    prepare_row_table(
        table, proxy, column, QAbstractItemView.SelectionMode.SingleSelection, order=direction
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


def _html(text: str) -> str:
    return escape(text).replace("\n", "<br>")
