"""First run: the database file is created (encrypted), with the organization and its
administrator; the recovery key is then shown once. Or, in an office that has a server,
this PC connects to it instead (the program then signs in there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import opening
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.widgets.server_address_box import ServerAddressBox


class FirstRunDialog(QDialog):
    """Accepted with ``db`` open, ``actor`` the administrator, ``recovery`` the key."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.db: Database | None = None
        self.recovery = ""
        self.actor: Actor | None = None
        self.server_address: str | None = None  # chosen instead of a file of this PC's
        self.setWindowTitle(self.tr("Set up cjeapp"))
        intro = QLabel(self.tr("This database is new. Enter your organization and create the "
                               "administrator account. The database will be encrypted: "
                               "your password opens it."))
        intro.setWordWrap(True)
        self.organization = QLineEdit()
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. Main office"))
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        fields = {
            "organization_name": (self.tr("Organization"), self.organization),
            "office_name": (self.tr("Main office"), self.office),
            "full_name": (self.tr("Your name"), self.full_name),
            "username": (self.tr("User name"), self.username),
            "password": (self.tr("Password"), self.password),
            "password_again": (self.tr("Password again"), self.password_again),
        }
        form = QFormLayout()
        labels = {}
        for key, (caption, editor) in fields.items():
            labels[key] = error_label()
            form.addRow(caption, editor)
            form.addRow("", labels[key])
        self.errors = FieldErrors(labels)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.on_this_pc = QWidget()
        own = QVBoxLayout(self.on_this_pc)
        own.setContentsMargins(0, 0, 0, 0)
        own.addWidget(intro)
        own.addLayout(form)
        own.addWidget(buttons)
        self.server_choice = QPushButton(self.tr(
            "The office has a server: connect this PC to it…"))
        self.server_choice.setCheckable(True)
        self.server_box = ServerAddressBox()
        server_intro = QLabel(self.tr(
            "In an office with several PCs, every seat works on the office's PostgreSQL "
            "server. Ask the person who runs it for its address (and the password of its "
            "role, if it has one)."))
        server_intro.setWordWrap(True)
        self.on_server = QWidget()
        served = QVBoxLayout(self.on_server)
        served.setContentsMargins(0, 0, 0, 0)
        served.addWidget(server_intro)
        served.addWidget(self.server_box)
        self.on_server.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_this_pc)
        layout.addWidget(self.on_server)
        layout.addWidget(self.server_choice)
        self.server_choice.toggled.connect(self._show_server_choice)
        self.server_box.connected.connect(self._server_chosen)
        self.server_box.said.connect(self.adjustSize)
        self.setMinimumWidth(560)

    def _show_server_choice(self, shown: bool) -> None:
        self.on_this_pc.setVisible(not shown)
        self.on_server.setVisible(shown)
        self.server_choice.setText(self.tr("Set up a database on this PC instead") if shown
                                   else self.tr("The office has a server: connect this PC "
                                                "to it…"))
        self.adjustSize()

    def _server_chosen(self, address: str) -> None:
        self.server_address = address
        self.accept()

    def done(self, result: int) -> None:
        self.server_box.wait_for_jobs()
        super().done(result)

    @reports_refusals
    def submit(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password_again.text():
            from cjeapp.core.i18n import N_
            from cjeapp.core.i18n import msg

            self.errors.show(ValidationError([FieldError("password_again", msg(
                N_("The two passwords differ; type the same password twice.")))]))
            return
        self.db, self.actor, self.recovery = opening.set_up(
            self.path, organization_name=self.organization.text(),
            office_name=self.office.text(), username=self.username.text(),
            full_name=self.full_name.text(), password=self.password.text())
        self.accept()
