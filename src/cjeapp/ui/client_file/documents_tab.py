"""Documents for the person: choose the kind, preview, print or save (which issues it in the
register); reprint a copy or revoke a document from the register."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.casework import referrals
from cjeapp.core.casework.referrals import ReferralRow
from cjeapp.core.codelists import codelist
from cjeapp.core.documents import issuing
from cjeapp.core.documents import notices
from cjeapp.core.documents.issuing import DocumentRow
from cjeapp.core.documents.issuing import Draft
from cjeapp.core.documents.issuing import IssuedPdf
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import Activity
from cjeapp.core.permissions import Permission
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.pdf_preview import print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.verify_box import VerifyBox

# the person's activities and referrals to choose from (None: not this role's), and the
# register of documents issued to them
_Read = tuple[list[Activity], list[ReferralRow] | None, list[DocumentRow]]

class DocumentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
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
        self.period_from = DateField("period_from")
        self.period_to = DateField("period_to")
        self.period_from.set_value(date(clock.today().year, 1, 1))
        self.period_to.set_value(clock.today())
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Document"), self.kind)
        self.errors.add_row(form, self.tr("Language"), self.language)
        self.errors.add_row(form, self.tr("Activity"), self.activity, "activity_id")
        self.errors.add_row(form, self.tr("Referral"), self.referral, "referral_id")
        self.errors.add_row(form, self.tr("Services from"), self.period_from, "period_from")
        self.errors.add_row(form, self.tr("to"), self.period_to, "period_to")
        self.preview_button = QPushButton(self.tr("Preview…"))
        kind_names = codelist("document_kinds")
        self.register: RecordTable[DocumentRow] = RecordTable([
            Column(self.tr("Number"), lambda d: d.number, width=150),
            Column(self.tr("Document"), lambda d: kind_names.label(d.kind), width=300),
            Column(self.tr("Issued"), lambda d: format_moment(d.issued_at),
                   lambda d: d.issued_at, width=190),
            Column(self.tr("State"), self._state),
        ], alert=lambda d: d.revoked)
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
        layout.addWidget(self.errors.label("revoke_reason"))
        layout.addWidget(self.status)
        self.verify_box = VerifyBox(
            self.tr("Is a printed or e-mailed attestation genuine? Drop its PDF here."),
            "PDF (*.pdf)", self._verify)
        layout.addWidget(self.verify_box)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.preview_button.clicked.connect(self.preview)
        self.reprint_button.clicked.connect(self.reprint)
        self.revoke_button.clicked.connect(self.revoke)
        self._rows: Query[_Read] = Query(self, self._show)
        self._preview: Query[tuple[Draft, bytes]] = Query(
            self, self._previewed, refused=under_fields(self), writes=True)  # logged
        self.refresh()

    def _verify(self, path: Path) -> tuple[bool, str]:
        found = issuing.verify(self.context.db, path.read_bytes())
        return found.genuine, found.reason.render()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        casework = self.context.can(Permission.CASEWORK_WRITE)
        self._rows.run(lambda: (
            activities.activities_of_client(db, actor, client_id) if casework else [],
            referrals.referrals_of(db, actor, client_id) if casework else None,
            issuing.documents_of(db, actor, client_id)))

    def _show(self, found: _Read) -> None:
        found_activities, found_referrals, documents = found
        self.activity.clear()
        self.activity.addItem("—", None)
        for activity in found_activities:
            self.activity.addItem(activity.title, activity.id)
        if found_referrals is not None:
            self.referral.clear()
            self.referral.addItem("—", None)
            for row in found_referrals:
                self.referral.addItem(f"{row.partner_name} — {row.reason}", row.id)
        self._show_fields()
        self.register.set_rows(documents)

    def _state(self, document: DocumentRow) -> str:
        return (self.tr("Revoked") if document.revoked else
                self.tr("Copy") if document.is_copy else self.tr("Issued"))

    def _show_fields(self) -> None:
        kind = self.kind.value()
        # The notice at collection is written in more languages than the other documents.
        choices = [("fr", self.tr("French")), ("en", self.tr("English"))]
        if kind == "collection_notice":
            choices += [(code, name) for code, name in notices.notice_languages()
                        if code not in ("fr", "en")]
        if [self.language.itemData(i) for i in range(1, self.language.count())] != [
                code for code, _name in choices]:
            self.language.replace_choices(choices)
            self.language.setItemText(0, self.tr("The person's language"))
        self.activity.setEnabled(kind == "attestation_participation")
        self.referral.setEnabled(kind == "referral_letter")
        for widget in (self.period_from, self.period_to):
            widget.setEnabled(kind == "attestation_services")

    def drafting(self) -> Callable[[], Draft]:
        """The draft the form asks for, as work for a worker: the form is read and checked
        here, on the screen's thread; the work reads the file."""
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        kind, language = self.kind.value(), self.language.value()
        if kind == "attestation_participation":
            activity_id = self.activity.value()
            if not activity_id:
                raise ValidationError([FieldError("activity_id", msg(N_(
                    "Choose the activity.")))])
            return lambda: issuing.participation_draft(db, actor, client_id, activity_id,
                                                       language)
        if kind == "attestation_services":
            first, last = self.period_from.value(), self.period_to.value()
            if first is None or last is None:
                raise ValidationError([FieldError("period_from", msg(N_("Enter a date.")))])
            return lambda: issuing.services_draft(db, actor, client_id, first, last, language)
        if kind == "referral_letter":
            referral_id = self.referral.value() or ""
            return lambda: issuing.referral_draft(db, actor, referral_id, language)
        return lambda: issuing.notice_draft(db, actor, client_id, language)

    @reports_refusals
    def preview(self) -> None:
        """Drafted and drawn on a worker (a preview is logged); seen, then issued."""
        db, actor, draft = self.context.db, self.context.actor, self.drafting()

        def drawn() -> tuple[Draft, bytes]:
            made = draft()
            return made, issuing.preview(db, actor, made)

        self._preview.run(drawn)

    def _previewed(self, drawn: tuple[Draft, bytes]) -> None:
        draft, pdf = drawn
        dialog = PdfPreviewDialog(pdf, draft.title, self)
        if dialog.exec() and dialog.choice:
            self.issue(draft, dialog.choice)

    def issue(self, draft: Draft, choice: str) -> None:
        """Number and register the document (on the writer), then print or save it."""
        db, actor = self.context.db, self.context.actor
        write(self, lambda: issuing.issue(db, actor, draft),
              lambda issued: self._issued(issued, choice), refused=under_fields(self))

    def _issued(self, issued: IssuedPdf, choice: str) -> None:
        if choice == "print":
            print_pdf(self, issued.pdf)
        else:
            save_bytes(self, issued.pdf, f"{issued.document.number}.pdf", "PDF (*.pdf)")
        self.status.setText(self.tr("Document %1 issued.").replace("%1",
                                                                    issued.document.number))
        self.refresh()

    def _selected(self) -> str | None:
        document = self.register.current()
        if document is None:
            self.status.setText(self.tr("Choose a document in the register first."))
            return None
        return document.id

    @reports_refusals
    def reprint(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: issuing.reprint(db, actor, document_id), self._reprinted,
              refused=under_fields(self), busy=self.reprint_button)

    def _reprinted(self, copy: IssuedPdf) -> None:
        self.refresh()  # the copy is in the register, whatever is done with it
        dialog = PdfPreviewDialog(copy.pdf, copy.document.number, self)
        if dialog.exec() and dialog.choice == "print":
            print_pdf(self, copy.pdf)
        elif dialog.choice == "save":
            save_bytes(self, copy.pdf, f"{copy.document.number}.pdf", "PDF (*.pdf)")

    @reports_refusals
    def revoke(self) -> None:
        document_id = self._selected()
        if document_id is None:
            return
        db, actor, reason = self.context.db, self.context.actor, self.revoke_reason.text()
        write(self, lambda: issuing.revoke(db, actor, document_id, reason),
              lambda _revoked: self._revoked(), refused=under_fields(self))

    def _revoked(self) -> None:
        self.revoke_reason.clear()
        self.refresh()
