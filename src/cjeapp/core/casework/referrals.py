"""Referrals to partners, refused when the person has not consented to that sharing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import Partner
from cjeapp.core.models import PlanItem
from cjeapp.core.models import Referral
from cjeapp.core.people.consents import has_consent
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator


@dataclass(frozen=True)
class ReferralRow:
    id: str
    partner_id: str
    partner_name: str
    reason: str
    referred_on: date
    expected_answer_on: date | None
    outcome: str
    outcome_on: date | None
    version: int


def refer(db: Database, actor: Actor, client_id: ClientId, *, partner_id: str, reason: str,
          referred_on: date | None = None, expected_answer_on: date | None = None,
          plan_item_id: str | None = None) -> Referral:
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    text = check.long_text("reason", reason, required=True, max_length=4000)
    day = check.past_or_today("referred_on", referred_on or clock.today(), required=True)
    if not partner_id:
        check.fail("partner_id", N_("Choose the partner."))
    if day and expected_answer_on and expected_answer_on < day:
        check.fail("expected_answer_on", N_("The expected answer cannot come before the "
                                            "referral."))
    check.raise_if_any()
    if not (text and day):
        raise Inconsistent("text and day")
    with db.read_session() as session:
        client = session.get(Client, client_id)
        partner = session.get(Partner, partner_id)
    if client is None or partner is None or partner.deleted_at is not None:
        raise ValidationError([FieldError("partner_id", msg(N_("Choose the partner.")))])
    if not has_consent(db, client_id, "referral", on=day, partner_id=partner_id):
        raise ValidationError([FieldError("partner_id", msg(N_(
            "{person} has not consented to sharing with {partner}: the consent \"{purpose}\" "
            "naming this partner is missing. Record it in the Consents tab first."),
            person=f"{client.first_name} {client.last_name}", partner=partner.name,
            purpose=codelist("consent_purposes").label("referral")))])
    with unit_of_work(db, actor) as uow:
        if plan_item_id:
            uow.get(PlanItem, plan_item_id, what="plan item")
        return uow.add(Referral(client_id=client_id, partner_id=partner_id, reason=text,
                                referred_on=day, expected_answer_on=expected_answer_on,
                                outcome="pending", plan_item_id=plan_item_id))


def set_outcome(db: Database, actor: Actor, referral_id: str, outcome: str,
                outcome_on: date | None = None) -> Referral:
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    check.code("outcome", outcome, "referral_outcomes", required=True)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        referral = uow.get(Referral, referral_id, what="referral")
        return uow.change(referral, {
            "outcome": outcome,
            "outcome_on": None if outcome == "pending" else outcome_on or clock.today()})


def referrals_of(db: Database, actor: Actor, client_id: ClientId) -> list[ReferralRow]:
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        rows = session.execute(
            select(Referral, Partner.name).join(Partner, Partner.id == Referral.partner_id)
            .where(Referral.client_id == client_id, Referral.deleted_at.is_(None))
            .order_by(Referral.referred_on.desc()))
        return [ReferralRow(r.id, r.partner_id, name, r.reason, r.referred_on,
                            r.expected_answer_on, r.outcome, r.outcome_on, r.version)
                for r, name in rows]
