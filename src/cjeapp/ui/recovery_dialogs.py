"""The recovery key: shown once when a database is created or encrypted, and used when
every password is lost to give one account a new password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.staff import opening


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; closes only after the person says it is written down."""

    def __init__(self, recovery: str, parent: QWidget | None = None, *,
                 intro_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(intro_text or self.tr(
            "The database is encrypted: without a staff password or this recovery key, "
            "nobody can read it. If every password is lost, this key is the only way back "
            "in. Write it down now and keep it under lock, away from this computer. It will "
            "not be shown again."))
        intro.setWordWrap(True)
        self.key = QLabel(recovery)
        self.key.setObjectName("recovery_key")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery))
        self.noted = QCheckBox(self.tr("I have written the recovery key down in a safe place"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.noted.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addWidget(copy)
        layout.addWidget(self.noted)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        if self.noted.isChecked():
            super().reject()


class UseRecoveryKeyDialog(QDialog):
    """Every password lost: the recovery key gives one account a new password."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Use the recovery key"))
        intro = QLabel(self.tr(
            "Type the recovery key given when the database was set up, the user name of an "
            "account, and the new password for it."))
        intro.setWordWrap(True)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recovery")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit()
        self.new_password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.new_password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.recovery)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("New password again"), self.confirm)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if self.new_password.text() != self.confirm.text():
            self.message.setText(self.tr("The two new passwords differ; type them again."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            opening.recover(self.path, self.recovery.text(), self.username.text(),
                            self.new_password.text())
        except CjeError as error:
            self.message.setText(str(error))
            return
        self.accept()
