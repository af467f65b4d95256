"""Signing off without a network: "Signera offline …" and "Läs in offline-signering …" in the
Närvaro menu, "Öppna offline-signering …" in the Arkiv menu.

Imported by the main window after the first paint, so only Qt and UI helpers are imported at
module level; the services and windows are imported when an action is used.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import chronological
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import show_error

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.offline_signoff import OfflineCopy
    from seminarkoll.ui.attendance.offline_signoff import OfflineSignOffWindow
    from seminarkoll.ui.exchange.offline_import import OfflineImportDialog
    from seminarkoll.ui.host import FeatureHost
    from seminarkoll.ui.opening import DatabaseOpening
    from seminarkoll.ui.participants.menus import ParticipationMenus
    from seminarkoll.ui.tasks import BackgroundTask


class OfflineActions(QObject):
    """Copies a seminar to an offline file, opens such a file's sign-off view, and reads its
    marks back through the attendance import's preview."""

    def __init__(
        self,
        host: FeatureHost,
        opener: DatabaseOpening[Any],
        file_menu: QMenu,
        before: QAction,
        participation: ParticipationMenus,
    ) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self._opener = opener
        self._participation = participation
        self.windows: list[OfflineSignOffWindow] = []
        self.task: BackgroundTask | None = None
        self.last_copy: OfflineCopy | None = None
        self.open_action = menu_action(
            window, self.tr("Öppna o&ffline-signering …"), lambda: self.open_file()
        )
        file_menu.insertAction(before, self.open_action)
        file_menu.insertSeparator(before)
        self.export_action = menu_action(
            window, self.tr("Signera &offline …"), lambda: self.sign_offline()
        )
        self.export_action.setToolTip(
            self.tr("Kopiera seminariets deltagare till en fil för signering utan nätverk")
        )
        self.read_action = menu_action(
            window, self.tr("Läs in offline-si&gnering …"), lambda: self.read_back()
        )
        menu = participation.attendance_menu
        after = participation.apology_action
        menu.insertAction(after, self.export_action)
        menu.insertAction(after, self.read_action)
        menu.aboutToShow.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        has_cohort = self._host.services is not None and self._participation.cohort_id is not None
        self.export_action.setEnabled(has_cohort)
        self.read_action.setEnabled(has_cohort)

    # -- copying a seminar --------------------------------------------------------------------
    def sign_offline(self, path: Path | None = None, seminar_id: int | None = None) -> None:
        """Copy the seminar in focus (or the one chosen) to a file, asked for unless given."""
        services = self._host.services
        if services is None:
            return
        if seminar_id is None:
            seminar_id = self._participation.chosen_seminar(self.tr("Signera offline"))
            if seminar_id is None:
                return
        if path is None:
            path = self._ask_path(services, seminar_id)
            if path is None:
                return
        from seminarkoll.ui.tasks import BackgroundTask

        offline = services.offline_signoff
        chosen, target = seminar_id, path
        task = BackgroundTask(lambda _progress: offline.export(chosen, target))
        task.succeeded.connect(self._copied)
        task.failed.connect(self._copy_failed)
        task.finished.connect(QApplication.restoreOverrideCursor)
        self.task = task
        self._host.statusBar().showMessage(self.tr("Kopierar seminariet …"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        task.start()

    def _ask_path(self, services: Services, seminar_id: int) -> Path | None:
        from seminarkoll.domain.errors import DomainError
        from seminarkoll.ui.exchange.files import OFFLINE_SUFFIX, choose_save_file

        try:
            sheet = services.attendance.sheet(seminar_id)
        except DomainError as exc:
            show_error(self._window, self.tr("Signera offline"), exc)
            return None
        name = filled(
            self.tr("Signering %1 seminarium %2 %3"),
            sheet.cohort_name,
            sheet.seminar.number,
            chronological(sheet.seminar.date),
        )
        return choose_save_file(self._window, self.tr("Signera offline"), name, OFFLINE_SUFFIX)

    def _copied(self, copy: OfflineCopy) -> None:
        self.last_copy = copy
        self._host.statusBar().showMessage(
            self.tr(
                "%1. Öppna filen med Arkiv → Öppna offline-signering … på datorn vid seminariet."
            ).replace("%1", copy.summary),
            15000,
        )

    def _copy_failed(self, error: BaseException) -> None:
        self._host.statusBar().clearMessage()
        show_error(self._window, self.tr("Seminariet kunde inte kopieras"), str(error))

    # -- signing in the file ------------------------------------------------------------------
    def open_file(self, path: Path | None = None) -> OfflineSignOffWindow | None:
        """Open the sign-off view on an offline file (asked for unless given); the file is a
        database of its own, open beside the main window's."""
        from seminarkoll.domain.errors import DomainError
        from seminarkoll.services.offline_signoff import offline_seminar
        from seminarkoll.services.opening import resolve
        from seminarkoll.ui.attendance.offline_signoff import OfflineSignOffWindow
        from seminarkoll.ui.exchange.files import choose_open_file, offline_filter
        from seminarkoll.ui.settings import use_remembered_name

        if path is None:
            path = choose_open_file(
                self._window, self.tr("Öppna offline-signering"), offline_filter()
            )
            if path is None:
                return None
        title = self.tr("Offline-signeringen kunde inte öppnas")
        try:
            found = offline_seminar(path.absolute())
            aside = self._opener.open_aside(resolve(str(found.path)))
        except DomainError as exc:
            show_error(self._window, title, exc)
            return None
        use_remembered_name(aside.services.coordinator)
        window = OfflineSignOffWindow(aside.services, found, self._window)
        window.destroyed.connect(lambda: aside.close())
        window.destroyed.connect(lambda: self.windows.remove(window))
        self.windows.append(window)
        window.show()
        window.search.setFocus()
        return window

    # -- reading the marks back ---------------------------------------------------------------
    def read_back(
        self, path: Path | None = None, seminar_id: int | None = None
    ) -> OfflineImportDialog | None:
        """Preview an offline file of the seminar in focus (or the one chosen) in the
        attendance import window, and record its marks there."""
        from seminarkoll.ui.exchange.menu import ATTENDANCE_IMPORTED, open_import
        from seminarkoll.ui.exchange.offline_import import OfflineImportDialog

        services = self._host.services
        if services is None:
            return None
        if seminar_id is None:
            seminar_id = self._participation.chosen_seminar(self.tr("Läs in offline-signering"))
            if seminar_id is None:
                return None
        dialog = OfflineImportDialog(services, seminar_id, self._window)
        dialog.imported.connect(
            lambda cohort: self._host.apply_change(replace(ATTENDANCE_IMPORTED, cohort_id=cohort))
        )
        open_import(dialog, path)
        return dialog
