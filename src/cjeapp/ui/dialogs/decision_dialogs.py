"""Deciding what two sides of an exchange could not: which of two appointments booked at
once moves (to a free time offered) or is cancelled (the person told), and who goes on the
waiting list of an activity enrolled past its capacity. Each decision goes through the
agenda's and the activities' own services; the finding, and the exchange's conflict, are
then gone by themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.codelists import codelist
from cjeapp.core.groups import activities
from cjeapp.core.groups.activities import Participant
from cjeapp.core.locale_format import format_moment
from cjeapp.core.locale_format import format_number
from cjeapp.core.locale_format import format_time
from cjeapp.core.models import Activity
from cjeapp.ui.context import AppContext
from cjeapp.ui.messages import FieldErrors
from cjeapp.ui.messages import report_refusal
from cjeapp.ui.messages import show_error
from cjeapp.ui.operations import Query
from cjeapp.ui.operations import write
from cjeapp.ui.window_size import open_at

DAYS_OFFERED = 10  # free times offered from the appointment's day on
SLOTS_OFFERED = 40


def _described(row: AppointmentRow) -> str:
    kind = codelist("appointment_kinds").label(row.kind)
    return f"{row.client_name} — {kind} — {format_moment(row.starts_at)} " \
           f"– {format_time(row.ends_at)}"


def _apply_or_cancel(dialog: QDialog, text: str,
                     apply: Callable[[], None]) -> QDialogButtonBox:
    """The decision's button (which closes the dialog only once the decision is made) and
    Cancel."""
    buttons = QDialogButtonBox()
    buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(apply)
    buttons.rejected.connect(dialog.reject)
    return buttons


class BookingDecisionDialog(QDialog):
    """Two appointments of one counsellor at once: one stays, the other moves or is
    cancelled."""

    def __init__(self, context: AppContext, first_id: str, second_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Decide a double booking"))
        self.pair: list[AppointmentRow] = []  # read off the screen's thread
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        which = QGroupBox(self.tr("The appointment that does not stay"))
        self.which_layout = QVBoxLayout(which)
        self.which = QButtonGroup(self)
        what = QGroupBox(self.tr("What becomes of it"))
        what_layout = QFormLayout(what)
        self.move_choice = QRadioButton(self.tr("Move it to"))
        self.slots = QComboBox()
        self.slots.setAccessibleName(self.tr("Free time to move it to"))
        self.cancel_choice = QRadioButton(self.tr("Cancel it, because"))
        self.reason = QLineEdit(self.tr("Booked twice at the same time"))
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        self.tell = QLabel()
        self.tell.setWordWrap(True)
        what_layout.addRow(self.move_choice, self.slots)
        what_layout.addRow(self.cancel_choice, self.reason)
        what_layout.addRow(self.tell)
        self.errors = FieldErrors.for_fields(["starts_at", "cancel_reason"])
        what_layout.addRow(self.errors.labels["starts_at"])
        what_layout.addRow(self.errors.labels["cancel_reason"])
        self.move_choice.setChecked(True)
        buttons = _apply_or_cancel(self, self.tr("Apply the decision"), self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(which)
        layout.addWidget(what)
        layout.addWidget(buttons)
        self.which.idClicked.connect(lambda _number: self._offer())
        self._slots: Query[list[datetime]] = Query(self, self._show_slots)
        self._pair: Query[list[AppointmentRow]] = Query(self, self._show_pair)
        db, actor = context.db, context.actor
        self._pair.run(lambda: appointments.appointments_by_id(db, actor,
                                                               [first_id, second_id]))
        open_at(self, 760, 420)

    def _show_pair(self, pair: list[AppointmentRow]) -> None:
        self.pair = pair
        self.intro.setText(self.tr(
            "%1 has two appointments at the same time. Choose the one that does not stay, "
            "then move it to a free time or cancel it.").replace(
            "%1", pair[0].counsellor_name if pair else ""))
        for number, row in enumerate(pair):
            choice = QRadioButton(f"{_described(row)}\n{self._who(row)}")
            choice.setAccessibleDescription(self.tr("Booked by phone: %1").replace(
                "%1", row.phone or "—"))
            self.which.addButton(choice, number)
            self.which_layout.addWidget(choice)
        if self.which.buttons():
            self.which.buttons()[-1].setChecked(True)  # the later booked, by default
        self._offer()

    def _who(self, row: AppointmentRow) -> str:
        """What tells two bookings of the same slot apart: who made each, and when."""
        return self.tr("booked or changed by %1 on %2").replace(
            "%1", row.changed_by or "—").replace(
            "%2", format_moment(row.updated_at) if row.updated_at else "—")

    def chosen(self) -> AppointmentRow | None:
        number = self.which.checkedId()
        return self.pair[number] if 0 <= number < len(self.pair) else None

    def _offer(self) -> None:
        """The free times of its counsellor for its length, from its day on."""
        self.slots.clear()
        row = self.chosen()
        if row is None:
            self._slots.cancel()
            return
        db, actor = self.context.db, self.context.actor
        first = max(row.starts_at, clock.now()).astimezone(clock.LOCAL_ZONE).date()

        def free() -> list[datetime]:
            offered: list[datetime] = []
            for offset in range(DAYS_OFFERED):
                offered += appointments.free_slots(db, actor, row.counsellor_id,
                                                   first + timedelta(days=offset), row.minutes)
                if len(offered) >= SLOTS_OFFERED:
                    break
            return offered[:SLOTS_OFFERED]

        self._slots.run(free)

    def _show_slots(self, offered: list[datetime]) -> None:
        row = self.chosen()
        if row is None:
            return
        for moment in offered:
            self.slots.addItem(format_moment(moment), moment)
        if not offered:
            self.slots.addItem(self.tr("No free time in the next ten days"), None)
        self.tell.setText(self.tr("Tell %1 of the change (phone: %2). The counsellor's "
                                  "calendar gets the change at its next export.")
                          .replace("%1", row.client_name).replace("%2", row.phone or "—"))

    def apply(self) -> None:
        row = self.chosen()
        if row is None:
            show_error(self, self.tr("Choose the appointment that does not stay."))
            return
        self.errors.clear()
        db, actor, reason = self.context.db, self.context.actor, self.reason.text()
        moment = self.slots.currentData() if self.move_choice.isChecked() else None
        if self.move_choice.isChecked() and not isinstance(moment, datetime):
            show_error(self, self.tr("No free time is offered: cancel it instead, "
                                     "or move it from the Agenda."))
            return

        def decide() -> AppointmentRow:
            if isinstance(moment, datetime):
                return appointments.reschedule(db, actor, row.id, starts_at=moment,
                                               expected_version=row.version)
            return appointments.cancel(db, actor, row.id, reason)

        write(self, decide, lambda _row: self.accept(),
              refused=lambda error: report_refusal(self, error, self.errors))


class CapacityDecisionDialog(QDialog):
    """An activity with more people enrolled than places: who goes on the waiting list."""

    def __init__(self, context: AppContext, activity_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Decide who goes on the waiting list"))
        self.enrolled: list[Participant] = []  # read off the screen's thread
        self.excess = 0
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People enrolled"))
        db, actor = context.db, context.actor
        self._read: Query[tuple[Activity | None, list[Participant]]] = Query(self, self._show)
        self._read.run(lambda: (
            next((item for item in activities.activities(db, actor) if item.id == activity_id),
                 None),
            [person for person in activities.participants(db, actor, activity_id)
             if person.status == "enrolled"]))
        buttons = _apply_or_cancel(self, self.tr("Put them on the waiting list"), self.apply)
        self.apply_button = next(
            button for button in buttons.buttons()
            if buttons.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)  # until the people enrolled are read
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)
        open_at(self, 560, 420)

    def _show(self, read: tuple[Activity | None, list[Participant]]) -> None:
        activity, self.enrolled = read
        capacity = activity.capacity if activity is not None else None
        self.excess = max(0, len(self.enrolled) - (capacity or len(self.enrolled)))
        self.intro.setText(self.tr(
            "« %1 » has %2 places and %3 people enrolled. Tick the %4 who go to the head of "
            "the waiting list; tell them.").replace(
            "%1", activity.title if activity is not None else "").replace(
            "%2", format_number(capacity or 0)).replace(
            "%3", format_number(len(self.enrolled))).replace("%4", format_number(self.excess)))
        for person in self.enrolled:
            item = QListWidgetItem(person.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.enrolment_id)
            self.people.addItem(item)
        self.apply_button.setEnabled(True)

    def ticked(self) -> list[str]:
        return [str(self.people.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    def apply(self) -> None:
        chosen = self.ticked()
        if len(chosen) != self.excess:
            show_error(self, self.tr("Tick exactly %1 people: as many as there are people "
                                     "enrolled beyond the places.").replace(
                "%1", format_number(self.excess)))
            return
        db, actor = self.context.db, self.context.actor

        def wait_list() -> None:
            for enrolment_id in chosen:
                activities.to_waiting_list(db, actor, enrolment_id)

        write(self, wait_list, lambda _none: self.accept(),
              refused=lambda error: report_refusal(self, error, None))
