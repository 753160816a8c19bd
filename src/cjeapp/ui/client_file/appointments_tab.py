"""The person's appointments and requests: book from the file, log a request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
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

from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.locale_format import format_moment
from cjeapp.core.people.timeline import client_appointments, client_requests
from cjeapp.core.reception import requests
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.models.agenda_model import STATUS
from cjeapp.ui.widgets.code_combo import CodeCombo


class AppointmentsTab(QWidget):
    def __init__(self, context: AppContext, client_id: str, client_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.client_name = client_name
        self.appointments = QTreeWidget()
        self.appointments.setRootIsDecorated(False)
        self.appointments.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Place"),
                                           self.tr("Counsellor"), self.tr("Status")])
        self.appointments.setColumnWidth(0, 200)
        self.appointments.setColumnWidth(1, 180)
        self.book_button = QPushButton(self.tr("Book an appointment…"))
        self.requests = QTreeWidget()
        self.requests.setRootIsDecorated(False)
        self.requests.setHeaderLabels([self.tr("Received"), self.tr("Subject"), self.tr("Due"),
                                       self.tr("State")])
        self.requests.setColumnWidth(0, 200)
        self.requests.setColumnWidth(1, 300)
        self.requests.setColumnWidth(2, 200)
        self.subject = QLineEdit()
        self.channel = CodeCombo.from_list("request_channels", empty=False)
        self.priority = CodeCombo.from_list("priorities", empty=False)
        self.priority.set_value("normal")
        self.request_button = QPushButton(self.tr("Log the request"))
        labels = {name: error_label() for name in ("subject", "channel", "priority")}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        form.addRow(self.tr("Request"), self.subject)
        form.addRow("", labels["subject"])
        form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Priority"), self.priority)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Appointments")), 1)
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
        self.request_button.clicked.connect(self.log_request)
        context.events.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        self.appointments.clear()
        rows: list[AppointmentRow] = client_appointments(self.context.db, self.context.actor,
                                                         self.client_id)
        for row in rows:
            self.appointments.addTopLevelItem(QTreeWidgetItem([
                format_moment(row.starts_at), codelist("appointment_kinds").label(row.kind),
                codelist("appointment_places").label(row.place), row.counsellor_name,
                QCoreApplication.translate("AppointmentStatus", str(STATUS[row.status]))]))
        self.requests.clear()
        for request in client_requests(self.context.db, self.context.actor, self.client_id):
            state = (self.tr("Open") if request.status == "open"
                     else self.tr("Answered %1").replace(
                         "%1", format_moment(request.answered_at) if request.answered_at
                         else ""))
            self.requests.addTopLevelItem(QTreeWidgetItem([
                format_moment(request.received_at), request.subject,
                format_moment(request.due_at), state]))

    def book(self) -> None:
        dialog = BookingDialog(self.context, self.client_id, self, client_name=self.client_name)
        if dialog.exec() and dialog.result_row:
            self.status.setText(self.tr("Appointment booked."))

    def log_request(self) -> None:
        self.errors.clear()
        try:
            request = requests.open_request(
                self.context.db, self.context.actor, self.client_id,
                subject=self.subject.text(), channel=self.channel.value() or "",
                priority=self.priority.value() or "normal")
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.subject.clear()
        self.status.setText(self.tr("Request logged; answer due %1.").replace(
            "%1", format_moment(request.due_at)))
        self.context.events.changed.emit("requests")

    def _on_changed(self, entity: str) -> None:
        if entity in ("appointments", "requests"):
            self.refresh()
