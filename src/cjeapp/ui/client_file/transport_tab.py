"""A person's transport requests: the team's rules propose a decision, the counsellor
confirms or overrides it with a reason; trips for approved requests."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, FieldError, ValidationError
from cjeapp.core.i18n import N_, msg
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import TransportRequest
from cjeapp.core.transport_housing import transport, transport_trips
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors, error_label, show_error
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField


class TransportTab(QWidget):
    def __init__(self, context: AppContext, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.requests: dict[str, TransportRequest] = {}
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("When"), self.tr("Where"), self.tr("Proposed"),
                                   self.tr("Decision"), self.tr("Why")])
        for column, width in enumerate((170, 190, 200, 200)):
            self.list.setColumnWidth(column, width)
        self.destination = CodeCombo.from_list("transport_destinations", empty=False)
        self.destination_name = QLineEdit()
        self.day = DateField()
        self.hour = QTimeEdit(QTime(10, 0))
        self.hour.setMaximumWidth(120)
        self.reason = QLineEdit()
        self.presence = QCheckBox(self.tr("The counsellor must attend the meeting"))
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.proposal.setStyleSheet("font-weight: 600;")
        self.decision = CodeCombo.from_list("transport_decisions", empty=False)
        self.decision_reason = QLineEdit()
        self.decision_reason.setPlaceholderText(self.tr("Reason (needed when you decide "
                                                        "otherwise than the rule)"))
        self.trip_day = DateField()
        self.kilometres = QDoubleSpinBox()
        self.kilometres.setRange(0, 2000)
        self.kilometres.setDecimals(1)
        self.kilometres.setSuffix(" km")
        self.passengers = QSpinBox()
        self.passengers.setRange(1, 15)
        self.vehicle = CodeCombo([("own_car", self.tr("Own car")),
                                  ("organization", self.tr("Organization's vehicle"))],
                                 empty=False)
        names = ("destination_kind", "destination_name", "reason", "needed_at", "decision",
                 "decision_reason", "trip_date", "kilometres", "vehicle", "passengers")
        labels = {name: error_label() for name in names}
        self.errors = FieldErrors(labels)
        form = QFormLayout()
        for caption, widget, key in (
                (self.tr("Destination"), self.destination, "destination_kind"),
                (self.tr("Place (name)"), self.destination_name, "destination_name"),
                (self.tr("Day"), self.day, "needed_at"), (self.tr("Time"), self.hour, None),
                (self.tr("Why"), self.reason, "reason"), ("", self.presence, None)):
            form.addRow(caption, widget)
            if key:
                form.addRow("", labels[key])
        self.request_button = QPushButton(self.tr("Evaluate the request"))
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decision)
        decide_row.addWidget(self.decision_reason, 1)
        self.decide_button = QPushButton(self.tr("Decide"))
        decide_row.addWidget(self.decide_button)
        trip_row = QHBoxLayout()
        trip_row.addWidget(QLabel(self.tr("Trip on")))
        trip_row.addWidget(self.trip_day)
        trip_row.addWidget(self.kilometres)
        trip_row.addWidget(self.vehicle)
        trip_row.addWidget(QLabel(self.tr("Passengers")))
        trip_row.addWidget(self.passengers)
        self.trip_button = QPushButton(self.tr("Record the trip"))
        trip_row.addWidget(self.trip_button)
        trip_row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.proposal)
        layout.addLayout(decide_row)
        layout.addWidget(labels["decision_reason"])
        layout.addLayout(trip_row)
        for key in ("trip_date", "kilometres"):
            layout.addWidget(labels[key])
        layout.addLayout(form)
        layout.addWidget(self.request_button)
        layout.addWidget(self.status)
        self.request_button.clicked.connect(self.request)
        self.decide_button.clicked.connect(self.decide)
        self.trip_button.clicked.connect(self.record_trip)
        self.list.currentItemChanged.connect(lambda current, _old: self._select(current))
        self.day.set_value(clock.today())
        self.trip_day.set_value(clock.today())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        decisions = codelist("transport_decisions")
        destinations = codelist("transport_destinations")
        self.requests = {}
        for request in transport.requests_of(self.context.db, self.context.actor,
                                             self.client_id):
            self.requests[request.id] = request
            item = QTreeWidgetItem([
                format_moment(request.needed_at),
                request.destination_name or destinations.label(request.destination_kind),
                decisions.label(request.proposed_decision),
                decisions.label(request.decision) if request.decision
                else self.tr("To decide"), request.decision_reason or ""])
            item.setData(0, 256, request.id)
            self.list.addTopLevelItem(item)

    def selected(self) -> TransportRequest | None:
        item = self.list.currentItem()
        return self.requests.get(str(item.data(0, 256))) if item else None

    def _select(self, item: QTreeWidgetItem | None) -> None:
        request = self.requests.get(str(item.data(0, 256))) if item else None
        if request is not None and request.proposed_decision:
            self.decision.set_value(request.decision or request.proposed_decision)

    def request(self) -> None:
        self.errors.clear()
        try:
            day = self.day.value()
        except ValueError:
            day = None
        if day is None:
            self.errors.show(ValidationError([FieldError("needed_at", msg(
                N_("Type the date as 1990-05-31 or 31/05/1990.")))]))
            return
        hour = self.hour.time()
        needed = datetime.combine(day, time(hour.hour(), hour.minute()), LOCAL_ZONE)
        try:
            request, match = transport.request_transport(
                self.context.db, self.context.actor, self.client_id,
                destination_kind=self.destination.value() or "", needed_at=needed,
                reason=self.reason.text(), destination_name=self.destination_name.text(),
                counsellor_presence_needed=self.presence.isChecked())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        decision = codelist("transport_decisions").label(match.decision)
        if match.rule_id:
            text = self.tr("Proposed: %1 — rule “%2”. %3").replace("%1", decision).replace(
                "%2", match.rule_name).replace("%3", match.explanation or "")
        else:
            text = self.tr("Proposed: %1 (no rule applies).").replace("%1", decision)
        self.proposal.setText(text)
        self.reason.clear()
        self.refresh()
        self.select_request(request.id)

    def select_request(self, request_id: str) -> None:
        for index in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(index)
            if row is not None and row.data(0, 256) == request_id:
                self.list.setCurrentItem(row)

    def decide(self) -> None:
        request = self.selected()
        if request is None:
            self.status.setText(self.tr("Choose a request in the list first."))
            return
        self.errors.clear()
        try:
            transport.decide(self.context.db, self.context.actor, request.id,
                             self.decision.value() or "", self.decision_reason.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.decision_reason.clear()
        self.status.setText(self.tr("Decision recorded."))
        self.refresh()
        self.select_request(request.id)

    def record_trip(self) -> None:
        request = self.selected()
        if request is None:
            self.status.setText(self.tr("Choose a request in the list first."))
            return
        self.errors.clear()
        try:
            day = self.trip_day.value()
            km = Decimal(str(self.kilometres.value()))
        except (ValueError, InvalidOperation):
            return
        try:
            transport_trips.record_trip(self.context.db, self.context.actor, request.id,
                                        trip_date=day or clock.today(), driver_id=None,
                                        vehicle=self.vehicle.value() or "own_car",
                                        kilometres=km, passengers=self.passengers.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except CjeError as error:
            show_error(self, error)
            return
        self.status.setText(self.tr("Trip recorded."))
