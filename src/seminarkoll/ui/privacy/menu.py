"""Arkiv → Säkerhetskopior … and Gallring …, Hjälp → Kontrollera databasen, and the reminder
when thinning is due. Dialogs and services are imported when an entry is used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.host import EVERYTHING
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import show_error

if TYPE_CHECKING:
    from seminarkoll.services.checkup import CheckReport
    from seminarkoll.services.container import Services
    from seminarkoll.ui.main_window import MainWindow
    from seminarkoll.ui.opening import DatabaseOpening


class PrivacyMenu(QObject):
    """The data-protection entries of the main window's menus."""

    def __init__(
        self,
        window: MainWindow,
        opener: DatabaseOpening[Any],
        file_menu: QMenu,
        help_menu: QMenu,
        before: QAction,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._opener = opener
        self._services: Services | None = None
        self.backups_action = menu_action(window, self.tr("&Säkerhetskopior …"), self.show_backups)
        self.thinning_action = menu_action(window, self.tr("&Gallring …"), self.show_thinning)
        self.check_action = menu_action(
            window, self.tr("&Kontrollera databasen"), self.check_database
        )
        for action in (self.backups_action, self.thinning_action, self.check_action):
            action.setEnabled(False)
        file_menu.insertAction(before, self.backups_action)
        file_menu.insertAction(before, self.thinning_action)
        file_menu.insertSeparator(before)
        help_menu.addAction(self.check_action)

    def database_opened(self, services: Services) -> None:
        """Enable the entries for the opened database (`remind` follows once it is loaded)."""
        self._services = services
        for action in (self.backups_action, self.thinning_action, self.check_action):
            action.setEnabled(True)

    def remind(self) -> None:
        """Say in the status bar when thinning is due."""
        services = self._require()
        try:
            due = services.thinning.due()
        except DomainError:
            due = None
        if due is not None:
            count = len(due.cohorts)
            message = (
                self.tr("Det är dags att gallra en omgång (Arkiv → Gallring …).")
                if count == 1
                else self.tr("Det är dags att gallra %1 omgångar (Arkiv → Gallring …).").replace(
                    "%1", str(count)
                )
            )
            self._window.statusBar().showMessage(message, 30000)

    def _require(self) -> Services:
        if self._services is None:
            raise RuntimeError("no database is open")
        return self._services

    def show_backups(self) -> QMessageBox | None:
        """Open the backups window."""
        from seminarkoll.ui.privacy.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._require().backups, self._window)
        dialog.restore_requested.connect(self.restore)
        dialog.open()
        self.backups_dialog = dialog
        return None

    def restore(self, path: Path) -> None:
        """Close the database, restore `path` over it, and open it again."""
        from seminarkoll.services.backups import restore_backup

        session = self._opener.current
        if session is None:
            return
        location = session.location
        self._services = None
        self._opener.close()
        try:
            result = restore_backup(location, path)
        except DomainError as exc:
            show_error(self._window, self.tr("Säkerhetskopian kunde inte återställas"), exc)
            self._window.open_database(location)
            return
        self._window.open_database(location)
        message = self.tr("Säkerhetskopian är återställd; den tidigare databasen sparades som %1.")
        self._window.statusBar().showMessage(
            message.replace("%1", str(result.safety_backup or "")), 15000
        )

    def show_thinning(self) -> None:
        """Open the retention window."""
        from seminarkoll.ui.privacy.thinning_dialog import ThinningDialog

        dialog = ThinningDialog(self._require().thinning, self._window)
        dialog.finished.connect(lambda _code: self._window.apply_change(EVERYTHING))
        dialog.open()
        self.thinning_dialog = dialog

    def check_database(self) -> QMessageBox:
        """Check the file and the audit trail and say what was found."""
        try:
            report: CheckReport = self._require().checkup.check()
        except DomainError as exc:
            return show_error(self._window, self.tr("Kontrollera databasen"), exc)
        icon = QMessageBox.Icon.Information if report.healthy else QMessageBox.Icon.Warning
        box = QMessageBox(
            icon,
            self.tr("Kontrollera databasen"),
            "\n".join((*report.lines, "", report.summary)),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("checkBox")
        box.open()
        return box
