"""Planning menus and shortcuts of the main window; the work itself loads on first use.

Imports only Qt at module level (start-up speed): the controller, dialogs and services are
imported when an action runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QSizePolicy, QToolBar, QWidget

from seminarkoll.ui.host import Change
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.navigator import COHORT, ID_ROLE, KIND_ROLE, PROGRAMME

if TYPE_CHECKING:
    from seminarkoll.ui.cohort_page import CohortPage
    from seminarkoll.ui.host import FeatureHost
    from seminarkoll.ui.planning.controller import PlanningController


class PlanningActions(QObject):
    """The "Redigera" and "Planering" menus, the schedule toolbar and context menus."""

    def __init__(self, host: FeatureHost, undo_stack: QUndoStack) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self.undo_stack = undo_stack
        self._controller: PlanningController | None = None
        self._page: CohortPage | None = None
        self.undo_action = undo_stack.createUndoAction(window, self.tr("&Ångra"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(window, self.tr("&Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_programme_action = menu_action(
            window,
            self.tr("&Redigera program …"),
            self._on(self.current_programme, lambda c, p: c.edit_programme(p)),
        )
        self.themes_action = menu_action(
            window,
            self.tr("&Temaområden …"),
            self._on(self.current_programme, lambda c, p: c.edit_themes(p)),
        )
        self.new_cohort_action = menu_action(
            window,
            self.tr("Ny &omgång …"),
            lambda: self.controller.new_cohort(self.current_programme()),
            "Ctrl+Shift+O",
        )
        self.edit_cohort_action = menu_action(
            window,
            self.tr("Redigera o&mgång …"),
            self._on(self.current_cohort, lambda c, cohort: c.edit_cohort(cohort)),
            "Ctrl+Shift+E",
        )
        self.remove_cohort_action = menu_action(
            window,
            self.tr("Ta bort omgång …"),
            self._on(
                self.current_cohort, lambda c, cohort: c.remove_cohort(cohort, self.shown_version())
            ),
        )
        self.lecturers_action = menu_action(
            window, self.tr("&Gästföreläsare …"), self.open_lecturers, "Ctrl+Shift+G"
        )
        self.pipeline_action = menu_action(
            window,
            self.tr("&Rekryteringsutfall …"),
            self._on(self.current_programme, lambda c, p: c.open_pipeline(p)),
        )
        self.export_calendar_action = menu_action(
            window,
            self.tr("Exportera schema som &kalenderfil (.ics) …"),
            self._on(self.current_cohort, lambda c, cohort: c.export_calendar(cohort)),
        )
        self.print_action = menu_action(
            window,
            self.tr("Skriv ut &schema (PDF) …"),
            self._on(self.current_cohort, lambda c, cohort: c.export_pdf(cohort)),
            QKeySequence.StandardKey.Print,
        )
        self.add_seminar_action = menu_action(
            window,
            self.tr("&Nytt seminarium …"),
            self._on(self.current_cohort, lambda c, cohort: c.add_seminar(cohort)),
            "Ins",
            scoped=True,
        )
        self.edit_seminar_action = menu_action(window, self.tr("&Redigera …"), self.edit_seminar)
        self.edit_seminar_action.setToolTip(
            self.tr("Redigera seminariet (Enter eller dubbelklick)")
        )
        self.remove_seminar_action = menu_action(
            window,
            self.tr("&Ta bort …"),
            self._on(
                self.selected_seminar,
                lambda c, seminar: c.remove_seminar(seminar, self.shown_versions().get(seminar)),
            ),
            QKeySequence.StandardKey.Delete,
            scoped=True,
        )
        self.move_up_action = menu_action(
            window,
            self.tr("Flytta &upp"),
            self._on(
                self.selected_seminar,
                lambda c, seminar: c.move_seminar(seminar, -1, self.shown_versions),
            ),
            "Ctrl+Up",
            scoped=True,
        )
        self.move_down_action = menu_action(
            window,
            self.tr("Flytta n&er"),
            self._on(
                self.selected_seminar,
                lambda c, seminar: c.move_seminar(seminar, 1, self.shown_versions),
            ),
            "Ctrl+Down",
            scoped=True,
        )
        self.export_seminar_action = menu_action(
            window, self.tr("Exportera seminariet som kalenderfil …"), self.export_seminar
        )
        for action, short in (
            (self.export_calendar_action, self.tr("Kalenderfil (.ics) …")),
            (self.print_action, self.tr("Skriv ut (PDF) …")),
            (self.edit_cohort_action, self.tr("Redigera omgång …")),
            (self.add_seminar_action, self.tr("Nytt seminarium …")),
        ):
            action.setIconText(short)
        for action in (
            self.add_seminar_action,
            self.edit_seminar_action,
            self.remove_seminar_action,
            self.move_up_action,
            self.move_down_action,
            self.export_calendar_action,
            self.print_action,
            self.edit_cohort_action,
        ):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = action.toolTip() if action is self.edit_seminar_action else action.text()
            tip = tip.replace("&", "").replace(" …", "")
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self._needs_database = [self.lecturers_action, self.new_cohort_action]
        self._needs_programme = [
            self.edit_programme_action,
            self.themes_action,
            self.pipeline_action,
        ]
        self._needs_cohort = [
            self.edit_cohort_action,
            self.remove_cohort_action,
            self.export_calendar_action,
            self.print_action,
            self.add_seminar_action,
        ]
        self._needs_seminar = [
            self.edit_seminar_action,
            self.remove_seminar_action,
            self.move_up_action,
            self.move_down_action,
            self.export_seminar_action,
        ]
        for action in (
            *self._needs_database,
            *self._needs_programme,
            *self._needs_cohort,
            *self._needs_seminar,
        ):
            action.setEnabled(False)
        navigator = host.navigator
        navigator.selectionModel().currentChanged.connect(lambda *_: self.update_state())
        navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._navigator_menu)
        navigator.programme_selected.connect(self._programme_hint)
        host.pages.currentChanged.connect(lambda _index: self.update_state())

    def _on(
        self,
        current: Callable[[], int | None],
        run: Callable[[PlanningController, int], object],
    ) -> Callable[[], None]:
        """A slot that runs `run(controller, id)` on what `current()` names, if anything."""

        def slot() -> None:
            chosen = current()
            if chosen is not None:
                run(self.controller, chosen)

        return slot

    # -- menus ----------------------------------------------------------------------------------
    def install_menus(self, menu_bar: QMenuBar) -> None:
        """Add "Redigera" and "Planering" to the menu bar."""
        edit = menu_bar.addMenu(self.tr("&Redigera"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        planning = menu_bar.addMenu(self.tr("&Planering"))
        planning.addAction(self._host.new_programme_action)
        planning.addAction(self.edit_programme_action)
        planning.addAction(self.themes_action)
        planning.addSeparator()
        planning.addAction(self.new_cohort_action)
        planning.addAction(self.edit_cohort_action)
        planning.addAction(self.remove_cohort_action)
        planning.addSeparator()
        planning.addAction(self.lecturers_action)
        planning.addAction(self.pipeline_action)
        planning.addSeparator()
        planning.addAction(self.export_calendar_action)
        planning.addAction(self.print_action)
        planning.aboutToShow.connect(self.update_state)

    def attach_schedule(self, page: CohortPage) -> None:
        """Make the cohort page's schedule editable: toolbar, shortcuts, context menu, Enter."""
        self._page = page
        table = page.schedule
        toolbar: QToolBar = page.schedule_toolbar
        for action in (
            self.add_seminar_action,
            self.edit_seminar_action,
            self.remove_seminar_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.move_up_action)
        toolbar.addAction(self.move_down_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.export_calendar_action)
        toolbar.addAction(self.print_action)
        toolbar.addAction(self.edit_cohort_action)
        for action in (
            self.add_seminar_action,
            self.remove_seminar_action,
            self.move_up_action,
            self.move_down_action,
        ):
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._schedule_menu)
        table.activated.connect(lambda _index: self.edit_seminar())
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_state())
        page.schedule_model.modelReset.connect(self.update_state)

    def _schedule_menu(self, point: QPoint) -> None:
        page = self._page
        if page is None:
            return
        menu = QMenu(page.schedule)
        menu.addAction(self.add_seminar_action)
        if self.selected_seminar() is not None:
            menu.addAction(self.edit_seminar_action)
            menu.addAction(self.remove_seminar_action)
            menu.addSeparator()
            menu.addAction(self.move_up_action)
            menu.addAction(self.move_down_action)
            menu.addSeparator()
            menu.addAction(self.export_seminar_action)
        menu.popup(page.schedule.viewport().mapToGlobal(point))

    def _navigator_menu(self, point: QPoint) -> None:
        navigator = self._host.navigator
        index = navigator.indexAt(point)
        if index.isValid():
            navigator.setCurrentIndex(index)
        self.update_state()
        menu = QMenu(navigator)
        if index.isValid() and index.data(KIND_ROLE) == COHORT:
            for action in (
                self.edit_cohort_action,
                self.export_calendar_action,
                self.print_action,
                self.remove_cohort_action,
            ):
                menu.addAction(action)
            menu.addSeparator()
        if index.isValid():
            menu.addAction(self.new_cohort_action)
            menu.addAction(self.edit_programme_action)
            menu.addAction(self.themes_action)
            menu.addSeparator()
        menu.addAction(self._host.new_programme_action)
        menu.popup(navigator.viewport().mapToGlobal(point))

    def _programme_hint(self, _programme_id: int) -> None:
        """Tell how to go on when a programme without cohorts is selected."""
        navigator = self._host.navigator
        index = navigator.currentIndex()
        if index.isValid() and navigator.model().rowCount(index) == 0:
            text = self.tr(
                "%1 har inga omgångar än.\n"
                "Lägg upp den första med Planering → Ny omgång … (Ctrl+Shift+O)."
            ).replace("%1", str(index.data()))
        else:
            text = self.tr("Välj en omgång i listan till vänster.")
        self._host.hint.setText(text)

    # -- state ----------------------------------------------------------------------------------
    def database_opened(self) -> None:
        """A new database is open: forget the undo history of the old one."""
        self.undo_stack.clear()
        if self._controller is not None:
            self._controller.close_windows()
        self.update_state()

    def update_state(self) -> None:
        """Enable the actions that fit what is selected."""
        has_db = self._host.services is not None
        programme = self.current_programme() is not None
        cohort = self.current_cohort() is not None
        seminar = cohort and self.selected_seminar() is not None
        for action in self._needs_database:
            action.setEnabled(has_db)
        for action in self._needs_programme:
            action.setEnabled(has_db and programme)
        for action in self._needs_cohort:
            action.setEnabled(has_db and cohort)
        for action in self._needs_seminar:
            action.setEnabled(has_db and seminar)

    def current_programme(self) -> int | None:
        """The programme selected in the tree, or the one of the selected cohort."""
        index = self._host.navigator.currentIndex()
        if not index.isValid():
            return None
        if index.data(KIND_ROLE) == PROGRAMME:
            return int(index.data(ID_ROLE))
        parent: QModelIndex = index.parent()
        return int(parent.data(ID_ROLE)) if parent.isValid() else None

    def current_cohort(self) -> int | None:
        """The cohort shown on the right, if any."""
        page = self._page
        if page is None or self._host.pages.currentWidget() is not page or page.overview is None:
            return None
        return page.overview.cohort.id

    def selected_seminar(self) -> int | None:
        """The seminar selected in the schedule."""
        page = self._page
        if page is None:
            return None
        from seminarkoll.ui.schedule_model import ID_ROLE as SEMINAR_ID_ROLE

        selection = page.schedule.selectionModel()
        current = page.schedule.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row(), current.parent()):
            chosen = current
        else:
            rows = selection.selectedRows()
            if not rows:
                return None
            chosen = rows[0]
        value: Any = chosen.data(SEMINAR_ID_ROLE)
        return int(value) if value is not None else None

    def shown_version(self) -> int | None:
        """The version of the cohort shown on the right (None when none is)."""
        page = self._page
        return None if page is None or page.overview is None else page.overview.cohort.version

    def shown_versions(self) -> dict[int, int]:
        """The versions of the seminars the schedule shows (a move gives them back)."""
        page = self._page
        return {} if page is None else {row.id: row.version for row in page.schedule_model.rows()}

    # -- running actions ------------------------------------------------------------------------
    @property
    def controller(self) -> PlanningController:
        """The controller, built on first use (imports the dialogs and services then)."""
        if self._controller is None:
            from seminarkoll.ui.planning.controller import PlanningController

            host = self._host
            controller = PlanningController(host.require_services, self.undo_stack, host.window())
            controller.changed.connect(host.apply_change)
            controller.status.connect(lambda text: host.statusBar().showMessage(text, 10000))
            self._controller = controller
        return self._controller

    def new_programme(self) -> None:
        """Create a programme and select it."""
        self.controller.new_programme()

    def open_lecturers(self) -> None:
        register = self.controller.open_lecturers()
        if not register.property("connected"):
            register.seminar_requested.connect(self._open_seminar)
            register.setProperty("connected", True)

    def export_seminar(self) -> None:
        cohort, seminar = self.current_cohort(), self.selected_seminar()
        if cohort is not None and seminar is not None:
            self.controller.export_calendar(cohort, seminar)

    def edit_seminar(self) -> None:
        seminar = self.selected_seminar()
        if seminar is not None:
            self.controller.edit_seminar(seminar)

    # -- after a change -------------------------------------------------------------------------
    def change_applied(self, change: Change) -> None:
        """After a change: select the seminar it names and enable what fits."""
        page, cohort = self._page, self.current_cohort()
        seminar = change.seminar_id
        if (
            seminar is not None
            and page is not None
            and cohort is not None
            and change.cohort_id in (None, cohort)
        ):
            self.select_seminar(page, seminar)
        self.update_state()

    def select_seminar(self, page: CohortPage, seminar_id: int) -> None:
        """Select the seminar's row in the schedule and give the table the focus."""
        from seminarkoll.ui.schedule_model import ID_ROLE as SEMINAR_ID_ROLE

        proxy = page.schedule_proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(SEMINAR_ID_ROLE) == seminar_id:
                page.schedule.selectRow(row)
                page.schedule.setFocus()
                return

    def _open_seminar(self, cohort_id: int, seminar_id: int) -> None:
        self._host.apply_change(Change(cohort_id=cohort_id, seminar_id=seminar_id))
        if self.current_cohort() == cohort_id:
            window = self._host.window()
            window.raise_()
            window.activateWindow()
