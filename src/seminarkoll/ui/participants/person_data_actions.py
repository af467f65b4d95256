"""Register actions for a person's own data: the register extract and anonymisation (GDPR)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

from seminarkoll.domain.translation import filled
from seminarkoll.ui.messages import attempt, confirm, succeeds

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class PersonDataActions(QObject):
    """Adds *Registerutdrag …* and *Anonymisera …* to the register's toolbar."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        toolbar: QToolBar,
        selected: Callable[[], list[int]],
        changed: Callable[[int], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._selected = selected
        self._changed = changed
        self.export_action = QAction(self.tr("Register&utdrag …"), window)
        self.export_action.triggered.connect(self.export_selected)
        self.anonymise_action = QAction(self.tr("An&onymisera …"), window)
        self.anonymise_action.triggered.connect(self.anonymise_selected)
        toolbar.addSeparator()
        toolbar.addAction(self.export_action)
        toolbar.addAction(self.anonymise_action)
        self.selection_changed()

    def selection_changed(self) -> None:
        """Enable the actions for exactly one selected person."""
        one = len(self._selected()) == 1
        self.export_action.setEnabled(one)
        self.anonymise_action.setEnabled(one)

    def export_selected(self, path: Path | None = None) -> Path | None:
        """Save everything stored about the selected person as .xlsx or .json."""
        ids = self._selected()
        if len(ids) != 1:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Spara registerutdrag"),
                str(Path.home() / "registerutdrag.xlsx"),
                self.tr("Excel-arbetsbok (*.xlsx);;JSON (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        record = attempt(
            self._window,
            self.tr("Registerutdraget kunde inte sparas"),
            self._services.person_data.export,
            ids[0],
            path,
        )
        if record is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Registerutdrag"),
            filled(self.tr("Allt som finns lagrat om %1 är sparat i %2."), record.name, str(path)),
            QMessageBox.StandardButton.Ok,
            self._window,
        )
        box.setObjectName("exportDoneBox")
        box.open()
        return path

    def anonymise_selected(self) -> bool:
        """Ask, then anonymise the selected person."""
        ids = self._selected()
        return len(ids) == 1 and self.offer_anonymisation(ids[0], "")

    def offer_anonymisation(self, person_id: int, why: str) -> bool:
        """Explain anonymisation (after `why`, e.g. that the person has history) and do it
        when the user agrees."""
        name = attempt(
            self._window,
            self.tr("Anonymisera"),
            lambda: self._services.participants.removal_impact(person_id).name,
        )
        if name is None:
            return False
        text = (why + "\n\n" if why else "") + self.tr(
            "%1 anonymiseras: namn, e-post, telefon och alla anteckningar om personen ersätts "
            "överallt, även i loggen. Antagningar, närvaro och resultat finns kvar, så "
            "omgångarnas siffror ändras inte. Det går inte att ångra.\n\nDatabasen "
            "säkerhetskopieras först. Äldre säkerhetskopior innehåller personen tills de "
            "gallras; återställs en av dem anonymiseras personen igen."
        ).replace("%1", name)
        if not confirm(self._window, self.tr("Anonymisera person"), text, self.tr("Anonymisera")):
            return False
        if not succeeds(
            self._window,
            self.tr("Personen kunde inte anonymiseras"),
            self._services.person_data.anonymise,
            person_id,
        ):
            return False
        self._changed(person_id)
        return True
