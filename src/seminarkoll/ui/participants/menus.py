"""The "Deltagare" and "Närvaro" menus and tabs of the main window, wired to the services.

Imported by the main window at start-up, so it imports only Qt and UI helpers at module level;
the register, matrix and sign-off views are imported when first used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QWidget

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.host import Change
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import show_error
from seminarkoll.ui.settings import use_remembered_name
from seminarkoll.ui.undo import UndoHistory

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
    from seminarkoll.ui.attendance.signoff import SignOffWindow
    from seminarkoll.ui.cohort_page import CohortPage
    from seminarkoll.ui.host import FeatureHost
    from seminarkoll.ui.participants.register_window import RegisterWindow
    from seminarkoll.ui.participants.roster_tab import RosterTab

T = TypeVar("T")

MARKED = Change(overview=True, attendance=True)
"""Marks or sign-offs changed: the matrix and the schedule's totals show them."""
ENROLLED = Change(overview=True, roster=True, attendance=True)
"""Enrolments changed: the roster, the matrix's rows and the schedule's counts."""
REGISTERED = Change(overview=True, roster=True, attendance=True, register=True)
"""Persons changed in the register (names, merges, removals): wherever persons are listed."""
WORKPLACES = Change(roster=True, register=True)
"""Workplaces were renamed, merged or removed: the roster and the register show them."""
ROSTER, ATTENDANCE = "roster", "attendance"
"""The names of the two tabs this class adds to the cohort page."""


