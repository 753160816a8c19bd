"""Consents per purpose, with the date, how it was given, the language it was explained in,
who recorded it, its expiry, and its withdrawal (when, by whom)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.casework import partners
from cjeapp.core.codelists import codelist
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Consent
from cjeapp.core.people import consents
from cjeapp.core.permissions import Permission
from cjeapp.core.staff import accounts
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.language_picker import LanguagePicker
from cjeapp.ui.widgets.record_table import RecordTable


class ConsentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.partner = CodeCombo(self._partners())
        self.partner.setEnabled(False)
        methods = codelist("consent_methods")
        self.staff: dict[str, str] = {
            account.id: account.full_name for account in accounts.list_staff(
                context.db, context.actor, include_inactive=True)}
        self.table: RecordTable[Consent] = RecordTable([
            Column(self.tr("Purpose"), self._purpose, width=240),
            Column(self.tr("Given on"), lambda c: _date(c.given_on), lambda c: c.given_on),
            Column(self.tr("Method"), lambda c: methods.label(c.method)),
            Column(self.tr("Explained in"), lambda c: language_name(c.language)),
            Column(self.tr("Recorded by"), lambda c: self.staff.get(c.recorded_by or "", "")),
            Column(self.tr("Expires"), lambda c: _date(c.expires_on), lambda c: c.expires_on),
            Column(self.tr("Withdrawn"), lambda c: " · ".join(filter(None, (
                _date(c.withdrawn_on), self.staff.get(c.withdrawn_by or "", "")))),
                   lambda c: c.withdrawn_on),
            Column(self.tr("State"), lambda c: self.tr("Valid") if c.is_valid_on(clock.today())
                   else self.tr("Not valid")),
        ], alert=lambda c: not c.is_valid_on(clock.today()))
        self.purpose = CodeCombo.from_list("consent_purposes", empty=False)
        self.given_on = DateField("given_on")
        self.given_on.set_value(clock.today())
        self.method = CodeCombo.from_list("consent_methods", empty=False)
        # Any language, an interpreter's included; French chosen until another is.
        self.language = LanguagePicker(empty=False)
        self.language.set_value("fr")
        self.expires_on = DateField("expires_on")
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Purpose"), self.purpose, "purpose")
        self.errors.add_row(form, self.tr("Given on"), self.given_on, "given_on")
        self.errors.add_row(form, self.tr("Method"), self.method, "method")
        self.errors.add_row(form, self.tr("Explained in"), self.language, "language")
        self.errors.add_row(form, self.tr("Partner (for a referral)"), self.partner,
                            "partner_id")
        self.errors.add_row(form, self.tr("Expires on (optional)"), self.expires_on,
                            "expires_on")
        self.record_button = QPushButton(self.tr("Record the consent"))
        self.withdraw_button = QPushButton(self.tr("Withdraw the selected consent"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record)
        self.purpose.currentIndexChanged.connect(
            lambda _index: self.partner.setEnabled(self.purpose.value() == "referral"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setVisible(context.can(Permission.CASEWORK_WRITE))
        self.refresh()

    def _purpose(self, consent: Consent) -> str:
        purpose = codelist("consent_purposes").label(consent.purpose)
        if not consent.partner_id:
            return purpose
        partner = self.partner.findData(consent.partner_id)
        return f"{purpose} — {self.partner.itemText(partner) if partner > 0 else ''}"

    def _partners(self) -> list[tuple[str, str]]:
        return [(partner.id, partner.name)
                for partner in partners.list_partners(self.context.db, self.context.actor)]

    def refresh(self) -> None:
        self.partner.replace_choices(self._partners())  # one added in the directory since
        self.table.set_rows(consents.list_consents(self.context.db, self.context.actor,
                                                   self.client_id))

    @reports_refusals
    def record(self) -> None:
        consents.record_consent(self.context.db, self.context.actor, self.client_id,
                                purpose=self.purpose.value() or "",
                                given_on=self.given_on.required_value(),
                                method=self.method.value() or "",
                                language=self.language.value() or "",
                                expires_on=self.expires_on.value(),
                                partner_id=self.partner.value()
                                if self.purpose.value() == "referral" else None)
        self.refresh()

    @reports_refusals
    def withdraw(self) -> None:
        consent = self.table.current()
        if consent is None:
            return
        consents.withdraw_consent(self.context.db, self.context.actor, consent.id)
        self.refresh()


def _date(value: date | None) -> str:
    return format_date(value, style="medium") if value else ""
