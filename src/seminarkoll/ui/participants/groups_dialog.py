"""The groups editor: a cohort's learning teams and other groups, their leader and members."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.enums import GroupKind
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.forms import (
    FormDialog,
    KeepOpen,
    close_buttons,
    counted,
    push_button,
    wrapped_label,
)
from seminarkoll.ui.messages import confirm, show_error
from seminarkoll.ui.participants.columns_model import ID_ROLE, Column, ColumnsModel, name_column
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.stale_edit import Seen, save_unless_stale
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.window_size import resize_within_screen

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.enrollment import RosterRow
    from seminarkoll.services.groups import GroupRow
    from seminarkoll.ui.participants.meetings_dialog import GroupMeetingsDialog


def kind_label(kind: GroupKind) -> str:
    """Swedish word for a kind of group."""
    return {
        GroupKind.LEARNING_TEAM: QCoreApplication.translate("Groups", "Lärteam"),
        GroupKind.MENTOR_GROUP: QCoreApplication.translate("Groups", "Mentorgrupp"),
        GroupKind.MENTOR_PAIR: QCoreApplication.translate("Groups", "Mentorpar"),
        GroupKind.DISCUSSION_GROUP: QCoreApplication.translate("Groups", "Samtalsgrupp"),
    }[kind]


class GroupDialog(FormDialog):
    """Name, kind and leader of one group."""

    def __init__(
        self,
        services: Services,
        cohort_id: int,
        group: GroupRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ny grupp") if group is None else self.tr("Ändra grupp"), parent)
        self.setObjectName("groupDialog")
        self._services, self._cohort_id, self._group = services, cohort_id, group
        self.saved_id: int | None = group.id if group else None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Lärteam 1"))
        self.kind = QComboBox()
        for kind in GroupKind:
            self.kind.addItem(kind_label(kind), kind)
        self.leader = QComboBox()
        self.leader.setEditable(True)
        self.leader.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.leader.addItem(self.tr("(ingen ledare)"), None)
        for choice in services.groups.leader_candidates(cohort_id):
            label = f"{choice.name} – {choice.detail}" if choice.detail else choice.name
            self.leader.addItem(label, choice.id)
        self._fill(group)
        self.add_field("name", self.tr("&Namn:"), self.name)
        self.add_field("kind", self.tr("&Typ:"), self.kind)
        self.add_field("leader_person_id", self.tr("&Ledare:"), self.leader)
        self.save = self._save

    def _fill(self, group: GroupRow | None) -> None:
        self._group = group
        self.name.setText(group.name if group else "")
        self.kind.setCurrentIndex(
            self.kind.findData(group.kind if group else GroupKind.LEARNING_TEAM)
        )
        self.leader.setCurrentIndex(
            max(self.leader.findData(group.leader_person_id if group else None), 0)
        )

    def _reload(self, group_id: int) -> None:
        """Show the group as it is saved now (another coordinator changed it)."""
        groups = self._services.groups.groups(self._cohort_id)
        self._fill(next((g for g in groups if g.id == group_id), None))

    def _save(self) -> None:
        from seminarkoll.services.groups import GroupInput

        data = GroupInput(
            self.name.text(), GroupKind(self.kind.currentData()), self.leader.currentData()
        )
        groups = self._services.groups
        group = self._group
        if group is None:
            self.saved_id = groups.create(self._cohort_id, data)
        elif not save_unless_stale(
            self,
            lambda version: groups.update(group.id, data, version=version),
            group.version,
            lambda: self._reload(group.id),
        ):
            raise KeepOpen


class GroupsDialog(QDialog):
    """Groups on the left; the chosen group's members and the participants without a group on
    the right, with buttons to move them."""

    def __init__(self, services: Services, cohort_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsDialog")
        self.setWindowTitle(self.tr("Grupper"))
        resize_within_screen(self, 980, 600)
        self._services, self._cohort_id = services, cohort_id
        self.changed = False
        self.meetings_dialog: GroupMeetingsDialog | None = None
        self.groups_model: ColumnsModel[GroupRow] = ColumnsModel(
            [
                Column(self.tr("Grupp"), lambda g: g.name),
                Column(self.tr("Typ"), lambda g: kind_label(g.kind)),
                Column(self.tr("Ledare"), lambda g: g.leader_name),
                Column(self.tr("Antal"), lambda g: str(len(g.members)), lambda g: len(g.members)),
            ],
            lambda g: g.id,
            self,
        )
        self.members_model: ColumnsModel[RosterRow] = _people_model(self)
        self.loose_model: ColumnsModel[RosterRow] = _people_model(self)
        self.groups_table = _table(self.groups_model, self, single=True)
        self.members_table = _table(self.members_model, self)
        self.loose_table = _table(self.loose_model, self)
        self.groups_table.selectionModel().selectionChanged.connect(self._group_chosen)
        self.groups_table.doubleClicked.connect(lambda _index: self.edit_group())
        new = push_button(self.tr("&Ny grupp …"), self.new_group)
        edit = push_button(self.tr("Ä&ndra …"), self.edit_group)
        delete = push_button(self.tr("&Ta bort …"), self.delete_group)
        meetings = push_button(self.tr("T&räffar …"), self.open_meetings)
        meetings.setObjectName("meetingsButton")
        meetings.setToolTip(
            self.tr("Gruppens egna träffar: planera dem, ta närvaro och skriv ut närvarolistor.")
        )
        distribute = push_button(self.tr("&Fördela deltagare utan grupp"), self.distribute)
        distribute.setToolTip(
            self.tr(
                "Lägger var och en som saknar en grupp av den valda gruppens typ i den minsta "
                "gruppen av den typen."
            )
        )
        add = push_button(self.tr("↑ &Lägg till i gruppen"), self.add_members)
        remove = push_button(self.tr("↓ Ta &bort ur gruppen"), self.remove_members)
        self.members_label = QLabel()
        left_buttons = QHBoxLayout()
        for button in (new, edit, delete, meetings):
            left_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Grupper i omgången")))
        left.addWidget(self.groups_table, 1)
        left.addLayout(left_buttons)
        left.addWidget(distribute)
        self.message = wrapped_label()
        self.message.setObjectName("groupsMessage")
        left.addWidget(self.message)
        move = QHBoxLayout()
        move.addWidget(add)
        move.addWidget(remove)
        move.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.members_label)
        right.addWidget(self.members_table, 1)
        right.addLayout(move)
        self.loose_label = QLabel(self.tr("Deltagare utan grupp"))
        right.addWidget(self.loose_label)
        right.addWidget(self.loose_table, 1)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        stacked(self, (grid, 1), close_buttons(self))
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Fetch groups and roster again, keeping the chosen group."""
        chosen = select_id if select_id is not None else self.current_group_id()
        self._groups = self._services.groups.groups(self._cohort_id)
        self._roster = [
            r
            for r in self._services.enrollment.roster(self._cohort_id)
            if r.status.value in ("enrolled", "completed", "accepted")
        ]
        self.groups_model.set_rows(self._groups)
        self.groups_table.resizeColumnsToContents()
        proxy = self.groups_table.model()
        rows = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
        if rows:
            self.groups_table.selectRow(rows.index(chosen) if chosen in rows else 0)
        self._group_chosen()

    def current_group_id(self) -> int | None:
        """The chosen group's id."""
        rows = self.groups_table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def _group_chosen(self, *_args: QItemSelection) -> None:
        group_id = self.current_group_id()
        group = next((g for g in self._groups if g.id == group_id), None)
        kind = group.kind if group is not None else None
        grouped = {m.enrollment_id for g in self._groups if g.kind is kind for m in g.members}
        self.loose_model.set_rows([r for r in self._roster if r.enrollment_id not in grouped])
        self.loose_table.resizeColumnsToContents()
        self.loose_label.setText(
            self.tr("Deltagare utan grupp")
            if kind is None
            else self.tr("Deltagare utan %1").replace("%1", kind_label(kind).lower())
        )
        if group is None:
            self.members_label.setText(self.tr("Välj en grupp"))
            self.members_model.set_rows([])
            return
        ids = {m.enrollment_id for m in group.members}
        self.members_label.setText(
            self.tr("Medlemmar i %1").replace("%1", group.name)
            + (f" – {self.tr('ledare')}: {group.leader_name}" if group.leader_name else "")
        )
        self.members_model.set_rows([r for r in self._roster if r.enrollment_id in ids])
        self.members_table.resizeColumnsToContents()

    def new_group(self) -> None:
        """Create a group."""
        dialog = GroupDialog(self._services, self._cohort_id, None, self)
        if dialog.exec():
            self.changed = True
            self.reload(dialog.saved_id)

    def edit_group(self) -> None:
        """Rename the chosen group or change its kind or leader."""
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        if group is not None and GroupDialog(self._services, self._cohort_id, group, self).exec():
            self.changed = True
            self.reload(group.id)

    def open_meetings(self) -> GroupMeetingsDialog | None:
        """Open the chosen group's meetings; a change there counts as a change here."""
        from seminarkoll.ui.participants.meetings_dialog import GroupMeetingsDialog

        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        if group is None:
            return None
        dialog = GroupMeetingsDialog(self._services, group.id, group.name, self)
        dialog.changed.connect(self._meetings_changed)
        self.meetings_dialog = dialog
        dialog.show()
        return dialog

    def _meetings_changed(self) -> None:
        self.changed = True

    def delete_group(self) -> None:
        """Remove the chosen group (its members stay in the cohort)."""
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        if group is None:
            return
        text = filled(
            self.tr("Gruppen ”%1” tas bort. Dess %2 medlemmar finns kvar i omgången."),
            group.name,
            str(len(group.members)),
        )
        if not confirm(self, self.tr("Ta bort grupp"), text, self.tr("Ta bort")):
            return
        groups = self._services.groups
        if not self._unless_refused(
            lambda version: groups.delete(group.id, version=version),
            lambda: self._version_of(group.id),
            self.tr("Gruppen kunde inte tas bort"),
        ):
            return
        self.changed = True
        self.reload()

    def distribute(self) -> None:
        """Place everyone without a group of the chosen group's kind in the smallest groups of
        that kind, and say what happened."""
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        if group is None:
            self.message.setText(
                self.tr(
                    "Det finns inga grupper att fördela till. Skapa grupper med Ny grupp först."
                )
            )
            return
        groups, placed = self._services.groups, 0

        def distribute(versions: dict[int, int]) -> None:
            nonlocal placed
            placed = groups.distribute(self._cohort_id, group.kind, versions=versions)

        if not self._unless_refused(distribute, lambda: {g.id: g.version for g in self._groups}):
            return
        kind = kind_label(group.kind).lower()
        self.message.setText(
            self.tr("Alla deltagare har redan en grupp av typen %1.").replace("%1", kind)
            if not placed
            else counted(
                placed,
                self.tr("1 deltagare placerades i en grupp av typen %2."),
                self.tr("%1 deltagare placerades i grupper av typen %2."),
            ).replace("%2", kind)
        )
        if placed:
            self.changed = True
            self.reload(group.id)

    def add_members(self) -> None:
        """Move the selected participants without a group into the chosen group."""
        self._move(self.loose_table, add=True)

    def remove_members(self) -> None:
        """Take the selected members out of the chosen group."""
        self._move(self.members_table, add=False)

    def _move(self, table: QTableView, *, add: bool) -> None:
        group = next((g for g in self._groups if g.id == self.current_group_id()), None)
        ids = [int(i.data(ID_ROLE)) for i in table.selectionModel().selectedRows()]
        if group is None or not ids:
            return
        groups = self._services.groups
        change = groups.add_members if add else groups.remove_members
        if not self._unless_refused(
            lambda version: change(group.id, ids, version=version),
            lambda: self._version_of(group.id),
        ):
            return
        self.changed = True
        self.reload(group.id)

    def _version_of(self, group_id: int) -> int:
        """The group's version as the dialog shows it (-1 once it is no longer shown)."""
        return next((g.version for g in self._groups if g.id == group_id), -1)

    def _unless_refused(
        self, act: Callable[[Seen], object], shown: Callable[[], Seen], title: str = ""
    ) -> bool:
        """Whether `act(shown())` ran, `shown` giving the groups' versions as the dialog shows
        them. When someone else changed a group since, the user chooses: read the groups again,
        or act anyway over that change (from the versions shown then). Any other refusal is
        said under `title` (by default that the group could not be changed), after reading
        the groups again to show what someone else changed meanwhile."""
        try:
            return save_unless_stale(self, act, shown(), self.reload, listed=shown)
        except DomainError as exc:
            self.reload()
            show_error(self, title or self.tr("Gruppen kunde inte ändras"), exc)
            return False


def _people_model(parent: QWidget) -> ColumnsModel[RosterRow]:
    return ColumnsModel(
        [
            name_column(QCoreApplication.translate("Groups", "Namn")),
            Column(QCoreApplication.translate("Groups", "Arbetsplats"), lambda r: r.workplace_name),
        ],
        lambda r: r.enrollment_id,
        parent,
    )


def _table(model: ColumnsModel[Any], parent: QWidget, *, single: bool = False) -> QTableView:
    proxy = CollatingSortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView()
    prepare_row_table(
        table,
        proxy,
        0,
        QAbstractItemView.SelectionMode.SingleSelection
        if single
        else QAbstractItemView.SelectionMode.ExtendedSelection,
    )
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setMinimumSectionSize(90)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table