class ParticipationMenus(QObject):
    """Adds the menus to the window and, once a cohort is shown, the two tabs to its page."""

    def __init__(self, host: FeatureHost, undo_stack: QUndoStack) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self.undo = UndoHistory(undo_stack, lambda: self._data_changed(REGISTERED), window)
        self._services: Services | None = None
        self.cohort_id: int | None = None
        self._roster: RosterTab | None = None
        self._attendance: AttendanceTab | None = None
        self._placeholders: dict[str, QWidget] = {}
        """The tabs not built yet ("roster", "attendance"): empty widgets in their place."""
        self._dirty: set[str] = set()
        """The tabs to reload when next shown."""
        self.register_window: RegisterWindow | None = None
        self.signoff_windows: dict[int, SignOffWindow] = {}
        bar = host.menuBar()
        people = bar.addMenu(self.tr("&Deltagare"))
        self.register_action = menu_action(
            window, self.tr("Deltagar&register …"), self.open_register, "Ctrl+R"
        )
        self.workplaces_action = menu_action(
            window, self.tr("&Arbetsplatser …"), self.open_workplaces
        )
        self.duplicates_action = menu_action(
            window, self.tr("Hitta möjliga d&ubbletter …"), self.find_duplicates
        )
        self.add_action = menu_action(
            window,
            self.tr("&Lägg till deltagare i omgången …"),
            self._on_tab(self.show_roster, lambda tab: tab.add_from_register()),
            "Ctrl+Shift+A",
        )
        self.roster_action = menu_action(
            window, self.tr("Visa omgångens &deltagare"), self.show_roster, "Ctrl+Shift+D"
        )
        self.groups_action = menu_action(
            window,
            self.tr("&Grupper …"),
            self._on_tab(self.show_roster, lambda tab: tab.edit_groups()),
        )
        self.intake_action = menu_action(
            window, self.tr("An&tagning …"), self.open_intake, "Ctrl+Shift+T"
        )
        for action in (self.register_action, self.workplaces_action, self.duplicates_action):
            people.addAction(action)
        people.addSeparator()
        for action in (self.roster_action, self.add_action, self.groups_action):
            people.addAction(action)
        people.addAction(self.intake_action)
        attendance = bar.addMenu(self.tr("&Närvaro"))
        self.attendance_menu = attendance
        self.matrix_action = menu_action(
            window, self.tr("Visa närvaro&matris"), self.show_matrix, "Ctrl+Shift+M"
        )
        self.signoff_action = menu_action(
            window, self.tr("&Signera seminarium …"), self.sign_seminar, "Ctrl+Shift+S"
        )
        self.apology_action = menu_action(
            window,
            self.tr("Anmäl frånvaro i &förväg …"),
            self._on_tab(self.show_matrix, lambda tab: tab.record_apology()),
        )
        self.rules_action = menu_action(
            window,
            self.tr("&Krav för godkänt …"),
            self._on_tab(self.show_matrix, lambda tab: tab.edit_rules()),
        )
        self.name_action = menu_action(
            window, self.tr("Mitt &namn vid signering …"), self.edit_name
        )
        for action in (
            self.matrix_action,
            self.signoff_action,
            self.apology_action,
            self.rules_action,
        ):
            attendance.addAction(action)
        attendance.addSeparator()
        attendance.addAction(self.name_action)
        self._update_actions()

    def _update_actions(self) -> None:
        has_db = self._services is not None
        has_cohort = has_db and self.cohort_id is not None
        for action in (
            self.register_action,
            self.workplaces_action,
            self.duplicates_action,
            self.name_action,
        ):
            action.setEnabled(has_db)
        for action in (
            self.add_action,
            self.roster_action,
            self.groups_action,
            self.intake_action,
            self.matrix_action,
            self.signoff_action,
            self.apology_action,
            self.rules_action,
        ):
            action.setEnabled(has_cohort)

    # -- hooks called by the main window ---------------------------------------------------
    def database_opened(self, services: Services) -> None:
        """Use `services` from now on; applies the remembered coordinator name."""
        self._services = services
        self.cohort_id = None
        for window in list(self.signoff_windows.values()):
            window.close()
        if self.register_window is not None:
            self.register_window.close()
        use_remembered_name(services.coordinator)
        page = self._page()
        if page is not None and page.overview is not None:
            self.cohort_shown(page.overview.cohort.id)
        self._update_actions()

    def cohort_shown(self, cohort_id: int) -> None:
        """The cohort page now shows `cohort_id`: refresh the tab in view, mark the other."""
        page = self._page()
        if self._services is None or page is None:
            return
        self.cohort_id = cohort_id
        self._ensure_tabs(page)
        self._dirty = {ROSTER, ATTENDANCE}
        self._tab_changed(page.tabs.currentIndex())
        self._update_actions()

    def _page(self) -> CohortPage | None:
        """The cohort page once the main window has built it (never builds it)."""
        return self._host.existing_cohort_page()

    def _ensure_tabs(self, page: CohortPage) -> None:
        """Add the two tabs, empty: each is built when first shown or used (building them
        both took a third of a second before the menus came alive)."""
        if self._placeholders or self._roster is not None:
            return
        self._placeholders = {ROSTER: QWidget(), ATTENDANCE: QWidget()}
        page.tabs.addTab(self._placeholders[ROSTER], self.tr("Deltagare"))
        page.tabs.addTab(self._placeholders[ATTENDANCE], self.tr("Närvaro"))
        page.tabs.currentChanged.connect(self._tab_changed)

    @property
    def roster_tab(self) -> RosterTab | None:
        """The "Deltagare" tab, built on first use; None until a cohort has been shown."""
        if self._roster is None and ROSTER in self._placeholders:
            from seminarkoll.ui.participants.roster_tab import RosterTab

            tab = RosterTab()
            tab.changed.connect(lambda: self._data_changed(ENROLLED, tab))
            tab.card_requested.connect(self.show_card)
            self._roster = tab
            self._put_in_place(ROSTER, tab)
        return self._roster

    @property
    def attendance_tab(self) -> AttendanceTab | None:
        """The "Närvaro" tab, built on first use; None until a cohort has been shown."""
        if self._attendance is None and ATTENDANCE in self._placeholders:
            from seminarkoll.ui.attendance.matrix_tab import AttendanceTab

            tab = AttendanceTab()
            tab.undo = self.undo
            tab.changed.connect(lambda: self._data_changed(MARKED, tab))
            tab.card_requested.connect(self.show_card)
            tab.signoff_requested.connect(self.open_signoff)
            self._attendance = tab
            self._put_in_place(ATTENDANCE, tab)
        return self._attendance

    def _put_in_place(self, name: str, tab: QWidget) -> None:
        placeholder = self._placeholders.pop(name)
        page = self._page()
        if page is not None:
            page.replace_tab(placeholder, tab)

    def _tab_named(self, widget: QWidget | None) -> str | None:
        """Which of the two tabs `widget` is (built or not), else None."""
        for name, built in ((ROSTER, self._roster), (ATTENDANCE, self._attendance)):
            if widget is not None and widget in (built, self._placeholders.get(name)):
                return name
        return None

    def _tab_changed(self, index: int) -> None:
        page = self._page()
        if page is None or self._services is None or self.cohort_id is None:
            return
        name = self._tab_named(page.tabs.widget(index))
        if name is None or (name not in self._dirty and name not in self._placeholders):
            return
        self._dirty.discard(name)
        if name == ROSTER and self.roster_tab is not None:
            self.roster_tab.set_cohort(self._services, self.cohort_id)
        elif name == ATTENDANCE and self.attendance_tab is not None:
            self.attendance_tab.set_cohort(self._services, self.cohort_id)

    def _data_changed(self, change: Change, source: QWidget | None = None) -> None:
        """`source` changed what `change` says: every view that shows it follows."""
        self._host.apply_change(change, source)

    def change_applied(self, change: Change, source: object | None, *, tabs: bool = True) -> None:
        """Reload the views that show what `change` touched, except `source` (it made the
        change); the tabs only with `tabs` (the main window reloaded them otherwise). A tab out
        of view is marked and reloaded when it is next shown."""
        page = self._page()
        if tabs and page is not None and self._services is not None:
            touched = {ROSTER: change.roster, ATTENDANCE: change.attendance}
            self._dirty |= {name for name, hit in touched.items() if hit}
            made_it = self._tab_named(source) if isinstance(source, QWidget) else None
            if made_it is not None:
                self._dirty.discard(made_it)
            self._tab_changed(page.tabs.currentIndex())
        if change.attendance or change.roster:
            for window in self.signoff_windows.values():
                if window is not source:
                    window.reload()
        register = self.register_window
        if (change.register or change.roster) and register not in (None, source):
            register.reload()

    # -- actions ---------------------------------------------------------------------------
    def open_intake(self) -> None:
        """Open the cohort's intake: applicants, interviews, decisions and the waitlist."""
        from seminarkoll.ui.participants.intake_window import IntakeWindow

        if self._services is None or self.cohort_id is None:
            return
        window = IntakeWindow(
            self._services, self.cohort_id, lambda: self._data_changed(ENROLLED), self._window
        )
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def open_register(self) -> None:
        """Open (or raise) the participant register."""
        from seminarkoll.ui.participants.register_window import RegisterWindow

        if self._services is None:
            return
        window = self.register_window
        if window is None:
            window = RegisterWindow(self._services, self._window, self.undo)
            window.changed.connect(lambda: self._data_changed(REGISTERED, window))
            window.destroyed.connect(lambda: setattr(self, "register_window", None))
            self.register_window = window
            window.show()
        else:
            _bring_forward(window)
        window.search.setFocus()

    def find_duplicates(self) -> None:
        """Open the register and scan it for possible duplicates."""
        self.open_register()
        if self.register_window is not None:
            self.register_window.find_duplicates()

    def open_workplaces(self) -> None:
        """Open the workplace register."""
        from seminarkoll.ui.participants.workplaces import WorkplacesDialog

        if self._services is None:
            return
        dialog = WorkplacesDialog(self._services, self._window)
        dialog.exec()
        if dialog.changed:
            self._data_changed(WORKPLACES)

    def show_roster(self) -> RosterTab | None:
        """Switch the cohort page to the "Deltagare" tab; returns the tab, if built."""
        page = self._page()
        tab = self.roster_tab
        if page is not None and tab is not None:
            page.tabs.setCurrentWidget(tab)
        return tab

    def show_matrix(self) -> AttendanceTab | None:
        """Switch the cohort page to the "Närvaro" tab; returns the tab, if built."""
        page = self._page()
        tab = self.attendance_tab
        if page is not None and tab is not None:
            page.tabs.setCurrentWidget(tab)
            tab.view.setFocus()
        return tab

    @staticmethod
    def _on_tab(show: Callable[[], T | None], run: Callable[[T], object]) -> Callable[[], None]:
        """A slot that shows a tab of the cohort page (`show` returns it) and runs `run` on it."""

        def slot() -> None:
            tab = show()
            if tab is not None:
                run(tab)

        return slot

    def sign_seminar(self) -> None:
        """Open the sign-off view for the seminar in focus (the matrix column or the schedule
        row), or ask which one."""
        seminar_id = self.chosen_seminar(self.tr("Signera seminarium"))
        if seminar_id is not None:
            self.open_signoff(seminar_id)

    def chosen_seminar(self, title: str) -> int | None:
        """The seminar in focus (the matrix column or the schedule row), else the one the
        user picks from the shown cohort's seminars in a dialog titled `title`."""
        if self._services is None or self.cohort_id is None:
            return None
        focused = self._focused_seminar()
        if focused is not None:
            return focused
        seminars = self._services.attendance.seminars(self.cohort_id)
        if not seminars:
            show_error(self._window, title, self.tr("Omgången har inga seminarier."))
            return None
        labels = [
            filled(
                self.tr("%1. %2 (%3)%4"),
                str(s.number),
                s.title,
                display_date(s.date),
                self.tr(" – signerat") if s.signed_off else "",
            )
            for s in seminars
        ]
        default = next((i for i, s in enumerate(seminars) if not s.signed_off), 0)
        choice, ok = QInputDialog.getItem(
            self._window,
            title,
            self.tr("Vilket seminarium vill du ta närvaro för?"),
            labels,
            default,
            False,
        )
        return seminars[labels.index(choice)].id if ok else None

    def _focused_seminar(self) -> int | None:
        from seminarkoll.ui.schedule_model import ID_ROLE

        page = self._page()
        if page is None:
            return None
        if page.tabs.currentWidget() is self._attendance and self._attendance is not None:
            seminar = self._attendance.current_seminar()
            return seminar.id if seminar is not None else None
        index = page.schedule.currentIndex()
        if page.schedule.isVisible() and index.isValid():
            value = index.data(ID_ROLE)
            return int(value) if value is not None else None
        return None

    def open_signoff(self, seminar_id: int) -> SignOffWindow | None:
        """Open (or raise) the sign-off view of a seminar."""
        from seminarkoll.ui.attendance.signoff import SignOffWindow

        if self._services is None:
            return None
        window = self.signoff_windows.get(seminar_id)
        if window is None:
            window = SignOffWindow(self._services, seminar_id, self._window, self.undo)
            window.changed.connect(lambda: self._data_changed(MARKED, window))
            window.destroyed.connect(lambda: self.signoff_windows.pop(seminar_id, None))
            self.signoff_windows[seminar_id] = window
            window.show()
        else:
            _bring_forward(window)
        window.search.setFocus()
        return window

    def show_card(self, person_id: int) -> None:
        """Show one person's participant card."""
        from seminarkoll.ui.participants.card import ParticipantCardDialog

        if self._services is not None:
            ParticipantCardDialog(self._services, person_id, self._window).exec()

    def edit_name(self) -> None:
        """Set the name stamped on marks and sign-offs."""
        from seminarkoll.ui.attendance.dialogs import choose_coordinator_name

        if self._services is not None:
            choose_coordinator_name(self._services.coordinator, self._window)


def _bring_forward(window: QWidget) -> None:
    """Show an already open window on top of the others."""
    window.show()
    window.raise_()
    window.activateWindow()
