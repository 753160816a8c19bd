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
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write

# the organization's version, its fields' values, the address for checking documents
_Read = tuple[int, dict[str, str], str]


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
        self.version: int | None = None  # until read: nothing to save over yet
        self.save_button.setEnabled(False)
        self._read: Query[_Read] = Query(self, self._show)
        self.load()

    def load(self) -> None:
        db, fields = self.context.db, self.FIELDS

        def read() -> _Read:
            org = organization.get_organization(db)
            return (org.version, {name: getattr(org, name) or "" for name in fields},
                    settings.verify_url(db))

        self._read.run(read)

    def _show(self, read: _Read) -> None:
        self.version, values, verify_url = read
        for name, edit in self.edits.items():
            edit.setText(values[name])
        self.verify_url.setText(verify_url)
        self.save_button.setEnabled(True)

    def choose_image(self, which: str) -> None:
        path = chosen_file(self, self.tr("Image"), "Images (*.png *.jpg *.jpeg)")
        if path is not None:
            db, actor = self.context.db, self.context.actor
            write(self, lambda: organization.set_letterhead_image(
                db, actor, which, path.read_bytes()), lambda _none: self._saved(),
                refused=self._image_refused)

    def set_image(self, which: str, data: bytes | None) -> None:
        db, actor = self.context.db, self.context.actor
        write(self, lambda: organization.set_letterhead_image(db, actor, which, data),
              lambda _none: self._saved(), refused=self._image_refused)

    def _image_refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.status.setText(str(error))
        else:
            show_error(self, error)

    def clear_images(self) -> None:
        db, actor = self.context.db, self.context.actor

        def clear() -> None:
            organization.set_letterhead_image(db, actor, "logo_png", None)
            organization.set_letterhead_image(db, actor, "signature_png", None)

        write(self, clear, lambda _none: self._saved(), refused=self._image_refused)

    def _saved(self) -> None:
        self.load()
        self.status.setText(self.tr("Saved."))

    def save(self) -> None:
        self.errors.clear()
        if self.version is None:
            return  # not read yet: its button waits for it
        db, actor, version = self.context.db, self.context.actor, self.version
        values = {name: edit.text() or None for name, edit in self.edits.items()}
        name, verify_url = values.pop("name") or "", self.verify_url.text()

        def save() -> None:
            settings.set_verify_url(db, actor, verify_url)
            organization.update_organization(db, actor, name=name, expected_version=version,
                                             **values)

        write(self, save, lambda _none: self._saved(), refused=under_fields(self))
