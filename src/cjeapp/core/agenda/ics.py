"""A counsellor's agenda as an ``.ics`` file (the ``icalendar`` package) for a phone.

Privacy (Law 25): the file leaves the office, so it names the person by first name and the
initial of the last name only, and carries no phone number or note.

RFC 5545: every event has its DTSTAMP (the appointment's last change, so the same agenda
gives the same bytes), times are in America/Toronto with the VTIMEZONE that defines it, and
a cancelled appointment stays in the file as STATUS:CANCELLED with a higher SEQUENCE (its
version), so a phone that imported it before removes it on the next import.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from datetime import timedelta

from icalendar import Calendar
from icalendar import Event
from icalendar import Timezone
from icalendar import TimezoneDaylight
from icalendar import TimezoneStandard

from cjeapp.core.agenda.appointments import CANCELLED
from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist


def short_name(first_name: str, last_name: str) -> str:
    """"Imane E." for Imane El Amrani: the first name and one initial, never more."""
    initial = last_name.strip()[:1].upper()
    return " ".join(part for part in (first_name.strip(), f"{initial}." if initial else "")
                    if part)


def agenda_ics(rows: Iterable[AppointmentRow], calendar_name: str, language: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//cjeapp//agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", str(LOCAL_ZONE))
    for row in rows:
        event = Event()
        event.add("uid", f"{row.id}@cjeapp")
        event.add("dtstamp", row.updated_at or row.starts_at)
        event.add("dtstart", row.starts_at.astimezone(LOCAL_ZONE))
        event.add("dtend", row.ends_at.astimezone(LOCAL_ZONE))
        kind = codelist("appointment_kinds").label(row.kind, language)
        event.add("summary", f"{kind} — {short_name(row.first_name, row.last_name)}")
        event.add("location", codelist("appointment_places").label(row.place, language))
        event.add("status", "CANCELLED" if row.status == CANCELLED else "CONFIRMED")
        event.add("sequence", row.version)
        calendar.add_component(event)
    calendar.add_component(_toronto())
    return bytes(calendar.to_ical())


def _toronto() -> Timezone:
    """America/Toronto (Quebec's time) by its rule since 2007: daylight time from the
    second Sunday of March to the first Sunday of November. Written as the two yearly
    rules, not the list of dates icalendar derives from the tz database (which stops in
    2038 and runs to a hundred lines)."""
    zone = Timezone()
    zone.add("tzid", str(LOCAL_ZONE))
    for kind, name, start, before, after, rule in (
            (TimezoneStandard, "EST", datetime(2007, 11, 4, 2), "-0400", "-0500",
             {"freq": "yearly", "bymonth": 11, "byday": "1SU"}),
            (TimezoneDaylight, "EDT", datetime(2007, 3, 11, 2), "-0500", "-0400",
             {"freq": "yearly", "bymonth": 3, "byday": "2SU"})):
        part = kind()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", _offset(before))
        part.add("tzoffsetto", _offset(after))
        part.add("rrule", rule)
        zone.add_component(part)
    return zone


def _offset(text: str) -> timedelta:
    sign = -1 if text[0] == "-" else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:]))
