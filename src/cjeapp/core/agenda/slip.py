"""The appointment slip the person leaves with: when, where, with whom, what to bring, the
interpreter; in their language beside French when the slip is written in it, else French
and English side by side. Printing one is logged (it names the person)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cjeapp.core.agenda.slip_pdf import render_slip
from cjeapp.core.agenda.slip_texts import has_slip
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.models import Appointment
from cjeapp.core.models import Client
from cjeapp.core.models import ClientLanguage
from cjeapp.core.models import Office
from cjeapp.core.models import Organization
from cjeapp.core.models import User
from cjeapp.core.people.language_to_speak import language_to_speak
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work


@dataclass(frozen=True)
class SlipFacts:
    """What a slip says, read from the file, in no language yet."""
    organization: str
    person: str
    starts_at: datetime
    ends_at: datetime
    place: str  # the appointment's place code: office, point_of_service, phone, video
    office_lines: tuple[str, ...]  # the office's name, address and municipality
    phone: str | None  # the office's (else the organization's) number
    counsellor: str
    interpreter: str | None  # ISO 639 code of the interpreter booked, if any


def slip_languages(client: Client, spoken: list[ClientLanguage]) -> list[str]:
    """In French or English for whom they speak to; in the person's language beside French
    when the slip is written in it (the office reads it too); else French and English."""
    wanted = language_to_speak(client, spoken)
    if wanted in ("fr", "en"):
        return [wanted]
    return [wanted, "fr"] if has_slip(wanted) else ["fr", "en"]


def appointment_slip(db: Database, actor: Actor, appointment_id: str) -> bytes:
    """The slip of a booked appointment, as a PDF to print or send."""
    actor.require(Permission.APPOINTMENT_WRITE)
    with unit_of_work(db, actor) as uow:
        appointment = uow.get(Appointment, appointment_id, what="appointment")
        if appointment.status != "booked":
            raise CjeError(msg(N_("Only an appointment still to come has a slip (this one is "
                                  "cancelled or already over).")))
        client = uow.get(Client, appointment.client_id, what="client file")
        counsellor = uow.session.get(User, appointment.counsellor_id)
        office = uow.session.get(Office, appointment.office_id) \
            if appointment.office_id else None
        main = uow.session.scalars(select(Organization).where(
            Organization.deleted_at.is_(None)).order_by(Organization.created_at)
            .limit(1)).first()
        lines = tuple(part for part in (
            office.name if office else None, office.address if office else None,
            office.municipality if office else None) if part) \
            or tuple(part for part in (main.address if main else None,) if part)
        facts = SlipFacts(
            organization=main.name if main else "",
            person=f"{client.first_name} {client.last_name}".strip(),
            starts_at=appointment.starts_at, ends_at=appointment.ends_at,
            place=appointment.place, office_lines=lines,
            phone=(office.phone if office else None) or (main.phone if main else None),
            counsellor=counsellor.full_name if counsellor else "",
            interpreter=client.interpreter_language if client.interpreter_needed else None)
        languages = slip_languages(client, list(uow.session.scalars(select(
            ClientLanguage).where(ClientLanguage.client_id == client.id,
                                  ClientLanguage.deleted_at.is_(None)))))
        uow.audit("print", "appointments", appointment.id,
                  {"document": "slip", "languages": languages})
    return render_slip(facts, languages)
