"""A date that may be left empty: typed as people type dates here (2026-11-22, 22/11/2026,
22 novembre 2026…) or picked in a calendar (the button at its right end, or Alt+Down).
A date typed in another form is shown back as 2026-11-22 once the field is left, so the
person sees what was understood."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtCore import QEvent
from PySide6.QtCore import QObject
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.typed_dates import parse_date
from cjeapp.core.validation import typed_date
from cjeapp.core.validation import typed_required_date
from cjeapp.ui.widgets.drawn_icons import calendar_icon


class CalendarPopup(QWidget):
    """The month to pick from, under the field; Esc or a click outside closes it."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.field = field

    def open_at(self, shown: date) -> None:
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.move(self.field.mapToGlobal(self.field.rect().bottomLeft()))
        self.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.field.set_value(date(picked.year(), picked.month(), picked.day()))
        self.hide()
        self.field.setFocus()
        self.field.editingFinished.emit()


class DateField(QLineEdit):
    """``field`` names the form field, so a mistyped date is shown under it."""

    def __init__(self, field: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setToolTip(self.tr("Type the date (2026-11-22, 22/11/2026 or 22 novembre 2026) "
                                "or choose it in the calendar (Alt+Down)."))
        self.setMaximumWidth(160)  # room for 2026-11-22 and the calendar button
        self.calendar_action = QAction(calendar_icon(), self.tr("Choose in a calendar"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None
        self.editingFinished.connect(self._show_understood)
        self.installEventFilter(self)

    def value(self) -> date | None:
        """The date typed, None when empty; a ValidationError on ``field`` otherwise."""
        return typed_date(self.field, self.text())

    def required_value(self) -> date:
        """The date typed; a ValidationError on ``field`` when empty or not a date."""
        return typed_required_date(self.field, self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def open_calendar(self) -> CalendarPopup:
        """The calendar on the date typed (today when none is)."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
        self.popup.open_at(parse_date(self.text()) or clock.today())
        return self.popup

    def _show_understood(self) -> None:
        understood = parse_date(self.text())
        if understood is not None and self.text() != understood.isoformat():
            self.set_value(understood)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)
