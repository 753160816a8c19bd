"""Staff accounts: create, change role, deactivate or reactivate, reset the password.
Accounts are never deleted: the records name the people who did the work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.codelists import codelist
from cjeapp.core.staff import accounts
from cjeapp.core.staff.accounts import StaffAccount
from cjeapp.core.staff.refused_sign_ins import RefusedSignIn
from cjeapp.core.staff.second_person import SecondPerson
from cjeapp.core.titles import TitleForm
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.second_person_dialog import write_with_second_person
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.record_table import RecordTable


class StaffTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The inclusive form first: what a new account gets until the person says.
        self.form_labels = {TitleForm.INCLUSIVE: self.tr("Conseillère ou conseiller"),
                            TitleForm.FEMININE: self.tr("Conseillère"),
                            TitleForm.MASCULINE: self.tr("Conseiller")}
        roles = codelist("roles")
        self.table: RecordTable[StaffAccount] = RecordTable([
            Column(self.tr("Name"), lambda a: a.full_name, width=220),
            Column(self.tr("User name"), lambda a: a.username, width=140),
            Column(self.tr("Role"), lambda a: roles.label(a.role.value), width=200),
            Column(self.tr("Title on documents"), lambda a: self.form_labels[a.title_form],
                   width=190),
            Column(self.tr("In charge of personal information"),
                   lambda a: self.tr("Yes") if a.privacy_officer else "", width=120),
            Column(self.tr("State"), lambda a: self.tr("Active") if a.active
                   else self.tr("Deactivated")),
        ], alert=lambda a: not a.active)
        self.full_name = QLineEdit()
        self.username = QLineEdit()
        self.role = CodeCombo.from_list("roles", empty=False)
        self.title_form = QComboBox()
        for title_form, label in self.form_labels.items():
            self.title_form.addItem(label, title_form.value)
        self.title_form.setToolTip(self.tr(
            "How the person's title is printed on French documents, such as the action "
            "plan (English documents say Counsellor)."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("User name"), self.username, "username")
        self.errors.add_row(form, self.tr("Role"), self.role, "role")
        self.errors.add_row(form, self.tr("Title on documents"), self.title_form, "title_form")
        self.errors.add_row(form, self.tr("Password"), self.password, "password")
        self.create_button = QPushButton(self.tr("Create the account"))
        self.role_button = QPushButton(self.tr("Give the selected account this role"))
        self.active_button = QPushButton(self.tr("Deactivate or reactivate"))
        self.reset_button = QPushButton(self.tr("Set this password on the selected account"))
        self.unlock_button = QPushButton(self.tr("Unlock after failed sign-ins"))
        self.title_button = QPushButton(self.tr("Give the selected account this title"))
        self.privacy_button = QPushButton(self.tr("In charge of personal information: "
                                                  "designate or withdraw"))
        self.privacy_button.setToolTip(self.tr(
            "The person designated reaches Vie privée (requests, copies, incidents, "
            "retention, the audit log) whatever their role; the director always does."))
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions = FlowLayout()  # as many lines as the window's width needs
        actions.add_widgets(self.active_button, self.role_button, self.reset_button,
                            self.title_button, self.unlock_button, self.privacy_button)
        layout = QVBoxLayout(self)
        self.find_box = self.table.filter_box(self.tr("Find an account (name, user name, role)"))
        layout.addWidget(self.find_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(form)
        layout.addWidget(self.create_button)
        layout.addWidget(self.status)
        self.create_button.clicked.connect(self.create_account)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        if context.db.personal_logins:  # the server checks passwords; its log says more
            self.unlock_button.setText(self.tr("Sign-ins the server refused"))
            self.unlock_button.setToolTip(self.tr(
                "The server checks each password itself and makes each failure wait; the "
                "newest it refused (a wrong password, a name that is no one's) are listed "
                "here, from its own log."))
            self.unlock_button.clicked.connect(self.show_refused)
        else:
            self.unlock_button.clicked.connect(self.unlock)
        self.title_button.clicked.connect(self.change_title)
        self.privacy_button.clicked.connect(self.toggle_privacy_officer)
        # Off the screen's thread: the accounts, and the sign-ins the server refused.
        self._rows: Query[list[StaffAccount]] = Query(self, self.table.set_rows)
        self._refused: Query[list[RefusedSignIn]] = Query(self, self._show_refused,
                                                          refused=under_fields(self))
        self.refresh()

    def refresh(self) -> None:
        db, actor = self.context.db, self.context.actor
        self._rows.run(lambda: accounts.list_staff(db, actor, include_inactive=True))

    def _selected(self) -> StaffAccount | None:
        account = self.table.current()
        if account is None:
            self.status.setText(self.tr("Choose an account in the list first."))
        return account

    def _changed(self, status: str) -> None:
        self.refresh()
        self.status.setText(status)

    def _save(self, act: Callable[[SecondPerson | None], Any],
              done: Callable[[], None]) -> None:
        """``act`` on the writer; a second person asked when it needs one."""
        self.errors.clear()
        write_with_second_person(self, act, lambda _made: done())

    def create_account(self) -> None:
        db, actor = self.context.db, self.context.actor
        username, full_name = self.username.text(), self.full_name.text()
        role, password = self.role.value() or "", self.password.text()
        title_form = self.title_form.currentData()
        self._save(lambda second: accounts.create_staff(
            db, actor, username=username, full_name=full_name, role=role, password=password,
            title_form=title_form, second=second), self._created)

    def _created(self) -> None:
        for edit in (self.full_name, self.username, self.password):
            edit.clear()
        self._changed(self.tr("Account created. The person will be asked to change "
                              "the password."))

    def change_role(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor, role = self.context.db, self.context.actor, self.role.value() or ""
        self._save(lambda second: accounts.change_staff_role(db, actor, account.id, role,
                                                             second),
                   lambda: self._changed(self.tr("Role changed.")))

    def change_title(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor, title_form = self.context.db, self.context.actor, self.title_form.currentData()
        self._save(lambda _second: accounts.set_title_form(db, actor, account.id, title_form),
                   lambda: self._changed(self.tr(
                       "Title changed: the next documents print it.")))

    def toggle_privacy_officer(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor = self.context.db, self.context.actor
        self._save(lambda second: accounts.set_privacy_officer(
            db, actor, account.id, not account.privacy_officer, second),
            lambda: self._changed(self.tr("Designation saved: it applies at the person's "
                                          "next sign-in.")))

    def toggle_active(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor = self.context.db, self.context.actor
        self._save(lambda _second: accounts.set_staff_active(db, actor, account.id,
                                                             not account.active),
                   lambda: self._changed(self.tr("Account updated.")))

    def reset_password(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor, password = self.context.db, self.context.actor, self.password.text()
        self._save(lambda second: accounts.reset_password(db, actor, account.id, password,
                                                          second), self._reset)

    def _reset(self) -> None:
        self.password.clear()
        self._changed("")

    def unlock(self) -> None:
        account = self._selected()
        if account is None:
            return
        db, actor = self.context.db, self.context.actor
        self._save(lambda _second: accounts.unlock_account(db, actor, account.id),
                   lambda: self._changed(self.tr(
                       "Account unlocked: the person may sign in again.")))

    def show_refused(self) -> None:
        from cjeapp.core.staff.refused_sign_ins import refused_sign_ins

        self.errors.clear()
        db, actor = self.context.db, self.context.actor
        self._refused.run(lambda: refused_sign_ins(db, actor, limit=20))

    def _show_refused(self, refused: list[RefusedSignIn]) -> None:
        from cjeapp.core.locale_format import format_moment

        if not refused:
            self.status.setText(self.tr("The server refused no sign-in lately."))
            return
        lines = [f"{format_moment(row.at) if row.at else '?'} — {row.username}"
                 for row in refused]
        self.status.setText(self.tr("Sign-ins the server refused, newest first:") + "\n"
                            + "\n".join(lines))
