"""Activités: group activities and Objectif Intégration: sessions, enrolments with a waiting
list, attendance of a session in one screen, sheets to sign, the allowance list."""

from __future__ import annotations

from datetime import date
from datetime import datetime
from datetime import time
from decimal import Decimal

from PySide6.QtCore import QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDoubleSpinBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QTabWidget
from PySide6.QtWidgets import QTimeEdit
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
from cjeapp.core.groups import activity_list
from cjeapp.core.groups.activities import Participant
from cjeapp.core.groups.activity_list import ActivityRow
from cjeapp.core.groups.activity_list import ActivityStatus
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import Activity
from cjeapp.core.models import ActivitySession
from cjeapp.core.models import Enrolment
from cjeapp.core.org import organization
from cjeapp.core.search import finder
from cjeapp.core.search.finder import ClientHit
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.roles import RecordRole
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import under_fields
from cjeapp.ui.operations import write
from cjeapp.ui.pages.activity_attendance import AttendanceTree
from cjeapp.ui.pages.activity_papers import ActivityPapers
from cjeapp.ui.widgets.code_combo import CodeCombo
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.layouts import scrolling
from cjeapp.ui.widgets.layouts import scrolling_layout
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.search_box import SearchBox

IdRole = RecordRole
# what each read brings back, with what the screen asked it for
_Sessions = tuple[str | None, list[ActivitySession]]  # the session chosen before, the sessions
_People = tuple[str | None, list[Participant]]  # the session whose presences, the people


class ActivitiesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Read and saved off the screen's thread (ui.operations); a newer read of each
        # part replaces the one still running.
        self._keep_activity: str | None = None  # the activity to choose once the list comes
        self._offices_read: Query[list[tuple[str, str]]] = Query(self, self._show_offices)
        self._rows_read: Query[list[ActivityRow]] = Query(self, self._show_rows)
        self._sessions_read: Query[_Sessions] = Query(self, self._show_sessions)
        self._people_read: Query[_People] = Query(self, self._show_people)
        self._found_read: Query[list[ClientHit]] = Query(self, self._show_found)
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
        self.attendance = AttendanceTree()
        self.save_attendance_button = QPushButton(self.tr("Save the attendance of the session"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.papers = ActivityPapers(context, self.activity_list.current, self.session_id,
                                     self.status)
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

        self.details = QTabWidget()
        self.details.addTab(sessions_page, self.tr("Sessions"))
        self.details.addTab(scrolling(people_page), self.tr("Participants"))
        self.details.addTab(self.papers, self.tr("Paper"))
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
        db = self.context.db
        self._offices_read.run(lambda: [(office.id, office.name)
                                        for office in organization.list_offices(db)])

    def _show_offices(self, offices: list[tuple[str, str]]) -> None:
        blocked = self.office_filter.blockSignals(True)
        try:
            self.office_filter.replace_choices(offices)
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
    def refresh(self, keep: str | None = None) -> None:
        """The list read again with the search and filters as they are; ``keep`` (else the
        activity chosen when it comes) chosen again in it."""
        self._keep_activity = keep or self._keep_activity
        db, actor, text = self.context.db, self.context.actor, self.search.text()
        wanted = self.status_filter.value() or "current"
        office_id = self.office_filter.value()

        def read() -> list[ActivityRow]:
            rows = activity_list.activity_rows(
                db, actor, text=text,
                status=None if wanted in ("all", "current") else ActivityStatus(wanted),
                office_id=office_id)
            if wanted == "current":
                rows = [r for r in rows if r.status in (ActivityStatus.UPCOMING,
                                                        ActivityStatus.UNDER_WAY,
                                                        ActivityStatus.UNSCHEDULED)]
            return rows

        self._rows_read.run(read)

    def _show_rows(self, rows: list[ActivityRow]) -> None:
        current = self._keep_activity or self.activity_id()
        self._keep_activity = None
        self.activity_list.set_rows(rows)
        if not (current and self.activity_list.select_where(lambda r: r.id == current)) \
                and rows:
            self.activity_list.select_where(lambda r: True)
        wanted = self.status_filter.value() or "current"
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
        row = self.activity_list.current()
        self.details.setEnabled(row is not None)
        self.chosen.setText(f"{row.title} · {self._kinds.label(row.kind)}" if row else "")
        if row is None:
            self._sessions_read.cancel()
            self._people_read.cancel()
            self.sessions.clear()
            self.attendance.clear()
            return
        db, actor, activity_id, kept = (self.context.db, self.context.actor, row.id,
                                        self.session_id())
        self._sessions_read.run(lambda: (kept, activities.sessions_of(db, actor, activity_id)))

    def _show_sessions(self, read: _Sessions) -> None:
        kept, sittings = read
        blocked = self.sessions.blockSignals(True)  # the attendance read once, below
        try:
            self.sessions.clear()
            for sitting in sittings:
                part = (self.tr(" · part %1").replace("%1", str(sitting.part_number))
                        if sitting.part_number else "")
                item = QListWidgetItem(f"{format_moment(sitting.starts_at)}{part}")
                item.setData(IdRole, sitting.id)
                self.sessions.addItem(item)
                if sitting.id == kept:
                    self.sessions.setCurrentItem(item)
            if self.sessions.count() and self.sessions.currentRow() < 0:
                self.sessions.setCurrentRow(0)
        finally:
            self.sessions.blockSignals(blocked)
        self.show_attendance()

    def show_attendance(self) -> None:
        activity_id, session_id = self.activity_id(), self.session_id()
        if activity_id is None:
            self._people_read.cancel()
            self.attendance.clear()
            return
        db, actor = self.context.db, self.context.actor
        self._people_read.run(lambda: (session_id,
                                       activities.participants(db, actor, activity_id)))

    def _show_people(self, read: _People) -> None:
        session_id, people = read
        self.attendance.show_people(people, session_id)

    @reports_refusals
    def create_activity(self) -> None:
        self.errors.clear()
        db, actor = self.context.db, self.context.actor
        kind, title = self.kind.value() or "", self.title.text()
        parts, capacity = self.parts.value(), self.capacity.value()
        write(self, lambda: activities.create_activity(
            db, actor, kind=kind, title=title, parts_required=parts, capacity=capacity),
            self._created, refused=under_fields(self), busy=self.create_button)

    def _created(self, created: Activity) -> None:
        self.title.clear()
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.refresh(keep=created.id)

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
        db, actor = self.context.db, self.context.actor
        starts_at = datetime.combine(day, time(clock_time.hour(), clock_time.minute()),
                                     LOCAL_ZONE)
        hours, place = Decimal(str(self.session_hours.value())), self.session_place.text()
        part_number = self.session_part.value() or None
        write(self, lambda: activities.add_session(
            db, actor, activity_id, starts_at=starts_at, hours=hours, place=place,
            part_number=part_number), lambda _session: self.refresh(),
            refused=under_fields(self), busy=self.add_session_button)

    # -- people --------------------------------------------------------------------------
    def find_people(self, text: str) -> None:
        """The people matching what is typed; a letter typed stops the search it replaces."""
        db, actor = self.context.db, self.context.actor
        self._found_read.run(lambda: finder.search_clients(db, actor, text, limit=8))

    def _show_found(self, hits: list[ClientHit]) -> None:
        self.found.clear()
        for hit in hits:
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
        except CjeError as error:
            self.status.setText(str(error))
            return
        db, actor, client_id = self.context.db, self.context.actor, ClientId(
            str(item.data(IdRole)))
        given = None if since == clock.today() else since
        write(self, lambda: activities.enrol(db, actor, activity_id, client_id, given),
              lambda enrolment: self._enrolled(enrolment, since), refusals=self.status)

    def _enrolled(self, enrolment: Enrolment, since: date | None) -> None:
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
        enrolment_id = self.attendance.enrolment_id()
        if enrolment_id is None:
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: activities.withdraw(db, actor, enrolment_id), self._withdrawn)

    def _withdrawn(self, promoted: object) -> None:
        self.status.setText(self.tr("Withdrawn; the first person waiting takes the place.")
                            if promoted else self.tr("Withdrawn."))
        self.refresh()

    @reports_refusals
    def save_attendance(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        presence = self.attendance.presence()
        db, actor = self.context.db, self.context.actor
        write(self, lambda: activities.record_attendance(db, actor, session_id, presence),
              lambda _saved: self._attendance_saved())

    def _attendance_saved(self) -> None:
        self.status.setText(self.tr("Attendance saved."))
        self.show_attendance()
