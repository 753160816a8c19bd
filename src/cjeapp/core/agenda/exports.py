"""Printing a counsellor's day and exporting an agenda to a phone (both logged)."""

from __future__ import annotations

from datetime import date

from cjeapp.core.agenda import appointments
from cjeapp.core.agenda.day_sheet import render_day_sheet
from cjeapp.core.agenda.ics import agenda_ics
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import current_language
from cjeapp.core.i18n import msg
from cjeapp.core.ids import UserId
from cjeapp.core.models import User
from cjeapp.core.org import organization
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work


def _name(db: Database, counsellor_id: UserId) -> str:
    with db.read_session() as session:
        user = session.get(User, counsellor_id)
        return user.full_name if user else ""


def day_sheet_pdf(db: Database, actor: Actor, counsellor_id: UserId, day: date) -> bytes:
    actor.require(Permission.APPOINTMENT_WRITE)
    rows = appointments.agenda(db, actor, day, 1, counsellor_id)
    pdf = render_day_sheet(rows, organization=organization.organization_name(db),
                           counsellor=_name(db, counsellor_id), day=day,
                           language=current_language())
    with unit_of_work(db, actor) as uow:
        uow.audit("print", "appointments", counsellor_id,
                  {"document": "day_sheet", "day": day.isoformat(), "rows": len(rows)})
    return pdf


def counsellor_named(db: Database, actor: Actor, text: str) -> UserId:
    """The active counsellor whose identifier or user name is ``text``."""
    from cjeapp.core.staff.accounts import list_counsellors

    actor.require(Permission.APPOINTMENT_WRITE)
    wanted = text.strip().lower()
    for account in list_counsellors(db, actor):
        if wanted in (account.id.lower(), account.username.lower()):
            return account.id
    raise CjeError(msg(N_(
        "No active counsellor is called \"{name}\": give the user name or the identifier "
        "of a counsellor (Paramètres › Comptes du personnel)."), name=text))


def counsellor_ics(db: Database, actor: Actor, counsellor_id: UserId, first_day: date,
                   days: int = 28) -> bytes:
    actor.require(Permission.APPOINTMENT_WRITE)
    rows = appointments.agenda(db, actor, first_day, days, counsellor_id)
    data = agenda_ics(rows, _name(db, counsellor_id), current_language())
    with unit_of_work(db, actor) as uow:
        uow.audit("export", "appointments", counsellor_id,
                  {"format": "ics", "from": first_day.isoformat(), "days": days,
                   "rows": len(rows)})
    return data
