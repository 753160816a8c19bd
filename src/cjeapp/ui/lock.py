"""Idle sessions lock: the windows hide (their unsaved input stays) until the password."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.permissions import Actor
from cjeapp.core.staff import accounts
from cjeapp.ui.operations import write

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard or mouse activity."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def resume(self, minutes: int) -> None:
        """Watch again after ``stop`` (a session back from being put aside)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.set_minutes(minutes)


class LockDialog(QDialog):
    """Asks the signed-in person's password again; or lets a colleague sign in at the same
    desk, this person's session kept for them as they left it."""

    unlocked = Signal()
    change_person = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("Session locked"))
        self.setModal(True)
        intro = QLabel(self.tr("The session of %1 is locked. Type your password to go on "
                               "where you left off.").replace("%1", actor.full_name))
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.change_button = QPushButton(self.tr("Change person…"))
        self.change_button.setToolTip(self.tr(
            "A colleague signs in at this computer; this session stays locked, kept as it "
            "is, until its owner signs in again."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.unlock_button)
        layout.addWidget(self.change_button)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.change_button.clicked.connect(self.change_person)
        self.password.returnPressed.connect(self.try_unlock)
        self.setMinimumWidth(380)

    def try_unlock(self) -> None:
        """The password is checked on the writer (it costs as much as a sign-in, and a
        failure is counted and audited): the dialog keeps painting meanwhile."""
        if not self.unlock_button.isEnabled():  # Enter pressed again while it is checked
            return
        db, actor, password = self.db, self.actor, self.password.text()
        self._checking(True)
        write(self, lambda: accounts.confirm_password(db, actor, password),
              self._confirmed, refused=self._refused, finished=lambda: self._checking(False))

    def _checking(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.password.setReadOnly(busy)
        self.message.setText(self.tr("Checking…") if busy else "")

    def _confirmed(self, _nothing: None) -> None:
        self.password.clear()
        self.message.clear()
        self.unlocked.emit()
        self.accept()

    def _refused(self, error: CjeError) -> None:
        self.password.clear()
        self.message.setText(str(error))
        self.password.setFocus()

    def reject(self) -> None:  # Esc does not unlock
        self.message.setText(self.tr("Type your password to unlock."))
