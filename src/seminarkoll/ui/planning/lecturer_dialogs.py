"""Dialogs for guest lecturers: edit one (or create one inline), and pick some from the register."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.ui.field_values import field_values, show_record
from seminarkoll.ui.forms import FormDialog, wrapped_label
from seminarkoll.ui.planning.models import ID_ROLE, LecturerTableModel
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_view import prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.lecturers import LecturerDetails, LecturerService

SEARCH_DELAY_MS = 150


class LecturerDialog(FormDialog):
    """Name, title, organisation and contact details of one lecturer.

    `save(data)` is called on Save: it may store the lecturer or only check it (a lecturer
    created inside the seminar dialog is stored with the seminar). Problems show next to the
    fields; `data` holds what was accepted.
    """

    def __init__(
        self,
        save: Callable[[LecturerInput], object],
        titles: Sequence[str],
        details: LecturerDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Ny föreläsare") if details is None else self.tr("Föreläsare"), parent
        )
        self.data: LecturerInput | None = None
        self.result_value: object = None
        self.setMinimumWidth(460)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(list(titles))
        self.title.setCurrentIndex(-1)
        self.title.setPlaceholderText(self.tr("t.ex. förvaltningschef"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("t.ex. Trollhättans stad"))
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        form = self.form
        form.addRow(self.tr("&Förnamn:"), self.errors.wrap("first_name", self.first_name))
        form.addRow(self.tr("&Efternamn:"), self.errors.wrap("last_name", self.last_name))
        form.addRow(self.tr("&Titel:"), self.errors.wrap("title", self.title))
        form.addRow(self.tr("&Organisation:"), self.errors.wrap("organisation", self.organisation))
        form.addRow(self.tr("E-&post:"), self.errors.wrap("email", self.email))
        form.addRow(self.tr("&Telefon:"), self.errors.wrap("phone", self.phone))
        form.addRow(self.tr("&Anteckningar:"), self.notes)
        self._fields: dict[str, QWidget] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "title": self.title,
            "organisation": self.organisation,
            "email": self.email,
            "phone": self.phone,
            "notes": self.notes,
        }
        if details is not None:
            show_record(self._fields, details)
        self.save = lambda: self._save_with(save)

    def current(self) -> LecturerInput:
        """What the form holds now."""
        return LecturerInput(**field_values(self._fields))

    def _save_with(self, save: Callable[[LecturerInput], object]) -> None:
        data = self.current()
        self.result_value = save(data)
        self.data = data


class LecturerPickerDialog(QDialog):
    """Search the register and pick one or more lecturers (double-click or Enter picks)."""

    def __init__(
        self,
        lecturers: LecturerService,
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lecturers = lecturers
        self._exclude = set(exclude)
        self.chosen: tuple[LecturerDetails, ...] = ()
        self.setWindowTitle(self.tr("Välj föreläsare"))
        self.resize(720, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök på namn, titel, organisation eller e-post"))
        self.search.setClearButtonEnabled(True)
        self.model = LecturerTableModel(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("lecturerPicker")
        prepare_row_table(self.table, self.proxy, LecturerTableModel.NAME)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self._accept())
        self.empty = wrapped_label()
        self.empty.setObjectName("pageSubtitle")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lägg till"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_entered)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.reload()
        geometry = app_settings().value("lecturerPicker/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def reload(self) -> None:
        """Search the register for the typed text."""
        self._timer.stop()
        found = [d for d in self._lecturers.search(self.search.text()) if d.id not in self._exclude]
        self.model.set_rows(found)
        if found:
            self.table.selectRow(0)
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr(
                    "Ingen föreläsare i registret matchar sökningen. Använd ”Ny föreläsare …” "
                    "i seminariet för att lägga till en."
                )
                if self.search.text().strip()
                else self.tr("Registret är tomt. Använd ”Ny föreläsare …” i seminariet.")
            )
            self.empty.show()

    def _search_entered(self) -> None:
        if self._timer.isActive():
            self.reload()
        self._accept()

    def _accept(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]
        by_id = {d.id: d for d in self.model.rows()}
        self.chosen = tuple(by_id[i] for i in ids if i in by_id)
        if not self.chosen:
            return
        self.accept()

    def done(self, result: int) -> None:
        app_settings().setValue("lecturerPicker/geometry", self.saveGeometry())
        super().done(result)
