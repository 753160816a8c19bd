"""A person's transport requests: the team's rules propose a decision, the counsellor
confirms or overrides it with a reason; trips for approved requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from datetime import time
from decimal import Decimal

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import TransportRequest
from cjeapp.core.transport_housing import transport
from cjeapp.core.transport_housing import transport_trips
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import DECISION_TONES
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.record_table import RecordTable


class TransportTab(QWidget):
    def __init__(self, context: AppContext, client_id: ClientId,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        decisions = codelist("transport_decisions")
        destinations = codelist("transport_destinations")
        self.list: RecordTable[TransportRequest] = RecordTable([
            Column(self.tr("When"), lambda r: format_moment(r.needed_at), lambda r: r.needed_at,
                   width=170),
            Column(self.tr("Where"), lambda r: r.destination_name
                   or destinations.label(r.destination_kind), width=190),
            Column(self.tr("Proposed"), lambda r: decisions.label(r.proposed_decision),
                   width=200),
            Column(self.tr("Decision"), lambda r: decisions.label(r.decision) if r.decision
                   else self.tr("To decide"), width=200,
                   tone=lambda r: DECISION_TONES.get(r.decision or "")),
            Column(self.tr("Why"), lambda r: r.decision_reason or ""),
        ])
        self.destination = CodeCombo.from_list("transport_destinations", empty=False)
        self.destination_name = QLineEdit()
        self.day = DateField("needed_at")
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
        self.trip_day = DateField("trip_date")
        self.kilometres = QDoubleSpinBox()
        self.kilometres.setRange(0, 2000)
        self.kilometres.setDecimals(1)
        self.kilometres.setSuffix(" km")
        self.passengers = QSpinBox()
        self.passengers.setRange(1, 15)
        self.vehicle = CodeCombo([("own_car", self.tr("Own car")),
                                  ("organization", self.tr("Organization's vehicle"))],
                                 empty=False)
        self.errors = FieldErrors.for_fields(["decision_reason", "trip_date", "kilometres"])
        labels = self.errors.labels
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Destination"), self.destination, "destination_kind")
        self.errors.add_row(form, self.tr("Place (name)"), self.destination_name,
                            "destination_name")
        self.errors.add_row(form, self.tr("Day"), self.day, "needed_at")
        self.errors.add_row(form, self.tr("Time"), self.hour)
        self.errors.add_row(form, self.tr("Why"), self.reason, "reason")
        self.errors.add_row(form, "", self.presence)
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
        self.trip_note = QLabel()
        self.trip_note.setWordWrap(True)
        self.trips = QWidget()
        trips_layout = QVBoxLayout(self.trips)
        trips_layout.setContentsMargins(0, 0, 0, 0)
        trips_layout.addLayout(trip_row)
        for key in ("trip_date", "kilometres"):
            trips_layout.addWidget(labels[key])
        self.status = QLabel()
        self.status.setWordWrap(True)
        # The request form first; what one does with a request (decide, record its
        # trips) appears once one is chosen in the list, and trips only for an approved one.
        new_request = QGroupBox(self.tr("New request"))
        new_layout = QVBoxLayout(new_request)
        new_layout.addLayout(form)
        new_layout.addWidget(self.request_button)
        self.chosen = QGroupBox(self.tr("The chosen request"))
        chosen_layout = QVBoxLayout(self.chosen)
        chosen_layout.addWidget(self.proposal)
        chosen_layout.addLayout(decide_row)
        chosen_layout.addWidget(labels["decision_reason"])
        chosen_layout.addWidget(self.trip_note)
        chosen_layout.addWidget(self.trips)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen)
        layout.addWidget(new_request)
        layout.addWidget(self.status)
        self.request_button.clicked.connect(self.request)
        self.decide_button.clicked.connect(self.decide)
        self.trip_button.clicked.connect(self.record_trip)
        self.list.selectionModel().currentRowChanged.connect(lambda _new, _old: self._select())
        self.day.set_value(clock.today())
        self.trip_day.set_value(clock.today())
        # the request (and its decision) the decision field was last set from
        self._decision_shown: tuple[str, str | None, str | None] | None = None
        self._requests: Query[list[TransportRequest]] = Query(self, self._show)
        self._select_after: str | None = None
        self.refresh()
        self._select()

    def refresh(self) -> None:
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        self._requests.run(lambda: transport.requests_of(db, actor, client_id))

    def _show(self, requests: list[TransportRequest]) -> None:
        current = self.list.current()
        self.list.set_rows(requests)
        chosen = self._select_after or (current.id if current is not None else None)
        self._select_after = None
        if chosen is not None:
            self.select_request(chosen)
        self._select()

    def selected(self) -> TransportRequest | None:
        return self.list.current()

    def _select(self) -> None:
        request = self.list.current()
        self.chosen.setVisible(request is not None)
        if request is None:
            return
        shown = (request.id, request.decision, request.proposed_decision)
        if request.proposed_decision and shown != self._decision_shown:
            # a refresh of the same request leaves a decision being changed as it is
            self.decision.set_value(request.decision or request.proposed_decision)
        self._decision_shown = shown
        decided = request.decision is not None
        for widget in (self.decision, self.decision_reason, self.decide_button):
            widget.setEnabled(not decided)
        approved = request.decision == "approve"
        self.trips.setVisible(approved)
        if approved:
            self.trip_note.setText(self.tr("Record each trip made for this request."))
        elif decided:
            self.trip_note.setText(self.tr("Only an approved request has trips."))
        else:
            self.trip_note.setText(self.tr("Decide first: trips are recorded once the "
                                           "request is approved."))

    @reports_refusals
    def request(self) -> None:
        hour = self.hour.time()
        needed = datetime.combine(self.day.required_value(), time(hour.hour(), hour.minute()),
                                  LOCAL_ZONE)
        db, actor, client_id = self.context.db, self.context.actor, self.client_id
        destination_kind = self.destination.value() or ""
        destination_name, reason = self.destination_name.text(), self.reason.text()
        presence = self.presence.isChecked()

        def save(even_if_same: bool) -> None:
            write(self, lambda: transport.request_transport(
                db, actor, client_id, destination_kind=destination_kind, needed_at=needed,
                reason=reason, destination_name=destination_name,
                counsellor_presence_needed=presence, even_if_same=even_if_same),
                self._requested, refused=lambda error: self._refused(error, save))

        save(False)

    def _refused(self, error: CjeError, save: Callable[[bool], None]) -> None:
        """The same request already saved: a second one only once the counsellor says so."""
        if not isinstance(error, transport.SameRequest):
            under_fields(self)(error)
            return
        answer = QMessageBox.question(
            self, self.tr("The same request?"), str(error),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            self.status.setText(self.tr("Nothing saved: the request already exists."))
            return
        save(True)

    def _requested(self, saved: tuple[TransportRequest, transport.RuleMatch]) -> None:
        request, match = saved
        decision = codelist("transport_decisions").label(match.decision)
        if match.rule_id:
            text = self.tr("Proposed: %1 — rule “%2”. %3").replace("%1", decision).replace(
                "%2", match.rule_name).replace("%3", match.explanation or "")
        else:
            text = self.tr("Proposed: %1 (no rule applies).").replace("%1", decision)
        self.proposal.setText(text)
        self.reason.clear()
        self._select_after = request.id  # once the list is read again
        self.refresh()

    def select_request(self, request_id: str) -> None:
        self.list.select_where(lambda request: request.id == request_id)

    @reports_refusals
    def decide(self) -> None:
        request = self.selected()
        if request is None:
            self.status.setText(self.tr("Choose a request in the list first."))
            return
        db, actor, request_id = self.context.db, self.context.actor, request.id
        decision, reason = self.decision.value() or "", self.decision_reason.text()
        write(self, lambda: transport.decide(db, actor, request_id, decision, reason),
              lambda _decided: self._decided(request_id), refused=under_fields(self))

    def _decided(self, request_id: str) -> None:
        self.decision_reason.clear()
        self.status.setText(self.tr("Decision recorded."))
        self._select_after = request_id  # once the list is read again
        self.refresh()

    @reports_refusals
    def record_trip(self) -> None:
        request = self.selected()
        if request is None:
            self.status.setText(self.tr("Choose a request in the list first."))
            return
        db, actor, request_id = self.context.db, self.context.actor, request.id
        day, vehicle = self.trip_day.required_value(), self.vehicle.value() or "own_car"
        kilometres = Decimal(str(self.kilometres.value()))
        passengers = self.passengers.value()
        write(self, lambda: transport_trips.record_trip(
            db, actor, request_id, trip_date=day, driver_id=None, vehicle=vehicle,
            kilometres=kilometres, passengers=passengers),
            lambda _trip: self.status.setText(self.tr("Trip recorded.")),
            refused=under_fields(self), busy=self.trip_button)
