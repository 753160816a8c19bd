"""Choosing the office's server for this PC: its address and, when the server's role has
one, its password; tried (off the screen's thread: a server that does not answer takes a
few seconds to say so) before anything is kept. Used at first run and in Paramètres."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.db import seat_setup
from cjeapp.core.db.address import is_server_url
from cjeapp.core.errors import CjeError
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.context import local_settings

SETTING = "server/address"


def chosen_server() -> str | None:
    """The office's server this PC connects to (None: its own database file)."""
    value = local_settings().value(SETTING, "")
    return str(value) if value and is_server_url(str(value)) else None


def forget_server() -> None:
    local_settings().remove(SETTING)


class ServerAddressBox(QWidget):
    connected = Signal(str)  # the address kept (without its password)
    said = Signal()  # the status line changed (a dialog grows to show it whole)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.address = QLineEdit(chosen_server() or "")
        self.address.setPlaceholderText("postgresql://cjeapp_siege@serveur-bureau/cjeapp")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("if the server's role has one"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Try and use this server"))
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.address)
        form.addRow(self.tr("Server password"), self.password)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.connect_button.clicked.connect(self.try_server)
        self.address.returnPressed.connect(self.try_server)

    @property
    def running(self) -> bool:
        return self.job is not None and self.job.running

    def try_server(self) -> None:
        if self.running:
            return
        address = self.address.text().strip()
        if not is_server_url(address):
            self._say(self.tr("Write the server's address as "
                              "postgresql://user@host/database."), error=True)
            return
        url = seat_setup.with_password(address, self.password.text())
        self.job = BackgroundJob(lambda _job: seat_setup.try_server(url))
        self.job.succeeded.connect(lambda _none: self._answered(url))
        self.job.refused.connect(self._refused)
        # given back once the thread has ended: a click before would find it still running
        self.job.finished.connect(self._ended)
        self.connect_button.setEnabled(False)
        self._say(self.tr("Connecting to the server…"))
        self.job.start(self)

    @while_shown
    def _ended(self) -> None:
        self.connect_button.setEnabled(True)

    @while_shown
    def _answered(self, url: str) -> None:
        try:
            seat_setup.remember_password(url)
        except OSError as exc:
            self._say(self.tr("The server's password could not be kept on this PC: %1")
                      .replace("%1", exc.strerror or type(exc).__name__), error=True)
            return
        kept = seat_setup.address_to_keep(url)
        local_settings().setValue(SETTING, kept)
        self.password.clear()
        self._say(self.tr("This PC now works on the office's server."))
        self.connected.emit(kept)

    @while_shown
    def _refused(self, error: CjeError) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.status.setText(text)
        self.said.emit()

    def wait_for_jobs(self) -> None:
        if self.job is not None:
            self.job.stop_and_wait()
