"""Consents per purpose, with date, method, expiry and withdrawal."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core import clock
from cjeapp.core.casework import partners
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_date
from cjeapp.core.people import consents
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class ConsentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Purpose"), self.tr("Given on"), self.tr("Method"),
                                    self.tr("Expires"), self.tr("Withdrawn"), self.tr("State")])
        self.table.setColumnWidth(0, 260)
        self.purpose = CodeCombo.from_list("consent_purposes", empty=False)
        self.given_on = DateField()
        self.given_on.set_value(clock.today())
        self.method = CodeCombo.from_list("consent_methods", empty=False)
        self.expires_on = DateField()
        self.partner = CodeCombo([(partner.id, partner.name) for partner in
                                  partners.list_partners(context.db, context.actor)])
        self.partner.setEnabled(False)
        labels = {name: error_label() for name in
                  ("purpose", "given_on", "method", "expires_on", "partner_id")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Purpose"), self.purpose, "purpose"),
                (self.tr("Given on"), self.given_on, "given_on"),
                (self.tr("Method"), self.method, "method"),
                (self.tr("Partner (for a referral)"), self.partner, "partner_id"),
                (self.tr("Expires on (optional)"), self.expires_on, "expires_on")):
            form.addRow(caption, widget)
            form.addRow("", labels[key])
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
        self.refresh()

    def refresh(self) -> None:
        self.table.clear()
        today = clock.today()
        names = {self.partner.itemData(i): self.partner.itemText(i)
                 for i in range(1, self.partner.count())}
        for consent in consents.list_consents(self.context.db, self.context.actor,
                                              self.client_id):
            purpose = codelist("consent_purposes").label(consent.purpose)
            if consent.partner_id:
                purpose = f"{purpose} — {names.get(consent.partner_id, '')}"
            state = self.tr("Valid") if consent.is_valid_on(today) else self.tr("Not valid")
            item = QTreeWidgetItem([
                purpose,
                format_date(consent.given_on, style="medium"),
                codelist("consent_methods").label(consent.method),
                format_date(consent.expires_on, style="medium") if consent.expires_on else "",
                format_date(consent.withdrawn_on, style="medium") if consent.withdrawn_on
                else "", state])
            item.setData(0, 256, consent.id)
            self.table.addTopLevelItem(item)

    def record(self) -> None:
        self.errors.clear()
        try:
            given, expires = self.given_on.value(), self.expires_on.value()
        except ValueError:
            self.errors.show(ValidationError([FieldError("given_on", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        if given is None:
            self.errors.show(ValidationError([FieldError("given_on", msg(N_("Enter a date.")))]))
            return
        try:
            consents.record_consent(self.context.db, self.context.actor, self.client_id,
                                    purpose=self.purpose.value() or "",
                                    given_on=given, method=self.method.value() or "",
                                    expires_on=expires,
                                    partner_id=self.partner.value()
                                    if self.purpose.value() == "referral" else None)
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()

    def withdraw(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        try:
            consents.withdraw_consent(self.context.db, self.context.actor,
                                      str(item.data(0, 256)))
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()
