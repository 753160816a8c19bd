"""Referrals to partners (refused without the person's consent to that partner) and their
outcome."""

from __future__ import annotations

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

from cjeapp.core.casework import partners, plans, referrals
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_date
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class ReferralsTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Referred on"), self.tr("Partner"), self.tr("Reason"),
                                   self.tr("Answer expected"), self.tr("Outcome")])
        self.list.setColumnWidth(0, 110)
        self.list.setColumnWidth(1, 240)
        self.list.setColumnWidth(2, 220)
        kinds = codelist("partner_kinds")
        self.partner = CodeCombo([(p.id, f"{p.name} ({kinds.label(p.kind)})")
                                  for p in partners.list_partners(context.db, context.actor)])
        self.reason = QLineEdit()
        self.expected = DateField()
        self.plan_item = CodeCombo([(item.id, item.goal) for item in
                                    plans.plan_items(context.db, context.actor, client_id)
                                    if item.status in plans.OPEN_STATUSES])
        labels = {name: error_label() for name in ("partner_id", "reason", "expected_answer_on",
                                                    "outcome")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Partner"), self.partner, "partner_id"),
                (self.tr("Reason"), self.reason, "reason"),
                (self.tr("Answer expected by"), self.expected, "expected_answer_on"),
                (self.tr("Plan item (optional)"), self.plan_item, None)):
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        self.refer_button = QPushButton(self.tr("Refer"))
        self.outcome = CodeCombo.from_list("referral_outcomes", empty=False)
        self.outcome_button = QPushButton(self.tr("Set the outcome of the selected referral"))
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome)
        outcome_row.addWidget(self.outcome_button)
        outcome_row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(outcome_row)
        layout.addWidget(labels["outcome"])
        layout.addLayout(form)
        layout.addWidget(self.refer_button)
        layout.addWidget(self.status)
        self.refer_button.clicked.connect(self.refer)
        self.outcome_button.clicked.connect(self.set_outcome)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        outcomes = codelist("referral_outcomes")
        for row in referrals.referrals_of(self.context.db, self.context.actor, self.client_id):
            item = QTreeWidgetItem([
                format_date(row.referred_on, style="medium"), row.partner_name, row.reason,
                format_date(row.expected_answer_on, style="medium") if row.expected_answer_on
                else "", outcomes.label(row.outcome)])
            item.setData(0, 256, row.id)
            self.list.addTopLevelItem(item)

    def refer(self) -> None:
        self.errors.clear()
        try:
            expected = self.expected.value()
        except ValueError:
            self.errors.show(ValidationError([FieldError("expected_answer_on", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        try:
            referrals.refer(self.context.db, self.context.actor, self.client_id,
                            partner_id=self.partner.value() or "", reason=self.reason.text(),
                            expected_answer_on=expected, plan_item_id=self.plan_item.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.reason.clear()
        self.expected.clear()
        self.status.setText(self.tr("Referral recorded."))
        self.refresh()
        self.context.events.changed.emit("casework")

    def set_outcome(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Choose a referral in the list first."))
            return
        try:
            referrals.set_outcome(self.context.db, self.context.actor, str(item.data(0, 256)),
                                  self.outcome.value() or "pending")
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()
