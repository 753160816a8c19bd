"""« Deuxième personne »: when an act gives the power to read case notes or to sign for the
organization (a role, a reset password, the privacy officer), the director or the person in
charge of personal information confirms it here with their own password — or the
organization's recovery key is typed. The administrator alone never does it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.staff.second_person import SecondPerson
from cjeapp.core.staff.second_person import SecondPersonRequired
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.window_size import open_at

T = TypeVar("T")


class SecondPersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A second person confirms"))
        said = QLabel(self.tr(
            "This gives the power to read case notes or to sign for the organization. The "
            "director or the person in charge of personal information confirms it here with "
            "their own user name and password, or the organization's recovery key is "
            "typed."))
        said.setWordWrap(True)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_key = QCheckBox(self.tr("Use the recovery key instead"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.use_key)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        self.use_key.toggled.connect(self._key_or_person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(form)
        layout.addWidget(buttons)
        open_at(self, 560, 300)

    def _key_or_person(self, key: bool) -> None:
        self.recovery_key.setEnabled(key)
        self.username.setEnabled(not key)
        self.password.setEnabled(not key)

    def second(self) -> SecondPerson:
        if self.use_key.isChecked():
            return SecondPerson(recovery_key=self.recovery_key.text().strip())
        return SecondPerson(self.username.text().strip(), self.password.text())


def write_with_second_person(owner: QWidget, act: Callable[[SecondPerson | None], T],
                             done: Callable[[T], None]) -> None:
    """Do ``act`` alone on the writer; when it needs a second person, ask for one here (on
    the screen's thread) and do it again with them. A refusal is shown under ``owner``'s
    fields; a refusal or a cancel leaves every field as typed."""
    def refused(error: CjeError) -> None:
        if not isinstance(error, SecondPersonRequired):
            under_fields(owner)(error)
            return
        dialog = SecondPersonDialog(owner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return  # cancelled: nothing done
        second = dialog.second()
        write(owner, lambda: act(second), done, refused=under_fields(owner))

    write(owner, lambda: act(None), done, refused=refused)
