"""The cohort page's "Deltagare" tab: the roster with status, dates and groups."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import enrolment_label
from seminarkoll.ui.cohort_tab import CohortTab
from seminarkoll.ui.followup.email_button import EmailButton, EmailContext, selected_enrolments
from seminarkoll.ui.formatting import issued_label
from seminarkoll.ui.forms import counted, push_button
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import confirm, show_error
from seminarkoll.ui.participants.columns_model import (
    ID_ROLE,
    Column,
    ColumnsModel,
    date_column,
    name_column,
)
from seminarkoll.ui.sorting import WordFilterProxy, refiltering
from seminarkoll.ui.stale_edit import save_unless_stale
from seminarkoll.ui.table_view import EmptyHint, prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.enrollment import RosterRow

AnyIndex = QModelIndex | QPersistentModelIndex

_STATUS_ORDER = {
    EnrollmentStatus.ENROLLED: 0,
    EnrollmentStatus.COMPLETED: 1,
    EnrollmentStatus.ACCEPTED: 2,
    EnrollmentStatus.INTERVIEWED: 3,
    EnrollmentStatus.INTERVIEW_BOOKED: 4,
    EnrollmentStatus.APPLIED: 5,
    EnrollmentStatus.WAITLISTED: 6,
    EnrollmentStatus.WITHDRAWN: 7,
    EnrollmentStatus.DECLINED: 8,
}


def roster_model(parent: QWidget) -> ColumnsModel[RosterRow]:
    """The roster's columns: name, workplace, title, status, dates, groups, e-mail, phone."""
    return ColumnsModel(
        [
            name_column(QCoreApplication.translate("Roster", "Namn")),
            Column(QCoreApplication.translate("Roster", "Arbetsplats"), lambda r: r.workplace_name),
            Column(QCoreApplication.translate("Roster", "Befattning"), lambda r: r.title),
            Column(
                QCoreApplication.translate("Roster", "Status"),
                lambda r: enrolment_label(r.status, r.visit),
                lambda r: _STATUS_ORDER[r.status],
                lambda r: r.notes or None,
                lambda r: "#627d98" if r.status is EnrollmentStatus.WITHDRAWN else None,
            ),
            date_column(QCoreApplication.translate("Roster", "Start"), lambda r: r.joined_on),
            date_column(QCoreApplication.translate("Roster", "Avbrott"), lambda r: r.left_on),
            Column(
                QCoreApplication.translate("Roster", "Grupp"),
                lambda r: ", ".join(g.name for g in r.groups),
            ),
            Column(QCoreApplication.translate("Roster", "E-post"), lambda r: r.email),
            Column(QCoreApplication.translate("Roster", "Telefon"), lambda r: r.phone),
            date_column(
                QCoreApplication.translate("Roster", "Intyg utfärdat"),
                lambda r: r.certificate_issued_at,
                issued_label,
            ),
        ],
        lambda r: r.enrollment_id,
        parent,
    )


