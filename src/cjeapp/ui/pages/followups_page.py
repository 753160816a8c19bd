"""Suivis: open requests and plan follow-ups, overdue first in red; each counsellor's load."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.agenda import followups
from cjeapp.core.agenda.followups import CounsellorLoad
from cjeapp.core.agenda.followups import FollowUp
from cjeapp.core.agenda.followups import FollowUpKind
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
from cjeapp.core.locale_format import format_number
from cjeapp.core.reception import requests
from cjeapp.core.reception.requests import ClosedRequest
from cjeapp.core.search.normalize import fold
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import show_error
from cjeapp.ui.models.followups_model import FollowUpsModel
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.counsellor_combo import CounsellorCombo
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable
from cjeapp.ui.widgets.row_view import RowView


class FollowUpsPage(QWidget):
    open_client = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = page_heading(self.tr("Follow-ups"))
        self.counsellor = CounsellorCombo(context, everyone=self.tr("Everyone"))
        self.summary = QLabel()
        self.model = FollowUpsModel()
        self.table = RowView(self.model, (170, 200, 290, 130, 80))
        self.remembered = self.table.remembered
        self.open_button = QPushButton(self.tr("Open file"))
        self.answer = QLineEdit()
        self.answer.setPlaceholderText(self.tr("Answer given (closes the request)"))
        self.close_button = QPushButton(self.tr("Close the request"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.loads: RecordTable[CounsellorLoad] = RecordTable([
            Column(self.tr("Counsellor"), lambda c: c.name, lambda c: fold(c.name),
                   width=220),
            Column(self.tr("Files with open work"), lambda c: format_number(c.open_files),
                   lambda c: c.open_files, width=180),
            Column(self.tr("Hours booked this week"),
                   lambda c: format_number(c.hours_booked_this_week),
                   lambda c: c.hours_booked_this_week, width=200),
            Column(self.tr("Overdue"), lambda c: format_number(c.overdue), lambda c: c.overdue),
        ], alert=lambda c: c.overdue > 0)
        self.loads.setMaximumHeight(160)
        top = QHBoxLayout()
        top.addWidget(self.counsellor)
        top.addWidget(self.summary, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.answer, 1)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Load per counsellor")))
        layout.addWidget(self.loads)
        self.counsellor.currentIndexChanged.connect(self.refresh)
        self.open_button.clicked.connect(self._open_selected)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.close_button.clicked.connect(self.close_selected)
        self.answer.returnPressed.connect(self.close_selected)
        context.events.changed.connect(self._on_changed)
        self._board: Query[tuple[list[FollowUp], list[CounsellorLoad]]] = Query(self, self._show)
        self.refresh()

    def refresh(self) -> None:  # off the screen's thread (ui.operations)
        db, actor = self.context.db, self.context.actor

        def read() -> tuple[list[FollowUp], list[CounsellorLoad]]:
            everyone = followups.board(db, actor)
            return everyone, followups.loads(db, actor, everyone)

        self._board.run(read)

    def _show(self, found: tuple[list[FollowUp], list[CounsellorLoad]]) -> None:
        everyone, loads = found
        chosen = self.counsellor.value()
        items = [item for item in everyone if not chosen or item.counsellor_id == chosen]
        self.model.set_rows(items)
        now = clock.now()
        overdue = sum(1 for item in items if item.is_overdue(now))
        today = sum(1 for item in items if item.is_due_today(now) and not item.is_overdue(now))
        self.summary.setText(self.tr("%1 open, %2 overdue, %3 due later today").replace(
            "%1", format_number(len(items))).replace("%2", format_number(overdue)).replace(
            "%3", format_number(today)))
        self.loads.set_rows(loads)

    def _selected(self) -> followups.FollowUp | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open_selected(self) -> None:
        item = self._selected()
        if item:
            self.open_client.emit(item.client_id)

    def close_selected(self) -> None:
        item = self._selected()
        if item is None or item.kind is not FollowUpKind.REQUEST:
            self.status.setText(self.tr("Choose a request in the list first."))
            return
        db, actor, answer = self.context.db, self.context.actor, self.answer.text()
        write(self, lambda: requests.close_request(db, actor, item.id, answer), self._closed,
              refused=self._close_refused)

    def _close_refused(self, error: CjeError) -> None:
        if isinstance(error, ValidationError):
            self.status.setText(self.tr("Write the answer given before closing."))
            self.answer.setFocus()
        else:
            show_error(self, error)

    def _closed(self, closed: ClosedRequest) -> None:
        self.answer.clear()
        hours = closed.time_taken.total_seconds() / 3600
        self.status.setText((self.tr("Request closed after %1 h, on time.") if closed.on_time
                             else self.tr("Request closed after %1 h, late.")).replace(
            "%1", format_number(round(hours, 1))))

    def _on_changed(self, change: Change) -> None:
        if change.kind in {ChangeKind.REQUESTS, ChangeKind.APPOINTMENTS, ChangeKind.CLIENTS,
                           ChangeKind.CASEWORK}:
            self.refresh()
