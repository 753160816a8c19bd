"""Tomorrow's reminders: the next working day's appointments, with what the desk needs to
call or text each person (phone, language, interpreter), ticked as called; beside them, the
missed appointments of the last month, which the reminders are there to prevent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import timedelta

from sqlalchemy import or_
from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.agenda.appointments import BOOKED
from cjeapp.core.agenda.appointments import NO_SHOW
from cjeapp.core.calendar.deadlines import organization_calendar
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import gettext
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_date
from cjeapp.core.locale_format import format_number
from cjeapp.core.locale_format import format_time
from cjeapp.core.locale_format import language_name
from cjeapp.core.models import Appointment
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.models import User
from cjeapp.core.org import organization
from cjeapp.core.people.language_to_speak import language_to_speak
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.typography import unbroken
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.writers.spreadsheets import workbook_bytes
from cjeapp.core.writers.tables import table_pdf

LOOK_BACK = timedelta(days=30)  # "the last month" of missed appointments


@dataclass(frozen=True)
class ReminderRow:
    appointment_id: str
    client_id: ClientId
    person: str
    starts_at: datetime
    counsellor: str
    phone: str | None
    email: str | None
    language: str  # ISO 639 code of the language to speak to them in
    interpreter: str | None  # ISO 639 code of the interpreter's language, when one is needed
    reminded_at: datetime | None
    version: int


@dataclass(frozen=True)
class MissedRow:
    client_id: ClientId
    person: str
    starts_at: datetime
    counsellor: str
    phone: str | None


@dataclass(frozen=True)
class Reminders:
    day: date
    rows: list[ReminderRow]
    missed: list[MissedRow]  # no-shows of the last month, the latest first
    held: int  # appointments of the last month that were kept or missed

    @property
    def called(self) -> int:
        return sum(1 for row in self.rows if row.reminded_at is not None)


def next_working_day(db: Database) -> date:
    """The first day after today that the organization is open."""
    return organization_calendar(db).next_business_day(clock.today() + timedelta(days=1))


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, datetime.min.time(), LOCAL_ZONE)
    return start, datetime.combine(day + timedelta(days=1), datetime.min.time(), LOCAL_ZONE)


def reminders(db: Database, actor: Actor, day: date | None = None,
              office_id: str | None = None) -> Reminders:
    """The appointments still booked on ``day`` (the next working day by default), for one
    office or all, by time; and the missed appointments of the 30 days before today."""
    actor.require(Permission.APPOINTMENT_WRITE)
    day = day or next_working_day(db)
    start, end = _bounds(day)
    looked_from = _bounds(clock.today() - LOOK_BACK)[0]
    today = _bounds(clock.today())[0]
    with db.read_session() as session:
        query = (select(Appointment, Client, User.full_name)
                 .join(Client, Client.id == Appointment.client_id)
                 .join(User, User.id == Appointment.counsellor_id)
                 .where(Appointment.starts_at >= start, Appointment.starts_at < end,
                        Appointment.status == BOOKED, Appointment.deleted_at.is_(None),
                        Client.deleted_at.is_(None))
                 .order_by(Appointment.starts_at, Client.sort_key))
        if office_id:  # an appointment booked for no office in particular is everyone's
            query = query.where(or_(Appointment.office_id == office_id,
                                    Appointment.office_id.is_(None)))
        found = session.execute(query).all()
        spoken: dict[str, list[ClientLanguage]] = {}
        for language in session.scalars(select(ClientLanguage).where(
                ClientLanguage.client_id.in_([client.id for _a, client, _n in found]),
                ClientLanguage.deleted_at.is_(None))):
            spoken.setdefault(language.client_id, []).append(language)
        rows = [ReminderRow(
            appointment.id, client.id, f"{client.first_name} {client.last_name}".strip(),
            appointment.starts_at, counsellor, client.phone, client.email,
            language_to_speak(client, spoken.get(client.id, [])),
            client.interpreter_language if client.interpreter_needed else None,
            appointment.reminded_at, appointment.version)
            for appointment, client, counsellor in found]
        past = (select(Appointment, Client, User.full_name)
                .join(Client, Client.id == Appointment.client_id)
                .join(User, User.id == Appointment.counsellor_id)
                .where(Appointment.starts_at >= looked_from, Appointment.starts_at < today,
                       Appointment.status.in_((NO_SHOW, "attended")),
                       Appointment.deleted_at.is_(None), Client.deleted_at.is_(None))
                .order_by(Appointment.starts_at.desc()))
        if office_id:
            past = past.where(or_(Appointment.office_id == office_id,
                                  Appointment.office_id.is_(None)))
        held = session.execute(past).all()
        missed = [MissedRow(client.id, f"{client.first_name} {client.last_name}".strip(),
                            appointment.starts_at, counsellor, client.phone)
                  for appointment, client, counsellor in held if appointment.status == NO_SHOW]
    return Reminders(day, rows, missed, len(held))


def mark_called(db: Database, actor: Actor, appointment_id: str, called: bool = True) -> None:
    """Tick (or untick) an appointment as called about; only one still to come."""
    actor.require(Permission.APPOINTMENT_WRITE)
    with unit_of_work(db, actor) as uow:
        appointment = uow.get(Appointment, appointment_id, what="appointment")
        if appointment.status != BOOKED or appointment.starts_at <= clock.now():
            raise CjeError(msg(N_("This appointment is no longer booked (cancelled or "
                                  "already over): there is nothing to remind.")))
        wanted = clock.now() if called else None
        if (appointment.reminded_at is None) != (wanted is None):
            uow.change(appointment, {"reminded_at": wanted})


def _table(found: Reminders, language: str) -> tuple[list[str], list[list[str]]]:
    def t(text: str) -> str:
        return gettext(text, language)

    header = [t(N_("Time")), t(N_("Person")), t(N_("Phone")), t(N_("Language")),
              t(N_("Interpreter")), t(N_("Counsellor")), t(N_("Called"))]
    rows = [[format_time(row.starts_at, language), row.person,
             unbroken(row.phone or "") or row.email or "",
             language_name(row.language, language),
             language_name(row.interpreter, language) if row.interpreter else t(N_("no")),
             row.counsellor, t(N_("yes")) if row.reminded_at else ""] for row in found.rows]
    return header, rows


def _title(found: Reminders, language: str) -> str:
    return gettext(N_("Reminders for {day}"), language).format(
        day=format_date(found.day, language, style="full"))


def reminders_pdf(db: Database, actor: Actor, day: date | None = None,
                  office_id: str | None = None, language: str | None = None) -> bytes:
    """The list to call from, on paper (logged: it names people and their numbers)."""
    from cjeapp.core.i18n import current_language

    language = language or current_language()
    found = reminders(db, actor, day, office_id)
    header, rows = _table(found, language)
    missed = gettext(N_("Missed appointments in the last 30 days: {missed} of {held}."),
                     language).format(missed=format_number(len(found.missed), language),
                                      held=format_number(found.held, language))
    pdf = table_pdf(organization=organization.organization_name(db),
                    title=_title(found, language), subtitle=missed, header=header, rows=rows,
                    widths_cm=[1.6, 3.4, 4.4, 2.0, 2.0, 3.2, 1.6], language=language)
    _log(db, actor, found, "print")
    return pdf


def reminders_xlsx(db: Database, actor: Actor, day: date | None = None,
                   office_id: str | None = None, language: str | None = None) -> bytes:
    """The same list as a spreadsheet (logged)."""
    from cjeapp.core.i18n import current_language

    language = language or current_language()
    found = reminders(db, actor, day, office_id)
    header, rows = _table(found, language)
    data = workbook_bytes(gettext(N_("Reminders"), language), header, rows)
    _log(db, actor, found, "export")
    return data


def _log(db: Database, actor: Actor, found: Reminders, action: str) -> None:
    with unit_of_work(db, actor) as uow:
        uow.audit(action, "appointments", None,
                  {"document": "reminders", "day": found.day.isoformat(),
                   "rows": len(found.rows)})
