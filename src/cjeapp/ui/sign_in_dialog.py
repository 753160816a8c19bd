"""Signing in, and unlocking an idle session (same dialog, user name fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.db.database import Database
from cjeapp.core.errors import AuthenticationError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts


class SignInDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 organization: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in"))
        title = QLabel(organization or "cjeapp")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        title.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def submit(self) -> None:
        try:
            self.actor = accounts.sign_in(self.db, self.username.text(), self.password.text())
        except AuthenticationError as error:
            self.message.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
