"""Language of this computer, and the delay before an idle session locks."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups.activities import ALLOWANCE_KEY
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_money
from cjeapp.core.org import settings
from cjeapp.core.transport_housing import transport_trips
from cjeapp.ui.context import AppContext
from cjeapp.ui.context import local_settings
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.messages import show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class PreferencesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = CodeCombo([("fr", "Français"), ("en", "English")], empty=False)
        self.language.set_value(str(local_settings().value("language", "fr")))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(" min")
        self.lock_minutes.setValue(settings.lock_minutes(context.db))
        self.allowance = QDoubleSpinBox()
        self.allowance.setRange(0, 10000)
        self.allowance.setDecimals(2)
        self.allowance.setSuffix(" $")
        self.allowance.setValue(float(settings.get_value(context.db, ALLOWANCE_KEY, "0")))
        self.allowance_from = DateField("allowance_from")
        self.allowance_from.set_value(clock.today())
        self.allowance_button = QPushButton(self.tr("Set this amount from this date"))
        self.mileage_rate = QDoubleSpinBox()
        self.mileage_rate.setRange(0, 5)
        self.mileage_rate.setDecimals(3)
        self.mileage_rate.setSingleStep(0.01)
        self.mileage_rate.setSuffix(" $/km")
        current_rate = transport_trips.rate_on(context.db, clock.today())
        self.mileage_rate.setValue(float(current_rate) if current_rate is not None else 0.0)
        self.mileage_rate_from = DateField("mileage_rate_from")
        self.mileage_rate_from.set_value(clock.today())
        self.mileage_rate_button = QPushButton(self.tr("Set this rate from this date"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        form = QFormLayout()
        form.addRow(self.tr("Language of this computer"), self.language)
        form.addRow(self.tr("Lock an idle session after"), self.lock_minutes)
        form.addRow(self.tr("Objectif Intégration allowance"), self.allowance)
        form.addRow(self.tr("In force from"), self.allowance_from)
        form.addRow("", self.allowance_button)
        form.addRow(self.tr("Mileage rate (own car)"), self.mileage_rate)
        form.addRow(self.tr("In force from"), self.mileage_rate_from)
        form.addRow("", self.mileage_rate_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.allowance_button.clicked.connect(self.save_allowance)
        self.mileage_rate_button.clicked.connect(self.save_mileage_rate)

    @reports_refusals
    def save_allowance(self) -> None:
        try:
            since = self.allowance_from.value()
        except ValidationError:
            since = None
        if since is None:
            self.status.setText(self.tr("Type the date from which the amount applies."))
            return
        settings.set_value(self.context.db, self.context.actor, ALLOWANCE_KEY,
                           f"{self.allowance.value():.2f}", since)
        self.status.setText(self.tr("Allowance of %1 from %2.").replace(
            "%1", format_money(Decimal(f"{self.allowance.value():.2f}"))).replace(
            "%2", format_date(since)))

    @reports_refusals
    def save_mileage_rate(self) -> None:
        since = self.mileage_rate_from.value()
        if since is None:
            self.status.setText(self.tr("Type the date from which the rate applies."))
            return
        rate = Decimal(f"{self.mileage_rate.value():.3f}")
        transport_trips.set_rate(self.context.db, self.context.actor, rate, since)
        self.status.setText(self.tr("Mileage rate of %1 per km from %2.").replace(
            "%1", format_money(rate)).replace("%2", format_date(since)))

    def save(self) -> None:
        try:
            settings.set_lock_minutes(self.context.db, self.context.actor,
                                      self.lock_minutes.value())
        except (ValidationError, CjeError) as error:
            show_error(self, error)
            return
        previous = str(local_settings().value("language", "fr"))
        language = self.language.value() or "fr"
        local_settings().setValue("language", language)
        self.status.setText(self.tr("Saved. The new language applies at the next start.")
                            if language != previous else self.tr("Saved."))
