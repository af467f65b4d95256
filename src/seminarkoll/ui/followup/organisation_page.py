"""The "Organisation och intyg" page of Inställningar: name, logo and signer on certificates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.certificates import MAX_LOGO_BYTES, Organisation
from seminarkoll.ui.exchange.files import ask_open_path
from seminarkoll.ui.forms import push_button, wrapped_label
from seminarkoll.ui.messages import show_error
from seminarkoll.ui.settings_dialog import SettingsPage
from seminarkoll.ui.stacking import stacked

if TYPE_CHECKING:
    from seminarkoll.services.container import Services

LOGO_PREVIEW = 72


class OrganisationPage(SettingsPage):
    """Edits the organisation stored in the database (shared by everyone using it)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationPage")
        self.title = self.tr("Organisation och intyg")
        self._services = services
        current = services.certificates.organisation()
        self.logo: bytes | None = current.logo
        self.name = QLineEdit(current.name)
        self.name.setPlaceholderText(self.tr("t.ex. Trollhättans stad, barn- och utbildning"))
        self.signer_name = QLineEdit(current.signer_name)
        self.signer_title = QLineEdit(current.signer_title)
        self.signer_title.setPlaceholderText(self.tr("t.ex. Utvecklingsledare"))
        self.place = QLineEdit(current.place)
        self.place.setPlaceholderText(self.tr("t.ex. Trollhättan"))
        for edit, limit in (
            (self.name, 200),
            (self.signer_name, 200),
            (self.signer_title, 200),
            (self.place, 100),
        ):
            edit.setMaxLength(limit)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedHeight(LOGO_PREVIEW + 8)
        self.logo_preview.setMinimumWidth(LOGO_PREVIEW * 3)
        choose = push_button(self.tr("Välj bild …"), self.choose_logo)
        remove = push_button(self.tr("Ta bort"), lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.tr("Organisationens namn:"), self.name)
        form.addRow(self.tr("Logotyp:"), logo_row)
        form.addRow(self.tr("Undertecknas av:"), self.signer_name)
        form.addRow(self.tr("Titel:"), self.signer_title)
        form.addRow(self.tr("Ort:"), self.place)
        hint = wrapped_label(
            self.tr(
                "Står överst och vid underskriften på intyg. Sparas i databasen, så alla som "
                "använder den får samma uppgifter."
            )
        )
        hint.setStyleSheet("color: #52606d;")
        stacked(self, form, hint, 1)
        self._show_logo()

    def choose_logo(self) -> None:
        """Pick an image file (PNG, JPEG, SVG ...) as the logo."""
        chosen = ask_open_path(
            self,
            self.tr("Välj logotyp"),
            Path.home(),
            self.tr("Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Alla filer (*)"),
        )
        if chosen is not None:
            self.load_logo(chosen)

    def load_logo(self, path: Path) -> bool:
        """Use the image at `path`; say why not when it is unreadable or too large."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, self.tr("Logotyp"), f"{path.name}: {exc.strerror}")
            return False
        if len(data) > MAX_LOGO_BYTES:
            show_error(
                self,
                self.tr("Logotyp"),
                self.tr("%1 är för stor (högst 2 MB).").replace("%1", path.name),
            )
            return False
        if QImage.fromData(data).isNull():
            show_error(
                self,
                self.tr("Logotyp"),
                self.tr("%1 är ingen bild som kan visas.").replace("%1", path.name),
            )
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        """Use `data` (image file bytes) as the logo; None removes it."""
        self.logo = data
        self._show_logo()

    def _show_logo(self) -> None:
        image = QImage.fromData(self.logo) if self.logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(ingen logotyp)"))
            return
        scaled = image.scaledToHeight(LOGO_PREVIEW, Qt.TransformationMode.SmoothTransformation)
        self.logo_preview.setPixmap(QPixmap.fromImage(scaled))

    def save(self) -> None:
        """Store the organisation; ValidationError when a field is too long."""
        self._services.certificates.save_organisation(
            Organisation(
                name=self.name.text(),
                logo=self.logo,
                signer_name=self.signer_name.text(),
                signer_title=self.signer_title.text(),
                place=self.place.text(),
            )
        )


class _NoDatabasePage(SettingsPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Organisation och intyg")
        label = wrapped_label(self.tr("Öppna en databas för att ställa in organisation och intyg."))
        QVBoxLayout(self).addWidget(label)


def organisation_page(services: Services | None, parent: QWidget) -> SettingsPage:
    """The page for `services`' database, or a note while no database is open."""
    if services is None:
        return _NoDatabasePage(parent)
    return OrganisationPage(services, parent)
