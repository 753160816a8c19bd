"""Appointments: booking within opening hours, no double booking, reschedule, cancel,
attended or no-show, free slots and the agenda of a day."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.calendar.office_hours import opening_hours
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.db.locks import one_at_a_time
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.ids import UserId
from cjeapp.core.locale_format import format_time
from cjeapp.core.models import Appointment
from cjeapp.core.models import Client
from cjeapp.core.models import User
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import UnitOfWork
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

BOOKED, ATTENDED, NO_SHOW, CANCELLED = "booked", "attended", "no_show", "cancelled"
ACTIVE = (BOOKED, ATTENDED)
SLOT_STEP = timedelta(minutes=15)


@dataclass(frozen=True)
class AppointmentRow:
    id: str
    client_id: ClientId
    first_name: str
    last_name: str
    counsellor_id: UserId
    counsellor_name: str
    kind: str
    place: str
    starts_at: datetime
    ends_at: datetime
    status: str
    cancel_reason: str | None
    notes: str | None
    version: int
    updated_at: datetime | None = None
    phone: str | None = None  # the person's, for the day sheet (never in an .ics)
    changed_by: str = ""  # who booked it or last changed it (a double booking's decision)

    @property
    def client_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_ZONE)


def _check_slot(db: Database, session: Session, *, counsellor_id: UserId, office_id: str | None,
                starts_at: datetime, ends_at: datetime, ignore_id: str | None = None) -> None:
    # On the server, two seats booking this counsellor wait for each other here: the
    # check below and the booking after it are one step (no double booking).
    one_at_a_time(session, f"agenda of {counsellor_id}")
    local_start, local_end = _local(starts_at), _local(ends_at)
    hours = opening_hours(db, office_id, local_start.date())
    if hours is None:
        raise ValidationError([FieldError("starts_at", msg(N_(
            "The office is closed that day; choose a business day.")))])
    if (local_start.time() < hours[0] or local_end.time() > hours[1]
            or local_end.date() != local_start.date()):
        raise ValidationError([FieldError("starts_at", msg(N_(
            "Choose a time within opening hours ({open} to {close})."),
            open=format_time(datetime.combine(local_start.date(), hours[0], LOCAL_ZONE)),
            close=format_time(datetime.combine(local_start.date(), hours[1], LOCAL_ZONE))))])
    query = (select(Appointment, Client.first_name, Client.last_name)
             .join(Client, Client.id == Appointment.client_id)
             .where(Appointment.counsellor_id == counsellor_id,
                    Appointment.status.in_(ACTIVE), Appointment.deleted_at.is_(None),
                    Appointment.starts_at < ends_at, Appointment.ends_at > starts_at))
    if ignore_id:
        query = query.where(Appointment.id != ignore_id)
    clash = session.execute(query.limit(1)).first()
    if clash is not None:
        other, first, last = clash
        counsellor = session.get(User, counsellor_id)
        raise ValidationError([FieldError("starts_at", msg(N_(
            "{counsellor} already has an appointment from {start} to {end} ({person}). "
            "Choose another time."),
            counsellor=counsellor.full_name if counsellor else "",
            start=format_time(other.starts_at), end=format_time(other.ends_at),
            person=f"{first} {last}"))])


def _validate(kind: str, place: str, starts_at: datetime, minutes: int) -> None:
    check = Validator()
    check.code("kind", kind, "appointment_kinds", required=True)
    check.code("place", place, "appointment_places", required=True)
    if starts_at.tzinfo is None:
        raise ValueError("appointment times must be timezone-aware")
    if not 10 <= minutes <= 480:
        check.fail("minutes", N_("An appointment lasts from 10 minutes to 8 hours."))
    if starts_at < clock.now() - timedelta(minutes=5):
        check.fail("starts_at", N_("An appointment cannot be booked in the past."))
    check.raise_if_any()


def _counsellor(session: Session, counsellor_id: UserId) -> User:
    user = session.get(User, counsellor_id)
    if user is None or not user.active or user.deleted_at is not None:
        raise ValidationError([FieldError("counsellor_id", msg(N_(
            "Choose an active counsellor.")))])
    return user


def book(db: Database, actor: Actor, *, client_id: ClientId, counsellor_id: UserId, kind: str,
         place: str, starts_at: datetime, minutes: int, office_id: str | None = None,
         notes: str | None = None) -> AppointmentRow:
    actor.require(Permission.APPOINTMENT_WRITE)
    _validate(kind, place, starts_at, minutes)
    ends_at = starts_at + timedelta(minutes=minutes)
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        _counsellor(uow.session, counsellor_id)
        office = office_id or actor.office_id
        _check_slot(db, uow.session, counsellor_id=counsellor_id, office_id=office,
                    starts_at=starts_at, ends_at=ends_at)
        appointment = uow.add(Appointment(
            client_id=client_id, counsellor_id=counsellor_id, office_id=office, kind=kind,
            place=place, starts_at=starts_at, ends_at=ends_at, status=BOOKED,
            notes=(notes or "").strip() or None))
        return _row_of(uow, appointment)


def reschedule(db: Database, actor: Actor, appointment_id: str, *, starts_at: datetime,
               minutes: int | None = None, counsellor_id: UserId | None = None,
               expected_version: int | None = None) -> AppointmentRow:
    actor.require(Permission.APPOINTMENT_WRITE)
    with unit_of_work(db, actor) as uow:
        appointment = uow.get(Appointment, appointment_id, what="appointment")
        if appointment.status != BOOKED:
            raise CjeError(msg(N_("Only a booked appointment can be moved.")))
        length = minutes or int((appointment.ends_at - appointment.starts_at).total_seconds()
                                // 60)
        _validate(appointment.kind, appointment.place, starts_at, length)
        who = counsellor_id or appointment.counsellor_id
        _counsellor(uow.session, who)
        ends_at = starts_at + timedelta(minutes=length)
        _check_slot(db, uow.session, counsellor_id=who, office_id=appointment.office_id,
                    starts_at=starts_at, ends_at=ends_at, ignore_id=appointment.id)
        uow.change(appointment, {"starts_at": starts_at, "ends_at": ends_at,
                                 "counsellor_id": who}, expected_version=expected_version)
        return _row_of(uow, appointment)


def cancel(db: Database, actor: Actor, appointment_id: str, reason: str) -> AppointmentRow:
    actor.require(Permission.APPOINTMENT_WRITE)
    check = Validator()
    text = check.text("cancel_reason", reason, required=True, max_length=300)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        appointment = uow.get(Appointment, appointment_id, what="appointment")
        if appointment.status != BOOKED:
            raise CjeError(msg(N_("Only a booked appointment can be cancelled.")))
        uow.change(appointment, {"status": CANCELLED, "cancel_reason": text})
        return _row_of(uow, appointment)


def mark(db: Database, actor: Actor, appointment_id: str, status: str) -> AppointmentRow:
    """Mark a booked appointment attended or no-show (once it has started)."""
    actor.require(Permission.APPOINTMENT_WRITE)
    if status not in (ATTENDED, NO_SHOW):
        raise ValueError(status)
    with unit_of_work(db, actor) as uow:
        appointment = uow.get(Appointment, appointment_id, what="appointment")
        if appointment.status != BOOKED:
            raise CjeError(msg(N_("Only a booked appointment can be marked.")))
        if appointment.starts_at > clock.now():
            raise CjeError(msg(N_("An appointment can be marked only once it has started.")))
        uow.change(appointment, {"status": status})
        return _row_of(uow, appointment)


def agenda(db: Database, actor: Actor, first_day: date, days: int = 1,
           counsellor_id: UserId | None = None, office_id: str | None = None
           ) -> list[AppointmentRow]:
    """Appointments from ``first_day`` for ``days`` days, by start time."""
    actor.require(Permission.CLIENT_READ)
    start = datetime.combine(first_day, time(0, 0), LOCAL_ZONE)
    end = start + timedelta(days=days)
    counsellor = User.__table__.alias("counsellor")
    query = (select(Appointment, Client.first_name, Client.last_name, counsellor.c.full_name,
                    Client.phone)
             .join(Client, Client.id == Appointment.client_id)
             .join(counsellor, counsellor.c.id == Appointment.counsellor_id)
             .where(Appointment.deleted_at.is_(None), Appointment.starts_at >= start,
                    Appointment.starts_at < end)
             .order_by(Appointment.starts_at, counsellor.c.full_name))
    if counsellor_id:
        query = query.where(Appointment.counsellor_id == counsellor_id)
    if office_id:
        query = query.where(Appointment.office_id == office_id)
    with db.read_session() as session:
        return [to_row(appointment, first, last, name, phone)
                for appointment, first, last, name, phone in session.execute(query)]


def appointments_by_id(db: Database, actor: Actor, ids: list[str]) -> list[AppointmentRow]:
    """These appointments (a double booking's pair), in the order asked, each with who
    booked or last changed it."""
    actor.require(Permission.CLIENT_READ)
    counsellor = User.__table__.alias("counsellor")
    author = User.__table__.alias("author")
    with db.read_session() as session:
        found = {appointment.id: replace(to_row(appointment, first, last, name, phone),
                                          changed_by=changed_by or "")
                 for appointment, first, last, name, phone, changed_by in session.execute(
                     select(Appointment, Client.first_name, Client.last_name,
                            counsellor.c.full_name, Client.phone, author.c.full_name)
                     .join(Client, Client.id == Appointment.client_id)
                     .join(counsellor, counsellor.c.id == Appointment.counsellor_id)
                     .outerjoin(author, author.c.id == Appointment.updated_by)
                     .where(Appointment.id.in_(ids), Appointment.deleted_at.is_(None)))}
    return [found[ident] for ident in ids if ident in found]


def free_slots(db: Database, actor: Actor, counsellor_id: UserId, day: date, minutes: int,
               office_id: str | None = None) -> list[datetime]:
    """Start times (every 15 minutes) when the counsellor is free for ``minutes``."""
    actor.require(Permission.APPOINTMENT_WRITE)
    hours = opening_hours(db, office_id or actor.office_id, day)
    if hours is None:
        return []
    busy = [(row.starts_at, row.ends_at) for row in
            agenda(db, actor, day, 1, counsellor_id) if row.status in ACTIVE]
    length = timedelta(minutes=minutes)
    slot = datetime.combine(day, hours[0], LOCAL_ZONE)
    close = datetime.combine(day, hours[1], LOCAL_ZONE)
    earliest = clock.now()
    slots = []
    while slot + length <= close:
        if slot >= earliest and all(slot + length <= s or slot >= e for s, e in busy):
            slots.append(slot)
        slot += SLOT_STEP
    return slots


def to_row(appointment: Appointment, first_name: str, last_name: str,
           counsellor_name: str, phone: str | None = None) -> AppointmentRow:
    return AppointmentRow(
        id=appointment.id, client_id=appointment.client_id, first_name=first_name,
        last_name=last_name,
        counsellor_id=appointment.counsellor_id, counsellor_name=counsellor_name,
        kind=appointment.kind, place=appointment.place, starts_at=appointment.starts_at,
        ends_at=appointment.ends_at, status=appointment.status,
        cancel_reason=appointment.cancel_reason, notes=appointment.notes,
        version=appointment.version, updated_at=appointment.updated_at, phone=phone)


def _row_of(uow: UnitOfWork, appointment: Appointment) -> AppointmentRow:
    client = uow.session.get(Client, appointment.client_id)
    counsellor = uow.session.get(User, appointment.counsellor_id)
    if not (client is not None and counsellor is not None):
        raise Inconsistent("client is not None and counsellor is not None")
    return to_row(appointment, client.first_name, client.last_name, counsellor.full_name,
                  client.phone)
