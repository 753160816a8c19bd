"""Booking rules, rescheduling, cancelling, attendance, free slots and exports."""

from __future__ import annotations

import io
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from cjeapp.core import clock
from cjeapp.core.agenda import appointments
from cjeapp.core.agenda import exports
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import ValidationError
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
    reception, first, _second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    for given, family, hour in (("Imane", "El Amrani", 13), ("Maria Cristina", "Dela Cruz", 14)):
        person = clients.create_client(db, reception, ClientForm(first_name=given,
                                                                 last_name=family)).id
        _book(db, reception, person, counsellor, at(MONDAY, hour))
    events = Calendar.from_ical(exports.counsellor_ics(db, reception, counsellor, MONDAY, 7)
                                ).walk("VEVENT")
    names = [str(event["summary"]).split(" — ")[1] for event in events]
    assert names == ["Hélène C.", "Imane E.", "Maria Cristina D."]
    assert events[0].decoded("dtstart") == at(MONDAY, 9)


def test_ics_follows_rfc_5545_and_sends_cancellations(db, setup) -> None:
    """Read back by a second library (vobject): DTSTAMP on every event, the VTIMEZONE its
    times refer to, and a cancelled appointment sent as CANCELLED with a higher SEQUENCE."""
    import vobject

    reception, first, second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    moved = _book(db, reception, second, counsellor, at(MONDAY, 11))
    before = vobject.readOne(exports.counsellor_ics(db, reception, counsellor, MONDAY, 7)
                             .decode())
    appointments.cancel(db, reception, moved.id, "Reporté")
    data = exports.counsellor_ics(db, reception, counsellor, MONDAY, 7)
    assert data == exports.counsellor_ics(db, reception, counsellor, MONDAY, 7)
    after = vobject.readOne(data.decode())
    assert after.vtimezone.tzid.value == "America/Toronto"
    events = {event.uid.value: event for event in after.vevent_list}
    old = {event.uid.value: event for event in before.vevent_list}
    assert len(events) == 2
    for event in events.values():
        assert event.dtstamp.value.utcoffset() == timedelta(0)
        start = event.dtstart.value
        assert start.utcoffset() == start.astimezone(LOCAL_ZONE).utcoffset()
    cancelled = events[f"{moved.id}@cjeapp"]
    assert cancelled.status.value == "CANCELLED"
    assert int(cancelled.sequence.value) > int(old[f"{moved.id}@cjeapp"].sequence.value)
    assert old[f"{moved.id}@cjeapp"].status.value == "CONFIRMED"
    assert data.count(b"BEGIN:VEVENT") == 2 and b"DTSTART;TZID=America/Toronto:2026" in data
    summer = exports.counsellor_ics(db, reception, counsellor, date(2027, 7, 5), 7)
    assert vobject.readOne(summer.decode()).vtimezone.tzid.value == "America/Toronto"


@pytest.mark.sqlite_file("the command's --db takes a file, not yet a server's URL")
def test_agenda_ics_command(db, setup, tmp_path, monkeypatch, capsys) -> None:
    from cjeapp.cli import main

    reception, first, _second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    db.close()
    monkeypatch.setenv("CJEAPP_PASSWORD", "reception-password")
    base = ["--lang", "fr", "agenda-ics", "--db", str(db.path), "--user", "reception",
            "--from", MONDAY.isoformat(), "--days", "7", "--out", str(tmp_path / "a.ics")]
    assert main([*base, "--counsellor", "counsellor"]) == 0
    assert "1 rendez-vous écrit" in capsys.readouterr().out
    event = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")[0]
    assert str(event["summary"]).endswith("Hélène C.")
    assert main([*base, "--counsellor", "personne"]) == 1
    assert "personne" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*base, "--counsellor", "counsellor", "--days", "0"])


def test_day_sheet_pdf_lists_the_day(db, setup) -> None:
    reception, first, second, counsellor = setup
    _book(db, reception, first, counsellor, at(MONDAY, 9))
    _book(db, reception, second, counsellor, at(MONDAY + timedelta(days=1), 9))
    pdf = exports.day_sheet_pdf(db, reception, counsellor, MONDAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Hélène Côté" in text and "Omar Tazi" not in text
    assert "Test counsellor" in text


def test_day_sheet_columns_fit_their_content_and_show_the_phone(db, setup) -> None:
    """Times and places never break mid-word; the person's phone is under the name."""
    reception, _first, _second, counsellor = setup
    set_language("fr")
    person = clients.create_client(db, reception, ClientForm(
        first_name="Maria Cristina", last_name="Dela Cruz", phone="418 335-0802")).id
    appointments.book(db, reception, client_id=person, counsellor_id=counsellor,
                      kind="follow_up", place="video", starts_at=at(MONDAY, 8, 30), minutes=45)
    pdf = exports.day_sheet_pdf(db, reception, counsellor, MONDAY)
    reader = PdfReader(io.BytesIO(pdf))
    lines = [line.replace("\u00a0", " ").replace("\u2011", "-")
             for line in reader.pages[0].extract_text().splitlines()]
    assert "08 h 30 – 09 h 15" in lines and "Vidéoconférence" in lines  # each on one line
    assert "418 335-0802" in lines
    assert str(reader.metadata.get("/CreationDate")).startswith("D:20261123")
