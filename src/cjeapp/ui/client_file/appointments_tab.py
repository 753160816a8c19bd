"""The person's appointments and requests: book from the file, log a request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import Request
from cjeapp.core.people.timeline import client_appointments
from cjeapp.core.people.timeline import client_requests
from cjeapp.core.reception import requests
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.appointment_slip import show_slip
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.agenda_model import STATUS
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import APPOINTMENT_TONES
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.record_table import RecordTable


class AppointmentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId, client_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.client_name = client_name
        kinds, places = codelist("appointment_kinds"), codelist("appointment_places")
        self.appointments: RecordTable[AppointmentRow] = RecordTable([
            Column(self.tr("When"), lambda a: format_moment(a.starts_at), lambda a: a.starts_at,
                   width=200),
            Column(self.tr("Kind"), lambda a: kinds.label(a.kind), width=180),
            Column(self.tr("Place"), lambda a: places.label(a.place)),
            Column(self.tr("Counsellor"), lambda a: a.counsellor_name),
            Column(self.tr("Status"), lambda a: QCoreApplication.translate(
                "AppointmentStatus", str(STATUS[a.status])),
                   tone=lambda a: APPOINTMENT_TONES.get(a.status)),
        ])
        self.book_button = QPushButton(self.tr("Book an appointment…"))
        self.slip_button = QPushButton(self.tr("Appointment slip…"))
        self.requests: RecordTable[Request] = RecordTable([
            Column(self.tr("Received"), lambda r: format_moment(r.received_at),
                   lambda r: r.received_at, width=200),
            Column(self.tr("Subject"), lambda r: r.subject, width=300),
            Column(self.tr("Due"), lambda r: format_moment(r.due_at), lambda r: r.due_at,
                   width=200),
            Column(self.tr("State"), self._request_state),
        ])
        self.subject = QLineEdit()
        self.channel = CodeCombo.from_list("request_channels", empty=False)
        self.priority = CodeCombo.from_list("priorities", empty=False)
        self.priority.set_value("normal")
        self.request_button = QPushButton(self.tr("Log the request"))
        self.errors = FieldErrors({})
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Request"), self.subject, "subject")
        self.errors.add_row(form, self.tr("Received by"), self.channel, "channel")
        self.errors.add_row(form, self.tr("Priority"), self.priority, "priority")
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Appointments")), 1)
        top.addWidget(self.slip_button)
        top.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.appointments, 1)
        layout.addWidget(QLabel(self.tr("Requests (answered within 72 business hours)")))
        layout.addWidget(self.requests, 1)
        layout.addLayout(form)
        layout.addWidget(self.request_button)
        layout.addWidget(self.status)
        self.book_button.clicked.connect(self.book)
        self.slip_button.clicked.connect(self.slip)
        self.request_button.clicked.connect(self.log_request)
        context.events.changed.connect(self._on_changed)
        self._rows: Query[tuple[list[AppointmentRow], list[Request]]] = Query(self, self._show)
        self.refresh()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._rows.run(lambda: (client_appointments(db, actor, client_id),
                                client_requests(db, actor, client_id)))

    def _show(self, rows: tuple[list[AppointmentRow], list[Request]]) -> None:
        self.appointments.set_rows(rows[0])
        self.requests.set_rows(rows[1])

    def _request_state(self, request: Request) -> str:
        if request.status == "open":
            return self.tr("Open")
        return self.tr("Answered %1").replace(
            "%1", format_moment(request.answered_at) if request.answered_at else "")

    def book(self) -> None:
        dialog = BookingDialog(self.context, self.client_id, self, client_name=self.client_name)
        if dialog.exec() and dialog.result_row:
            self.status.setText(self.tr("Appointment booked."))

    def slip(self) -> None:
        appointment = self.appointments.current()
        if appointment is None:
            self.status.setText(self.tr("Choose an appointment in the list first."))
            return
        show_slip(self, self.context, appointment.id)

    @reports_refusals
    def log_request(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        subject, channel = self.subject.text(), self.channel.value() or ""
        priority = self.priority.value() or "normal"
        write(self, lambda: requests.open_request(db, actor, client_id, subject=subject,
                                                  channel=channel, priority=priority),
              self._logged, refused=under_fields(self), busy=self.request_button)

    def _logged(self, request: Request) -> None:
        self.subject.clear()
        self.status.setText(self.tr("Request logged; answer due %1.").replace(
            "%1", format_moment(request.due_at)))

    def _on_changed(self, change: Change) -> None:
        if change.concerns(self.client_id) and change.kind in {ChangeKind.APPOINTMENTS,
                                                              ChangeKind.REQUESTS}:
            self.refresh()
