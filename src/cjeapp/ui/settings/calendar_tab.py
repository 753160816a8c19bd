"""The organization's calendar: Easter choices, the holiday break, training days."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
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

from cjeapp.core.calendar import deadlines
from cjeapp.core.calendar.business_days import Closure
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_date
from cjeapp.core.org import settings
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.date_field import DateField


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
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Why")])
        self.list.setColumnWidth(0, 180)
        self.list.setColumnWidth(1, 180)
        self.first = DateField()
        self.last = DateField()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Holiday break"))
        labels = {name: error_label() for name in ("closures", "good_friday")}
        self.errors = FieldErrors(labels)
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
        self.load()

    def load(self) -> None:
        self.closures = deadlines.closures(self.context.db)
        self.good_friday.setChecked(bool(settings.get_value(self.context.db,
                                                            deadlines.GOOD_FRIDAY, True)))
        self.easter_monday.setChecked(bool(settings.get_value(self.context.db,
                                                              deadlines.EASTER_MONDAY, False)))
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for closure in sorted(self.closures, key=lambda c: c.first):
            self.list.addTopLevelItem(QTreeWidgetItem([
                format_date(closure.first), format_date(closure.last), closure.label]))

    def add_closure(self) -> None:
        self.errors.clear()
        try:
            first, last = self.first.value(), self.last.value()
        except ValueError:
            first = last = None
        if first is None:
            self.errors.show(ValidationError([FieldError("closures", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        self.closures.append(Closure(first, last or first, self.label.text().strip()))
        self.closures.sort(key=lambda c: c.first)
        for widget in (self.first, self.last, self.label):
            widget.clear()
        self._show()
        self.status.setText(self.tr("Not saved yet: press Save the calendar."))

    def remove_closure(self) -> None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        if index >= 0:
            del self.closures[index]
            self._show()

    def save(self) -> None:
        self.errors.clear()
        try:
            deadlines.save_calendar(self.context.db, self.context.actor, self.closures,
                                   easter_monday=self.easter_monday.isChecked(),
                                   good_friday=self.good_friday.isChecked())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Saved."))
        self.context.events.changed.emit("settings")
