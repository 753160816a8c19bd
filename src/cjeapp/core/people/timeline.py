"""Everything that happened with a person, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.agenda.appointments import AppointmentRow, to_row
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_, Message, msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import (
    Appointment,
    IssuedDocument,
    Partner,
    Referral,
    Request,
    ServiceRecord,
    User,
    Visit,
)
from cjeapp.core.permissions import Actor, Permission


class TimelineKind(StrEnum):
    VISIT = "visit"
    APPOINTMENT = "appointment"
    SERVICE = "service"
    REFERRAL = "referral"
    REQUEST = "request"
    DOCUMENT = "document"


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: TimelineKind
    summary: Message
    all_day: bool = False


def _day(value: date) -> datetime:
    return datetime.combine(value, time(12, 0), LOCAL_ZONE).astimezone(UTC)


T = TypeVar("T", Visit, Appointment, ServiceRecord, Request, IssuedDocument)


def _of_client(session: Session, model: type[T], client_id: ClientId) -> Sequence[T]:
    return session.scalars(select(model).where(model.client_id == client_id,
                                               model.deleted_at.is_(None))).all()


def client_timeline(db: Database, actor: Actor, client_id: ClientId) -> list[TimelineEntry]:
    """What happened with the person, newest first. Services, referrals and documents other
    than the collection notice are case content: only those doing case work see them."""
    actor.require(Permission.CLIENT_READ)
    casework = actor.can(Permission.CASEWORK_WRITE)
    entries: list[TimelineEntry] = []
    with db.read_session() as session:
        for visit in _of_client(session, Visit, client_id):
            entries.append(TimelineEntry(visit.arrived_at, TimelineKind.VISIT, msg(
                N_("Walk-in visit: {reason}"), reason=visit.reason)))
        for appointment in _of_client(session, Appointment, client_id):
            entries.append(TimelineEntry(appointment.starts_at, TimelineKind.APPOINTMENT, msg(
                N_("Appointment ({kind}) — {status}"),
                kind=codelist("appointment_kinds").label(appointment.kind),
                status=msg(_APPOINTMENT_STATUS.get(appointment.status, appointment.status)))))
        for service in _of_client(session, ServiceRecord, client_id) if casework else ():
            entries.append(TimelineEntry(_day(service.delivered_on), TimelineKind.SERVICE, msg(
                N_("Service: {type} ({minutes} min)"),
                type=codelist("service_types").label(service.service_type),
                minutes=service.duration_minutes), all_day=True))
        referrals = session.execute(
            select(Referral, Partner.name).join(Partner, Partner.id == Referral.partner_id)
            .where(Referral.client_id == client_id, Referral.deleted_at.is_(None))
        ).all() if casework else []
        for referral, partner in referrals:
            entries.append(TimelineEntry(_day(referral.referred_on), TimelineKind.REFERRAL, msg(
                N_("Referral to {partner} — {outcome}"), partner=partner,
                outcome=codelist("referral_outcomes").label(referral.outcome)), all_day=True))
        for request in _of_client(session, Request, client_id):
            entries.append(TimelineEntry(request.received_at, TimelineKind.REQUEST, msg(
                N_("Request: {subject}"), subject=request.subject)))
        for document in _of_client(session, IssuedDocument, client_id):
            if not casework and document.kind != "collection_notice":
                continue
            entries.append(TimelineEntry(document.issued_at, TimelineKind.DOCUMENT, msg(
                N_("Document {number}: {kind}"), number=document.number,
                kind=codelist("document_kinds").label(document.kind))))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


_APPOINTMENT_STATUS = {
    "booked": N_("booked"), "attended": N_("attended"), "no_show": N_("no-show"),
    "cancelled": N_("cancelled"),
}


def client_appointments(db: Database, actor: Actor, client_id: ClientId) -> list[AppointmentRow]:
    """The person's appointments, newest first."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        rows = session.execute(
            select(Appointment, User.full_name).join(User, User.id == Appointment.counsellor_id)
            .where(Appointment.client_id == client_id, Appointment.deleted_at.is_(None))
            .order_by(Appointment.starts_at.desc()))
        return [to_row(appointment, "", name) for appointment, name in rows]


def client_requests(db: Database, actor: Actor, client_id: ClientId) -> list[Request]:
    """The person's requests, newest first."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(select(Request).where(
            Request.client_id == client_id, Request.deleted_at.is_(None))
            .order_by(Request.received_at.desc())))
