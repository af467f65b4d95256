"""Import and export actions in the Arkiv menu: participant lists, attendance, HR lists of roles,
Excel and PDF.

Imported by the main window at start-up, so only Qt and UI helpers are imported at module
level; dialogs, services and file writers are imported when an action is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QWidget,
)

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.host import Change
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import show_error
from seminarkoll.ui.stacking import stacked

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.exports import ExportResult
    from seminarkoll.ui.exchange.attendance_import import AttendanceImportDialog
    from seminarkoll.ui.exchange.participant_import import ParticipantImportDialog
    from seminarkoll.ui.exchange.role_import import RoleImportDialog
    from seminarkoll.ui.host import FeatureHost
    from seminarkoll.ui.tasks import BackgroundTask

COHORT_KIND = "cohort"
PARTICIPANTS_IMPORTED = Change(overview=True, roster=True, attendance=True, register=True)
"""A participant list was imported: new persons, enrolments and the cohort's counts."""
ATTENDANCE_IMPORTED = Change(overview=True, attendance=True)
"""Marks were imported: the matrix and the schedule's totals."""
ROLES_IMPORTED = Change(roster=True, register=True)
"""Roles (and perhaps new workplaces) were imported: the register and the rosters."""


class ExchangeMenu(QObject):
    """Adds "Importera …" and the "Exportera" submenu to `menu` (before `before`)."""

    def __init__(self, host: FeatureHost, menu: QMenu, before: QAction) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self._window = window
        self._tasks: list[BackgroundTask] = []
        self.import_participants_action = menu_action(
            window, self.tr("Importera &deltagare …"), lambda: self.import_participants(), "Ctrl+I"
        )
        self.import_attendance_action = menu_action(
            window,
            self.tr("Importera &närvaro …"),
            lambda: self.import_attendance(),
            "Ctrl+Shift+I",
        )
        self.import_roles_action = menu_action(
            window, self.tr("Importera &roller från HR …"), lambda: self.import_roles()
        )
        self.export_menu = QMenu(self.tr("&Exportera"), window)
        self.export_menu.setObjectName("exportMenu")
        self.formats: dict[tuple[str, str], QAction] = {}
        """Each export this menu offers, by kind and file suffix (the command line's too)."""
        self.roster_action = self._export_action(
            self.tr("&Deltagarlista (Excel) …"), "roster", ".xlsx"
        )
        self.roster_csv_action = self._export_action(
            self.tr("Deltagarlista (&CSV) …"), "roster", ".csv"
        )
        self.matrix_action = self._export_action(
            self.tr("&Närvaromatris (Excel) …"), "attendance", ".xlsx"
        )
        self.matrix_csv_action = self._export_action(
            self.tr("Närvaromatris (CS&V) …"), "attendance", ".csv"
        )
        self.schedule_action = self._export_action(
            self.tr("&Schema (Excel) …"), "schedule", ".xlsx"
        )
        self.cohort_action = self._export_action(
            self.tr("&Hela omgången (Excel) …"), "cohort", ".xlsx", "Ctrl+E"
        )
        self.signin_xlsx_action = self._export_action(
            self.tr("Närvarolista för seminarium (&Excel) …"), "signin", ".xlsx"
        )
        self.signin_pdf_action = self._export_action(
            self.tr("Närvarolista för seminarium (&PDF) …"), "signin", ".pdf"
        )
        for action in (
            self.roster_action,
            self.roster_csv_action,
            self.matrix_action,
            self.matrix_csv_action,
            self.schedule_action,
            self.cohort_action,
        ):
            self.export_menu.addAction(action)
        self.export_menu.addSeparator()
        self.export_menu.addAction(self.signin_xlsx_action)
        self.export_menu.addAction(self.signin_pdf_action)
        menu.insertAction(before, self.import_participants_action)
        menu.insertAction(before, self.import_attendance_action)
        menu.insertAction(before, self.import_roles_action)
        menu.insertMenu(before, self.export_menu)
        menu.insertSeparator(before)
        self.update_actions()

    def _export_action(
        self, text: str, kind: str, suffix: str, shortcut: str | None = None
    ) -> QAction:
        action = menu_action(self._window, text, lambda: self.export(kind, suffix), shortcut)
        self.formats[(kind, suffix)] = action
        return action

    # -- state ------------------------------------------------------------------------------
    @property
    def services(self) -> Services | None:
        """The open database's services, once the main window has them."""
        return self._host.services

    def cohort_id(self) -> int | None:
        """The cohort selected in the programme tree, if any."""
        current = self._host.navigator.current_item()
        if current is None or current[0] != COHORT_KIND:
            return None
        return int(current[1])

    def update_actions(self) -> None:
        """Enable what can be done now: imports with a database, exports with a cohort.

        The main window calls this whenever the database or the selection changes, so the
        shortcuts work without the menu having been opened."""
        has_db = self.services is not None
        has_cohort = has_db and self.cohort_id() is not None
        self.import_participants_action.setEnabled(has_db)
        self.import_attendance_action.setEnabled(has_db)
        self.import_roles_action.setEnabled(has_db)
        for action in self.export_menu.actions():
            action.setEnabled(has_cohort)

    # -- imports ----------------------------------------------------------------------------
    def import_participants(self, path: Path | None = None) -> QDialog | None:
        """Open the participant import window (with `path` read at once, when given)."""
        services = self._require_services()
        if services is None:
            return None
        from seminarkoll.ui.exchange.participant_import import ParticipantImportDialog

        dialog = ParticipantImportDialog(services, self.cohort_id(), self._window)
        dialog.imported.connect(lambda cohort: self._imported(PARTICIPANTS_IMPORTED, cohort))
        return open_import(dialog, path)

    def import_attendance(self, path: Path | None = None) -> QDialog | None:
        """Open the attendance import window (with `path` read at once, when given)."""
        services = self._require_services()
        if services is None:
            return None
        from seminarkoll.ui.exchange.attendance_import import AttendanceImportDialog

        dialog = AttendanceImportDialog(services, self._window)
        dialog.imported.connect(lambda cohort: self._imported(ATTENDANCE_IMPORTED, cohort))
        return open_import(dialog, path)

    def import_roles(self, path: Path | None = None) -> QDialog | None:
        """Open the window that imports later roles from an HR list (with `path` read at once,
        when given)."""
        services = self._require_services()
        if services is None:
            return None
        from seminarkoll.ui.exchange.role_import import RoleImportDialog

        dialog = RoleImportDialog(services, self._window)
        dialog.imported.connect(lambda: self._host.apply_change(ROLES_IMPORTED))
        return open_import(dialog, path)

    def _imported(self, touched: Change, cohort_id: int) -> None:
        """Show the cohort an import went into, with what it `touched` redrawn."""
        self._host.apply_change(replace(touched, cohort_id=cohort_id))

    # -- exports ----------------------------------------------------------------------------
    def export(
        self,
        kind: str,
        suffix: str,
        path: Path | None = None,
        seminar_id: int | None = None,
        group_id: int | None = None,
    ) -> None:
        """Export `kind` of the selected cohort as `suffix`; asks for the seminar and group
        (sign-in sheets) and the file unless they are given."""
        services = self._require_services()
        cohort_id = self.cohort_id()
        if services is None:
            return
        if cohort_id is None:
            show_error(
                self._window,
                self.tr("Export"),
                self.tr("Välj först en omgång i listan till vänster."),
            )
            return
        if kind == "signin" and seminar_id is None:
            chosen = self._choose_seminar(services, cohort_id)
            if chosen is None:
                return
            seminar_id, group_id = chosen
        if path is None:
            path = self._ask_path(services, kind, suffix, cohort_id, seminar_id)
            if path is None:
                return
        exports = services.exports
        work: dict[str, Callable[[], ExportResult]] = {
            "roster": lambda: exports.export_roster(cohort_id, path),
            "attendance": lambda: exports.export_attendance(cohort_id, path),
            "schedule": lambda: exports.export_schedule(cohort_id, path),
            "cohort": lambda: exports.export_cohort(cohort_id, path),
            "signin": lambda: exports.export_signin(seminar_id or 0, path, group_id),
        }
        if suffix == ".pdf":
            self._export_now(work[kind])
        else:
            self._export_in_background(work[kind])

    def _ask_path(
        self, services: Services, kind: str, suffix: str, cohort_id: int, seminar_id: int | None
    ) -> Path | None:
        from seminarkoll.ui.exchange.files import choose_save_file

        cohort = services.catalog.cohort_overview(cohort_id).cohort
        label = f"{cohort.name} {cohort.school_year}"
        names = {
            "roster": self.tr("Deltagarlista %1"),
            "attendance": self.tr("Närvaro %1"),
            "schedule": self.tr("Schema %1"),
            "cohort": "%1",
            "signin": self.tr("Närvarolista seminarium %2 %1"),
        }
        number = ""
        if seminar_id is not None:
            number = next(
                (
                    str(s.number)
                    for s in services.catalog.cohort_overview(cohort_id).seminars
                    if s.id == seminar_id
                ),
                "",
            )
        name = filled(names[kind], label, number)
        return choose_save_file(self._window, self.tr("Exportera"), name, suffix)

    def _export_now(self, work: Callable[[], ExportResult]) -> None:
        from seminarkoll.domain.errors import DomainError

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except DomainError as error:
            QApplication.restoreOverrideCursor()
            self._failed(error)
            return
        QApplication.restoreOverrideCursor()
        self._exported(result)

    def _export_in_background(self, work: Callable[[], ExportResult]) -> None:
        from seminarkoll.ui.tasks import BackgroundTask

        self._host.statusBar().showMessage(self.tr("Exporterar …"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        task = BackgroundTask(lambda _progress: work())
        task.succeeded.connect(self._exported)
        task.failed.connect(self._failed)
        task.finished.connect(self._export_finished)
        self._tasks.append(task)
        task.start()

    def _export_finished(self) -> None:
        QApplication.restoreOverrideCursor()
        self._tasks = [task for task in self._tasks if task.running]

    def _exported(self, result: ExportResult) -> None:
        self._host.statusBar().showMessage(
            filled(self.tr("%1 är sparad: %2"), result.description, result.path),
            10000,
        )

    def _failed(self, error: Any) -> None:
        self._host.statusBar().clearMessage()
        show_error(self._window, self.tr("Exporten kunde inte göras"), str(error))

    def _choose_seminar(self, services: Services, cohort_id: int) -> tuple[int, int | None] | None:
        """The seminar and the group (None: everyone) a sign-in sheet is for."""
        seminars = services.catalog.cohort_overview(cohort_id).seminars
        if not seminars:
            show_error(
                self._window, self.tr("Närvarolista"), self.tr("Omgången har inga seminarier.")
            )
            return None
        groups = [(g.id, g.name, len(g.members)) for g in services.groups.groups(cohort_id)]
        dialog = SeminarChooser(seminars, self._window, groups)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.seminar_id(), dialog.group_id()

    def _require_services(self) -> Services | None:
        services = self.services
        if services is None:
            show_error(self._window, self.tr("Ingen databas"), self.tr("Ingen databas är öppen."))
        return services


class SeminarChooser(QDialog):
    """Asks which seminar a sign-in sheet is for (the next one not yet held is suggested) and,
    when the cohort has groups, whether it lists everyone or one group's members."""

    def __init__(
        self,
        seminars: Any,
        parent: QWidget | None = None,
        groups: Sequence[tuple[int, str, int]] = (),
    ) -> None:
        from datetime import date

        super().__init__(parent)
        self.setWindowTitle(self.tr("Närvarolista för seminarium"))
        self.combo = QComboBox()
        today = date.today()
        upcoming = None
        for seminar in sorted(seminars, key=lambda s: s.number):
            self.combo.addItem(
                f"{seminar.number}. {display_date(seminar.date)} – {seminar.title}", seminar.id
            )
            if upcoming is None and seminar.date >= today:
                upcoming = self.combo.count() - 1
        self.combo.setCurrentIndex(upcoming if upcoming is not None else self.combo.count() - 1)
        form = QFormLayout()
        form.addRow(self.tr("&Seminarium:"), self.combo)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Hela omgången"), None)
        for group_id, name, members in groups:
            self.group_combo.addItem(
                filled(self.tr("%1 (%2 deltagare)"), name, members),
                group_id,
            )
        if groups:
            form.addRow(self.tr("&Grupp:"), self.group_combo)
        hint = QLabel(
            self.tr("Listan tar med alla som väntas vid seminariet, i gruppen om du valt en.")
        )
        hint.setStyleSheet("color: #52606d;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        stacked(self, form, hint, buttons)

    def seminar_id(self) -> int:
        """The chosen seminar."""
        return int(self.combo.currentData())

    def group_id(self) -> int | None:
        """The chosen group, or None for the whole cohort."""
        data = self.group_combo.currentData()
        return None if data is None else int(data)


def open_import(
    dialog: ParticipantImportDialog | AttendanceImportDialog | RoleImportDialog, path: Path | None
) -> QDialog:
    """Show an import window (deleted when closed) and read `path` in it (or let the user
    choose a file)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if path is not None:
        dialog.open_file(path)
    else:
        dialog.choose_file()
    return dialog
