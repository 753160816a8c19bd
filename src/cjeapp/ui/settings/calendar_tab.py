"""The organization's calendar: Easter choices, the holiday break, training days."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.calendar import deadlines
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.locale_format import format_date
from cjeapp.core.org import settings
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.record_table import RecordTable

# the closures, closed on Good Friday, closed on Easter Monday
_Read = tuple[list[Closure], bool, bool]


class CalendarTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(self.tr("Quebec's statutory holidays are built in. Add the days the "
                               "organization is closed; deadlines (72 business hours, five "
                               "business days) skip them."))
        intro.setWordWrap(True)
        self.good_friday = QCheckBox(self.tr("Closed on Good Friday"))
        self.easter_monday = QCheckBox(self.tr("Closed on Easter Monday"))
        self.list: RecordTable[Closure] = RecordTable([
            Column(self.tr("From"), lambda c: format_date(c.first), lambda c: c.first,
                   width=180),
            Column(self.tr("To"), lambda c: format_date(c.last), lambda c: c.last, width=180),
            Column(self.tr("Why"), lambda c: c.label),
        ], sortable=False)
        self.first = DateField("closures")
        self.last = DateField("closures")
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Holiday break"))
        self.errors = FieldErrors.for_fields(["closures", "good_friday"])
        labels = self.errors.labels
        self.add_button = QPushButton(self.tr("Add the closure"))
        self.remove_button = QPushButton(self.tr("Remove the selected closure"))
        self.save_button = QPushButton(self.tr("Save the calendar"))
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Closed from"), self.first)
        form.addRow(self.tr("to"), self.last)
        form.addRow(self.tr("Why"), self.label)
        form.addRow("", labels["closures"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.good_friday)
        layout.addWidget(self.easter_monday)
        layout.addWidget(labels["good_friday"])
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.save_button)
        self.add_button.clicked.connect(self.add_closure)
        self.remove_button.clicked.connect(self.remove_closure)
        self.save_button.clicked.connect(self.save)
        self.closures: list[Closure] = []
        self.save_button.setEnabled(False)  # until the calendar saved is read
        self._read: Query[_Read] = Query(self, self._loaded)
        self.load()

    def load(self) -> None:
        db = self.context.db
        self._read.run(lambda: (
            deadlines.closures(db), bool(settings.get_value(db, deadlines.GOOD_FRIDAY, True)),
            bool(settings.get_value(db, deadlines.EASTER_MONDAY, False))))

    def _loaded(self, read: _Read) -> None:
        closures, good_friday, easter_monday = read
        self.closures = closures
        self.good_friday.setChecked(good_friday)
        self.easter_monday.setChecked(easter_monday)
        self.save_button.setEnabled(True)
        self._show()

    def _show(self) -> None:
        self.list.set_rows(self.closures)

    @reports_refusals
    def add_closure(self) -> None:
        first, last = self.first.required_value(), self.last.value()
        self.closures.append(Closure(first, last or first, self.label.text().strip()))
        self.closures.sort(key=lambda c: c.first)
        for widget in (self.first, self.last, self.label):
            widget.clear()
        self._show()
        self.status.setText(self.tr("Not saved yet: press Save the calendar."))

    def remove_closure(self) -> None:
        closure = self.list.current()
        if closure is not None:
            self.closures.remove(closure)
            self._show()

    def save(self) -> None:
        self.errors.clear()
        db, actor, closures = self.context.db, self.context.actor, list(self.closures)
        easter_monday, good_friday = self.easter_monday.isChecked(), self.good_friday.isChecked()
        write(self, lambda: deadlines.save_calendar(
            db, actor, closures, easter_monday=easter_monday, good_friday=good_friday),
            lambda _saved: self.status.setText(self.tr("Saved.")), refused=under_fields(self))
