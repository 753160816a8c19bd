"""Staff accounts: create, change role, deactivate or reactivate, reset the password.
Accounts are never deleted: the records name the people who did the work."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.staff import accounts
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo


class StaffTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("User name"), self.tr("Role"),
                                    self.tr("State")])
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 200)
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.role = CodeCombo.from_list("roles", empty=False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        labels = {name: error_label() for name in ("full_name", "username", "role", "password")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in ((self.tr("Name"), self.full_name, "full_name"),
                                     (self.tr("User name"), self.username, "username"),
                                     (self.tr("Role"), self.role, "role"),
                                     (self.tr("Password"), self.password, "password")):
            form.addRow(caption, widget)
            form.addRow("", labels[key])
        self.create_button = QPushButton(self.tr("Create the account"))
        self.role_button = QPushButton(self.tr("Give the selected account this role"))
        self.active_button = QPushButton(self.tr("Deactivate or reactivate"))
        self.reset_button = QPushButton(self.tr("Set this password on the selected account"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.active_button, self.role_button, self.reset_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.status)
        self.create_button.clicked.connect(self.create_account)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        for account in accounts.list_staff(self.context.db, self.context.actor,
                                           include_inactive=True):
            item = QTreeWidgetItem([
                account.full_name, account.username, codelist("roles").label(account.role.value),
                self.tr("Active") if account.active else self.tr("Deactivated")])
            item.setData(0, 256, account.id)
            item.setData(0, 257, account.active)
            self.table.addTopLevelItem(item)

    def _selected(self) -> tuple[str, bool] | None:
        item = self.table.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose an account in the list first."))
            return None
        return str(item.data(0, 256)), bool(item.data(0, 257))

    def _run(self, action: Callable[[], object]) -> bool:
        self.errors.clear()
        try:
            action()
        except ValidationError as error:
            self.errors.show(error)
            return False
        except CjeError as error:
            show_error(self, error)
            return False
        self.refresh()
        self.context.events.changed.emit("users")
        return True

    def create_account(self) -> None:
        if self._run(lambda: accounts.create_staff(
                self.context.db, self.context.actor, username=self.username.text(),
                full_name=self.full_name.text(), role=self.role.value() or "",
                password=self.password.text())):
            self.status.setText(self.tr("Account created. The person will be asked to change "
                                        "the password."))
            for edit in (self.full_name, self.username, self.password):
                edit.clear()

    def change_role(self) -> None:
        selected = self._selected()
        if selected and self._run(lambda: accounts.change_staff_role(
                self.context.db, self.context.actor, selected[0], self.role.value() or "")):
            self.status.setText(self.tr("Role changed."))

    def toggle_active(self) -> None:
        selected = self._selected()
        if selected and self._run(lambda: accounts.set_staff_active(
                self.context.db, self.context.actor, selected[0], not selected[1])):
            self.status.setText(self.tr("Account updated."))

    def reset_password(self) -> None:
        selected = self._selected()
        if selected and self._run(lambda: accounts.reset_password(
                self.context.db, self.context.actor, selected[0], self.password.text())):
            self.password.clear()
            self.status.setText(self.tr("Password changed."))