class RosterProxy(WordFilterProxy):
    """Swedish sorting; filters by group and by typed words in name, workplace, title or
    e-mail."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._group: int | None = None

    def set_group(self, group_id: int | None) -> None:
        """Show only members of `group_id` (None: all)."""
        with refiltering(self):
            self._group = group_id

    def _row(self, source_row: int) -> RosterRow:
        model = self.sourceModel()
        assert isinstance(model, ColumnsModel)
        row: RosterRow = model.row_at(source_row)
        return row

    def haystack(self, source_row: int) -> str:
        row = self._row(source_row)
        return f"{row.name} {row.workplace_name} {row.title} {row.email}"

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        group = self._group
        if group is not None and all(g.id != group for g in self._row(source_row).groups):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class RosterTab(CohortTab):
    """A cohort's enrolments; add from the register, change status and dates, groups."""

    changed = Signal()
    card_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._show_roster, parent)
        self.setObjectName("rosterTab")
        self.model = roster_model(self)
        self.proxy = RosterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        prepare_row_table(self.table, self.proxy, 0)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "Inga deltagare än – importera en lista (Arkiv › Importera deltagare, Ctrl+I) "
                "eller lägg till personer från registret."
            ),
            self.tr("Ingen deltagare matchar sökningen eller gruppvalet."),
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_enrolment())
        for column, width in enumerate((190, 190, 150, 100, 95, 95, 140, 240)):
            self.table.setColumnWidth(column, width)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök i omgången …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self.search.textChanged.connect(self.proxy.set_text)
        self.group = QComboBox()
        self.group.setMinimumWidth(170)
        self.group.currentIndexChanged.connect(
            lambda: self.proxy.set_group(self.group.currentData())
        )
        add = push_button(self.tr("Lägg till från registret …"), self.add_from_register)
        add.setObjectName("addFromRegister")
        edit = push_button(self.tr("Ändra antagning …"), self.edit_enrolment)
        status = QPushButton(self.tr("Sätt status"))
        self.status_menu = QMenu(status)
        for value in (
            EnrollmentStatus.ENROLLED,
            EnrollmentStatus.WITHDRAWN,
            EnrollmentStatus.COMPLETED,
            EnrollmentStatus.ACCEPTED,
            EnrollmentStatus.APPLIED,
        ):
            action = self.status_menu.addAction(enrolment_label(value))
            action.triggered.connect(lambda _=False, v=value: self.set_status(v))
        status.setMenu(self.status_menu)
        groups = push_button(self.tr("Grupper …"), self.edit_groups)
        groups.setObjectName("editGroups")
        self.remove_action = menu_action(
            self,
            self.tr("Ta bort ur omgången …"),
            self.remove,
            QKeySequence.StandardKey.Delete,
            scoped=True,
        )
        self.table.addAction(self.remove_action)
        self.card_action = QAction(self.tr("Visa deltagarkort"), self)
        self.card_action.triggered.connect(self._request_card)
        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(QLabel(self.tr("Grupp:")))
        top.addWidget(self.group)
        top.addStretch(1)
        self.email = EmailButton(self._email_context)
        for widget in (add, edit, status, groups, self.email):
            top.addWidget(widget)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #334e68;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def cohort_changed(self) -> None:
        """A new cohort starts without the previous one's search."""
        self.search.clear()

    def _show_roster(self, services: Services, cohort_id: int) -> None:
        try:
            rows = services.enrollment.roster(cohort_id)
            groups = services.groups.groups(cohort_id)
        except DomainError as exc:
            show_error(self, self.tr("Deltagarna kunde inte visas"), exc)
            return
        self.model.set_rows(rows)
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Alla grupper"), None)
        for group in groups:
            leader = f" ({group.leader_name})" if group.leader_name else ""
            self.group.addItem(f"{group.name}{leader}", group.id)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.setEnabled(bool(groups))
        self.group.blockSignals(False)
        self.proxy.set_group(self.group.currentData())
        counts = Counter(r.status for r in rows)
        parts = [self.tr("%1 i omgången").replace("%1", str(len(rows)))]
        parts.extend(
            f"{counts[s]} {enrolment_label(s).lower()}" for s in _STATUS_ORDER if counts[s]
        )
        if groups:
            parts.append(self.tr("%1 grupper").replace("%1", str(len(groups))))
        self.summary.setText(" · ".join(parts))

    def _email_context(self) -> EmailContext | None:
        if self._services is None or self._cohort_id is None:
            return None
        return EmailContext(
            self._services, self._cohort_id, selected_enrolments(self.table, ID_ROLE)
        )

    def selected_rows(self) -> list[RosterRow]:
        """The selected enrolments."""
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(r) for r in sorted(rows)]

    def add_from_register(self) -> None:
        """Choose persons in the register and enrol them."""
        from seminarkoll.ui.participants.picker import EnrolDialog

        if self._services is None or self._cohort_id is None:
            return
        dialog = EnrolDialog(self._services, cohort_id=self._cohort_id, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(dialog.result_text, 6000)

    def edit_enrolment(self) -> None:
        """Edit status and dates of the selected enrolment."""
        from seminarkoll.ui.participants.enrolment_dialog import EnrolmentDialog

        rows = self.selected_rows()
        if self._services is None or len(rows) != 1:
            return
        if EnrolmentDialog(self._services, rows[0], self).exec():
            self.reload()
            self.changed.emit()

    def set_status(self, status: EnrollmentStatus) -> None:
        """Give the selected enrolments `status` (withdrawing dates it today), unless someone
        else changed any of them since the roster showed them and the user rather reads the
        roster again (see `_act_on_shown`)."""
        rows = self.selected_rows()
        services = self._services
        if services is None or not rows:
            return
        self._act_on_shown(
            rows,
            lambda ids, versions: services.enrollment.set_status(
                ids, status, date.today(), versions=versions
            ),
            self.tr("Statusen kunde inte ändras"),
        )

    def remove(self) -> None:
        """Remove the selected enrolments after saying what goes with them."""
        rows = self.selected_rows()
        if self._services is None or not rows:
            return
        impact = self._services.enrollment.removal_impact([r.enrollment_id for r in rows])
        names = ", ".join(impact.names[:5]) + (" …" if len(impact.names) > 5 else "")
        text = filled(
            self.tr(
                "%1 tas bort ur omgången tillsammans med %2. Personerna finns "
                "kvar i registret. Vill du hellre markera att de avbrutit, välj Sätt status → "
                "Avbrutit så finns historiken kvar."
            ),
            names,
            counted(impact.marks, self.tr("1 närvaromarkering"), self.tr("%1 närvaromarkeringar")),
        )
        if not confirm(self, self.tr("Ta bort ur omgången"), text, self.tr("Ta bort")):
            return
        enrollment = self._services.enrollment
        self._act_on_shown(
            rows,
            lambda ids, versions: enrollment.remove(ids, versions=versions),
            self.tr("Deltagarna kunde inte tas bort"),
        )

    def _act_on_shown(
        self,
        rows: Sequence[RosterRow],
        act: Callable[[list[int], Mapping[int, int]], object],
        title: str,
    ) -> None:
        """`act(ids, versions)` on the enrolments `rows`, from their versions as the roster
        shows them. When someone else changed any of them since, nothing changes and the user
        chooses: read the roster again, or act anyway over the other change (the versions the
        roster then shows). Other refusals are shown under `title`. The roster is read again
        either way; `changed` says that something changed."""
        ids = [r.enrollment_id for r in rows]
        wanted = set(ids)

        def shown() -> dict[int, int]:
            return {
                r.enrollment_id: r.version for r in self.model.rows() if r.enrollment_id in wanted
            }

        try:
            done = save_unless_stale(
                self, lambda versions: act(ids, versions), shown(), self.reload, listed=shown
            )
        except DomainError as exc:
            self.reload()
            show_error(self, title, exc)
            return
        if done:
            self.reload()
            self.changed.emit()

    def edit_groups(self) -> None:
        """Open the groups editor."""
        from seminarkoll.ui.participants.groups_dialog import GroupsDialog

        if self._services is None or self._cohort_id is None:
            return
        dialog = GroupsDialog(self._services, self._cohort_id, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.changed.emit()

    def _request_card(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.card_requested.emit(rows[0].person_id)

    def _context_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Ändra antagning …"), self.edit_enrolment)
        menu.addMenu(self.status_menu).setText(self.tr("Sätt status"))
        menu.addAction(self.card_action)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.exec(self.table.viewport().mapToGlobal(point))
