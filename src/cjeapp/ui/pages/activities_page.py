"""Activités: group activities and Objectif Intégration: sessions, enrolments with a waiting
list, attendance of a session in one screen, sheets to sign, the allowance list."""

from __future__ import annotations

from datetime import datetime
from datetime import time
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTimeEdit
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.groups import activities
from cjeapp.core.groups import activity_documents
from cjeapp.core.groups import activity_list
from cjeapp.core.groups.activity_list import ActivityRow
from cjeapp.core.groups.activity_list import ActivityStatus
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.org import organization
from cjeapp.core.search import finder
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.batch_dialog import BatchDialog
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.roles import RecordRole
from cjeapp.ui.models.roles import TakesAttendanceRole
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.layouts import scrolling
from cjeapp.ui.widgets.layouts import scrolling_layout
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.remembered_columns import RememberedColumns
from cjeapp.ui.widgets.search_box import SearchBox

IdRole = RecordRole


class ActivitiesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Activities"))
        kinds = codelist("activity_kinds")
        # the list: search, filters, one row per activity
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find an activity by its title"))
        self.status_filter = CodeCombo([
            ("current", self.tr("To come and under way")),
            (ActivityStatus.UPCOMING.value, self.tr("To come")),
            (ActivityStatus.UNDER_WAY.value, self.tr("Under way")),
            (ActivityStatus.ENDED.value, self.tr("Ended")),
            (ActivityStatus.UNSCHEDULED.value, self.tr("No session yet")),
            ("all", self.tr("All"))], empty=False)
        self.office_filter = CodeCombo([])
        self._offices()
        self.activity_list: RecordTable[ActivityRow] = RecordTable([
            Column(self.tr("Activity"), lambda r: r.title, width=220),
            Column(self.tr("Starts"), lambda r: format_date(r.starts_at.astimezone(LOCAL_ZONE)
                                                            .date(), style="medium")
                   if r.starts_at else "—", lambda r: r.starts_at.timestamp()
                   if r.starts_at else 0.0, width=95),
            Column(self.tr("Office"), lambda r: r.office, width=105),
            Column(self.tr("Status"), self._status_text, width=80),
            Column(self.tr("Places left"), self._places_text,
                   lambda r: r.places_left if r.places_left is not None else 10_000),
        ])
        self.activity_list.setMinimumWidth(300)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        # a new activity
        self.kind = CodeCombo.from_list("activity_kinds", empty=False)
        self.title = QLineEdit()
        self.parts = QSpinBox()
        self.parts.setRange(1, 20)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 500)
        self.capacity.setValue(15)
        self.create_button = QPushButton(self.tr("Create the activity"))
        # the chosen activity
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("font-weight: 600;")
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
        # The day the person joined, for an enrolment entered after the fact.
        self.enrol_since = DateField("since")
        self.enrol_since.set_value(clock.today())
        self.enrol_since.setAccessibleName(self.tr("Enrolled since"))
        self.withdraw_button = QPushButton(self.tr("Withdraw the selected person"))
        self.attendance = QTreeWidget()
        RememberedColumns(self.attendance)  # widths the person gave, kept on this PC
        self.attendance.setRootIsDecorated(False)
        self.attendance.setHeaderLabels([self.tr("Person"), self.tr("Enrolment"),
                                         self.tr("Present"), self.tr("Completed")])
        header = self.attendance.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.save_attendance_button = QPushButton(self.tr("Save the attendance of the session"))
        self.sheet_button = QPushButton(self.tr("Attendance sheet (PDF)…"))
        self.eligible_pdf_button = QPushButton(self.tr("Allowance list (PDF)…"))
        self.eligible_xlsx_button = QPushButton(self.tr("Allowance list (spreadsheet)…"))
        self.attestations_button = QPushButton(self.tr("Attestations for the group…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = FieldErrors({})
        self._kinds = kinds

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.office_filter, 1)
        create_form = QFormLayout()
        self.errors.add_row(create_form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(create_form, self.tr("Title"), self.title, "title")
        numbers = QHBoxLayout()
        numbers.addWidget(QLabel(self.tr("Parts")))
        numbers.addWidget(self.parts)
        numbers.addWidget(QLabel(self.tr("Capacity")))
        numbers.addWidget(self.capacity)
        numbers.addStretch(1)
        create_form.addRow("", numbers)
        create_form.addRow("", self.errors.label("parts_required"))
        create_form.addRow("", self.errors.label("capacity"))
        create_form.addRow("", self.create_button)
        create_box = QGroupBox(self.tr("New activity"))
        create_box.setLayout(create_form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.activity_list, 1)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(scrolling(create_box))  # scrolls when the window is short

        session_form = QFormLayout()
        session_form.addRow(self.tr("Day"), self.session_day)
        when = QHBoxLayout()
        when.addWidget(self.session_time)
        when.addWidget(QLabel(self.tr("Hours")))
        when.addWidget(self.session_hours)
        session_form.addRow(self.tr("Time"), when)
        session_form.addRow("", self.errors.label("hours"))
        session_form.addRow(self.tr("Place"), self.session_place)
        session_form.addRow(self.tr("Part"), self.session_part)
        session_form.addRow("", self.errors.label("part_number"))
        session_form.addRow("", self.add_session_button)
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addWidget(self.sessions, 1)
        sessions_layout.addWidget(scrolling_layout(session_form))

        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.addWidget(QLabel(self.tr("Attendance of the session chosen under "
                                               "“Sessions”")))
        people_layout.addWidget(self.attendance, 1)
        people_layout.addWidget(self.save_attendance_button)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.finder, 1)
        since = QLabel(self.tr("since"))
        since.setBuddy(self.enrol_since)
        enrol_row.addWidget(since)
        enrol_row.addWidget(self.enrol_since)
        enrol_row.addWidget(self.enrol_button)
        people_layout.addLayout(enrol_row)
        people_layout.addWidget(self.found)
        people_layout.addWidget(self.withdraw_button)

        papers_page = QWidget()
        papers_layout = QVBoxLayout(papers_page)
        for button in (self.sheet_button, self.attestations_button, self.eligible_pdf_button,
                       self.eligible_xlsx_button):
            papers_layout.addWidget(button)
        papers_layout.addStretch(1)

        self.details = QTabWidget()
        self.details.addTab(sessions_page, self.tr("Sessions"))
        self.details.addTab(scrolling(people_page), self.tr("Participants"))
        self.details.addTab(papers_page, self.tr("Paper"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chosen)
        right_layout.addWidget(self.details, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.search.textChanged.connect(lambda _text: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.office_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.activity_list.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.show_activity())
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
        context.events.delivered.connect(self._on_delivered)
        self.refresh()

    def _on_delivered(self, changes: tuple[Change, ...]) -> None:
        """An activity, a session, an enrolment or a presence recorded elsewhere (another
        window, a person's file): shown at once, once per action; this page's own actions
        refresh it themselves."""
        if any(change.kind is ChangeKind.SETTINGS for change in changes):
            self._offices()  # an office added in Settings: a filter at once
        if any(change.kind is ChangeKind.CASEWORK and change.origin is not self
               for change in changes):
            self.refresh()

    def _offices(self) -> None:
        blocked = self.office_filter.blockSignals(True)
        try:
            self.office_filter.replace_choices(
                [(office.id, office.name) for office in organization.list_offices(
                    self.context.db)])
            self.office_filter.setItemText(0, self.tr("Every office"))
        finally:
            self.office_filter.blockSignals(blocked)

    def _status_text(self, row: ActivityRow) -> str:
        return {ActivityStatus.UNSCHEDULED: self.tr("No session yet"),
                ActivityStatus.UPCOMING: self.tr("To come"),
                ActivityStatus.UNDER_WAY: self.tr("Under way"),
                ActivityStatus.ENDED: self.tr("Ended")}[row.status]

    def _places_text(self, row: ActivityRow) -> str:
        if row.places_left is None:
            return self.tr("No limit")
        if row.waiting:
            return self.tr("Full, %1 waiting").replace("%1", str(row.waiting))
        return str(row.places_left)

    # -- activities and sessions ----------------------------------------------------------
    def refresh(self) -> None:
        current = self.activity_id()
        wanted = self.status_filter.value() or "current"
        rows = activity_list.activity_rows(
            self.context.db, self.context.actor, text=self.search.text(),
            status=None if wanted in ("all", "current") else ActivityStatus(wanted),
            office_id=self.office_filter.value())
        if wanted == "current":
            rows = [r for r in rows if r.status in (ActivityStatus.UPCOMING,
                                                    ActivityStatus.UNDER_WAY,
                                                    ActivityStatus.UNSCHEDULED)]
        self.activity_list.set_rows(rows)
        if not (current and self.activity_list.select_where(lambda r: r.id == current)) \
                and rows:
            self.activity_list.select_where(lambda r: True)
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("No activity matches. Change the search or the filters, "
                                   "or create the activity below.") if self.search.text()
                           or wanted != "current" else
                           self.tr("No activity to come. Create one below: its sessions, "
                                   "then enrol the participants."))
        if not rows:
            self.show_activity()

    def activity_id(self) -> str | None:
        row = self.activity_list.current()
        return row.id if row else None

    def session_id(self) -> str | None:
        item = self.sessions.currentItem()
        return str(item.data(IdRole)) if item else None

    def show_activity(self) -> None:
        kept = self.session_id()
        self.sessions.clear()
        row = self.activity_list.current()
        self.details.setEnabled(row is not None)
        self.chosen.setText(f"{row.title} · {self._kinds.label(row.kind)}" if row else "")
        if row is None:
            self.attendance.clear()
            return
        activity_id = row.id
        for sitting in activities.sessions_of(self.context.db, self.context.actor, activity_id):
            part = (self.tr(" · part %1").replace("%1", str(sitting.part_number))
                    if sitting.part_number else "")
            item = QListWidgetItem(f"{format_moment(sitting.starts_at)}{part}")
            item.setData(IdRole, sitting.id)
            self.sessions.addItem(item)
            if sitting.id == kept:
                self.sessions.setCurrentItem(item)
        if self.sessions.count() and self.sessions.currentRow() < 0:
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
            # Only enrolled people have an attendance; a waiting-list row has no box.
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            if person.status == "enrolled" and session_id in person.before_enrolment:
                # Enrolled after this session: no presence to tick.
                item.setText(2, self.tr("Not yet enrolled"))
            elif person.status == "enrolled" and session_id:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(2, TakesAttendanceRole, True)
                item.setCheckState(2, Qt.CheckState.Checked if person.attended.get(session_id)
                                   else Qt.CheckState.Unchecked)
            self.attendance.addTopLevelItem(item)

    @reports_refusals
    def create_activity(self) -> None:
        self.errors.clear()
        created = activities.create_activity(self.context.db, self.context.actor,
                                             kind=self.kind.value() or "",
                                             title=self.title.text(),
                                             parts_required=self.parts.value(),
                                             capacity=self.capacity.value())
        self.title.clear()
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.refresh()
        self.activity_list.select_where(lambda r: r.id == created.id)

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
        self.refresh()

    # -- people --------------------------------------------------------------------------
    def find_people(self, text: str) -> None:
        self.found.clear()
        for hit in finder.search_clients(self.context.db, self.context.actor, text, limit=8):
            item = QListWidgetItem(f"{hit.display_name} — {hit.municipality or ''}")
            item.setData(IdRole, hit.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.enrol_since.set_value(clock.today())  # never yesterday's date, left overnight

    def enrol(self) -> None:
        activity_id, item = self.activity_id(), self.found.currentItem()
        if activity_id is None or item is None:
            self.status.setText(self.tr("Find the person to enrol first."))
            return
        try:
            since = self.enrol_since.value()
            with self.context.events.acting(self):  # this page shows it itself
                enrolment = activities.enrol(self.context.db, self.context.actor,
                                             activity_id, ClientId(str(item.data(IdRole))),
                                             None if since == clock.today() else since)
        except CjeError as error:
            self.status.setText(str(error))
            return
        if enrolment.status != "enrolled":
            self.status.setText(self.tr("The activity is full: added to the waiting list."))
        elif since is not None and since != clock.today():
            self.status.setText(self.tr("Enrolled since %1.").replace(
                "%1", format_date(since)))
        else:
            self.status.setText(self.tr("Enrolled."))
        self.enrol_since.set_value(clock.today())  # the next enrolment is today's again
        self.refresh()

    @reports_refusals
    def withdraw(self) -> None:
        item = self.attendance.currentItem()
        if item is None:
            return
        promoted = activities.withdraw(self.context.db, self.context.actor,
                                       str(item.data(1, IdRole)))
        self.status.setText(self.tr("Withdrawn; the first person waiting takes the place.")
                            if promoted else self.tr("Withdrawn."))
        self.refresh()

    @reports_refusals
    def save_attendance(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        presence = {}
        for index in range(self.attendance.topLevelItemCount()):
            item = self.attendance.topLevelItem(index)
            if item is not None and item.data(2, TakesAttendanceRole):
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
        row = self.activity_list.current()
        if row is not None:
            BatchDialog(self.context, row.id, row.title, self).exec()

    def _save(self, data: bytes, name: str, kind: str) -> None:
        target = save_bytes(self, data, name, kind)
        if target:
            self.status.setText(self.tr("Saved to %1").replace("%1", target))
