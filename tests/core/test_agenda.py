"""Booking rules, rescheduling, cancelling, attendance, free slots and exports."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from cjeapp.core import clock
from cjeapp.core.agenda import appointments, exports
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError, ValidationError
from cjeapp.core.i18n import set_language
from cjeapp.core.people import clients
from cjeapp.core.people.clients import ClientForm
from cjeapp.core.permissions import Actor

MONDAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_ZONE)


@pytest.fixture
def setup(db: Database, staff: dict[str, Actor]) -> tuple[Actor, str, str, str]:
    clock.freeze(datetime(2026, 11, 20, 14, 0, tzinfo=UTC))
    reception = staff["reception"]
    first = clients.create_client(db, reception, ClientForm(first_name="Hélène",
                                                            last_name="Côté")).id
    second = clients.create_client(db, reception, ClientForm(first_name="Omar",
                                                             last_name="Tazi")).id
    counsellor = staff["counsellor"].user_id
    assert counsellor
    return reception, first, second, counsellor


def _book(db: Database, actor: Actor, client: str, counsellor: str, start: datetime,
          minutes: int = 45) -> appointments.AppointmentRow:
    return appointments.book(db, actor, client_id=client, counsellor_id=counsellor,
                             kind="follow_up", place="office", starts_at=start, minutes=minutes)


def test_double_booking_a_counsellor_is_refused_with_the_clash(db, setup) -> None:
    reception, first, second, counsellor = setup
    set_language("fr")
    _book(db, reception, first, counsellor, at(MONDAY, 10))
    with pytest.raises(ValidationError) as caught:
        _book(db, reception, second, counsellor, at(MONDAY, 10, 30))
    message = caught.value.errors[0].render()
    assert caught.value.errors[0].field == "starts_at"
    assert "Test counsellor" in message and "10 h 00" in message and "Hélène Côté" in message
    _book(db, reception, second, counsellor, at(MONDAY, 10, 45))  # back to back is fine


def test_opening_hours_business_days_and_the_past(db, setup) -> None:
    reception, first, _second, counsellor = setup
    with pytest.raises(ValidationError, match="opening hours"):
        _book(db, reception, first, counsellor, at(MONDAY, 16, 0))  # ends 16:45 > 16:30
    with pytest.raises(ValidationError, match="closed that day"):
        _book(db, reception, first, counsellor, at(date(2026, 11, 21), 10))  # Saturday
    with pytest.raises(ValidationError, match="closed that day"):
        _book(db, reception, first, counsellor, at(date(2026, 12, 25), 10))
    with pytest.raises(ValidationError, match="in the past"):
        _book(db, reception, first, counsellor, at(date(2026, 11, 19), 10))


def test_reschedule_cancel_and_attendance(db, setup, staff) -> None:
    reception, first, second, counsellor = setup
    one = _book(db, reception, first, counsellor, at(MONDAY, 9))
    two = _book(db, reception, second, counsellor, at(MONDAY, 11))
    with pytest.raises(ValidationError):
        appointments.reschedule(db, reception, two.id, starts_at=at(MONDAY, 9, 15))
    moved = appointments.reschedule(db, reception, two.id, starts_at=at(MONDAY, 14))
    assert moved.starts_at == at(MONDAY, 14) and moved.minutes == 45
    with pytest.raises(ValidationError, match="required"):
        appointments.cancel(db, reception, one.id, " ")
    cancelled = appointments.cancel(db, reception, one.id, "Enfant malade")
    assert cancelled.status == "cancelled"
    _book(db, reception, second, counsellor, at(MONDAY, 9))  # the slot is free again
    with pytest.raises(CjeError, match="once it has started"):
        appointments.mark(db, reception, moved.id, "no_show")
    clock.freeze(datetime(2026, 11, 23, 19, 30, tzinfo=UTC))  # Monday 14:30 in Quebec
    assert appointments.mark(db, reception, moved.id, "no_show").status == "no_show"
    with pytest.raises(CjeError):
        appointments.cancel(db, reception, moved.id, "Trop tard")


def test_free_slots_leave_out_booked_times(db, setup) -> None:
    reception, first, _second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 10), minutes=60)
    slots = appointments.free_slots(db, reception, counsellor, MONDAY, 45)
    times = [slot.astimezone(LOCAL_ZONE).strftime("%H:%M") for slot in slots]
    assert times[0] == "08:30" and "09:15" in times
    assert "09:30" not in times and "10:30" not in times and "11:00" in times
    assert times[-1] == "15:45"
    assert appointments.free_slots(db, reception, counsellor, date(2026, 11, 22), 45) == []


def test_unknown_codes_and_inactive_counsellors_are_refused(db, setup, staff) -> None:
    reception, first, _second, counsellor = setup
    with pytest.raises(ValidationError) as caught:
        appointments.book(db, reception, client_id=first, counsellor_id=counsellor,
                          kind="party", place="moon", starts_at=at(MONDAY, 9), minutes=5)
    assert {e.field for e in caught.value.errors} == {"kind", "place", "minutes"}
    from cjeapp.core.staff import accounts

    accounts.set_staff_active(db, staff["administrator"], counsellor, False)
    with pytest.raises(ValidationError) as caught:
        _book(db, reception, first, counsellor, at(MONDAY, 9))
    assert caught.value.errors[0].field == "counsellor_id"


def test_ics_export_names_people_by_initial_only(db, setup) -> None:
    reception, first, second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    cancelled = _book(db, reception, second, counsellor, at(MONDAY, 11))
    appointments.cancel(db, reception, cancelled.id, "Reporté")
    data = exports.counsellor_ics(db, reception, counsellor, MONDAY, 7)
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["summary"]).endswith("Hélène C.")
    assert events[0].decoded("dtstart") == at(MONDAY, 9)


def test_day_sheet_pdf_lists_the_day(db, setup) -> None:
    reception, first, second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    _book(db, reception, second, counsellor, at(MONDAY + timedelta(days=1), 9))
    pdf = exports.day_sheet_pdf(db, reception, counsellor, MONDAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Hélène Côté" in text and "Omar Tazi" not in text
    assert "Test counsellor" in text
