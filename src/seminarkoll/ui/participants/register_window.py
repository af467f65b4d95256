"""The participant register window: every person, search as you type, filters, card beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import enrolment_label
from seminarkoll.ui.forms import counted
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import attempt, confirm
from seminarkoll.ui.participants.card import card_html
from seminarkoll.ui.participants.person_data_actions import PersonDataActions
from seminarkoll.ui.participants.register_model import PERSON_ROLE, PersonTableModel
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.sorting import swedish_sorted
from seminarkoll.ui.table_view import EmptyHint, prepare_row_table
from seminarkoll.ui.undo import UNDO_HINT_KEY, UndoHistory, undo_actions
from seminarkoll.ui.window_size import keep_within_screen, resize_within_screen

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.participants import PersonRow, RegisterFilter
    from seminarkoll.ui.participants.duplicates_dialog import DuplicatesDialog

SEARCH_DELAY_MS = 120
SETTINGS_PREFIX = "register/"


class RegisterWindow(QMainWindow):
    """All persons; new, edit, remove, merge duplicates, enrol in a cohort, workplaces."""

    changed = Signal()

    def __init__(
        self, services: Services, parent: QWidget | None = None, undo: UndoHistory | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("registerWindow")
        self.setWindowTitle(self.tr("Deltagarregister – Seminarkoll"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self.undo = undo or UndoHistory(QUndoStack(self), self._after_undo, self)
        self.model = PersonTableModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self._build()
        self._restore()
        self.reload()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(self.tr("Sök namn, e-post, arbetsplats, befattning …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.workplace = QComboBox()
        self.workplace.setObjectName("workplaceFilter")
        self.role = QComboBox()
        self.role.setObjectName("roleFilter")
        self.cohort = QComboBox()
        self.cohort.setObjectName("cohortFilter")
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self._fill_filters()
        for combo in (self.workplace, self.role, self.cohort, self.status):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.table = QTableView()
        self.table.setObjectName("registerTable")
        prepare_row_table(self.table, self.model, PersonTableModel.LAST)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.empty_hint = EmptyHint(self.table, "")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 200, 150, 190, 150, 260)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.card = QTextBrowser()
        self.card.setObjectName("registerCard")
        self.card.setMinimumWidth(300)
        self.count = QLabel()
        self.count.setObjectName("registerCount")
        self.statusBar().addPermanentWidget(self.count)
        self.search.setMinimumWidth(260)
        title = QLabel(self.tr("Deltagarregister"))
        title.setObjectName("pageTitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, combo, width in (
            (self.tr("Arbetsplats:"), self.workplace, 170),
            (self.tr("Roll:"), self.role, 110),
            (self.tr("Omgång:"), self.cohort, 200),
            (self.tr("Status:"), self.status, 110),
        ):
            combo.setMinimumWidth(width)
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(heading)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 380])
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(10, 8, 10, 4)
        body_layout.addWidget(self.splitter)
        self.setCentralWidget(body)
        toolbar = QToolBar(self.tr("Register"))
        toolbar.setObjectName("registerToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.new_action = menu_action(self, self.tr("&Ny person …"), self.new_person, "Ctrl+N")
        self.edit_action = menu_action(self, self.tr("&Redigera …"), self.edit_person, "F2")
        self.enrol_action = menu_action(self, self.tr("&Anta till omgång …"), self.enrol, "Ctrl+E")
        self.merge_action = menu_action(
            self, self.tr("&Slå ihop dubbletter …"), self.merge, "Ctrl+M"
        )
        self.duplicates_action = menu_action(
            self, self.tr("Hitta möjliga d&ubbletter …"), self.find_duplicates
        )
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.delete_action = menu_action(
            self,
            self.tr("&Ta bort …"),
            self.delete_person,
            QKeySequence.StandardKey.Delete,
        )
        self.workplaces_action = menu_action(
            self, self.tr("Arbets&platser …"), self.edit_workplaces
        )
        self.find_action = menu_action(self, self.tr("Sök"), self._focus_search, "Ctrl+F")
        self.refresh_action = menu_action(self, self.tr("&Uppdatera"), self.reload, "F5")
        self.close_action = menu_action(self, self.tr("Stäng"), self.close, "Ctrl+W")
        for action in (
            self.new_action,
            self.edit_action,
            self.enrol_action,
            self.merge_action,
            self.duplicates_action,
            self.delete_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.workplaces_action)
        for action in (self.find_action, self.refresh_action, self.close_action):
            self.addAction(action)
        self.person_data = PersonDataActions(
            self, self._services, toolbar, self.selected_ids, self._person_data_changed
        )
        self.undo_action, self.redo_action = undo_actions(self.undo.stack, self)
        self._selection_changed()

    def _fill_filters(self) -> None:
        from seminarkoll.services.participants import PersonRole

        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

        workplaces = swedish_sorted(self._services.workplaces.workplaces(), lambda w: w.name)
        refill(
            self.workplace,
            [(self.tr("Alla"), None), *((w.name, w.id) for w in workplaces)],
        )
        refill(
            self.role,
            [
                (self.tr("Alla"), None),
                (self.tr("Deltagare"), PersonRole.PARTICIPANT),
                (self.tr("Föreläsare"), PersonRole.LECTURER),
                (self.tr("Gruppledare"), PersonRole.GROUP_LEADER),
            ],
        )
        cohorts = [
            (f"{c.name} ({c.school_year}) – {p.name}", c.id)
            for p in self._services.catalog.programmes()
            for c in p.cohorts
        ]
        refill(self.cohort, [(self.tr("Alla"), None), *cohorts])
        refill(
            self.status,
            [(self.tr("Alla"), None), *((enrolment_label(s), s) for s in EnrollmentStatus)],
        )

    def _restore(self) -> None:
        settings = app_settings()
        geometry = settings.value(SETTINGS_PREFIX + "geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1400, 760)
        else:
            keep_within_screen(self)
        splitter = settings.value(SETTINGS_PREFIX + "splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(SETTINGS_PREFIX + "header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    # -- data ------------------------------------------------------------------------------
    def register_filter(self) -> RegisterFilter:
        """The filter chosen in the combo boxes."""
        from seminarkoll.services.participants import PersonRole, RegisterFilter

        role, status = self.role.currentData(), self.status.currentData()
        return RegisterFilter(
            workplace_id=self.workplace.currentData(),
            role=None if role is None else PersonRole(role),
            cohort_id=self.cohort.currentData(),
            status=None if status is None else EnrollmentStatus(status),
        )

    def reload(self, select_id: int | None = None) -> None:
        """Load the register again (after a change), keeping the search and the selection."""
        keep = [select_id] if select_id is not None else self.selected_ids()
        rows = attempt(
            self,
            self.tr("Registret kunde inte visas"),
            lambda: self._services.participants.register(self.register_filter()),
        )
        if rows is None:
            return
        self.model.set_rows(rows)
        self.apply_search(keep)

    def apply_search(self, keep: list[int] | None = None) -> None:
        """Narrow the list to the persons matching the search text now (type-ahead); the
        selection stays when still shown, else the first match is selected."""
        self._timer.stop()
        keep = self.selected_ids() if keep is None else keep
        text = self.search.text().strip()
        ids = self._services.participants.search(text, self.register_filter()) if text else None
        self.model.set_matches(ids)
        self.select_ids(keep)
        if not self.selected_ids() and self.model.rowCount():
            self.select_ids([int(self.model.index(0, 0).data(PERSON_ROLE))])
        self._selection_changed()

    def _filters_changed(self) -> None:
        self.reload()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.empty_hint.set_text(
            self.tr(
                "Registret är tomt – importera en deltagarlista (Arkiv › Importera deltagare) "
                "eller lägg till en person med Ny person (Ctrl+N)."
            )
            if total == 0 and not self._narrowed()
            else self.tr("Ingen person matchar sökningen och urvalet.")
        )
        selected = len(self.selected_ids())
        text = (
            self.tr("%1 personer").replace("%1", str(total))
            if shown == total
            else filled(self.tr("%1 av %2 personer"), str(shown), str(total))
        )
        if selected > 1:
            text += " · " + self.tr("%1 valda").replace("%1", str(selected))
        self.count.setText(text)

    def _narrowed(self) -> bool:
        combos = (self.workplace, self.role, self.cohort, self.status)
        return bool(self.search.text().strip()) or any(c.currentData() is not None for c in combos)

    def selected_ids(self) -> list[int]:
        """Ids of the selected persons, top to bottom."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.model.index(r, 0).data(PERSON_ROLE)) for r in rows]

    def selected_rows(self) -> list[PersonRow]:
        """The selected persons."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.person_at(r) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select the persons with these ids (those shown)."""
        selection = QItemSelection()
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        for row in rows:
            selection.select(
                self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
            )
        model = self.table.selectionModel()
        model.select(selection, model.SelectionFlag.ClearAndSelect)
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
            model.select(selection, model.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(self.model.index(rows[0], 0))

    def _selection_changed(self, *_args: QItemSelection) -> None:
        ids = self.selected_ids()
        self.edit_action.setEnabled(len(ids) == 1)
        self.delete_action.setEnabled(len(ids) == 1)
        self.merge_action.setEnabled(len(ids) == 2)
        self.enrol_action.setEnabled(bool(ids))
        self.person_data.selection_changed()
        self._update_count()
        if len(ids) != 1:
            self.card.setHtml(
                "<p style='color:#52606d'>"
                + (
                    self.tr("Välj en person för att se deltagarkortet.")
                    if not ids
                    else self.tr("%1 personer valda.").replace("%1", str(len(ids)))
                )
                + "</p>"
            )
            return
        try:
            self.card.setHtml(card_html(self._services.participants.card(ids[0])))
        except DomainError as exc:
            self.card.setPlainText(str(exc))

    # -- actions ---------------------------------------------------------------------------
    def _search_enter(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_person(self) -> None:
        """Add a person (duplicates are offered before anyone is created)."""
        from seminarkoll.ui.participants.person_dialog import edit_person

        person_id = edit_person(self._services, None, self)
        if person_id is not None:
            self._fill_filters()
            self.search.clear()
            self.reload(select_id=person_id)
            if self.selected_ids() != [person_id]:
                self._show_everyone()
                self.reload(select_id=person_id)
            self.changed.emit()

    def _show_everyone(self) -> None:
        """Set every filter to "Alla" (a new person hidden by them would not be selected)."""
        for combo in (self.workplace, self.role, self.cohort, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)

    def edit_person(self) -> None:
        """Edit the selected person."""
        from seminarkoll.ui.participants.person_dialog import edit_person

        ids = self.selected_ids()
        if len(ids) != 1:
            return
        if edit_person(self._services, ids[0], self) is not None:
            self._fill_filters()
            self.reload(select_id=ids[0])
            self.changed.emit()

    def delete_person(self) -> None:
        """Remove the selected person after saying exactly what goes with them."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        impact = self._services.participants.removal_impact(ids[0])
        if impact.has_history:
            why = self.tr(
                "%1 har deltagit i, föreläst vid eller lett en omgång och kan därför inte tas "
                "bort helt, men kan anonymiseras."
            ).replace("%1", impact.name)
            self.person_data.offer_anonymisation(ids[0], why)
            return
        text = self.tr("%1 tas bort ur registret.").replace("%1", impact.name)
        details = []
        if impact.enrolments:
            details.append(
                counted(impact.enrolments, self.tr("1 antagning"), self.tr("%1 antagningar"))
            )
        if impact.marks:
            details.append(
                counted(
                    impact.marks, self.tr("1 närvaromarkering"), self.tr("%1 närvaromarkeringar")
                )
            )
        if impact.lectures:
            details.append(
                counted(
                    impact.lectures, self.tr("1 föreläsaruppdrag"), self.tr("%1 föreläsaruppdrag")
                )
            )
        if details:
            listed = ", ".join(details[:-1]) + self.tr(" och ") + details[-1]
            text += " " + self.tr("Med personen försvinner %1.").replace(
                "%1", listed if len(details) > 1 else details[0]
            )
        if impact.led_groups:
            text += " " + counted(
                impact.led_groups,
                self.tr("1 grupp blir utan ledare."),
                self.tr("%1 grupper blir utan ledare."),
            )
        text += " " + self.tr(
            "Du kan ångra borttagningen med %1 så länge Seminarkoll är öppet."
        ).replace("%1", UNDO_HINT_KEY)
        if not confirm(self, self.tr("Ta bort person"), text, self.tr("Ta bort")):
            return
        participants, person_id = self._services.participants, ids[0]
        removed = attempt(
            self, self.tr("Personen kunde inte tas bort"), participants.delete, person_id
        )
        if removed is None:
            return
        kept = [removed]
        self.undo.push(
            self.tr("borttagning av %1").replace("%1", impact.name),
            lambda: participants.restore(kept[-1]),
            lambda: kept.append(participants.delete(person_id)),
        )
        self.reload()
        self.changed.emit()

    def _person_data_changed(self, person_id: int) -> None:
        self._fill_filters()
        self.reload(select_id=person_id)
        self.changed.emit()

    def merge(self) -> None:
        """Merge the two selected persons."""
        rows = self.selected_rows()
        if len(rows) == 2:
            self.merge_pair(rows[0], rows[1])

    def merge_pair(
        self, first: PersonRow, second: PersonRow, parent: QWidget | None = None
    ) -> bool:
        """Ask which of two persons to keep and merge them (undoable); True when merged."""
        from seminarkoll.ui.participants.merge_dialog import MergeDialog

        dialog = MergeDialog(self._services, first, second, parent or self)
        if not dialog.exec() or dialog.result_value is None:
            return False
        merged = [dialog.result_value]
        participants = self._services.participants
        keep_id = merged[0].kept_id
        remove_id = second.id if first.id == keep_id else first.id
        self.undo.push(
            self.tr("sammanslagning av %1").replace("%1", first.name),
            lambda: participants.unmerge(merged[-1]),
            lambda: merged.append(participants.merge(keep_id, remove_id)),
        )
        self.reload(select_id=keep_id)
        self.statusBar().showMessage(" ".join(merged[0].explanation), 8000)
        self.changed.emit()
        return True

    def find_duplicates(self) -> None:
        """Scan the whole register for possible duplicates and merge them pair by pair."""
        from seminarkoll.ui.participants.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self._services, lambda a, b: self.merge_pair(a, b, dialog), self)
        self.duplicates_dialog = dialog
        dialog.exec()
        self.duplicates_dialog = None

    def enrol(self) -> None:
        """Enrol the selected persons in a cohort."""
        from seminarkoll.ui.participants.picker import EnrolDialog

        ids = self.selected_ids()
        if not ids:
            return
        dialog = EnrolDialog(self._services, person_ids=ids, parent=self)
        if dialog.exec():
            self.reload()
            self.statusBar().showMessage(dialog.result_text, 8000)
            self.changed.emit()

    def edit_workplaces(self) -> None:
        """Open the workplace register."""
        from seminarkoll.ui.participants.workplaces import WorkplacesDialog

        dialog = WorkplacesDialog(self._services, self)
        dialog.exec()
        if dialog.changed:
            self._fill_filters()
            self.reload()
            self.changed.emit()

    def _after_undo(self) -> None:
        self._fill_filters()
        self.reload()
        self.changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue(SETTINGS_PREFIX + "geometry", self.saveGeometry())
        settings.setValue(SETTINGS_PREFIX + "splitter", self.splitter.saveState())
        settings.setValue(SETTINGS_PREFIX + "header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
