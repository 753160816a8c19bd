"""Household: the people living with the person, children with school or daycare needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.people import households
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class HouseholdTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.members = QTreeWidget()
        self.members.setRootIsDecorated(False)
        self.members.setHeaderLabels([self.tr("Name"), self.tr("Relationship"), self.tr("Age"),
                                      self.tr("School or daycare need"), self.tr("School")])
        for column, width in enumerate((240, 170, 50, 220)):
            self.members.setColumnWidth(column, width)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = DateField()
        self.relationship = CodeCombo.from_list("relationships", empty=False)
        self.relationship.set_value("child")
        self.school_need = CodeCombo.from_list("school_needs")
        self.school_name = QLineEdit()
        labels = {name: error_label() for name in (
            "member_first_name", "member_last_name", "member_birth_date", "school_name")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("First name"), self.first_name, "member_first_name"),
                (self.tr("Last name"), self.last_name, "member_last_name"),
                (self.tr("Date of birth"), self.birth_date, "member_birth_date"),
                (self.tr("Relationship"), self.relationship, None),
                (self.tr("School or daycare need"), self.school_need, None),
                (self.tr("School or daycare"), self.school_name, "school_name")):
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        self.add_button = QPushButton(self.tr("Add to the household"))
        self.remove_button = QPushButton(self.tr("Remove the selected person"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.members, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.refresh()

    def refresh(self) -> None:
        self.members.clear()
        for member in households.members(self.context.db, self.context.actor, self.client_id):
            age = member.age()
            item = QTreeWidgetItem([
                member.name, codelist("relationships").label(member.relationship),
                "" if age is None else str(age),
                codelist("school_needs").label(member.school_need), member.school_name or ""])
            item.setData(0, 256, member.id)
            item.setData(0, 257, member.client_id)
            self.members.addTopLevelItem(item)

    def add_member(self) -> None:
        self.errors.clear()
        try:
            birth = self.birth_date.value()
        except ValueError:
            self.errors.show(ValidationError([FieldError("member_birth_date", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        try:
            households.add_dependant(
                self.context.db, self.context.actor, self.client_id,
                first_name=self.first_name.text(), last_name=self.last_name.text(),
                birth_date=birth, relationship=self.relationship.value() or "child",
                school_need=self.school_need.value(), school_name=self.school_name.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        for widget in (self.first_name, self.birth_date, self.school_name):
            widget.clear()
        self.refresh()
        self.context.events.changed.emit("clients")

    def remove_member(self) -> None:
        item = self.members.currentItem()
        if item is None or item.data(0, 257):  # people with their own file stay
            return
        try:
            households.remove_member(self.context.db, self.context.actor, str(item.data(0, 256)))
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()
