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
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField

# the delay before locking, the allowance, the mileage rate today
_Read = tuple[int, str, Decimal | None]


class PreferencesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = CodeCombo([("fr", "Français"), ("en", "English")], empty=False)
        self.language.set_value(str(local_settings().value("language", "fr")))
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(" min")
        self.allowance = QDoubleSpinBox()
        self.allowance.setRange(0, 10000)
        self.allowance.setDecimals(2)
        self.allowance.setSuffix(" $")
        self.allowance_from = DateField("allowance_from")
        self.allowance_from.set_value(clock.today())
        self.allowance_button = QPushButton(self.tr("Set this amount from this date"))
        self.mileage_rate = QDoubleSpinBox()
        self.mileage_rate.setRange(0, 5)
        self.mileage_rate.setDecimals(3)
        self.mileage_rate.setSingleStep(0.01)
        self.mileage_rate.setSuffix(" $/km")
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
        # What is saved, read off the screen's thread; saving waits for it.
        for button in (self.save_button, self.allowance_button, self.mileage_rate_button):
            button.setEnabled(False)
        db, today = context.db, clock.today()
        self._read: Query[_Read] = Query(self, self._show)
        self._read.run(lambda: (settings.lock_minutes(db),
                                str(settings.get_value(db, ALLOWANCE_KEY, "0")),
                                transport_trips.rate_on(db, today)))

    def _show(self, read: _Read) -> None:
        minutes, allowance, rate = read
        self.lock_minutes.setValue(minutes)
        self.allowance.setValue(float(allowance))
        self.mileage_rate.setValue(float(rate) if rate is not None else 0.0)
        for button in (self.save_button, self.allowance_button, self.mileage_rate_button):
            button.setEnabled(True)

    def save_allowance(self) -> None:
        try:
            since = self.allowance_from.value()
        except ValidationError:
            since = None
        if since is None:
            self.status.setText(self.tr("Type the date from which the amount applies."))
            return
        db, actor, amount = self.context.db, self.context.actor, f"{self.allowance.value():.2f}"
        write(self, lambda: settings.set_value(db, actor, ALLOWANCE_KEY, amount, since),
              lambda _none: self.status.setText(self.tr("Allowance of %1 from %2.").replace(
                  "%1", format_money(Decimal(amount))).replace("%2", format_date(since))),
              refused=self._refused)

    def _refused(self, error: CjeError) -> None:
        show_error(self, error)

    def save_mileage_rate(self) -> None:
        try:
            since = self.mileage_rate_from.value()
        except ValidationError as error:
            show_error(self, error)
            return
        if since is None:
            self.status.setText(self.tr("Type the date from which the rate applies."))
            return
        db, actor, rate = self.context.db, self.context.actor, Decimal(
            f"{self.mileage_rate.value():.3f}")
        write(self, lambda: transport_trips.set_rate(db, actor, rate, since),
              lambda _none: self.status.setText(self.tr(
                  "Mileage rate of %1 per km from %2.").replace(
                  "%1", format_money(rate)).replace("%2", format_date(since))),
              refused=self._refused)

    def save(self) -> None:
        db, actor, minutes = self.context.db, self.context.actor, self.lock_minutes.value()
        write(self, lambda: settings.set_lock_minutes(db, actor, minutes),
              lambda _none: self._saved(), refused=self._refused)

    def _saved(self) -> None:
        previous = str(local_settings().value("language", "fr"))
        language = self.language.value() or "fr"
        local_settings().setValue("language", language)
        self.status.setText(self.tr("Saved. The new language applies at the next start.")
                            if language != previous else self.tr("Saved."))
