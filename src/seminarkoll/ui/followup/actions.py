"""Wires "after the seminar" into the main window: Arkiv → Inställningar, Närvaro → Intyg and
Uppföljning av programmet, and the cohort page's Uppföljning tab.

Imported right after the first paint, so only Qt is imported at module level; the tab (and
its chart code) is built when it is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from seminarkoll.ui.menu_action import menu_action

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.ui.cohort_page import CohortPage
    from seminarkoll.ui.followup.followup_tab import FollowUpTab
    from seminarkoll.ui.host import Change


class FollowUpActions(QObject):
    """Menu entries and the Uppföljning tab; the main window calls the hooks below."""

    certificates_issued = Signal()
    """Certificates were saved or printed: issue dates changed."""

    def __init__(
        self, window: QMainWindow, file_menu: QMenu, before: QAction, attendance_menu: QMenu
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services: Services | None = None
        self.cohort_id: int | None = None
        self.programme_id: int | None = None
        self.tab: FollowUpTab | None = None
        self._placeholder: QWidget | None = None
        self._stale = True
        self.settings_action = menu_action(window, self.tr("&Inställningar …"), self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.insertAction(before, self.settings_action)
        file_menu.insertSeparator(before)
        self.certificates_action = menu_action(window, self.tr("&Intyg …"), self.open_certificates)
        self.programme_action = menu_action(
            window, self.tr("&Uppföljning av programmet …"), self.open_programme
        )
        attendance_menu.addSeparator()
        attendance_menu.addAction(self.certificates_action)
        attendance_menu.addAction(self.programme_action)
        self._update_actions()

    def _update_actions(self) -> None:
        has_cohort = self._services is not None and self.cohort_id is not None
        self.certificates_action.setEnabled(has_cohort)
        self.programme_action.setEnabled(
            self._services is not None and (has_cohort or self.programme_id is not None)
        )

    # -- hooks called by the main window ---------------------------------------------------
    def database_opened(self, services: Services) -> None:
        """Use `services` from now on."""
        self._services = services
        self.cohort_id = None
        self._update_actions()

    def cohort_shown(self, page: CohortPage, cohort_id: int, programme_id: int) -> None:
        """The cohort page shows `cohort_id`: add the tab (empty until first shown)."""
        self.cohort_id, self.programme_id = cohort_id, programme_id
        self._stale = True
        if self._placeholder is None and self.tab is None:
            self._placeholder = QWidget()
            page.tabs.addTab(self._placeholder, self.tr("Uppföljning"))
            page.tabs.currentChanged.connect(lambda _i: self._tab_changed(page))
        self._tab_changed(page)
        self._update_actions()

    def programme_shown(self, programme_id: int) -> None:
        """The programme (not a cohort) is selected in the tree."""
        self.programme_id = programme_id
        self.cohort_id = None
        self._update_actions()

    def change_applied(self, change: Change, page: CohortPage) -> None:
        """Enrolments, marks or seminars changed: the figures are worked out again now when
        the tab is in view, else when it is next shown."""
        if change.roster or change.attendance or change.overview:
            self._stale = True
            self._tab_changed(page)

    def _tab_changed(self, page: CohortPage) -> None:
        current = page.tabs.currentWidget()
        if current is None or current not in (self._placeholder, self.tab):
            return
        if self.tab is None:
            from seminarkoll.ui.followup.followup_tab import FollowUpTab

            self.tab = FollowUpTab()
            if self._placeholder is not None:
                page.replace_tab(self._placeholder, self.tab)
                self._placeholder = None
        if self._stale and self._services is not None and self.cohort_id is not None:
            self._stale = False
            self.tab.set_cohort(self._services, self.cohort_id)

    # -- actions ---------------------------------------------------------------------------
    def open_settings(self) -> None:
        """Open Inställningar."""
        from seminarkoll.ui.settings_dialog import SettingsDialog

        SettingsDialog(self._services, self._window).exec()

    def open_certificates(self) -> None:
        """Open the certificates dialog for the shown cohort."""
        from seminarkoll.ui.followup.certificates_dialog import CertificatesDialog

        if self._services is None or self.cohort_id is None:
            return
        dialog = CertificatesDialog(self._services, self.cohort_id, self._window)
        dialog.exec()
        if dialog.issued:
            self.certificates_issued.emit()

    def open_programme(self) -> None:
        """Open the programme's comparison of its cohorts."""
        from seminarkoll.ui.followup.followup_tab import ProgrammeFollowUpDialog
        from seminarkoll.ui.messages import attempt

        services, programme_id = self._services, self.programme_id
        if services is None or programme_id is None:
            return
        dialog = attempt(
            self._window,
            self.tr("Uppföljning"),
            ProgrammeFollowUpDialog,
            services,
            programme_id,
            self._window,
        )
        if dialog is None:
            return
        dialog.exec()
