"""Everything that happened with a person, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core.agenda.appointments import AppointmentRow
from cjeapp.core.agenda.appointments import to_row
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import Message
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import ActionPlan
from cjeapp.core.models import Activity
from cjeapp.core.models import Appointment
from cjeapp.core.models import ConfidentialNote
from cjeapp.core.models import Consent
from cjeapp.core.models import Enrolment
from cjeapp.core.models import HousingRequest
from cjeapp.core.models import HousingStep
from cjeapp.core.models import IssuedDocument
from cjeapp.core.models import NeedsAssessment
from cjeapp.core.models import Partner
from cjeapp.core.models import PlanChange
from cjeapp.core.models import Referral
from cjeapp.core.models import Request
from cjeapp.core.models import ServiceRecord
from cjeapp.core.models import TransportRequest
from cjeapp.core.models import User
from cjeapp.core.models import Visit
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission


class TimelineKind(StrEnum):
    VISIT = "visit"
    APPOINTMENT = "appointment"
    SERVICE = "service"
    REFERRAL = "referral"
    REQUEST = "request"
    DOCUMENT = "document"
    CONSENT = "consent"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    TRANSPORT = "transport"
    HOUSING = "housing"
    ACTIVITY = "activity"
    NOTE = "note"


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: TimelineKind
    summary: Message
    all_day: bool = False


class CodeLabel(Message):
    """A code's label, in the reader's language when shown (``msgid`` names the list):
    the English reader reads « Transport approved », not the French label of the day the
    row was read."""

    def render(self, language: str | None = None) -> str:
        return codelist(self.msgid).label(self.params.get("code"), language)


def label(list_name: str, code: str | None) -> CodeLabel:
    return CodeLabel(list_name, {"code": code})


def _day(value: date) -> datetime:
    return datetime.combine(value, time(12, 0), LOCAL_ZONE).astimezone(UTC)


T = TypeVar("T", Visit, Appointment, ServiceRecord, Request, IssuedDocument, Consent,
            NeedsAssessment, TransportRequest, ConfidentialNote)


def _of_client(session: Session, model: type[T], client_id: ClientId) -> Sequence[T]:
    return session.scalars(select(model).where(model.client_id == client_id,
                                               model.deleted_at.is_(None))).all()


def client_timeline(db: Database, actor: Actor, client_id: ClientId) -> list[TimelineEntry]:
    """What happened with the person, newest first, as far as the role may see it.

    Everyone who reads files sees visits, appointments, requests, consents and the
    collection notice. Case content (assessment, plan, services, referrals, transport,
    housing, activities, other documents) is for those doing case work; that a confidential
    note was written (never its text) for those who may read the notes."""
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
                kind=label("appointment_kinds", appointment.kind),
                status=msg(_APPOINTMENT_STATUS.get(appointment.status, appointment.status)))))
        for service in _of_client(session, ServiceRecord, client_id) if casework else ():
            entries.append(TimelineEntry(_day(service.delivered_on), TimelineKind.SERVICE, msg(
                N_("Service: {type} ({minutes} min)"),
                type=label("service_types", service.service_type),
                minutes=service.duration_minutes), all_day=True))
        referrals = session.execute(
            select(Referral, Partner.name).join(Partner, Partner.id == Referral.partner_id)
            .where(Referral.client_id == client_id, Referral.deleted_at.is_(None))
        ).all() if casework else []
        for referral, partner in referrals:
            entries.append(TimelineEntry(_day(referral.referred_on), TimelineKind.REFERRAL, msg(
                N_("Referral to {partner} — {outcome}"), partner=partner,
                outcome=label("referral_outcomes", referral.outcome)), all_day=True))
        for request in _of_client(session, Request, client_id):
            entries.append(TimelineEntry(request.received_at, TimelineKind.REQUEST, msg(
                N_("Request: {subject}"), subject=request.subject)))
        for document in _of_client(session, IssuedDocument, client_id):
            if not casework and document.kind != "collection_notice":
                continue
            entries.append(TimelineEntry(document.issued_at, TimelineKind.DOCUMENT, msg(
                N_("Document {number}: {kind}"), number=document.number,
                kind=label("document_kinds", document.kind))))
        entries.extend(_consents(session, client_id))
        if casework:
            entries.extend(_case_content(session, client_id))
        if actor.can(Permission.CONFIDENTIAL_READ):
            for note in _of_client(session, ConfidentialNote, client_id):
                entries.append(TimelineEntry(note.created_at, TimelineKind.NOTE, msg(N_(
                    "Confidential note written (read it under Confidential notes)"))))
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries


def _consents(session: Session, client_id: ClientId) -> list[TimelineEntry]:
    entries = []
    for consent in _of_client(session, Consent, client_id):
        purpose = label("consent_purposes", consent.purpose)
        entries.append(TimelineEntry(_day(consent.given_on), TimelineKind.CONSENT, msg(
            N_("Consent given: {purpose}"), purpose=purpose), all_day=True))
        if consent.withdrawn_on is not None:
            entries.append(TimelineEntry(_day(consent.withdrawn_on), TimelineKind.CONSENT, msg(
                N_("Consent withdrawn: {purpose}"), purpose=purpose), all_day=True))
    return entries


def _case_content(session: Session, client_id: ClientId) -> list[TimelineEntry]:
    entries = [TimelineEntry(_day(assessment.assessed_on), TimelineKind.ASSESSMENT,
                             msg(N_("Needs assessment")), all_day=True)
               for assessment in _of_client(session, NeedsAssessment, client_id)]
    plans = session.scalars(select(ActionPlan).where(
        ActionPlan.client_id == client_id, ActionPlan.deleted_at.is_(None))).all()
    for plan in plans:
        entries.append(TimelineEntry(_day(plan.started_on), TimelineKind.PLAN,
                                     msg(N_("Action plan started")), all_day=True))
    if plans:
        from cjeapp.core.casework.plans import change_text  # a sentence, not its JSON

        for change in session.scalars(select(PlanChange).where(
                PlanChange.plan_id.in_([plan.id for plan in plans]),
                PlanChange.deleted_at.is_(None))):
            entries.append(TimelineEntry(change.created_at, TimelineKind.PLAN, msg(
                N_("Action plan: {change}"), change=change_text(change.description))))
    for transport in _of_client(session, TransportRequest, client_id):
        entries.append(TimelineEntry(transport.created_at, TimelineKind.TRANSPORT, msg(
            N_("Transport requested: {destination}"),
            destination=transport.destination_name
            or label("transport_destinations", transport.destination_kind))))
        if transport.decision and transport.decided_at:
            entries.append(TimelineEntry(transport.decided_at, TimelineKind.TRANSPORT, msg(
                N_("Transport decision: {decision}"),
                decision=label("transport_decisions", transport.decision))))
    for housing in session.scalars(select(HousingRequest).where(
            HousingRequest.client_id == client_id, HousingRequest.deleted_at.is_(None))):
        entries.append(TimelineEntry(_day(housing.opened_on), TimelineKind.HOUSING,
                                     msg(N_("Housing search opened")), all_day=True))
        for step in session.scalars(select(HousingStep).where(
                HousingStep.request_id == housing.id, HousingStep.deleted_at.is_(None))):
            entries.append(TimelineEntry(_day(step.occurred_on), TimelineKind.HOUSING, msg(
                N_("Housing: {step}"), step=label("housing_steps", step.kind)), all_day=True))
    for enrolment, title in session.execute(
            select(Enrolment, Activity.title).join(Activity, Activity.id == Enrolment.activity_id)
            .where(Enrolment.client_id == client_id, Enrolment.deleted_at.is_(None))):
        wording = {"enrolled": N_("Enrolled in {activity}"),
                   "waiting": N_("On the waiting list of {activity}"),
                   "withdrawn": N_("Withdrawn from {activity}")}.get(enrolment.status,
                                                                   N_("Enrolled in {activity}"))
        entries.append(TimelineEntry(enrolment.enrolled_at, TimelineKind.ACTIVITY,
                                     msg(wording, activity=title)))
        if enrolment.completed:
            entries.append(TimelineEntry(enrolment.updated_at, TimelineKind.ACTIVITY, msg(
                N_("Completed {activity}"), activity=title)))
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
        return [to_row(appointment, "", "", name) for appointment, name in rows]


def client_requests(db: Database, actor: Actor, client_id: ClientId) -> list[Request]:
    """The person's requests, newest first."""
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(select(Request).where(
            Request.client_id == client_id, Request.deleted_at.is_(None))
            .order_by(Request.received_at.desc())))
