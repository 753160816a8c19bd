"""The partner directory: lawyers and consultants, francisation, schools, employment,
transport, housing and psychosocial services, with contacts and what they offer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cjeapp.core.db.database import Database
from cjeapp.core.models import Partner
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass
class PartnerForm:
    name: str
    kind: str
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    offers: str | None = None


def partner_values(form: PartnerForm) -> dict[str, object]:
    check = Validator()
    values: dict[str, object] = {
        "name": check.text("name", form.name, required=True),
        "kind": check.code("kind", form.kind, "partner_kinds", required=True),
        "contact_person": check.text("contact_person", form.contact_person),
        "email": check.email("email", form.email),
        "address": check.text("address", form.address, max_length=400),
        "offers": check.long_text("offers", form.offers, max_length=4000),
    }
    values["phone"], _digits = check.phone("phone", form.phone)
    check.raise_if_any()  # the screen's form and the spreadsheet import share this check
    return values


def list_partners(db: Database, actor: Actor, kind: str | None = None) -> list[Partner]:
    actor.require(Permission.CLIENT_READ)
    query = select(Partner).where(Partner.deleted_at.is_(None)).order_by(Partner.name)
    if kind:
        query = query.where(Partner.kind == kind)
    with db.read_session() as session:
        return list(session.scalars(query))


def save_partner(db: Database, actor: Actor, form: PartnerForm, partner_id: str | None = None,
                 expected_version: int | None = None) -> Partner:
    actor.require(Permission.PARTNER_WRITE)
    values = partner_values(form)
    with unit_of_work(db, actor) as uow:
        if partner_id is None:
            return uow.add(Partner(**values))
        partner = uow.get(Partner, partner_id, what="partner")
        return uow.change(partner, values, expected_version=expected_version)


def remove_partner(db: Database, actor: Actor, partner_id: str) -> None:
    """Soft delete: past referrals keep naming the partner."""
    actor.require(Permission.PARTNER_WRITE)
    with unit_of_work(db, actor) as uow:
        uow.soft_delete(uow.get(Partner, partner_id, what="partner"))
