"""The question after a save refused because someone else changed the same thing meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from seminarkoll.domain.errors import StaleEditError


class StaleEditDialog(QMessageBox):
    """Names the other coordinator's change (who, what, when). *Läs in på nytt* shows what is
    saved now and drops the user's edit; *Skriv över* saves the user's edit over it; Avbryt
    goes back to the edit as it is."""

    def __init__(self, error: StaleEditError, parent: QWidget | None = None) -> None:
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
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.reload_button)


def save_unless_stale(
    parent: QWidget,
    save: Callable[[int | None], object],
    version: int | None,
    reload: Callable[[], None],
) -> bool:
    """Whether `save(version)` saved. When it is refused as stale, the user chooses: to write
    over the other change (saved again from the version the refusal named, and asked again if
    yet another change came meanwhile), to read it in again (`reload`, dropping the edit), or
    to go back to the edit. Any other error goes on to the caller."""
    while True:
        try:
            save(version)
        except StaleEditError as error:
            box = StaleEditDialog(error, parent)
            box.exec()
            clicked = box.clickedButton()
            overwrite = clicked is box.overwrite_button
            if clicked is box.reload_button:
                reload()
            box.deleteLater()
            if not overwrite:
                return False
            version = error.version
        else:
            return True
