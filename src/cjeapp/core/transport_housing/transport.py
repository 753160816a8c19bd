"""Transport requests judged against the team's framework: ordered rules that the
coordinator edits (data, not code). The counsellor confirms the proposed decision or
overrides it with a reason; decision, reason and rule are kept."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from datetime import timedelta

from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from cjeapp.core import clock
from cjeapp.core.clock import LOCAL_ZONE
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import FieldError
from cjeapp.core.errors import ValidationError
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.locale_format import format_moment
from cjeapp.core.models import Client
from cjeapp.core.models import TransportRequest
from cjeapp.core.models import TransportRule
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

FALLBACK_DECISION = "refer_transport_org"
KNOWN_CONDITIONS = ("first_request_only", "counsellor_presence_needed")


@dataclass(frozen=True)
class RuleMatch:
    rule_id: str | None
    rule_name: str
    decision: str
    explanation: str | None


class SameRequest(CjeError):
    """The person already has a request for this place on this day: saved only when the
    counsellor confirms that it is a second one (two trips the same day happen)."""


@dataclass
class RuleForm:
    name: str
    decision: str
    destination_kind: str | None = None
    first_request_only: bool = False
    counsellor_presence_needed: bool | None = None  # None: either
    explanation: str | None = None
    active: bool = True


def conditions(rule: TransportRule) -> dict[str, object]:
    """The rule's conditions (first_request_only, counsellor_presence_needed)."""
    data = json.loads(rule.condition or "{}")
    return data if isinstance(data, dict) else {}


def rules(db: Database, actor: Actor, *, include_inactive: bool = True) -> list[TransportRule]:
    actor.require(Permission.CLIENT_READ)
    query = select(TransportRule).where(TransportRule.deleted_at.is_(None))
    if not include_inactive:
        query = query.where(TransportRule.active.is_(True))
    with db.read_session() as session:
        return list(session.scalars(query.order_by(TransportRule.position)))


def evaluate(db: Database, actor: Actor, client_id: ClientId, destination_kind: str,
             counsellor_presence_needed: bool) -> RuleMatch:
    """The first active rule, in order, whose conditions hold for this request."""
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        earlier = session.scalar(select(func.count()).select_from(TransportRequest).where(
            TransportRequest.client_id == client_id,
            TransportRequest.destination_kind == destination_kind,
            TransportRequest.deleted_at.is_(None))) or 0
    for rule in rules(db, actor, include_inactive=False):
        if rule.destination_kind and rule.destination_kind != destination_kind:
            continue
        wanted = conditions(rule)
        if wanted.get("first_request_only") and earlier > 0:
            continue
        needed = wanted.get("counsellor_presence_needed")
        if needed is not None and bool(needed) != counsellor_presence_needed:
            continue
        return RuleMatch(rule.id, rule.name, rule.decision, rule.explanation)
    return RuleMatch(None, "", FALLBACK_DECISION, None)


def request_transport(db: Database, actor: Actor, client_id: ClientId, *, destination_kind: str,
                      needed_at: datetime, reason: str, counsellor_presence_needed: bool,
                      destination_name: str | None = None,
                      even_if_same: bool = False) -> tuple[TransportRequest, RuleMatch]:
    """Record a request and the decision the rules propose. A request for the same place on
    the same day as one the person already has is refused with ``SameRequest`` (a request
    entered twice) unless ``even_if_same`` says the counsellor confirmed it."""
    actor.require(Permission.TRANSPORT_DECIDE)
    check = Validator()
    check.code("destination_kind", destination_kind, "transport_destinations", required=True)
    text = check.long_text("reason", reason, required=True, max_length=2000)
    name = check.text("destination_name", destination_name)
    check.raise_if_any()
    match = evaluate(db, actor, client_id, destination_kind, counsellor_presence_needed)
    with unit_of_work(db, actor) as uow:
        uow.get(Client, client_id, what="client file")
        same = _same_request(uow.session, client_id, destination_kind, name, needed_at)
        if same is not None and not even_if_same:
            raise SameRequest(msg(N_(
                "This person already has a request for the same place that day (for "
                "{when}: {reason}). Save this one too only if it is a second trip."),
                when=format_moment(same.needed_at), reason=same.reason))
        request = uow.add(TransportRequest(
            client_id=client_id, destination_kind=destination_kind, destination_name=name,
            needed_at=needed_at, reason=text,
            counsellor_presence_needed=counsellor_presence_needed,
            proposed_decision=match.decision, rule_id=match.rule_id))
        return request, match


