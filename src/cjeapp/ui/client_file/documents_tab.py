"""Documents for the person: choose the kind, preview, print or save (which issues it in the
register); reprint a copy or revoke a document from the register."""

from __future__ import annotations

from datetime import date

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

from cjeapp.core import clock
from cjeapp.core.casework import referrals
from cjeapp.core.codelists import codelist
from cjeapp.core.documents import issuing
from cjeapp.core.documents.issuing import Draft
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_moment
from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog, print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class DocumentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        can_issue = context.can(Permission.DOCUMENT_ISSUE)
        kinds = [(code, label) for code, label in
                 ((c.code, c.label()) for c in codelist("document_kinds").codes)
                 if can_issue or code == "collection_notice"]
        self.kind = CodeCombo(kinds, empty=False)
        self.language = CodeCombo([("fr", self.tr("French")), ("en", self.tr("English"))])
        self.language.setItemText(0, self.tr("The person's language"))
        self.activity = CodeCombo([])
        self.referral = CodeCombo([])
        self.period_from = DateField()
        self.period_to = DateField()
        self.period_from.set_value(date(clock.today().year, 1, 1))
        self.period_to.set_value(clock.today())
        labels = {name: error_label() for name in ("activity_id", "referral_id", "period_from",
                                                    "period_to")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Document"), self.kind, None),
                (self.tr("Language"), self.language, None),
                (self.tr("Activity"), self.activity, "activity_id"),
                (self.tr("Referral"), self.referral, "referral_id"),
                (self.tr("Services from"), self.period_from, "period_from"),
                (self.tr("to"), self.period_to, "period_to")):
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.register = QTreeWidget()
        self.register.setRootIsDecorated(False)
        self.register.setHeaderLabels([self.tr("Number"), self.tr("Document"),
                                       self.tr("Issued"), self.tr("State")])
        for column, width in enumerate((150, 300, 190)):
            self.register.setColumnWidth(column, width)
        self.reprint_button = QPushButton(self.tr("Reprint a copy"))
        self.revoke_reason = QLineEdit()
        self.revoke_reason.setPlaceholderText(self.tr("Why the document is revoked"))
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.revoke_button.setEnabled(can_issue)
        self.status = QLabel()
        self.status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.revoke_reason, 1)
        actions.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(QLabel(self.tr("Register of documents issued to this person")))
        layout.addWidget(self.register, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.preview_button.clicked.connect(self.preview)
        self.reprint_button.clicked.connect(self.reprint)
        self.revoke_button.clicked.connect(self.revoke)
        self.refresh()

    def refresh(self) -> None:
        self.activity.clear()
        self.activity.addItem("—", None)
        if self.context.can(Permission.CASEWORK_WRITE):
            for activity in activities.activities_of_client(self.context.db,
                                                            self.context.actor, self.client_id):
                self.activity.addItem(activity.title, activity.id)
            self.referral.clear()
            self.referral.addItem("—", None)
            for row in referrals.referrals_of(self.context.db, self.context.actor,
                                              self.client_id):
                self.referral.addItem(f"{row.partner_name} — {row.reason}", row.id)
        self._show_fields()
        self.register.clear()
        kinds = codelist("document_kinds")
        for document in issuing.documents_of(self.context.db, self.context.actor,
                                               self.client_id):
            state = (self.tr("Revoked") if document.revoked_at else
                     self.tr("Copy") if document.copy_of_id else self.tr("Issued"))
            item = QTreeWidgetItem([document.number, kinds.label(document.kind),
                                    format_moment(document.issued_at), state])
            item.setData(0, 256, document.id)
            self.register.addTopLevelItem(item)

    def _show_fields(self) -> None:
        kind = self.kind.value()
        self.activity.setEnabled(kind == "attestation_participation")
        self.referral.setEnabled(kind == "referral_letter")
        for widget in (self.period_from, self.period_to):
            widget.setEnabled(kind == "attestation_services")

    def draft(self) -> Draft:
        kind, language = self.kind.value(), self.language.value()
        db = self.context.db
        if kind == "attestation_participation":
            if not self.activity.value():
                raise ValidationError([FieldError("activity_id", msg(N_(
                    "Choose the activity.")))])
            return issuing.participation_draft(db, self.client_id,
                                                 self.activity.value() or "", language)
        if kind == "attestation_services":
            try:
                first, last = self.period_from.value(), self.period_to.value()
            except ValueError as error:
                raise ValidationError([FieldError("period_from", msg(N_(
                    "Type the date as 1990-05-31 or 31/05/1990.")))]) from error
            if first is None or last is None:
                raise ValidationError([FieldError("period_from", msg(N_("Enter a date.")))])
            return issuing.services_draft(db, self.client_id, first, last, language)
        if kind == "referral_letter":
            return issuing.referral_draft(db, self.referral.value() or "", language)
        return issuing.notice_draft(db, self.client_id, language)

    def preview(self) -> None:
        self.errors.clear()
        try:
            draft = self.draft()
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        dialog = PdfPreviewDialog(issuing.preview(self.context.db, draft), draft.title, self)
        if dialog.exec() and dialog.choice:
            self.issue(draft, dialog.choice)

    def issue(self, draft: Draft, choice: str) -> None:
        """Number and register the document, then print or save it."""
        try:
            issued = issuing.issue(self.context.db, self.context.actor, draft)
        except CjeError as error:
            show_error(self, error)
            return
        if choice == "print":
            print_pdf(self, issued.pdf)
        else:
            save_bytes(self, issued.pdf, f"{issued.document.number}.pdf", "PDF (*.pdf)")
        self.status.setText(self.tr("Document %1 issued.").replace("%1",
                                                                    issued.document.number))
        self.refresh()
        self.context.events.changed.emit("documents")

    def _selected(self) -> str | None:
        item = self.register.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a document in the register first."))
            return None
        return str(item.data(0, 256))

    def reprint(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        try:
            copy = issuing.reprint(self.context.db, self.context.actor, document_id)
        except CjeError as error:
            self.status.setText(str(error))
            return
        dialog = PdfPreviewDialog(copy.pdf, copy.document.number, self)
        if dialog.exec() and dialog.choice == "print":
            print_pdf(self, copy.pdf)
        elif dialog.choice == "save":
            save_bytes(self, copy.pdf, f"{copy.document.number}.pdf", "PDF (*.pdf)")
        self.refresh()

    def revoke(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        try:
            issuing.revoke(self.context.db, self.context.actor, document_id,
                             self.revoke_reason.text())
        except ValidationError as error:
            self.status.setText(str(error))
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.revoke_reason.clear()
        self.refresh()
