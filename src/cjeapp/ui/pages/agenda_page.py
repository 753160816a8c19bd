"""Agenda: a day or a week, for one counsellor or the whole office; move, cancel, mark
attended or no-show; print a day sheet; export a counsellor's agenda for a phone."""

from __future__ import annotations

from datetime import date
from datetime import timedelta

from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda import exports
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.calendar.deadlines import organization_calendar
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.locale_format import format_date
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.appointment_slip import show_slip
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.find_person_dialog import FindPersonDialog
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.agenda_model import KIND_COLOURS
from cjeapp.ui.models.agenda_model import AgendaModel
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.row_view import RowView

_Read = tuple[date, list[AppointmentRow]]  # the day shown, the appointments of the period


class AgendaPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # On a weekend or holiday, open on the next day the office is open (found with
        # the first read, off the screen's thread: ui.operations).
        self.day = clock.today()
        self._find_open_day = True
        self._week: Query[_Read] = Query(self, self._show)
        self._export: Query[tuple[bytes, str, str]] = Query(self, lambda found: self._save(*found))
        heading = page_heading(self.tr("Agenda"))
        self.counsellor = CounsellorCombo(context, everyone=self.tr("Whole office"))
        self.previous_button = QPushButton("◀")
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.period = QLabel()
        self.period.setStyleSheet("font-weight: 600;")
        self.period.setWordWrap(True)  # a long day's name goes to two lines, never off screen
        self.day_view = QRadioButton(self.tr("Day"))
        self.week_view = QRadioButton(self.tr("Week"))
        self.day_view.setChecked(True)
        views = QButtonGroup(self)
        views.addButton(self.day_view)
        views.addButton(self.week_view)
        self.model = AgendaModel()
        self.table = RowView(self.model, (120, 130, 230, 180, 200, 150))
        self.remembered = self.table.remembered
        self.new_button = QPushButton(self.tr("New appointment…"))
        self.slip_button = QPushButton(self.tr("Appointment slip…"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText(self.tr("Reason for cancelling"))
        self.cancel_button = QPushButton(self.tr("Cancel the appointment"))
        self.attended_button = QPushButton(self.tr("Attended"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.sheet_button = QPushButton(self.tr("Day sheet (PDF)…"))
        self.ics_button = QPushButton(self.tr("Export for a phone (.ics)…"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        # Rows that go on to a second line when the window is narrow (150 % scaling).
        for arrow in (self.previous_button, self.next_button):
            arrow.setMaximumWidth(48)
        top = FlowLayout()
        top.add_widgets(self.counsellor, self.previous_button, self.today_button,
                        self.next_button, stretching(self.period), self.day_view, self.week_view,
                        self.new_button)
        actions = FlowLayout()
        self.cancel_reason.setMinimumWidth(160)
        actions.add_widgets(self.slip_button, self.move_button, self.attended_button,
                            self.no_show_button, self.cancel_reason, self.cancel_button)
        exports = FlowLayout()
        exports.add_widgets(stretching(self._legend()), self.sheet_button, self.ics_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(exports)
        layout.addWidget(self.status)

        self.counsellor.currentIndexChanged.connect(self.refresh)
        self.day_view.toggled.connect(self.refresh)
        self.previous_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button.clicked.connect(self.go_today)
        self.new_button.clicked.connect(self.book_new)
        self.slip_button.clicked.connect(self.slip_of_selected)
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.attended_button.clicked.connect(lambda: self.mark_selected("attended"))
        self.no_show_button.clicked.connect(lambda: self.mark_selected("no_show"))
        self.sheet_button.clicked.connect(self.save_day_sheet)
        self.ics_button.clicked.connect(self.save_ics)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def _legend(self) -> QLabel:
        parts = [f'<span style="background:{colour}">&nbsp;'
                 f'{codelist("appointment_kinds").label(kind)}&nbsp;</span>'
                 for kind, colour in KIND_COLOURS.items()]
        legend = QLabel(" ".join(parts))
        legend.setWordWrap(True)
        return legend

    # -- period --------------------------------------------------------------------------
    def first_day(self) -> date:
        if self.day_view.isChecked():
            return self.day
        return self.day - timedelta(days=self.day.weekday())

    def days(self) -> int:
        return 1 if self.day_view.isChecked() else 7

    def shift(self, step: int) -> None:
        self.day += timedelta(days=step * self.days())
        self._find_open_day = False
        self.refresh()

    def go_today(self) -> None:
        self.day = clock.today()
        self._find_open_day = False
        self.refresh()

    def show_day(self, day: date) -> None:
        self.day = day
        self._find_open_day = False
        self.day_view.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        db, actor, counsellor = self.context.db, self.context.actor, self.counsellor.value()
        day, one_day, days, find_open = (self.day, self.day_view.isChecked(), self.days(),
                                         self._find_open_day)

        def read() -> _Read:
            shown = organization_calendar(db).next_business_day(day) if find_open else day
            first = shown if one_day else shown - timedelta(days=shown.weekday())
            return shown, appointments.agenda(db, actor, first, days, counsellor)

        self._week.run(read)

    def _show(self, found: _Read) -> None:
        self.day, rows = found
        self._find_open_day = False
        first = self.first_day()
        if self.day_view.isChecked():
            self.period.setText(format_date(first, style="full"))
        else:
            self.period.setText(self.tr("Week of %1").replace("%1", format_date(first)))
        self.model.set_rows(rows)
        self.table.setColumnHidden(0, self.day_view.isChecked())
        self.table.setColumnHidden(3, self.counsellor.value() is not None)
        one = self.counsellor.value() is not None
        self.sheet_button.setEnabled(one)
        self.ics_button.setEnabled(one)

    def selected(self) -> AppointmentRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            self.status.setText(self.tr("Choose an appointment in the list first."))
        return row

    # -- actions -------------------------------------------------------------------------
    def book_new(self) -> None:
        """Find the person as at the desk, then book with this agenda's counsellor on the
        day shown (or the next open day)."""
        finder = FindPersonDialog(self.context, self.tr("New appointment: who is it for?"),
                                  self)
        if not finder.exec() or finder.chosen_id is None:
            return
        dialog = BookingDialog(self.context, finder.chosen_id, self,
                               client_name=finder.chosen_name)
        counsellor = self.counsellor.value()
        if counsellor is not None:
            dialog.counsellor.set_value(counsellor)
        if self.day >= clock.today():
            dialog.day.set_value(self.day)
        dialog.refresh_slots()
        if dialog.exec() and dialog.result_row:
            self.status.setText(self.tr("Appointment booked."))

    def slip_of_selected(self) -> None:
        row = self.selected()
        if row is not None:
            show_slip(self, self.context, row.id)

    def move_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = BookingDialog(self.context, row.client_id, self, moving=row,
                               client_name=row.client_name)
        dialog.day.set_value(row.starts_at.astimezone(LOCAL_ZONE).date())
        dialog.refresh_slots()
        if dialog.exec() and dialog.result_row:
            self.status.setText(self.tr("Appointment moved."))

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        db, actor, reason = self.context.db, self.context.actor, self.cancel_reason.text()
        write(self, lambda: appointments.cancel(db, actor, row.id, reason), self._cancelled,
              refused=self._cancel_refused)

    def _cancelled(self, _row: object) -> None:
        self.cancel_reason.clear()
        self.status.setText(self.tr("Appointment cancelled."))

    def _cancel_refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.status.setText(self.tr("Enter the reason for cancelling."))
            self.cancel_reason.setFocus()
        else:
            show_error(self, error)

    def mark_selected(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: appointments.mark(db, actor, row.id, status))

    def save_day_sheet(self) -> None:
        counsellor = self.counsellor.value()
        if counsellor is None:
            return
        db, actor, day = self.context.db, self.context.actor, self.day
        self._export.run(lambda: (exports.day_sheet_pdf(db, actor, counsellor, day),
                                  f"agenda-{day.isoformat()}.pdf", "PDF (*.pdf)"))

    def save_ics(self) -> None:
        counsellor = self.counsellor.value()
        if counsellor is None:
            return
        db, actor, first = self.context.db, self.context.actor, self.first_day()
        self._export.run(lambda: (exports.counsellor_ics(db, actor, counsellor, first, 28),
                                  "agenda.ics", "iCalendar (*.ics)"))

    def _save(self, data: bytes, name: str, kind: str) -> None:
        target = save_bytes(self, data, name, kind)
        if target:
            self.status.setText(self.tr("Saved to %1").replace("%1", target))

    def _on_changed(self, change: Change) -> None:
        # CLIENTS: a person's name corrected in her file shows on her appointments
        if change.kind in {ChangeKind.APPOINTMENTS, ChangeKind.USERS, ChangeKind.CLIENTS}:
            self.refresh()