def _same_request(session: Session, client_id: ClientId, destination_kind: str,
                  name: str | None, needed_at: datetime) -> TransportRequest | None:
    """The person's request, not refused, for the same destination (kind and name, whatever
    their case and spaces) on the same local day, if any."""
    local = needed_at.astimezone(LOCAL_ZONE)
    start = datetime.combine(local.date(), datetime.min.time(), LOCAL_ZONE)
    wanted = " ".join((name or "").split()).casefold()
    for request in session.scalars(select(TransportRequest).where(
            TransportRequest.client_id == client_id,
            TransportRequest.destination_kind == destination_kind,
            TransportRequest.needed_at >= start,
            TransportRequest.needed_at < start + timedelta(days=1),
            TransportRequest.deleted_at.is_(None),
            # a refused request may be asked again (with what changed since)
            or_(TransportRequest.decision.is_(None), TransportRequest.decision != "refuse"))
            .order_by(TransportRequest.needed_at)):
        if " ".join((request.destination_name or "").split()).casefold() == wanted:
            return request
    return None


def decide(db: Database, actor: Actor, request_id: str, decision: str,
           reason: str | None = None) -> TransportRequest:
    """Confirm the proposed decision, or override it with a reason."""
    actor.require(Permission.TRANSPORT_DECIDE)
    check = Validator()
    check.code("decision", decision, "transport_decisions", required=True)
    why = check.long_text("decision_reason", reason, max_length=2000)
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        request = uow.get(TransportRequest, request_id, what="transport request")
        if request.decision is not None:
            raise CjeError(msg(N_("This request is already decided.")))
        if decision != request.proposed_decision and not why:
            raise ValidationError([FieldError("decision_reason", msg(N_(
                "Say why you decide otherwise than the rule proposes.")))])
        return uow.change(request, {"decision": decision, "decision_reason": why,
                                    "decided_by": actor.user_id, "decided_at": clock.now()})


def save_rule(db: Database, actor: Actor, form: RuleForm,
              rule_id: str | None = None) -> TransportRule:
    """Add a rule at the end of the list, or change one (coordinator)."""
    actor.require(Permission.TRANSPORT_RULES)
    check = Validator()
    name = check.text("name", form.name, required=True)
    check.code("decision", form.decision, "transport_decisions", required=True)
    check.code("destination_kind", form.destination_kind, "transport_destinations")
    explanation = check.long_text("explanation", form.explanation, max_length=2000)
    check.raise_if_any()
    wanted: dict[str, bool] = {}
    if form.first_request_only:
        wanted["first_request_only"] = True
    if form.counsellor_presence_needed is not None:
        wanted["counsellor_presence_needed"] = form.counsellor_presence_needed
    values = {"name": name, "decision": form.decision,
              "destination_kind": form.destination_kind or None,
              "condition": json.dumps(wanted, sort_keys=True),
              "explanation": explanation, "active": form.active}
    with unit_of_work(db, actor) as uow:
        if rule_id is None:
            last = uow.session.scalar(select(func.max(TransportRule.position))) or 0
            return uow.add(TransportRule(position=last + 1, **values))
        return uow.change(uow.get(TransportRule, rule_id, what="transport rule"), values)


def move_rule(db: Database, actor: Actor, rule_id: str, step: int) -> None:
    """Move a rule up (step -1) or down (+1): order decides which rule applies."""
    actor.require(Permission.TRANSPORT_RULES)
    with unit_of_work(db, actor) as uow:
        ordered = list(uow.session.scalars(select(TransportRule).where(
            TransportRule.deleted_at.is_(None)).order_by(TransportRule.position)))
        index = next(i for i, rule in enumerate(ordered) if rule.id == rule_id)
        other = index + step
        if not 0 <= other < len(ordered):
            return
        ordered[index], ordered[other] = ordered[other], ordered[index]
        for position, rule in enumerate(ordered, start=1):
            if rule.position != position:
                uow.change(rule, {"position": position})


def requests_of(db: Database, actor: Actor, client_id: ClientId) -> list[TransportRequest]:
    actor.require(Permission.TRANSPORT_DECIDE)
    with db.read_session() as session:
        return list(session.scalars(select(TransportRequest).where(
            TransportRequest.client_id == client_id, TransportRequest.deleted_at.is_(None))
            .order_by(TransportRequest.needed_at.desc())))
