"""Signing in: the user name and password open the encrypted database file and sign the
person in; a file of an earlier version is encrypted at this first sign-in. On the office's
server (an address instead of a file), the password is checked against its hash there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.db.file_state import FileState
from cjeapp.core.db.file_state import file_state
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.warm_up import wait_for_warm_up

if TYPE_CHECKING:  # loaded while the person types (see ui.warm_up), not to paint
    from cjeapp.core.db.database import Database
    from cjeapp.core.permissions import Actor


class SignInDialog(QDialog):
    """Accepted with ``db`` open and ``actor`` signed in; ``recovery`` holds the recovery
    key to show once when this sign-in encrypted the file."""

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = path if isinstance(path, str) else None
        self.path = Path(path) if not isinstance(path, str) else Path()
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.recovery: str | None = None
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("Sign in"))
        from cjeapp.core.db.address import shown_address

        title = QLabel(f"cjeapp — {shown_address(self.server)}" if self.server
                       else f"cjeapp — {self.path.name}")
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
        forgotten = buttons.addButton(self.tr("Recovery key…"),
                                      QDialogButtonBox.ButtonRole.ActionRole)
        forgotten.clicked.connect(self._use_recovery_key)
        # On the server nobody unlocks a file: a forgotten password is reset by the
        # administrator.
        forgotten.setVisible(self.server is None)
        self.forgotten = forgotten
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok = ok
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
        if self._job is not None:
            return
        if self.actor is not None and self.actor.must_change_password:
            self._choose_new_password(self.actor)
            return
        username, password = self.username.text(), self.password.text()
        # Painting meanwhile, not blocked on the worker's imports; the main window's go on
        # while the key is derived (session.main_window_after waits for those).
        wait_for_warm_up(main_window=False)
        if self.server is not None:
            self._sign_in_on_server(self.server, username, password)
            return
        from cjeapp.core.staff import opening

        if file_state(self.path) is FileState.PLAIN:
            self._encrypt(username, password)
            return
        path = self.path
        # The key is derived and the file opened off the screen's thread: the window keeps
        # painting meanwhile. The integrity check runs after sign-in, in the background
        # (MainWindow).
        self._work(lambda _job: opening.open_database(path, username, password, verify=False))

    def _sign_in_on_server(self, url: str, username: str, password: str) -> None:
        from cjeapp.core.staff import accounts
        from cjeapp.core.staff import opening

        db = self.db
        if db is None:
            self._work(lambda _job: opening.open_server_as(url, username, password))
        else:  # a password to change was refused: the same connection signs in again
            self._work(lambda _job: (db, accounts.sign_in(db, username, password)))

    def _work(self, work: Callable[[BackgroundJob], tuple[Database, Actor]],
              doing: str = "") -> None:
        self.message.setStyleSheet("")
        self.message.setText(doing or self.tr("Signing in…"))
        self.ok.setEnabled(False)
        self.forgotten.setEnabled(False)  # the key file is being read, or made
        job = BackgroundJob(work)
        job.succeeded.connect(self._opened)
        job.refused.connect(self._refused)
        job.finished.connect(self._job_ended)
        self._job = job
        job.start(self)

    @property
    def busy(self) -> bool:
        """Whether the password is still being checked (the answer comes by itself)."""
        return self._job is not None

    def _opened(self, result: tuple[Database, Actor]) -> None:
        self.db, self.actor = result
        self.message.setText("")
        self._signed_in()

    def _encrypt(self, username: str, password: str) -> None:
        """The file of an earlier version is encrypted off the screen's thread."""
        from cjeapp.core.staff import opening

        path = self.path

        def encrypt(_job: BackgroundJob) -> tuple[Database, Actor]:
            db, actor, self.recovery = opening.encrypt_and_open(path, username, password)
            return db, actor

        self._work(encrypt, self.tr(
            "This database is being encrypted; this happens once and may take a minute…"))

    def _use_recovery_key(self) -> None:
        from cjeapp.ui.recovery_dialogs import UseRecoveryKeyDialog

        dialog = UseRecoveryKeyDialog(self.path, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text())
            self.message.setStyleSheet("")
            self.message.setText(self.tr("The new password is set: sign in with it."))
            self.password.setFocus()

    def _job_ended(self) -> None:
        self._job = None
        self.ok.setEnabled(True)
        self.forgotten.setEnabled(True)

    def _refused(self, error: CjeError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(error, ValidationError) and self.actor is not None:
            # the new password refused (too short…): what to fix; the rest stays typed
            self.message.setText(" ".join(problem.render() for problem in error.errors))
            self.new_password.setFocus()
            return
        self.message.setText(str(error))
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if self._job is not None:
            return  # the encryption finishes first: stopping it halfway keeps nothing anyway
        if self.db is not None:
            self.db.close()
            self.db = None
        super().reject()

    def _signed_in(self) -> None:
        if self.actor is None:
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
        if self.db is None:
            return
        from cjeapp.core.staff import accounts

        db, old, new = self.db, self.password.text(), self.new_password.text()
        # hashed, the keys wrapped again and saved: off the screen's thread, as sign-in
        self._work(lambda _job: (db, accounts.change_own_password(db, actor, old, new)),
                   self.tr("Saving your new password…"))
