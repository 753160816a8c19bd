"""A counsellor's agenda as an ``.ics`` file (the ``icalendar`` package) for a phone.

Privacy (Law 25): the file leaves the office, so it names the person by first name and
initial only, and carries no phone number or note.
"""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import Calendar, Event

from cjeapp.core.agenda.appointments import CANCELLED, AppointmentRow
from cjeapp.core.codelists import codelist


def short_name(full_name: str) -> str:
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return f"{' '.join(parts[:-1])} {parts[-1][0]}."


def agenda_ics(rows: Iterable[AppointmentRow], calendar_name: str, language: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//cjeapp//agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", calendar_name)
    for row in rows:
        if row.status == CANCELLED:
            continue
        event = Event()
        event.add("uid", f"{row.id}@cjeapp")
        event.add("dtstart", row.starts_at)
        event.add("dtend", row.ends_at)
        kind = codelist("appointment_kinds").label(row.kind, language)
        event.add("summary", f"{kind} — {short_name(row.client_name)}")
        event.add("location", codelist("appointment_places").label(row.place, language))
        event.add("sequence", row.version)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
