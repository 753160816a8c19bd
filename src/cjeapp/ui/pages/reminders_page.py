"""Rappels: the next working day's appointments of this desk's office to call or text about,
ticked as called, with the missed appointments of the last month beside them; printed or as
a spreadsheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core.agenda import reminders
from cjeapp.core.agenda.reminders import MissedRow
from cjeapp.core.agenda.reminders import ReminderRow
from cjeapp.core.changes import Change
from cjeapp.core.changes import ChangeKind
from cjeapp.core.errors import ValidationError
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.locale_format import format_time
from cjeapp.core.locale_format import language_name
from cjeapp.ui.context import AppContext
from cjeapp.ui.dialogs.pdf_preview import PdfPreviewDialog
from cjeapp.ui.dialogs.pdf_preview import print_pdf
from cjeapp.ui.files import save_bytes
from cjeapp.ui.messages import reports_refusals
from cjeapp.ui.models.row_table import Column
from cjeapp.ui.models.tones import Tone
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.widgets.date_field import DateField
from cjeapp.ui.widgets.flow_layout import FlowLayout
from cjeapp.ui.widgets.flow_layout import stretching
from cjeapp.ui.widgets.flow_layout import together
from cjeapp.ui.widgets.heading import page_heading
from cjeapp.ui.widgets.record_table import RecordTable


class RemindersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: reminders.Reminders | None = None
        # Read off the screen's thread (ui.operations): a newer read replaces one running.
        self._read: Query[reminders.Reminders] = Query(self, self._show)
        self._on_to_next = False  # after a call ticked: the next person not yet called
        self._document: Query[tuple[date, bytes]] = Query(self, self._preview)
        self._sheet: Query[tuple[date, bytes]] = Query(self, self._save_sheet)
        self.day = DateField("day")
        self.day.setAccessibleName(self.tr("Appointments of the day"))
        day_label = QLabel(self.tr("Appointments of"))
        day_label.setBuddy(self.day)
        self.next_day_button = QPushButton(self.tr("Next working day"))
        self.period = QLabel()
        self.period.setStyleSheet("font-weight: 600;")
        self.list: RecordTable[ReminderRow] = RecordTable([
            Column(self.tr("Time"), lambda r: format_time(r.starts_at), lambda r: r.starts_at,
                   width=80),
            Column(self.tr("Person"), lambda r: r.person, width=190),
            Column(self.tr("Phone or e-mail"), lambda r: r.phone or r.email or
                   self.tr("No phone or e-mail"), width=170),
            Column(self.tr("Language"), lambda r: language_name(r.language), width=110),
            Column(self.tr("Interpreter"), lambda r: language_name(r.interpreter)
                   if r.interpreter else self.tr("No"), width=110),
            Column(self.tr("Counsellor"), lambda r: r.counsellor, width=160),
            Column(self.tr("Called"), self._called_text, lambda r: r.reminded_at is not None,
                   tone=lambda r: Tone.GOOD if r.reminded_at else None),
        ])
        self.list.setAccessibleName(self.tr("Appointments to remind"))
        self.called_button = QPushButton(self.tr("Mark as called"))
        self.not_called_button = QPushButton(self.tr("Not called after all"))
        self._day_by_hand = False  # the next working day until a day is typed
        self.summary = QLabel()
        self.missed_summary = QLabel()
        self.missed_summary.setWordWrap(True)
        self.missed: RecordTable[MissedRow] = RecordTable([
            Column(self.tr("Missed on"), lambda r: format_moment(r.starts_at),
                   lambda r: r.starts_at, width=170),
            Column(self.tr("Person"), lambda r: r.person, width=190),
            Column(self.tr("Phone"), lambda r: r.phone or "", width=130),
            Column(self.tr("Counsellor"), lambda r: r.counsellor),
        ])
        self.missed.setAccessibleName(self.tr("Missed appointments of the last 30 days"))
        self.print_button = QPushButton(self.tr("Print the list…"))
        self.sheet_button = QPushButton(self.tr("Spreadsheet…"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = FlowLayout()  # on two lines when the window is narrow
        top.add_widgets(together(day_label, self.day), self.next_day_button,
                        stretching(self.period), self.print_button, self.sheet_button)
        ticks = FlowLayout()
        ticks.add_widgets(stretching(self.summary), self.not_called_button, self.called_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.list, 1)
        upper_layout.addLayout(ticks)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.missed_summary)
        lower_layout.addWidget(self.missed, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Reminders")))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.day.editingFinished.connect(self._day_typed)
        self.next_day_button.clicked.connect(self.go_next_working_day)
        self.called_button.clicked.connect(self.mark_called)
        self.not_called_button.clicked.connect(self.mark_not_called)
        self.print_button.clicked.connect(self.print_list)
        self.sheet_button.clicked.connect(self.save_sheet)
        context.events.changed.connect(self._on_changed)
        self.go_next_working_day()

    def _day_typed(self) -> None:
        self._day_by_hand = True
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._day_by_hand:  # left open overnight: tomorrow is another day
            self.go_next_working_day()

    def _called_text(self, row: ReminderRow) -> str:
        if row.reminded_at is None:
            return self.tr("Not yet")
        return self.tr("Yes, %1").replace("%1", format_moment(row.reminded_at))

    def chosen_day(self) -> date | None:
        try:
            return self.day.value()
        except ValidationError as error:
            self.status.setText(str(error))
            return None

    def go_next_working_day(self) -> None:
        """The next working day's appointments (the day itself read with them)."""
        self._day_by_hand = False
        db, actor, office_id = self.context.db, self.context.actor, self.context.office_id
        self.status.clear()
        self._read.run(lambda: reminders.reminders(db, actor, None, office_id))

    def refresh(self) -> None:
        day = self.chosen_day()
        if day is None:
            if not self._day_by_hand:  # the next working day not known yet: read with it
                self.go_next_working_day()
            return
        self.status.clear()
        db, actor, office_id = self.context.db, self.context.actor, self.context.office_id
        self._read.run(lambda: reminders.reminders(db, actor, day, office_id))

    def _show(self, found: reminders.Reminders) -> None:
        if not self._day_by_hand:
            self.day.set_value(found.day)
        kept = self.list.current()
        on_to_next, self._on_to_next = self._on_to_next, False
        self.found = found
        self.period.setText(format_date(found.day, style="full"))
        self.list.set_rows(found.rows)
        self.missed.set_rows(found.missed)
        if on_to_next:
            self.list.select_where(lambda other: other.reminded_at is None)
        elif kept is not None:
            self.list.select_where(lambda row: row.appointment_id == kept.appointment_id)
        elif found.rows:
            self.list.select_where(lambda row: row.reminded_at is None)
        if found.rows:
            self.summary.setText(self.tr("%n appointment(s)", "", len(found.rows)) + " · "
                                 + self.tr("%n called", "", found.called))
        else:
            self.summary.setText(self.tr("No appointment that day."))
        self.missed_summary.setText(self.tr(
            "Missed appointments in the last 30 days: %1 of %2 held.").replace(
            "%1", format_number(len(found.missed))).replace("%2", format_number(found.held)))
        has_rows = bool(found.rows)
        for button in (self.called_button, self.not_called_button, self.print_button,
                       self.sheet_button):
            button.setEnabled(has_rows)

    @reports_refusals
    def mark_called(self) -> None:
        self._tick(True)

    @reports_refusals
    def mark_not_called(self) -> None:
        self._tick(False)

    def _tick(self, called: bool) -> None:
        row = self.list.current()
        if row is None:
            self.status.setText(self.tr("Choose an appointment in the list first."))
            return
        db, actor, appointment_id = self.context.db, self.context.actor, row.appointment_id
        write(self, lambda: reminders.mark_called(db, actor, appointment_id, called),
              lambda _done: self._ticked(called))

    def _ticked(self, called: bool) -> None:
        self._on_to_next = called  # on to the next person to call
        self.refresh()

    def print_list(self) -> None:
        """The list drafted on a worker, then previewed to be printed or saved."""
        day = self.chosen_day()
        if day is None:
            return
        db, actor, office_id = self.context.db, self.context.actor, self.context.office_id
        self._document.run(lambda: (day, reminders.reminders_pdf(db, actor, day, office_id)))

    def _preview(self, drafted: tuple[date, bytes]) -> None:
        day, pdf = drafted
        dialog = PdfPreviewDialog(pdf, self.tr("Reminders"), self)
        if dialog.exec() and dialog.choice == "print":
            print_pdf(self, pdf)
        elif dialog.choice == "save":
            save_bytes(self, pdf, f"rappels-{day.isoformat()}.pdf", "PDF (*.pdf)")

    def save_sheet(self) -> None:
        day = self.chosen_day()
        if day is None:
            return
        db, actor, office_id = self.context.db, self.context.actor, self.context.office_id
        self._sheet.run(lambda: (day, reminders.reminders_xlsx(db, actor, day, office_id)))

    def _save_sheet(self, drafted: tuple[date, bytes]) -> None:
        day, data = drafted
        target = save_bytes(self, data, f"rappels-{day.isoformat()}.xlsx",
                            self.tr("Spreadsheet (*.xlsx)"))
        if target:
            self.status.setText(self.tr("Saved to %1").replace("%1", target))

    def _on_changed(self, change: Change) -> None:
        if change.kind in {ChangeKind.APPOINTMENTS, ChangeKind.CLIENTS} and \
                change.origin is not self:
            self.refresh()
