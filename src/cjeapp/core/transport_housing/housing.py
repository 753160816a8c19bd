"""Help searching for housing: a request per household and its steps. Furnishing is no
longer offered; furniture needs go to partners."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from cjeapp.core import clock
from cjeapp.core.codelists import codelist
from cjeapp.core.db.database import Database
from cjeapp.core.errors import CjeError
from cjeapp.core.errors import Inconsistent
from cjeapp.core.i18n import N_
from cjeapp.core.i18n import msg
from cjeapp.core.ids import ClientId
from cjeapp.core.models import Client
from cjeapp.core.models import HousingRequest
from cjeapp.core.models import HousingStep
from cjeapp.core.permissions import Actor
from cjeapp.core.permissions import Permission
from cjeapp.core.unit_of_work import unit_of_work
from cjeapp.core.validation import Validator

CLOSING_STEPS = ("lease_signed", "abandoned")
# A search moves forward: a lease needs an application, an application needs a visit.
REQUIRES = {"application": "visit", "lease_signed": "application"}


@dataclass(frozen=True)
class HousingFigures:
    open_searches: int
    leases: int
    abandoned: int
    median_days_to_lease: float | None


def open_request(db: Database, actor: Actor, client_id: ClientId, *, household_size: int,
                 monthly_budget: Decimal | None = None, area_wanted: str | None = None,
                 needs_accessibility: bool = False, has_pets: bool = False,
                 needs_public_transit: bool = False, constraints: str | None = None,
                 deadline: date | None = None) -> HousingRequest:
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    if not 1 <= household_size <= 20:
        check.fail("household_size", N_("Enter the number of people, from 1 to 20."))
    if monthly_budget is not None and not Decimal(0) < monthly_budget < Decimal(20000):
        check.fail("monthly_budget", N_("Enter a monthly budget in dollars, or leave it empty."))
    area = check.text("area_wanted", area_wanted)
    notes = check.long_text("constraints", constraints, max_length=2000)
    if deadline is not None and deadline < clock.today():
        check.fail("deadline", N_("The end of temporary lodging cannot be in the past."))
    check.raise_if_any()
    with unit_of_work(db, actor) as uow:
        client = uow.get(Client, client_id, what="client file")
        already = uow.session.scalar(select(HousingRequest.id).where(
            HousingRequest.client_id == client_id, HousingRequest.closed_on.is_(None),
            HousingRequest.deleted_at.is_(None)))
        if already:
            raise CjeError(msg(N_("A housing search is already open for this person.")))
        request = uow.add(HousingRequest(
            client_id=client_id, household_id=client.household_id,
            household_size=household_size, monthly_budget=monthly_budget, area_wanted=area,
            needs_accessibility=needs_accessibility, has_pets=has_pets,
            needs_public_transit=needs_public_transit, constraints=notes, deadline=deadline,
            opened_on=clock.today(), status="searching"))
        uow.add(HousingStep(request_id=request.id, kind="searching",
                            occurred_on=clock.today()))
        return request


def add_step(db: Database, actor: Actor, request_id: str, *, kind: str,
             occurred_on: date | None = None, address: str | None = None,
             result: str | None = None, notes: str | None = None) -> HousingStep:
    actor.require(Permission.CASEWORK_WRITE)
    check = Validator()
    check.code("kind", kind, "housing_steps", required=True)
    day = check.past_or_today("occurred_on", occurred_on or clock.today(), required=True)
    where = check.text("address", address, max_length=400)
    outcome = check.text("result", result)
    if kind == "visit" and not where:
        check.fail("address", N_("Enter the address visited."))
    check.raise_if_any()
    if not (day is not None):
        raise Inconsistent("day is not None")
    with unit_of_work(db, actor) as uow:
        request = uow.get(HousingRequest, request_id, what="housing request")
        if request.closed_on is not None:
            raise CjeError(msg(N_("This housing search is closed.")))
        done = set(uow.session.scalars(select(HousingStep.kind).where(
            HousingStep.request_id == request_id, HousingStep.deleted_at.is_(None))))
        needed = REQUIRES.get(kind)
        if needed and needed not in done:
            raise CjeError(msg(N_("Record the step \"{needed}\" first."),
                               needed=codelist("housing_steps").label(needed)))
        step = uow.add(HousingStep(request_id=request_id, kind=kind, occurred_on=day,
                                   address=where, result=outcome,
                                   notes=(notes or "").strip() or None))
        changes: dict[str, object] = {"status": kind if kind != "searching" else "searching"}
        if kind in CLOSING_STEPS:
            changes["closed_on"] = day
        uow.change(request, changes)
        return step


def requests_of(db: Database, actor: Actor, client_id: ClientId) -> list[tuple[HousingRequest,
                                                                          list[HousingStep]]]:
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        result = []
        for request in session.scalars(select(HousingRequest).where(
                HousingRequest.client_id == client_id, HousingRequest.deleted_at.is_(None))
                .order_by(HousingRequest.opened_on.desc())):
            steps = list(session.scalars(select(HousingStep).where(
                HousingStep.request_id == request.id, HousingStep.deleted_at.is_(None))
                .order_by(HousingStep.occurred_on, HousingStep.created_at)))
            result.append((request, steps))
        return result


def figures(db: Database, actor: Actor, first: date, last: date) -> HousingFigures:
    """Open searches now, and the outcomes of searches opened in the period."""
    actor.require(Permission.CASEWORK_WRITE)
    with db.read_session() as session:
        open_now = len(list(session.scalars(select(HousingRequest.id).where(
            HousingRequest.closed_on.is_(None), HousingRequest.deleted_at.is_(None)))))
        requests = list(session.scalars(select(HousingRequest).where(
            HousingRequest.opened_on >= first, HousingRequest.opened_on <= last,
            HousingRequest.deleted_at.is_(None))))
    leases = [r for r in requests if r.status == "lease_signed" and r.closed_on]
    days = [(r.closed_on - r.opened_on).days for r in leases if r.closed_on]
    return HousingFigures(
        open_searches=open_now, leases=len(leases),
        abandoned=sum(1 for r in requests if r.status == "abandoned"),
        median_days_to_lease=float(statistics.median(days)) if days else None)
