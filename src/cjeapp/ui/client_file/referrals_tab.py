"""Referrals to partners (refused without the person's consent to that partner) and their
outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.casework import partners
from cjeapp.core.casework import plans
from cjeapp.core.casework import referrals
from cjeapp.core.casework.referrals import ReferralRow
from cjeapp.core.codelists import codelist
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import OUTCOME_TONES
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.record_table import RecordTable


class ReferralsTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        outcomes = codelist("referral_outcomes")
        self.list: RecordTable[ReferralRow] = RecordTable([
            Column(self.tr("Referred on"), lambda r: format_date(r.referred_on, style="medium"),
                   lambda r: r.referred_on, width=110),
            Column(self.tr("Partner"), lambda r: r.partner_name, width=240),
            Column(self.tr("Reason"), lambda r: r.reason, width=220),
            Column(self.tr("Answer expected"),
                   lambda r: format_date(r.expected_answer_on, style="medium")
                   if r.expected_answer_on else "", lambda r: r.expected_answer_on),
            Column(self.tr("Outcome"), lambda r: outcomes.label(r.outcome),
                   tone=lambda r: OUTCOME_TONES.get(r.outcome)),
        ])
        self.partner = CodeCombo([])  # read with the referrals: one added since is offered
        self.reason = QLineEdit()
        self.expected = DateField("expected_answer_on")
        self.plan_item = CodeCombo([])
        self.errors = FieldErrors.for_fields(["outcome"])
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Partner"), self.partner, "partner_id")
        self.errors.add_row(form, self.tr("Reason"), self.reason, "reason")
        self.errors.add_row(form, self.tr("Answer expected by"), self.expected,
                            "expected_answer_on")
        self.errors.add_row(form, self.tr("Plan item (optional)"), self.plan_item)
        self.refer_button = QPushButton(self.tr("Refer"))
        self.outcome = CodeCombo.from_list("referral_outcomes", empty=False)
        self.outcome.setAccessibleName(self.tr("Outcome"))  # no label beside it
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
        layout.addWidget(self.errors.labels["outcome"])
        layout.addLayout(form)
        layout.addWidget(self.refer_button)
        layout.addWidget(self.status)
        self.refer_button.clicked.connect(self.refer)
        self.outcome_button.clicked.connect(self.set_outcome)
        self._rows: Query[tuple[list[ReferralRow], list[tuple[str, str]],
                                list[tuple[str, str]]]] = Query(self, self._show)
        self.refresh()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        kinds = codelist("partner_kinds")
        self._rows.run(lambda: (referrals.referrals_of(db, actor, client_id),
                                plans.open_items(db, actor, client_id),
                                [(p.id, f"{p.name} ({kinds.label(p.kind)})")
                                 for p in partners.list_partners(db, actor)]))

    def _show(self, found: tuple[list[ReferralRow], list[tuple[str, str]],
                                 list[tuple[str, str]]]) -> None:
        self.list.set_rows(found[0])
        self.plan_item.replace_choices(found[1])
        self.partner.replace_choices(found[2])

    @reports_refusals
    def refer(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        partner_id, reason = self.partner.value() or "", self.reason.text()
        expected, plan_item_id = self.expected.value(), self.plan_item.value()
        write(self, lambda: referrals.refer(db, actor, client_id, partner_id=partner_id,
                                            reason=reason, expected_answer_on=expected,
                                            plan_item_id=plan_item_id),
              self._referred, refused=under_fields(self))

    def _referred(self, _referral: object) -> None:
        self.reason.clear()
        self.expected.clear()
        self.status.setText(self.tr("Referral recorded."))
        self.refresh()

    @reports_refusals
    def set_outcome(self) -> None:
        referral = self.list.current()
        if referral is None:
            self.status.setText(self.tr("Choose a referral in the list first."))
            return
        db, actor, outcome = self.context.db, self.context.actor, self.outcome.value() or "pending"
        write(self, lambda: referrals.set_outcome(db, actor, referral.id, outcome),
              lambda _referral: self.refresh(), refused=under_fields(self))
