"""The workplace register: schools and preschools with kind and area, and the edit dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from seminarkoll.domain.enums import WorkplaceKind
from seminarkoll.ui.forms import FormDialog, close_buttons, push_button
from seminarkoll.ui.messages import confirm, succeeds
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.stacking import side_by_side, stacked
from seminarkoll.ui.table_model import RowTableModel
from seminarkoll.ui.table_view import prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.workplaces import WorkplaceRow

ID_ROLE = Qt.ItemDataRole.UserRole + 50


def kind_label(kind: WorkplaceKind) -> str:
    """Swedish word for a kind of workplace."""
    return {
        WorkplaceKind.PRESCHOOL: QCoreApplication.translate("Workplaces", "Förskola"),
        WorkplaceKind.COMPULSORY_SCHOOL: QCoreApplication.translate("Workplaces", "Grundskola"),
        WorkplaceKind.UPPER_SECONDARY: QCoreApplication.translate("Workplaces", "Gymnasieskola"),
        WorkplaceKind.ADMINISTRATION: QCoreApplication.translate("Workplaces", "Förvaltning"),
        WorkplaceKind.OTHER: QCoreApplication.translate("Workplaces", "Annat"),
    }[kind]


class WorkplaceTableModel(RowTableModel["WorkplaceRow"]):
    """Workplaces: name, kind, area, number of persons."""

    NAME, KIND, AREA, PERSONS = range(4)

    def __init__(self, parent: Any = None) -> None:
        headers = (self.tr("Namn"), self.tr("Typ"), self.tr("Område"), self.tr("Personer"))
        super().__init__(headers, parent)

    def cell(self, row: WorkplaceRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PERSONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().cell(row, column, role)

    def display(self, row: WorkplaceRow, column: int) -> str:
        return (row.name, kind_label(row.kind), row.area, str(row.person_count))[column]

    def sort_value(self, row: WorkplaceRow, column: int) -> Any:
        return row.person_count if column == self.PERSONS else self.display(row, column)


class WorkplaceDialog(FormDialog):
    """Create or edit one workplace; `saved_id` is set after Save."""

    def __init__(
        self, services: Services, workplace: WorkplaceRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Ny arbetsplats") if workplace is None else self.tr("Redigera arbetsplats"),
            parent,
        )
        self.setObjectName("workplaceDialog")
        self._services = services
        self.saved_id: int | None = None
        self.name = QLineEdit(workplace.name if workplace else "")
        self.name.setPlaceholderText(self.tr("t.ex. Sylteskolan"))
        self.kind = QComboBox()
        for kind in WorkplaceKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(
            self.kind.findData(workplace.kind if workplace else WorkplaceKind.COMPULSORY_SCHOOL)
        )
        self.area = QLineEdit(workplace.area if workplace else "")
        self.area.setPlaceholderText(self.tr("t.ex. Öst"))
        self.add_field("name", self.tr("&Namn:"), self.name)
        self.add_field("kind", self.tr("&Typ:"), self.kind)
        self.add_field("area", self.tr("&Område:"), self.area)
        self._workplace = workplace
        self.save = self._save

    def _save(self) -> None:
        from seminarkoll.services.workplaces import WorkplaceInput

        data = WorkplaceInput(
            self.name.text(), WorkplaceKind(self.kind.currentData()), self.area.text()
        )
        if self._workplace is None:
            self.saved_id = self._services.workplaces.create(data)
        else:
            self._services.workplaces.update(self._workplace.id, data)
            self.saved_id = self._workplace.id


class WorkplacesDialog(QDialog):
    """The workplace register: list, add, edit, remove (persons stay, without workplace)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workplacesDialog")
        self.setWindowTitle(self.tr("Arbetsplatser"))
        self.resize(640, 480)
        self._services = services
        self.changed = False
        self.model = WorkplaceTableModel(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filtrera …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        prepare_row_table(
            self.table,
            self.proxy,
            WorkplaceTableModel.NAME,
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(
            WorkplaceTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda _index: self.edit())
        add = push_button(self.tr("&Ny …"), self.add)
        edit = push_button(self.tr("&Redigera …"), self.edit)
        remove = push_button(self.tr("&Ta bort …"), self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove)
        stacked(
            self,
            self.filter,
            (self.table, 1),
            side_by_side(add, edit, remove, 1),
            close_buttons(self),
        )
        self.reload()

    def reload(self) -> None:
        """Fetch the workplaces again."""
        self.model.set_rows(self._services.workplaces.workplaces())

    def _current(self) -> WorkplaceRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def add(self) -> None:
        """Add a workplace."""
        self._open(None)

    def edit(self) -> None:
        """Edit the selected workplace."""
        workplace = self._current()
        if workplace is not None:
            self._open(workplace)

    def _open(self, workplace: WorkplaceRow | None) -> None:
        if WorkplaceDialog(self._services, workplace, self).exec():
            self._changed()

    def _changed(self) -> None:
        self.changed = True
        self.reload()

    def remove(self) -> None:
        """Remove the selected workplace after saying what happens to its persons."""
        workplace = self._current()
        if workplace is None:
            return
        text = self.tr("Arbetsplatsen ”%1” tas bort.").replace("%1", workplace.name)
        if workplace.person_count:
            text += " " + self.tr(
                "%1 personer finns kvar i registret men utan arbetsplats."
            ).replace("%1", str(workplace.person_count))
        if not confirm(self, self.tr("Ta bort arbetsplats"), text, self.tr("Ta bort")):
            return
        if not succeeds(
            self,
            self.tr("Arbetsplatsen kunde inte tas bort"),
            self._services.workplaces.delete,
            workplace.id,
        ):
            return
        self._changed()
