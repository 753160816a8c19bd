"""Book (or move) an appointment: pick a counsellor and a day, see the free slots."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.calendar import office_hours
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_time
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.appointment_slip import show_slip
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import error_label
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.window_size import open_at


class BookingDialog(QDialog):
    def __init__(self, context: AppContext, client_id: ClientId, parent: QWidget | None = None, *,
                 moving: AppointmentRow | None = None, client_name: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.moving = moving
        self.result_row: AppointmentRow | None = None
        self.setWindowTitle(self.tr("Move the appointment") if moving
                            else self.tr("Book an appointment"))
        self.counsellor = CounsellorCombo(context)
        self.kind = CodeCombo.from_list("appointment_kinds", empty=False)
        self.place = CodeCombo.from_list("appointment_places", empty=False)
        self.day = DateField("starts_at")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(45)
        self.notes = QLineEdit()
        self.slots = QListWidget()
        self.slots.setFlow(QListWidget.Flow.LeftToRight)
        self.slots.setWrapping(True)
        self.slots.setMinimumHeight(120)
        self.no_slot = QLabel(self.tr("No free time that day for this length."))
        self.no_slot.setStyleSheet("color: #8a4b00;")
        self.next_day_button = QPushButton(self.tr("Next open day"))
        labels = {name: error_label() for name in ("counsellor_id", "kind", "place",
                                                    "starts_at", "minutes")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        if client_name:
            form.addRow(self.tr("Person"), QLabel(client_name))
        rows: tuple[tuple[str, QWidget, str | None], ...] = (
            (self.tr("Counsellor"), self.counsellor, "counsellor_id"),
            (self.tr("Kind"), self.kind, "kind"),
            (self.tr("Place"), self.place, "place"),
            (self.tr("Day"), self._day_row(), None),
            (self.tr("Length"), self.minutes, "minutes"),
            (self.tr("Notes"), self.notes, None))
        for caption, widget, key in rows:
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        form.addRow(self.tr("Free times"), self.slots)
        form.addRow("", self.no_slot)
        form.addRow("", labels["starts_at"])
        self.book_button = QPushButton(self.tr("Move") if moving else self.tr("Book"))
        cancel = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.book_button)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(form)
        form_layout.addLayout(buttons)
        # Once booked: what was booked, and the slip the person leaves with.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.slip_button = QPushButton(self.tr("Appointment slip…"))
        self.close_button = QPushButton(self.tr("Close"))
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.slip_button)
        done_buttons.addWidget(self.close_button)
        done_page = QWidget()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: 600;")
        give = QLabel(self.tr("Give the person their slip: the day, the time, the address, "
                              "what to bring and the interpreter, in their language when it "
                              "is written in it, else in French and English."))
        give.setWordWrap(True)
        done_layout = QVBoxLayout(done_page)
        done_layout.addWidget(self.summary)
        done_layout.addWidget(give)
        done_layout.addStretch(1)
        done_layout.addLayout(done_buttons)
        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        if moving is not None:
            self.counsellor.set_value(moving.counsellor_id)
            self.kind.set_value(moving.kind)
            self.place.set_value(moving.place)
            self.minutes.setValue(moving.minutes)
            self.notes.setText(moving.notes or "")
            for widget in (self.kind, self.place, self.notes, self.minutes):
                widget.setEnabled(False)
        # The database is read and written off the screen's thread (ui.operations).
        self._slots: Query[list[datetime]] = Query(self, self._show_slots)
        self._open_day: Query[date] = Query(self, self._open_day_found)
        self._opened_on = clock.today()
        self._asked: tuple[str | None, date | None, int] | None = None  # counsellor, day, length
        self.day.set_value(self._opened_on)
        self._find_open_day(self._opened_on, first=True)
        # once in the dialog (not before): Enter presses it even after Tab went past
        # another button
        self.book_button.setDefault(True)
        self.counsellor.currentIndexChanged.connect(self.refresh_slots)
        self.minutes.valueChanged.connect(self.refresh_slots)
        self.day.editingFinished.connect(self.refresh_slots)
        self.book_button.clicked.connect(self.submit)
        self.next_day_button.clicked.connect(self.next_day)
        self.slots.itemDoubleClicked.connect(lambda _item: self.submit())
        cancel.clicked.connect(self.reject)
        self.slip_button.clicked.connect(self.show_slip)
        self.close_button.clicked.connect(self.accept)
        self.refresh_slots()
        open_at(self, 560, 540)

    def _day_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.next_day_button)
        layout.addStretch(1)
        return row

    def next_day(self) -> None:
        try:
            day = self.day.value() or clock.today()
        except ValidationError:
            day = clock.today()
        self._find_open_day(day, first=False)

    def _find_open_day(self, day: date, *, first: bool) -> None:
        """The first day the office is open: from ``day`` itself when the dialog opens
        (two weeks looked at), else from the day after (a month)."""
        db, office = self.context.db, self.context.office_id

        def find() -> date:
            candidate = day if first else day + timedelta(days=1)
            for _ in range(14 if first else 30):
                if office_hours.opening_hours(db, office, candidate):
                    return candidate
                candidate += timedelta(days=1)
            return day if first else candidate - timedelta(days=1)

        self._opening = first
        self._open_day.run(find)

    def _open_day_found(self, day: date) -> None:
        if self._opening:  # the day the dialog opened on: unless another was chosen since
            try:
                if self.day.value() != self._opened_on:
                    return
            except ValidationError:
                return
        self.day.set_value(day)
        self.refresh_slots()

    def refresh_slots(self) -> None:
        counsellor = self.counsellor.value()
        try:
            day = self.day.value()
        except ValidationError as error:
            self.slots.clear()
            self.errors.show(error)
            return
        db, actor, office, minutes = (self.context.db, self.context.actor,
                                      self.context.office_id, self.minutes.value())
        asked = (counsellor, day, minutes)
        if asked == self._asked:  # the free times shown (or coming) are these already
            return
        self._asked = asked
        self.slots.clear()
        if counsellor is None or day is None:
            self._slots.cancel()
            return
        self._slots.run(lambda: appointments.free_slots(db, actor, counsellor, day, minutes,
                                                        office))

    def _show_slots(self, slots: list[datetime]) -> None:
        self.slots.clear()
        for slot in slots:
            item = QListWidgetItem(format_time(slot))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.slots.addItem(item)
        if self.slots.count():
            self.slots.setCurrentRow(0)
        self.no_slot.setVisible(self.slots.count() == 0)

    def chosen_start(self) -> datetime | None:
        item = self.slots.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else None
        return value if isinstance(value, datetime) else None

    def submit(self) -> None:
        self.errors.clear()
        start = self.chosen_start()
        if start is None:
            self.errors.show(ValidationError([FieldError("starts_at", msg(N_(
                "Choose one of the free times (none left that day? try another day).")))]))
            return
        db, actor, moving = self.context.db, self.context.actor, self.moving
        if moving is not None:
            counsellor = self.counsellor.value()
            self.book_button.setEnabled(False)  # once: the answer comes from the worker
            write(self, lambda: appointments.reschedule(
                db, actor, moving.id, starts_at=start, counsellor_id=counsellor,
                expected_version=moving.version), self._booked, refused=self._refused)
            return
        try:
            chosen = self.counsellor.required_value()
        except ValidationError as error:
            self.errors.show(error)
            return
        client_id, kind, place = self.client_id, self.kind.value() or "", self.place.value() or ""
        minutes, office, notes = self.minutes.value(), self.context.office_id, self.notes.text()
        self.book_button.setEnabled(False)
        write(self, lambda: appointments.book(
            db, actor, client_id=client_id, counsellor_id=chosen, kind=kind, place=place,
            starts_at=start, minutes=minutes, office_id=office, notes=notes),
            self._booked, refused=self._refused)

    def _booked(self, row: AppointmentRow) -> None:
        self.book_button.setEnabled(True)
        self.result_row = row
        self.show_booked(row)

    def _refused(self, error: CjeError) -> None:
        self.book_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
            self._asked = None  # taken meanwhile, perhaps: read again
            self.refresh_slots()
        else:
            show_error(self, error)

    def show_booked(self, row: AppointmentRow) -> None:
        """Say what was booked, with the slip one click away."""
        text = self.tr("Moved: %1, %2 from %3 to %4, with %5.") if self.moving else \
            self.tr("Booked: %1, %2 from %3 to %4, with %5.")
        self.summary.setText(text.replace("%1", row.client_name).replace(
            "%2", format_date(row.starts_at.astimezone(LOCAL_ZONE).date(), style="full"))
            .replace("%3", format_time(row.starts_at)).replace("%4", format_time(row.ends_at))
            .replace("%5", row.counsellor_name))
        self.setWindowTitle(self.tr("Appointment booked"))
        # What was booked is said with the button that takes the focus (a screen reader
        # reads a button's description with its name).
        self.slip_button.setAccessibleDescription(self.summary.text())
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.slip_button.setFocus()

    def show_slip(self) -> None:
        if self.result_row is not None:
            show_slip(self, self.context, self.result_row.id)

    def reject(self) -> None:
        # Esc once booked closes as « Fermer » does: the booking stands.
        if self.result_row is not None:
            self.accept()
        else:
            super().reject()
