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
from cjeapp.core.errors import AuthenticationError, ValidationError
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
        self.new_password = QLineEdit()
        self.new_password.setObjectName("new_password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        for field in (self.new_password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.confirm)
        self.form = form
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
        self._show_new_password(False)

    def _show_new_password(self, shown: bool) -> None:
        for field in (self.new_password, self.confirm):
            self.form.setRowVisible(field, shown)
        self.username.setReadOnly(shown)
        self.password.setReadOnly(shown)

    def submit(self) -> None:
        if self.actor is not None and self.actor.must_change_password:
            self._choose_new_password(self.actor)
            return
        try:
            self.actor = accounts.sign_in(self.db, self.username.text(), self.password.text())
        except AuthenticationError as error:
            self.message.setText(str(error))
            self.password.clear()
            self.password.setFocus()
            return
        if self.actor.must_change_password:
            self.message.setText(self.tr(
                "Your password was reset. Choose a new one (at least 8 characters) to "
                "continue; the administrator will not know it."))
            self._show_new_password(True)
            self.new_password.setFocus()
            return
        self.accept()

    def _choose_new_password(self, actor: Actor) -> None:
        if self.new_password.text() != self.confirm.text():
            self.message.setText(self.tr("The two new passwords differ; type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            self.actor = accounts.change_own_password(self.db, actor, self.password.text(),
                                                      self.new_password.text())
        except ValidationError as error:
            self.message.setText(" ".join(problem.render() for problem in error.errors))
            self.new_password.setFocus()
            return
        self.accept()
