"""Household: the people living with the person, children with school or daycare needs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.codelists import codelist
from cjeapp.core.ids import ClientId
from cjeapp.core.people import households
from cjeapp.core.people.households import MemberRow
from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.person_picker import PersonPicker
from cjeapp.ui.widgets.record_table import RecordTable


class HouseholdTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        relationships, school_needs = codelist("relationships"), codelist("school_needs")
        self.members: RecordTable[MemberRow] = RecordTable([
            Column(self.tr("Name"), lambda m: m.name, width=240),
            Column(self.tr("Relationship"), lambda m: relationships.label(m.relationship),
                   width=170),
            Column(self.tr("Age"), lambda m: _text(m.age()), lambda m: m.age(), width=50),
            Column(self.tr("School or daycare need"),
                   lambda m: school_needs.label(m.school_need), width=220),
            Column(self.tr("School"), lambda m: m.school_name or ""),
        ])
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = DateField("member_birth_date")
        self.relationship = CodeCombo.from_list("relationships", empty=False)
        self.relationship.set_value("child")
        self.school_need = CodeCombo.from_list("school_needs")
        self.school_name = QLineEdit()
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("First name"), self.first_name, "member_first_name")
        self.errors.add_row(form, self.tr("Last name"), self.last_name, "member_last_name")
        self.errors.add_row(form, self.tr("Date of birth"), self.birth_date, "member_birth_date")
        self.errors.add_row(form, self.tr("Relationship"), self.relationship)
        self.errors.add_row(form, self.tr("School or daycare need"), self.school_need)
        self.errors.add_row(form, self.tr("School or daycare"), self.school_name, "school_name")
        self.add_button = QPushButton(self.tr("Add to the household"))
        self.remove_button = QPushButton(self.tr("Remove the selected person"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        under_list = QHBoxLayout()
        under_list.addWidget(self.remove_button)
        under_list.addStretch(1)
        # Someone who has a file already (a spouse registered on their own): linked, not
        # typed again.
        self.other_file = PersonPicker(context)
        self.link_relationship = CodeCombo.from_list("relationships", empty=False)
        self.link_relationship.set_value("spouse")
        self.link_button = QPushButton(self.tr("Link this file to the household"))
        link_form = QFormLayout()
        self.errors.add_row(link_form, self.tr("Person with a file"), self.other_file,
                            "member_file")
        self.errors.add_row(link_form, self.tr("Relationship"), self.link_relationship,
                            "relationship")
        link_buttons = QHBoxLayout()
        link_buttons.addStretch(1)
        link_buttons.addWidget(self.link_button)
        without = QGroupBox(self.tr("Someone without a file (a child, for example)"))
        without_layout = QVBoxLayout(without)
        without_layout.addLayout(form)
        without_layout.addLayout(buttons)
        with_file = QGroupBox(self.tr("Someone who already has a file"))
        with_file_layout = QVBoxLayout(with_file)
        with_file_layout.addLayout(link_form)
        with_file_layout.addLayout(link_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.members, 1)
        layout.addLayout(under_list)
        layout.addWidget(without)
        layout.addWidget(with_file)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.link_button.clicked.connect(self.link_member)
        self.remove_button.setVisible(context.can(Permission.CASEWORK_WRITE))
        self._rows: Query[list[MemberRow]] = Query(self, self.members.set_rows)
        self.refresh()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._rows.run(lambda: households.members(db, actor, client_id))

    @reports_refusals
    def add_member(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        first_name, last_name = self.first_name.text(), self.last_name.text()
        birth_date, relationship = self.birth_date.value(), self.relationship.value() or "child"
        school_need, school_name = self.school_need.value(), self.school_name.text()
        write(self, lambda: households.add_dependant(
            db, actor, client_id, first_name=first_name, last_name=last_name,
            birth_date=birth_date, relationship=relationship, school_need=school_need,
            school_name=school_name), self._added, refused=under_fields(self))

    def _added(self, _member: object) -> None:
        for widget in (self.first_name, self.birth_date, self.school_name):
            widget.clear()
        self.refresh()

    @reports_refusals
    def link_member(self) -> None:
        other = self.other_file.value()
        if other is None:
            label = self.errors.label("member_file")
            label.setText(self.tr("Find the person by name, phone or MIFI number, then "
                                  "choose them in the list beside."))
            label.show()
            return
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        relationship = self.link_relationship.value() or "spouse"
        write(self, lambda: households.link_file(db, actor, client_id, other, relationship),
              self._linked, refused=under_fields(self))

    def _linked(self, _member: object) -> None:
        self.other_file.clear()
        self.refresh()

    @reports_refusals
    def remove_member(self) -> None:
        member = self.members.current()
        if member is None or member.client_id == self.client_id:  # the person stays
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: households.remove_member(db, actor, member.id),
              lambda _done: self.refresh(), refused=under_fields(self))


def _text(number: int | None) -> str:
    return "" if number is None else str(number)
