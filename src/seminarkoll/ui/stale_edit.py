"""The question after a save, or an action on rows of a list, refused because someone else
changed the same thing meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtWidgets import QMessageBox, QWidget

from seminarkoll.domain.errors import StaleEditError

Seen = TypeVar("Seen")
"""The version(s) an edit or action was taken from: a row's version, or a list's versions."""


class StaleEditDialog(QMessageBox):
    """Names the other coordinator's change (who, what, when). *Läs in på nytt* shows what is
    saved now and drops the user's edit; *Skriv över* saves the user's edit over it; Avbryt
    goes back to the edit as it is. For an action on rows of a list (`listed`) there is no
    edit to go back to: *Läs in på nytt* (also Esc) shows the list as saved and does nothing,
    *Skriv över* takes the action over the other change."""

    def __init__(
        self, error: StaleEditError, parent: QWidget | None = None, *, listed: bool = False
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Ändrat av någon annan"),
            str(error),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        self.setObjectName("staleEditDialog")
        self.setInformativeText(
            self.tr(
                "Läs in på nytt visar listan som den nu är sparad; ingenting ändras. Skriv över "
                "gör det du valde ändå, över den andra ändringen."
            )
            if listed
            else self.tr(
                "Läs in på nytt visar det som nu är sparat; det du har ändrat här försvinner. "
                "Skriv över sparar det du har ändrat i stället för den andra ändringen."
            )
        )
        self.reload_button = self.addButton(
            self.tr("&Läs in på nytt"), QMessageBox.ButtonRole.AcceptRole
        )
        self.overwrite_button = self.addButton(
            self.tr("&Skriv över"), QMessageBox.ButtonRole.DestructiveRole
        )
        if listed:
            self.setEscapeButton(self.reload_button)
        else:
            self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.reload_button)


def save_unless_stale(
    parent: QWidget,
    save: Callable[[Seen], object],
    version: Seen,
    reload: Callable[[], None],
    *,
    listed: Callable[[], Seen] | None = None,
) -> bool:
    """Whether `save(version)` saved. When it is refused as stale, the user chooses: to write
    over the other change (saved again from the version the refusal named, and asked again if
    yet another change came meanwhile), to read it in again (`reload`, dropping the edit), or
    to go back to the edit. Any other error goes on to the caller.

    For an action on rows of a list, `listed` gives the versions the list shows: the list is
    read again (`reload`) whatever the choice, and writing over acts from the versions read
    then (in one transaction, as the first try; a change after that is asked about again)."""
    while True:
        try:
            save(version)
        except StaleEditError as error:
            box = StaleEditDialog(error, parent, listed=listed is not None)
            box.exec()
            clicked = box.clickedButton()
            overwrite = clicked is box.overwrite_button
            if clicked is box.reload_button or listed is not None:
                reload()
            box.deleteLater()
            if not overwrite:
                return False
            version = cast(Seen, error.version) if listed is None else listed()
        else:
            return True
