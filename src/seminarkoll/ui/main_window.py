"""The main window: programme tree on the left, the selected cohort on the right."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QThreadPool, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from seminarkoll import __version__
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.examples import LEDARE_PA_LUT
from seminarkoll.domain.translation import filled
from seminarkoll.ui.host import EVERYTHING, Change
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import attempt, confirm, show_error
from seminarkoll.ui.navigator import COHORT, PROGRAMME, ProgrammeNavigator
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.style import STYLE_SHEET
from seminarkoll.ui.window_size import keep_within_screen, resize_within_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from seminarkoll.services.container import Services
    from seminarkoll.services.opening import (
        DatabaseLocation,
        EmptyDatabaseFileError,
        ServerAddress,
        StartView,
    )
    from seminarkoll.ui.attendance.offline_menu import OfflineActions
    from seminarkoll.ui.cohort_page import CohortPage
    from seminarkoll.ui.exchange.menu import ExchangeMenu
    from seminarkoll.ui.followup.actions import FollowUpActions
    from seminarkoll.ui.opening import DatabaseOpening, OpenSession
    from seminarkoll.ui.participants.menus import ParticipationMenus
    from seminarkoll.ui.planning.actions import PlanningActions
    from seminarkoll.ui.privacy.menu import PrivacyMenu
    from seminarkoll.ui.server_dialog import ServerDialog
    from seminarkoll.ui.tasks import BackgroundTask
    from seminarkoll.ui.welcome_page import WelcomePage

PROBE_ENV = "SEMINARKOLL_STARTUP_PROBE"
PROBE_MARKS = ("painted", "data", "menus")
"""What the start-up probe prints, in the order it happens; the window closes at the probe's
mark (at "data" when the probe names none of them)."""
OUTSIDE_CHECK_MS = 5000
"""How often the window asks the database whether someone else (another coordinator, another
program) changed it."""


class MainWindow(QMainWindow):
    """Shows itself at once, then opens the database after the first paint."""

    WELCOME, COHORT, HINT = range(1, 4)
    """Indexes of the pages; page 0 says the database is being opened."""
    waiting = Signal(str)
    """Why opening a database takes time (another client migrates the server); emitted on the
    opening thread, shown on the GUI thread."""

    def __init__(
        self,
        opener: DatabaseOpening[Any],
        location: DatabaseLocation,
        *,
        remembered_server: bool = False,
    ) -> None:
        """`remembered_server`: `location` is the shared database the user chose last time (if
        it cannot be reached, the window offers the connection dialog instead of closing)."""
        super().__init__()
        self._opener = opener
        self._initial_location = location
        self._remembered_server = remembered_server
        self.services: Services | None = None
        self.exit_code: int | None = None
        self.opening_task: BackgroundTask | None = None
        self.connecting_task: BackgroundTask | None = None
        """The database being locked, connected to and migrated, off the GUI thread."""
        self.server_dialog: ServerDialog | None = None
        self._opening_pool = QThreadPool(self)
        self._connecting_pool = QThreadPool(self)
        self._first_paint_seen = False
        self._pending_cohort: int | None = None
        self._probe = os.environ.get(PROBE_ENV, "")
        self.setObjectName("mainWindow")
        self.setWindowTitle("Seminarkoll")
        self.setStyleSheet(STYLE_SHEET)
        self._build_pages()
        self._build_menus()
        self._db_label = QLabel(self.tr("Öppnar databasen …"))
        self._busy = QProgressBar()
        self._busy.setObjectName("connectingBusy")
        self._busy.setRange(0, 0)  # busy: how long a server takes to answer is not known
        self._busy.setMaximumWidth(120)
        self._busy.setTextVisible(False)
        self._busy.hide()
        self.statusBar().addPermanentWidget(self._busy)
        self.statusBar().addPermanentWidget(self._db_label)
        self._restore_state()
        self._outside_timer = QTimer(self)
        self._outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.notice_outside_changes)
        self.waiting.connect(self._show_waiting)

    # -- construction -------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.navigator = ProgrammeNavigator()
        self.navigator.cohort_selected.connect(self.show_cohort)
        self.navigator.programme_selected.connect(self._programme_selected)
        left = QWidget()
        left.setObjectName("sidebar")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(self.tr("Program och omgångar"))
        heading.setObjectName("sidebarHeading")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.navigator)
        self.pages = QStackedWidget()
        loading = QLabel(self.tr("Öppnar databasen …"))
        loading.setObjectName("pageHint")
        # The welcome and cohort pages are built on first use: neither shows at the first
        # paint, and their modules and widgets cost it about 10 and 40 ms.
        self._welcome: WelcomePage | None = None
        self._cohort_page: CohortPage | None = None
        self.hint = QLabel(self.tr("Välj en omgång i listan till vänster."))
        self.hint.setObjectName("pageHint")
        for page in (loading, QWidget(), QWidget(), self.hint):
            self.pages.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.setCentralWidget(self.splitter)

    @property
    def welcome(self) -> WelcomePage:
        """The page shown for an empty database, built on first use."""
        if self._welcome is None:
            from seminarkoll.ui.welcome_page import WelcomePage

            page = WelcomePage()
            page.new_programme_requested.connect(self.new_programme)
            page.example_requested.connect(self.load_example)
            self._place_page(self.WELCOME, page)
            self._welcome = page
        return self._welcome

    @property
    def cohort_page(self) -> CohortPage:
        """The cohort overview page, built on first use."""
        if self._cohort_page is None:
            from seminarkoll.ui.cohort_page import CohortPage

            page = CohortPage()
            page.schedule_painted.connect(self._schedule_painted)
            self._place_page(self.COHORT, page)
            self._cohort_page = page
            self.planning.attach_schedule(page)
        return self._cohort_page

    def _place_page(self, index: int, page: QWidget) -> None:
        """Put `page` in place of the empty widget holding its `index` among the pages."""
        placeholder = self.pages.widget(index)
        assert placeholder is not None
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        self.new_programme_action = menu_action(
            self, self.tr("Nytt &program …"), self.new_programme, QKeySequence("Ctrl+Shift+N")
        )
        self.open_action = menu_action(
            self, self.tr("&Öppna databas …"), self.choose_database, QKeySequence.StandardKey.Open
        )
        self.new_db_action = menu_action(
            self, self.tr("&Ny databas …"), self.create_database, QKeySequence.StandardKey.New
        )
        self.server_action = menu_action(
            self, self.tr("Anslut till gemensam data&bas …"), self.connect_to_server
        )
        self.demo_action = menu_action(self, self.tr("Läs in &exempelprogram"), self.load_demo)
        self.quit_action = menu_action(
            self, self.tr("&Avsluta"), self.close, QKeySequence("Ctrl+Q")
        )
        for action in (self.new_programme_action, self.demo_action):
            action.setEnabled(False)
        menu.addAction(self.new_programme_action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        menu.addAction(self.new_db_action)
        menu.addAction(self.server_action)
        menu.addSeparator()
        menu.addAction(self.demo_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self._file_menu = menu
        self.about_action = menu_action(self, self.tr("&Om Seminarkoll"), self.show_about)

    exchange: ExchangeMenu
    undo_stack: QUndoStack
    planning: PlanningActions
    participation: ParticipationMenus
    followup: FollowUpActions
    privacy: PrivacyMenu
    offline: OfflineActions

    def _install_feature_menus(self) -> None:
        """Planning, participant, attendance and exchange menus, built right after the first
        paint so the window appears as fast as a bare one."""
        from seminarkoll.ui.exchange.menu import ExchangeMenu
        from seminarkoll.ui.participants.menus import ParticipationMenus
        from seminarkoll.ui.planning.actions import PlanningActions
        from seminarkoll.ui.privacy.menu import PrivacyMenu

        self.exchange = ExchangeMenu(self, self._file_menu, before=self.quit_action)
        self.undo_stack = QUndoStack(self)
        self.planning = PlanningActions(self, self.undo_stack)
        self.planning.install_menus(self.menuBar())
        self.participation = ParticipationMenus(self, self.undo_stack)
        from seminarkoll.ui.followup.actions import FollowUpActions

        self.followup = FollowUpActions(
            self, self._file_menu, self.quit_action, self.participation.attendance_menu
        )
        self.followup.certificates_issued.connect(self._certificates_issued)
        from seminarkoll.ui.attendance.offline_menu import OfflineActions

        self.offline = OfflineActions(
            self, self._opener, self._file_menu, self.quit_action, self.participation
        )
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about_action)
        self.privacy = PrivacyMenu(
            self, self._opener, self._file_menu, help_menu, before=self.quit_action
        )

    # -- start-up -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.notice_outside_changes)
        if event.type() == QEvent.Type.Paint and not self._first_paint_seen:
            self._first_paint_seen = True
            self._probe_mark("painted")
            self._install_feature_menus()
            QTimer.singleShot(0, self._open_initial)
        return handled

    def _open_initial(self) -> None:
        """Lock and check the database, show its first screen through the fast read path,
        then build the services (SQLAlchemy) in the next turn of the event loop. A server is
        connected to and migrated off the GUI thread (it may take seconds to answer)."""
        if not self._initial_location.is_sqlite:
            self._prepare_in_background(
                self._initial_location,
                lambda prepared: self._finish_open(prepared, refresh=True),
                self._initial_server_failed,
            )
            return
        try:
            prepared = self._prepare(self._initial_location)
            view = self._opener.start_view(prepared, self._remembered_cohort())
        except DomainError as exc:
            self._initial_failed(exc)
            return
        if view is not None:
            self._show_start_view(view)
            self.repaint()  # show the data now, before the services take their import time
        QTimer.singleShot(0, lambda: self._finish_open(prepared, refresh=view is None))

    def _prepare(self, location: DatabaseLocation) -> object:
        """Lock, migrate and check `location`; an empty file is used only if the user agrees
        to make a new database of it (else its EmptyDatabaseFileError is raised on)."""
        from seminarkoll.services.opening import EmptyDatabaseFileError

        try:
            return self._opener.prepare(location)
        except EmptyDatabaseFileError as exc:
            if not self._agree_to_empty(exc):
                raise
            return self._opener.prepare(location, empty_ok=True)

    def _agree_to_empty(self, error: EmptyDatabaseFileError) -> bool:
        """Ask whether an empty file may become a new database."""
        return confirm(
            self,
            self.tr("Tom fil"),
            self.tr(
                "Filen %1 är tom (0 byte) och innehåller ingen databas.\n\n"
                "Vill du skapa en ny, tom Seminarkoll-databas i den?"
            ).replace("%1", str(error.path)),
            self.tr("Skapa ny databas"),
        )

    def _initial_failed(self, error: DomainError | str) -> None:
        self.exit_code = 2
        self._db_label.setText(self.tr("Ingen databas öppen"))
        box = show_error(self, self.tr("Databasen kunde inte öppnas"), error)
        box.finished.connect(self.close)
        self._probe_mark("failed")

    def _initial_server_failed(self, error: DomainError | str) -> None:
        """The shared database chosen last time did not answer: explain, then offer the
        connection dialog (another server, the password again, or the local file)."""
        if not self._remembered_server:
            self._initial_failed(error)
            return
        self.exit_code = 2
        self._db_label.setText(self.tr("Ingen databas öppen"))
        box = show_error(self, self.tr("Ingen anslutning till servern"), error)
        box.finished.connect(self._offer_server_dialog)

    def _offer_server_dialog(self) -> None:
        dialog = self.connect_to_server()
        dialog.rejected.connect(self._close_without_database)

    def _close_without_database(self) -> None:
        if self._opener.current is None and self.connecting_task is None:
            self.close()

    def _show_start_view(self, view: StartView) -> None:
        self.navigator.blockSignals(True)
        self.navigator.set_programmes(view.programmes)
        if view.overview is not None:
            self.navigator.select(COHORT, view.overview.cohort.id)
        self.navigator.blockSignals(False)
        if view.overview is not None:
            self.cohort_page.show_overview(view.overview)
            self.pages.setCurrentIndex(self.COHORT)
            if not view.overview.seminars:
                self._probe_mark("data")
        elif view.programmes:
            self.pages.setCurrentIndex(self.HINT)
            self._probe_mark("data")
        else:
            self.pages.setCurrentWidget(self.welcome)
            self._probe_mark("data")

    def _finish_open(self, prepared: object, *, refresh: bool) -> None:
        try:
            session = self._opener.finish(prepared)
        except DomainError as exc:
            self._initial_failed(exc)
            return
        self._opened(session.services, session.location.display)
        later = refresh and self._show_when_loaded(session)
        if refresh and not later:
            self.refresh()
        elif self._pending_cohort is not None:
            self.show_cohort(self._pending_cohort)
        self._probe_mark("menus")
        self._load_in_background(session, refresh=later)

    def _show_when_loaded(self, session: OpenSession) -> bool:
        """For a server: show the opening page until `OpenDatabase.load` has connected off
        the GUI thread (the window's first read then finds the connection). True then."""
        if session.location.is_sqlite:
            return False
        self.navigator.set_programmes(())
        self.pages.setCurrentIndex(0)
        return True

    def _load_in_background(self, session: OpenSession, *, refresh: bool = False) -> None:
        """Open the database, back up and check it (`OpenDatabase.load`) on a thread of the
        window's own, so the first action need not wait for SQLAlchemy; then `refresh` the
        window if asked. Closing the window waits for that thread (the check takes up to a
        second at ten years of data)."""
        from seminarkoll.ui.tasks import BackgroundTask

        if not self.isVisible():  # closed before opening finished: the thread would outlive it
            return
        self._opening_pool.waitForDone()
        task = BackgroundTask(lambda _progress: session.load())
        task.succeeded.connect(lambda _result: self._loaded(session, refresh))
        task.failed.connect(self._opening_failed)
        self.opening_task = task
        task.start(self._opening_pool)

    def _loaded(self, session: OpenSession, refresh: bool) -> None:
        if self.services is session.services:  # still open in this window
            if refresh:
                self.refresh()
            self.privacy.remind()

    def _opening_failed(self, error: BaseException) -> None:
        message = error if isinstance(error, DomainError) else str(error)
        show_error(self, self.tr("Problem med databasen"), message)

    def _opened(self, services: Services, display: str) -> None:
        self.services = services
        self._pending_cohort = None
        self._db_label.setText(self.tr("Databas: %1").replace("%1", display))
        self._db_label.setToolTip(display)
        self.new_programme_action.setEnabled(True)
        self.demo_action.setEnabled(True)
        self.planning.database_opened()
        self.participation.database_opened(services)
        self.followup.database_opened(services)
        page = self._cohort_page
        if page is not None and page.overview is not None:
            cohort = page.overview.cohort
            self.followup.cohort_shown(page, cohort.id, cohort.programme_id)
        self.privacy.database_opened(services)
        self.exchange.update_actions()
        self._outside_timer.start()

    def _remembered_cohort(self) -> int | None:
        value = app_settings().value("lastCohort")
        try:
            return None if value is None else int(str(value))
        except ValueError:
            return None

    def open_database(self, location: DatabaseLocation) -> None:
        """Open another database (lock, connect, migrate, check: off the GUI thread) and show
        it; on failure explain and keep the current one."""
        self._prepare_in_background(
            location,
            self._switch_to,
            lambda error: show_error(self, self.tr("Databasen kunde inte öppnas"), error),
        )

    def _switch_to(self, prepared: object) -> None:
        """Close the current database and show the prepared one."""
        session = attempt(
            self, self.tr("Databasen kunde inte öppnas"), self._opener.finish, prepared
        )
        if session is None:
            return
        self.exit_code = None
        self._opened(session.services, session.location.display)
        later = self._show_when_loaded(session)
        if not later:
            self.refresh()
        self._load_in_background(session, refresh=later)

    def _prepare_in_background(
        self,
        location: DatabaseLocation,
        ready: Callable[[object], object],
        failed: Callable[[DomainError | str], object],
        *,
        empty_ok: bool = False,
    ) -> None:
        """Lock, connect to and migrate `location` on a thread (`DatabaseOpening.prepare`),
        with the status bar busy; `ready(prepared)` or `failed(error)` follow on the GUI
        thread. The current database stays open meanwhile. An empty file is used only if the
        user agrees (asked here, then prepared again)."""
        from seminarkoll.services.opening import EmptyDatabaseFileError
        from seminarkoll.ui.tasks import BackgroundTask

        task = BackgroundTask(
            lambda _progress: self._opener.prepare(
                location, empty_ok=empty_ok, waiting=self.waiting.emit
            )
        )

        def succeeded(prepared: object) -> None:
            if task is not self.connecting_task:  # dropped meanwhile (Avbryt, closing)
                self._opener.release(prepared)
                return
            self._connecting_done()
            ready(prepared)

        def refused(error: BaseException) -> None:
            if task is not self.connecting_task:
                return
            self._connecting_done()
            if isinstance(error, EmptyDatabaseFileError) and self._agree_to_empty(error):
                self._prepare_in_background(location, ready, failed, empty_ok=True)
                return
            failed(error if isinstance(error, DomainError) else str(error))

        task.succeeded.connect(succeeded)
        task.failed.connect(refused)
        self.connecting_task = task
        self._busy.show()
        self._db_label.setText(self.tr("Öppnar %1 …").replace("%1", location.display))
        for action in (self.open_action, self.new_db_action, self.server_action):
            action.setEnabled(False)
        task.start(self._connecting_pool)

    def _connecting_done(self) -> None:
        self.connecting_task = None
        self._busy.hide()
        for action in (self.open_action, self.new_db_action, self.server_action):
            action.setEnabled(True)
        current = self._opener.current
        self._db_label.setText(
            self.tr("Databas: %1").replace("%1", current.location.display)
            if current is not None
            else self.tr("Ingen databas öppen")
        )

    def _show_waiting(self, message: str) -> None:
        self._db_label.setText(message)
        dialog = self.server_dialog
        if dialog is not None and dialog.busy:
            dialog.status.setText(message)

    def drop_connecting(self) -> None:
        """Stop waiting for the database being prepared (Avbryt); the current one stays."""
        if self.connecting_task is not None:
            self._connecting_done()

    def connect_to_server(self) -> ServerDialog:
        """Arkiv → Anslut till gemensam databas: ask for the server and connect to it."""
        from seminarkoll.services.opening import server_address
        from seminarkoll.ui.server_dialog import ServerDialog
        from seminarkoll.ui.server_login import last_server, remembered_server

        current = self._opener.current
        address = server_address(current.location if current else self._initial_location)
        on_server = address is not None or remembered_server() is not None
        dialog = ServerDialog(address or last_server(), on_server=on_server, parent=self)
        dialog.connect_requested.connect(
            lambda chosen, password: self._connect_server(dialog, chosen, password)
        )
        dialog.local_requested.connect(lambda: self._use_local_file(dialog))
        dialog.cancel_requested.connect(self.drop_connecting)
        self.server_dialog = dialog
        dialog.open()
        return dialog

    def _connect_server(self, dialog: ServerDialog, address: ServerAddress, password: str) -> None:
        from seminarkoll.ui.server_login import remember

        def ready(prepared: object) -> None:
            problem = remember(address, password)
            dialog.connected()
            self._switch_to(prepared)
            if problem is not None:
                show_error(self, self.tr("Nyckelringen"), problem)

        def failed(error: DomainError | str) -> None:
            dialog.failed()
            show_error(dialog, self.tr("Ingen anslutning till servern"), error)

        self._prepare_in_background(address.location(password), ready, failed)

    def _use_local_file(self, dialog: ServerDialog) -> None:
        """Forget the server (and its password) and open the local database file."""
        from seminarkoll.services.opening import default_file
        from seminarkoll.ui.server_login import use_local_file

        use_local_file()
        dialog.accept()
        self.open_database(default_file())

    def refresh(self, select_cohort: int | None = None) -> None:
        """Reload the programme tree and show the remembered (or given) cohort."""
        services = self.require_services()
        programmes = services.catalog.programmes()
        self.navigator.set_programmes(programmes)
        self.exchange.update_actions()
        if not programmes:
            self.pages.setCurrentWidget(self.welcome)
            self._probe_mark("data")
            return
        remembered = self._remembered_cohort()
        for candidate in (select_cohort, remembered, self.navigator.first_cohort_id()):
            if candidate is not None and self.navigator.select(COHORT, candidate):
                return
        self.pages.setCurrentIndex(self.HINT)

    def existing_cohort_page(self) -> CohortPage | None:
        """The cohort page once it is built, else None (never builds it)."""
        return self._cohort_page

    def _shown_cohort(self) -> int | None:
        page = self._cohort_page
        if page is None or self.pages.currentWidget() is not page or page.overview is None:
            return None
        return page.overview.cohort.id

    def apply_change(self, change: Change, source: object | None = None) -> None:
        """Redraw what `change` touched and nothing else: the tree, the cohort overview, then
        each feature's views decide for themselves; `source` made the change and already
        shows it."""
        services = self.services
        if services is None:
            return
        shown = self._shown_cohort()
        cohort = change.cohort_id if change.cohort_id is not None else shown
        if change.tree:
            self.refresh(select_cohort=cohort)  # a new selection shows the cohort afresh
            if change.show_programme and change.programme_id is not None:
                self.navigator.select(PROGRAMME, change.programme_id)
        elif cohort is not None and cohort != shown:
            self.navigator.select(COHORT, cohort)
            if self._shown_cohort() != cohort:
                self.show_cohort(cohort)
        elif cohort is not None and change.overview:
            overview = attempt(
                self, self.tr("Omgången kunde inte visas"), services.catalog.cohort_overview, cohort
            )
            if overview is None:
                return
            self.cohort_page.show_overview(overview)
        shown_afresh = change.tree or cohort != shown
        if cohort is not None and not shown_afresh:
            self.followup.change_applied(change, self.cohort_page)
        self.participation.change_applied(change, source, tabs=not shown_afresh)
        self.planning.change_applied(change)
        self.exchange.update_actions()

    def notice_outside_changes(self) -> bool:
        """Show the database as it is now when another program (the command line, another
        window) has changed it since we last looked: on activation and every few seconds,
        unless a dialog is open or the database is still loading. True when the window was
        refreshed."""
        services = self.services
        if services is None or not services.is_open:
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        if not services.database.outside_changes():
            return False
        current = self.navigator.current_item()
        cohort = current[1] if current and current[0] == COHORT else None
        self.apply_change(replace(EVERYTHING, cohort_id=cohort))
        self.statusBar().showMessage(
            self.tr(
                "Databasen har ändrats av någon annan (en annan samordnare eller ett annat "
                "program); fönstret visar det senaste."
            ),
            10000,
        )
        return True

    def show_cohort(self, cohort_id: int) -> None:
        """Show the cohort overview for `cohort_id` (once the services are ready)."""
        if self.services is None:
            self._pending_cohort = cohort_id
            return
        services = self.services
        overview = attempt(
            self, self.tr("Omgången kunde inte visas"), services.catalog.cohort_overview, cohort_id
        )
        if overview is None:
            return
        self.cohort_page.show_overview(overview)
        self.pages.setCurrentIndex(self.COHORT)
        self.participation.cohort_shown(cohort_id)
        self.followup.cohort_shown(self.cohort_page, cohort_id, overview.cohort.programme_id)
        self.exchange.update_actions()
        app_settings().setValue("lastCohort", cohort_id)
        if not overview.seminars:
            self._probe_mark("data")

    def _programme_selected(self, programme_id: int) -> None:
        self.pages.setCurrentIndex(self.HINT)
        self.followup.programme_shown(programme_id)
        self.exchange.update_actions()

    def _certificates_issued(self) -> None:
        """Issue dates changed: the roster and the cards show them."""
        self.apply_change(Change(roster=True))

    def _schedule_painted(self) -> None:
        self._probe_mark("data")

    def _probe_mark(self, what: str) -> None:
        if not self._probe:
            return
        print(f"{what} {time.perf_counter():.6f}", flush=True)
        last = self._probe if self._probe in PROBE_MARKS else "data"
        if what == "failed" or PROBE_MARKS.index(what) >= PROBE_MARKS.index(last):
            QTimer.singleShot(0, self.close)

    # -- actions ------------------------------------------------------------------------
    def new_programme(self) -> None:
        """Ask for a new programme and select it (undoable)."""
        self.planning.new_programme()

    def load_demo(self) -> None:
        """Load the default example programme and show its cohort."""
        self.load_example(LEDARE_PA_LUT.key)

    def load_example(self, key: str) -> None:
        """Load the example programme named `key` and show its cohort."""
        services = self.require_services()
        result = attempt(self, self.tr("Exempelprogrammet"), services.demo.load_example, key)
        if result is None:
            return
        self.refresh(select_cohort=result.cohort_id)
        self.statusBar().showMessage(self.tr("Exempelprogrammet är inläst."), 5000)

    def choose_database(self) -> None:
        """Pick an existing database file and open it."""
        from seminarkoll.ui.exchange.files import ask_open_path

        path = ask_open_path(
            self,
            self.tr("Öppna databas"),
            self._current_folder(),
            self.tr("Seminarkoll-databas (*.sqlite3 *.sqlite *.db);;Alla filer (*)"),
        )
        if path is not None:
            self._open_path(path)

    def create_database(self) -> None:
        """Choose where a new, empty database goes and open it."""
        from PySide6.QtWidgets import QFileDialog  # its type costs the first paint 3 ms

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ny databas"),
            str(self._current_folder() / "seminarkoll.sqlite3"),
            self.tr("Seminarkoll-databas (*.sqlite3)"),
        )
        if path:
            target = Path(path)
            if target.suffix == "":
                target = target.with_suffix(".sqlite3")
            self._open_path(target)

    def _open_path(self, path: Path) -> None:
        from seminarkoll.services.opening import resolve

        self.open_database(resolve(str(path)))

    def _current_folder(self) -> Path:
        session = self._opener.current
        path = session.location.path if session is not None else None
        return path.parent if path is not None else Path.home()

    def show_about(self) -> None:
        """Version and where the data lives."""
        from PySide6.QtWidgets import QMessageBox  # its type costs the first paint 3 ms

        location = self._db_label.toolTip() or self.tr("(ingen databas öppen)")
        QMessageBox.about(
            self,
            self.tr("Om Seminarkoll"),
            filled(
                self.tr(
                    "<h3>Seminarkoll %1</h3><p>Planering, deltagare och närvaro för "
                    "ledarutvecklingsprogram.</p><p><b>Databas:</b><br>%2</p>"
                    "<p>Python %3 · Qt för Python</p>"
                ),
                __version__,
                location,
                sys.version.split()[0],
            ),
        )

    def require_services(self) -> Services:
        """The open database's services; RuntimeError when none is open."""
        if self.services is None:
            raise RuntimeError("no database is open")
        return self.services

    # -- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1280, 780)
        else:
            keep_within_screen(self)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        self.connecting_task = None  # a late answer is released, not opened
        self._connecting_pool.waitForDone()
        self._opening_pool.waitForDone()
        self._opener.close()
        self.services = None
        super().closeEvent(event)
