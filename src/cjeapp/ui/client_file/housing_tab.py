"""Help searching for housing: the request and its steps. Furnishing is not offered; the
screen says so and sends furniture needs to partner referrals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_date, format_money
from cjeapp.core.transport_housing import housing
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class HousingTab(QWidget):
    furniture_requested = Signal()

    def __init__(self, context: AppContext, client_id: str,
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
        self.steps = QTreeWidget()
        self.steps.setRootIsDecorated(False)
        self.steps.setHeaderLabels([self.tr("Date"), self.tr("Step"), self.tr("Address"),
                                    self.tr("Result")])
        self.steps.setColumnWidth(0, 120)
        self.steps.setColumnWidth(1, 160)
        self.steps.setColumnWidth(2, 260)
        self.people = QSpinBox()
        self.people.setRange(1, 20)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText("1100")
        self.area = QLineEdit()
        self.deadline = DateField()
        self.accessibility = QCheckBox(self.tr("Accessibility needed"))
        self.pets = QCheckBox(self.tr("Pets"))
        self.transit = QCheckBox(self.tr("Near public transit"))
        self.open_button = QPushButton(self.tr("Open a housing search"))
        self.step_kind = CodeCombo.from_list("housing_steps", empty=False)
        self.step_day = DateField()
        self.step_address = QLineEdit()
        self.step_result = QLineEdit()
        self.step_button = QPushButton(self.tr("Add the step"))
        names = ("household_size", "monthly_budget", "area_wanted", "deadline", "kind",
                 "occurred_on", "address", "result")
        labels = {name: error_label() for name in names}
        self.errors = FieldErrors(labels)
        open_form = QFormLayout()
        for caption, widget, key in (
                (self.tr("People in the household"), self.people, "household_size"),
                (self.tr("Monthly budget ($)"), self.budget, "monthly_budget"),
                (self.tr("Area wanted"), self.area, "area_wanted"),
                (self.tr("End of temporary lodging"), self.deadline, "deadline")):
            open_form.addRow(caption, widget)
            open_form.addRow("", labels[key])
        checks = QHBoxLayout()
        for box in (self.accessibility, self.pets, self.transit):
            checks.addWidget(box)
        open_form.addRow("", checks)
        open_form.addRow("", self.open_button)
        step_form = QFormLayout()
        step_rows: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("Step"), self.step_kind, "kind"),
            (self.tr("Date"), self.step_day, "occurred_on"),
            (self.tr("Address"), self.step_address, "address"),
            (self.tr("Result"), self.step_result, "result"))
        for caption, step_widget, key in step_rows:
            step_form.addRow(caption, step_widget)
            step_form.addRow("", labels[key])
        step_form.addRow("", self.step_button)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(notice, 1)
        top.addWidget(self.furniture_button)
        forms = QHBoxLayout()
        forms.addLayout(open_form, 1)
        forms.addLayout(step_form, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.steps, 1)
        layout.addLayout(forms)
        layout.addWidget(self.status)
        self.furniture_button.clicked.connect(self.furniture_requested)
        self.open_button.clicked.connect(self.open_search)
        self.step_button.clicked.connect(self.add_step)
        self.refresh()

    def refresh(self) -> None:
        self.steps.clear()
        searches = housing.requests_of(self.context.db, self.context.actor, self.client_id)
        current = searches[0] if searches else None
        self.request_id = current[0].id if current and current[0].closed_on is None else None
        kinds = codelist("housing_steps")
        if current is None:
            self.summary.setText(self.tr("No housing search yet."))
        else:
            request, steps = current
            parts = [self.tr("%1 people").replace("%1", str(request.household_size)),
                     kinds.label(request.status)]
            if request.monthly_budget:
                parts.append(format_money(request.monthly_budget))
            if request.deadline:
                parts.append(self.tr("temporary lodging ends %1").replace(
                    "%1", format_date(request.deadline)))
            self.summary.setText(" · ".join(parts))
            for step in steps:
                self.steps.addTopLevelItem(QTreeWidgetItem([
                    format_date(step.occurred_on, style="medium"), kinds.label(step.kind),
                    step.address or "", step.result or ""]))
        self.open_button.setEnabled(self.request_id is None)
        self.step_button.setEnabled(self.request_id is not None)

    def open_search(self) -> None:
        self.errors.clear()
        try:
            budget = Decimal(self.budget.text().replace(",", ".").replace(" ", "")) \
                if self.budget.text().strip() else None
            deadline = self.deadline.value()
        except (ArithmeticError, ValueError):
            self.errors.show(ValidationError([FieldError("monthly_budget", msg(
                N_("Enter a monthly budget in dollars, or leave it empty.")))]))
            return
        try:
            housing.open_request(self.context.db, self.context.actor, self.client_id,
                                 household_size=self.people.value(), monthly_budget=budget,
                                 area_wanted=self.area.text(), deadline=deadline,
                                 needs_accessibility=self.accessibility.isChecked(),
                                 has_pets=self.pets.isChecked(),
                                 needs_public_transit=self.transit.isChecked())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.refresh()

    def add_step(self) -> None:
        if self.request_id is None:
            return
        self.errors.clear()
        try:
            day = self.step_day.value()
        except ValueError:
            day = None
        try:
            housing.add_step(self.context.db, self.context.actor, self.request_id,
                             kind=self.step_kind.value() or "", occurred_on=day,
                             address=self.step_address.text(), result=self.step_result.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            self.status.setText(str(error))
            return
        self.step_address.clear()
        self.step_result.clear()
        self.status.clear()
        self.refresh()
