"""The organization: name, address, agreement number, person in charge of privacy."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.services import organization
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error


class OrganizationTab(QWidget):
    FIELDS = ("name", "address", "phone", "email", "agreement_number", "privacy_officer_name",
              "privacy_officer_title", "privacy_officer_contact")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        captions = (self.tr("Name"), self.tr("Address"), self.tr("Phone"), self.tr("E-mail"),
                    self.tr("MIFI agreement number"),
                    self.tr("Person in charge of personal information"), self.tr("Their title"),
                    self.tr("How to reach them"))
        self.edits = {name: QLineEdit() for name in self.FIELDS}
        labels = {name: error_label() for name in self.FIELDS}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for name, caption in zip(self.FIELDS, captions, strict=True):
            form.addRow(caption, self.edits[name])
            form.addRow("", labels[name])
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        org = organization.get_organization(self.context.db)
        self.version = org.version
        for name, edit in self.edits.items():
            edit.setText(getattr(org, name) or "")

    def save(self) -> None:
        self.errors.clear()
        values = {name: edit.text() or None for name, edit in self.edits.items()}
        try:
            organization.update_organization(self.context.db, self.context.actor,
                                             name=values.pop("name") or "",
                                             expected_version=self.version, **values)
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.load()
        self.status.setText(self.tr("Saved."))
        self.context.events.changed.emit("settings")
