"""The "E-post" button of the roster, the matrix and the sign-off view: copy addresses in
Outlook's format for everyone, the selection, a group, those absent or excused at a seminar,
those at risk or the lecturers; or open the mail program with everyone in BCC."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from seminarkoll.domain.email_list import (
    EmailFilter,
    EmailList,
    SeminarMarks,
    fits_mailto,
    mailto_link,
)
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.messages import attempt, show_error

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


@dataclass(frozen=True)
class EmailContext:
    """What the view shows when the menu opens: its cohort, selected enrolments, and the
    seminar in focus (the sign-off view's seminar or the matrix column)."""

    services: Services
    cohort_id: int
    selected: frozenset[int] = frozenset()
    seminar_number: int | None = None


class EmailButton(QPushButton):
    """A button with the e-mail menu; `context()` says what the view shows (None: nothing)."""

    def __init__(
        self, context: Callable[[], EmailContext | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("E-post"), parent)
        self.setObjectName("emailButton")
        self.setToolTip(self.tr("Kopiera e-postadresser eller skriv e-post till deltagarna"))
        self._context = context
        self.email_menu = QMenu(self)
        self.email_menu.setObjectName("emailMenu")
        self.email_menu.aboutToShow.connect(self._fill)
        self.setMenu(self.email_menu)
        self.last_copied: EmailList | None = None

    def _fill(self) -> None:
        menu = self.email_menu
        menu.clear()
        context = self._context()
        if context is None:
            menu.addAction(self.tr("Ingen omgång vald")).setEnabled(False)
            return
        matrix = attempt(
            self, self.tr("E-post"), context.services.attendance.matrix, context.cohort_id
        )
        if matrix is None:
            return
        copy = self.tr("Kopiera adresser: %1")
        menu.addAction(
            copy.replace("%1", self.tr("alla deltagare")),
            lambda: self.copy(context, EmailFilter()),
        ).setObjectName("copyEveryone")
        selected = menu.addAction(
            copy.replace("%1", self.tr("markerade (%1)").replace("%1", str(len(context.selected)))),
            lambda: self.copy(context, EmailFilter(enrollment_ids=context.selected)),
        )
        selected.setEnabled(bool(context.selected))
        groups = menu.addMenu(copy.replace("%1", self.tr("en grupp")))
        for group in matrix.groups:
            groups.addAction(
                group.name, partial(self.copy, context, EmailFilter(group_id=group.id))
            )
        groups.setEnabled(bool(matrix.groups))
        held = [s for s in matrix.seminars if s.held]
        for marks, label in (
            (SeminarMarks.ABSENT, self.tr("frånvarande vid seminarium …")),
            (SeminarMarks.EXCUSED, self.tr("anmäld frånvaro vid seminarium …")),
        ):
            sub = menu.addMenu(copy.replace("%1", label))
            for seminar in matrix.seminars:
                action = sub.addAction(
                    filled(self.tr("%1. %2"), seminar.number, seminar.title),
                    partial(
                        self.copy, context, EmailFilter(seminar_number=seminar.number, marks=marks)
                    ),
                )
                if seminar.number == context.seminar_number:
                    font = action.font()
                    font.setBold(True)
                    action.setFont(font)
            sub.setEnabled(bool(held) or marks is SeminarMarks.EXCUSED)
        menu.addAction(
            copy.replace("%1", self.tr("i riskzonen")),
            lambda: self.copy(context, EmailFilter(at_risk=True)),
        )
        menu.addAction(
            copy.replace("%1", self.tr("omgångens föreläsare")),
            lambda: self._copy_list(context.services.email_lists.lecturers(context.cohort_id)),
        )
        menu.addSeparator()
        menu.addAction(
            self.tr("Skriv e-post till alla (hemlig kopia) …"), lambda: self.write(context)
        ).setObjectName("writeEmail")
        menu.addAction(
            self.tr("Skriv e-post till föreläsarna (hemlig kopia) …"),
            lambda: self.write(context, lecturers=True),
        )

    # -- actions ---------------------------------------------------------------------------
    def copy(self, context: EmailContext, wanted: EmailFilter) -> None:
        """Copy the addresses `wanted` picks; name those without an address."""
        found = attempt(
            self,
            self.tr("Adresserna kunde inte hämtas"),
            context.services.email_lists.participants,
            context.cohort_id,
            wanted,
        )
        if found is None:
            return
        self._copy_list(found)

    def _copy_list(self, found: EmailList) -> None:
        QGuiApplication.clipboard().setText(found.line)
        self.last_copied = found
        count = len(found.with_address)
        said = filled(self.tr("%1 adresser kopierade (%2)."), count, found.title.lower())
        if found.without_address:
            QMessageBox.information(
                self,
                self.tr("Adresser kopierade"),
                f"{said}\n\n{found.missing_sentence}",
            )
        elif not found.recipients:
            QMessageBox.information(
                self,
                self.tr("Adresser"),
                self.tr("Ingen i urvalet: %1.").replace("%1", found.title),
            )
        else:
            self._status(said)

    def write(self, context: EmailContext, *, lecturers: bool = False) -> None:
        """Open the mail program with every participant (or lecturer) in BCC; when the link
        would be too long for Windows, copy the addresses instead and say so."""
        lists = context.services.email_lists
        try:
            found = (
                lists.lecturers(context.cohort_id)
                if lecturers
                else lists.participants(context.cohort_id)
            )
        except DomainError as exc:
            show_error(self, self.tr("E-post"), exc)
            return
        link = mailto_link(r.email for r in found.with_address)
        missing = f"\n\n{found.missing_sentence}" if found.without_address else ""
        if not fits_mailto(link):
            QGuiApplication.clipboard().setText(found.line)
            self.last_copied = found
            QMessageBox.information(
                self,
                self.tr("För många adresser för e-postprogrammet"),
                self.tr(
                    "Adresserna till alla %1 blir för långa för att skickas direkt till "
                    "e-postprogrammet. De är kopierade i stället: öppna ett nytt meddelande och "
                    "klistra in dem under Hemlig kopia (Ctrl+V)."
                ).replace("%1", str(len(found.with_address)))
                + missing,
            )
            return
        QDesktopServices.openUrl(QUrl(link))
        if missing:
            QMessageBox.information(self, self.tr("E-post"), missing.strip())

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)
        else:
            self.setToolTip(text)


def selected_enrolments(view: QAbstractItemView, role: int) -> frozenset[int]:
    """The enrolment ids (`role` of each selected cell or row) selected in `view`."""
    ids = (index.data(role) for index in view.selectionModel().selectedIndexes())
    return frozenset(int(value) for value in ids if value is not None)
