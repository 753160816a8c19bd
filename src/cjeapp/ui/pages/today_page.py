"""Aujourd'hui: the first screen of every role, with what needs attention today — the
walk-ins waiting, today's appointments, the follow-ups overdue or due today — each with
its count, an empty state that says so, and a way to the screen where it is handled.
A double-click (or Enter) on a row opens the person's file. It refreshes when something
changes and every minute while shown (walk-ins arrive at other seats' desks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame
from PySide6.QtWidgets import QGridLayout
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QStackedLayout
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.agenda.followups import FollowUp
from cjeapp.core.agenda.today import Today
from cjeapp.core.agenda.today import today
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.codelists import codelist
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.locale_format import format_time
from cjeapp.core.reception.visits import VisitRow
from cjeapp.ui.context import AppContext
from cjeapp.ui.models.followups_model import KINDS
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.operations import Query
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable

REFRESH_MS = 60_000
_WATCHED = {ChangeKind.VISITS, ChangeKind.APPOINTMENTS, ChangeKind.REQUESTS,
            ChangeKind.CASEWORK, ChangeKind.CLIENTS}


class Card(QFrame):
    """A titled box: a count, a list (or a sentence when it is empty), a way further."""

    def __init__(self, title: str, empty: str, more: str, table: RecordTable[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("#card { border: 1px solid #c9ced6; border-radius: 4px; "
                           "background: palette(base); }")
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.count = QLabel()
        self.count.setStyleSheet("font-size: 11pt; font-weight: 600; color: #2f6db5;")
        self.more = QPushButton(more)
        self.table = table
        self.empty = QLabel(empty)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5b6472; padding: 12px;")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)

    def show_rows(self, rows: list[Any], count_text: str) -> None:
        self.table.set_rows(rows)
        self.count.setText(count_text)
        self.stack.setCurrentWidget(self.table if rows else self.empty)


class TodayPage(QWidget):
    open_client = Signal(str)
    go_to = Signal(str)  # a section key: desk, agenda, followups

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: Today | None = None
        self.heading = page_heading()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        kinds = codelist("appointment_kinds")
        waiting: RecordTable[VisitRow] = RecordTable([
            Column(self.tr("Arrived"), lambda v: format_time(v.arrived_at),
                   lambda v: v.arrived_at, width=80),
            Column(self.tr("Person"), lambda v: v.client_name, width=190),
            Column(self.tr("Reason"), lambda v: v.reason),
        ])
        appointments: RecordTable[AppointmentRow] = RecordTable([
            Column(self.tr("Time"), lambda a: format_time(a.starts_at), lambda a: a.starts_at,
                   width=80),
            Column(self.tr("Person"), lambda a: a.client_name, width=190),
            Column(self.tr("Counsellor"), lambda a: a.counsellor_name, width=160),
            Column(self.tr("Kind"), lambda a: kinds.label(a.kind)),
        ])
        follow_ups: RecordTable[FollowUp] = RecordTable([
            Column(self.tr("Due"), lambda f: format_moment(f.due_at), lambda f: f.due_at,
                   width=150),
            Column(self.tr("Person"), lambda f: f.client_name, width=190),
            Column(self.tr("Subject"), lambda f: f.subject, width=400),
            Column(self.tr("Kind"), lambda f: self.tr_kind(f)),
        ], alert=lambda f: f.is_overdue(clock.now()))
        self.waiting = Card(self.tr("Waiting at reception"),
                            self.tr("No one is waiting at reception."),
                            self.tr("Reception desk"), waiting, self)
        self.appointments = Card(self.tr("Today's appointments"),
                                 self.tr("No appointment today."),
                                 self.tr("Agenda"), appointments, self)
        self.follow_ups = Card(self.tr("Follow-ups overdue or due today"),
                               self.tr("Nothing overdue, nothing due today."),
                               self.tr("Follow-ups"), follow_ups, self)
        for card, key in ((self.waiting, "desk"), (self.appointments, "agenda"),
                          (self.follow_ups, "followups")):
            card.more.clicked.connect(lambda _checked=False, key=key: self.go_to.emit(key))
            card.table.on_open(self._opener())
        self.grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.grid, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        context.events.changed.connect(self._on_changed)
        # Read when shown (showEvent), not here too: the first screen after sign-in. Read
        # off the screen's thread (ui.operations): the main window paints at once and the
        # cards fill when the answer comes; a newer read replaces one still running.
        self._reads = 0  # how many reads were started
        self._read: Query[Today] = Query(self, self._show)
        for card in (self.waiting, self.appointments, self.follow_ups):
            card.hide()  # until the first answer lays them out

    def tr_kind(self, item: FollowUp) -> str:
        return QCoreApplication.translate("FollowUpKind", str(KINDS[item.kind]))

    def _opener(self) -> Callable[[Any], None]:
        return lambda row: self.open_client.emit(row.client_id)

    def refresh(self) -> None:
        self._reads += 1
        self._date_heading()
        db, actor, office = self.context.db, self.context.actor, self.context.office_id
        self._read.run(lambda: today(db, actor, office))

    def read_in_background(self) -> None:
        """The first read after sign-in (the file's first pages read and decrypted then:
        on 100,000 people, a second or more)."""
        self.refresh()

    def wait_for_jobs(self) -> None:
        """Before the window closes (and its database with it): the read is stopped."""
        self._read.cancel()

    def _date_heading(self) -> None:
        self.heading.setText(self.tr("Today, %1").replace(
            "%1", format_date(clock.today(), style="full")))

    def _show(self, found: Today) -> None:
        self.today = found
        self._date_heading()
        cards: list[Card] = []
        if found.waiting is not None:
            self.waiting.show_rows(list(found.waiting), format_number(len(found.waiting)))
            cards.append(self.waiting)
        if found.appointments is not None:
            self.appointments.show_rows(list(found.appointments),
                                      format_number(len(found.appointments)))
            self.appointments.table.setColumnHidden(2, found.own)
            self.appointments.title.setText(self.tr("My appointments today") if found.own
                                            else self.tr("Today's appointments"))
            cards.append(self.appointments)
        if found.follow_ups is not None:
            count = format_number(len(found.follow_ups))
            if found.overdue:
                count = self.tr("%1 (%2 overdue)").replace("%1", count).replace(
                    "%2", format_number(found.overdue))
            self.follow_ups.show_rows(list(found.follow_ups), count)
            cards.append(self.follow_ups)
        self._lay_out(cards)
        self.summary.setText(self._summary(found))

    def _lay_out(self, cards: list[Card]) -> None:
        """One card: the whole page; two or three: side by side on top, the third below."""
        every = (self.waiting, self.appointments, self.follow_ups)
        for card in every:
            self.grid.removeWidget(card)
        for number, card in enumerate(cards):
            if number < 2:
                self.grid.addWidget(card, 0, number, 1, 2 if len(cards) == 1 else 1)
            else:
                self.grid.addWidget(card, 1, 0, 1, 2)
        for card in every:  # after the layout took them: a card is never a window alone
            card.setVisible(card in cards)

    def _summary(self, found: Today) -> str:
        parts: list[str] = []
        if found.waiting:
            parts.append(self.tr("Waiting: %1").replace("%1", format_number(len(found.waiting))))
        if found.appointments:
            parts.append(self.tr("Appointments: %1").replace("%1",
                                                              format_number(len(found.appointments))))
        if found.overdue:
            parts.append(self.tr("Follow-ups overdue: %1").replace(
                "%1", format_number(found.overdue)))
        return " · ".join(parts) if parts else self.tr("Nothing needs attention right now.")

    def _on_changed(self, change: Change) -> None:
        if change.kind in _WATCHED and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._reads == 0:
            self.read_in_background()
        else:
            self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)
