"""Activités: group activities and Objectif Intégration: sessions, enrolments with a waiting
list, attendance of a session in one screen, sheets to sign, the allowance list."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.groups import activities, activity_documents
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.search import finder
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.batch_dialog import BatchDialog
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors, error_label, reports_refusals
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.search_box import SearchBox

IdRole = Qt.ItemDataRole.UserRole


class ActivitiesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(self.tr("Activities"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.activity_list = QListWidget()
        self.kind = CodeCombo.from_list("activity_kinds", empty=False)
        self.title = QLineEdit()
        self.parts = QSpinBox()
        self.parts.setRange(1, 20)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 500)
        self.capacity.setValue(15)
        self.create_button = QPushButton(self.tr("Create the activity"))
        self.sessions = QListWidget()
        self.session_day = DateField("starts_at")
        self.session_time = QTimeEdit(QTime(9, 0))
        self.session_hours = QDoubleSpinBox()
        self.session_hours.setRange(0.25, 12)
        self.session_hours.setValue(3)
        self.session_place = QLineEdit()
        self.session_part = QSpinBox()
        self.session_part.setRange(0, 20)
        self.session_part.setSpecialValueText("—")
        self.add_session_button = QPushButton(self.tr("Add the session"))
        self.finder = SearchBox()
        self.found = QListWidget()
        self.found.setMaximumHeight(90)
        self.enrol_button = QPushButton(self.tr("Enrol"))
        self.withdraw_button = QPushButton(self.tr("Withdraw the selected person"))
        self.attendance = QTreeWidget()
        self.attendance.setRootIsDecorated(False)
        self.attendance.setHeaderLabels([self.tr("Person"), self.tr("Enrolment"),
                                         self.tr("Present"), self.tr("Completed")])
        self.attendance.setColumnWidth(0, 220)
        self.attendance.setColumnWidth(1, 160)
        self.save_attendance_button = QPushButton(self.tr("Save the attendance of the session"))
        self.sheet_button = QPushButton(self.tr("Attendance sheet (PDF)…"))
        self.eligible_pdf_button = QPushButton(self.tr("Allowance list (PDF)…"))
        self.eligible_xlsx_button = QPushButton(self.tr("Allowance list (spreadsheet)…"))
        self.attestations_button = QPushButton(self.tr("Attestations for the group…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        labels = {name: error_label() for name in ("kind", "title", "parts_required", "capacity",
                                                    "hours", "place", "part_number")}
        self.errors = FieldErrors(labels)

        create_form = QFormLayout()
        for caption, widget, key in ((self.tr("Kind"), self.kind, "kind"),
                                     (self.tr("Title"), self.title, "title"),
                                     (self.tr("Parts"), self.parts, "parts_required"),
                                     (self.tr("Capacity"), self.capacity, "capacity")):
            create_form.addRow(caption, widget)
            create_form.addRow("", labels[key])
        create_form.addRow("", self.create_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.activity_list, 1)
        left_layout.addLayout(create_form)
        session_form = QFormLayout()
        session_form.addRow(self.tr("Day"), self.session_day)
        session_form.addRow(self.tr("Time"), self.session_time)
        session_form.addRow(self.tr("Hours"), self.session_hours)
        session_form.addRow("", labels["hours"])
        session_form.addRow(self.tr("Place"), self.session_place)
        session_form.addRow(self.tr("Part"), self.session_part)
        session_form.addRow("", labels["part_number"])
        session_form.addRow("", self.add_session_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(QLabel(self.tr("Sessions")))
        middle_layout.addWidget(self.sessions, 1)
        middle_layout.addLayout(session_form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Participants and attendance")))
        right_layout.addWidget(self.attendance, 1)
        right_layout.addWidget(self.save_attendance_button)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.finder, 1)
        enrol_row.addWidget(self.enrol_button)
        right_layout.addLayout(enrol_row)
        right_layout.addWidget(self.found)
        right_layout.addWidget(self.withdraw_button)
        papers = QGridLayout()
        for index, button in enumerate((self.sheet_button, self.attestations_button,
                                        self.eligible_pdf_button, self.eligible_xlsx_button)):
            papers.addWidget(button, index // 2, index % 2)
        right_layout.addLayout(papers)
        splitter = QSplitter()
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setSizes([280, 330, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.activity_list.currentRowChanged.connect(lambda _row: self.show_activity())
        self.sessions.currentRowChanged.connect(lambda _row: self.show_attendance())
        self.create_button.clicked.connect(self.create_activity)
        self.add_session_button.clicked.connect(self.add_session)
        self.finder.search.connect(self.find_people)
        self.enrol_button.clicked.connect(self.enrol)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.save_attendance_button.clicked.connect(self.save_attendance)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.eligible_pdf_button.clicked.connect(lambda: self.save_eligible("pdf"))
        self.eligible_xlsx_button.clicked.connect(lambda: self.save_eligible("xlsx"))
        self.attestations_button.clicked.connect(self.group_attestations)
        self.refresh()

    # -- activities and sessions ----------------------------------------------------------
    def refresh(self) -> None:
        current = self.activity_id()
        self.activity_list.clear()
        kinds = codelist("activity_kinds")
        for activity in activities.activities(self.context.db, self.context.actor):
            item = QListWidgetItem(activity.title)
            item.setToolTip(kinds.label(activity.kind))
            item.setData(IdRole, activity.id)
            self.activity_list.addItem(item)
            if activity.id == current:
                self.activity_list.setCurrentItem(item)
        if self.activity_list.currentRow() < 0 and self.activity_list.count():
            self.activity_list.setCurrentRow(0)

    def activity_id(self) -> str | None:
        item = self.activity_list.currentItem()
        return str(item.data(IdRole)) if item else None

    def session_id(self) -> str | None:
        item = self.sessions.currentItem()
        return str(item.data(IdRole)) if item else None

    def show_activity(self) -> None:
        self.sessions.clear()
        activity_id = self.activity_id()
        if activity_id is None:
            return
        for sitting in activities.sessions_of(self.context.db, self.context.actor, activity_id):
            part = (self.tr(" · part %1").replace("%1", str(sitting.part_number))
                    if sitting.part_number else "")
            item = QListWidgetItem(f"{format_moment(sitting.starts_at)}{part}")
            item.setData(IdRole, sitting.id)
            self.sessions.addItem(item)
        if self.sessions.count():
            self.sessions.setCurrentRow(0)
        else:
            self.show_attendance()

    def show_attendance(self) -> None:
        self.attendance.clear()
        activity_id, session_id = self.activity_id(), self.session_id()
        if activity_id is None:
            return
        for person in activities.participants(self.context.db, self.context.actor,
                                              activity_id):
            status = (self.tr("Enrolled") if person.status == "enrolled" else
                      self.tr("Waiting list (%1)").replace("%1", str(person.waitlist_position)))
            item = QTreeWidgetItem([person.name, status, "",
                                    self.tr("Yes") if person.completed else ""])
            item.setData(0, IdRole, person.client_id)
            item.setData(1, IdRole, person.enrolment_id)
            if person.status == "enrolled" and session_id:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(2, Qt.CheckState.Checked if person.attended.get(session_id)
                                   else Qt.CheckState.Unchecked)
            self.attendance.addTopLevelItem(item)

    @reports_refusals
    def create_activity(self) -> None:
        self.errors.clear()
        activities.create_activity(self.context.db, self.context.actor,
                                   kind=self.kind.value() or "", title=self.title.text(),
                                   parts_required=self.parts.value(),
                                   capacity=self.capacity.value())
        self.title.clear()
        self.activity_list.setCurrentRow(-1)
        self.refresh()

    @reports_refusals
    def add_session(self) -> None:
        activity_id = self.activity_id()
        if activity_id is None:
            return
        self.errors.clear()
        try:
            day = self.session_day.value()
        except ValidationError:
            day = None
        if day is None:
            self.status.setText(self.tr("Type the day of the session."))
            return
        clock_time = self.session_time.time()
        activities.add_session(
            self.context.db, self.context.actor, activity_id,
            starts_at=datetime.combine(day, time(clock_time.hour(), clock_time.minute()),
                                       LOCAL_ZONE),
            hours=Decimal(str(self.session_hours.value())), place=self.session_place.text(),
            part_number=self.session_part.value() or None)
        self.show_activity()

    # -- people --------------------------------------------------------------------------
    def find_people(self, text: str) -> None:
        self.found.clear()
        for hit in finder.search_clients(self.context.db, self.context.actor, text, limit=8):
            item = QListWidgetItem(f"{hit.display_name} — {hit.municipality or ''}")
            item.setData(IdRole, hit.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def enrol(self) -> None:
        activity_id, item = self.activity_id(), self.found.currentItem()
        if activity_id is None or item is None:
            self.status.setText(self.tr("Find the person to enrol first."))
            return
        try:
            enrolment = activities.enrol(self.context.db, self.context.actor, activity_id,
                                         ClientId(str(item.data(IdRole))))
        except CjeError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Enrolled.") if enrolment.status == "enrolled" else
                            self.tr("The activity is full: added to the waiting list."))
        self.show_attendance()

    @reports_refusals
    def withdraw(self) -> None:
        item = self.attendance.currentItem()
        if item is None:
            return
        promoted = activities.withdraw(self.context.db, self.context.actor,
                                       str(item.data(1, IdRole)))
        self.status.setText(self.tr("Withdrawn; the first person waiting takes the place.")
                            if promoted else self.tr("Withdrawn."))
        self.show_attendance()

    @reports_refusals
    def save_attendance(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        presence = {}
        for index in range(self.attendance.topLevelItemCount()):
            item = self.attendance.topLevelItem(index)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                presence[ClientId(str(item.data(0, IdRole)))] = (
                    item.checkState(2) == Qt.CheckState.Checked)
        activities.record_attendance(self.context.db, self.context.actor, session_id,
                                     presence)
        self.status.setText(self.tr("Attendance saved."))
        self.show_attendance()

    # -- paper -----------------------------------------------------------------------------
    def save_sheet(self) -> None:
        session_id = self.session_id()
        if session_id:
            self._save(activity_documents.attendance_sheet_pdf(
                self.context.db, self.context.actor, session_id), "presences.pdf", "PDF (*.pdf)")

    def save_eligible(self, kind: str) -> None:
        activity_id = self.activity_id()
        if activity_id is None:
            return
        if kind == "pdf":
            data = activity_documents.eligible_pdf(self.context.db, self.context.actor,
                                                   activity_id)
            self._save(data, "allocation.pdf", "PDF (*.pdf)")
        else:
            data = activity_documents.eligible_xlsx(self.context.db, self.context.actor,
                                                    activity_id)
            self._save(data, "allocation.xlsx", "Excel (*.xlsx)")

    def group_attestations(self) -> None:
        item = self.activity_list.currentItem()
        if item is None:
            return
        BatchDialog(self.context, str(item.data(IdRole)), item.text(), self).exec()

    def _save(self, data: bytes, name: str, kind: str) -> None:
        target = save_bytes(self, data, name, kind)
        if target:
            self.status.setText(self.tr("Saved to %1").replace("%1", target))
