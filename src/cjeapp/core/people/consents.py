"""Consents per purpose (Law 25): recorded, withdrawn, and checked before sharing."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import language_codes
from cjeapp.core.models import Client
from cjeapp.core.models import Consent
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


def record_consent(db: Database, actor: Actor, client_id: ClientId, *, purpose: str,
                   given_on: date, method: str, language: str = "fr",
                   expires_on: date | None = None, partner_id: str | None = None) -> Consent:
    actor.require(Permission.CONSENT_WRITE)
    check = Validator()
    check.code("purpose", purpose, "consent_purposes", required=True)
    check.code("method", method, "consent_methods", required=True)
    check.past_or_today("given_on", given_on, required=True)
    if language not in language_codes():  # any ISO 639 language, an interpreter's too
        check.fail("language", N_("Choose the language the consent was explained in."))
    if expires_on is not None and expires_on <= given_on:
        check.fail("expires_on", N_("The expiry date must come after the date consent was given."))
    if purpose == "referral" and not partner_id:
        check.fail("partner_id", N_("A referral consent names the partner it allows."))
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        return uow.add(Consent(client_id=client_id, purpose=purpose, given_on=given_on,
                               method=method, language=language, expires_on=expires_on,
                               partner_id=partner_id, recorded_by=actor.user_id))


def withdraw_consent(db: Database, actor: Actor, consent_id: str,
                     withdrawn_on: date | None = None) -> Consent:
    """Withdrawing is for the person's counsellor, who explains what it stops (reception
    records consents at intake but does not withdraw them)."""
    actor.require(Permission.CASEWORK_WRITE)
    day = withdrawn_on or clock.today()
    with unit_of_work(db, actor) as uow:
        consent = uow.get(Consent, consent_id, what="consent")
        if day < consent.given_on:
            raise ValidationError([FieldError("withdrawn_on", msg(N_(
                "Consent cannot be withdrawn before the date it was given.")))])
        return uow.change(consent, {"withdrawn_on": day, "withdrawn_by": actor.user_id})


def list_consents(db: Database, actor: Actor, client_id: ClientId) -> list[Consent]:
    actor.require(Permission.CLIENT_READ)
    with db.read_session() as session:
        return list(session.scalars(
            select(Consent).where(Consent.client_id == client_id, Consent.deleted_at.is_(None))
            .order_by(Consent.given_on.desc())))


def has_consent(db: Database, client_id: ClientId, purpose: str, *, on: date | None = None,
                partner_id: str | None = None) -> bool:
    """Whether a valid consent covers ``purpose`` (and ``partner_id`` for referrals)."""
    day = on or clock.today()
    with db.read_session() as session:
        query = select(Consent).where(Consent.client_id == client_id, Consent.purpose == purpose,
                                      Consent.deleted_at.is_(None))
        if partner_id is not None:
            query = query.where(Consent.partner_id == partner_id)
        return any(consent.is_valid_on(day) for consent in session.scalars(query))
