"""Arkiv → Anslut till gemensam databas: server, port, database, user and password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.services.opening import DEFAULT_PORT, ServerAddress
from seminarkoll.ui.forms import wrapped_label

MAX_PORT = 65535


class ServerDialog(QDialog):
    """Asks where the shared PostgreSQL database is. *Anslut* emits `connect_requested`; the
    dialog stays open, busy, until the window calls `connected()` or `failed()`. *Använd
    lokal databasfil* emits `local_requested`."""

    connect_requested = Signal(object, str)
    """The ServerAddress and the password typed."""
    local_requested = Signal()
    cancel_requested = Signal()
    """Avbryt while connecting: the window drops the attempt."""

    def __init__(
        self,
        address: ServerAddress | None,
        *,
        on_server: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Anslut till gemensam databas"))
        self.setMinimumWidth(460)
        self._busy = False
        intro = wrapped_label(
            self.tr(
                "Flera samordnare kan arbeta i samma databas på en PostgreSQL-server. "
                "Uppgifterna får du av den som sköter servern. Lösenordet sparas i datorns "
                "nyckelring, inte i Seminarkolls inställningar."
            )
        )
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("t.ex. db.kommun.se"))
        self.port = QSpinBox()
        self.port.setRange(1, MAX_PORT)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("t.ex. seminarkoll"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if address is not None:
            self.host.setText(address.host)
            self.port.setValue(address.port)
            self.database.setText(address.database)
            self.user.setText(address.user)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Databas:"), self.database)
        form.addRow(self.tr("&Användare:"), self.user)
        form.addRow(self.tr("&Lösenord:"), self.password)
        self.status = wrapped_label()
        self.status.setObjectName("connectStatus")
        self.status.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long the server takes is not known
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.connect_button = QPushButton(self.tr("A&nslut"))
        self.connect_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.local_button = QPushButton(self.tr("Använd lokal databas&fil"))
        self.local_button.setToolTip(
            self.tr("Sluta använda servern och öppna databasfilen på den här datorn.")
        )
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.local_button.setVisible(on_server)  # after addButton, which shows it
        self.connect_button.clicked.connect(self._connect)
        self.cancel_button.clicked.connect(self.reject)
        self.local_button.clicked.connect(self.local_requested)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._update_button()
        first_empty = next(
            (f for f in (self.host, self.database, self.user) if not f.text()), self.password
        )
        first_empty.setFocus()

    @property
    def busy(self) -> bool:
        """Whether a connection attempt is under way."""
        return self._busy

    def address(self) -> ServerAddress:
        """The server, port, database and user typed (spaces around them dropped)."""
        return ServerAddress(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def connected(self) -> None:
        """The window opened the database: close."""
        self._set_busy(False)
        self.accept()

    def failed(self) -> None:
        """The attempt failed (the window tells why): let the user correct and try again."""
        self._set_busy(False)
        self.password.setFocus()
        self.password.selectAll()

    def _connect(self) -> None:
        address = self.address()
        self.status.setText(
            self.tr("Ansluter till %1 …").replace("%1", f"{address.host}:{address.port}")
        )
        self._set_busy(True)
        self.connect_requested.emit(address, self.password.text())

    def reject(self) -> None:
        """Escape or the window's close button: as Avbryt."""
        if self._busy:
            self._set_busy(False)
            self.cancel_requested.emit()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.status.setVisible(busy)
        self.progress.setVisible(busy)
        for widget in (self.host, self.port, self.database, self.user, self.password):
            widget.setEnabled(not busy)
        self.local_button.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        address = self.address()
        filled = bool(address.host and address.database and address.user)
        self.connect_button.setEnabled(filled and not self._busy)
