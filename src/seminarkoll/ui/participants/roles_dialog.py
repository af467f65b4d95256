"""A person's later leadership roles (the alumni pipeline): list, add, change and remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QTableView,
    QWidget,
)

from seminarkoll.domain.career import LEADERSHIP_TITLES
from seminarkoll.domain.translation import filled
from seminarkoll.services.alumni import RoleInput, RoleRow
from seminarkoll.ui.formatting import display_date, qdate
from seminarkoll.ui.forms import FormDialog, close_buttons, date_edit, push_button, wrapped_label
from seminarkoll.ui.sorting import swedish_sorted
from seminarkoll.ui.stacking import side_by_side, stacked
from seminarkoll.ui.table_model import RowTableModel
from seminarkoll.ui.table_view import fit_columns, prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class RoleTableModel(RowTableModel[RoleRow]):
    """One row per later role: title, workplace, from, until."""

    TITLE, WORKPLACE, STARTED, ENDED = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (self.tr("Roll"), self.tr("Arbetsplats"), self.tr("Från"), self.tr("Till")), parent
        )

    def cell(self, row: RoleRow, column: int, role: int) -> Any:
        return self.display(row, column) if role == Qt.ItemDataRole.DisplayRole else None

    def display(self, row: RoleRow, column: int) -> str:
        ended = display_date(row.ended_on) if row.ended_on else self.tr("pågår")
        return (row.title, row.workplace_name, display_date(row.started_on), ended)[column]


class RoleDialog(FormDialog):
    """Enter or change one later role."""

    def __init__(
        self, services: Services, role: RoleRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ny roll") if role is None else self.tr("Ändra roll"), parent)
        self.setObjectName("roleDialog")
        self._services = services
        self.title_box = QComboBox()
        self.title_box.setEditable(True)
        self.title_box.addItems(LEADERSHIP_TITLES)
        self.workplace_box = QComboBox()
        self.workplace_box.setEditable(True)
        self.workplace_box.addItem("")
        self.workplace_box.addItems(
            swedish_sorted((w.name for w in services.workplaces.workplaces()), str)
        )
        self.started = date_edit()
        self.still = QCheckBox(self.tr("Pågår"))
        self.still.setChecked(True)
        self.ended = date_edit()
        self.ended.setEnabled(False)
        self.still.toggled.connect(lambda on: self.ended.setEnabled(not on))
        self.add_field("title", self.tr("Roll"), self.title_box)
        self.add_field("workplace", self.tr("Arbetsplats"), self.workplace_box)
        self.add_field("started_on", self.tr("Från"), self.started)
        until = QWidget()
        until_row = QHBoxLayout(until)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.addWidget(self.still)
        until_row.addWidget(self.ended)
        until_row.addStretch(1)
        self.add_field("ended_on", self.tr("Till"), until)
        if role is not None:
            self.title_box.setCurrentText(role.title)
            self.workplace_box.setCurrentText(role.workplace_name)
            self.started.setDate(qdate(role.started_on))
            self.still.setChecked(role.ended_on is None)
            if role.ended_on is not None:
                self.ended.setDate(qdate(role.ended_on))

    def role_input(self) -> RoleInput:
        """What the form says, with the workplace found or created by name."""
        workplace = self.workplace_box.currentText().strip()
        return RoleInput(
            title=self.title_box.currentText(),
            started_on=self.started.date().toPython(),  # type: ignore[arg-type]
            ended_on=None if self.still.isChecked() else self.ended.date().toPython(),  # type: ignore[arg-type]
            workplace_id=self._services.workplaces.find_or_create(workplace) if workplace else None,
        )


class RolesDialog(QDialog):
    """The later roles of one person, with buttons to add, change and remove them."""

    def __init__(
        self, services: Services, person_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rolesDialog")
        self.setWindowTitle(self.tr("Senare roller – %1").replace("%1", name))
        self._services = services
        self._person_id = person_id
        self.changed = False
        self.model = RoleTableModel(self)
        self.view = QTableView()
        prepare_row_table(self.view, self.model, RoleTableModel.STARTED)
        self.view.doubleClicked.connect(lambda _index: self.edit_role())
        self.hint = wrapped_label(
            self.tr(
                "Roller personen fått efter programmet, t.ex. rektor eller förskolechef. "
                "De räknas i programmets rekryteringsutfall."
            )
        )
        self.add_button = push_button(self.tr("&Lägg till …"), self.add_role)
        self.edit_button = push_button(self.tr("Ä&ndra …"), self.edit_role)
        self.remove_button = push_button(self.tr("&Ta bort"), self.remove_role)
        stacked(
            self,
            self.hint,
            self.view,
            side_by_side(self.add_button, self.edit_button, self.remove_button, 1),
            close_buttons(self),
        )
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        """Show the person's roles as stored."""
        self.model.set_rows(self._services.alumni.roles(self._person_id))
        fit_columns(self.view, RoleTableModel.WORKPLACE)
        self._update_buttons()

    def selected(self) -> RoleRow | None:
        """The role on the selected row."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_role(self) -> None:
        self._open(None, lambda data: self._services.alumni.add_role(self._person_id, data))

    def edit_role(self) -> None:
        role = self.selected()
        if role is not None:
            self._open(role, lambda data: self._services.alumni.update_role(role.id, data))

    def _open(self, role: RoleRow | None, save: Callable[[RoleInput], object]) -> None:
        dialog = RoleDialog(self._services, role, self)
        dialog.save = lambda: save(dialog.role_input())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def remove_role(self) -> None:
        role = self.selected()
        if role is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort roll"),
            filled(
                self.tr("Ta bort rollen %1 från %2?"), role.title, display_date(role.started_on)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._services.alumni.remove_role(role.id)
            self._changed()

    def _changed(self) -> None:
        self.changed = True
        self.reload()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
