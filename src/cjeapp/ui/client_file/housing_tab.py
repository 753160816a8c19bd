"""Help searching for housing: the request and its steps. Furnishing is not offered; the
screen says so and sends furniture needs to partner referrals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.codelists import codelist
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_money
from cjeapp.core.models import HousingRequest
from cjeapp.core.models import HousingStep
from cjeapp.core.transport_housing import housing
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.record_table import RecordTable

_Search = tuple[HousingRequest, list[HousingStep]]  # a housing search and its steps


class HousingTab(QWidget):
    furniture_requested = Signal()

    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.request_id: str | None = None
        notice = QLabel(self.tr("Help with furnishing is no longer offered. For furniture, "
                                "refer the person to a partner organization."))
        notice.setWordWrap(True)
        notice.setStyleSheet("background: #fff4d6; padding: 6px;")
        self.furniture_button = QPushButton(self.tr("Refer for furniture…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        step_kinds = codelist("housing_steps")
        self.steps: RecordTable[HousingStep] = RecordTable([
            Column(self.tr("Date"), lambda s: format_date(s.occurred_on, style="medium"),
                   lambda s: s.occurred_on, width=120),
            Column(self.tr("Step"), lambda s: step_kinds.label(s.kind), width=160),
            Column(self.tr("Address"), lambda s: s.address or "", width=260),
            Column(self.tr("Result"), lambda s: s.result or ""),
        ])
        self.people = QSpinBox()
        self.people.setRange(1, 20)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText("1100")
        self.area = QLineEdit()
        self.deadline = DateField("deadline")
        self.accessibility = QCheckBox(self.tr("Accessibility needed"))
        self.pets = QCheckBox(self.tr("Pets"))
        self.transit = QCheckBox(self.tr("Near public transit"))
        self.open_button = QPushButton(self.tr("Open a housing search"))
        self.step_kind = CodeCombo.from_list("housing_steps", empty=False)
        self.step_day = DateField("occurred_on")
        self.step_address = QLineEdit()
        self.step_result = QLineEdit()
        self.step_button = QPushButton(self.tr("Add the step"))
        self.errors = FieldErrors({})
        open_form = QFormLayout()
        self.errors.add_row(open_form, self.tr("People in the household"), self.people,
                            "household_size")
        self.errors.add_row(open_form, self.tr("Monthly budget ($)"), self.budget,
                            "monthly_budget")
        self.errors.add_row(open_form, self.tr("Area wanted"), self.area, "area_wanted")
        self.errors.add_row(open_form, self.tr("End of temporary lodging"), self.deadline,
                            "deadline")
        for box in (self.accessibility, self.pets, self.transit):
            open_form.addRow("", box)
        open_form.addRow("", self.open_button)
        step_form = QFormLayout()
        self.errors.add_row(step_form, self.tr("Step"), self.step_kind, "kind")
        self.errors.add_row(step_form, self.tr("Date"), self.step_day, "occurred_on")
        self.errors.add_row(step_form, self.tr("Address"), self.step_address, "address")
        self.errors.add_row(step_form, self.tr("Result"), self.step_result, "result")
        step_form.addRow("", self.step_button)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(notice, 1)
        top.addWidget(self.furniture_button)
        forms = FlowLayout()  # side by side, or one above the other when narrow
        for form in (open_form, step_form):
            holder = QWidget()
            holder.setLayout(form)
            form.setContentsMargins(0, 0, 0, 0)
            forms.addWidget(stretching(holder))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps, 1)
        layout.addLayout(forms)
        layout.addWidget(self.status)
        self.furniture_button.clicked.connect(self.furniture_requested)
        self.open_button.clicked.connect(self.open_search)
        self.step_button.clicked.connect(self.add_step)
        self._searches: Query[list[_Search]] = Query(self, self._show)
        self.refresh()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._searches.run(lambda: housing.requests_of(db, actor, client_id))

    def _show(self, searches: list[_Search]) -> None:
        current = searches[0] if searches else None
        self.request_id = current[0].id if current and current[0].closed_on is None else None
        kinds = codelist("housing_steps")
        if current is None:
            self.summary.setText(self.tr("No housing search yet."))
        else:
            request = current[0]
            parts = [self.tr("%1 people").replace("%1", str(request.household_size)),
                     kinds.label(request.status)]
            if request.monthly_budget:
                parts.append(format_money(request.monthly_budget))
            if request.deadline:
                parts.append(self.tr("temporary lodging ends %1").replace(
                    "%1", format_date(request.deadline)))
            self.summary.setText(" · ".join(parts))
        self.steps.set_rows(current[1] if current else [])
        self.open_button.setEnabled(self.request_id is None)
        self.step_button.setEnabled(self.request_id is not None)

    @reports_refusals
    def open_search(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        size, budget, area = self.people.value(), self._budget(), self.area.text()
        deadline, accessibility = self.deadline.value(), self.accessibility.isChecked()
        pets, transit = self.pets.isChecked(), self.transit.isChecked()
        write(self, lambda: housing.open_request(
            db, actor, client_id, household_size=size, monthly_budget=budget,
            area_wanted=area, deadline=deadline, needs_accessibility=accessibility,
            has_pets=pets, needs_public_transit=transit),
            lambda _request: self.refresh(), refused=under_fields(self))

    def _budget(self) -> Decimal | None:
        text = self.budget.text().replace(",", ".").replace(" ", "")
        if not text:
            return None
        try:
            return Decimal(text)
        except ArithmeticError as error:
            raise ValidationError([FieldError("monthly_budget", msg(
                N_("Enter a monthly budget in dollars, or leave it empty.")))]) from error

    @reports_refusals
    def add_step(self) -> None:
        if self.request_id is None:
            return
        db, actor, request_id = self.context.db, self.context.actor, self.request_id
        kind, day = self.step_kind.value() or "", self.step_day.value()
        address, result = self.step_address.text(), self.step_result.text()
        write(self, lambda: housing.add_step(db, actor, request_id, kind=kind,
                                             occurred_on=day, address=address, result=result),
              self._step_added, refused=under_fields(self))

    def _step_added(self, _step: object) -> None:
        self.step_address.clear()
        self.step_result.clear()
        self.status.clear()
        self.refresh()
