"""The organization: name, address, agreement number, person in charge of privacy."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.org import organization
from cjeapp.core.org import settings
from cjeapp.ui.context import AppContext
from cjeapp.ui.files import chosen_file
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.messages import show_error


class OrganizationTab(QWidget):
    FIELDS = ("name", "address", "phone", "email", "agreement_number", "privacy_officer_name",
              "privacy_officer_title", "privacy_officer_contact", "signer_name", "signer_title",
              "signer_title_en")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        captions = (self.tr("Name"), self.tr("Address"), self.tr("Phone"), self.tr("E-mail"),
                    self.tr("MIFI agreement number"),
                    self.tr("Person in charge of personal information"), self.tr("Their title"),
                    self.tr("How to reach them"), self.tr("Who signs documents"),
                    self.tr("Signer's title"), self.tr("Signer's title in English"))
        self.edits = {name: QLineEdit() for name in self.FIELDS}
        self.edits["signer_title_en"].setToolTip(self.tr(
            "Printed under the signature on documents in English (for example, Executive "
            "Director); the French title is printed when it is empty."))
        labels = {name: error_label() for name in (*self.FIELDS, "verify_url")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for name, caption in zip(self.FIELDS, captions, strict=True):
            form.addRow(caption, self.edits[name])
            form.addRow("", labels[name])
        self.verify_url = QLineEdit()
        self.verify_url.setPlaceholderText("https://")
        self.verify_url.setToolTip(self.tr(
            "Optional. The QR code of each new document begins with this address, so a "
            "phone opens your verification page; the signed text after it can be checked "
            "with your public key alone."))
        form.addRow(self.tr("Address for checking documents"), self.verify_url)
        form.addRow("", labels["verify_url"])
        self.logo_button = QPushButton(self.tr("Logo for documents…"))
        self.signature_button = QPushButton(self.tr("Scanned signature…"))
        self.clear_images_button = QPushButton(self.tr("Remove logo and signature"))
        images = QHBoxLayout()
        for button in (self.logo_button, self.signature_button, self.clear_images_button):
            images.addWidget(button)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(images)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.logo_button.clicked.connect(lambda: self.choose_image("logo_png"))
        self.signature_button.clicked.connect(lambda: self.choose_image("signature_png"))
        self.clear_images_button.clicked.connect(self.clear_images)
        self.load()

    def load(self) -> None:
        org = organization.get_organization(self.context.db)
        self.version = org.version
        for name, edit in self.edits.items():
            edit.setText(getattr(org, name) or "")
        self.verify_url.setText(settings.verify_url(self.context.db))

    def choose_image(self, which: str) -> None:
        path = chosen_file(self, self.tr("Image"), "Images (*.png *.jpg *.jpeg)")
        if path is not None:
            self.set_image(which, path.read_bytes())

    def set_image(self, which: str, data: bytes | None) -> None:
        try:
            organization.set_letterhead_image(self.context.db, self.context.actor, which, data)
        except ValidationError as error:
            self.status.setText(str(error))
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.load()
        self.status.setText(self.tr("Saved."))

    def clear_images(self) -> None:
        self.set_image("logo_png", None)
        self.set_image("signature_png", None)

    @reports_refusals
    def save(self) -> None:
        self.errors.clear()
        values = {name: edit.text() or None for name, edit in self.edits.items()}
        settings.set_verify_url(self.context.db, self.context.actor, self.verify_url.text())
        organization.update_organization(self.context.db, self.context.actor,
                                         name=values.pop("name") or "",
                                         expected_version=self.version, **values)
        self.load()
        self.status.setText(self.tr("Saved."))
