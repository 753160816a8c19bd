"""Accueil: find or create the person, put them on the waiting list, follow the day's visits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.permissions import Permission
from cjeapp.core.reception import visits
from cjeapp.core.reception.visits import VisitRow
from cjeapp.core.search import finder
from cjeapp.core.search.finder import ClientHit
from cjeapp.ui.background import BackgroundJob
from cjeapp.ui.background import while_shown
from cjeapp.ui.client_file import funder_marks
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.booking_dialog import BookingDialog
from cjeapp.ui.dialogs.intake_dialog import IntakeDialog
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.client_tables import ClientHitsModel
from cjeapp.ui.models.visits_model import VisitsModel
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.client_table_view import ClientTableView
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.row_view import RowView
from cjeapp.ui.widgets.search_box import SearchBox


class DeskPage(QWidget):
    open_client = Signal(str)
    open_field = Signal(str, str)  # client id, field name
    TICK_MS = 30_000
    POLL_MS = 4_000  # on the server: how often other seats' arrivals are looked for

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search_box = SearchBox()
        self.new_person = QPushButton(self.tr("New person…"))
        self.new_person.setShortcut("Ctrl+N")
        self.hits = ClientHitsModel()
        self.results = ClientTableView()
        self.results.setModel(self.hits)
        self.results.setAccessibleName(self.tr("People found"))
        self.open_button = QPushButton(self.tr("Open file"))
        self.book_button = QPushButton(self.tr("Book an appointment…"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the visit"))
        self.check_in_button = QPushButton(self.tr("Add to waiting list"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.funder_warnings = funder_marks.warning_label()
        self.funder_warnings.linkActivated.connect(self._open_new_file)
        self._new_file: str | None = None

        self.visits = VisitsModel()
        self.visit_table = RowView(self.visits, (220, 250, 80, 80, 180, 90))
        self.remembered = self.visit_table.remembered
        self.take_next_button = QPushButton(self.tr("Take the next person"))
        self.take_selected_button = QPushButton(self.tr("Take this person"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("Outcome of the visit (optional)"))
        self.close_button = QPushButton(self.tr("End the visit"))
        self.left_button = QPushButton(self.tr("Left without being seen"))
        can_take = context.can(Permission.VISIT_TAKE)
        for button in (self.take_next_button, self.take_selected_button, self.close_button,
                       self.outcome):
            button.setVisible(can_take)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_person)
        check_in = QHBoxLayout()
        check_in.addWidget(self.open_button)
        check_in.addWidget(self.book_button)
        check_in.addWidget(self.reason, 1)
        check_in.addWidget(self.check_in_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.results, 1)
        upper_layout.addLayout(check_in)
        actions = QHBoxLayout()
        for widget in (self.take_next_button, self.take_selected_button):
            actions.addWidget(widget)
        actions.addWidget(self.outcome, 1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.left_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(page_heading(self.tr("Waiting list and today's visits")))
        lower_layout.addWidget(self.visit_table, 1)
        lower_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Reception desk")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.funder_warnings)

        self.search_box.search.connect(self.run_search)
        self.search_box.move_down.connect(self._focus_results)
        self.search_box.accept_first.connect(self._open_first)
        self.results.open_requested.connect(self.open_client)
        self.open_button.clicked.connect(self._open_selected)
        self.book_button.clicked.connect(self.book_selected)
        self.new_person.clicked.connect(self.create_person)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.reason.returnPressed.connect(self.check_in_selected)
        self.take_next_button.clicked.connect(lambda: self._take(None))
        self.take_selected_button.clicked.connect(self._take_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.outcome.returnPressed.connect(self.close_selected)  # as the reason checks in
        self.left_button.clicked.connect(self.left_selected)
        context.events.changed.connect(self._on_changed)
        # The database is read and written off the screen's thread (ui.operations): a
        # letter typed interrupts the search it replaces.
        self._search: Query[list[ClientHit]] = Query(self, self._found)
        self._when_found: Callable[[], None] | None = None  # Enter or Down, typed ahead
        self._day: Query[list[VisitRow]] = Query(self, self.visits.set_rows)
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.visits.tick)
        self._ticker.start()
        self.refresh_visits()
        # On the office's server, arrivals come from other seats too: the list looks for
        # them every few seconds, off the screen's thread (one small query; polling rather
        # than LISTEN/NOTIFY: no connection held open per seat, and it goes through any
        # proxy an IT provider puts before the server).
        self._mark: tuple[int, int] | None = None
        self._poll_job: BackgroundJob | None = None
        self._poller = QTimer(self)
        self._poller.setInterval(self.POLL_MS)
        self._poller.timeout.connect(self.poll_other_seats)
        if context.db.on_server:
            self._poller.start()

    # -- search --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self, text: str) -> None:
        db, actor = self.context.db, self.context.actor
        self._search.run(lambda: finder.search_clients(db, actor, text))

    def _found(self, hits: list[ClientHit]) -> None:
        self.hits.set_hits(hits)
        if self.hits.rowCount():
            self.results.selectRow(0)
        then, self._when_found = self._when_found, None
        if then is not None:
            then()

    def _focus_results(self) -> None:
        if self._search.running:  # Down pressed before the search answered
            self._when_found = self._focus_results
            return
        if self.hits.rowCount():
            self.results.setFocus()
            self.results.selectRow(0)

    def _open_first(self) -> None:
        if self._search.running:  # Enter pressed before the search answered
            self._when_found = self._open_first
            return
        client_id = self.hits.client_id(0)
        if client_id:
            self.open_client.emit(client_id)

    def _open_selected(self) -> None:
        client_id = self.results.current_client_id()
        if client_id:
            self.open_client.emit(client_id)

    def book_selected(self) -> None:
        client_id = self.results.current_client_id()
        if client_id is None:
            self.status.setText(self.tr("Choose a person in the results first."))
            return
        index = self.results.currentIndex()
        name = self.hits.index(index.row(), 0).data() if index.isValid() else ""
        dialog = BookingDialog(self.context, client_id, self, client_name=str(name))
        if dialog.exec() and dialog.result_row:
            self.status.setText(self.tr("Appointment booked."))

    def create_person(self) -> None:
        dialog = IntakeDialog(self.context, self, initial_name=self.search_box.text())
        if dialog.exec() and dialog.chosen_client_id:
            self.search_box.clear()
            self._search.cancel()
            self.hits.set_hits([])
            # What the funder's package will say of the new file, said now (not a refusal).
            funder_marks.show_warnings(self.funder_warnings, dialog.warnings)
            self._new_file = dialog.chosen_client_id
            if dialog.open_file:
                self.open_client.emit(dialog.chosen_client_id)

    def _open_new_file(self, field: str) -> None:
        """A field named in the warnings opens the file just created at that field."""
        if self._new_file:
            self.open_field.emit(self._new_file, field)

    # -- waiting list --------------------------------------------------------------------
    def check_in_selected(self) -> None:
        client_id = self.results.current_client_id()
        if client_id is None:
            self.status.setText(self.tr("Choose a person in the results first."))
            return
        db, actor, office = self.context.db, self.context.actor, self.context.office_id
        reason = self.reason.text()
        write(self, lambda: visits.check_in(db, actor, client_id, reason, office),
              self._checked_in, refused=self._check_in_refused)

    def _checked_in(self, _visit: object) -> None:
        self.reason.clear()
        self.status.setText(self.tr("Added to the waiting list."))

    def _check_in_refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.status.setText(self.tr("Enter the reason for the visit."))
            self.reason.setFocus()
        else:
            show_error(self, error)

    def selected_visit_id(self) -> str | None:
        index = self.visit_table.currentIndex()
        visit = self.visits.row_at(index.row()) if index.isValid() else None
        return visit.id if visit else None

    def _take(self, visit_id: str | None) -> None:
        db, actor = self.context.db, self.context.actor
        office = self.context.office_id if visit_id is None else None
        write(self, lambda: visits.take(db, actor, visit_id, office), self._taken)

    def _taken(self, taken: VisitRow) -> None:
        self.status.setText(self.tr("%1 is with you.").replace("%1", taken.client_name))

    def _take_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id:
            self._take(visit_id)

    def close_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        db, actor, outcome = self.context.db, self.context.actor, self.outcome.text()
        write(self, lambda: visits.close(db, actor, visit_id, outcome),
              lambda _visit: self.outcome.clear())

    def left_selected(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is None:
            return
        db, actor = self.context.db, self.context.actor
        write(self, lambda: visits.left_without_service(db, actor, visit_id))

    def poll_other_seats(self) -> BackgroundJob | None:
        """Look whether the waiting list moved on another seat; refresh it if so."""
        if self._poll_job is not None:
            return None
        db, actor, office = self.context.db, self.context.actor, self.context.office_id
        job = BackgroundJob(lambda _running: visits.queue_mark(db, actor, office))
        job.succeeded.connect(self._polled)
        job.finished.connect(self._poll_ended)
        self._poll_job = job
        job.start_looking()
        return job

    @while_shown
    def _polled(self, mark: tuple[int, int]) -> None:
        if self._mark is not None and mark != self._mark:
            self.refresh_visits()
        self._mark = mark

    @while_shown
    def _poll_ended(self) -> None:
        self._poll_job = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ticker.isActive():  # back from hidden (a locked or put-aside session)
            self._ticker.start()
            self.refresh_visits()
            if self.context.db.on_server:
                self._poller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (another section, a locked session, one put aside for a colleague): no
        # ticking, no polling of the server on this person's connection.
        self._ticker.stop()
        self._poller.stop()
        super().hideEvent(event)

    def wait_for_jobs(self) -> None:
        self._poller.stop()
        self._search.cancel()
        if self._poll_job is not None:
            self._poll_job.stop_and_wait()

    def refresh_visits(self) -> None:
        db, actor, office = self.context.db, self.context.actor, self.context.office_id
        self._day.run(lambda: visits.visits_of_day(db, actor, office))

    def _on_changed(self, change: Change) -> None:
        if change.kind in {ChangeKind.VISITS, ChangeKind.CLIENTS}:
            self.refresh_visits()
        if change.kind is ChangeKind.CLIENTS and self.search_box.text():
            self.run_search(self.search_box.text())
